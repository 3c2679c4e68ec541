#include "e1381decoder.h"

using namespace FramingByte;

namespace {

std::optional<int> hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return std::nullopt;
}

QString hexByte(int value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0')).toUpper();
}

} // namespace

E1381Decoder::E1381Decoder(const FramingOptions &options)
    : FramingDecoder(options)
{
}

void E1381Decoder::take(char byte)
{
    const bool interrupts = byte == Stx || byte == options().startByte || byte == options().endByte;
    switch (m_state) {
    case State::Idle:
        if (byte == Stx)
            startFrame(byte);
        else if (const auto type = controlType(byte))
            emitSingle(byte, *type);
        else
            append(byte);
        return;
    case State::BetweenFrames:
        if (byte == Stx) {
            startFrame(byte);
            return;
        }
        emitCutOff(tr("message ends with an intermediate frame (ETB) and no last frame (ETX)"));
        take(byte);
        return;
    case State::Text:
        if (interrupts) {
            emitCutOff(tr("frame cut off by control byte 0x%1 before its ETB or ETX")
                           .arg(quint8(byte), 2, 16, QLatin1Char('0')));
            take(byte);
            return;
        }
        append(byte);
        if (byte == Etb || byte == Etx) {
            m_trailerStart = pending().size();
            m_state = State::Trailer;
        }
        return;
    case State::Trailer:
        if (interrupts || controlType(byte)) {
            completeFrame();
            take(byte);
            return;
        }
        append(byte);
        if (byte == Lf || pending().size() - m_trailerStart == 4)
            completeFrame();
        return;
    }
}

qsizetype E1381Decoder::takeRun(QByteArrayView bytes)
{
    // In a frame's text, take() only collects a byte that neither ends nor interrupts it.
    if (m_state != State::Text)
        return 0;
    const char start = options().startByte;
    const char end = options().endByte;
    qsizetype n = 0;
    for (const char byte : bytes) {
        if (byte == Etb || byte == Etx || byte == Stx || byte == start || byte == end)
            break;
        ++n;
    }
    appendRun(bytes.first(n));
    return n;
}

void E1381Decoder::startFrame(char stx)
{
    if (m_state == State::Idle)
        emitGarbage();
    m_frameStart = pending().size();
    append(stx);
    m_state = State::Text;
}

void E1381Decoder::completeFrame()
{
    const QByteArrayView frame = QByteArrayView(pending()).sliced(m_frameStart);
    const qsizetype terminatorIndex = m_trailerStart - m_frameStart - 1;
    const QByteArrayView content = frame.sliced(1, terminatorIndex - 1); // number and text
    const char terminator = frame.at(terminatorIndex);
    const QByteArrayView trailer = frame.sliced(terminatorIndex + 1);

    // Frames are named by their number, or by their position when they have none.
    QString name;
    if (!content.isEmpty() && content.front() >= '0' && content.front() <= '7') {
        name = QString(QLatin1Char(content.front()));
    } else {
        name = QStringLiteral("?");
        m_problems.append(tr("frame without a frame number 0-7"));
    }

    int sum = quint8(terminator);
    for (const char c : content)
        sum += quint8(c);
    sum &= 0xFF;
    const std::optional<int> high = trailer.size() >= 1 ? hexValue(trailer.at(0)) : std::nullopt;
    const std::optional<int> low = trailer.size() >= 2 ? hexValue(trailer.at(1)) : std::nullopt;
    if (trailer.size() != 4 || !high || !low || trailer.at(2) != Cr || trailer.at(3) != Lf) {
        m_problems.append(tr("frame %1: malformed end, expected two hex checksum digits and CR LF").arg(name));
    } else if (*high * 16 + *low != sum) {
        m_problems.append(tr("frame %1: checksum %2, expected %3").arg(name, hexByte(*high * 16 + *low), hexByte(sum)));
    }

    const QByteArrayView text = content.isEmpty() ? content : content.sliced(1);
    const std::optional<char> number = content.isEmpty() ? std::nullopt : std::optional<char>(content.front());
    if (number && m_lastFrameNumber == number)
        m_message.truncate(m_lastTextStart); // a retransmission of the previous frame
    m_lastTextStart = m_message.size();
    m_message.append(text);
    m_lastFrameNumber = number;

    if (terminator == Etb) {
        m_state = State::BetweenFrames;
        return;
    }
    emitPending(ElementType::Message, m_message, m_problems.join(QStringLiteral("; ")));
    reset();
}

void E1381Decoder::emitCutOff(const QString &problem)
{
    m_problems.append(problem);
    emitPending(ElementType::Other, {}, m_problems.join(QStringLiteral("; ")));
    reset();
}

void E1381Decoder::reset()
{
    m_state = State::Idle;
    m_frameStart = 0;
    m_trailerStart = 0;
    m_message.clear();
    m_lastTextStart = 0;
    m_lastFrameNumber.reset();
    m_problems.clear();
}

void E1381Decoder::overflow()
{
    if (m_state == State::Idle)
        emitGarbage();
    else
        emitCutOff(tooLongProblem());
}

void E1381Decoder::endOfStream()
{
    if (m_state == State::Idle)
        emitGarbage();
    else
        emitCutOff(incompleteAtEndProblem());
}

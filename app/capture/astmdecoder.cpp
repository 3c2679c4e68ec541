#include "astmdecoder.h"

using namespace FramingByte;

AstmDecoder::AstmDecoder(const FramingOptions &options)
    : FramingDecoder(options)
{
}

void AstmDecoder::take(char byte)
{
    if (m_state == State::InMessage) {
        if (byte == Stx || byte == options().startByte || byte == options().endByte) {
            emitPending(ElementType::Other, {},
                        tr("frame cut off by control byte 0x%1 before its CR LF")
                            .arg(quint8(byte), 2, 16, QLatin1Char('0')));
            m_state = State::Idle;
            take(byte);
            return;
        }
        append(byte);
        if (byte == Lf && m_afterCr) {
            const QByteArray &bytes = pending();
            emitPending(ElementType::Message, bytes.sliced(1, bytes.size() - 3));
            m_state = State::Idle;
            return;
        }
        m_afterCr = byte == Cr;
        return;
    }

    if (byte == Stx) {
        emitGarbage();
        append(byte);
        m_state = State::InMessage;
        m_afterCr = false;
    } else if (const auto type = controlType(byte)) {
        emitSingle(byte, *type);
    } else {
        append(byte);
    }
}

qsizetype AstmDecoder::takeRun(QByteArrayView bytes)
{
    // Inside a frame, take() only collects a byte that cannot end or cut it off, and clears
    // m_afterCr.
    if (m_state != State::InMessage)
        return 0;
    const char start = options().startByte;
    const char end = options().endByte;
    qsizetype n = 0;
    for (const char byte : bytes) {
        if (byte == Cr || byte == Lf || byte == Stx || byte == start || byte == end)
            break;
        ++n;
    }
    if (n > 0) {
        appendRun(bytes.first(n));
        m_afterCr = false;
    }
    return n;
}

void AstmDecoder::overflow()
{
    if (m_state == State::Idle) {
        emitGarbage();
        return;
    }
    emitPending(ElementType::Other, {}, tooLongProblem());
    m_state = State::Idle;
}

void AstmDecoder::endOfStream()
{
    if (m_state == State::Idle)
        emitGarbage();
    else
        emitPending(ElementType::Other, {}, incompleteAtEndProblem());
    m_state = State::Idle;
}

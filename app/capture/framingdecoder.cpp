#include "framingdecoder.h"

#include "astmdecoder.h"
#include "e1381decoder.h"
#include "mllpdecoder.h"

#include <algorithm>
#include <utility>

FramingDecoder::FramingDecoder(const FramingOptions &options)
    : m_options(options)
{
    if (m_options.maxElementBytes < 1)
        m_options.maxElementBytes = 1;
}

QList<FramedElement> FramingDecoder::feed(QByteArrayView bytes, qint64 timestampUs)
{
    m_pieceTimestamp = timestampUs;
    while (!bytes.isEmpty()) {
        // A run stops at the size limit, so overflow() comes after the same byte as without it.
        const qsizetype room = m_options.maxElementBytes - m_pending.size();
        qsizetype used = room > 0 ? takeRun(bytes.first(std::min(room, bytes.size()))) : 0;
        if (used == 0) {
            take(bytes.front());
            used = 1;
        }
        bytes = bytes.sliced(used);
        if (m_pending.size() >= m_options.maxElementBytes)
            overflow();
    }
    return std::exchange(m_out, {});
}

QList<FramedElement> FramingDecoder::finish()
{
    endOfStream();
    if (hasPending()) // a subclass that left bytes behind would lose them
        emitPending(ElementType::Other, {}, incompleteAtEndProblem());
    return std::exchange(m_out, {});
}

void FramingDecoder::append(char byte)
{
    if (m_pending.isEmpty())
        m_pendingTimestamp = m_pieceTimestamp;
    m_pending.append(byte);
}

void FramingDecoder::appendRun(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_pending.isEmpty())
        m_pendingTimestamp = m_pieceTimestamp;
    m_pending.append(bytes);
}

void FramingDecoder::emitPending(ElementType type, const QByteArray &message, const QString &problem)
{
    if (m_pending.isEmpty())
        return;
    FramedElement element;
    element.type = type;
    element.timestampUs = m_pendingTimestamp;
    element.bytes = std::exchange(m_pending, {});
    element.message = message;
    element.problem = problem;
    m_out.append(std::move(element));
}

void FramingDecoder::emitSingle(char byte, ElementType type)
{
    emitGarbage();
    append(byte);
    emitPending(type);
}

void FramingDecoder::emitGarbage()
{
    emitPending(ElementType::Other, {}, tr("bytes outside any frame"));
}

std::optional<ElementType> FramingDecoder::controlType(char byte) const
{
    if (byte == m_options.startByte)
        return ElementType::Start;
    if (byte == m_options.ackByte)
        return ElementType::Ack;
    if (byte == FramingByte::Nak)
        return ElementType::Nak;
    if (byte == m_options.endByte)
        return ElementType::End;
    return std::nullopt;
}

QString FramingDecoder::incompleteAtEndProblem()
{
    return tr("incomplete frame at end of stream");
}

QString FramingDecoder::tooLongProblem() const
{
    return tr("frame longer than %1 bytes: cut off here, decoding resumes at the next frame")
        .arg(m_options.maxElementBytes);
}

std::unique_ptr<FramingDecoder> createFramingDecoder(Framing framing, const FramingOptions &options)
{
    switch (framing) {
    case Framing::Astm:
        return std::make_unique<AstmDecoder>(options);
    case Framing::E1381:
        return std::make_unique<E1381Decoder>(options);
    case Framing::Mllp:
        return std::make_unique<MllpDecoder>(options);
    case Framing::Auto:
        break;
    }
    return nullptr;
}

#include "mllpdecoder.h"

#include "hl7header.h"

#include <cstring>

using namespace FramingByte;

MllpDecoder::MllpDecoder(const FramingOptions &options)
    : FramingDecoder(options)
{
}

void MllpDecoder::take(char byte)
{
    switch (m_state) {
    case State::Idle:
        if (byte == Vt) {
            emitGarbage();
            append(byte);
            m_state = State::Block;
        } else {
            append(byte);
        }
        return;
    case State::Block:
        if (byte == Vt) {
            emitPending(ElementType::Other, {}, tr("block cut off by a new start block (VT) before its FS CR"));
            m_state = State::Idle;
            take(byte);
            return;
        }
        append(byte);
        if (byte == Fs)
            m_state = State::AfterFs;
        return;
    case State::AfterFs: {
        if (byte != Cr) {
            emitWithoutCr();
            take(byte);
            return;
        }
        append(byte);
        const QByteArray &bytes = pending();
        emitPending(ElementType::Message, bytes.sliced(1, bytes.size() - 3));
        m_state = State::Idle;
        return;
    }
    }
}

qsizetype MllpDecoder::takeRun(QByteArrayView bytes)
{
    // Inside a block take() only collects what is not VT or FS; outside one, what is not VT.
    if (m_state == State::AfterFs)
        return 0;
    size_t n = size_t(bytes.size());
    if (m_state == State::Block) {
        if (const void *fs = std::memchr(bytes.data(), Fs, n))
            n = size_t(static_cast<const char *>(fs) - bytes.data());
    }
    if (const void *vt = std::memchr(bytes.data(), Vt, n))
        n = size_t(static_cast<const char *>(vt) - bytes.data());
    appendRun(bytes.first(qsizetype(n)));
    return qsizetype(n);
}

void MllpDecoder::emitWithoutCr()
{
    const QByteArray &bytes = pending();
    emitPending(ElementType::Message, bytes.sliced(1, bytes.size() - 2), tr("end block FS not followed by CR"));
    m_state = State::Idle;
}

void MllpDecoder::overflow()
{
    if (m_state == State::Idle) {
        emitGarbage();
        return;
    }
    emitPending(ElementType::Other, {}, tooLongProblem());
    m_state = State::Idle;
}

void MllpDecoder::endOfStream()
{
    switch (m_state) {
    case State::Idle:
        emitGarbage();
        break;
    case State::Block:
        emitPending(ElementType::Other, {}, incompleteAtEndProblem());
        break;
    case State::AfterFs:
        emitWithoutCr();
        break;
    }
    m_state = State::Idle;
}

std::optional<ElementType> mllpAcknowledgement(QByteArrayView hl7)
{
    const char separator = hl7.size() > 3 && hl7.startsWith("MSH") ? hl7.at(3) : '|';
    qsizetype start = 0;
    while (start < hl7.size()) {
        qsizetype end = start;
        while (end < hl7.size() && hl7.at(end) != Cr && hl7.at(end) != Lf)
            ++end;
        const QByteArrayView segment = hl7.sliced(start, end - start);
        if (segment.size() > 3 && segment.startsWith("MSA") && segment.at(3) == separator) {
            QByteArrayView code = segment.sliced(4);
            const qsizetype stop = code.indexOf(separator);
            if (stop >= 0)
                code = code.first(stop);
            if (code == "AA" || code == "CA")
                return ElementType::Ack;
            if (code == "AE" || code == "AR" || code == "CE" || code == "CR")
                return ElementType::Nak;
        }
        start = end + 1;
    }
    if (Hl7Header::read(hl7).type.startsWith(QLatin1StringView("ACK")))
        return ElementType::Ack;
    return std::nullopt;
}

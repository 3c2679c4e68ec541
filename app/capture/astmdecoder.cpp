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

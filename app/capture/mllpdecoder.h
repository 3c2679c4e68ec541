#pragma once

#include "framingdecoder.h"

#include <optional>

// MLLP: VT, HL7 message, FS CR. Each block is a Message whose message is the text between VT
// and FS. An FS followed by anything but CR still ends the block (with a problem); a VT inside a
// block cuts it off as Other. Bytes outside blocks are Other. MLLP has no control bytes of its
// own; acknowledgements are HL7 messages, see mllpAcknowledgement().
class MllpDecoder final : public FramingDecoder
{
    Q_DECLARE_TR_FUNCTIONS(MllpDecoder)

public:
    explicit MllpDecoder(const FramingOptions &options = {});

protected:
    void take(char byte) override;
    void overflow() override;
    void endOfStream() override;
    qsizetype takeRun(QByteArrayView bytes) override;

private:
    enum class State { Idle, Block, AfterFs };

    void emitWithoutCr();

    State m_state = State::Idle;
};

// Ack or Nak when the HL7 message is an acknowledgement, else nullopt. MSA-1 decides when it
// holds a known code (AA/CA: Ack; AE/AR/CE/CR: Nak); otherwise an MSH-9 starting with "ACK"
// means Ack. Segments may end in CR, LF or CR LF.
std::optional<ElementType> mllpAcknowledgement(QByteArrayView hl7);

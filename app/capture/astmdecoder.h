#pragma once

#include "framingdecoder.h"

// The ASTM-style handshake of the system we replace: ENQ (Start), ACK (Ack) or NAK (Nak),
// STX + HL7 message + CR LF (Message), EOT (End). A message ends at the first CR LF after its
// STX; an STX, start or end byte before that cuts it off as Other. Bytes outside frames are
// Other. The start, ack and end bytes come from FramingOptions and should be control bytes.
class AstmDecoder final : public FramingDecoder
{
    Q_DECLARE_TR_FUNCTIONS(AstmDecoder)

public:
    explicit AstmDecoder(const FramingOptions &options = {});

protected:
    void take(char byte) override;
    void overflow() override;
    void endOfStream() override;
    qsizetype takeRun(QByteArrayView bytes) override;

private:
    enum class State { Idle, InMessage };

    State m_state = State::Idle;
    bool m_afterCr = false;
};

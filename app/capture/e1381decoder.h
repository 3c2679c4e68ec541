#pragma once

#include "framingdecoder.h"

#include <QStringList>

// ASTM E1381 low-level frames: STX, frame number '0'-'7', text, ETB (more frames follow) or ETX
// (last frame), two hex checksum digits, CR LF. The frames up to and including the ETX frame
// make one Message element; its message is their joined text. A frame that repeats the previous
// frame's number is a retransmission and replaces that frame's text. Checksum and format errors
// are recorded in problem; the element is still emitted. ENQ, ACK, NAK and EOT are single-byte
// elements as in AstmDecoder; an STX, start or end byte inside a frame's text cuts the message
// off as Other, and so does anything but an STX after an ETB frame.
class E1381Decoder final : public FramingDecoder
{
    Q_DECLARE_TR_FUNCTIONS(E1381Decoder)

public:
    explicit E1381Decoder(const FramingOptions &options = {});

protected:
    void take(char byte) override;
    void overflow() override;
    void endOfStream() override;
    qsizetype takeRun(QByteArrayView bytes) override;

private:
    enum class State { Idle, Text, Trailer, BetweenFrames };

    void startFrame(char stx);
    void completeFrame();
    void emitCutOff(const QString &problem);
    void reset();

    State m_state = State::Idle;
    qsizetype m_frameStart = 0;   // offset of the current frame's STX in pending()
    qsizetype m_trailerStart = 0; // offset of the byte after its ETB/ETX
    QByteArray m_message;         // text of the frames so far
    qsizetype m_lastTextStart = 0; // where the last frame's text starts in m_message
    std::optional<char> m_lastFrameNumber;
    QStringList m_problems;
};

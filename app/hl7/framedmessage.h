#pragma once

#include "hl7message.h"

#include <QByteArray>
#include <QList>

namespace Hl7 {

// The HL7 message inside one captured element's bytes, and where each of its bytes lies there:
// the tree of a message is built on the message bytes, the hex view shows the element's, and a
// selection in one must land on the same bytes in the other, across E1381 frame boundaries too.
// The message is cut out as the capture engine's decoders cut it (FramedElement::message); of a
// transmission cut off before its end (an Other element), what arrived of the message.
class FramedMessage
{
public:
    enum class Layout {
        Unframed, // no framing recognised: the bytes are taken as the message
        Mllp,     // VT message FS CR (or FS alone)
        Astm,     // STX message CR LF, the ASTM-style handshake
        E1381,    // frames STX n text ETB|ETX cc CR LF; the message is the frames' texts joined
    };

    FramedMessage() = default;
    // The framing is recognised from the bytes: an element does not record its framing.
    static FramedMessage fromElement(const QByteArray &elementBytes);

    Layout layout() const { return m_layout; }
    const QByteArray &message() const { return m_message; }

    // The element offset of a message byte, or -1 when there is no such message byte.
    qsizetype toElement(qsizetype messageOffset) const;
    // The message offset of an element byte, or -1 for a framing byte or one out of range.
    qsizetype toMessage(qsizetype elementOffset) const;
    // The element bytes of a message range: one range per frame it touches, framing left out.
    QList<Range> toElement(Range messageRange) const;

private:
    // A run of message bytes that lies unbroken in the element.
    struct Piece
    {
        qsizetype message = 0;
        qsizetype element = 0;
        qsizetype size = 0;
    };

    static bool readE1381(const QByteArray &bytes, FramedMessage &out);
    qsizetype pieceForMessage(qsizetype messageOffset) const;

    Layout m_layout = Layout::Unframed;
    QByteArray m_message;
    QList<Piece> m_pieces; // in the order of both offsets
};

} // namespace Hl7

#include "framedmessage.h"

#include <algorithm>

namespace Hl7 {

namespace {

constexpr char Stx = 0x02;
constexpr char Etx = 0x03;
constexpr char Vt = 0x0B;
constexpr char Etb = 0x17;
constexpr char Fs = 0x1C;
constexpr char Lf = '\n';
constexpr int NoNumber = -1; // a frame without content has no frame number

} // namespace

FramedMessage FramedMessage::fromElement(const QByteArray &elementBytes)
{
    FramedMessage m;
    const qsizetype size = elementBytes.size();
    auto cut = [&](Layout layout, qsizetype begin, qsizetype length) {
        m.m_layout = layout;
        m.m_message = elementBytes.mid(begin, length);
        if (length > 0)
            m.m_pieces = {Piece{0, begin, length}};
        return m;
    };
    if (size >= 1 && elementBytes[0] == Vt) {
        // The MLLP decoder also emits a block whose FS is not followed by CR.
        if (size >= 3 && elementBytes.endsWith(QByteArrayView("\x1c\r")))
            return cut(Layout::Mllp, 1, size - 3);
        if (elementBytes[size - 1] == Fs)
            return cut(Layout::Mllp, 1, size - 2);
        // A block cut off before its FS: the decoder keeps it as Other, a person still reads it.
        return cut(Layout::Mllp, 1, size - 1);
    }
    // E1381 frames end in CR LF too, so they are told apart from the ASTM-style frame by
    // their ETB/ETX, which an HL7 message never holds.
    if (FramedMessage e1381; readE1381(elementBytes, e1381))
        return e1381;
    if (size >= 3 && elementBytes[0] == Stx && elementBytes.endsWith(QByteArrayView("\r\n")))
        return cut(Layout::Astm, 1, size - 3);
    return cut(Layout::Unframed, 0, size);
}

// Follows E1381Decoder: a frame's text lasts to its ETB or ETX, the trailer after it to LF, to
// four bytes or to the next STX; the first character of a frame is its number and a frame that
// repeats the previous number is a retransmission that replaces that frame's text.
bool FramedMessage::readE1381(const QByteArray &bytes, FramedMessage &out)
{
    out = FramedMessage();
    out.m_layout = Layout::E1381;
    int lastNumber = NoNumber;
    qsizetype lastFramePieces = 0;
    qsizetype lastTextStart = 0;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        if (bytes[pos] != Stx)
            return false;
        qsizetype terminator = pos + 1;
        while (terminator < bytes.size() && bytes[terminator] != Etb && bytes[terminator] != Etx) {
            if (bytes[terminator] == Stx)
                return false;
            ++terminator;
        }
        if (terminator == bytes.size())
            return false;
        const qsizetype trailerStart = terminator + 1;
        qsizetype next = trailerStart;
        while (next < bytes.size() && next - trailerStart < 4 && bytes[next] != Stx) {
            if (bytes[next++] == Lf)
                break;
        }

        const bool hasContent = terminator > pos + 1;
        const int number = hasContent ? int(uchar(bytes[pos + 1])) : NoNumber;
        if (number != NoNumber && lastNumber == number) {
            out.m_pieces.resize(lastFramePieces);
            out.m_message.truncate(lastTextStart);
        }
        lastFramePieces = out.m_pieces.size();
        lastTextStart = out.m_message.size();
        if (hasContent && terminator > pos + 2) {
            const qsizetype textBegin = pos + 2;
            out.m_pieces.append(Piece{out.m_message.size(), textBegin, terminator - textBegin});
            out.m_message.append(QByteArrayView(bytes).sliced(textBegin, terminator - textBegin));
        }
        lastNumber = number;
        pos = next;
        if (bytes[terminator] == Etx)
            return pos == bytes.size(); // the decoder ends the element at the ETX frame
    }
    // Frames up to an ETB and no last frame: cut off (an Other element), but the text so far is
    // still the start of the message.
    return pos > 0;
}

qsizetype FramedMessage::pieceForMessage(qsizetype messageOffset) const
{
    const auto it = std::upper_bound(m_pieces.cbegin(), m_pieces.cend(), messageOffset,
                                     [](qsizetype offset, const Piece &p) { return offset < p.message; });
    if (it == m_pieces.cbegin())
        return -1;
    const qsizetype index = std::distance(m_pieces.cbegin(), it) - 1;
    const Piece &p = m_pieces[index];
    return messageOffset < p.message + p.size ? index : -1;
}

qsizetype FramedMessage::toElement(qsizetype messageOffset) const
{
    const qsizetype index = pieceForMessage(messageOffset);
    if (index < 0)
        return -1;
    const Piece &p = m_pieces[index];
    return p.element + (messageOffset - p.message);
}

qsizetype FramedMessage::toMessage(qsizetype elementOffset) const
{
    const auto it = std::upper_bound(m_pieces.cbegin(), m_pieces.cend(), elementOffset,
                                     [](qsizetype offset, const Piece &p) { return offset < p.element; });
    if (it == m_pieces.cbegin())
        return -1;
    const Piece &p = *std::prev(it);
    return elementOffset < p.element + p.size ? p.message + (elementOffset - p.element) : -1;
}

QList<Range> FramedMessage::toElement(Range messageRange) const
{
    QList<Range> ranges;
    const qsizetype begin = std::max<qsizetype>(messageRange.begin, 0);
    const qsizetype end = std::min(messageRange.end, m_message.size());
    if (begin >= end)
        return ranges;
    for (qsizetype i = pieceForMessage(begin); i >= 0 && i < m_pieces.size(); ++i) {
        const Piece &p = m_pieces[i];
        if (p.message >= end)
            break;
        const qsizetype from = std::max(begin, p.message);
        const qsizetype to = std::min(end, p.message + p.size);
        ranges.append(Range{p.element + (from - p.message), p.element + (to - p.message)});
    }
    return ranges;
}

} // namespace Hl7

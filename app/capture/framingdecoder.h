#pragma once

#include "capturetypes.h"
#include "framing.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

#include <memory>

// Control bytes and limits shared by the decoders. NAK (0x15) is always recognised.
struct FramingOptions
{
    char startByte = FramingByte::Enq; // starts a transmission: type Start
    char ackByte = FramingByte::Ack;   // positive answer: type Ack
    char endByte = FramingByte::Eot;   // ends a transmission: type End
    // A frame (or run of bytes outside frames) is cut off as type Other at this size.
    qsizetype maxElementBytes = 16 * 1024 * 1024;
};

// Cuts one direction of a TCP connection into FramedElements. Pure code: it is fed bytes in
// pieces of any size and returns the elements the piece completed. Every byte fed ends up in
// exactly one element's bytes, in order, and where the pieces are cut does not change the
// result. An element's timestamp is that of the piece that held its first byte.
class FramingDecoder
{
    Q_DECLARE_TR_FUNCTIONS(FramingDecoder)

public:
    explicit FramingDecoder(const FramingOptions &options);
    virtual ~FramingDecoder() = default;
    FramingDecoder(const FramingDecoder &) = delete;
    FramingDecoder &operator=(const FramingDecoder &) = delete;

    QList<FramedElement> feed(QByteArrayView bytes, qint64 timestampUs);
    // The end of the stream: what is left becomes an element of type Other with a problem.
    // The decoder is then ready for a new stream.
    QList<FramedElement> finish();

    const FramingOptions &options() const { return m_options; }

protected:
    // Decodes one byte: appends it to the pending element or emits it.
    virtual void take(char byte) = 0;
    // The pending element reached maxElementBytes; emit it and resynchronise.
    virtual void overflow() = 0;
    // The stream ended; emit what is pending and return to the initial state.
    virtual void endOfStream() = 0;
    // The fast path of feed(): a frame's text is most of the stream, and take() would only
    // append it byte by byte. Appends (with appendRun()) the leading bytes that take() would
    // have appended one by one, leaving the state as take() would, and returns how many; 0
    // hands the first byte to take(). bytes never reach past maxElementBytes.
    virtual qsizetype takeRun(QByteArrayView bytes)
    {
        Q_UNUSED(bytes);
        return 0;
    }

    // The element being collected: its first byte's piece timestamp is recorded on append.
    void append(char byte);
    void appendRun(QByteArrayView bytes);
    const QByteArray &pending() const { return m_pending; }
    bool hasPending() const { return !m_pending.isEmpty(); }
    void emitPending(ElementType type, const QByteArray &message = {}, const QString &problem = {});
    // Pending bytes outside any frame are emitted as Other first; then byte alone as type.
    void emitSingle(char byte, ElementType type);
    void emitGarbage(); // pending bytes outside any frame, if any, as Other
    // ENQ/ACK/NAK/EOT as configured, else nullopt.
    std::optional<ElementType> controlType(char byte) const;

    static QString incompleteAtEndProblem();
    QString tooLongProblem() const;

private:
    FramingOptions m_options;
    QByteArray m_pending;
    qint64 m_pendingTimestamp = 0;
    qint64 m_pieceTimestamp = 0;
    QList<FramedElement> m_out;
};

// A decoder for framing, or nullptr for Framing::Auto (detect first with detectFraming()).
std::unique_ptr<FramingDecoder> createFramingDecoder(Framing framing, const FramingOptions &options = {});

#pragma once

#include "capturetypes.h"

#include <QByteArray>

#include <functional>
#include <memory>
#include <unordered_map>
#include <variant>

// Puts captured TCP segments back into the two ordered byte streams of each connection.
//
// Feed segments in capture order; events come out through the handler, synchronously, in this
// order per connection: ConnectionOpened, then Data and Gap for either direction, then
// ConnectionClosed. Within one direction every byte is delivered at most once and in sequence
// order; bytes that were never captured are reported as a Gap of their count, and the stream
// continues after them (never shifted). Where segments disagree about a byte, the first one
// received wins.
//
// Memory: each direction buffers at most maxBufferedBytes of out-of-order data; beyond it the
// oldest hole is given up as a Gap. Closed connections are removed (a small record of the
// endpoint pair remains until closeIdle()/finish() so that late ACKs and retransmissions do not
// open a ghost connection).
//
// The handler must not call back into the reassembler.
class TcpReassembler
{
public:
    static constexpr qint64 DefaultMaxBufferedBytes = 4 * 1024 * 1024;

    enum class CloseReason {
        Fin,         // both sides sent FIN and all bytes up to them were delivered or given up
        Reset,       // either side sent RST
        EndOfCapture, // finish()
        Idle,        // closeIdle()
        Reused,      // a new SYN on the same endpoint pair replaced the connection
    };

    struct ConnectionOpened
    {
        quint64 connectionId = 0; // 1, 2, 3, ... in the order connections are first seen
        Endpoint client;
        Endpoint server;
        qint64 timestampUs = 0;
        // No SYN or SYN/ACK was seen (the capture started mid-connection): the client is only
        // a guess, the sender of the first segment with data.
        bool midStream = false;
    };

    struct Data
    {
        quint64 connectionId = 0;
        bool fromClient = false;
        qint64 timestampUs = 0; // capture time of the segment that made these bytes contiguous
        QByteArray bytes;
    };

    struct Gap
    {
        quint64 connectionId = 0;
        bool fromClient = false;
        qint64 timestampUs = 0;
        quint64 missingBytes = 0;
    };

    struct ConnectionClosed
    {
        quint64 connectionId = 0;
        qint64 timestampUs = 0;
        CloseReason reason = CloseReason::Fin;
    };

    using Event = std::variant<ConnectionOpened, Data, Gap, ConnectionClosed>;
    using EventHandler = std::function<void(const Event &)>;

    explicit TcpReassembler(EventHandler handler, qint64 maxBufferedBytes = DefaultMaxBufferedBytes);
    ~TcpReassembler();
    Q_DISABLE_COPY_MOVE(TcpReassembler)

    void addSegment(const TcpSegment &segment);
    // Closes connections that saw no segment for at least idleUs before nowUs (their holes
    // reported as gaps), and forgets closed endpoint pairs as old as that.
    void closeIdle(qint64 nowUs, qint64 idleUs);
    // End of capture: reports every hole as a gap and closes every connection.
    void finish(qint64 timestampUs);

    qsizetype openConnections() const;
    qint64 bufferedBytes() const; // out-of-order bytes held, all connections

private:
    struct HalfStream;
    struct Connection;
    struct PairKey
    {
        Endpoint low;
        Endpoint high;
        friend bool operator==(const PairKey &, const PairKey &) = default;
    };
    struct PairKeyHash
    {
        size_t operator()(const PairKey &key) const;
    };

    static PairKey keyOf(const Endpoint &a, const Endpoint &b);
    Connection &open(const PairKey &key, const TcpSegment &segment);
    void close(const PairKey &key, qint64 timestampUs, CloseReason reason);
    void insert(Connection &c, bool fromClient, qint64 offset, QByteArrayView bytes, qint64 timestampUs);
    void setFin(Connection &c, bool fromClient, qint64 offset);
    void deliverContiguous(Connection &c, bool fromClient, qint64 timestampUs);
    void enforceLimit(Connection &c, bool fromClient, qint64 timestampUs);
    void flush(Connection &c, bool fromClient, qint64 timestampUs);
    void gap(Connection &c, bool fromClient, qint64 upTo, qint64 timestampUs);

    EventHandler m_handler;
    qint64 m_maxBufferedBytes;
    quint64 m_lastId = 0;
    std::unordered_map<PairKey, std::unique_ptr<Connection>, PairKeyHash> m_connections;
    std::unordered_map<PairKey, qint64, PairKeyHash> m_closed; // endpoint pair -> close time
};

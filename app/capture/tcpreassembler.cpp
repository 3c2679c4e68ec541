#include "tcpreassembler.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>
#include <vector>

// One direction of a connection. Stream offsets are 64-bit and count from the first byte after
// the SYN (or from the first byte seen, mid-stream); sequence numbers map to offsets relative to
// the next expected byte, which handles 32-bit wraparound.
struct TcpReassembler::HalfStream
{
    bool synced = false;
    quint32 baseSeq = 0;             // sequence number of offset 0
    qint64 next = 0;                 // offset of the next byte to deliver
    std::map<qint64, QByteArray> pending; // out-of-order bytes: non-overlapping, all above next
    qint64 pendingBytes = 0;
    std::optional<qint64> fin;       // offset the FIN occupies: the end of the stream

    void sync(quint32 seq)
    {
        synced = true;
        baseSeq = seq;
        next = 0;
    }
    qint64 offsetOf(quint32 seq) const
    {
        const quint32 nextSeq = baseSeq + quint32(quint64(next));
        return next + qint64(qint32(seq - nextSeq));
    }
    bool finished() const { return fin && next >= *fin; }
};

struct TcpReassembler::Connection
{
    quint64 id = 0;
    Endpoint client;
    Endpoint server;
    std::optional<quint32> clientIsn;
    qint64 lastSeenUs = 0;
    HalfStream fromClient;
    HalfStream fromServer;

    HalfStream &stream(bool ofClient) { return ofClient ? fromClient : fromServer; }
};

size_t TcpReassembler::PairKeyHash::operator()(const PairKey &key) const
{
    return qHash(key.low, qHash(key.high));
}

TcpReassembler::TcpReassembler(EventHandler handler, qint64 maxBufferedBytes)
    : m_handler(std::move(handler)), m_maxBufferedBytes(std::max<qint64>(maxBufferedBytes, 0))
{
}

TcpReassembler::~TcpReassembler() = default;

TcpReassembler::PairKey TcpReassembler::keyOf(const Endpoint &a, const Endpoint &b)
{
    return a < b ? PairKey{a, b} : PairKey{b, a};
}

void TcpReassembler::addSegment(const TcpSegment &s)
{
    const PairKey key = keyOf(s.source, s.destination);
    const bool newSyn = s.syn && !s.ack;
    auto it = m_connections.find(key);
    if (it != m_connections.end() && newSyn) {
        const Connection &old = *it->second;
        const bool retransmitted = s.source == old.client && old.clientIsn == s.sequence;
        if (!retransmitted) {
            close(key, s.timestampUs, CloseReason::Reused);
            it = m_connections.end();
        }
    }
    if (it == m_connections.end()) {
        if (const auto closed = m_closed.find(key); closed != m_closed.end()) {
            if (!newSyn)
                return; // a late ACK, FIN or retransmission of a connection already closed
            m_closed.erase(closed);
        }
        // Without a SYN, only data opens a connection: a lone ACK, FIN or RST is not worth one.
        if (s.rst || (!s.syn && s.payload.isEmpty()))
            return;
    }
    Connection &c = it != m_connections.end() ? *it->second : open(key, s);
    c.lastSeenUs = s.timestampUs;
    const bool fromClient = s.source == c.client;
    if (s.rst) {
        close(key, s.timestampUs, CloseReason::Reset);
        return;
    }

    HalfStream &h = c.stream(fromClient);
    HalfStream &other = c.stream(!fromClient);
    quint32 dataSeq = s.sequence;
    if (s.syn) {
        dataSeq = s.sequence + 1; // the SYN occupies one sequence number
        if (!h.synced) {
            h.sync(dataSeq);
            if (fromClient)
                c.clientIsn = s.sequence;
        }
        if (s.ack && !other.synced) { // SYN/ACK: it acknowledges the client's SYN
            other.sync(s.acknowledgement);
            if (!fromClient)
                c.clientIsn = s.acknowledgement - 1;
        }
    }
    if (!h.synced) {
        if (s.payload.isEmpty() && !s.fin)
            return;
        h.sync(dataSeq);
    }
    const qint64 offset = h.offsetOf(dataSeq);
    if (!s.payload.isEmpty())
        insert(c, fromClient, offset, s.payload, s.timestampUs);
    if (s.fin)
        setFin(c, fromClient, offset + s.payload.size());
    if (c.fromClient.finished() && c.fromServer.finished())
        close(key, s.timestampUs, CloseReason::Fin);
}

TcpReassembler::Connection &TcpReassembler::open(const PairKey &key, const TcpSegment &s)
{
    auto c = std::make_unique<Connection>();
    c->id = ++m_lastId;
    const bool fromServer = s.syn && s.ack; // a SYN/ACK comes from the server
    c->client = fromServer ? s.destination : s.source;
    c->server = fromServer ? s.source : s.destination;
    c->lastSeenUs = s.timestampUs;
    m_handler(ConnectionOpened{c->id, c->client, c->server, s.timestampUs, !s.syn});
    return *m_connections.emplace(key, std::move(c)).first->second;
}

void TcpReassembler::close(const PairKey &key, qint64 timestampUs, CloseReason reason)
{
    const auto it = m_connections.find(key);
    if (it == m_connections.end())
        return;
    const std::unique_ptr<Connection> c = std::move(it->second);
    m_connections.erase(it);
    flush(*c, true, timestampUs);
    flush(*c, false, timestampUs);
    m_handler(ConnectionClosed{c->id, timestampUs, reason});
    // An idle connection may well come back with more data: let it open a new connection then.
    if (reason != CloseReason::Idle && reason != CloseReason::EndOfCapture)
        m_closed[key] = timestampUs;
}

void TcpReassembler::insert(Connection &c, bool fromClient, qint64 offset, QByteArrayView bytes,
                            qint64 timestampUs)
{
    HalfStream &h = c.stream(fromClient);
    qint64 start = std::max(offset, h.next); // bytes already delivered stay as first received
    qint64 stop = offset + bytes.size();
    if (h.fin)
        stop = std::min(stop, *h.fin); // nothing after the FIN
    if (start >= stop)
        return; // a retransmission or keep-alive
    bytes = bytes.sliced(start - offset, stop - start);

    if (start == h.next && h.pending.empty()) { // in order: the common case
        h.next = stop;
        m_handler(Data{c.id, fromClient, timestampUs, bytes.toByteArray()});
        return;
    }

    // Keep only the pieces no buffered chunk holds yet.
    auto it = h.pending.upper_bound(start);
    if (it != h.pending.begin()) {
        const auto previous = std::prev(it);
        if (previous->first + previous->second.size() > start)
            it = previous;
    }
    std::vector<std::pair<qint64, qint64>> pieces;
    qint64 cursor = start;
    for (; it != h.pending.end() && it->first < stop; ++it) {
        if (it->first > cursor)
            pieces.emplace_back(cursor, it->first);
        cursor = std::max(cursor, it->first + it->second.size());
        if (cursor >= stop)
            break;
    }
    if (cursor < stop)
        pieces.emplace_back(cursor, stop);
    for (const auto &[from, to] : pieces) {
        h.pending.emplace(from, bytes.sliced(from - start, to - from).toByteArray());
        h.pendingBytes += to - from;
    }
    deliverContiguous(c, fromClient, timestampUs);
    enforceLimit(c, fromClient, timestampUs);
}

void TcpReassembler::setFin(Connection &c, bool fromClient, qint64 offset)
{
    HalfStream &h = c.stream(fromClient);
    if (h.fin)
        return; // the first FIN stands
    const qint64 fin = std::max(offset, h.next);
    h.fin = fin;
    // Drop buffered bytes beyond the end of the stream.
    auto it = h.pending.lower_bound(fin);
    if (it != h.pending.begin()) {
        auto previous = std::prev(it);
        const qint64 excess = previous->first + previous->second.size() - fin;
        if (excess > 0) {
            previous->second.chop(excess);
            h.pendingBytes -= excess;
        }
    }
    while (it != h.pending.end()) {
        h.pendingBytes -= it->second.size();
        it = h.pending.erase(it);
    }
}

void TcpReassembler::deliverContiguous(Connection &c, bool fromClient, qint64 timestampUs)
{
    HalfStream &h = c.stream(fromClient);
    QByteArray out;
    while (!h.pending.empty() && h.pending.begin()->first == h.next) {
        const auto first = h.pending.begin();
        h.next += first->second.size();
        h.pendingBytes -= first->second.size();
        if (out.isEmpty())
            out = std::move(first->second);
        else
            out += first->second;
        h.pending.erase(first);
    }
    Q_ASSERT(h.pending.empty() || h.pending.begin()->first > h.next);
    if (!out.isEmpty())
        m_handler(Data{c.id, fromClient, timestampUs, std::move(out)});
}

void TcpReassembler::enforceLimit(Connection &c, bool fromClient, qint64 timestampUs)
{
    HalfStream &h = c.stream(fromClient);
    while (h.pendingBytes > m_maxBufferedBytes) {
        gap(c, fromClient, h.pending.begin()->first, timestampUs);
        deliverContiguous(c, fromClient, timestampUs);
    }
}

void TcpReassembler::flush(Connection &c, bool fromClient, qint64 timestampUs)
{
    HalfStream &h = c.stream(fromClient);
    while (!h.pending.empty()) {
        gap(c, fromClient, h.pending.begin()->first, timestampUs);
        deliverContiguous(c, fromClient, timestampUs);
    }
    if (h.fin)
        gap(c, fromClient, *h.fin, timestampUs);
}

void TcpReassembler::gap(Connection &c, bool fromClient, qint64 upTo, qint64 timestampUs)
{
    HalfStream &h = c.stream(fromClient);
    if (upTo <= h.next)
        return;
    m_handler(Gap{c.id, fromClient, timestampUs, quint64(upTo - h.next)});
    h.next = upTo;
}

void TcpReassembler::closeIdle(qint64 nowUs, qint64 idleUs)
{
    std::vector<std::pair<quint64, PairKey>> idle;
    for (const auto &[key, c] : m_connections) {
        if (nowUs - c->lastSeenUs >= idleUs)
            idle.emplace_back(c->id, key);
    }
    std::sort(idle.begin(), idle.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : idle)
        close(entry.second, nowUs, CloseReason::Idle);
    std::erase_if(m_closed, [&](const auto &entry) { return nowUs - entry.second >= idleUs; });
}

void TcpReassembler::finish(qint64 timestampUs)
{
    std::vector<std::pair<quint64, PairKey>> all;
    for (const auto &[key, c] : m_connections)
        all.emplace_back(c->id, key);
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : all)
        close(entry.second, timestampUs, CloseReason::EndOfCapture);
    m_closed.clear();
}

qsizetype TcpReassembler::openConnections() const
{
    return qsizetype(m_connections.size());
}

qint64 TcpReassembler::bufferedBytes() const
{
    qint64 total = 0;
    for (const auto &entry : m_connections)
        total += entry.second->fromClient.pendingBytes + entry.second->fromServer.pendingBytes;
    return total;
}

#include "captureengine.h"

#include "packetdecoder.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaptureEngine)
};

constexpr qsizetype MaxWarnings = 100;
constexpr qsizetype DetectEveryPieceBelow = 4096;
} // namespace

CaptureEngine::CaptureEngine(const CaptureSettings &settings)
    : m_settings(settings)
    , m_builder(settings.sessions)
    , m_reassembler([this](const TcpReassembler::Event &event) { handle(event); })
{
}

CaptureEngine::~CaptureEngine() = default;

void CaptureEngine::warn(const QString &warning)
{
    if (m_warnings.size() < MaxWarnings)
        m_warnings.append(warning);
    else if (m_warnings.size() == MaxWarnings)
        m_warnings.append(Tr::tr("further warnings left out"));
}

void CaptureEngine::addFrame(int linkType, QByteArrayView frame, qint64 timestampUs)
{
    ++m_frames;
    m_bytes += quint64(frame.size());
    QString problem;
    const std::optional<TcpSegment> segment = decodeFrame(linkType, frame, timestampUs, &problem);
    if (!segment) {
        if (!problem.isEmpty()) {
            ++m_skippedFrames;
            warn(Tr::tr("frame %1: %2").arg(m_frames).arg(problem));
        }
        return;
    }
    m_reassembler.addSegment(*segment);
}

void CaptureEngine::handle(const TcpReassembler::Event &event)
{
    if (const auto *opened = std::get_if<TcpReassembler::ConnectionOpened>(&event)) {
        openConnection(opened->connectionId, opened->client, opened->server, opened->timestampUs);
    } else if (const auto *d = std::get_if<TcpReassembler::Data>(&event)) {
        data(d->connectionId, d->fromClient, d->bytes, d->timestampUs);
    } else if (const auto *gap = std::get_if<TcpReassembler::Gap>(&event)) {
        auto it = m_connections.find(gap->connectionId);
        if (it != m_connections.end()) {
            // What was collected before the hole is cut off there, so no byte after the hole
            // can join a message that began before it; before the framing is known, that
            // happens when the bytes are decoded.
            Connection &c = it->second;
            if (!c.framing && !c.undecided.isEmpty())
                c.undecided.append({gap->fromClient, {}, gap->timestampUs, true});
            else
                flush(gap->connectionId, c, gap->fromClient);
            m_builder.addGap(gap->connectionId, gap->fromClient, qint64(gap->missingBytes), gap->timestampUs);
        }
    } else if (const auto *closed = std::get_if<TcpReassembler::ConnectionClosed>(&event)) {
        closeConnection(closed->connectionId, closed->timestampUs);
    }
}

void CaptureEngine::openConnection(quint64 connection, const Endpoint &client, const Endpoint &server, qint64 timestampUs)
{
    Connection c;
    if (m_settings.framing != Framing::Auto)
        c.framing = m_settings.framing;
    m_builder.openConnection(connection, client, server, timestampUs);
    Connection &inserted = m_connections.insert_or_assign(connection, std::move(c)).first->second;
    if (inserted.framing)
        decide(connection, inserted, *inserted.framing);
}

void CaptureEngine::addStreamData(quint64 connection, bool fromClient, const QByteArray &bytes, qint64 timestampUs)
{
    data(connection, fromClient, bytes, timestampUs);
}

void CaptureEngine::data(quint64 id, bool fromClient, const QByteArray &bytes, qint64 timestampUs)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    Connection &c = it->second;
    if (c.framing) {
        feed(id, c, fromClient, bytes, timestampUs);
        return;
    }
    c.undecided.append({fromClient, bytes, timestampUs});
    c.firstBytes.append(bytes.left(FramingDetectionLimit - c.firstBytes.size()));
    // Detection reads every byte so far: on each piece while they are few, then each time they
    // have grown by a quarter, so that 64 KiB in one-byte segments cost linear time, not
    // quadratic (a minute). A late look decides the same: a decision stands once reached.
    const qsizetype seen = c.firstBytes.size();
    if (seen >= DetectEveryPieceBelow && seen < c.detectAgainAt && seen < FramingDetectionLimit)
        return;
    c.detectAgainAt = seen + seen / 4;
    if (const std::optional<Framing> detected = detectFraming(c.firstBytes))
        decide(id, c, *detected);
}

void CaptureEngine::decide(quint64 id, Connection &c, Framing framing)
{
    c.framing = framing;
    c.firstBytes.clear();
    for (bool fromClient : {false, true})
        c.decoders[fromClient] = createFramingDecoder(framing, m_settings.framingOptions);
    m_builder.setFraming(id, framing);
    const QList<Pending> undecided = std::exchange(c.undecided, {});
    for (const Pending &p : undecided) {
        if (p.gap)
            flush(id, c, p.fromClient);
        else
            feed(id, c, p.fromClient, p.bytes, p.timestampUs);
    }
}

void CaptureEngine::feed(quint64 id, Connection &c, bool fromClient, const QByteArray &bytes, qint64 timestampUs)
{
    m_builder.addElements(id, fromClient, c.decoders[fromClient]->feed(bytes, timestampUs));
}

void CaptureEngine::flush(quint64 id, Connection &c, bool fromClient)
{
    if (c.decoders[fromClient])
        m_builder.addElements(id, fromClient, c.decoders[fromClient]->finish());
}

void CaptureEngine::closeConnection(quint64 connection, qint64 timestampUs)
{
    auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return;
    Connection &c = it->second;
    if (!c.framing && !c.undecided.isEmpty()) // too little to tell: the default of the old system
        decide(connection, c, detectFraming(c.firstBytes).value_or(Framing::Astm));
    for (bool fromClient : {true, false})
        flush(connection, c, fromClient);
    m_builder.closeConnection(connection, timestampUs);
    m_connections.erase(it);
}

void CaptureEngine::advanceTime(qint64 nowUs)
{
    m_reassembler.closeIdle(nowUs, ConnectionIdleUs);
    m_builder.expireIdle(nowUs);
}

void CaptureEngine::finish(qint64 timestampUs)
{
    m_reassembler.finish(timestampUs);
    // Streams fed directly (the proxy) end here too.
    QList<quint64> open;
    for (const auto &[id, connection] : m_connections)
        open.append(id);
    for (quint64 id : std::as_const(open))
        closeConnection(id, timestampUs);
}

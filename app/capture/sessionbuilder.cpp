#include "sessionbuilder.h"

#include "hl7header.h"
#include "mllpdecoder.h"
#include "sessionid.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionBuilder)
};

const QLatin1StringView IncompleteReason = IncompleteReasonKey;

} // namespace

SessionBuilder::SessionBuilder(Options options)
    : m_options(std::move(options))
{
}

void SessionBuilder::openConnection(quint64 connection, const Endpoint &client, const Endpoint &server, qint64)
{
    Connection c;
    c.client = client;
    c.server = server;
    // Configured addresses decide the direction; failing that, the traffic does (see below).
    if (!m_options.deviceIp.isEmpty()) {
        if (client.addressText() == m_options.deviceIp)
            c.deviceIsClient = true;
        else if (server.addressText() == m_options.deviceIp)
            c.deviceIsClient = false;
    }
    if (!c.deviceIsClient && !m_options.lisIp.isEmpty()) {
        if (server.addressText() == m_options.lisIp)
            c.deviceIsClient = true;
        else if (client.addressText() == m_options.lisIp)
            c.deviceIsClient = false;
    }
    if (!c.deviceIsClient && m_options.lisPort) {
        if (server.port == *m_options.lisPort)
            c.deviceIsClient = true;
        else if (client.port == *m_options.lisPort)
            c.deviceIsClient = false;
    }
    m_connections.insert(connection, c);
}

void SessionBuilder::setFraming(quint64 connection, Framing framing)
{
    if (auto it = m_connections.find(connection); it != m_connections.end()) {
        it->framing = framing;
        it->mllp = framing == Framing::Mllp;
    }
}

bool SessionBuilder::deviceIsClient(Connection &c, bool fromClient, const FramedElement &first) const
{
    if (!c.deviceIsClient) {
        // The side that sends ENQ is the device; with MLLP, the side that opened the connection.
        if (!c.mllp && first.type == ElementType::Start)
            c.deviceIsClient = fromClient;
        else
            c.deviceIsClient = true;
    }
    return *c.deviceIsClient;
}

void SessionBuilder::startSession(Connection &c, qint64 timestampUs)
{
    Session s;
    s.startTime = timestampUs / 1000;
    // Named from the start, so a live view and the store speak of the same session.
    s.id = SessionId::generate(s.startTime);
    const bool deviceClient = c.deviceIsClient.value_or(true);
    const Endpoint &device = deviceClient ? c.client : c.server;
    const Endpoint &lis = deviceClient ? c.server : c.client;
    s.deviceIp = device.addressText();
    s.lisIp = lis.addressText();
    s.extra.insert(QStringLiteral("devicePort"), device.port);
    s.extra.insert(QStringLiteral("lisPort"), lis.port);
    s.extra.insert(QStringLiteral("framing"), framingName(c.framing));
    c.session = s;
}

void SessionBuilder::finishSession(Connection &c, bool complete, const QString &reason)
{
    if (!c.session)
        return;
    Session s = std::move(*c.session);
    c.session.reset();
    s.endTime = c.lastElementUs / 1000;
    s.complete = complete && !s.extra.contains(IncompleteReason);
    if (!complete && !reason.isEmpty() && !s.extra.contains(IncompleteReason))
        s.extra.insert(IncompleteReason, reason);
    m_completed.append(std::move(s));
}

void SessionBuilder::append(Connection &c, bool fromDevice, const FramedElement &framed)
{
    Element e;
    e.timestamp = framed.timestampUs / 1000;
    e.direction = fromDevice ? Direction::DeviceToPc : Direction::PcToDevice;
    e.type = framed.type;
    e.bytes = framed.bytes;
    if (!framed.problem.isEmpty())
        e.extra.insert(QStringLiteral("problem"), framed.problem);
    if (framed.type == ElementType::Message) {
        const Hl7Header header = Hl7Header::read(framed.message);
        QString charset;
        const QString text = decodeHl7Text(framed.message, header.charset, &charset);
        e.header = MessageHeader{header.type, header.controlId, header.sendingApplication,
                                 header.sendingFacility, header.version, charset};
        e.text = text;
        const std::optional<ElementType> acknowledgement =
            c.mllp && !fromDevice ? mllpAcknowledgement(framed.message) : std::nullopt;
        if (acknowledgement)
            e.type = *acknowledgement;
        else if (fromDevice)
            c.session->messages.append(text);
    }
    c.session->elements.append(std::move(e));
    c.lastElementUs = framed.timestampUs;
}

void SessionBuilder::addElements(quint64 connection, bool fromClient, const QList<FramedElement> &elements)
{
    auto it = m_connections.find(connection);
    if (it == m_connections.end() || elements.isEmpty())
        return;
    Connection &c = *it;
    for (const FramedElement &framed : elements) {
        const bool fromDevice = deviceIsClient(c, fromClient, framed) == fromClient;
        if (c.mllp && c.session && framed.timestampUs - c.lastElementUs > m_options.idleGapUs)
            finishSession(c, true);
        if (!c.mllp && fromDevice && framed.type == ElementType::Start && c.session)
            finishSession(c, false, Tr::tr("a new transmission began before the end (EOT) of this one"));
        if (!c.session) {
            startSession(c, framed.timestampUs);
            if (!c.mllp && framed.type != ElementType::Start)
                c.session->extra.insert(IncompleteReason, Tr::tr("the capture began after the start (ENQ) of this transmission"));
        }
        append(c, fromDevice, framed);
        if (!c.mllp && fromDevice && framed.type == ElementType::End)
            finishSession(c, true);
    }
}

void SessionBuilder::addGap(quint64 connection, bool fromClient, qint64 missingBytes, qint64 timestampUs)
{
    auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return;
    if (!it->session)
        startSession(*it, timestampUs);
    const bool fromDevice = it->deviceIsClient.value_or(true) == fromClient;
    const QString reason = Tr::tr("%1 bytes from the %2 never arrived")
                               .arg(missingBytes)
                               .arg(fromDevice ? Tr::tr("device") : Tr::tr("LIS"));
    if (!it->session->extra.contains(IncompleteReason))
        it->session->extra.insert(IncompleteReason, reason);
}

void SessionBuilder::closeConnection(quint64 connection, qint64 timestampUs)
{
    auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return;
    if (it->session) {
        if (it->lastElementUs == 0)
            it->lastElementUs = timestampUs;
        if (it->mllp)
            finishSession(*it, true);
        else
            finishSession(*it, false, Tr::tr("the connection ended before the end (EOT) of the transmission"));
    }
    m_connections.erase(it);
}

void SessionBuilder::expireIdle(qint64 nowUs)
{
    for (Connection &c : m_connections) {
        if (c.mllp && c.session && nowUs - c.lastElementUs > m_options.idleGapUs)
            finishSession(c, true);
    }
}

QList<Session> SessionBuilder::takeCompleted()
{
    return std::exchange(m_completed, {});
}

QList<Session> SessionBuilder::openSessions() const
{
    QList<Session> open;
    for (const Connection &c : m_connections) {
        if (c.session)
            open.append(*c.session);
    }
    return open;
}

#include "recordingproxy.h"

#include <QDateTime>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

Endpoint endpointOf(const QHostAddress &address, quint16 port)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return Endpoint::ipv4(v4, port);
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    return Endpoint::ipv6(v6.c, port);
}

} // namespace

RecordingProxy::RecordingProxy(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &RecordingProxy::handleNewConnection);
}

RecordingProxy::~RecordingProxy() = default;

bool RecordingProxy::listen(const QHostAddress &address, quint16 port, const QString &upstreamHost, quint16 upstreamPort)
{
    m_upstreamHost = upstreamHost;
    m_upstreamPort = upstreamPort;
    if (!m_server->listen(address, port)) {
        m_error = tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_server->errorString());
        return false;
    }
    return true;
}

quint16 RecordingProxy::port() const
{
    return m_server->serverPort();
}

void RecordingProxy::close()
{
    m_server->close();
}

void RecordingProxy::handleNewConnection()
{
    while (QTcpSocket *device = m_server->nextPendingConnection()) {
        const quint64 id = m_nextConnection++;
        auto *lis = new QTcpSocket(device);
        device->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        lis->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Until the LIS answers, the device's bytes wait in its socket buffer.
        auto opened = std::make_shared<bool>(false);
        auto closed = std::make_shared<bool>(false);

        auto forward = [this, id](QTcpSocket *from, QTcpSocket *to, bool fromClient) {
            const QByteArray bytes = from->readAll();
            if (bytes.isEmpty())
                return;
            to->write(bytes);
            emit dataTransferred(id, fromClient, bytes, nowUs());
        };
        auto finish = [this, id, device, lis, opened, closed] {
            if (*closed)
                return;
            *closed = true;
            if (*opened)
                emit connectionClosed(id, nowUs());
            lis->disconnectFromHost();
            device->disconnectFromHost();
            device->deleteLater();
        };

        connect(lis, &QTcpSocket::connected, this, [this, id, device, lis, opened, forward] {
            *opened = true;
            emit connectionOpened(id, endpointOf(device->peerAddress(), device->peerPort()),
                                  endpointOf(lis->peerAddress(), lis->peerPort()), nowUs());
            forward(device, lis, true);
        });
        connect(device, &QTcpSocket::readyRead, this, [device, lis, opened, forward] {
            if (*opened)
                forward(device, lis, true);
        });
        connect(lis, &QTcpSocket::readyRead, this, [device, lis, forward] { forward(lis, device, false); });
        connect(device, &QTcpSocket::disconnected, this, [device, lis, opened, forward, finish] {
            if (*opened)
                forward(device, lis, true);
            finish();
        });
        connect(lis, &QTcpSocket::disconnected, this, [device, lis, forward, finish] {
            forward(lis, device, false);
            device->flush();
            finish();
        });
        connect(lis, &QTcpSocket::errorOccurred, this, [this, lis, opened, finish](QAbstractSocket::SocketError) {
            if (!*opened)
                emit upstreamFailed(tr("cannot reach the LIS at %1:%2: %3")
                                        .arg(m_upstreamHost)
                                        .arg(m_upstreamPort)
                                        .arg(lis->errorString()));
            finish();
        });
        lis->connectToHost(m_upstreamHost, m_upstreamPort);
    }
}

#pragma once

#include "capturetypes.h"

#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;

// A recording proxy that needs no capture privilege: devices connect to it instead of the LIS; it
// forwards every byte to the LIS and back as it arrives, unchanged, and reports both directions.
// Several devices at once, each with its own connection to the LIS.
class RecordingProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingProxy)

public:
    explicit RecordingProxy(QObject *parent = nullptr);
    ~RecordingProxy() override;

    bool listen(const QHostAddress &address, quint16 port, const QString &upstreamHost, quint16 upstreamPort);
    QString errorString() const { return m_error; }
    quint16 port() const;
    void close();

signals:
    // A device connected and the proxy reached the LIS for it. client is the device's end,
    // server the LIS's.
    void connectionOpened(quint64 connection, const Endpoint &client, const Endpoint &server, qint64 timestampUs);
    void dataTransferred(quint64 connection, bool fromClient, const QByteArray &bytes, qint64 timestampUs);
    void connectionClosed(quint64 connection, qint64 timestampUs);
    // The LIS could not be reached for a device: it is disconnected, nothing is recorded.
    void upstreamFailed(const QString &error);

private:
    void handleNewConnection();

    QTcpServer *m_server;
    QString m_upstreamHost;
    quint16 m_upstreamPort = 0;
    quint64 m_nextConnection = 1;
    QString m_error;
};

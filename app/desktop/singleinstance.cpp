#include "singleinstance.h"

#include "desktoplog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

#include <utility>

#include <unistd.h>

namespace {

constexpr int ConnectTimeoutMs = 2000;
constexpr int LockTimeoutMs = 5000;
// A request is one line of JSON naming a few files; anything longer is not one of ours.
constexpr qint64 MaxRequestBytes = 1024 * 1024;

QString canonicalFolder(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QDir(path).absolutePath()) : canonical;
}

} // namespace

SingleInstance::SingleInstance(const QString &dataFolder, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(dataFolder))
{
}

SingleInstance::~SingleInstance() = default; // the server, a child, removes its socket file

QString SingleInstance::serverNameFor(const QString &dataFolder)
{
    const QByteArray key = canonicalFolder(dataFolder).toUtf8() + '\0' + QByteArray::number(::getuid());
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return folder + QStringLiteral("/hl7capture-") + hash;
}

SingleInstance::Role SingleInstance::claim(const QStringList &pathsToOpen)
{
    QStringList absolute;
    for (const QString &path : pathsToOpen)
        absolute.append(QFileInfo(path).absoluteFilePath());

    // Two launches at once must not both find the name free, nor both take a stale socket over.
    // QLockFile itself takes over a lock whose process died.
    QLockFile lock(m_serverName + QStringLiteral(".lock"));
    if (!lock.tryLock(LockTimeoutMs))
        qCWarning(lcDesktop) << "single instance: no lock on" << lock.error() << "- going on without it";

    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (probe.waitForConnected(ConnectTimeoutMs)) {
        const QByteArray request = QJsonDocument(QJsonObject{{QStringLiteral("raise"), true},
                                                             {QStringLiteral("open"), QJsonArray::fromStringList(absolute)}})
                                       .toJson(QJsonDocument::Compact)
            + '\n';
        // The kernel buffers the line for the other process even before it accepts the
        // connection, so nothing here waits for it to answer (it may be this very process).
        const bool sent = probe.write(request) == request.size() && probe.waitForBytesWritten(ConnectTimeoutMs);
        probe.disconnectFromServer();
        if (sent) {
            qCInfo(lcDesktop) << "another instance serves this data folder; asked it to raise and open" << absolute.size() << "files";
            m_role = Role::Secondary;
            return m_role;
        }
        m_error = tr("The running instance did not take the request: %1").arg(probe.errorString());
        m_role = Role::Failed;
        return m_role;
    }
    if (probe.error() != QLocalSocket::ServerNotFoundError && probe.error() != QLocalSocket::ConnectionRefusedError) {
        // Someone may be listening; taking the name away from them would break their raise.
        m_error = tr("Cannot reach %1: %2").arg(m_serverName, probe.errorString());
        m_role = Role::Failed;
        return m_role;
    }

    // Nobody listens: what is there is a socket left by a crash, or nothing.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        m_error = tr("Cannot listen on %1: %2").arg(m_serverName, m_server->errorString());
        delete std::exchange(m_server, nullptr);
        m_role = Role::Failed;
        return m_role;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::handleNewConnection);
    m_role = Role::Primary;
    return m_role;
}

void SingleInstance::handleNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { handleRequest(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            handleRequest(socket);
            socket->deleteLater();
        });
        // The whole line may have arrived, and the sender gone, before the connection was taken.
        handleRequest(socket);
    }
}

void SingleInstance::handleRequest(QLocalSocket *socket)
{
    if (socket->property("handled").toBool())
        return;
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxRequestBytes) {
            socket->setProperty("handled", true);
            socket->abort();
        }
        return;
    }
    socket->setProperty("handled", true);
    const QJsonObject request = QJsonDocument::fromJson(socket->readLine(MaxRequestBytes)).object();
    socket->disconnectFromServer();
    QStringList paths;
    const QJsonArray open = request.value(QStringLiteral("open")).toArray();
    for (const QJsonValue &path : open) {
        if (path.isString() && !path.toString().isEmpty())
            paths.append(path.toString());
    }
    qCInfo(lcDesktop) << "another launch asked to raise the window and open" << paths.size() << "files";
    if (request.value(QStringLiteral("raise")).toBool())
        emit raiseRequested();
    if (!paths.isEmpty())
        emit openRequested(paths);
}

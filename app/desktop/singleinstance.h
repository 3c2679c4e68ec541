#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One app per data folder and user. The first launch listens on a local socket named after the
// data folder; a later launch on the same folder hands it "raise" and the files it was given, and
// exits. A socket file left by a crash (nobody listening) is removed and taken over.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Primary,   // this process listens and serves the data folder
        Secondary, // another process does; it was sent the request, this one should exit 0
        Failed     // neither (no runtime folder, socket refused): carry on alone, see errorString()
    };
    Q_ENUM(Role)

    explicit SingleInstance(const QString &dataFolder, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Call once, before the store opens. pathsToOpen are made absolute (the other process has
    // another working folder). Does not wait for the other process to read the request.
    Role claim(const QStringList &pathsToOpen = {});
    Role role() const { return m_role; }
    QString errorString() const { return m_error; }
    QString serverName() const { return m_serverName; }

    // The socket path: in the user's runtime folder, named after a hash of the canonical data
    // folder and the user id, so two folders or two users never meet.
    static QString serverNameFor(const QString &dataFolder);

signals:
    void raiseRequested();
    void openRequested(const QStringList &paths);

private:
    bool sendTo(const QStringList &paths);
    void handleNewConnection();
    void handleRequest(QLocalSocket *socket);

    QString m_serverName;
    Role m_role = Role::Failed;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

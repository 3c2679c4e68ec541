#pragma once

// Starts tests/collector.py (COLLECTOR_PY) on 127.0.0.1 and reads what it received.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

class CollectorServer
{
public:
    CollectorServer() = default;
    ~CollectorServer() { stop(); }
    Q_DISABLE_COPY_MOVE(CollectorServer)

    // script: see collector.py. Empty cert: plain HTTP.
    bool start(const QJsonObject &script = {}, const QString &cert = {}, const QString &key = {})
    {
        if (!m_dir.isValid())
            return false;
        QFile scriptFile(m_dir.filePath(QStringLiteral("script.json")));
        if (!scriptFile.open(QIODevice::WriteOnly))
            return false;
        scriptFile.write(QJsonDocument(script).toJson());
        scriptFile.close();
        QStringList args{QStringLiteral(COLLECTOR_PY), QStringLiteral("--log"), logPath(), QStringLiteral("--script"),
                         scriptFile.fileName()};
        if (!cert.isEmpty())
            args << QStringLiteral("--cert") << cert << QStringLiteral("--key") << key;
        m_tls = !cert.isEmpty();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process.waitForStarted(10'000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10'000))
                return false;
        }
        m_port = m_process.readLine().trimmed().toInt();
        return m_port > 0;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    int port() const { return m_port; }
    QUrl url() const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/sessions").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
    }
    QString logPath() const { return m_dir.filePath(QStringLiteral("requests.log")); }

    // One object per request answered, in the order the answers went out.
    QList<QJsonObject> requests() const
    {
        QList<QJsonObject> out;
        QFile log(logPath());
        if (!log.open(QIODevice::ReadOnly))
            return out;
        while (!log.atEnd()) {
            const QByteArray line = log.readLine().trimmed();
            if (!line.isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        }
        return out;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    bool m_tls = false;
};

// A response line of a collector script.
inline QJsonObject answer(int status, double delay = 0, const QJsonObject &headers = {}, const QString &body = {})
{
    QJsonObject o{{QStringLiteral("status"), status}};
    if (delay > 0)
        o.insert(QStringLiteral("delay"), delay);
    if (!headers.isEmpty())
        o.insert(QStringLiteral("headers"), headers);
    if (!body.isNull())
        o.insert(QStringLiteral("body"), body);
    return o;
}

// Writes a fresh self-signed certificate for 127.0.0.1 (cert.pem, key.pem) into folder, for the
// collector's HTTPS mode; what openssl said when it failed, else empty.
inline QString makeSelfSignedCertificate(const QTemporaryDir &folder)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("/usr/bin/openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), folder.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   folder.filePath(QStringLiteral("cert.pem"))});
    if (!openssl.waitForFinished(60'000))
        return QStringLiteral("openssl did not finish");
    if (openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        return QString::fromLocal8Bit(openssl.readAll());
    return {};
}

#include "connectiontest.h"

#include "submissionclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <chrono>

namespace {

// "collector.example" or "collector.example:8443": the place as the person wrote it.
QString placeOf(const QUrl &url)
{
    return url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    default: return QStringLiteral("TLS");
    }
}

} // namespace

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

void ConnectionTest::cancel()
{
    ++m_generation;
    m_running = false;
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ConnectionTest::start(const SubmissionConfig &config)
{
    cancel();
    m_running = true;
    m_config = config;
    m_sslErrors.clear();
    if (!config.enabled()) {
        finishLater(false, tr("No collector endpoint is set: enter its URL first."));
        return;
    }
    if (!m_manager)
        m_manager = new QNetworkAccessManager(this);
    // The same checks and the same TLS trust as the submission itself.
    SubmissionClient client(m_manager);
    if (Status s = client.setConfig(config); !s) {
        finishLater(false, s.error());
        return;
    }
    QNetworkRequest request(config.endpoint);
    if (!config.authHeader.isEmpty())
        request.setRawHeader("Authorization", config.authHeader.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("hl7capture"));
    request.setTransferTimeout(int(std::chrono::milliseconds(config.timeout).count()));
    // A redirect is worth reporting, not following: the submission does not follow it either.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (config.endpoint.scheme() == u"https")
        request.setSslConfiguration(client.sslConfiguration());
    m_reply = m_manager->head(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTest::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
}

void ConnectionTest::finishLater(bool ok, const QString &message)
{
    // Always from the event loop, so a caller connects after start() and still hears it.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, ok, message] {
            if (generation == m_generation)
                finish(ok, message);
        },
        Qt::QueuedConnection);
}

void ConnectionTest::finish(bool ok, QString message)
{
    m_running = false;
    if (!m_config.authHeader.isEmpty())
        message.replace(m_config.authHeader, QStringLiteral("[redacted]"));
    emit finished(ok, message);
}

void ConnectionTest::onFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    bool ok = false;
    const QString message = status > 0 ? describeAnswer(*reply, status, ok) : describeFailure(*reply);
    finish(ok, message);
}

QString ConnectionTest::describeAnswer(const QNetworkReply &reply, int status, bool &ok) const
{
    const QString place = placeOf(m_config.endpoint);
    const QString reason = QString::fromLatin1(reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()).simplified();
    const QString answer = reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("HTTP %1 %2").arg(status).arg(reason);
    if (status == 401 || status == 403) {
        ok = false;
        return tr("The collector at %1 refused the credentials: %2. Check the authorization header.").arg(place, answer);
    }
    if (status >= 300 && status < 400) {
        ok = false;
        const QString target = QString::fromLatin1(reply.rawHeader("Location")).simplified();
        return target.isEmpty()
            ? tr("The collector at %1 answered %2, a redirect: submission does not follow redirects.").arg(place, answer)
            : tr("The collector at %1 answered %2, a redirect to %3: submission does not follow redirects, so enter that address as the endpoint.")
                  .arg(place, answer, target.left(200));
    }
    ok = true;
    if (m_config.endpoint.scheme() == u"https") {
        const QString protocol = protocolName(reply.sslConfiguration().sessionProtocol());
        return tr("Connected securely (%1, certificate trusted): %2 from %3 (the collector answers; this test sent HEAD, submission uses POST).")
            .arg(protocol, answer, place);
    }
    return tr("Connected: %1 from %2 (the collector answers; this test sent HEAD, submission uses POST).").arg(answer, place);
}

QString ConnectionTest::describeFailure(const QNetworkReply &reply) const
{
    const QString place = placeOf(m_config.endpoint);
    switch (reply.error()) {
    case QNetworkReply::OperationCanceledError: // what a transfer timeout comes to
    case QNetworkReply::TimeoutError:
        return tr("Timed out after %1 s: %2 did not answer.").arg(m_config.timeout.count()).arg(place);
    case QNetworkReply::ConnectionRefusedError:
        return tr("Connection refused by %1: is the collector running, and on that port?").arg(place);
    case QNetworkReply::HostNotFoundError:
        return tr("Host not found: %1.").arg(m_config.endpoint.host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection without answering (an https:// collector addressed as http://?).").arg(place);
    case QNetworkReply::SslHandshakeFailedError: {
        if (m_sslErrors.isEmpty())
            return tr("The secure connection to %1 failed: %2").arg(place, reply.errorString());
        QStringList reasons;
        for (const QSslError &e : m_sslErrors)
            reasons.append(e.errorString());
        reasons.removeDuplicates();
        const QString hint = m_config.caFile.isEmpty()
            ? tr("If the collector's certificate comes from a private CA, choose that CA's certificate as the CA file.")
            : tr("The CA file %1 does not vouch for it either.").arg(m_config.caFile);
        return tr("Certificate not trusted: %1. %2").arg(reasons.join(QStringLiteral("; ")), hint);
    }
    default:
        return tr("Could not connect to %1: %2").arg(place, reply.errorString());
    }
}

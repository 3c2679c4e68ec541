#include "submissionclient.h"

#include "backoff.h"
#include "submissionlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

namespace {

constexpr qsizetype BodyExcerpt = 200;

// A collector's answer for a person: one line, at most BodyExcerpt characters.
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(BodyExcerpt * 4)).simplified();
    if (text.size() > BodyExcerpt)
        text = text.left(BodyExcerpt - 1) + QChar(0x2026);
    return text;
}

QString whereOf(const QUrl &url)
{
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

qint64 systemNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SubmissionAttempt::SubmissionAttempt(QNetworkReply *reply, QString sessionId, const SubmissionConfig &config,
                                     std::function<qint64()> now, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_sessionId(std::move(sessionId))
    , m_where(whereOf(config.endpoint))
    , m_secret(config.authHeader)
    , m_timeout(config.timeout)
    , m_now(std::move(now))
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &SubmissionAttempt::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
}

SubmissionAttempt::~SubmissionAttempt()
{
    abort();
}

void SubmissionAttempt::abort()
{
    if (!m_reply)
        return;
    m_aborted = true;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void SubmissionAttempt::onFinished()
{
    if (m_aborted || !m_reply)
        return;
    SubmissionOutcome outcome = classify();
    if (!m_secret.isEmpty())
        outcome.error.replace(m_secret, QStringLiteral("[redacted]"));
    m_reply->deleteLater();
    m_reply = nullptr;
    emit finished(outcome);
}

SubmissionOutcome SubmissionAttempt::classify()
{
    QNetworkReply *reply = m_reply;
    SubmissionOutcome o;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (statusAttribute.isValid() && statusAttribute.toInt() > 0) {
        o.httpStatus = statusAttribute.toInt();
        const QString reason = QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()).simplified();
        const QString said = excerpt(reply->readAll());
        QString status = QStringLiteral("HTTP %1").arg(o.httpStatus);
        if (!reason.isEmpty())
            status += QLatin1Char(' ') + reason;
        if (!said.isEmpty())
            status += QStringLiteral(" \u2013 ") + said;
        if (o.httpStatus >= 200 && o.httpStatus < 300) {
            o.kind = SubmissionOutcome::Accepted;
            return o;
        }
        if (o.httpStatus == 408 || o.httpStatus == 429 || o.httpStatus >= 500) {
            o.kind = SubmissionOutcome::Retry;
            if (reply->hasRawHeader("Retry-After"))
                o.retryAfter = Backoff::parseRetryAfter(reply->rawHeader("Retry-After"), m_now());
            if (o.httpStatus == 429)
                o.error = tr("The collector is busy and asked to wait: %1").arg(status);
            else if (o.httpStatus == 408)
                o.error = tr("The collector gave up waiting for the session: %1").arg(status);
            else
                o.error = tr("The collector failed to take the session: %1").arg(status);
            return o;
        }
        o.kind = SubmissionOutcome::Rejected;
        o.error = tr("The collector refused the session: %1").arg(status);
        return o;
    }

    o.kind = SubmissionOutcome::Retry;
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // what a transfer timeout comes to
    case QNetworkReply::TimeoutError:
        o.error = tr("The collector did not answer within %1 s").arg(m_timeout.count());
        break;
    case QNetworkReply::ConnectionRefusedError:
        o.error = tr("Could not connect to %1: connection refused").arg(m_where);
        break;
    case QNetworkReply::HostNotFoundError:
        o.error = tr("Could not find the collector's host %1").arg(m_where);
        break;
    case QNetworkReply::RemoteHostClosedError:
        o.error = tr("The collector at %1 closed the connection without answering").arg(m_where);
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList reasons;
        for (const QSslError &e : std::as_const(m_sslErrors))
            reasons.append(e.errorString());
        o.error = reasons.isEmpty()
            ? tr("The secure connection to %1 failed: %2").arg(m_where, reply->errorString())
            : tr("The collector's certificate is not trusted: %1").arg(reasons.join(QStringLiteral("; ")));
        break;
    }
    default:
        o.error = tr("Could not send the session to %1: %2").arg(m_where, reply->errorString());
        break;
    }
    return o;
}

SubmissionClient::SubmissionClient(QNetworkAccessManager *manager)
    : m_manager(manager)
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_now(systemNow)
{
    qRegisterMetaType<SubmissionOutcome>();
}

SubmissionClient::~SubmissionClient() = default;

Status SubmissionClient::setConfig(const SubmissionConfig &config)
{
    if (const QString error = SubmissionConfig::checkEndpoint(config.endpoint); !error.isEmpty())
        return Status::failure(error);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!config.caFile.isEmpty()) {
        const QFileInfo info(config.caFile);
        if (!info.isFile() || !info.isReadable())
            return Status::failure(tr("the submission CA file %1 cannot be read").arg(config.caFile));
        QList<QSslCertificate> certificates = QSslCertificate::fromPath(config.caFile, QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromPath(config.caFile, QSsl::Der);
        if (certificates.isEmpty())
            return Status::failure(tr("the submission CA file %1 holds no PEM or DER certificate").arg(config.caFile));
        ssl.addCaCertificates(certificates);
    }
    m_config = config;
    m_ssl = ssl;
    return succeeded();
}

SubmissionAttempt *SubmissionClient::send(const SubmissionRequest &request, QObject *parent)
{
    QNetworkRequest r(request.endpoint);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("hl7capture"));
    r.setTransferTimeout(int(std::chrono::milliseconds(m_config.timeout).count()));
    // A redirect would turn the POST into a GET or send the session where nobody configured.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (request.endpoint.scheme() == u"https")
        r.setSslConfiguration(m_ssl);
    qCDebug(lcSubmit).noquote() << "sending" << request.sessionId << "to" << whereOf(request.endpoint);
    QNetworkReply *reply = m_manager->post(r, request.body);
    return new SubmissionAttempt(reply, request.sessionId, m_config, m_now, parent);
}

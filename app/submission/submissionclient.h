#pragma once

#include "result.h"
#include "submissionconfig.h"
#include "submissionrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// What one attempt came to, and what a person should read about it.
struct SubmissionOutcome
{
    enum Kind {
        Accepted, // 2xx: the collector has the session
        Retry,    // 408, 429, 5xx, network errors, timeouts: worth trying again later
        Rejected, // any other answer: sending the same again will not help
    };
    Kind kind = Retry;
    int httpStatus = 0; // 0 when no HTTP answer came
    std::optional<std::chrono::milliseconds> retryAfter;
    QString error; // translated, with the HTTP status; never holds the Authorization value
};

Q_DECLARE_METATYPE(SubmissionOutcome)

// One request in flight: owns its reply and reports once, unless aborted (STYLE §4).
class SubmissionAttempt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionAttempt)

public:
    ~SubmissionAttempt() override;

    const QString &sessionId() const { return m_sessionId; }
    // Cancels the request; finished() is not emitted.
    void abort();

signals:
    void finished(const SubmissionOutcome &outcome);

private:
    friend class SubmissionClient;
    SubmissionAttempt(QNetworkReply *reply, QString sessionId, const SubmissionConfig &config,
                      std::function<qint64()> now, QObject *parent);
    void onFinished();
    SubmissionOutcome classify();

    QPointer<QNetworkReply> m_reply;
    QString m_sessionId;
    QString m_where;        // host:port, for messages
    QString m_secret;       // the Authorization value, scrubbed from every message
    std::chrono::seconds m_timeout;
    std::function<qint64()> m_now;
    QList<QSslError> m_sslErrors;
    bool m_aborted = false;
};

// Sends requests through a QNetworkAccessManager of the caller's thread, with the TLS trust the
// configuration asks for: the system's CAs, plus caFile's.
class SubmissionClient final
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionClient)
    Q_DISABLE_COPY_MOVE(SubmissionClient)

public:
    explicit SubmissionClient(QNetworkAccessManager *manager);
    ~SubmissionClient();

    // Fails, with a message for a person, when the endpoint is not an http(s) URL or the CA file
    // cannot be read; the previous configuration then stays.
    Status setConfig(const SubmissionConfig &config);
    const SubmissionConfig &config() const { return m_config; }
    // The TLS trust of the configuration: the system's CAs plus caFile's.
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

    // The attempt is a child of parent; it reports through finished().
    SubmissionAttempt *send(const SubmissionRequest &request, QObject *parent);

private:
    QNetworkAccessManager *m_manager;
    SubmissionConfig m_config;
    QSslConfiguration m_ssl;
    std::function<qint64()> m_now;
};

#pragma once

#include "submissionconfig.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>

class QNetworkAccessManager;
class QNetworkReply;

// "Test connection": whether the collector can be reached with a configuration, without
// submitting anything. It sends one HEAD request to the endpoint, with the configuration's
// Authorization header, timeout and CA file: a collector takes sessions by POST only, so HEAD
// creates nothing, while any HTTP answer proves the address, the port and the TLS trust. The
// answer is told in words a person understands; the Authorization value never appears in it.
// Lives on one thread (a worker's, or the GUI's: nothing in it blocks but reading the CA file).
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Starts a test; one still running is dropped without a finished(). A configuration that
    // cannot work (no endpoint, unreadable CA file) finishes at once, from the event loop.
    void start(const SubmissionConfig &config);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // ok: the collector answered and would take a POST as far as this test can tell (HTTP 401,
    // 403 and redirects are answers, but submission would fail, so they are not ok).
    void finished(bool ok, const QString &message);

private:
    void onFinished();
    void finishLater(bool ok, const QString &message);
    void finish(bool ok, QString message);
    QString describeAnswer(const QNetworkReply &reply, int status, bool &ok) const;
    QString describeFailure(const QNetworkReply &reply) const;

    QNetworkAccessManager *m_manager = nullptr; // created on first use, on this object's thread
    QPointer<QNetworkReply> m_reply;
    SubmissionConfig m_config;
    QList<QSslError> m_sslErrors;
    quint64 m_generation = 0; // a finish queued for an earlier test is dropped
    bool m_running = false;
};

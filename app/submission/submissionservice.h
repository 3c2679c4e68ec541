#pragma once

#include "submissionconfig.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>

class QThread;
class SessionStore;
class SubmissionWorker;

// Sends pending sessions to the collector from a "Submission" thread: oldest first, at most
// concurrency at a time, every interval, whenever a pending session is saved and on request.
// 2xx → submitted; 408, 429, 5xx and network errors are retried with backoff (Retry-After
// honoured) up to maxRetries attempts, then failed; other answers fail at once.
// The store must outlive the service (or shut it down first).
class SubmissionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionService)

public:
    explicit SubmissionService(SessionStore *store, QObject *parent = nullptr);
    ~SubmissionService() override; // shuts down

    // Applies at once, also while running; an empty endpoint stops sending (sessions stay
    // pending). A configuration that cannot work → configurationError, nothing sent.
    void setConfig(const SubmissionConfig &config);
    void start(); // asks the store for its pending sessions and starts sending

    void submitNow();                    // every pending session is due now, backoff or not
    void retry(const QStringList &ids);  // back to pending, 0 attempts, due now
    void ignore(const QStringList &ids); // never sent again

    // Seams for tests: the clock of every timestamp and due time, and the first backoff step.
    void setClock(std::function<qint64()> now);
    void setBackoffBase(std::chrono::milliseconds base);

    // Aborts what is in flight (nothing aborted is marked submitted) and stops the thread.
    // Updates already handed to the store are written by the store's own shutdown.
    void shutdown();

signals:
    void progress(int inFlight, int queued);
    void sessionSubmitted(const QString &id);
    void sessionFailed(const QString &id, const QString &error, bool final);
    void idle(); // nothing queued, nothing in flight, nothing waiting for a retry
    void configurationError(const QString &error);

private:
    template <typename Call>
    void post(Call &&call);

    QThread *m_thread;
    SubmissionWorker *m_worker;
};

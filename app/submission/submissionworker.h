#pragma once

#include "submissionclient.h"
#include "submissionconfig.h"

#include "datadirectory.h"
#include "sessionsummary.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class SessionStore;

// Lives on the "Submission" thread; only SubmissionService talks to it, with queued calls in and
// signals out. It talks to the store only through SessionStore's queued calls and signals.
//
// The crash rule: a session becomes submitted only in the update sent after a 2xx arrived, and
// each attempt's result is confirmed saved (the store's saved() for that id) before the next
// attempt for that session is scheduled. A crash in between leaves the session pending with its
// last saved attempt count; it is sent again (same Idempotency-Key) at the next start.
class SubmissionWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionWorker)

public:
    SubmissionWorker(SessionStore *store, const DataDirectory &dir);
    ~SubmissionWorker() override;

    void start();
    void setConfig(const SubmissionConfig &config);
    void setClock(std::function<qint64()> now);
    void setBackoffBase(std::chrono::milliseconds base) { m_backoffBase = base; }
    void submitNow();
    void retry(const QStringList &ids);
    void ignore(const QStringList &ids);
    void stop(); // aborts what is in flight; nothing aborted is marked submitted

    // The store's answers.
    void takePending(const QList<SessionSummary> &summaries);
    void takeOpened(const QList<SessionSummary> &summaries);
    void takeSaved(const SessionSummary &summary);
    void takeUpdateFailed(const QString &id, const QString &error);
    void takeRemoved(const QString &id);

signals:
    void progress(int inFlight, int queued);
    void sessionSubmitted(const QString &id);
    void sessionFailed(const QString &id, const QString &error, bool final);
    void idle();
    void configurationError(const QString &error);

private:
    struct Entry
    {
        enum class State { Waiting, InFlight, Saving };
        State state = State::Waiting;
        qint64 startTime = 0;
        qint64 dueAt = 0; // ms since the epoch
        int attempts = 0; // as the file said when the attempt began
        SubmissionAttempt *attempt = nullptr;
        QString error;   // of the attempt being saved
        bool final = false;
    };

    void consider(const SessionSummary &summary);
    void pump();
    void begin(const QString &id, Entry &entry);
    void attemptFinished(const QString &id, const SubmissionOutcome &outcome);
    void forget(const QString &id);
    void requestPending();
    void reportProgress();
    int inFlight() const;

    SessionStore *m_store;
    DataDirectory m_dir;
    QNetworkAccessManager *m_network;
    SubmissionClient m_client;
    SubmissionConfig m_config;
    bool m_enabled = false;
    bool m_started = false;
    bool m_stopping = false;
    bool m_awaitingPending = false;
    QHash<QString, Entry> m_entries;
    QTimer *m_intervalTimer;
    QTimer *m_wakeTimer;
    std::function<qint64()> m_now;
    std::chrono::milliseconds m_backoffBase;
    QPair<int, int> m_lastProgress{-1, -1};
};

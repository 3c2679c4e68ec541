#pragma once

#include "datadirectory.h"
#include "recoveryreport.h"
#include "retentioncleanup.h"
#include "session.h"
#include "sessionsummary.h"
#include "submissionupdate.h"

#include <QObject>

#include <chrono>
#include <functional>

class QThread;
class SessionStoreWorker;

// The session store as the app sees it: every call is queued to a worker on the store's own
// thread and answered by a signal, so no caller ever waits for a disk. Calls run in the order
// they were made, so the writes of one session apply in order.
class SessionStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStore)

public:
    explicit SessionStore(const DataDirectory &dir, QObject *parent = nullptr);
    ~SessionStore() override; // shuts down, draining every queued write

    const DataDirectory &directory() const { return m_dir; }

    void open();                              // -> opened | openFailed
    void save(const Session &session);        // -> saved | saveFailed (kept in memory, retried)
    // A session from a capture: saved like save(), unless the store already holds the same
    // capture (a file imported twice) -> captureSkipped. Safe to call from any thread.
    void saveCaptured(const Session &session);
    void remove(const QString &id);           // -> removed | removeFailed
    void requestSession(const QString &id);   // -> sessionLoaded | sessionLoadFailed
    void importSessions(const QString &folder); // -> imported | importFailed
    // Changes only the submission state, on the file as it is now (safe to call from any thread)
    // -> saved | saveFailed (kept in memory, retried) | submissionUpdateFailed (gone, damaged,
    // or not in update.onlyIf's state: nothing written)
    void updateSubmission(const QString &id, const SubmissionUpdate &update);
    // The sessions waiting to be submitted, unsaved ones included (safe to call from any
    // thread) -> pendingSessions; empty before the store is open.
    void requestPending();

    // Off (the setting enablePersistence): sessions saved from now on are kept in memory only,
    // announced by saved() with summary.unsaved set, and dropped at shutdown. On again: those
    // still in memory are written at once.
    void setPersistence(bool enabled);

    // How soon a failed write is tried again, doubling up to max.
    void setRetryInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);

    // Retention cleanup on the store's thread: once right away (or as soon as the store opens),
    // then every interval (std::chrono::hours converts), with this policy; a new call replaces
    // the schedule, an interval of zero stops it. -> cleanupFinished | cleanupFailed
    void setCleanupSchedule(std::chrono::milliseconds interval, const CleanupPolicy &policy);
    void runCleanup(const CleanupPolicy &policy); // once, on request -> cleanupFinished | cleanupFailed

    // The store's clock (ms since the epoch) for savedAt, expiry and trash names, so tests need
    // not wait for real time. It is called on the store's thread.
    void setClock(std::function<qint64()> now);

    // Runs every call made so far, tries failed writes once more, then stops the thread. Sessions
    // that still cannot be written are copied to DIR/unsaved/ (or the temp folder) and reported.
    void shutdown();

signals:
    void opened(const QList<SessionSummary> &summaries, const RecoveryReport &report);
    void openFailed(const QString &error);
    void saved(const SessionSummary &summary);
    void saveFailed(const SessionSummary &summary, const QString &error);
    void captureSkipped(const QString &existingId);
    void removed(const QString &id);
    void removeFailed(const QString &id, const QString &error);
    void sessionLoaded(const Session &session);
    void sessionLoadFailed(const QString &id, const QString &error);
    void imported(const ImportReport &report, const QList<SessionSummary> &summaries);
    void importFailed(const QString &folder, const QString &error);
    void submissionUpdateFailed(const QString &id, const QString &error);
    void pendingSessions(const QList<SessionSummary> &summaries);
    void unsavedAtShutdown(const QStringList &paths);
    void cleanupFinished(const CleanupReport &report);
    void cleanupFailed(const QString &error);

private:
    template <typename Call>
    void post(Call &&call);

    DataDirectory m_dir;
    QThread *m_thread = nullptr;
    SessionStoreWorker *m_worker = nullptr; // lives on m_thread; deleted when it finishes
};

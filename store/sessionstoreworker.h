#pragma once

#include "recoveryreport.h"
#include "retentioncleanup.h"
#include "sessionrepository.h"
#include "sessionsummary.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

// Lives on the store's thread and owns the repository; only SessionStore talks to it, with
// queued calls in and signals out.
class SessionStoreWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStoreWorker)

public:
    explicit SessionStoreWorker(const DataDirectory &dir);
    ~SessionStoreWorker() override;

    void open();
    void save(const Session &session);
    void saveCaptured(const Session &session);
    void remove(const QString &id);
    void load(const QString &id);
    void importSessions(const QString &folder);
    void updateSubmission(const QString &id, const SubmissionUpdate &update); // sessionstoresubmission.cpp
    void requestPending();                                                    // sessionstoresubmission.cpp
    void setRetryInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void setPersistence(bool enabled);
    void drain();

    // Retention cleanup: every interval (and at once when the store is open, or as soon as it
    // opens) with this policy; an interval of zero stops the schedule.
    void setCleanupSchedule(std::chrono::milliseconds interval, const CleanupPolicy &policy);
    void runCleanup(const CleanupPolicy &policy); // once, now
    // The clock of every "now" the store takes (savedAt, trash names, expiry); called on this thread.
    void setClock(std::function<qint64()> now);

signals:
    void opened(const QList<SessionSummary> &summaries, const RecoveryReport &report);
    void openFailed(const QString &error);
    void saved(const SessionSummary &summary);
    void saveFailed(const SessionSummary &summary, const QString &error);
    void captureSkipped(const QString &existingId);
    void removed(const QString &id);
    void removeFailed(const QString &id, const QString &error);
    void loaded(const Session &session);
    void loadFailed(const QString &id, const QString &error);
    void imported(const ImportReport &report, const QList<SessionSummary> &summaries);
    void importFailed(const QString &folder, const QString &error);
    void submissionUpdateFailed(const QString &id, const QString &error);
    void pendingSessions(const QList<SessionSummary> &summaries);
    void unsavedAtShutdown(const QStringList &paths);
    void cleanupFinished(const CleanupReport &report);
    void cleanupFailed(const QString &error);

private:
    bool write(Session session);
    void keepInMemory(const Session &session);
    void retryUnsaved();
    void keepUnsaved(const Session &session, const QString &error);
    QStringList writeEmergencyCopies();
    void startCleanupSchedule();

    SessionRepository m_repository;
    QHash<QString, Session> m_unsaved; // writes that failed, retried until they succeed
    // Ids in m_unsaved saved while persistence was off: never retried, never copied at shutdown.
    QSet<QString> m_memoryOnly;
    bool m_persist = true;
    // Capture fingerprint -> id, built at the first saveCaptured() and kept up to date after.
    std::optional<QHash<QByteArray, QString>> m_captures;
    QTimer m_retryTimer;
    QTimer m_cacheTimer;
    std::chrono::milliseconds m_firstRetry{1000};
    std::chrono::milliseconds m_maxRetry{60'000};
    std::chrono::milliseconds m_nextRetry{1000};
    QTimer m_cleanupTimer;
    std::chrono::milliseconds m_cleanupInterval{0}; // 0: no schedule
    CleanupPolicy m_cleanupPolicy;
};

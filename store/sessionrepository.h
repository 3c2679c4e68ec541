#pragma once

#include "datadirectory.h"
#include "recoveryreport.h"
#include "result.h"
#include "session.h"
#include "submissionupdate.h"
#include "summarycache.h"

#include <QHash>
#include <QLockFile>

#include <functional>
#include <memory>
#include <optional>

// The sessions of one data folder, synchronous and single-threaded: SessionStore runs one on its
// worker thread, the CLI uses one directly. Summaries stay in memory; a session's messages and
// bytes are read from its file when someone asks for them.
class SessionRepository
{
public:
    enum class Access {
        Exclusive, // holds the folder's lock: recovers, quarantines, writes
        ReadOnly,  // reads what is there and changes nothing, e.g. while the app runs
    };

    explicit SessionRepository(DataDirectory dir);
    ~SessionRepository();
    Q_DISABLE_COPY_MOVE(SessionRepository)

    // Recovers interrupted writes, then loads every valid file; invalid ones go to quarantine.
    Status open(Access access = Access::Exclusive);
    bool isOpen() const { return m_open; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    const DataDirectory &directory() const { return m_dir; }
    const RecoveryReport &openReport() const { return m_report; }

    QList<SessionSummary> summaries() const;
    // Every summary, newest first, without copying them: valid until the repository changes.
    QList<const SessionSummary *> newestFirst() const;
    std::optional<SessionSummary> summary(const QString &id) const;
    bool exists(const QString &id) const;
    qsizetype count() const { return m_entries.size(); }

    Result<Session> load(const QString &id);

    // Gives a new session an id and number, stamps savedAt and writes it durably. On failure
    // nothing on disk changed and the error says why.
    Result<SessionSummary> save(Session session);

    // For bulk imports: while deferred, save() leaves the sessions folder's sync to
    // syncSavedSessions(), which does it once for every file saved since the last one. A file is
    // still complete on disk before its name appears; what a crash can take away are the names
    // saved since the last sync, so a caller counts those sessions as saved only once
    // syncSavedSessions() succeeded. Turning deferral off syncs what is pending.
    Status setFolderSyncDeferred(bool deferred);
    Status syncSavedSessions();

    // Changes only the submission state of one session: reads its file, applies update, saves
    // durably. Fails when the session is gone, damaged, or not in update.onlyIf's state.
    Result<SessionSummary> updateSubmission(const QString &id, const SubmissionUpdate &update);

    // Moves the file to DIR/trash/deleted-<time>/, from where the retention cleanup purges it.
    Status remove(const QString &id);

    // For the retention cleanup: moves the session's file into folder, a folder inside
    // DIR/trash/ that the caller made, and forgets the session as remove() does. Gives the size
    // of the file moved.
    Result<qint64> moveToTrash(const QString &id, const QString &folder);

    // An id no file in the folder has, and no session known here.
    QString newId(qint64 startTime) const;

    // Sessions whose retention has run out at nowMs, with each session's own retention or,
    // when given, the one configured today.
    QList<SessionSummary> expired(qint64 nowMs, std::optional<int> retentionDays = std::nullopt) const;

    // Copies another folder's session files in through save(); the same capture is never imported twice.
    Result<ImportReport> importSessions(const QString &folder);

    Status flushSummaryCache();

    void setClock(std::function<qint64()> now) { m_now = std::move(now); }
    qint64 now() const { return m_now(); }

private:
    Status requireWritable() const;
    QString pathOf(const QString &id) const;
    void loadAll(const QList<ScannedFile> &files);
    void restoreUnsaved();
    Result<SessionSummary> store(Session &session);
    Result<QString> idForImport(const Session &session) const;

    DataDirectory m_dir;
    Access m_access = Access::Exclusive;
    bool m_open = false;
    std::unique_ptr<QLockFile> m_lock;
    SummaryTable m_entries;
    qint64 m_highestNumber = 0;
    bool m_cacheDirty = false;
    bool m_folderSyncDeferred = false;
    bool m_folderSyncPending = false;
    RecoveryReport m_report;
    std::function<qint64()> m_now;
};

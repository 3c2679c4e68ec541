#pragma once

#include "result.h"
#include "session.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

class SessionRepository;

// What one cleanup run applies: today's settings, not what each file was saved with.
struct CleanupPolicy
{
    int retentionDays = DefaultRetentionDays; // clamped to MinRetentionDays..MaxRetentionDays
    // Pending and failed sessions never reached the collector: they stay past their retention
    // until they are submitted or ignored, unless this is on.
    bool purgeUnsubmitted = false;
    bool dryRun = false; // report what would go; nothing on disk changes

    friend bool operator==(const CleanupPolicy &, const CleanupPolicy &) = default;
};

// What one run did, or in a dry run would do.
struct CleanupReport
{
    int filesDeleted = 0;   // session files moved to the trash by this run
    qint64 bytesFreed = 0;  // their sizes (the trash frees the space when it is purged)
    int filesInTrash = 0;   // files the trash holds after the run
    int keptUnsubmitted = 0; // expired, but pending or failed and kept for the collector
    bool dryRun = false;
    qint64 startTime = 0; // the run's "now", ms since the epoch
    qint64 endTime = 0;   // startTime plus the time the run took
    QStringList sessions; // ids moved to the trash, newest first
    QString trashFolder;  // DIR/trash/cleanup-<time>/, or where it would be; empty if nothing moved
    QStringList errors;   // what could not be moved or purged; the run went on without it

    // Exactly filesDeleted, bytesFreed, filesInTrash, keptUnsubmitted, dryRun, startTime,
    // endTime and sessions; "errors" is added only when there were some.
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(CleanupPolicy)
Q_DECLARE_METATYPE(CleanupReport)

// The retention cleanup: expired sessions to DIR/trash/cleanup-<time>/, trash older than
// TrashKeptDays purged. Synchronous; SessionStoreWorker runs it on the store's thread.
namespace RetentionCleanup {

constexpr int TrashKeptDays = 7;

// One run at nowMs, or at the repository's clock when not given. Fails only when the repository
// cannot do the run at all (not open, or read-only for a run that is not dry); what goes wrong
// with single files is in the report's errors.
Result<CleanupReport> run(SessionRepository &repository, const CleanupPolicy &policy,
                          std::optional<qint64> nowMs = std::nullopt);

// "cleanup-20261124T153000Z": sortable, safe in any file system, UTC.
QString trashFolderName(qint64 nowMs);

// When a trash entry was put there, read from its name ("cleanup-20261124T153000Z",
// "deleted-20261124-153000", either with a ".N" suffix); nullopt for other names.
std::optional<qint64> timeFromTrashName(const QString &name);

} // namespace RetentionCleanup

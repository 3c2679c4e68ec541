#include "retentioncleanup.h"

#include "durablefile.h"
#include "sessionid.h"
#include "sessionrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RetentionCleanup)
};

// Deeper than anything the store makes; a deeper tree is left alone and reported rather than
// risking the stack on a folder someone built by hand.
constexpr int MaxTrashDepth = 32;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString childPath(const QString &folder, const QByteArray &name)
{
    return folder + QLatin1Char('/') + QFile::decodeName(name);
}

// Counts, and with remove deletes, what is under parentFd/name. Every step goes through the
// descriptor of the folder above it and never follows a link, so nothing outside the trash is
// read or deleted, whatever links someone put in there.
int walkTrashEntry(int parentFd, const QByteArray &name, const QString &path, bool remove, int depth,
                   QStringList &errors)
{
    struct stat st {};
    if (::fstatat(parentFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        errors.append(Tr::tr("cannot read %1: %2").arg(path, systemError(errno)));
        return 0;
    }
    if (!S_ISDIR(st.st_mode)) {
        if (remove && ::unlinkat(parentFd, name.constData(), 0) != 0) {
            errors.append(Tr::tr("cannot purge %1: %2").arg(path, systemError(errno)));
            return 1;
        }
        return remove ? 0 : 1;
    }
    if (depth >= MaxTrashDepth) {
        errors.append(Tr::tr("%1 is nested too deeply to purge").arg(path));
        return 0;
    }
    const int fd = ::openat(parentFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        errors.append(Tr::tr("cannot open folder %1: %2").arg(path, systemError(errno)));
        return 0;
    }
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        errors.append(Tr::tr("cannot open folder %1: %2").arg(path, systemError(errno)));
        ::close(fd);
        return 0;
    }
    // Names first, then the work: deleting while readdir() runs may skip entries.
    QList<QByteArray> names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray child(entry->d_name);
        if (child != "." && child != "..")
            names.append(child);
    }
    int remaining = 0;
    for (const QByteArray &child : std::as_const(names))
        remaining += walkTrashEntry(fd, child, childPath(path, child), remove, depth + 1, errors);
    ::closedir(dir); // closes fd
    if (remove && remaining == 0 && ::unlinkat(parentFd, name.constData(), AT_REMOVEDIR) != 0)
        errors.append(Tr::tr("cannot purge %1: %2").arg(path, systemError(errno)));
    return remaining;
}

struct TrashEntry
{
    QByteArray name;
    qint64 time = 0; // when it was put in the trash
};

// The entries directly in the trash, with when each came there. False when the trash exists but
// cannot be read (or is a link, which is never followed).
bool listTrash(const QString &trash, int &trashFd, QList<TrashEntry> &entries, QStringList &errors)
{
    trashFd = ::open(QFile::encodeName(trash).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (trashFd < 0) {
        if (errno == ENOENT)
            return true;
        errors.append(Tr::tr("cannot open the trash %1: %2").arg(trash, systemError(errno)));
        return false;
    }
    DIR *dir = ::fdopendir(::dup(trashFd));
    if (!dir) {
        errors.append(Tr::tr("cannot open the trash %1: %2").arg(trash, systemError(errno)));
        return false;
    }
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        TrashEntry e{name, 0};
        if (const auto fromName = RetentionCleanup::timeFromTrashName(QFile::decodeName(name))) {
            e.time = *fromName;
        } else {
            struct stat st {};
            if (::fstatat(trashFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
                errors.append(Tr::tr("cannot read %1: %2").arg(childPath(trash, name), systemError(errno)));
                continue;
            }
            e.time = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
        }
        entries.append(e);
    }
    ::closedir(dir);
    return true;
}

} // namespace

QJsonObject CleanupReport::toJson() const
{
    QJsonObject json{
        {QStringLiteral("filesDeleted"), filesDeleted},
        {QStringLiteral("bytesFreed"), bytesFreed},
        {QStringLiteral("filesInTrash"), filesInTrash},
        {QStringLiteral("keptUnsubmitted"), keptUnsubmitted},
        {QStringLiteral("dryRun"), dryRun},
        {QStringLiteral("startTime"), startTime},
        {QStringLiteral("endTime"), endTime},
        {QStringLiteral("sessions"), QJsonArray::fromStringList(sessions)},
    };
    if (!errors.isEmpty())
        json.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    return json;
}

namespace RetentionCleanup {

QString trashFolderName(qint64 nowMs)
{
    return QStringLiteral("cleanup-")
        + QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

std::optional<qint64> timeFromTrashName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z]+-(\\d{8})(?:T(\\d{6})Z|-(\\d{6}))(?:\\.\\d+)?$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
    const QString timeText = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
    const QTime time = QTime::fromString(timeText, QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

Result<CleanupReport> run(SessionRepository &repository, const CleanupPolicy &policy, std::optional<qint64> nowMs)
{
    using R = Result<CleanupReport>;
    const DataDirectory &dir = repository.directory();
    if (!repository.isOpen())
        return R::failure(Tr::tr("the session store at %1 is not open").arg(dir.root()));
    if (repository.isReadOnly() && !policy.dryRun)
        return R::failure(Tr::tr("the session store at %1 is open read-only").arg(dir.root()));

    QElapsedTimer elapsed;
    elapsed.start();
    CleanupReport report;
    report.dryRun = policy.dryRun;
    report.startTime = nowMs.value_or(repository.now());
    const qint64 now = report.startTime;
    const int days = qBound(MinRetentionDays, policy.retentionDays, MaxRetentionDays);

    // Today's retention decides, not the one each file was saved with: a shorter setting applies
    // to sessions already stored, without rewriting every file.
    QList<SessionSummary> toMove;
    for (const SessionSummary &s : repository.expired(now, days)) {
        const bool unsubmitted = s.submissionStatus == SubmissionStatus::Pending
            || s.submissionStatus == SubmissionStatus::Failed;
        if (unsubmitted && !policy.purgeUnsubmitted)
            ++report.keptUnsubmitted;
        else
            toMove.append(s);
    }

    const QString trash = dir.trash();
    const QString folder = DurableFile::freeName(trash, trashFolderName(now));
    if (!toMove.isEmpty())
        report.trashFolder = folder;
    if (policy.dryRun) {
        for (const SessionSummary &s : std::as_const(toMove)) {
            const std::optional<FileStamp> stamp = SessionId::isSafe(s.id)
                ? stampOf(dir.sessions() + QLatin1Char('/') + SessionId::fileNameFor(s.id))
                : std::nullopt;
            if (!stamp) {
                report.errors.append(Tr::tr("there is no session %1 in %2").arg(s.id, dir.sessions()));
                continue;
            }
            ++report.filesDeleted;
            report.bytesFreed += stamp->size;
            report.sessions.append(s.id);
        }
    } else if (!toMove.isEmpty()) {
        Status made = DurableFile::ensurePrivateDirectory(trash);
        if (made)
            made = DurableFile::ensurePrivateDirectory(folder);
        if (!made) {
            report.errors.append(made.error());
            report.trashFolder.clear();
        } else {
            for (const SessionSummary &s : std::as_const(toMove)) {
                Result<qint64> moved = repository.moveToTrash(s.id, folder);
                if (!moved) {
                    report.errors.append(moved.error());
                    continue;
                }
                ++report.filesDeleted;
                report.bytesFreed += moved.value();
                report.sessions.append(s.id);
            }
        }
    }

    // Purge: what came into the trash more than TrashKeptDays ago. The folder this run made is
    // among the entries, dated now, so it stays.
    int trashFd = -1;
    QList<TrashEntry> entries;
    if (listTrash(trash, trashFd, entries, report.errors) && trashFd >= 0) {
        const qint64 purgeBefore = now - qint64(TrashKeptDays) * MillisecondsPerDay;
        for (const TrashEntry &e : std::as_const(entries)) {
            const bool due = e.time < purgeBefore;
            if (due && policy.dryRun)
                continue; // would be gone: not among the files left in the trash
            // What a purge could not delete is still in the trash, and counted.
            report.filesInTrash += walkTrashEntry(trashFd, e.name, childPath(trash, e.name), due, 0, report.errors);
        }
    }
    if (trashFd >= 0)
        ::close(trashFd);
    if (policy.dryRun)
        report.filesInTrash += report.filesDeleted;

    report.endTime = now + elapsed.elapsed();
    return R::success(std::move(report));
}

} // namespace RetentionCleanup

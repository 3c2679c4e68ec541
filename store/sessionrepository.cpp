#include "sessionrepository.h"

#include "directoryscan.h"
#include "durablefile.h"
#include "quarantine.h"
#include "recovery.h"
#include "sessioncodec.h"
#include "sessionid.h"
#include "storelog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <atomic>
#include <sys/stat.h>
#include <thread>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)
};

const QString JsonSuffix = QStringLiteral(".json");

QString idOfFileName(const QString &name)
{
    return name.endsWith(JsonSuffix) ? name.chopped(JsonSuffix.size()) : QString();
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    return Result<QByteArray>::success(file.readAll());
}

struct ParseOutcome
{
    std::optional<SessionSummary> summary;
    QString error;
    bool unreadable = false; // the file could not be read at all: not a reason for quarantine
};

// Reading every file is the slow path (a first start, or files copied in from elsewhere), so it
// uses every core. Each worker only touches its own slots of `outcomes`.
std::vector<ParseOutcome> parseInParallel(const QString &folder, const QList<ScannedFile> &files)
{
    std::vector<ParseOutcome> outcomes(files.size());
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < files.size(); i = next++) {
            const QString path = folder + QLatin1Char('/') + files.at(i).name;
            Result<QByteArray> bytes = readFile(path);
            if (!bytes) {
                outcomes[i].error = bytes.error();
                outcomes[i].unreadable = true;
                continue;
            }
            Result<Session> session = SessionCodec::decode(bytes.value(), idOfFileName(files.at(i).name),
                                                           SessionCodec::Detail::Summary);
            if (session)
                outcomes[i].summary = SessionSummary::of(session.value());
            else
                outcomes[i].error = session.error();
        }
    };
    const int threads = qBound(1, QThread::idealThreadCount(), int(files.size() / 16) + 1);
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    return outcomes;
}

} // namespace

SessionRepository::SessionRepository(DataDirectory dir)
    : m_dir(std::move(dir))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

SessionRepository::~SessionRepository()
{
    if (m_open && !isReadOnly()) {
        if (Status s = flushSummaryCache(); !s)
            qCWarning(lcStore).noquote() << s.error();
    }
}

Status SessionRepository::open(Access access)
{
    m_access = access;
    m_report = RecoveryReport{};
    m_report.dataDirectory = m_dir.root();
    if (access == Access::Exclusive) {
        for (const QString &folder : {m_dir.root(), m_dir.sessions()}) {
            if (Status s = DurableFile::ensurePrivateDirectory(folder); !s)
                return s;
        }
        m_lock = std::make_unique<QLockFile>(m_dir.lockFile());
        m_lock->setStaleLockTime(0); // held for the app's lifetime; only a dead holder makes it stale
        bool locked = m_lock->tryLock(0);
        // With no stale time, QLockFile never gives up a lock file that is empty (a power cut
        // right after it was created) or that names this very pid (reused after a reboot).
        // removeStaleLockFile() deletes only a lock no live process holds, so trying is safe.
        if (!locked && m_lock->error() == QLockFile::LockFailedError && m_lock->removeStaleLockFile())
            locked = m_lock->tryLock(0);
        if (!locked) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            const QString error = m_lock->error() == QLockFile::LockFailedError
                ? Tr::tr("the data folder %1 is in use by %2 (process %3)").arg(m_dir.root(), app).arg(pid)
                : Tr::tr("cannot lock the data folder %1").arg(m_dir.root());
            m_lock.reset();
            return Status::failure(error);
        }
    } else if (!QFileInfo(m_dir.root()).isDir()) {
        return Status::failure(Tr::tr("there is no data folder at %1").arg(m_dir.root()));
    }
    // One scan serves recovery and loading; only when recovery changed the folder is it read again.
    QList<ScannedFile> files = scanRegularFiles(m_dir.sessions());
    if (access == Access::Exclusive && Recovery::recoverInterruptedWrites(m_dir, files, m_report))
        files = scanRegularFiles(m_dir.sessions());
    loadAll(files);
    m_open = true;
    if (access == Access::Exclusive) {
        restoreUnsaved();
        if (Status s = flushSummaryCache(); !s)
            qCWarning(lcStore).noquote() << s.error();
    }
    m_report.sessionsLoaded = int(m_entries.size());
    return succeeded();
}

void SessionRepository::loadAll(const QList<ScannedFile> &files)
{
    // The cache's entries are moved out as they are matched, so the table is never held twice.
    SummaryTable cache = SummaryCache::load(m_dir.summaryCache());
    const qsizetype cachedCount = cache.size();
    m_entries.clear();
    m_entries.reserve(files.size());
    QList<ScannedFile> toParse;
    for (const ScannedFile &file : files) {
        if (!file.name.endsWith(JsonSuffix)) // never true of an interrupted write's leftover
            continue;
        const QString id = idOfFileName(file.name);
        const auto cached = cache.find(id);
        if (cached != cache.end() && cached->stamp == file.stamp) {
            m_entries.insert(id, std::move(*cached));
            cache.erase(cached);
        } else {
            toParse.append(file);
        }
    }
    cache = {};
    m_report.sessionsRead = int(toParse.size());
    m_cacheDirty = !toParse.isEmpty() || m_entries.size() != cachedCount;

    const std::vector<ParseOutcome> outcomes = parseInParallel(m_dir.sessions(), toParse);
    for (qsizetype i = 0; i < toParse.size(); ++i) {
        const ScannedFile &file = toParse.at(i);
        const ParseOutcome &outcome = outcomes[i];
        if (outcome.summary) {
            m_entries.insert(outcome.summary->id, {file.stamp, *outcome.summary});
            if (m_access == Access::Exclusive && file.mode != 0600)
                ::chmod(QFile::encodeName(m_dir.sessions() + QLatin1Char('/') + file.name).constData(), 0600);
            continue;
        }
        const QString path = m_dir.sessions() + QLatin1Char('/') + file.name;
        if (m_access == Access::ReadOnly || outcome.unreadable) {
            if (outcome.unreadable)
                qCWarning(lcStore).noquote() << outcome.error;
            m_report.unreadable.append(path);
            continue;
        }
        if (auto moved = Quarantine::moveIn(m_dir, path, outcome.error))
            m_report.quarantined.append(moved.value());
        else
            qCWarning(lcStore).noquote() << moved.error();
    }
    for (const CachedSummary &c : std::as_const(m_entries))
        m_highestNumber = qMax(m_highestNumber, c.summary.sessionNumber);
}

void SessionRepository::restoreUnsaved()
{
    // Sessions that could not be written before the last shutdown (see SessionStore) wait in
    // DIR/unsaved/ or its fallback in the temp location; a newer copy already in the store wins.
    for (const QString &folder : {m_dir.unsaved(), m_dir.unsavedFallback()}) {
    for (const ScannedFile &file : scanRegularFiles(folder)) {
        const QString path = folder + QLatin1Char('/') + file.name;
        Result<QByteArray> bytes = readFile(path);
        Result<Session> session = bytes ? SessionCodec::decode(bytes.value(), idOfFileName(file.name))
                                        : Result<Session>::failure(bytes.error());
        if (!session) {
            if (auto moved = Quarantine::moveIn(m_dir, path, session.error()))
                m_report.quarantined.append(moved.value());
            continue;
        }
        const std::optional<SessionSummary> current = summary(session->id);
        if (!current || current->savedAt < session->savedAt) {
            Session restored = std::move(session).value();
            if (!store(restored))
                continue;
            m_report.unsavedRestored.append(restored.id);
        }
        QFile::remove(path);
    }
    }
}

Status SessionRepository::requireWritable() const
{
    if (!m_open)
        return Status::failure(Tr::tr("the session store at %1 is not open").arg(m_dir.root()));
    if (isReadOnly())
        return Status::failure(Tr::tr("the session store at %1 is open read-only").arg(m_dir.root()));
    return succeeded();
}

QString SessionRepository::pathOf(const QString &id) const
{
    Q_ASSERT(SessionId::isSafe(id));
    return m_dir.sessions() + QLatin1Char('/') + SessionId::fileNameFor(id);
}

QList<SessionSummary> SessionRepository::summaries() const
{
    QList<SessionSummary> list;
    list.reserve(m_entries.size());
    for (const CachedSummary &c : m_entries)
        list.append(c.summary);
    return list;
}

QList<const SessionSummary *> SessionRepository::newestFirst() const
{
    QList<const SessionSummary *> list;
    list.reserve(m_entries.size());
    for (const CachedSummary &c : m_entries)
        list.append(&c.summary);
    std::sort(list.begin(), list.end(), [](const SessionSummary *a, const SessionSummary *b) { return isNewer(*a, *b); });
    return list;
}

std::optional<SessionSummary> SessionRepository::summary(const QString &id) const
{
    if (!SessionId::isSafe(id))
        return std::nullopt;
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return std::nullopt;
    return it->summary;
}

bool SessionRepository::exists(const QString &id) const
{
    return summary(id).has_value();
}

Result<Session> SessionRepository::load(const QString &id)
{
    if (!SessionId::isSafe(id))
        return Result<Session>::failure(Tr::tr("\"%1\" is not a valid session id").arg(id.left(80)));
    const QString path = pathOf(id);
    if (!QFileInfo::exists(path))
        return Result<Session>::failure(Tr::tr("there is no session %1 in %2").arg(id, m_dir.sessions()));
    Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return Result<Session>::failure(bytes.error());
    Result<Session> session = SessionCodec::decode(bytes.value(), id);
    if (!session && !isReadOnly()) {
        m_entries.remove(id);
        m_cacheDirty = true;
        auto moved = Quarantine::moveIn(m_dir, path, session.error());
        return Result<Session>::failure(moved ? Tr::tr("session %1 is damaged (%2) and was moved to %3")
                                                    .arg(id, session.error(), moved->movedTo)
                                              : Tr::tr("session %1 is damaged: %2").arg(id, session.error()));
    }
    if (!session)
        return Result<Session>::failure(Tr::tr("session %1 is damaged: %2").arg(id, session.error()));
    return session;
}

QString SessionRepository::newId(qint64 startTime) const
{
    for (;;) {
        const QString id = SessionId::generate(startTime);
        if (!m_entries.contains(id) && !QFileInfo::exists(pathOf(id)))
            return id;
    }
}

Result<SessionSummary> SessionRepository::save(Session session)
{
    if (Status s = requireWritable(); !s)
        return Result<SessionSummary>::failure(s.error());
    if (session.id.isEmpty())
        session.id = newId(session.startTime);
    else if (!SessionId::isSafe(session.id))
        return Result<SessionSummary>::failure(Tr::tr("\"%1\" is not a valid session id").arg(session.id.left(80)));
    return store(session);
}

Result<SessionSummary> SessionRepository::store(Session &session)
{
    if (session.sessionNumber <= 0) {
        const auto known = m_entries.constFind(session.id);
        session.sessionNumber = known != m_entries.cend() && known->summary.sessionNumber > 0
            ? known->summary.sessionNumber
            : m_highestNumber + 1;
    }
    session.retentionDays = qBound(MinRetentionDays, session.retentionDays, MaxRetentionDays);
    session.savedAt = m_now();
    const QString path = pathOf(session.id);
    const auto folderSync = m_folderSyncDeferred ? DurableFile::FolderSync::ByCaller : DurableFile::FolderSync::Now;
    if (Status s = DurableFile::write(path, SessionCodec::encode(session), folderSync); !s)
        return Result<SessionSummary>::failure(s.error());
    m_folderSyncPending = m_folderSyncPending || m_folderSyncDeferred;
    session.schemaVersion = SessionCodec::SchemaVersionString;
    SessionSummary summary = SessionSummary::of(session);
    m_entries.insert(session.id, {stampOf(path).value_or(FileStamp{}), summary});
    m_highestNumber = qMax(m_highestNumber, session.sessionNumber);
    m_cacheDirty = true;
    return Result<SessionSummary>::success(std::move(summary));
}

Status SessionRepository::setFolderSyncDeferred(bool deferred)
{
    m_folderSyncDeferred = deferred;
    return deferred ? succeeded() : syncSavedSessions();
}

Status SessionRepository::syncSavedSessions()
{
    if (!m_folderSyncPending)
        return succeeded();
    if (Status s = DurableFile::syncDirectory(m_dir.sessions()); !s)
        return s;
    m_folderSyncPending = false;
    return succeeded();
}

Status SessionRepository::remove(const QString &id)
{
    if (Status s = requireWritable(); !s)
        return s;
    if (!SessionId::isSafe(id))
        return Status::failure(Tr::tr("\"%1\" is not a valid session id").arg(id.left(80)));
    const QString path = pathOf(id);
    if (!QFileInfo::exists(path))
        return Status::failure(Tr::tr("there is no session %1 in %2").arg(id, m_dir.sessions()));
    const QString folder = m_dir.trash() + QStringLiteral("/deleted-")
        + QDateTime::fromMSecsSinceEpoch(m_now(), Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (const QString &f : {m_dir.trash(), folder}) {
        if (Status s = DurableFile::ensurePrivateDirectory(f); !s)
            return s;
    }
    if (Status s = DurableFile::move(path, DurableFile::freeName(folder, SessionId::fileNameFor(id))); !s)
        return s;
    m_entries.remove(id);
    m_cacheDirty = true;
    return succeeded();
}

Result<qint64> SessionRepository::moveToTrash(const QString &id, const QString &folder)
{
    using R = Result<qint64>;
    if (Status s = requireWritable(); !s)
        return R::failure(s.error());
    if (!SessionId::isSafe(id))
        return R::failure(Tr::tr("\"%1\" is not a valid session id").arg(id.left(80)));
    // Only a folder directly inside the trash: the cleanup purges what is there, nothing else.
    if (QFileInfo(QDir::cleanPath(folder)).absolutePath() != m_dir.trash())
        return R::failure(Tr::tr("%1 is not a folder of the trash %2").arg(folder, m_dir.trash()));
    const QString path = pathOf(id);
    const std::optional<FileStamp> stamp = stampOf(path);
    if (!stamp || !m_entries.contains(id))
        return R::failure(Tr::tr("there is no session %1 in %2").arg(id, m_dir.sessions()));
    if (Status s = DurableFile::move(path, DurableFile::freeName(folder, SessionId::fileNameFor(id))); !s) {
        // The rename happened and only a folder sync failed: the session is in the trash now,
        // and the summaries must say so.
        if (QFileInfo::exists(path))
            return R::failure(s.error());
        qCWarning(lcStore).noquote() << s.error();
    }
    m_entries.remove(id);
    m_cacheDirty = true;
    return R::success(stamp->size);
}

QList<SessionSummary> SessionRepository::expired(qint64 nowMs, std::optional<int> retentionDays) const
{
    QList<SessionSummary> list;
    for (const CachedSummary &c : m_entries) {
        const int days = retentionDays.value_or(c.summary.retentionDays);
        if (c.summary.startTime + qint64(days) * MillisecondsPerDay < nowMs)
            list.append(c.summary);
    }
    sortNewestFirst(list);
    return list;
}

Result<QString> SessionRepository::idForImport(const Session &session) const
{
    if (!m_entries.contains(session.id))
        return Result<QString>::success(session.id);
    // The Electron app restarted its counter, so "session-1" of one folder is not "session-1" of
    // another: keep both, the newcomer under a name derived from its content.
    const QString derived = QStringLiteral("%1-%2").arg(session.id, QString::fromLatin1(captureFingerprint(session).left(8)));
    if (SessionId::isSafe(derived) && !m_entries.contains(derived))
        return Result<QString>::success(derived);
    return Result<QString>::success(newId(session.startTime));
}

Result<ImportReport> SessionRepository::importSessions(const QString &folder)
{
    if (Status s = requireWritable(); !s)
        return Result<ImportReport>::failure(s.error());
    if (!QFileInfo(folder).isDir())
        return Result<ImportReport>::failure(Tr::tr("%1 is not a folder").arg(folder));
    QHash<QByteArray, QString> known;
    for (const CachedSummary &c : std::as_const(m_entries))
        known.insert(c.summary.fingerprint, c.summary.id);

    ImportReport report;
    QList<ScannedFile> files = scanRegularFiles(folder);
    std::sort(files.begin(), files.end(), [](const ScannedFile &a, const ScannedFile &b) { return a.name < b.name; });
    for (const ScannedFile &file : std::as_const(files)) {
        if (!file.name.endsWith(JsonSuffix))
            continue;
        const QString path = QDir(folder).filePath(file.name);
        Result<QByteArray> bytes = readFile(path);
        if (!bytes)
            return Result<ImportReport>::failure(bytes.error());
        Result<Session> decoded = SessionCodec::decode(bytes.value(), idOfFileName(file.name));
        if (!decoded) {
            auto copied = Quarantine::copyIn(m_dir, path, decoded.error());
            if (!copied)
                return Result<ImportReport>::failure(copied.error());
            report.quarantined.append(copied.value());
            continue;
        }
        Session session = std::move(decoded).value();
        const QByteArray fingerprint = captureFingerprint(session);
        if (known.contains(fingerprint)) {
            ++report.skipped;
            continue;
        }
        const QString originalId = session.id;
        session.id = idForImport(session).value();
        if (session.id != originalId)
            report.renamed.append(QStringLiteral("%1 -> %2").arg(originalId, session.id));
        Result<SessionSummary> saved = store(session);
        if (!saved)
            return Result<ImportReport>::failure(saved.error());
        known.insert(fingerprint, session.id);
        ++report.imported;
    }
    return Result<ImportReport>::success(report);
}

Status SessionRepository::flushSummaryCache()
{
    if (!m_cacheDirty || isReadOnly())
        return succeeded();
    Status s = SummaryCache::save(m_dir.summaryCache(), m_entries);
    if (s)
        m_cacheDirty = false;
    return s;
}

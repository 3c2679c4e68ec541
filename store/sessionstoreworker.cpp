#include "sessionstoreworker.h"

#include "durablefile.h"
#include "sessioncodec.h"
#include "sessionid.h"
#include "storelog.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>
#include <limits>
#include <utility>

using namespace std::chrono_literals;

SessionStoreWorker::SessionStoreWorker(const DataDirectory &dir)
    : m_repository(dir)
    , m_retryTimer(this)
    , m_cacheTimer(this)
    , m_cleanupTimer(this)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SessionStoreWorker::retryUnsaved);
    // Bursts of saves update the summary cache once; the cache is only a shortcut, so a crash
    // before it is written costs a slower next start, not data.
    m_cacheTimer.setSingleShot(true);
    m_cacheTimer.setInterval(2s);
    connect(&m_cacheTimer, &QTimer::timeout, this, [this] {
        if (Status s = m_repository.flushSummaryCache(); !s)
            qCWarning(lcStore).noquote() << s.error();
    });
    connect(&m_cleanupTimer, &QTimer::timeout, this, [this] { runCleanup(m_cleanupPolicy); });
}

SessionStoreWorker::~SessionStoreWorker() = default;

void SessionStoreWorker::open()
{
    if (Status s = m_repository.open(SessionRepository::Access::Exclusive); !s) {
        emit openFailed(s.error());
        return;
    }
    emit opened(m_repository.summaries(), m_repository.openReport());
    if (m_cleanupInterval > 0ms)
        startCleanupSchedule();
}

void SessionStoreWorker::save(const Session &session)
{
    Session copy = session;
    if (copy.id.isEmpty())
        copy.id = m_repository.newId(copy.startTime);
    write(copy);
}

void SessionStoreWorker::saveCaptured(const Session &session)
{
    if (!m_captures) {
        m_captures.emplace();
        for (const SessionSummary &s : m_repository.summaries())
            m_captures->insert(s.fingerprint, s.id);
        for (const Session &s : std::as_const(m_unsaved))
            m_captures->insert(captureFingerprint(s), s.id);
    }
    if (const auto it = m_captures->constFind(captureFingerprint(session)); it != m_captures->cend()) {
        emit captureSkipped(*it);
        return;
    }
    // A captured session is new by definition: an id already taken (a clash of the random
    // part) must not replace the session that has it.
    Session copy = session;
    if (copy.id.isEmpty() || m_repository.exists(copy.id) || m_unsaved.contains(copy.id))
        copy.id = m_repository.newId(copy.startTime);
    write(copy);
}

bool SessionStoreWorker::write(Session session)
{
    if (m_captures)
        m_captures->insert(captureFingerprint(session), session.id);
    if (!m_persist) {
        keepInMemory(session);
        return true;
    }
    Result<SessionSummary> result = m_repository.save(session);
    if (!result) {
        keepUnsaved(session, result.error());
        return false;
    }
    m_unsaved.remove(session.id);
    m_memoryOnly.remove(session.id);
    m_cacheTimer.start();
    emit saved(result.value());
    return true;
}

void SessionStoreWorker::keepInMemory(const Session &session)
{
    m_unsaved.insert(session.id, session);
    m_memoryOnly.insert(session.id);
    SessionSummary summary = SessionSummary::of(session);
    summary.unsaved = true;
    emit saved(summary);
}

void SessionStoreWorker::setPersistence(bool enabled)
{
    if (m_persist == enabled)
        return;
    m_persist = enabled;
    if (!enabled)
        return;
    // Back on: what was kept in memory meanwhile is written now rather than lost at shutdown.
    const QSet<QString> kept = std::exchange(m_memoryOnly, {});
    for (const QString &id : kept) {
        if (const auto it = m_unsaved.constFind(id); it != m_unsaved.cend())
            write(*it);
    }
}

void SessionStoreWorker::keepUnsaved(const Session &session, const QString &error)
{
    qCWarning(lcStore).noquote() << "keeping session" << session.id << "in memory:" << error;
    const bool firstFailure = m_unsaved.size() == m_memoryOnly.size();
    m_unsaved.insert(session.id, session);
    SessionSummary summary = SessionSummary::of(session);
    summary.unsaved = true;
    emit saveFailed(summary, error);
    if (firstFailure)
        m_nextRetry = m_firstRetry;
    if (!m_retryTimer.isActive())
        m_retryTimer.start(m_nextRetry);
}

void SessionStoreWorker::retryUnsaved()
{
    const QList<Session> pending = m_unsaved.values();
    bool allWritten = true;
    for (const Session &session : pending) {
        if (m_memoryOnly.contains(session.id))
            continue;
        Result<SessionSummary> result = m_repository.save(session);
        if (!result) {
            allWritten = false;
            continue;
        }
        m_unsaved.remove(session.id);
        emit saved(result.value());
    }
    if (!allWritten) {
        m_nextRetry = std::min(m_nextRetry * 2, m_maxRetry);
        m_retryTimer.start(m_nextRetry);
    }
    m_cacheTimer.start();
}

void SessionStoreWorker::remove(const QString &id)
{
    if (m_captures)
        m_captures->removeIf([&id](const auto &entry) { return entry.value() == id; });
    const bool wasUnsaved = m_unsaved.remove(id) > 0;
    m_memoryOnly.remove(id);
    if (!m_repository.exists(id) && wasUnsaved) {
        emit removed(id);
        return;
    }
    if (Status s = m_repository.remove(id); !s) {
        emit removeFailed(id, s.error());
        return;
    }
    m_cacheTimer.start();
    emit removed(id);
}

void SessionStoreWorker::load(const QString &id)
{
    if (const auto it = m_unsaved.constFind(id); it != m_unsaved.cend()) {
        emit loaded(*it);
        return;
    }
    Result<Session> session = m_repository.load(id);
    if (session)
        emit loaded(session.value());
    else
        emit loadFailed(id, session.error());
}

void SessionStoreWorker::importSessions(const QString &folder)
{
    Result<ImportReport> report = m_repository.importSessions(folder);
    if (!report) {
        emit importFailed(folder, report.error());
        return;
    }
    m_captures.reset(); // rebuilt from the summaries when next needed
    m_cacheTimer.start();
    emit imported(report.value(), m_repository.summaries());
}

void SessionStoreWorker::setRetryInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstRetry = first;
    m_maxRetry = max;
    m_nextRetry = first;
}

void SessionStoreWorker::drain()
{
    m_cleanupTimer.stop();
    m_retryTimer.stop();
    m_cacheTimer.stop();
    if (!m_memoryOnly.isEmpty()) {
        qCInfo(lcStore).noquote() << m_memoryOnly.size() << "sessions kept in memory only (enablePersistence off) were not written";
        for (const QString &id : std::as_const(m_memoryOnly))
            m_unsaved.remove(id);
        m_memoryOnly.clear();
    }
    if (!m_unsaved.isEmpty())
        retryUnsaved();
    m_retryTimer.stop();
    if (!m_unsaved.isEmpty())
        emit unsavedAtShutdown(writeEmergencyCopies());
    if (Status s = m_repository.flushSummaryCache(); !s)
        qCWarning(lcStore).noquote() << s.error();
}

QStringList SessionStoreWorker::writeEmergencyCopies()
{
    // The sessions folder still refuses writes. Put the sessions where they can be written: the
    // data folder's unsaved/, else a folder in the temp location; the next start restores both.
    const QStringList folders{m_repository.directory().unsaved(), m_repository.directory().unsavedFallback()};
    QStringList written;
    for (Session session : std::as_const(m_unsaved)) {
        session.savedAt = QDateTime::currentMSecsSinceEpoch();
        bool kept = false;
        for (const QString &folder : folders) {
            const QString path = folder + QLatin1Char('/') + SessionId::fileNameFor(session.id);
            if (DurableFile::ensurePrivateDirectory(folder) && DurableFile::write(path, SessionCodec::encode(session))) {
                qCWarning(lcStore).noquote() << "session" << session.id << "could not be stored; a copy is in" << path;
                written.append(path);
                kept = true;
                break;
            }
        }
        if (!kept)
            qCCritical(lcStore).noquote() << "session" << session.id << "could not be written anywhere and is lost";
    }
    m_unsaved.clear();
    return written;
}

void SessionStoreWorker::setCleanupSchedule(std::chrono::milliseconds interval, const CleanupPolicy &policy)
{
    // QTimer counts in int milliseconds: about 24 days at most.
    m_cleanupInterval = std::clamp(interval, std::chrono::milliseconds(0),
                                   std::chrono::milliseconds(std::numeric_limits<int>::max()));
    m_cleanupPolicy = policy;
    m_cleanupTimer.stop();
    // Before the store is open there is nothing to clean: open() starts the schedule.
    if (m_cleanupInterval > 0ms && m_repository.isOpen())
        startCleanupSchedule();
}

void SessionStoreWorker::startCleanupSchedule()
{
    m_cleanupTimer.start(m_cleanupInterval);
    runCleanup(m_cleanupPolicy);
}

void SessionStoreWorker::runCleanup(const CleanupPolicy &policy)
{
    Result<CleanupReport> report = RetentionCleanup::run(m_repository, policy);
    if (!report) {
        emit cleanupFailed(report.error());
        return;
    }
    for (const QString &error : report->errors)
        qCWarning(lcStore).noquote() << "cleanup:" << error;
    if (!report->sessions.isEmpty() && !report->dryRun) {
        m_captures.reset(); // a capture of a session now in the trash may be saved again
        m_cacheTimer.start();
    }
    emit cleanupFinished(report.value());
}

void SessionStoreWorker::setClock(std::function<qint64()> now)
{
    m_repository.setClock(std::move(now));
}

#include "sessionstore.h"

#include "sessionstoreworker.h"

#include <QCoreApplication>
#include <QThread>

SessionStore::SessionStore(const DataDirectory &dir, QObject *parent)
    : QObject(parent)
    , m_dir(dir)
    , m_thread(new QThread(this))
{
    qRegisterMetaType<Session>();
    qRegisterMetaType<SessionSummary>();
    qRegisterMetaType<QList<SessionSummary>>();
    qRegisterMetaType<RecoveryReport>();
    qRegisterMetaType<ImportReport>();
    qRegisterMetaType<CleanupReport>();

    m_thread->setObjectName(QStringLiteral("SessionStore"));
    auto *worker = new SessionStoreWorker(dir);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);

    connect(worker, &SessionStoreWorker::opened, this, &SessionStore::opened);
    connect(worker, &SessionStoreWorker::openFailed, this, &SessionStore::openFailed);
    connect(worker, &SessionStoreWorker::saved, this, &SessionStore::saved);
    connect(worker, &SessionStoreWorker::saveFailed, this, &SessionStore::saveFailed);
    connect(worker, &SessionStoreWorker::captureSkipped, this, &SessionStore::captureSkipped);
    connect(worker, &SessionStoreWorker::removed, this, &SessionStore::removed);
    connect(worker, &SessionStoreWorker::removeFailed, this, &SessionStore::removeFailed);
    connect(worker, &SessionStoreWorker::loaded, this, &SessionStore::sessionLoaded);
    connect(worker, &SessionStoreWorker::loadFailed, this, &SessionStore::sessionLoadFailed);
    connect(worker, &SessionStoreWorker::imported, this, &SessionStore::imported);
    connect(worker, &SessionStoreWorker::importFailed, this, &SessionStore::importFailed);
    connect(worker, &SessionStoreWorker::submissionUpdateFailed, this, &SessionStore::submissionUpdateFailed);
    connect(worker, &SessionStoreWorker::pendingSessions, this, &SessionStore::pendingSessions);
    connect(worker, &SessionStoreWorker::unsavedAtShutdown, this, &SessionStore::unsavedAtShutdown);
    connect(worker, &SessionStoreWorker::cleanupFinished, this, &SessionStore::cleanupFinished);
    connect(worker, &SessionStoreWorker::cleanupFailed, this, &SessionStore::cleanupFailed);
    m_thread->start();
}

SessionStore::~SessionStore()
{
    shutdown();
}

template <typename Call>
void SessionStore::post(Call &&call)
{
    if (!m_worker || !m_thread->isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, std::forward<Call>(call), Qt::QueuedConnection);
}

void SessionStore::open()
{
    post([worker = m_worker] { worker->open(); });
}

void SessionStore::save(const Session &session)
{
    post([worker = m_worker, session] { worker->save(session); });
}

void SessionStore::saveCaptured(const Session &session)
{
    post([worker = m_worker, session] { worker->saveCaptured(session); });
}

void SessionStore::remove(const QString &id)
{
    post([worker = m_worker, id] { worker->remove(id); });
}

void SessionStore::requestSession(const QString &id)
{
    post([worker = m_worker, id] { worker->load(id); });
}

void SessionStore::importSessions(const QString &folder)
{
    post([worker = m_worker, folder] { worker->importSessions(folder); });
}

void SessionStore::setRetryInterval(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    post([worker = m_worker, first, max] { worker->setRetryInterval(first, max); });
}

void SessionStore::setPersistence(bool enabled)
{
    post([worker = m_worker, enabled] { worker->setPersistence(enabled); });
}

void SessionStore::setCleanupSchedule(std::chrono::milliseconds interval, const CleanupPolicy &policy)
{
    post([worker = m_worker, interval, policy] { worker->setCleanupSchedule(interval, policy); });
}

void SessionStore::runCleanup(const CleanupPolicy &policy)
{
    post([worker = m_worker, policy] { worker->runCleanup(policy); });
}

void SessionStore::setClock(std::function<qint64()> now)
{
    post([worker = m_worker, now = std::move(now)] { worker->setClock(now); });
}

void SessionStore::shutdown()
{
    if (!m_thread->isRunning())
        return;
    // Quitting from here could drop calls still queued (seen on Qt 6.4): the quit goes in as the
    // last queued job instead, so everything posted before it runs first.
    QThread *thread = m_thread;
    post([worker = m_worker, thread] {
        worker->drain();
        thread->quit();
    });
    m_thread->wait();
    // The worker's last answers (unsavedAtShutdown above all) are queued to this thread, which
    // may have no event loop left: deliver them before returning.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

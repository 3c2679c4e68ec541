#include "submissionservice.h"

#include "submissionworker.h"

#include "sessionstore.h"

#include <QCoreApplication>
#include <QThread>

SubmissionService::SubmissionService(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    qRegisterMetaType<SubmissionConfig>();
    qRegisterMetaType<SubmissionOutcome>();
    m_thread->setObjectName(QStringLiteral("Submission"));
    auto *worker = new SubmissionWorker(store, store->directory());
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);

    connect(store, &SessionStore::pendingSessions, worker, &SubmissionWorker::takePending);
    connect(store, &SessionStore::opened, worker,
            [worker](const QList<SessionSummary> &summaries) { worker->takeOpened(summaries); });
    connect(store, &SessionStore::saved, worker, &SubmissionWorker::takeSaved);
    connect(store, &SessionStore::submissionUpdateFailed, worker, &SubmissionWorker::takeUpdateFailed);
    connect(store, &SessionStore::removed, worker, &SubmissionWorker::takeRemoved);

    connect(worker, &SubmissionWorker::progress, this, &SubmissionService::progress);
    connect(worker, &SubmissionWorker::sessionSubmitted, this, &SubmissionService::sessionSubmitted);
    connect(worker, &SubmissionWorker::sessionFailed, this, &SubmissionService::sessionFailed);
    connect(worker, &SubmissionWorker::idle, this, &SubmissionService::idle);
    connect(worker, &SubmissionWorker::configurationError, this, &SubmissionService::configurationError);
    m_thread->start();
}

SubmissionService::~SubmissionService()
{
    shutdown();
}

template <typename Call>
void SubmissionService::post(Call &&call)
{
    if (!m_thread->isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, std::forward<Call>(call), Qt::QueuedConnection);
}

void SubmissionService::setConfig(const SubmissionConfig &config)
{
    post([worker = m_worker, config] { worker->setConfig(config); });
}

void SubmissionService::start()
{
    post([worker = m_worker] { worker->start(); });
}

void SubmissionService::submitNow()
{
    post([worker = m_worker] { worker->submitNow(); });
}

void SubmissionService::retry(const QStringList &ids)
{
    post([worker = m_worker, ids] { worker->retry(ids); });
}

void SubmissionService::ignore(const QStringList &ids)
{
    post([worker = m_worker, ids] { worker->ignore(ids); });
}

void SubmissionService::setClock(std::function<qint64()> now)
{
    post([worker = m_worker, now = std::move(now)] { worker->setClock(now); });
}

void SubmissionService::setBackoffBase(std::chrono::milliseconds base)
{
    post([worker = m_worker, base] { worker->setBackoffBase(base); });
}

void SubmissionService::shutdown()
{
    if (!m_thread->isRunning())
        return;
    // A quit posted behind every queued call, as the store does (STYLE §3).
    QThread *thread = m_thread;
    post([worker = m_worker, thread] {
        worker->stop();
        thread->quit();
    });
    m_thread->wait();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

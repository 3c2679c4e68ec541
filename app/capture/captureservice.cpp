#include "captureservice.h"

#include "capturelog.h"

#include "captureworker.h"

#include <QCoreApplication>
#include <QThread>

CaptureService::CaptureService(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<Session>();
    qRegisterMetaType<SessionSummary>();
    qRegisterMetaType<QList<SessionSummary>>();
    qRegisterMetaType<CaptureStatistics>();
}

CaptureService::~CaptureService()
{
    stopAndWait();
}

bool CaptureService::start(const CaptureSource &source, const CaptureSettings &settings)
{
    if (m_thread)
        return false;
    m_source = source;
    m_statistics = {};
    m_proxyPort = 0;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("Capture"));
    m_worker = new CaptureWorker(source, settings, m_store);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &CaptureWorker::run);
    // Connected before started, and queued in order, so the port is known when started arrives.
    connect(m_worker, &CaptureWorker::listening, this, [this](quint16 port) { m_proxyPort = port; });
    connect(m_worker, &CaptureWorker::started, this, &CaptureService::started);
    connect(m_worker, &CaptureWorker::sessionCompleted, this, &CaptureService::sessionCompleted);
    connect(m_worker, &CaptureWorker::openSessionsChanged, this, &CaptureService::openSessionsChanged);
    connect(m_worker, &CaptureWorker::progress, this, &CaptureService::progress);
    connect(m_worker, &CaptureWorker::statisticsChanged, this, [this](const CaptureStatistics &statistics) {
        m_statistics = statistics;
        emit statisticsChanged(statistics);
    });
    connect(m_worker, &CaptureWorker::finished, this, &CaptureService::workerFinished);
    // Quit from the capture thread as soon as the worker is done. The worker has released its
    // sockets and timers there by then, and is deleted here once this thread hears of it, so
    // m_worker stays valid for pause() and stop() until then.
    connect(m_worker, &CaptureWorker::finished, m_thread, &QThread::quit, Qt::DirectConnection);
    setState(State::Running);
    m_thread->start();
    return true;
}

void CaptureService::pause()
{
    if (m_state != State::Running)
        return;
    m_worker->setPaused(true);
    setState(State::Paused);
}

void CaptureService::resume()
{
    if (m_state != State::Paused)
        return;
    m_worker->setPaused(false);
    setState(State::Running);
}

void CaptureService::stop()
{
    if (!m_thread || m_state == State::Stopping)
        return;
    m_worker->stop();
    setState(State::Stopping);
}

void CaptureService::stopAndWait()
{
    if (!m_thread)
        return;
    stop();
    // The worker's loop returns on the stop flag; the proxy ends through a queued call that the
    // thread's event loop runs. Either way the worker emits finished, and the thread quits on it.
    m_thread->wait();
    // Its last signals are queued to this thread, which may have no event loop running now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void CaptureService::workerFinished(const CaptureStatistics &statistics, const QString &error)
{
    m_statistics = statistics;
    QThread *thread = std::exchange(m_thread, nullptr);
    CaptureWorker *worker = std::exchange(m_worker, nullptr);
    if (thread) {
        thread->wait();
        delete worker;
        delete thread;
    }
    setState(State::Idle);
    // Counts only: an error names files and addresses, and message content never goes above debug.
    qCInfo(lcCapture).nospace() << "capture ended: " << statistics.sessions << " sessions, " << statistics.messages
                                << " messages, " << statistics.incompleteSessions << " incomplete" << (error.isEmpty() ? "" : ", with an error");
    qCDebug(lcCapture).noquote() << error;
    emit finished(statistics, error);
}

void CaptureService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

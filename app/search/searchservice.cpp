#include "searchservice.h"

#include "searchquery.h"
#include "searchworker.h"

#include <QThread>

SearchService::SearchService(const DataDirectory &dir, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread->setObjectName(QStringLiteral("Search"));
    auto *worker = new SearchWorker(dir, m_latest);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SearchWorker::matched, this, &SearchService::handleMatched);
    m_thread->start();
}

SearchService::~SearchService()
{
    shutdown();
}

template <typename Call>
void SearchService::post(Call &&call)
{
    if (!m_thread->isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, std::forward<Call>(call), Qt::QueuedConnection);
}

void SearchService::setIndexWritable()
{
    post([worker = m_worker] { worker->setPersistence(SessionSearch::Persistence::WriteBack); });
}

void SearchService::setSummaries(const QList<SessionSummary> &summaries)
{
    post([worker = m_worker, summaries] { worker->setSummaries(summaries); });
}

void SearchService::applyChanges(const QList<SessionSummary> &changed, const QStringList &removed)
{
    if (changed.isEmpty() && removed.isEmpty())
        return;
    post([worker = m_worker, changed, removed] { worker->applyChanges(changed, removed); });
}

quint64 SearchService::search(const QString &text)
{
    const quint64 generation = m_latest->load() + 1;
    m_latest->store(generation);
    m_searching = true;
    Result<SearchQuery> query = SearchQuery::parse(text);
    if (!query) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, error = query.error()] {
                if (generation != m_latest->load())
                    return;
                m_searching = false;
                emit failed(generation, error);
            },
            Qt::QueuedConnection);
        return generation;
    }
    post([worker = m_worker, generation, q = std::move(query).value()] { worker->search(generation, q); });
    return generation;
}

void SearchService::cancel()
{
    m_latest->store(m_latest->load() + 1);
    m_searching = false;
}

void SearchService::handleMatched(quint64 generation, const QSet<QString> &ids)
{
    if (generation != m_latest->load())
        return;
    m_searching = false;
    emit matched(generation, ids);
}

void SearchService::shutdown()
{
    if (!m_thread->isRunning())
        return;
    // The quit goes in behind every queued call (STYLE §3): quitting from here could drop them.
    QThread *thread = m_thread;
    post([thread] { thread->quit(); });
    m_thread->wait();
}

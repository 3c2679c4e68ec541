#include "searchworker.h"

#include <algorithm>

SearchWorker::SearchWorker(const DataDirectory &dir, std::shared_ptr<const std::atomic<quint64>> latest)
    // InMemory until told the process holds the folder's lock: only the lock holder may write
    // DIR/search.index, and before the store has opened that may be another process.
    : m_dir(dir)
    , m_search(std::make_unique<SessionSearch>(dir, SessionSearch::Persistence::InMemory))
    , m_latest(std::move(latest))
{
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::setPersistence(SessionSearch::Persistence persistence)
{
    // The index read so far is dropped with the old search; the new one reads the file again.
    m_search = std::make_unique<SessionSearch>(m_dir, persistence);
}

void SearchWorker::setSummaries(const QList<SessionSummary> &summaries)
{
    m_summaries.clear();
    m_summaries.reserve(summaries.size());
    for (const SessionSummary &s : summaries)
        m_summaries.insert(s.id, s);
    m_orderStale = true;
}

void SearchWorker::applyChanges(const QList<SessionSummary> &changed, const QStringList &removed)
{
    for (const QString &id : removed)
        m_summaries.remove(id);
    for (const SessionSummary &s : changed)
        m_summaries.insert(s.id, s);
    m_orderStale = true;
}

const QList<const SessionSummary *> &SearchWorker::newestFirst()
{
    if (m_orderStale) {
        m_newestFirst.clear();
        m_newestFirst.reserve(m_summaries.size());
        for (auto it = m_summaries.cbegin(); it != m_summaries.cend(); ++it)
            m_newestFirst.append(&it.value());
        // SessionSearch is quickest in the repository's order.
        std::sort(m_newestFirst.begin(), m_newestFirst.end(),
                  [](const SessionSummary *a, const SessionSummary *b) { return isNewer(*a, *b); });
        m_orderStale = false;
    }
    return m_newestFirst;
}

void SearchWorker::search(quint64 generation, const SearchQuery &query)
{
    if (generation < m_latest->load())
        return; // a newer search is queued behind this one: nobody wants this answer
    const QList<const SessionSummary *> found = m_search->matching(query, newestFirst());
    QSet<QString> ids;
    ids.reserve(found.size());
    for (const SessionSummary *s : found)
        ids.insert(s->id);
    emit matched(generation, ids);
}

#pragma once

#include "datadirectory.h"
#include "searchquery.h"
#include "sessionsearch.h"
#include "sessionsummary.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>

// Lives on SearchService's thread with its own copy of the summaries; only SearchService talks
// to it, with queued calls in and a signal out.
class SearchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchWorker)

public:
    // latest: the generation of the newest search asked for; older ones still queued are skipped.
    SearchWorker(const DataDirectory &dir, std::shared_ptr<const std::atomic<quint64>> latest);
    ~SearchWorker() override;

    void setSummaries(const QList<SessionSummary> &summaries);
    void applyChanges(const QList<SessionSummary> &changed, const QStringList &removed);
    void search(quint64 generation, const SearchQuery &query);
    void setPersistence(SessionSearch::Persistence persistence);

signals:
    void matched(quint64 generation, const QSet<QString> &ids);

private:
    const QList<const SessionSummary *> &newestFirst();

    DataDirectory m_dir;
    std::unique_ptr<SessionSearch> m_search;
    QHash<QString, SessionSummary> m_summaries;
    QList<const SessionSummary *> m_newestFirst; // into m_summaries; rebuilt after any change
    bool m_orderStale = true;
    std::shared_ptr<const std::atomic<quint64>> m_latest;
};

#pragma once

#include "datadirectory.h"
#include "sessionsummary.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;
class SearchWorker;

// The session list's search, off the GUI thread: a worker on a thread of its own keeps a copy
// of the summaries (given whole, then as changes) and answers queries with the matching ids.
// Every search gets a generation number; only the newest one is answered, older ones still
// queued are skipped, so typing quickly costs one search, not one per key.
//
// The first search with message terms reads DIR/search.index, or every session when there is
// none; the index is written back only after setIndexWritable().
class SearchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchService)

public:
    explicit SearchService(const DataDirectory &dir, QObject *parent = nullptr);
    ~SearchService() override; // shutdown()

    void setSummaries(const QList<SessionSummary> &summaries);
    void applyChanges(const QList<SessionSummary> &changed, const QStringList &removed);

    // Parses text (SearchQuery::parse) and searches -> matched | failed, with the number
    // returned here. Both are queued, even a parse error.
    quint64 search(const QString &text);
    // Drops the answer of the search under way, e.g. when the search box was cleared.
    void cancel();
    // A search was asked for and its answer has not come yet.
    bool isSearching() const { return m_searching; }
    quint64 latestGeneration() const { return m_latest->load(); }

    // Call once this process holds the data folder's lock (the store has opened): the index the
    // searches build is then written to DIR/search.index, so the next start need not rebuild it.
    void setIndexWritable();

    // Runs what is queued, then stops the thread.
    void shutdown();

signals:
    void matched(quint64 generation, const QSet<QString> &ids);
    void failed(quint64 generation, const QString &error); // the query does not parse: says why

private:
    template <typename Call>
    void post(Call &&call);
    void handleMatched(quint64 generation, const QSet<QString> &ids);

    QThread *m_thread;
    SearchWorker *m_worker; // lives on m_thread; deleted when it finishes
    std::shared_ptr<std::atomic<quint64>> m_latest;
    bool m_searching = false;
};

#pragma once

#include "datadirectory.h"
#include "searchindex.h"
#include "searchquery.h"
#include "sessionsummary.h"

#include <QList>
#include <QString>

class SessionRepository;

// The search of one data folder: a query and the store's summaries in, the matching summaries
// out, newest first.
//
// Terms on the summaries (device, LIS, status, time, type) filter them directly. Terms on the
// messages go through the SearchIndex, loaded from DIR/search.index at the first such search and
// caught up each time with the summaries given (new sessions read from their files, removed ones
// dropped); with WriteBack it is written back when that changed it. Terms the index can only
// narrow down (a named segment occurrence or repetition, a phrase) are confirmed on the
// candidates' messages.
//
// Holds no reference to the store: the app can run one on the store's thread with the
// repository's summaries, or on a worker of its own with a copy of them. One thread at a time.
class SessionSearch
{
public:
    enum class Persistence {
        WriteBack, // keeps DIR/search.index up to date: only for the process that holds the folder's lock
        InMemory,  // reads DIR/search.index when it is valid, never writes it (read-only opens)
    };

    struct Statistics
    {
        int indexLoads = 0;       // times DIR/search.index was read and trusted
        int indexWrites = 0;      // times it was written
        int sessionsParsed = 0;   // session files read to index them
        int sessionsVerified = 0; // session files read to confirm a term the index can only narrow down
    };

    SessionSearch(DataDirectory dir, Persistence persistence);
    // For the repository's folder: WriteBack when the repository holds the folder's lock.
    explicit SessionSearch(const SessionRepository &repository);
    ~SessionSearch(); // flushes
    Q_DISABLE_COPY_MOVE(SessionSearch)

    // The sessions among these that match, newest first: pointers into sessions, so nothing is
    // copied (100 000 summaries are 25 MB). Quickest in the order of repository.newestFirst().
    QList<const SessionSummary *> matching(const SearchQuery &query, const QList<const SessionSummary *> &sessions);
    // The same as copies, for a caller that hands them on (to another thread, to a model).
    QList<SessionSummary> search(const SearchQuery &query, const QList<const SessionSummary *> &sessions);
    QList<SessionSummary> search(const SearchQuery &query, const QList<SessionSummary> &sessions);
    QList<SessionSummary> search(const SearchQuery &query, const SessionRepository &repository);

    // Loads and catches up the index without a query (so that the first search is quick).
    void catchUp(const QList<const SessionSummary *> &sessions);

    // Writes the index when it changed since it was read or written (WriteBack only). A catch-up
    // writes at once only when it rebuilt the index or changed many sessions: rewriting the whole
    // file for each new capture would cost the app more than reading a few sessions again after
    // a crash. The rest waits for this call, which the destructor makes.
    Status flush();

    const Statistics &statistics() const { return m_statistics; }
    const SearchIndex &index() const { return m_index; }
    // Why the index could not be written the last time it was tried; empty after a good write.
    const QString &writeError() const { return m_writeError; }

private:
    void catchUp(const QList<const SessionSummary *> &sessions, std::vector<quint32> *ordinals);
    OrdinalSet sessionsFor(const SearchQuery::Term &term) const;
    void confirm(QList<const SessionSummary *> &found, const std::vector<quint32> &ordinals,
                 const QList<std::pair<const SearchQuery::Term *, OrdinalSet>> &checks);

    DataDirectory m_dir;
    Persistence m_persistence;
    SearchIndex m_index;
    bool m_loaded = false;
    bool m_fileCurrent = false; // DIR/search.index holds the index as it is in memory
    qsizetype m_unwrittenChanges = 0;
    Statistics m_statistics;
    QString m_writeError;
};

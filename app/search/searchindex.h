#pragma once

#include "datadirectory.h"
#include "messagetokens.h"
#include "result.h"
#include "sessionsummary.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// Sessions by their ordinal in a SearchIndex, as bits: what a term matches. 100 000 sessions
// take 12.5 KB, and AND, OR and NOT of terms are word-wide loops.
class OrdinalSet
{
public:
    OrdinalSet() = default;
    explicit OrdinalSet(quint32 size, bool filled = false);

    quint32 size() const { return m_size; }
    bool contains(quint32 ordinal) const
    {
        return ordinal < m_size && ((m_words[ordinal / 64] >> (ordinal % 64)) & 1) != 0;
    }
    void insert(quint32 ordinal)
    {
        if (ordinal < m_size)
            m_words[ordinal / 64] |= quint64(1) << (ordinal % 64);
    }
    void remove(quint32 ordinal)
    {
        if (ordinal < m_size)
            m_words[ordinal / 64] &= ~(quint64(1) << (ordinal % 64));
    }
    void resize(quint32 size); // new ordinals are not in the set
    qsizetype count() const;

    OrdinalSet &operator&=(const OrdinalSet &other);
    OrdinalSet &operator|=(const OrdinalSet &other);
    OrdinalSet &operator-=(const OrdinalSet &other);

private:
    std::vector<quint64> m_words;
    quint32 m_size = 0;
};

// The search index of one data folder: for every token (MessageTokens) the sessions that hold it.
//
// Sessions get ordinals in the order they are indexed. Their tokens wait as sorted lists
// ("pending") until a batch of them (Limits) is sealed into an immutable segment: a sorted array of
// 64-bit tokens, and per token its ordinals, delta- and varint-coded (one ordinal inline). A
// query looks a token up in every segment (binary search) and in the pending lists. A removed
// session only loses its "alive" bit; once many are dead, the ordinals are compacted.
//
// Sessions are known by 64-bit digests of their id and of their capture fingerprint (two of
// 100 000 ids share a digest with a chance of 3 in 10^10): a change of submission status keeps
// the fingerprint, so it never costs a re-index; a different capture under the same id is
// indexed again. Not thread-safe: one thread at a time, which may be any thread.
class SearchIndex
{
public:
    using Token = MessageTokens::Token;

    struct Limits
    {
        qsizetype batchSize = 4096; // sessions per segment
        qsizetype maxSegments = 48; // beyond, the smallest neighbours are merged
        qsizetype minDeadToCompact = 1024; // and a quarter of all ordinals
    };

    SearchIndex() = default;
    explicit SearchIndex(Limits limits) : m_limits(limits) {} // small ones let tests reach every path

    struct CatchUpReport
    {
        int indexed = 0;    // sessions read from their files and added
        int forgotten = 0;  // sessions dropped: gone from the store, or their capture changed
        int unreadable = 0; // files that could not be read now; tried again at the next catch-up
        bool changed() const { return indexed > 0 || forgotten > 0; }
    };

    // DIR/search.index
    static QString pathIn(const DataDirectory &dir);

    // Reads a saved index (with default limits). A file of another version, or one that fails its checksums or its
    // structure checks, is an error: the caller starts afresh rather than trust it.
    static Result<SearchIndex> load(const QString &path);
    // Writes the whole index atomically and durably (DurableFile), 0600.
    Status save(const QString &path);

    // Brings the index in line with these sessions (any order): indexes those it does not know
    // or whose capture changed, reading their files from dir in parallel, and forgets the others.
    // When ordinals is given, it receives ordinalsOf(sessions) as of the end, without a second walk.
    CatchUpReport catchUp(const DataDirectory &dir, const QList<const SessionSummary *> &sessions,
                          std::vector<quint32> *ordinals = nullptr);

    // tokens sorted and unique, as MessageTokens::tokensOf gives them. Replaces a session of
    // the same id.
    void add(const QString &id, const QByteArray &fingerprint, std::vector<Token> tokens);
    void remove(const QString &id);
    bool contains(const QString &id, const QByteArray &fingerprint) const;

    static constexpr quint32 NoOrdinal = 0xffff'ffff;
    // The ordinal of each session, NoOrdinal for one not indexed, in the order given. Sessions
    // mostly come in the order of the catch-up that indexed them (newest first), so this is a
    // walk along the ordinals with a hash lookup only where the order breaks.
    std::vector<quint32> ordinalsOf(const QList<const SessionSummary *> &sessions) const;
    std::optional<quint32> ordinalOf(const QString &id) const;
    quint32 ordinalCount() const { return quint32(m_sessions.size()); } // the size of every OrdinalSet
    OrdinalSet sessionsWith(Token token) const;                          // live sessions only
    const OrdinalSet &allSessions() const { return m_alive; }

    qsizetype sessionCount() const { return m_ordinals.size(); }
    qsizetype segmentCount() const { return qsizetype(m_segments.size()); }
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }
    qsizetype tokenEntries() const; // token entries in segments and pending lists
    qsizetype memoryBytes() const;  // what the index holds, roughly: for the benchmark
    bool isModified() const { return m_modified; }

private:
    struct Segment
    {
        quint32 firstOrdinal = 0;
        quint32 endOrdinal = 0;
        std::vector<quint64> keys;    // sorted tokens
        std::vector<quint32> refs;    // per token: InlineFlag | the one ordinal, or offset into postings
        std::vector<quint8> postings; // per list: count, first ordinal, gaps; LEB128 varints
    };
    struct PendingSession
    {
        quint32 ordinal = 0;
        std::vector<Token> tokens;
    };
    struct IndexedSession
    {
        quint64 id = 0;          // a digest of the session id: all the file keeps of it
        quint64 fingerprint = 0; // a digest of the capture fingerprint
        // The summary's own id and fingerprint, shared (no copy) once a catch-up has seen them:
        // while a summary is unchanged, it is recognised by address instead of by hashing.
        QString seenId;
        QByteArray seenFingerprint;
    };

    quint32 find(const QString &id, quint32 hint) const;
    void removeOrdinal(quint32 ordinal);
    void seal(qsizetype count);
    void compact();
    void mergeSmallSegments();
    static Segment merge(const Segment &a, const Segment &b);
    static Segment build(std::vector<std::pair<Token, quint32>> &pairs, quint32 firstOrdinal, quint32 endOrdinal);
    static bool isValid(const Segment &segment, quint32 ordinalCount);

    Limits m_limits;
    std::vector<IndexedSession> m_sessions; // by ordinal, dead ones too until compacted
    OrdinalSet m_alive;
    QHash<quint64, quint32> m_ordinals;     // by id digest, live sessions only
    std::vector<Segment> m_segments;        // in ordinal order
    std::vector<PendingSession> m_pending;  // after the last segment, in ordinal order
    bool m_modified = false;
};

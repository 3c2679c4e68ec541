#include "searchindex.h"

#include "durablefile.h"
#include "searchlog.h"
#include "sessionreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
};

using Token = MessageTokens::Token;

constexpr quint32 Magic = 0x58374c48; // "HL7X"
constexpr quint32 FormatVersion = 1;
constexpr quint32 InlineFlag = 0x8000'0000;
constexpr quint32 MaxOrdinals = InlineFlag; // an inline ordinal must leave the flag bit free
constexpr qsizetype HeaderBytes = 16;
constexpr qsizetype SessionRecordBytes = 8 + 8 + 1; // id digest, fingerprint digest, alive

constexpr quint64 IdSeed = 0x73657373'696f6e73; // "sessions"

quint64 digestOf(const QByteArray &fingerprint)
{
    return MessageTokens::hash64(fingerprint);
}

quint64 digestOf(const QString &id)
{
    return MessageTokens::hash64(QByteArrayView(reinterpret_cast<const char *>(id.utf16()), id.size() * 2), IdSeed);
}

void putVarint(std::vector<quint8> &out, quint32 value)
{
    while (value >= 0x80) {
        out.push_back(quint8(value | 0x80));
        value >>= 7;
    }
    out.push_back(quint8(value));
}

// Bounds-checked: a damaged list ends early, it never reads past the postings.
bool readVarint(const quint8 *&p, const quint8 *end, quint32 &value)
{
    value = 0;
    for (int shift = 0; shift < 35 && p < end; shift += 7) {
        const quint8 byte = *p++;
        value |= quint32(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

template <typename Segment, typename F>
void forEachPosting(const Segment &s, size_t keyIndex, F &&use)
{
    const quint32 ref = s.refs[keyIndex];
    if (ref & InlineFlag) {
        use(ref & ~InlineFlag);
        return;
    }
    if (ref >= s.postings.size())
        return;
    const quint8 *p = s.postings.data() + ref;
    const quint8 *end = s.postings.data() + s.postings.size();
    quint32 count = 0;
    if (!readVarint(p, end, count))
        return;
    quint32 ordinal = 0;
    for (quint32 i = 0; i < count; ++i) {
        quint32 gap = 0;
        if (!readVarint(p, end, gap))
            return;
        ordinal += gap;
        use(ordinal);
    }
}

// A stable LSD radix sort by token: pairs arrive in ordinal order, and stay in it per token, so
// the lists come out sorted. Several times faster than std::sort on a segment's million pairs.
void sortByToken(std::vector<std::pair<Token, quint32>> &pairs)
{
    std::vector<std::pair<Token, quint32>> buffer(pairs.size());
    for (int shift = 0; shift < 64; shift += 8) {
        std::array<size_t, 257> offsets{};
        for (const auto &p : pairs)
            ++offsets[((p.first >> shift) & 0xff) + 1];
        if (std::any_of(offsets.begin(), offsets.end(), [&](size_t n) { return n == pairs.size(); }))
            continue; // every token has the same byte here
        for (size_t i = 1; i < offsets.size(); ++i)
            offsets[i] += offsets[i - 1];
        for (const auto &p : pairs)
            buffer[offsets[(p.first >> shift) & 0xff]++] = p;
        pairs.swap(buffer);
    }
}

// The file: a header, then sections of [u64 length][bytes][u64 hash64 of the bytes], all
// little-endian. Arrays are read straight into their vectors, so loading needs no second copy.
class Writer
{
public:
    explicit Writer(qsizetype reserve) { m_out.reserve(reserve); }

    template <typename T>
    void put(T value)
    {
        const T le = qToLittleEndian(value);
        m_out.append(reinterpret_cast<const char *>(&le), sizeof le);
    }
    void section(QByteArrayView bytes)
    {
        put(quint64(bytes.size()));
        m_out.append(bytes);
        put(MessageTokens::hash64(bytes));
    }
    template <typename T>
    void section(const std::vector<T> &array)
    {
        section(QByteArrayView(reinterpret_cast<const char *>(array.data()), qsizetype(array.size() * sizeof(T))));
    }
    QByteArray &bytes() { return m_out; }

private:
    QByteArray m_out;
};

class Reader
{
public:
    explicit Reader(QFile &file) : m_file(file) {}

    template <typename T>
    bool get(T &value)
    {
        if (m_file.read(reinterpret_cast<char *>(&value), sizeof value) != sizeof value)
            return false;
        value = qFromLittleEndian(value);
        return true;
    }
    bool section(QByteArray &bytes)
    {
        quint64 length = 0;
        if (!get(length) || length > quint64(m_file.size() - m_file.pos()))
            return false;
        bytes.resize(qsizetype(length));
        return read(bytes.data(), qsizetype(length));
    }
    template <typename T>
    bool section(std::vector<T> &array, quint64 count)
    {
        quint64 length = 0;
        if (!get(length) || length != count * sizeof(T) || length > quint64(m_file.size() - m_file.pos()))
            return false;
        array.resize(count);
        return read(reinterpret_cast<char *>(array.data()), qsizetype(length));
    }

private:
    bool read(char *data, qsizetype length)
    {
        quint64 hash = 0;
        return m_file.read(data, length) == length && get(hash)
            && hash == MessageTokens::hash64(QByteArrayView(data, length));
    }

    QFile &m_file;
};

// Reads the little-endian scalars of a section's bytes.
class Cursor
{
public:
    explicit Cursor(const QByteArray &bytes) : m_p(bytes.constData()), m_end(bytes.constData() + bytes.size()) {}

    template <typename T>
    T get()
    {
        T value{};
        if (m_end - m_p < qsizetype(sizeof value)) {
            m_ok = false;
            return value;
        }
        std::memcpy(&value, m_p, sizeof value);
        m_p += sizeof value;
        return qFromLittleEndian(value);
    }
    bool atEnd() const { return m_ok && m_p == m_end; }
    bool ok() const { return m_ok; }

private:
    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

} // namespace

OrdinalSet::OrdinalSet(quint32 size, bool filled)
    : m_words((size + 63) / 64, filled ? ~quint64(0) : 0)
    , m_size(size)
{
    if (filled && size % 64)
        m_words.back() = (quint64(1) << (size % 64)) - 1;
}

void OrdinalSet::resize(quint32 size)
{
    if (size < m_size && size % 64)
        m_words[size / 64] &= (quint64(1) << (size % 64)) - 1;
    m_words.resize((size + 63) / 64, 0);
    m_size = size;
}

qsizetype OrdinalSet::count() const
{
    qsizetype n = 0;
    for (const quint64 w : m_words)
        n += std::popcount(w);
    return n;
}

OrdinalSet &OrdinalSet::operator&=(const OrdinalSet &other)
{
    for (size_t i = 0; i < m_words.size(); ++i)
        m_words[i] &= i < other.m_words.size() ? other.m_words[i] : 0;
    return *this;
}

OrdinalSet &OrdinalSet::operator|=(const OrdinalSet &other)
{
    for (size_t i = 0; i < m_words.size() && i < other.m_words.size(); ++i)
        m_words[i] |= other.m_words[i];
    if (m_size % 64)
        m_words.back() &= (quint64(1) << (m_size % 64)) - 1;
    return *this;
}

OrdinalSet &OrdinalSet::operator-=(const OrdinalSet &other)
{
    for (size_t i = 0; i < m_words.size() && i < other.m_words.size(); ++i)
        m_words[i] &= ~other.m_words[i];
    return *this;
}

QString SearchIndex::pathIn(const DataDirectory &dir)
{
    return dir.root() + QStringLiteral("/search.index");
}

SearchIndex::Segment SearchIndex::build(std::vector<std::pair<Token, quint32>> &pairs, quint32 firstOrdinal,
                                        quint32 endOrdinal)
{
    sortByToken(pairs);
    Segment s;
    s.firstOrdinal = firstOrdinal;
    s.endOrdinal = endOrdinal;
    s.postings.reserve(pairs.size() + pairs.size() / 2);
    for (size_t i = 0; i < pairs.size();) {
        size_t j = i + 1;
        while (j < pairs.size() && pairs[j].first == pairs[i].first)
            ++j;
        s.keys.push_back(pairs[i].first);
        if (j - i == 1) {
            s.refs.push_back(InlineFlag | pairs[i].second);
        } else {
            s.refs.push_back(quint32(s.postings.size()));
            putVarint(s.postings, quint32(j - i));
            quint32 previous = 0;
            for (size_t k = i; k < j; ++k) {
                putVarint(s.postings, pairs[k].second - previous);
                previous = pairs[k].second;
            }
        }
        i = j;
    }
    s.keys.shrink_to_fit();
    s.refs.shrink_to_fit();
    s.postings.shrink_to_fit();
    return s;
}

void SearchIndex::seal(qsizetype count)
{
    count = qMin(count, qsizetype(m_pending.size()));
    if (count <= 0)
        return;
    size_t total = 0;
    for (qsizetype i = 0; i < count; ++i)
        total += m_pending[i].tokens.size();
    std::vector<std::pair<Token, quint32>> pairs;
    pairs.reserve(total);
    for (qsizetype i = 0; i < count; ++i) {
        for (const Token t : m_pending[i].tokens)
            pairs.emplace_back(t, m_pending[i].ordinal);
    }
    m_segments.push_back(build(pairs, m_pending.front().ordinal, m_pending[count - 1].ordinal + 1));
    m_pending.erase(m_pending.begin(), m_pending.begin() + count);
}

void SearchIndex::add(const QString &id, const QByteArray &fingerprint, std::vector<Token> tokens)
{
    remove(id);
    if (m_sessions.size() >= MaxOrdinals - 1)
        compact();
    const quint32 ordinal = quint32(m_sessions.size());
    m_sessions.push_back({digestOf(id), digestOf(fingerprint), id, fingerprint});
    m_alive.resize(ordinal + 1);
    m_alive.insert(ordinal);
    m_ordinals.insert(m_sessions.back().id, ordinal);
    m_pending.push_back({ordinal, std::move(tokens)});
    if (qsizetype(m_pending.size()) >= m_limits.batchSize)
        seal(m_limits.batchSize);
    m_modified = true;
}

void SearchIndex::remove(const QString &id)
{
    if (const std::optional<quint32> o = ordinalOf(id))
        removeOrdinal(*o);
}

void SearchIndex::removeOrdinal(quint32 ordinal)
{
    if (!m_alive.contains(ordinal))
        return;
    m_alive.remove(ordinal);
    m_ordinals.remove(m_sessions[ordinal].id);
    m_sessions[ordinal].seenId.clear();
    m_sessions[ordinal].seenFingerprint.clear();
    // Its pending tokens are never asked for again.
    const auto p = std::lower_bound(m_pending.begin(), m_pending.end(), ordinal,
                                    [](const PendingSession &s, quint32 o) { return s.ordinal < o; });
    if (p != m_pending.end() && p->ordinal == ordinal)
        p->tokens = {};
    m_modified = true;
}

bool SearchIndex::contains(const QString &id, const QByteArray &fingerprint) const
{
    const auto it = m_ordinals.constFind(digestOf(id));
    return it != m_ordinals.cend() && m_sessions[*it].fingerprint == digestOf(fingerprint);
}

namespace {

// The same string or bytes, not only equal ones: no need to read them.
template <typename T>
bool isSameData(const T &a, const T &b)
{
    return !a.isEmpty() && a.size() == b.size() && a.constData() == b.constData();
}

} // namespace

quint32 SearchIndex::find(const QString &id, quint32 hint) const
{
    // A catch-up of 100 000 sessions is bound by memory latency: the id it shares with the summary
    // needs no string comparison, only the next ordinal in line.
    const bool hinted = hint < m_sessions.size() && m_alive.contains(hint);
    if (hinted && isSameData(m_sessions[hint].seenId, id))
        return hint;
    const quint64 digest = digestOf(id);
    if (hinted && m_sessions[hint].id == digest)
        return hint;
    const auto it = m_ordinals.constFind(digest);
    return it == m_ordinals.cend() ? NoOrdinal : *it;
}

std::vector<quint32> SearchIndex::ordinalsOf(const QList<const SessionSummary *> &sessions) const
{
    std::vector<quint32> ordinals;
    ordinals.reserve(size_t(sessions.size()));
    quint32 hint = 0;
    for (const SessionSummary *s : sessions) {
        const quint32 o = find(s->id, hint);
        ordinals.push_back(o);
        if (o != NoOrdinal)
            hint = o + 1;
    }
    return ordinals;
}

std::optional<quint32> SearchIndex::ordinalOf(const QString &id) const
{
    const auto it = m_ordinals.constFind(digestOf(id));
    return it == m_ordinals.cend() ? std::nullopt : std::optional<quint32>(*it);
}

OrdinalSet SearchIndex::sessionsWith(Token token) const
{
    OrdinalSet set(ordinalCount());
    for (const Segment &s : m_segments) {
        const auto it = std::lower_bound(s.keys.begin(), s.keys.end(), token);
        if (it != s.keys.end() && *it == token)
            forEachPosting(s, size_t(it - s.keys.begin()), [&set](quint32 o) { set.insert(o); });
    }
    for (const PendingSession &p : m_pending) {
        if (std::binary_search(p.tokens.begin(), p.tokens.end(), token))
            set.insert(p.ordinal);
    }
    set &= m_alive;
    return set;
}

SearchIndex::CatchUpReport SearchIndex::catchUp(const DataDirectory &dir, const QList<const SessionSummary *> &sessions,
                                                std::vector<quint32> *ordinals)
{
    CatchUpReport report;
    OrdinalSet current(ordinalCount());
    QList<const SessionSummary *> toIndex;
    if (ordinals) {
        ordinals->clear();
        ordinals->reserve(size_t(sessions.size()));
    }
    quint32 hint = 0;
    for (const SessionSummary *s : sessions) {
        const quint32 o = find(s->id, hint);
        if (ordinals)
            ordinals->push_back(o);
        if (o != NoOrdinal) {
            hint = o + 1;
            IndexedSession &known = m_sessions[o];
            if (isSameData(known.seenFingerprint, s->fingerprint) || known.fingerprint == digestOf(s->fingerprint)) {
                current.insert(o);
                if (!isSameData(known.seenId, s->id))
                    known.seenId = s->id;
                if (!isSameData(known.seenFingerprint, s->fingerprint))
                    known.seenFingerprint = s->fingerprint;
                continue;
            }
        }
        toIndex.append(s);
    }
    OrdinalSet gone = m_alive;
    gone -= current;
    for (const SessionSummary *s : std::as_const(toIndex)) {
        if (const auto o = ordinalOf(s->id))
            gone.insert(*o); // a different capture under a known id
    }
    for (quint32 o = 0; o < gone.size(); ++o) {
        if (gone.contains(o)) {
            removeOrdinal(o);
            ++report.forgotten;
        }
    }

    // A batch at a time, so a first build never holds more than one batch of token lists.
    constexpr qsizetype ReadBatch = 4096;
    for (qsizetype start = 0; start < toIndex.size(); start += ReadBatch) {
        const qsizetype count = qMin(ReadBatch, toIndex.size() - start);
        QStringList ids;
        ids.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            ids.append(toIndex.at(start + i)->id);
        std::vector<std::vector<Token>> tokens(count);
        std::vector<char> unreadable(count, 0);
        SessionReader::readInParallel(dir, ids, [&](qsizetype i, SessionReader::Outcome &&outcome) {
            if (outcome.unreadable)
                unreadable[i] = 1;
            else if (outcome.session) // a damaged file is indexed empty: re-reading it each time finds nothing more
                tokens[i] = MessageTokens::tokensOf(MessageTokens::messagesOf(*outcome.session));
        });
        for (qsizetype i = 0; i < count; ++i) {
            if (unreadable[i]) {
                ++report.unreadable;
                continue;
            }
            const SessionSummary *s = toIndex.at(start + i);
            add(s->id, s->fingerprint, std::move(tokens[i]));
            ++report.indexed;
        }
    }
    if (report.unreadable > 0)
        qCWarning(lcSearch) << report.unreadable << "session files could not be read for the search index";

    const size_t dead = m_sessions.size() - size_t(m_ordinals.size());
    if (dead > 0 && qsizetype(dead) >= m_limits.minDeadToCompact && dead * 4 >= m_sessions.size())
        compact();
    mergeSmallSegments();
    if (ordinals && (report.changed() || report.unreadable > 0))
        *ordinals = ordinalsOf(sessions); // new ones, and perhaps compacted ordinals
    return report;
}

void SearchIndex::compact()
{
    // before[o]: live sessions with a smaller ordinal, i.e. o's new ordinal if o lives.
    std::vector<quint32> before(m_sessions.size() + 1, 0);
    for (quint32 o = 0; o < m_sessions.size(); ++o)
        before[o + 1] = before[o] + (m_alive.contains(o) ? 1 : 0);

    std::vector<Segment> segments;
    std::vector<quint32> list;
    for (const Segment &s : m_segments) {
        Segment out;
        out.firstOrdinal = before[s.firstOrdinal];
        out.endOrdinal = before[s.endOrdinal];
        if (out.firstOrdinal == out.endOrdinal)
            continue;
        for (size_t k = 0; k < s.keys.size(); ++k) {
            list.clear();
            forEachPosting(s, k, [&](quint32 o) {
                if (m_alive.contains(o))
                    list.push_back(before[o]);
            });
            if (list.empty())
                continue;
            out.keys.push_back(s.keys[k]);
            if (list.size() == 1) {
                out.refs.push_back(InlineFlag | list.front());
                continue;
            }
            out.refs.push_back(quint32(out.postings.size()));
            putVarint(out.postings, quint32(list.size()));
            quint32 previous = 0;
            for (const quint32 o : list) {
                putVarint(out.postings, o - previous);
                previous = o;
            }
        }
        out.keys.shrink_to_fit();
        out.refs.shrink_to_fit();
        out.postings.shrink_to_fit();
        segments.push_back(std::move(out));
    }
    m_segments = std::move(segments);

    std::vector<PendingSession> pending;
    for (PendingSession &p : m_pending) {
        if (m_alive.contains(p.ordinal))
            pending.push_back({before[p.ordinal], std::move(p.tokens)});
    }
    m_pending = std::move(pending);

    std::vector<IndexedSession> sessions;
    sessions.reserve(m_ordinals.size());
    m_ordinals.clear();
    for (quint32 o = 0; o < m_sessions.size(); ++o) {
        if (m_alive.contains(o)) {
            m_ordinals.insert(m_sessions[o].id, quint32(sessions.size()));
            sessions.push_back(std::move(m_sessions[o]));
        }
    }
    m_sessions = std::move(sessions);
    m_alive = OrdinalSet(quint32(m_sessions.size()), true);
    m_modified = true;
}

SearchIndex::Segment SearchIndex::merge(const Segment &a, const Segment &b)
{
    Segment out;
    out.firstOrdinal = a.firstOrdinal;
    out.endOrdinal = b.endOrdinal;
    out.keys.reserve(a.keys.size() + b.keys.size());
    out.refs.reserve(a.keys.size() + b.keys.size());
    out.postings.reserve(a.postings.size() + b.postings.size() + 64);
    std::vector<quint32> list;
    auto collect = [&list](quint32 o) { list.push_back(o); };
    size_t i = 0, j = 0;
    while (i < a.keys.size() || j < b.keys.size()) {
        list.clear();
        Token key = 0;
        // b's ordinals all follow a's, so a list is a's part, then b's.
        if (j == b.keys.size() || (i < a.keys.size() && a.keys[i] < b.keys[j])) {
            key = a.keys[i];
            forEachPosting(a, i++, collect);
        } else if (i == a.keys.size() || b.keys[j] < a.keys[i]) {
            key = b.keys[j];
            forEachPosting(b, j++, collect);
        } else {
            key = a.keys[i];
            forEachPosting(a, i++, collect);
            forEachPosting(b, j++, collect);
        }
        out.keys.push_back(key);
        if (list.size() == 1) {
            out.refs.push_back(InlineFlag | list.front());
            continue;
        }
        out.refs.push_back(quint32(out.postings.size()));
        putVarint(out.postings, quint32(list.size()));
        quint32 previous = 0;
        for (const quint32 o : list) {
            putVarint(out.postings, o - previous);
            previous = o;
        }
    }
    out.keys.shrink_to_fit();
    out.refs.shrink_to_fit();
    out.postings.shrink_to_fit();
    return out;
}

void SearchIndex::mergeSmallSegments()
{
    while (qsizetype(m_segments.size()) > m_limits.maxSegments) {
        size_t best = 0;
        quint64 bestSize = std::numeric_limits<quint64>::max();
        for (size_t i = 0; i + 1 < m_segments.size(); ++i) {
            const quint64 size = quint64(m_segments[i + 1].endOrdinal) - m_segments[i].firstOrdinal;
            const quint64 bytes = m_segments[i].postings.size() + m_segments[i + 1].postings.size();
            if (size < bestSize && bytes < InlineFlag) {
                best = i;
                bestSize = size;
            }
        }
        if (bestSize == std::numeric_limits<quint64>::max())
            return;
        m_segments[best] = merge(m_segments[best], m_segments[best + 1]);
        m_segments.erase(m_segments.begin() + qsizetype(best) + 1);
        m_modified = true;
    }
}

qsizetype SearchIndex::tokenEntries() const
{
    qsizetype n = 0;
    for (const Segment &s : m_segments)
        n += qsizetype(s.keys.size());
    for (const PendingSession &p : m_pending)
        n += qsizetype(p.tokens.size());
    return n;
}

qsizetype SearchIndex::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_sessions.capacity() * sizeof(IndexedSession)) + m_alive.size() / 8;
    bytes += m_ordinals.capacity() * qsizetype(sizeof(quint64) + sizeof(quint32) + 4);
    for (const Segment &s : m_segments)
        bytes += qsizetype(s.keys.capacity() * 8 + s.refs.capacity() * 4 + s.postings.capacity());
    for (const PendingSession &p : m_pending)
        bytes += qsizetype(sizeof(PendingSession) + p.tokens.capacity() * 8);
    return bytes;
}

bool SearchIndex::isValid(const Segment &s, quint32 ordinalCount)
{
    if (s.firstOrdinal > s.endOrdinal || s.endOrdinal > ordinalCount || s.refs.size() != s.keys.size())
        return false;
    for (size_t k = 0; k < s.keys.size(); ++k) {
        if (k > 0 && s.keys[k - 1] >= s.keys[k])
            return false;
        const quint32 ref = s.refs[k];
        if ((ref & InlineFlag) ? (ref & ~InlineFlag) >= ordinalCount : ref >= s.postings.size())
            return false;
    }
    return true;
}

Status SearchIndex::save(const QString &path)
{
    const qsizetype sessionBytes = qsizetype(m_sessions.size()) * SessionRecordBytes;
    qsizetype size = HeaderBytes + 64 + qsizetype(m_segments.size()) * 96 + sessionBytes;
    for (const Segment &s : m_segments)
        size += qsizetype(s.keys.size() * 12 + s.postings.size());
    for (const PendingSession &p : m_pending)
        size += 8 + qsizetype(p.tokens.size() * 8);
    Writer out(size + 256);
    out.put(Magic);
    out.put(FormatVersion);
    out.put(MessageTokens::Version);
    out.put(quint32(0));

    Writer meta(64 + qsizetype(m_segments.size()) * 24);
    meta.put(quint32(m_sessions.size()));
    meta.put(quint32(m_segments.size()));
    meta.put(quint32(m_pending.size()));
    for (const Segment &s : m_segments) {
        meta.put(s.firstOrdinal);
        meta.put(s.endOrdinal);
        meta.put(quint64(s.keys.size()));
        meta.put(quint64(s.postings.size()));
    }
    out.section(meta.bytes());

    Writer sessions(sessionBytes);
    for (quint32 o = 0; o < m_sessions.size(); ++o) {
        const IndexedSession &s = m_sessions[o];
        sessions.put(s.id);
        sessions.put(s.fingerprint);
        sessions.put(quint8(m_alive.contains(o)));
    }
    out.section(sessions.bytes());
    sessions = Writer(0);

    for (const Segment &s : m_segments) {
        out.section(s.keys);
        out.section(s.refs);
        out.section(s.postings);
    }

    Writer pending(qsizetype(m_pending.size()) * 8);
    for (const PendingSession &p : m_pending) {
        pending.put(p.ordinal);
        pending.put(quint32(p.tokens.size()));
        pending.bytes().append(reinterpret_cast<const char *>(p.tokens.data()), qsizetype(p.tokens.size() * 8));
    }
    out.section(pending.bytes());
    out.put(Magic);

    Status s = DurableFile::write(path, out.bytes());
    if (s)
        m_modified = false;
    return s;
}

Result<SearchIndex> SearchIndex::load(const QString &path)
{
    using R = Result<SearchIndex>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    const R damaged = R::failure(Tr::tr("the search index %1 is damaged").arg(path));
    Reader in(file);
    quint32 magic = 0, format = 0, tokens = 0, reserved = 0;
    if (!in.get(magic) || !in.get(format) || !in.get(tokens) || !in.get(reserved) || magic != Magic)
        return damaged;
    if (format != FormatVersion || tokens != MessageTokens::Version)
        return R::failure(Tr::tr("the search index %1 is of another version").arg(path));

    SearchIndex index;
    QByteArray bytes;
    if (!in.section(bytes))
        return damaged;
    Cursor meta(bytes);
    const quint32 sessionCount = meta.get<quint32>();
    const quint32 segmentCount = meta.get<quint32>();
    const quint32 pendingCount = meta.get<quint32>();
    if (!meta.ok() || sessionCount >= MaxOrdinals || segmentCount > quint32(bytes.size() / 24))
        return damaged;
    struct SegmentShape
    {
        quint64 keys, postings;
    };
    std::vector<SegmentShape> shapes;
    index.m_segments.resize(segmentCount);
    for (Segment &s : index.m_segments) {
        s.firstOrdinal = meta.get<quint32>();
        s.endOrdinal = meta.get<quint32>();
        shapes.push_back({meta.get<quint64>(), meta.get<quint64>()});
    }
    if (!meta.atEnd())
        return damaged;

    if (!in.section(bytes) || bytes.size() != qsizetype(sessionCount) * SessionRecordBytes)
        return damaged;
    Cursor sessions(bytes);
    index.m_sessions.reserve(sessionCount);
    index.m_alive = OrdinalSet(sessionCount);
    index.m_ordinals.reserve(sessionCount);
    for (quint32 o = 0; o < sessionCount && sessions.ok(); ++o) {
        IndexedSession s;
        s.id = sessions.get<quint64>();
        s.fingerprint = sessions.get<quint64>();
        const bool alive = sessions.get<quint8>() != 0;
        if (alive) {
            if (index.m_ordinals.contains(s.id))
                return damaged;
            index.m_alive.insert(o);
            index.m_ordinals.insert(s.id, o);
        }
        index.m_sessions.push_back(std::move(s));
    }
    if (!sessions.atEnd())
        return damaged;
    bytes = {};

    quint32 previousEnd = 0;
    for (quint32 i = 0; i < segmentCount; ++i) {
        Segment &s = index.m_segments[i];
        const quint64 fileLeft = quint64(file.size() - file.pos());
        if (shapes[i].keys > fileLeft / 12 || shapes[i].postings > fileLeft || s.firstOrdinal < previousEnd
            || !in.section(s.keys, shapes[i].keys) || !in.section(s.refs, shapes[i].keys)
            || !in.section(s.postings, shapes[i].postings) || !isValid(s, sessionCount))
            return damaged;
        previousEnd = s.endOrdinal;
    }

    if (!in.section(bytes))
        return damaged;
    Cursor pending(bytes);
    for (quint32 i = 0; i < pendingCount && pending.ok(); ++i) {
        PendingSession p;
        p.ordinal = pending.get<quint32>();
        const quint32 count = pending.get<quint32>();
        if (!pending.ok() || p.ordinal >= sessionCount || p.ordinal < previousEnd || count > quint32(bytes.size() / 8))
            return damaged;
        previousEnd = p.ordinal + 1;
        p.tokens.resize(count);
        for (Token &t : p.tokens)
            t = pending.get<quint64>();
        if (!std::is_sorted(p.tokens.begin(), p.tokens.end()))
            return damaged;
        index.m_pending.push_back(std::move(p));
    }
    quint32 trailer = 0;
    if (!pending.atEnd() || !in.get(trailer) || trailer != Magic || !file.atEnd())
        return damaged;
    return R::success(std::move(index));
}

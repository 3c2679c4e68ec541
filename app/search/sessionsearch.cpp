#include "sessionsearch.h"

#include "messagetokens.h"
#include "searchlog.h"
#include "sessionreader.h"
#include "sessionrepository.h"

#include <QFileInfo>

#include <algorithm>

namespace {

using Term = SearchQuery::Term;
using Kind = SearchQuery::Kind;

// Component by component, so ORU matches ORU^R01^ORU_R01. MSH-9 is kept as written, with the
// message's own component separator: whatever first follows the message code.
bool isOfType(QStringView type, QStringView wanted)
{
    const auto separator = std::find_if(type.begin(), type.end(), [](QChar c) { return !c.isLetterOrNumber() && c != u'_'; });
    const QList<QStringView> have = separator == type.end() ? QList<QStringView>{type} : type.split(*separator);
    const QList<QStringView> want = wanted.split(u'^');
    if (want.size() > have.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (have.at(i).trimmed().compare(want.at(i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

// A summary term, not yet negated.
bool holds(const Term &t, const SessionSummary &s)
{
    switch (t.kind) {
    case Kind::Device:
        return s.deviceIp.compare(t.value, Qt::CaseInsensitive) == 0;
    case Kind::Lis:
        return s.lisIp.compare(t.value, Qt::CaseInsensitive) == 0;
    case Kind::Submission:
        return t.statuses.contains(s.submissionStatus);
    case Kind::From:
        return s.startTime >= t.time;
    case Kind::To:
        return s.startTime < t.time;
    case Kind::Type:
        return std::any_of(s.messageTypes.begin(), s.messageTypes.end(), [&t](const QString &type) { return isOfType(type, t.value); });
    case Kind::Field:
    case Kind::Text:
        break;
    }
    return false;
}

// A term the index only narrowed down, on the messages themselves.
bool holds(const Term &t, const QList<QByteArray> &messages)
{
    if (t.kind == Kind::Field)
        return MessageTokens::hasFieldValue(messages, t.path, t.occurrenceGiven, t.value);
    return MessageTokens::hasPhrase(messages, t.words);
}

} // namespace

SessionSearch::SessionSearch(DataDirectory dir, Persistence persistence)
    : m_dir(std::move(dir))
    , m_persistence(persistence)
{
}

SessionSearch::SessionSearch(const SessionRepository &repository)
    : SessionSearch(repository.directory(), repository.isReadOnly() ? Persistence::InMemory : Persistence::WriteBack)
{
}

SessionSearch::~SessionSearch()
{
    flush();
}

void SessionSearch::catchUp(const QList<const SessionSummary *> &sessions)
{
    catchUp(sessions, nullptr);
}

void SessionSearch::catchUp(const QList<const SessionSummary *> &sessions, std::vector<quint32> *ordinals)
{
    if (!m_loaded) {
        m_loaded = true;
        const QString path = SearchIndex::pathIn(m_dir);
        Result<SearchIndex> loaded = SearchIndex::load(path);
        if (loaded) {
            m_index = std::move(loaded).value();
            m_fileCurrent = true;
            ++m_statistics.indexLoads;
        } else if (QFileInfo::exists(path)) {
            qCWarning(lcSearch).noquote() << loaded.error() << "- building it afresh";
        }
    }
    const SearchIndex::CatchUpReport report = m_index.catchUp(m_dir, sessions, ordinals);
    m_statistics.sessionsParsed += report.indexed;
    m_unwrittenChanges += report.indexed + report.forgotten;
    const qsizetype many = qMax<qsizetype>(256, m_index.sessionCount() / 100);
    if (!m_fileCurrent || m_unwrittenChanges >= many)
        flush();
}

Status SessionSearch::flush()
{
    if (m_persistence != Persistence::WriteBack || !m_loaded || (m_fileCurrent && !m_index.isModified()))
        return succeeded();
    Status s = m_index.save(SearchIndex::pathIn(m_dir));
    if (s) {
        ++m_statistics.indexWrites;
        m_fileCurrent = true;
        m_unwrittenChanges = 0;
        m_writeError.clear();
    } else {
        // The answers never depend on the file: the next catch-up or flush tries again.
        m_writeError = s.error();
        qCWarning(lcSearch).noquote() << s.error();
    }
    return s;
}

OrdinalSet SessionSearch::sessionsFor(const Term &term) const
{
    if (term.kind == Kind::Field) {
        OrdinalSet set(m_index.ordinalCount());
        for (const MessageTokens::Token token : MessageTokens::fieldTokens(term.path, term.value))
            set |= m_index.sessionsWith(token);
        return set;
    }
    OrdinalSet set = m_index.allSessions();
    for (const QString &word : term.words)
        set &= m_index.sessionsWith(MessageTokens::wordToken(word));
    return set;
}

QList<const SessionSummary *> SessionSearch::matching(const SearchQuery &query, const QList<const SessionSummary *> &sessions)
{
    QList<const Term *> summaryTerms;
    for (const Term &t : query.terms()) {
        if (t.isSummaryTerm())
            summaryTerms.append(&t);
    }
    auto passes = [&summaryTerms](const SessionSummary &s) {
        return std::all_of(summaryTerms.begin(), summaryTerms.end(), [&s](const Term *t) { return holds(*t, s) != t->negated; });
    };
    QList<const SessionSummary *> found;
    if (!query.needsIndex()) {
        for (const SessionSummary *s : sessions) {
            if (passes(*s))
                found.append(s);
        }
    } else {
        std::vector<quint32> ordinals;
        catchUp(sessions, &ordinals);
        OrdinalSet match = m_index.allSessions();
        QList<std::pair<const Term *, OrdinalSet>> checks; // terms to confirm, and the sessions that need it
        for (const Term &t : query.terms()) {
            if (t.isSummaryTerm())
                continue;
            OrdinalSet set = sessionsFor(t);
            if (t.needsMessages()) {
                if (!t.negated)
                    match &= set;
                checks.append({&t, std::move(set)});
            } else if (t.negated) {
                match -= set;
            } else {
                match &= set;
            }
        }
        std::vector<quint32> foundOrdinals;
        for (qsizetype i = 0; i < sessions.size(); ++i) {
            const quint32 o = ordinals[size_t(i)];
            if (o != SearchIndex::NoOrdinal && match.contains(o) && passes(*sessions.at(i))) {
                found.append(sessions.at(i));
                foundOrdinals.push_back(o);
            }
        }
        if (!checks.isEmpty())
            confirm(found, foundOrdinals, checks);
    }
    if (!std::is_sorted(found.begin(), found.end(), [](const SessionSummary *a, const SessionSummary *b) { return isNewer(*a, *b); }))
        std::sort(found.begin(), found.end(), [](const SessionSummary *a, const SessionSummary *b) { return isNewer(*a, *b); });
    return found;
}

void SessionSearch::confirm(QList<const SessionSummary *> &found, const std::vector<quint32> &ordinals,
                            const QList<std::pair<const Term *, OrdinalSet>> &checks)
{
    // Only the sessions that some check cannot decide without their messages are read.
    QList<qsizetype> toRead;
    QStringList ids;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const quint32 o = ordinals[size_t(i)];
        if (std::any_of(checks.begin(), checks.end(), [o](const auto &c) { return c.second.contains(o); })) {
            toRead.append(i);
            ids.append(found.at(i)->id);
        }
    }
    std::vector<char> keep(size_t(found.size()), 1);
    SessionReader::readInParallel(m_dir, ids, [&](qsizetype i, SessionReader::Outcome &&outcome) {
        const qsizetype at = toRead.at(i);
        if (!outcome.session) {
            keep[size_t(at)] = 0; // nothing can be confirmed about a session that cannot be read
            return;
        }
        const quint32 o = ordinals[size_t(at)];
        const QList<QByteArray> messages = MessageTokens::messagesOf(*outcome.session);
        for (const auto &[term, candidates] : checks) {
            if (candidates.contains(o) && holds(*term, messages) == term->negated) {
                keep[size_t(at)] = 0;
                return;
            }
        }
    });
    m_statistics.sessionsVerified += int(ids.size());
    QList<const SessionSummary *> confirmed;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (keep[size_t(i)])
            confirmed.append(found.at(i));
    }
    found = std::move(confirmed);
}

QList<SessionSummary> SessionSearch::search(const SearchQuery &query, const QList<const SessionSummary *> &sessions)
{
    const QList<const SessionSummary *> found = matching(query, sessions);
    QList<SessionSummary> copies;
    copies.reserve(found.size());
    for (const SessionSummary *s : found)
        copies.append(*s);
    return copies;
}

QList<SessionSummary> SessionSearch::search(const SearchQuery &query, const QList<SessionSummary> &sessions)
{
    QList<const SessionSummary *> pointers;
    pointers.reserve(sessions.size());
    for (const SessionSummary &s : sessions)
        pointers.append(&s);
    return search(query, pointers);
}

QList<SessionSummary> SessionSearch::search(const SearchQuery &query, const SessionRepository &repository)
{
    return search(query, repository.newestFirst());
}

#include "searchquery.h"

#include "messagetokens.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SearchQuery)
};

using Term = SearchQuery::Term;
using Kind = SearchQuery::Kind;

// One space-separated piece of the query, with its quotes taken out but remembered per
// character: a quoted ':' or '=' is text, not syntax.
struct RawTerm
{
    QString text;
    QList<bool> quoted;
    QString written; // as typed, for messages
};

Result<QList<RawTerm>> lex(QStringView query)
{
    QList<RawTerm> terms;
    RawTerm current;
    bool inQuote = false;
    bool inTerm = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QChar c = query[i];
        if (!inTerm)
            start = i;
        if (c == u'"') {
            inQuote = !inQuote;
            inTerm = true;
            continue;
        }
        if (!inQuote && c.isSpace()) {
            if (inTerm) {
                current.written = query.sliced(start, i - start).toString();
                terms.append(std::exchange(current, {}));
                inTerm = false;
            }
            continue;
        }
        current.text += c;
        current.quoted.append(inQuote);
        inTerm = true;
    }
    if (inQuote)
        return Result<QList<RawTerm>>::failure(Tr::tr("the quote in %1 is not closed").arg(query.sliced(start).toString()));
    if (inTerm) {
        current.written = query.sliced(start).toString();
        terms.append(current);
    }
    return Result<QList<RawTerm>>::success(terms);
}

qsizetype firstUnquoted(const RawTerm &raw, QChar c, qsizetype from = 0)
{
    for (qsizetype i = from; i < raw.text.size(); ++i) {
        if (raw.text[i] == c && !raw.quoted[i])
            return i;
    }
    return -1;
}

struct TimeSpan
{
    qint64 start = 0;
    qint64 end = 0; // the first millisecond after what the text named
};

// Epoch milliseconds, or an ISO 8601 date or date-time: local time unless it names its offset.
std::optional<TimeSpan> parseTime(QStringView text)
{
    if (!text.isEmpty() && text.size() <= 15 && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); })) {
        const qint64 ms = text.toLongLong();
        return TimeSpan{ms, ms + 1};
    }
    // Not static: parsing may run on any thread, and a query is parsed once.
    const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$)"));
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    if (!m.hasCaptured(4)) {
        return TimeSpan{QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch(),
                        QDateTime(date.addDays(1), QTime(0, 0)).toMSecsSinceEpoch()};
    }
    const QStringView fraction = m.capturedView(7);
    const int fractionMs = fraction.isEmpty() ? 0 : (fraction.toString() + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt(), fractionMs);
    if (!time.isValid())
        return std::nullopt;
    QDateTime moment(date, time);
    const QStringView zone = m.capturedView(8);
    if (zone == u"Z") {
        moment = QDateTime(date, time, Qt::UTC);
    } else if (!zone.isEmpty()) {
        const int hours = zone.sliced(1, 2).toInt();
        const QStringView rest = zone.sliced(3);
        const int minutes = rest.isEmpty() ? 0 : rest.right(2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        const int sign = zone[0] == u'-' ? -1 : 1;
        moment = QDateTime(date, time, Qt::OffsetFromUTC, sign * (hours * 3600 + minutes * 60));
    }
    qint64 span = 60'000;
    if (!fraction.isEmpty())
        span = fraction.size() == 1 ? 100 : fraction.size() == 2 ? 10 : 1;
    else if (m.hasCaptured(6))
        span = 1'000;
    const qint64 start = moment.toMSecsSinceEpoch();
    return TimeSpan{start, start + span};
}

Result<Term> fieldTerm(const RawTerm &raw, qsizetype equals, Term term)
{
    using R = Result<Term>;
    const QString pathText = raw.text.left(equals);
    if (std::any_of(raw.quoted.begin(), raw.quoted.begin() + equals, [](bool q) { return q; }))
        return R::failure(Tr::tr("%1: a field path cannot be quoted").arg(raw.written));
    const std::optional<Hl7::Path> path = Hl7::Path::parse(pathText);
    if (!path)
        return R::failure(Tr::tr("\"%1\" is not a field path like PID-3.1 or OBX(2)-5").arg(pathText));
    const QString shown = path->toString();
    if (path->field == 0)
        return R::failure(Tr::tr("%1 names a whole segment; name a field, e.g. %1-3").arg(shown));
    if ((path->segment == "MSH" || path->segment == "BHS" || path->segment == "FHS") && path->field <= 2)
        return R::failure(Tr::tr("%1 holds the message's separators and cannot be searched").arg(shown));
    const QString value = raw.text.mid(equals + 1);
    if (value.contains(u'~'))
        return R::failure(Tr::tr("%1: a value matches one repetition, so it cannot contain ~").arg(shown));
    if (path->component > 0 && path->subcomponent == 0 && value.contains(u'^'))
        return R::failure(Tr::tr("%1 is a component: its value cannot contain ^").arg(shown));
    if (path->subcomponent > 0 && (value.contains(u'^') || value.contains(u'&')))
        return R::failure(Tr::tr("%1 is a sub-component: its value cannot contain ^ or &").arg(shown));
    const std::optional<QString> normalised = MessageTokens::normaliseFieldValue(value, *path);
    if (!normalised || normalised->isEmpty())
        return R::failure(Tr::tr("%1= needs a value").arg(shown));
    term.kind = Kind::Field;
    term.path = *path;
    term.occurrenceGiven = pathText.trimmed().size() > 3 && pathText.trimmed().at(3) == u'(';
    term.value = *normalised;
    return R::success(term);
}

Result<Term> filterTerm(const QString &key, const QString &value, const RawTerm &raw, Term term)
{
    using R = Result<Term>;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return R::failure(Tr::tr("%1 needs a value").arg(raw.written));
    if (key == u"device" || key == u"lis") {
        term.kind = key == u"device" ? Kind::Device : Kind::Lis;
        term.value = trimmed;
        return R::success(term);
    }
    if (key == u"status") {
        term.kind = Kind::Submission;
        for (const QStringView name : QStringView(trimmed).split(u',', Qt::SkipEmptyParts)) {
            const std::optional<SubmissionStatus> status = submissionStatusFromString(name.trimmed().toString().toLower());
            if (!status)
                return R::failure(Tr::tr("unknown status \"%1\"; use pending, submitted, failed or ignored").arg(name.toString()));
            if (!term.statuses.contains(*status))
                term.statuses.append(*status);
        }
        if (term.statuses.isEmpty())
            return R::failure(Tr::tr("%1 needs a value").arg(raw.written));
        std::sort(term.statuses.begin(), term.statuses.end());
        return R::success(term);
    }
    if (key == u"from" || key == u"to") {
        const std::optional<TimeSpan> span = parseTime(trimmed);
        if (!span)
            return R::failure(Tr::tr("\"%1\" is not a date, a date-time or milliseconds since 1970 "
                                     "(e.g. 2026-11-01, 2026-11-01T08:30, 2026-11-01T08:30:00Z)").arg(trimmed));
        term.kind = key == u"from" ? Kind::From : Kind::To;
        term.time = key == u"from" ? span->start : span->end;
        return R::success(term);
    }
    if (key == u"type") {
        term.kind = Kind::Type;
        term.value = MessageTokens::normaliseFieldValue(trimmed, Hl7::Path{"MSH", 1, 9, 0, 0, 0}).value_or(QString());
        if (term.value.isEmpty())
            return R::failure(Tr::tr("\"%1\" is not a message type like ORU^R01").arg(trimmed));
        return R::success(term);
    }
    return R::failure(Tr::tr("unknown filter \"%1:\"; use device:, lis:, status:, from:, to: or type: "
                             "(quote text that has a colon)").arg(key));
}

Result<Term> parseTerm(RawTerm raw)
{
    using R = Result<Term>;
    Term term;
    if (raw.text.startsWith(u'-') && !raw.quoted.constFirst()) {
        term.negated = true;
        raw.text.remove(0, 1);
        raw.quoted.removeFirst();
        if (raw.text.isEmpty())
            return R::failure(Tr::tr("a lone - negates nothing; quote text that starts with -"));
    }
    const qsizetype colon = firstUnquoted(raw, u':');
    if (colon > 0) {
        const QStringView key = QStringView(raw.text).first(colon);
        const bool isKey = std::all_of(key.begin(), key.end(), [](QChar c) { return c.isLetter() && c.unicode() < 128; })
            && std::none_of(raw.quoted.begin(), raw.quoted.begin() + colon, [](bool q) { return q; });
        // "PID-5.1=A:B" is a field term whose value has a colon: the path comes first.
        const qsizetype equals = firstUnquoted(raw, u'=');
        if (isKey && (equals < 0 || equals > colon))
            return filterTerm(key.toString().toLower(), raw.text.mid(colon + 1), raw, term);
    }
    const qsizetype equals = firstUnquoted(raw, u'=');
    if (equals >= 0)
        return fieldTerm(raw, equals, term);
    term.kind = Kind::Text;
    term.words = MessageTokens::words(MessageTokens::normalise(raw.text));
    if (term.words.isEmpty())
        return R::failure(Tr::tr("%1 has no words to search for").arg(raw.written));
    for (const QString &word : std::as_const(term.words)) {
        if (word.size() > MessageTokens::MaxWordLength)
            return R::failure(Tr::tr("\"%1…\" is longer than %2 characters; words that long are not searchable")
                                  .arg(word.left(16)).arg(MessageTokens::MaxWordLength));
    }
    return R::success(term);
}

} // namespace

bool SearchQuery::Term::needsMessages() const
{
    if (kind == Kind::Field)
        return occurrenceGiven || path.repetition > 0;
    return kind == Kind::Text && words.size() > 1;
}

QString SearchQuery::Term::toString() const
{
    QString s = negated ? QStringLiteral("-") : QString();
    switch (kind) {
    case Kind::Field: {
        QString where = path.toString();
        if (occurrenceGiven && path.occurrence == 1)
            where.insert(3, QStringLiteral("(1)"));
        const bool quote = value.contains(u' ') || value.contains(u'"');
        return s + where + u'=' + (quote ? u'"' + value + u'"' : value);
    }
    case Kind::Text: {
        const QString text = words.join(u' ');
        const bool quote = words.size() > 1 || text.contains(u':') || text.contains(u'=') || text.startsWith(u'-');
        return s + (quote ? u'"' + text + u'"' : text);
    }
    case Kind::Device:
        return s + QStringLiteral("device:") + value;
    case Kind::Lis:
        return s + QStringLiteral("lis:") + value;
    case Kind::Submission: {
        QStringList names;
        for (const SubmissionStatus status : statuses)
            names.append(jsonName(status));
        return s + QStringLiteral("status:") + names.join(u',');
    }
    case Kind::From:
        return s + QStringLiteral("from:") + QString::number(time);
    case Kind::To:
        return s + QStringLiteral("to:") + QString::number(time - 1); // the last millisecond in, as to: reads it
    case Kind::Type:
        return s + QStringLiteral("type:") + value;
    }
    return s;
}

Result<SearchQuery> SearchQuery::parse(QStringView text)
{
    using R = Result<SearchQuery>;
    Result<QList<RawTerm>> raw = lex(text);
    if (!raw)
        return R::failure(raw.error());
    if (raw->isEmpty())
        return R::failure(Tr::tr("the query is empty"));
    SearchQuery query;
    for (const RawTerm &r : raw.value()) {
        Result<Term> term = parseTerm(r);
        if (!term)
            return R::failure(term.error());
        query.m_terms.append(std::move(term).value());
    }
    return R::success(std::move(query));
}

bool SearchQuery::needsIndex() const
{
    return std::any_of(m_terms.begin(), m_terms.end(), [](const Term &t) { return !t.isSummaryTerm(); });
}

QString SearchQuery::toString() const
{
    QStringList parts;
    for (const Term &t : m_terms)
        parts.append(t.toString());
    return parts.join(u' ');
}

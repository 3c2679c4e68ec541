#include "sessionfiltermodel.h"

#include "sessiontablemodel.h"

#include <QDateTime>

#include <limits>

namespace {

constexpr qint64 Hour = 3'600'000;
// Rows whose visibility a filter change may flip one by one; beyond, the mapping is rebuilt.
constexpr qsizetype MaxIncrementalFlips = 256;
constexpr qint64 Day = 24 * Hour;

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

char16_t folded(char16_t c)
{
    // Addresses and message types are ASCII: fold those without the Unicode tables.
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    return char16_t(QChar::toCaseFolded(char32_t(c)));
}

// Case-insensitive, with runs of digits compared as numbers: 10.0.0.9 before 10.0.0.10.
int naturalCompare(QStringView a, QStringView b)
{
    if (a == b) // most comparisons of a sort meet equal addresses and types
        return 0;
    const char16_t *i = a.utf16();
    const char16_t *aEnd = i + a.size();
    const char16_t *j = b.utf16();
    const char16_t *bEnd = j + b.size();
    while (i != aEnd && j != bEnd) {
        if (isAsciiDigit(*i) && isAsciiDigit(*j)) {
            while (i + 1 != aEnd && *i == u'0' && isAsciiDigit(i[1]))
                ++i;
            while (j + 1 != bEnd && *j == u'0' && isAsciiDigit(j[1]))
                ++j;
            const char16_t *runA = i;
            const char16_t *runB = j;
            while (runA != aEnd && isAsciiDigit(*runA))
                ++runA;
            while (runB != bEnd && isAsciiDigit(*runB))
                ++runB;
            if (runA - i != runB - j)
                return runA - i < runB - j ? -1 : 1;
            for (; i != runA; ++i, ++j) {
                if (*i != *j)
                    return *i < *j ? -1 : 1;
            }
            continue;
        }
        if (*i != *j) {
            const char16_t ca = folded(*i);
            const char16_t cb = folded(*j);
            if (ca != cb)
                return ca < cb ? -1 : 1;
        }
        ++i;
        ++j;
    }
    const qsizetype restA = aEnd - i;
    const qsizetype restB = bEnd - j;
    return restA == restB ? 0 : (restA < restB ? -1 : 1);
}

template <typename T>
int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareLists(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        if (const int c = naturalCompare(a.at(i), b.at(i)))
            return c;
    }
    return compareValues(a.size(), b.size());
}

// Submission times (in time order), then errors (by text), then nothing.
int compareOutcomes(const SessionSummary &a, const SessionSummary &b)
{
    auto kind = [](const SessionSummary &s) {
        if (s.submissionStatus == SubmissionStatus::Submitted && s.submittedAt)
            return 0;
        return s.submissionError.isEmpty() ? 2 : 1;
    };
    const int ka = kind(a);
    const int kb = kind(b);
    if (ka != kb)
        return compareValues(ka, kb);
    if (ka == 0)
        return compareValues(*a.submittedAt, *b.submittedAt);
    return naturalCompare(a.submissionError, b.submissionError);
}

int compareColumn(int column, const SessionSummary &a, const SessionSummary &b)
{
    switch (column) {
    case SessionTableModel::NumberColumn:
        return compareValues(a.sessionNumber, b.sessionNumber);
    case SessionTableModel::StartColumn:
        return compareValues(a.startTime, b.startTime);
    case SessionTableModel::DurationColumn: // no end sorts before every duration
        return compareValues(a.endTime ? *a.endTime - a.startTime : -1, b.endTime ? *b.endTime - b.startTime : -1);
    case SessionTableModel::DeviceColumn:
        return naturalCompare(a.deviceIp, b.deviceIp);
    case SessionTableModel::LisColumn:
        return naturalCompare(a.lisIp, b.lisIp);
    case SessionTableModel::TypesColumn:
        return compareLists(a.messageTypes, b.messageTypes);
    case SessionTableModel::MessagesColumn:
        return compareValues(a.messageCount, b.messageCount);
    case SessionTableModel::CompleteColumn:
        return compareValues(a.complete, b.complete);
    case SessionTableModel::StatusColumn:
        return compareValues(int(a.submissionStatus), int(b.submissionStatus));
    case SessionTableModel::AttemptsColumn:
        return compareValues(a.submissionAttempts, b.submissionAttempts);
    case SessionTableModel::OutcomeColumn:
        return compareOutcomes(a, b);
    default:
        return 0;
    }
}

} // namespace

SessionFilterModel::SessionFilterModel(SessionTableModel *sessions, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_sessions(sessions)
    , m_from(std::numeric_limits<qint64>::min())
    , m_to(std::numeric_limits<qint64>::max())
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setSortRole(SessionTableModel::SortRole);
    // Nothing filters on a role; naming one no view changes keeps repaint-only changes (the
    // "2 hours ago" texts) from re-filtering anything.
    setFilterRole(SessionTableModel::IdRole);
    setSourceModel(sessions);

    m_recountTimer.setSingleShot(true);
    m_recountTimer.setInterval(0);
    connect(&m_recountTimer, &QTimer::timeout, this, &SessionFilterModel::reportCounts);
    connect(sessions, &QAbstractItemModel::rowsInserted, this, &SessionFilterModel::scheduleRecount);
    connect(sessions, &QAbstractItemModel::rowsRemoved, this, &SessionFilterModel::scheduleRecount);
    connect(sessions, &QAbstractItemModel::modelReset, this, &SessionFilterModel::scheduleRecount);
    connect(sessions, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(SessionTableModel::StatusRole))
                    scheduleRecount();
            });
    scheduleRecount();
}

const SessionSummary &SessionFilterModel::summaryAt(const QModelIndex &proxyIndex) const
{
    return m_sessions->summaryAt(mapToSource(proxyIndex).row());
}

template <typename Change>
void SessionFilterModel::refilter(Change &&change)
{
    const QList<SessionSummary> &all = m_sessions->summaries();
    std::vector<bool> before(size_t(all.size()));
    for (qsizetype row = 0; row < all.size(); ++row)
        before[size_t(row)] = accepts(all.at(row));
    change();
    qsizetype flips = 0;
    for (qsizetype row = 0; row < all.size(); ++row)
        flips += before[size_t(row)] != accepts(all.at(row));
    if (flips == 0)
        return;
    // QSortFilterProxyModel removes and inserts rows run by run, moving the whole mapping each
    // time: for scattered changes (a status, a search's answer) a new mapping and one layout
    // change is far cheaper, and keeps the selection just the same.
    if (flips > MaxIncrementalFlips)
        invalidate();
    else
        invalidateRowsFilter();
}

void SessionFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    refilter([&] { m_status = filter; }); // the counts do not depend on it
}

void SessionFilterModel::setTimeRange(const TimeRange &range)
{
    if (range == m_range)
        return;
    refilter([&] {
        m_range = range;
        std::tie(m_from, m_to) = window();
    });
    scheduleRecount();
}

void SessionFilterModel::setMatchingIds(std::optional<QSet<QString>> ids)
{
    if (ids == m_matching)
        return;
    refilter([&] { m_matching = std::move(ids); });
    scheduleRecount();
}

void SessionFilterModel::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
    refreshTime();
}

void SessionFilterModel::refreshTime()
{
    const auto [from, to] = window();
    if (from == m_from && to == m_to)
        return;
    refilter([&] {
        m_from = from;
        m_to = to;
    });
    scheduleRecount();
}

std::pair<qint64, qint64> SessionFilterModel::window() const
{
    constexpr qint64 earliest = std::numeric_limits<qint64>::min();
    constexpr qint64 latest = std::numeric_limits<qint64>::max();
    switch (m_range.preset) {
    case TimeRange::Preset::All:
        break;
    case TimeRange::Preset::LastHour:
        return {m_now() - Hour, latest};
    case TimeRange::Preset::Last24Hours:
        return {m_now() - Day, latest};
    case TimeRange::Preset::Last7Days:
        return {m_now() - 7 * Day, latest};
    case TimeRange::Preset::Last30Days:
        return {m_now() - 30 * Day, latest};
    case TimeRange::Preset::Custom:
        return {m_range.from, m_range.to};
    }
    return {earliest, latest};
}

bool SessionFilterModel::passesTimeAndSearch(const SessionSummary &s) const
{
    if (s.startTime < m_from || s.startTime > m_to)
        return false;
    return !m_matching || m_matching->contains(s.id);
}

bool SessionFilterModel::accepts(const SessionSummary &s) const
{
    if (const std::optional<SubmissionStatus> wanted = submissionStatusOf(m_status); wanted && s.submissionStatus != *wanted)
        return false;
    return passesTimeAndSearch(s);
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && accepts(m_sessions->summaryAt(sourceRow));
}

bool SessionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const SessionSummary &a = m_sessions->summaryAt(left.row());
    const SessionSummary &b = m_sessions->summaryAt(right.row());
    if (const int c = compareColumn(left.column(), a, b))
        return c < 0;
    if (a.startTime != b.startTime)
        return a.startTime < b.startTime;
    return a.id < b.id;
}

StatusCounts SessionFilterModel::counts() const
{
    if (m_countsStale) {
        StatusCounts counts;
        for (const SessionSummary &s : m_sessions->summaries()) {
            if (passesTimeAndSearch(s))
                ++counts.byStatus[size_t(s.submissionStatus)];
        }
        m_counts = counts;
        m_countsStale = false;
    }
    return m_counts;
}

void SessionFilterModel::scheduleRecount()
{
    m_countsStale = true;
    if (!m_recountTimer.isActive())
        m_recountTimer.start();
}

void SessionFilterModel::reportCounts()
{
    const StatusCounts now = counts();
    if (now == m_reported)
        return;
    m_reported = now;
    emit countsChanged(now);
}

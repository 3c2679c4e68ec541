#include "sessiontablemodel.h"

#include "statusbadge.h"
#include "timetext.h"

#include <QDateTime>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

constexpr auto DefaultBatchInterval = 150ms;
// Beyond this many separate runs of removed rows, one reset is cheaper for the views than a
// removal each (a retention cleanup takes the oldest sessions, usually one run).
constexpr int MaxRemovalRuns = 64;

QString oneLine(const QString &text)
{
    return text.simplified();
}

bool isNumberColumn(int column)
{
    return column == SessionTableModel::NumberColumn || column == SessionTableModel::DurationColumn
        || column == SessionTableModel::MessagesColumn || column == SessionTableModel::AttemptsColumn;
}

// Contiguous runs [first, last] of sorted rows.
QList<std::pair<int, int>> runsOf(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    QList<std::pair<int, int>> runs;
    for (const int row : std::as_const(rows)) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    return runs;
}

} // namespace

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(DefaultBatchInterval);
    connect(&m_batchTimer, &QTimer::timeout, this, &SessionTableModel::flush);
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionSummary &s = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return s.sessionNumber > 0 ? QString::number(s.sessionNumber) : QString();
        case StartColumn:
            return startText(s.startTime, m_now());
        case DurationColumn:
            return s.endTime ? TimeText::duration(*s.endTime - s.startTime) : QString();
        case DeviceColumn:
            return s.deviceIp;
        case LisColumn:
            return s.lisIp;
        case TypesColumn:
            return s.messageTypes.join(QStringLiteral(", "));
        case MessagesColumn:
            return QString::number(s.messageCount);
        case CompleteColumn:
            return s.complete ? tr("Yes") : tr("No");
        case StatusColumn:
            return StatusBadge::text(s.submissionStatus);
        case AttemptsColumn:
            return QString::number(s.submissionAttempts);
        case OutcomeColumn:
            return outcomeText(s);
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case StartColumn:
            return tr("Started %1, %2")
                .arg(QDateTime::fromMSecsSinceEpoch(s.startTime).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t")),
                     TimeText::relative(s.startTime, m_now()));
        case DurationColumn:
            return s.endTime ? tr("Ended %1").arg(TimeText::localDateTime(*s.endTime)) : tr("No end recorded");
        case TypesColumn:
            return s.messageTypes.join(QLatin1Char('\n'));
        case CompleteColumn:
            return s.complete ? tr("The transmission ended as its framing expects")
                              : tr("The transmission was cut off before its end");
        case StatusColumn:
        case AttemptsColumn:
            return statusToolTip(s);
        case OutcomeColumn:
            return s.submissionError.isEmpty() ? outcomeText(s) : s.submissionError;
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        return int(isNumberColumn(column) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (column) {
        case NumberColumn:
            return s.sessionNumber;
        case StartColumn:
            return s.startTime;
        case DurationColumn:
            return s.endTime ? *s.endTime - s.startTime : qint64(-1);
        case DeviceColumn:
            return s.deviceIp;
        case LisColumn:
            return s.lisIp;
        case TypesColumn:
            return s.messageTypes.join(QLatin1Char(','));
        case MessagesColumn:
            return s.messageCount;
        case CompleteColumn:
            return s.complete;
        case StatusColumn:
            return int(s.submissionStatus);
        case AttemptsColumn:
            return s.submissionAttempts;
        case OutcomeColumn:
            if (s.submissionStatus == SubmissionStatus::Submitted && s.submittedAt)
                return *s.submittedAt;
            return s.submissionError;
        }
        break;
    case IdRole:
        return s.id;
    case StatusRole:
        return int(s.submissionStatus);
    default:
        break;
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case NumberColumn:
            return tr("#");
        case StartColumn:
            return tr("Start");
        case DurationColumn:
            return tr("Duration");
        case DeviceColumn:
            return tr("Device");
        case LisColumn:
            return tr("LIS");
        case TypesColumn:
            return tr("Message types");
        case MessagesColumn:
            return tr("Messages");
        case CompleteColumn:
            return tr("Complete");
        case StatusColumn:
            return tr("Status");
        case AttemptsColumn:
            return tr("Attempts");
        case OutcomeColumn:
            return tr("Submitted at / last error");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::TextAlignmentRole) {
        return int(isNumberColumn(section) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case NumberColumn:
            return tr("The session's number");
        case StartColumn:
            return tr("When the transmission started, in local time");
        case DurationColumn:
            return tr("From the first byte to the last");
        case DeviceColumn:
            return tr("The analyzer's address");
        case LisColumn:
            return tr("The LIS's address");
        case TypesColumn:
            return tr("The HL7 message types (MSH-9) in the session");
        case MessagesColumn:
            return tr("How many HL7 messages the session holds");
        case CompleteColumn:
            return tr("Whether the transmission ended as its framing expects");
        case StatusColumn:
            return tr("Submission to the collector: pending, submitted, failed or ignored");
        case AttemptsColumn:
            return tr("How many times the session was sent to the collector");
        case OutcomeColumn:
            return tr("When the collector accepted the session, or why the last attempt failed");
        case ColumnCount:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString SessionTableModel::startText(qint64 startTime, qint64 now)
{
    return tr("%1 · %2", "start time · how long ago").arg(TimeText::localDateTime(startTime), TimeText::relative(startTime, now));
}

QString SessionTableModel::outcomeText(const SessionSummary &s) const
{
    switch (s.submissionStatus) {
    case SubmissionStatus::Submitted:
        return s.submittedAt ? TimeText::localDateTime(*s.submittedAt) : QString();
    case SubmissionStatus::Failed:
        return oneLine(s.submissionError);
    case SubmissionStatus::Pending:
        if (s.submissionError.isEmpty())
            return {};
        if (s.nextSubmissionAttemptAt) {
            return tr("Retrying %1: %2", "retrying in 5 minutes: <error>")
                .arg(TimeText::relative(*s.nextSubmissionAttemptAt, m_now()), oneLine(s.submissionError));
        }
        return tr("Last attempt: %1").arg(oneLine(s.submissionError));
    case SubmissionStatus::Ignored:
        break;
    }
    return {};
}

QString SessionTableModel::statusToolTip(const SessionSummary &s) const
{
    QString text;
    switch (s.submissionStatus) {
    case SubmissionStatus::Pending:
        text = s.submissionAttempts == 0 ? tr("Pending: not sent to the collector yet")
                                         : tr("Pending: %1 attempts so far").arg(s.submissionAttempts);
        break;
    case SubmissionStatus::Submitted:
        text = s.submittedAt ? tr("Submitted %1").arg(TimeText::localDateTime(*s.submittedAt)) : tr("Submitted");
        break;
    case SubmissionStatus::Failed:
        text = tr("Failed after %1 attempts").arg(s.submissionAttempts);
        break;
    case SubmissionStatus::Ignored:
        text = tr("Ignored: never sent to the collector");
        break;
    }
    if (!s.submissionError.isEmpty() && s.submissionStatus != SubmissionStatus::Submitted)
        text += QLatin1Char('\n') + tr("Last error: %1").arg(s.submissionError);
    if (s.unsaved)
        text += QLatin1Char('\n') + tr("Not written to the data folder yet: kept in memory and tried again");
    return text;
}

void SessionTableModel::reset(QList<SessionSummary> summaries)
{
    m_batchTimer.stop();
    m_pendingUpserts.clear();
    m_pendingOrder.clear();
    m_pendingRemovals.clear();
    std::sort(summaries.begin(), summaries.end(), [](const SessionSummary &a, const SessionSummary &b) { return isNewer(b, a); });
    beginResetModel();
    m_rows = std::move(summaries);
    m_rowOf.clear();
    reindexFrom(0);
    endResetModel();
}

void SessionTableModel::upsert(const SessionSummary &summary)
{
    m_pendingRemovals.remove(summary.id);
    if (!m_pendingUpserts.contains(summary.id))
        m_pendingOrder.append(summary.id);
    m_pendingUpserts.insert(summary.id, summary);
    scheduleFlush();
}

void SessionTableModel::upsert(const QList<SessionSummary> &summaries)
{
    for (const SessionSummary &s : summaries)
        upsert(s);
}

void SessionTableModel::remove(const QString &id)
{
    m_pendingUpserts.remove(id);
    m_pendingRemovals.insert(id);
    scheduleFlush();
}

void SessionTableModel::remove(const QStringList &ids)
{
    for (const QString &id : ids)
        remove(id);
}

bool SessionTableModel::hasPendingChanges() const
{
    return !m_pendingUpserts.isEmpty() || !m_pendingRemovals.isEmpty();
}

void SessionTableModel::setBatchInterval(std::chrono::milliseconds interval)
{
    m_batchTimer.setInterval(interval);
}

void SessionTableModel::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
}

void SessionTableModel::refreshRelativeTimes()
{
    if (m_rows.isEmpty())
        return;
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole};
    const int last = int(m_rows.size()) - 1;
    emit dataChanged(index(0, StartColumn), index(last, StartColumn), roles);
    emit dataChanged(index(0, OutcomeColumn), index(last, OutcomeColumn), roles);
}

void SessionTableModel::scheduleFlush()
{
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void SessionTableModel::flush()
{
    m_batchTimer.stop();
    if (!hasPendingChanges())
        return;

    QStringList removed;
    applyRemovals(removed);

    QList<SessionSummary> changed;
    QList<int> changedRows;
    QList<SessionSummary> added;
    const QStringList order = std::exchange(m_pendingOrder, {});
    for (const QString &id : order) {
        const auto it = m_pendingUpserts.find(id);
        if (it == m_pendingUpserts.end())
            continue; // removed after it came, or already taken (an id queued twice)
        SessionSummary s = std::move(it.value());
        m_pendingUpserts.erase(it);
        if (const int row = rowOf(id); row >= 0) {
            if (m_rows.at(row) == s)
                continue;
            m_rows[row] = s;
            changedRows.append(row);
            changed.append(std::move(s));
        } else {
            added.append(std::move(s));
        }
    }
    m_pendingUpserts.clear();

    for (const auto &[first, last] : runsOf(changedRows))
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));

    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.reserve(m_rows.size() + added.size());
        for (const SessionSummary &s : std::as_const(added)) {
            m_rowOf.insert(s.id, int(m_rows.size()));
            m_rows.append(s);
        }
        endInsertRows();
        changed += added;
    }
    if (!changed.isEmpty() || !removed.isEmpty())
        emit changesApplied(changed, removed);
}

void SessionTableModel::applyRemovals(QStringList &removedIds)
{
    QList<int> rows;
    for (const QString &id : std::as_const(m_pendingRemovals)) {
        if (const int row = rowOf(id); row >= 0) {
            rows.append(row);
            removedIds.append(id);
        }
    }
    m_pendingRemovals.clear();
    if (rows.isEmpty())
        return;
    for (const QString &id : std::as_const(removedIds))
        m_rowOf.remove(id);

    const QList<std::pair<int, int>> runs = runsOf(rows);
    if (runs.size() > MaxRemovalRuns) {
        beginResetModel();
        std::vector<bool> gone(m_rows.size());
        for (const int row : std::as_const(rows))
            gone[size_t(row)] = true;
        QList<SessionSummary> kept;
        kept.reserve(m_rows.size() - rows.size());
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            if (!gone[size_t(r)])
                kept.append(std::move(m_rows[r]));
        }
        m_rows = std::move(kept);
        reindexFrom(0);
        endResetModel();
        return;
    }
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        m_rows.remove(run->first, run->second - run->first + 1);
        endRemoveRows();
    }
    reindexFrom(runs.first().first);
}

void SessionTableModel::reindexFrom(int row)
{
    m_rowOf.reserve(m_rows.size());
    for (int r = row; r < m_rows.size(); ++r)
        m_rowOf.insert(m_rows.at(r).id, r);
}

#pragma once

#include "sessionfilter.h"
#include "sessionsummary.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <functional>
#include <optional>

class SessionTableModel;

// The session table as a person narrows and sorts it: a status, a time range and the ids a
// search matched. Sorting compares the summaries themselves (numbers as numbers, times as times,
// addresses digit run by digit run), ties broken by start time, so equal keys keep a stable order.
//
// countsChanged tells, per status, how many sessions pass the time range and the search: what
// each status button would show if picked.
class SessionFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFilterModel)

public:
    explicit SessionFilterModel(SessionTableModel *sessions, QObject *parent = nullptr);

    SessionTableModel *sessions() const { return m_sessions; }
    const SessionSummary &summaryAt(const QModelIndex &proxyIndex) const;

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    void setTimeRange(const TimeRange &range);
    const TimeRange &timeRange() const { return m_range; }
    // The sessions a search matched; nullopt when there is no search.
    void setMatchingIds(std::optional<QSet<QString>> ids);
    bool hasSearch() const { return m_matching.has_value(); }

    // "Now" for the presets (last hour …), in ms since the epoch.
    void setClock(std::function<qint64()> now);
    // The presets are relative to now: call as time passes so sessions age out of "last hour".
    void refreshTime();

    StatusCounts counts() const;

signals:
    void countsChanged(const StatusCounts &counts);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool accepts(const SessionSummary &s) const;
    bool passesTimeAndSearch(const SessionSummary &s) const;
    template <typename Change>
    void refilter(Change &&change);
    std::pair<qint64, qint64> window() const;
    void scheduleRecount();
    void reportCounts();

    SessionTableModel *m_sessions;
    StatusFilter m_status = StatusFilter::All;
    TimeRange m_range;
    qint64 m_from; // the time range as absolute start times, both included
    qint64 m_to;
    std::optional<QSet<QString>> m_matching;
    std::function<qint64()> m_now;
    mutable StatusCounts m_counts;
    mutable bool m_countsStale = true;
    StatusCounts m_reported;
    QTimer m_recountTimer;
};

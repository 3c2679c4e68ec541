#pragma once

#include "sessionsummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

// The store's session summaries as table rows, in the order they arrived (the initial list
// oldest first, then each new session at the end).
//
// Live changes are collected and applied in batches (one insertion per batch, dataChanged per
// run of changed rows), so 10 000 saved signals a second cost the view a few updates, not
// 10 000. reset() applies at once and drops what was still waiting.
class SessionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Column {
        NumberColumn,
        StartColumn,
        DurationColumn,
        DeviceColumn,
        LisColumn,
        TypesColumn,
        MessagesColumn,
        CompleteColumn,
        StatusColumn,
        AttemptsColumn,
        OutcomeColumn, // submitted at, or the last error
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole, // the raw value: numbers as numbers, times as ms since the epoch
        IdRole,
        StatusRole, // int(SubmissionStatus), on every column
    };

    explicit SessionTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row now (the store opened).
    void reset(QList<SessionSummary> summaries);
    // Queued for the next batch: a new session, or a new state of one already shown.
    void upsert(const SessionSummary &summary);
    // The same for many, e.g. the store's list after an import: rows equal to theirs stay as they are.
    void upsert(const QList<SessionSummary> &summaries);
    void remove(const QString &id);
    void remove(const QStringList &ids);
    // Applies what is queued now rather than at the next tick.
    void flush();
    bool hasPendingChanges() const;
    void setBatchInterval(std::chrono::milliseconds interval);

    const QList<SessionSummary> &summaries() const { return m_rows; }
    const SessionSummary &summaryAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const { return m_rowOf.value(id, -1); }

    // The start column's text: "2026-11-24 14:03:11 · 2 hours ago".
    static QString startText(qint64 startTime, qint64 now);

    // "Now" for the "2 hours ago" texts (ms since the epoch), so tests need no real clock.
    void setClock(std::function<qint64()> now);
    qint64 now() const { return m_now(); }
    // The relative texts moved on: tells the views to repaint the start column.
    void refreshRelativeTimes();

signals:
    // After each batch, what it changed: for those who keep a copy (the search worker).
    void changesApplied(const QList<SessionSummary> &changed, const QStringList &removed);

private:
    void scheduleFlush();
    void applyRemovals(QStringList &removedIds);
    void reindexFrom(int row);
    QString outcomeText(const SessionSummary &s) const;
    QString statusToolTip(const SessionSummary &s) const;

    QList<SessionSummary> m_rows;
    QHash<QString, int> m_rowOf;
    // What the next batch applies: removals first, then upserts in the order they came.
    QHash<QString, SessionSummary> m_pendingUpserts;
    QStringList m_pendingOrder;
    QSet<QString> m_pendingRemovals;
    QTimer m_batchTimer;
    std::function<qint64()> m_now;
};

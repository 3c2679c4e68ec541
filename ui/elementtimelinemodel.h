#pragma once

#include "session.h"

#include <QAbstractTableModel>
#include <QList>

// The elements of one session in the order they crossed the wire: when, which way, what kind,
// how many bytes, and what each one is (a message's MSH-9 and MSH-10, a handshake byte's name).
class ElementTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElementTimelineModel)

public:
    enum Column {
        NumberColumn,    // 1-based position in the session
        TimeColumn,      // capture time, ms precision
        OffsetColumn,    // since the session started: "+0.125 s"
        DirectionColumn, // "Device → LIS"
        TypeColumn,      // "Message", "ACK", ...
        SizeColumn,      // bytes as captured, framing included
        SummaryColumn,   // "ORU^R01 · MSG0001", "<ENQ>"
        ColumnCount
    };

    enum Role {
        // The value a column sorts by: row number, timestamp, offset in ms, Direction, ElementType
        // (as int), size, summary text.
        RawValueRole = Qt::UserRole,
    };

    explicit ElementTimelineModel(QObject *parent = nullptr);

    // Offsets are counted from sessionStart (the session's startTime).
    void setElements(const QList<Element> &elements, qint64 sessionStart);
    void clear();

    const QList<Element> &elements() const { return m_elements; }
    qint64 sessionStart() const { return m_sessionStart; }
    // The element of a row, nullptr when out of range.
    const Element *elementAt(int row) const;

    // What the summary column says of an element.
    static QString summaryOf(const Element &element);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Element &element, int row, int column) const;
    QVariant rawData(const Element &element, int row, int column) const;
    QString toolTip(const Element &element, int column) const;

    QList<Element> m_elements;
    QList<QString> m_summaries; // computed once per session: a message's MSH may need a parse
    qint64 m_sessionStart = 0;
};

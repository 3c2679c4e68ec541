#pragma once

#include "hl7message.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

// An HL7 message as a tree: segment → field → repetition → component → sub-component, with
// columns for the position ("PID-3(2).1"), the dictionary name and the value. A level appears
// only where it splits something: a field's repetitions when it has more than one, components
// when there is more than one, sub-components likewise; otherwise the part hangs directly below
// (or is) its parent. Every node knows its bytes in the message, for a linked hex view.
class MessageTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageTreeModel)

public:
    enum Column { PositionColumn, NameColumn, ValueColumn, ColumnCount };

    enum Role {
        PathRole = Qt::UserRole, // QString that Hl7::Path::parse() reads back to the node's path
        BeginRole,               // qsizetype: the node's first byte in Message::raw()
        EndRole,                 // qsizetype: one past its last byte
        EmptyRole,               // bool: the part holds no bytes
    };

    explicit MessageTreeModel(QObject *parent = nullptr);

    void setMessage(const Hl7::Message &message);
    const Hl7::Message &message() const { return m_message; }

    // Hides fields that hold nothing, which most fields of a lab message do.
    void setHideEmptyFields(bool hide);
    bool hideEmptyFields() const { return m_hideEmptyFields; }

    // The node of a path; a level the tree leaves out is skipped ("PID-5(1).1" is the node of
    // PID-5 when that field neither repeats nor has components). Invalid when the message has
    // no such part or its field is hidden.
    QModelIndex indexForPath(const Hl7::Path &path, int column = PositionColumn) const;
    // The deepest node that holds the byte at offset of Message::raw(), by Message::pathAt(); a
    // separator belongs to the part Message::pathAt() gives it. Invalid when none does.
    QModelIndex indexForOffset(qsizetype offset, int column = PositionColumn) const;
    Hl7::Range rangeOf(const QModelIndex &index) const;
    Hl7::Path pathOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Level : quint8 { Segment, Field, Repetition, Component, Subcomponent };

    // All nodes live in one vector built once per message; a node's children are contiguous,
    // so an index needs only the node's position in the vector as its internal id.
    struct Node
    {
        int parent = -1;
        int row = 0;
        int firstChild = 0;
        int childCount = 0;
        int segment = 0; // indexes into the message's parts, 0-based
        int field = 0;
        int repetition = 0;
        int component = 0;
        int subcomponent = 0;
        Level level = Level::Segment;
    };

    void rebuild();
    void appendChildren(int nodeIndex);
    int nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(int nodeIndex, int column) const;
    int childWith(int nodeIndex, Level level, int partIndex) const;
    Hl7::Range nodeRange(const Node &node) const;
    Hl7::Path nodePath(const Node &node) const;
    QString position(const Node &node) const;
    QString name(const Node &node) const;
    QString dataType(const Node &node) const;
    QString fieldType(const Node &node) const;
    QString value(const Node &node) const;

    Hl7::Message m_message;
    QList<Node> m_nodes;                       // the segments first, in message order
    QList<int> m_occurrence;                   // per segment: which of its name it is, 1-based
    QHash<QByteArray, QList<int>> m_byName;    // segment indexes by name, in message order
    bool m_hideEmptyFields = false;
};

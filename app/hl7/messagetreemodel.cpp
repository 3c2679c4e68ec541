#include "messagetreemodel.h"

#include "hl7dictionary.h"
#include "hl7escape.h"
#include "hl7header.h"

#include <algorithm>

using Hl7::Range;

namespace {

// Segments whose fields 1 and 2 are the delimiters themselves, never split nor decoded.
bool isHeader(QByteArrayView name)
{
    return name == "MSH" || name == "BHS" || name == "FHS";
}

} // namespace

MessageTreeModel::MessageTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void MessageTreeModel::setMessage(const Hl7::Message &message)
{
    beginResetModel();
    m_message = message;
    rebuild();
    endResetModel();
}

void MessageTreeModel::setHideEmptyFields(bool hide)
{
    if (hide == m_hideEmptyFields)
        return;
    beginResetModel();
    m_hideEmptyFields = hide;
    rebuild();
    endResetModel();
}

void MessageTreeModel::rebuild()
{
    m_nodes.clear();
    m_occurrence.clear();
    m_byName.clear();
    const QList<Hl7::Segment> &segments = m_message.segments();
    m_occurrence.reserve(segments.size());
    // A rough guess that spares most reallocations: a lab segment has a dozen parts or so.
    m_nodes.reserve(segments.size() * 16);
    for (int s = 0; s < int(segments.size()); ++s) {
        QList<int> &same = m_byName[segments[s].name];
        same.append(s);
        m_occurrence.append(int(same.size()));
        Node node;
        node.row = s;
        node.segment = s;
        m_nodes.append(node);
    }
    // Breadth first, so that every node's children are appended together.
    for (int i = 0; i < int(m_nodes.size()); ++i)
        appendChildren(i);
}

void MessageTreeModel::appendChildren(int nodeIndex)
{
    const Node parent = m_nodes[nodeIndex]; // a copy: appending may reallocate
    const Hl7::Segment &segment = m_message.segments()[parent.segment];
    const int first = int(m_nodes.size());
    auto add = [&](Level level, int field, int repetition, int component, int subcomponent) {
        Node node;
        node.parent = nodeIndex;
        node.row = int(m_nodes.size()) - first;
        node.segment = parent.segment;
        node.field = field;
        node.repetition = repetition;
        node.component = component;
        node.subcomponent = subcomponent;
        node.level = level;
        m_nodes.append(node);
    };
    auto addSubcomponents = [&](int f, int r, int c) {
        const Hl7::Component &component = segment.fields[f].repetitions[r].components[c];
        if (component.subcomponents.size() > 1) {
            for (int sc = 0; sc < int(component.subcomponents.size()); ++sc)
                add(Level::Subcomponent, f, r, c, sc);
        }
    };
    auto addComponents = [&](int f, int r) {
        const Hl7::Repetition &repetition = segment.fields[f].repetitions[r];
        if (repetition.components.size() > 1) {
            for (int c = 0; c < int(repetition.components.size()); ++c)
                add(Level::Component, f, r, c, 0);
        } else {
            addSubcomponents(f, r, 0);
        }
    };

    switch (parent.level) {
    case Level::Segment:
        for (int f = 0; f < int(segment.fields.size()); ++f) {
            if (!m_hideEmptyFields || segment.fields[f].range.size() > 0)
                add(Level::Field, f, 0, 0, 0);
        }
        break;
    case Level::Field:
        if (segment.fields[parent.field].repetitions.size() > 1) {
            for (int r = 0; r < int(segment.fields[parent.field].repetitions.size()); ++r)
                add(Level::Repetition, parent.field, r, 0, 0);
        } else {
            addComponents(parent.field, 0);
        }
        break;
    case Level::Repetition:
        addComponents(parent.field, parent.repetition);
        break;
    case Level::Component:
        addSubcomponents(parent.field, parent.repetition, parent.component);
        break;
    case Level::Subcomponent:
        break;
    }
    m_nodes[nodeIndex].firstChild = first;
    m_nodes[nodeIndex].childCount = int(m_nodes.size()) - first;
}

int MessageTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return int(index.internalId());
}

QModelIndex MessageTreeModel::indexOfNode(int nodeIndex, int column) const
{
    if (nodeIndex < 0 || nodeIndex >= m_nodes.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_nodes[nodeIndex].row, column, quintptr(nodeIndex));
}

// Fields are the only children that can be left out (hidden when empty), so they are found by
// number; below a field, a part's row is its index.
int MessageTreeModel::childWith(int nodeIndex, Level level, int partIndex) const
{
    const Node &node = m_nodes[nodeIndex];
    if (level != Level::Field)
        return partIndex >= 0 && partIndex < node.childCount ? node.firstChild + partIndex : -1;
    const auto begin = m_nodes.cbegin() + node.firstChild;
    const auto end = begin + node.childCount;
    const auto it = std::lower_bound(begin, end, partIndex, [](const Node &n, int f) { return n.field < f; });
    return it != end && it->field == partIndex ? int(std::distance(m_nodes.cbegin(), it)) : -1;
}

QModelIndex MessageTreeModel::indexForPath(const Hl7::Path &path, int column) const
{
    const auto same = m_byName.constFind(path.segment);
    if (same == m_byName.cend() || path.occurrence < 1 || path.occurrence > same->size())
        return {};
    const int s = same->at(path.occurrence - 1);
    if (path.field <= 0)
        return indexOfNode(s, column);
    int node = childWith(s, Level::Field, path.field - 1);
    if (node < 0)
        return {};
    if (path.repetition == 0 && path.component == 0)
        return indexOfNode(node, column);

    const Hl7::Field &field = m_message.segments()[s].fields[path.field - 1];
    const int r = path.effectiveRepetition() - 1;
    if (r >= field.repetitions.size())
        return {};
    if (field.repetitions.size() > 1)
        node = childWith(node, Level::Repetition, r);
    if (path.component == 0)
        return indexOfNode(node, column);

    const Hl7::Repetition &repetition = field.repetitions[r];
    const int c = path.component - 1;
    if (c >= repetition.components.size())
        return {};
    if (repetition.components.size() > 1)
        node = childWith(node, Level::Component, c);
    if (path.subcomponent == 0)
        return indexOfNode(node, column);

    const Hl7::Component &component = repetition.components[c];
    const int sc = path.subcomponent - 1;
    if (sc >= component.subcomponents.size())
        return {};
    if (component.subcomponents.size() > 1)
        node = childWith(node, Level::Subcomponent, sc);
    return indexOfNode(node, column);
}

QModelIndex MessageTreeModel::indexForOffset(qsizetype offset, int column) const
{
    std::optional<Hl7::Path> path = m_message.pathAt(offset);
    if (!path)
        return {};
    // A hidden empty field leaves its separator to the segment.
    QModelIndex index = indexForPath(*path, column);
    if (!index.isValid())
        index = indexForPath(Hl7::Path{path->segment, path->occurrence, 0, 0, 0, 0}, column);
    return index;
}

Range MessageTreeModel::rangeOf(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    return node >= 0 ? nodeRange(m_nodes[node]) : Range{};
}

Hl7::Path MessageTreeModel::pathOf(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    return node >= 0 ? nodePath(m_nodes[node]) : Hl7::Path{};
}

Range MessageTreeModel::nodeRange(const Node &node) const
{
    const Hl7::Segment &segment = m_message.segments()[node.segment];
    if (node.level == Level::Segment)
        return segment.range;
    const Hl7::Field &field = segment.fields[node.field];
    if (node.level == Level::Field)
        return field.range;
    const Hl7::Repetition &repetition = field.repetitions[node.repetition];
    if (node.level == Level::Repetition)
        return repetition.range;
    const Hl7::Component &component = repetition.components[node.component];
    if (node.level == Level::Component)
        return component.range;
    return component.subcomponents[node.subcomponent];
}

Hl7::Path MessageTreeModel::nodePath(const Node &node) const
{
    const Hl7::Segment &segment = m_message.segments()[node.segment];
    Hl7::Path path;
    path.segment = segment.name;
    path.occurrence = m_occurrence[node.segment];
    if (node.level == Level::Segment)
        return path;
    path.field = node.field + 1;
    if (node.level == Level::Field)
        return path;
    // Named only when the field repeats, as the tree shows it.
    if (segment.fields[node.field].repetitions.size() > 1)
        path.repetition = node.repetition + 1;
    if (node.level == Level::Repetition)
        return path;
    path.component = node.component + 1;
    if (node.level == Level::Subcomponent)
        path.subcomponent = node.subcomponent + 1;
    return path;
}

// The path, with "(1)" on the first of a repeated segment so that it reads apart from the
// others; Hl7::Path::parse() reads either form.
QString MessageTreeModel::position(const Node &node) const
{
    const Hl7::Path path = nodePath(node);
    QString text = path.toString();
    if (path.occurrence == 1 && m_byName.value(path.segment).size() > 1)
        text.insert(path.segment.size(), QStringLiteral("(1)"));
    return text;
}

QString MessageTreeModel::fieldType(const Node &node) const
{
    const Hl7::Segment &segment = m_message.segments()[node.segment];
    const QString type = Hl7Dictionary::fieldType(segment.name, node.field + 1);
    // OBX-5 takes the data type OBX-2 names, so its components can be named too.
    if (type == u"varies" && segment.name == "OBX" && node.field == 4 && segment.fields.size() > 1) {
        const QString named = m_message.text(segment.fields[1].range).trimmed().toUpper();
        if (!named.isEmpty())
            return named;
    }
    return type;
}

QString MessageTreeModel::dataType(const Node &node) const
{
    switch (node.level) {
    case Level::Segment:
        return {};
    case Level::Field:
    case Level::Repetition:
        return fieldType(node);
    case Level::Component:
        return Hl7Dictionary::componentType(fieldType(node).toLatin1(), node.component + 1);
    case Level::Subcomponent: {
        const QString componentType = Hl7Dictionary::componentType(fieldType(node).toLatin1(), node.component + 1);
        return Hl7Dictionary::componentType(componentType.toLatin1(), node.subcomponent + 1);
    }
    }
    return {};
}

QString MessageTreeModel::name(const Node &node) const
{
    const QByteArray &segment = m_message.segments()[node.segment].name;
    switch (node.level) {
    case Level::Segment:
        return Hl7Dictionary::segmentName(segment);
    case Level::Field:
    case Level::Repetition:
        return Hl7Dictionary::fieldName(segment, node.field + 1);
    case Level::Component:
        return Hl7Dictionary::componentName(fieldType(node).toLatin1(), node.component + 1);
    case Level::Subcomponent: {
        const QString componentType = Hl7Dictionary::componentType(fieldType(node).toLatin1(), node.component + 1);
        return Hl7Dictionary::componentName(componentType.toLatin1(), node.subcomponent + 1);
    }
    }
    return {};
}

// As Message::value() gives it, without finding the part again by its path: a leaf decoded, a
// part with children as written.
QString MessageTreeModel::value(const Node &node) const
{
    const Range range = nodeRange(node);
    const bool delimiters = node.level == Level::Field && node.field < 2
        && isHeader(m_message.segments()[node.segment].name);
    if (node.level == Level::Segment || node.childCount > 0 || delimiters)
        return m_message.text(range);
    const QByteArrayView bytes = QByteArrayView(m_message.raw()).sliced(range.begin, range.size());
    return decodeHl7Text(Hl7::unescape(bytes, m_message.delimiters()), m_message.charset());
}

QModelIndex MessageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int parentNode = nodeOf(parent);
    const int node = parentNode < 0 ? row : m_nodes[parentNode].firstChild + row;
    return createIndex(row, column, quintptr(node));
}

QModelIndex MessageTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    return node >= 0 ? indexOfNode(m_nodes[node].parent, 0) : QModelIndex();
}

int MessageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_message.segments().size());
    if (parent.column() != 0)
        return 0;
    const int node = nodeOf(parent);
    return node >= 0 ? m_nodes[node].childCount : 0;
}

int MessageTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool MessageTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant MessageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Node &node = m_nodes[nodeOf(index)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PositionColumn:
            return position(node);
        case NameColumn:
            return name(node);
        case ValueColumn:
            return value(node);
        }
        return {};
    case Qt::ToolTipRole: {
        const QString nodeName = name(node);
        const QString type = dataType(node);
        if (nodeName.isEmpty())
            return type.isEmpty() ? position(node) : tr("%1 (%2)").arg(position(node), type);
        return type.isEmpty() ? nodeName : tr("%1 (%2)").arg(nodeName, type);
    }
    case PathRole:
        return position(node);
    case BeginRole:
        return QVariant::fromValue(nodeRange(node).begin);
    case EndRole:
        return QVariant::fromValue(nodeRange(node).end);
    case EmptyRole:
        return nodeRange(node).size() == 0;
    default:
        return {};
    }
}

QVariant MessageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn:
        return tr("Position");
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

#include "elementtimelinemodel.h"

#include "elementbytemodel.h"
#include "framedmessage.h"
#include "hl7header.h"
#include "sessionformat.h"

namespace {

// Enough of a handshake or a framing to recognise it; the hex view shows the rest.
constexpr qsizetype SummaryBytes = 24;

QString messageSummary(const QString &type, const QString &controlId)
{
    if (controlId.isEmpty())
        return type;
    return ElementTimelineModel::tr("%1 · %2", "message type · control ID").arg(type, controlId);
}

QString spelledBytes(const QByteArray &bytes)
{
    QString text;
    const qsizetype shown = std::min(bytes.size(), SummaryBytes);
    for (qsizetype i = 0; i < shown; ++i)
        text += ElementByteModel::byteText(uchar(bytes[i]));
    if (bytes.size() > shown)
        text += u'…';
    return text;
}

} // namespace

ElementTimelineModel::ElementTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ElementTimelineModel::setElements(const QList<Element> &elements, qint64 sessionStart)
{
    beginResetModel();
    m_elements = elements;
    m_sessionStart = sessionStart;
    m_summaries.clear();
    m_summaries.reserve(elements.size());
    for (const Element &e : elements)
        m_summaries.append(summaryOf(e));
    endResetModel();
}

void ElementTimelineModel::clear()
{
    beginResetModel();
    m_elements.clear();
    m_summaries.clear();
    m_sessionStart = 0;
    endResetModel();
}

const Element *ElementTimelineModel::elementAt(int row) const
{
    return row >= 0 && row < m_elements.size() ? &m_elements[row] : nullptr;
}

QString ElementTimelineModel::summaryOf(const Element &element)
{
    if (element.header && !element.header->type.isEmpty())
        return messageSummary(element.header->type, element.header->controlId);
    // Files of the Electron app carry no header: read it from the message itself.
    const Hl7::FramedMessage framed = Hl7::FramedMessage::fromElement(element.bytes);
    if (framed.message().startsWith("MSH")) {
        const Hl7Header header = Hl7Header::read(framed.message());
        if (!header.type.isEmpty())
            return messageSummary(header.type, header.controlId);
    }
    return spelledBytes(element.bytes);
}

int ElementTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_elements.size());
}

int ElementTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ElementTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Element &element = m_elements[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(element, index.row(), index.column());
    case RawValueRole:
        return rawData(element, index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(element, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == SizeColumn || index.column() == OffsetColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::AccessibleTextRole:
        return displayData(element, index.row(), index.column());
    default:
        return {};
    }
}

QVariant ElementTimelineModel::displayData(const Element &element, int row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row + 1;
    case TimeColumn:
        return SessionFormat::timeOfDay(element.timestamp);
    case OffsetColumn:
        return SessionFormat::offset(element.timestamp - m_sessionStart);
    case DirectionColumn:
        return SessionFormat::directionText(element.direction);
    case TypeColumn:
        return SessionFormat::elementTypeText(element.type);
    case SizeColumn:
        return int(element.bytes.size());
    case SummaryColumn:
        return m_summaries.value(row);
    default:
        return {};
    }
}

QVariant ElementTimelineModel::rawData(const Element &element, int row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row + 1;
    case TimeColumn:
        return element.timestamp;
    case OffsetColumn:
        return element.timestamp - m_sessionStart;
    case DirectionColumn:
        return int(element.direction);
    case TypeColumn:
        return int(element.type);
    case SizeColumn:
        return int(element.bytes.size());
    case SummaryColumn:
        return m_summaries.value(row);
    default:
        return {};
    }
}

QString ElementTimelineModel::toolTip(const Element &element, int column) const
{
    switch (column) {
    case TimeColumn:
        return SessionFormat::dateTime(element.timestamp);
    case SummaryColumn:
        if (element.header && !element.header->type.isEmpty()) {
            return tr("Message type %1, control ID %2").arg(element.header->type, element.header->controlId);
        }
        return {};
    default:
        return {};
    }
}

QVariant ElementTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case OffsetColumn:
        return tr("Offset");
    case DirectionColumn:
        return tr("Direction");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Bytes");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

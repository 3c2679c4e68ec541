#include "elementbytemodel.h"

#include <algorithm>

namespace {

// The ASCII names of the C0 control bytes: the framings are spelled in them (ENQ, STX, ETB…).
constexpr const char *controlNames[32] = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
    "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
};

QString hexByte(uchar byte)
{
    return QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper();
}

} // namespace

ElementByteModel::ElementByteModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ElementByteModel::setBytes(const QByteArray &bytes)
{
    beginResetModel();
    m_bytes = bytes;
    endResetModel();
}

QString ElementByteModel::controlName(uchar byte)
{
    if (byte < 32)
        return u'<' + QLatin1StringView(controlNames[byte]) + u'>';
    if (byte == 0x7F)
        return QStringLiteral("<DEL>");
    return {};
}

QString ElementByteModel::byteText(uchar byte)
{
    if (byte >= 0x20 && byte < 0x7F)
        return QString(QLatin1Char(char(byte)));
    if (byte > 0x7F)
        return QStringLiteral(".");
    return controlName(byte);
}

QModelIndex ElementByteModel::indexForOffset(qsizetype offset) const
{
    if (offset < 0 || offset >= m_bytes.size())
        return {};
    return index(int(offset / BytesPerRow), FirstByteColumn + int(offset % BytesPerRow));
}

qsizetype ElementByteModel::offsetOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    const qsizetype rowStart = qsizetype(index.row()) * BytesPerRow;
    const qsizetype offset = index.column() >= FirstByteColumn && index.column() < TextColumn
        ? rowStart + index.column() - FirstByteColumn
        : rowStart;
    return offset < m_bytes.size() ? offset : -1;
}

QItemSelection ElementByteModel::selectionForRange(qsizetype begin, qsizetype end) const
{
    QItemSelection selection;
    begin = std::max<qsizetype>(begin, 0);
    end = std::min(end, m_bytes.size());
    if (begin >= end)
        return selection;
    const qsizetype last = end - 1;
    const int firstRow = int(begin / BytesPerRow);
    const int lastRow = int(last / BytesPerRow);
    auto column = [](qsizetype offset) { return FirstByteColumn + int(offset % BytesPerRow); };
    const int lastColumn = TextColumn - 1;
    if (firstRow == lastRow) {
        selection.select(index(firstRow, column(begin)), index(firstRow, column(last)));
        return selection;
    }
    selection.select(index(firstRow, column(begin)), index(firstRow, lastColumn));
    if (lastRow - firstRow > 1)
        selection.select(index(firstRow + 1, FirstByteColumn), index(lastRow - 1, lastColumn));
    selection.select(index(lastRow, FirstByteColumn), index(lastRow, column(last)));
    return selection;
}

int ElementByteModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int((m_bytes.size() + BytesPerRow - 1) / BytesPerRow);
}

int ElementByteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ElementByteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype rowStart = qsizetype(index.row()) * BytesPerRow;
    switch (index.column()) {
    case OffsetColumn:
        if (role == Qt::DisplayRole) {
            const QString hex = QStringLiteral("%1").arg(rowStart, 8, 16, QLatin1Char('0')).toUpper();
            return QString(hex.first(4) + u' ' + hex.sliced(4));
        }
        if (role == OffsetRole)
            return QVariant::fromValue(rowStart);
        return {};
    case TextColumn:
        if (role == Qt::DisplayRole)
            return rowText(index.row());
        if (role == OffsetRole)
            return QVariant::fromValue(rowStart);
        return {};
    default:
        return byteData(rowStart + index.column() - FirstByteColumn, role);
    }
}

QVariant ElementByteModel::byteData(qsizetype offset, int role) const
{
    if (offset >= m_bytes.size())
        return {};
    const auto byte = uchar(m_bytes[offset]);
    switch (role) {
    case Qt::DisplayRole:
        return hexByte(byte);
    case Qt::ToolTipRole: {
        const QString name = byteText(byte);
        return tr("Byte %1 (0x%2): 0x%3 %4")
            .arg(offset)
            .arg(QStringLiteral("%1").arg(offset, 0, 16).toUpper(), hexByte(byte), name);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case ByteRole:
        return int(byte);
    case ByteTextRole:
        return byteText(byte);
    case OffsetRole:
        return QVariant::fromValue(offset);
    default:
        return {};
    }
}

QString ElementByteModel::rowText(int row) const
{
    const qsizetype begin = qsizetype(row) * BytesPerRow;
    const qsizetype end = std::min(begin + BytesPerRow, m_bytes.size());
    QString text;
    text.reserve(BytesPerRow * 2);
    for (qsizetype i = begin; i < end; ++i)
        text += byteText(uchar(m_bytes[i]));
    return text;
}

QVariant ElementByteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    if (section == OffsetColumn)
        return tr("Offset");
    if (section == TextColumn)
        return tr("Text");
    return hexByte(uchar(section - FirstByteColumn));
}

Qt::ItemFlags ElementByteModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const bool byteCell = index.column() >= FirstByteColumn && index.column() < TextColumn;
    if (byteCell && offsetOf(index) < 0)
        return Qt::NoItemFlags; // past the last byte of the last row
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

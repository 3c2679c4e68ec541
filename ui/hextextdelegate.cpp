#include "hextextdelegate.h"

#include "elementbytemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QItemSelectionModel>
#include <QPainter>

namespace {

// The byte cells of the text cell's row, as far as they hold bytes.
QList<QModelIndex> byteCells(const QModelIndex &textIndex)
{
    QList<QModelIndex> cells;
    const QAbstractItemModel *model = textIndex.model();
    for (int c = ElementByteModel::FirstByteColumn; c < ElementByteModel::TextColumn; ++c) {
        const QModelIndex cell = model->index(textIndex.row(), c);
        if (!cell.data(ElementByteModel::ByteRole).isValid())
            break;
        cells.append(cell);
    }
    return cells;
}

} // namespace

void HexTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.state &= ~QStyle::State_Selected; // the selection is drawn per byte below
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto *view = qobject_cast<const QAbstractItemView *>(widget);
    const QItemSelectionModel *selection = view ? view->selectionModel() : nullptr;
    const QPalette &palette = option.palette;
    const QColor dim = palette.color(QPalette::PlaceholderText);

    painter->save();
    painter->setClipRect(option.rect);
    painter->setFont(option.font);
    const QFontMetrics &metrics = option.fontMetrics;
    int x = option.rect.left() + Margin;
    for (const QModelIndex &cell : byteCells(index)) {
        const QString text = cell.data(ElementByteModel::ByteTextRole).toString();
        const int width = metrics.horizontalAdvance(text);
        const QRect box(x, option.rect.top(), width, option.rect.height());
        const bool selected = selection && selection->isSelected(cell);
        if (selected)
            painter->fillRect(box, palette.brush(QPalette::Highlight));
        const bool control = text.size() > 1; // a name: "<CR>"
        painter->setPen(selected ? palette.color(QPalette::HighlightedText)
                                 : control ? dim : palette.color(QPalette::Text));
        painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width;
    }
    painter->restore();
}

QSize HexTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int width = 2 * Margin;
    for (const QModelIndex &cell : byteCells(index))
        width += option.fontMetrics.horizontalAdvance(cell.data(ElementByteModel::ByteTextRole).toString());
    return {width, option.fontMetrics.height() + 2};
}

QModelIndex HexTextDelegate::byteAt(const QModelIndex &textIndex, const QRect &rect, const QFontMetrics &metrics, int x)
{
    int left = rect.left() + Margin;
    for (const QModelIndex &cell : byteCells(textIndex)) {
        left += metrics.horizontalAdvance(cell.data(ElementByteModel::ByteTextRole).toString());
        if (x < left)
            return cell;
    }
    return {};
}

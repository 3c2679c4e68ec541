#pragma once

#include <QStyledItemDelegate>

// Paints the text column of an ElementByteModel byte by byte, so the bytes selected in the hex
// cells are highlighted in the text too, and control names ("<CR>") stand apart from the same
// characters typed in a message.
class HexTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexTextDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The byte cell under x (view coordinates) in a text cell drawn at rect; invalid past the
    // row's last byte.
    static QModelIndex byteAt(const QModelIndex &textIndex, const QRect &rect, const QFontMetrics &metrics, int x);

private:
    static constexpr int Margin = 4;
};

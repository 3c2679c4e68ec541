#include "statusbadgedelegate.h"

#include "sessiontablemodel.h"
#include "statusbadge.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int Margin = 4;

std::optional<SubmissionStatus> statusAt(const QModelIndex &index)
{
    bool ok = false;
    const int value = index.data(SessionTableModel::StatusRole).toInt(&ok);
    if (!ok || value < int(SubmissionStatus::Pending) || value > int(SubmissionStatus::Ignored))
        return std::nullopt;
    return SubmissionStatus(value);
}

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const std::optional<SubmissionStatus> status = statusAt(index);
    if (!status) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear(); // the badge carries the word
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    StatusBadge::paint(painter, opt.rect.adjusted(Margin, 2, -Margin, -2), *status, opt.font);
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const std::optional<SubmissionStatus> status = statusAt(index);
    if (!status)
        return QStyledItemDelegate::sizeHint(option, index);
    const QSize badge = StatusBadge::sizeHint(option.font, *status);
    return QSize(badge.width() + 2 * Margin, badge.height() + 4);
}

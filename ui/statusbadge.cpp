#include "statusbadge.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

constexpr int HorizontalPadding = 6;
constexpr int ShapeGap = 4;

// The status shape inside the square box, in color.
void drawShape(QPainter *p, const QRectF &box, SubmissionStatus status, const QColor &color)
{
    const qreal s = box.width();
    QPen pen(color, qMax<qreal>(1.5, s / 7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const QPointF c = box.center();
    switch (status) {
    case SubmissionStatus::Pending: { // a clock: waiting for its turn
        const qreal r = s * 0.42;
        p->drawEllipse(c, r, r);
        p->drawLine(c, c + QPointF(0, -r * 0.62));
        p->drawLine(c, c + QPointF(r * 0.5, 0));
        break;
    }
    case SubmissionStatus::Submitted: { // a check mark
        QPainterPath path;
        path.moveTo(box.left() + s * 0.12, box.top() + s * 0.55);
        path.lineTo(box.left() + s * 0.40, box.top() + s * 0.82);
        path.lineTo(box.left() + s * 0.90, box.top() + s * 0.20);
        p->drawPath(path);
        break;
    }
    case SubmissionStatus::Failed: { // a cross
        const qreal d = s * 0.32;
        p->drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
        p->drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
        break;
    }
    case SubmissionStatus::Ignored: { // a dash: set aside
        const qreal d = s * 0.36;
        p->drawLine(c + QPointF(-d, 0), c + QPointF(d, 0));
        break;
    }
    }
}

} // namespace

namespace StatusBadge {

QString text(SubmissionStatus status)
{
    switch (status) {
    case SubmissionStatus::Pending:
        return QCoreApplication::translate("StatusBadge", "Pending");
    case SubmissionStatus::Submitted:
        return QCoreApplication::translate("StatusBadge", "Submitted");
    case SubmissionStatus::Failed:
        return QCoreApplication::translate("StatusBadge", "Failed");
    case SubmissionStatus::Ignored:
        return QCoreApplication::translate("StatusBadge", "Ignored");
    }
    return {};
}

// Contrast of foreground on background is at least 4.5:1 for each status.
QColor background(SubmissionStatus status)
{
    switch (status) {
    case SubmissionStatus::Pending:
        return QColor(0xFF, 0xD5, 0x4F); // yellow
    case SubmissionStatus::Submitted:
        return QColor(0x2E, 0x7D, 0x32); // green
    case SubmissionStatus::Failed:
        return QColor(0xC6, 0x28, 0x28); // red
    case SubmissionStatus::Ignored:
        return QColor(0xCF, 0xD4, 0xD8); // grey
    }
    return {};
}

QColor foreground(SubmissionStatus status)
{
    switch (status) {
    case SubmissionStatus::Pending:
        return QColor(0x4A, 0x37, 0x00);
    case SubmissionStatus::Submitted:
    case SubmissionStatus::Failed:
        return QColor(Qt::white);
    case SubmissionStatus::Ignored:
        return QColor(0x30, 0x3A, 0x40);
    }
    return {};
}

QSize sizeHint(const QFont &font, SubmissionStatus status)
{
    const QFontMetrics fm(font);
    const int height = fm.height() + 4;
    const int shape = fm.ascent();
    return QSize(HorizontalPadding + shape + ShapeGap + fm.horizontalAdvance(text(status)) + HorizontalPadding, height);
}

void paint(QPainter *painter, const QRect &rect, SubmissionStatus status, const QFont &font)
{
    const QSize hint = sizeHint(font, status);
    const int height = qMin(hint.height(), rect.height());
    const int width = qMin(hint.width(), rect.width());
    const QRectF pill(rect.left(), rect.top() + (rect.height() - height) / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background(status));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);

    const QFontMetrics fm(font);
    const qreal shape = fm.ascent();
    const QRectF shapeBox(pill.left() + HorizontalPadding, pill.center().y() - shape / 2, shape, shape);
    drawShape(painter, shapeBox, status, foreground(status));

    painter->setFont(font);
    painter->setPen(foreground(status));
    const QRectF textBox(shapeBox.right() + ShapeGap, pill.top(), pill.right() - shapeBox.right() - ShapeGap - HorizontalPadding / 2.0,
                         pill.height());
    painter->drawText(textBox, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(text(status), Qt::ElideRight, int(textBox.width())));
    painter->restore();
}

QIcon icon(SubmissionStatus status)
{
    QIcon result;
    for (const int side : {16, 24, 32}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(background(status));
        p.drawEllipse(QRectF(0.5, 0.5, side - 1, side - 1));
        const qreal inner = side * 0.62;
        drawShape(&p, QRectF((side - inner) / 2, (side - inner) / 2, inner, inner), status, foreground(status));
        p.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace StatusBadge

#include "hexview.h"

#include "elementbytemodel.h"
#include "hextextdelegate.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QStyle>

#include <algorithm>

HexView::HexView(QWidget *parent)
    : QTableView(parent)
    , m_model(new ElementByteModel(this))
{
    setModel(m_model);
    setItemDelegateForColumn(ElementByteModel::TextColumn, new HexTextDelegate(this));
    setSelectionBehavior(SelectItems);
    setSelectionMode(ExtendedSelection);
    setEditTriggers(NoEditTriggers);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionsClickable(false);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    applyMetrics();
}

void HexView::setBytes(const QByteArray &bytes)
{
    m_pressed = QPersistentModelIndex();
    m_model->setBytes(bytes);
    scrollToTop();
}

// Widths from the fixed font: a hex cell holds two digits, the text column a row of ASCII.
void HexView::applyMetrics()
{
    const QFontMetrics metrics(font());
    const int digits = metrics.horizontalAdvance(QStringLiteral("00"));
    const int padding = metrics.horizontalAdvance(u' ');
    QHeaderView *header = horizontalHeader();
    header->setMinimumSectionSize(digits);
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->resizeSection(ElementByteModel::OffsetColumn, metrics.horizontalAdvance(QStringLiteral("0000 0000")) + 2 * padding);
    for (int c = ElementByteModel::FirstByteColumn; c < ElementByteModel::TextColumn; ++c)
        header->resizeSection(c, digits + padding);
    // Control names make a row's text longer than 16 characters; most rows have one or two.
    header->resizeSection(ElementByteModel::TextColumn, metrics.horizontalAdvance(QString(ElementByteModel::BytesPerRow + 8, u'W')));
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(metrics.height() + 4);
    updateGeometry();
}

QSize HexView::sizeHint() const
{
    int width = 2 * frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int c = 0; c < ElementByteModel::ColumnCount; ++c)
        width += horizontalHeader()->sectionSize(c);
    return {width, QTableView::sizeHint().height()};
}

void HexView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyMetrics();
}

void HexView::selectRanges(const QList<Hl7::Range> &ranges, bool moveCurrent)
{
    QItemSelection selection;
    for (const Hl7::Range &r : ranges)
        selection.merge(m_model->selectionForRange(r.begin, r.end), QItemSelectionModel::Select);
    const QModelIndex first = ranges.isEmpty() ? QModelIndex() : m_model->indexForOffset(ranges.first().begin);
    if (moveCurrent && first.isValid())
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        // The last byte first, then the first: a range taller than the view shows its start.
        scrollTo(m_model->indexForOffset(ranges.last().end - 1));
        scrollTo(first);
    }
}

QList<qsizetype> HexView::selectedOffsets() const
{
    QList<qsizetype> offsets;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        if (index.column() >= ElementByteModel::FirstByteColumn && index.column() < ElementByteModel::TextColumn) {
            const qsizetype offset = m_model->offsetOf(index);
            if (offset >= 0)
                offsets.append(offset);
        }
    }
    std::sort(offsets.begin(), offsets.end());
    return offsets;
}

QByteArray HexView::selectedBytes() const
{
    QByteArray bytes;
    for (const qsizetype offset : selectedOffsets())
        bytes.append(m_model->bytes().at(offset));
    return bytes;
}

qsizetype HexView::currentOffset() const
{
    const QModelIndex current = currentIndex();
    if (current.column() < ElementByteModel::FirstByteColumn || current.column() >= ElementByteModel::TextColumn)
        return -1;
    return m_model->offsetOf(current);
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index.column() == ElementByteModel::TextColumn) {
        // The text column stands for the bytes of its row: a click there picks the byte under it.
        const QModelIndex byte = HexTextDelegate::byteAt(index, visualRect(index), QFontMetrics(font()),
                                                         event->position().toPoint().x());
        if (byte.isValid()) {
            setFocus(Qt::MouseFocusReason);
            selectionModel()->setCurrentIndex(byte, QItemSelectionModel::ClearAndSelect);
            emit byteActivated(m_model->offsetOf(byte));
        }
        event->accept();
        m_pressed = QPersistentModelIndex();
        return;
    }
    QTableView::mousePressEvent(event);
    m_pressed = event->button() == Qt::LeftButton && m_model->offsetOf(index) >= 0 ? index : QModelIndex();
}

void HexView::mouseReleaseEvent(QMouseEvent *event)
{
    QTableView::mouseReleaseEvent(event);
    const QModelIndex released = indexAt(event->position().toPoint());
    const bool click = m_pressed.isValid() && released == m_pressed;
    const QModelIndex pressed = m_pressed;
    m_pressed = QPersistentModelIndex();
    if (click && released.column() >= ElementByteModel::FirstByteColumn && released.column() < ElementByteModel::TextColumn)
        emit byteActivated(m_model->offsetOf(pressed));
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex before = currentIndex();
    QTableView::keyPressEvent(event);
    const QModelIndex after = currentIndex();
    if (after != before && !(event->modifiers() & Qt::ShiftModifier)) {
        const qsizetype offset = currentOffset();
        if (offset >= 0)
            emit byteActivated(offset);
    }
}

// A byte's selection shows in its text column too, which the base class does not repaint.
void HexView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    QTableView::selectionChanged(selected, deselected);
    viewport()->update();
}

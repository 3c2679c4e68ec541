#pragma once

#include "hl7message.h"

#include <QByteArray>
#include <QList>
#include <QTableView>

class ElementByteModel;

// One element's exact bytes: offset, 16 hex cells and their text per row. A byte a person
// clicks or moves to with the keyboard is reported (byteActivated), so a linked view can follow;
// a range dragged or extended with Shift is left as the person made it.
class HexView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexView)

public:
    explicit HexView(QWidget *parent = nullptr);

    void setBytes(const QByteArray &bytes);
    ElementByteModel *byteModel() const { return m_model; }

    // Selects the bytes of these element ranges and shows the first of them. With moveCurrent,
    // the current byte moves to the first selected one; byteActivated is not emitted.
    void selectRanges(const QList<Hl7::Range> &ranges, bool moveCurrent = true);
    // The element offsets of the selected bytes, ascending.
    QList<qsizetype> selectedOffsets() const;
    QByteArray selectedBytes() const;
    qsizetype currentOffset() const;

    // Wide enough for every column, so a splitter gives it that much first.
    QSize sizeHint() const override;

signals:
    void byteActivated(qsizetype offset);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;
    void changeEvent(QEvent *event) override;

private:
    void applyMetrics();

    ElementByteModel *m_model;
    QPersistentModelIndex m_pressed; // the byte a press landed on, until its release
};

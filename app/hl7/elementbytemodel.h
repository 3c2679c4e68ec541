#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QItemSelection>

// One element's bytes for a hex view: a row per 16 bytes, a cell per byte so a view can select
// single bytes, and the row's text where control bytes are spelled by name ("<STX>", "<CR>"),
// since framing bytes are what a person looks for in a capture.
class ElementByteModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElementByteModel)

public:
    static constexpr int BytesPerRow = 16;

    enum Column {
        OffsetColumn = 0,    // "0000 0010"
        FirstByteColumn = 1, // columns 1..16: "0B"
        TextColumn = FirstByteColumn + BytesPerRow,
        ColumnCount
    };

    enum Role {
        // On a byte cell: the byte (int 0..255), and its text as the text column shows it, so a
        // delegate can paint the text column byte by byte and highlight a selection there too.
        ByteRole = Qt::UserRole,
        ByteTextRole,
        // The element offset of a cell's byte (of a row's first byte in the other columns).
        OffsetRole,
    };

    explicit ElementByteModel(QObject *parent = nullptr);

    void setBytes(const QByteArray &bytes);
    const QByteArray &bytes() const { return m_bytes; }

    // "<STX>" for a control byte (0x00-0x1F, 0x7F), empty for any other byte.
    static QString controlName(uchar byte);
    // What the text column shows for a byte: itself when printable ASCII, its control name, or
    // "." above 0x7F.
    static QString byteText(uchar byte);

    // The cell of a byte; invalid when the offset is out of range.
    QModelIndex indexForOffset(qsizetype offset) const;
    // The byte of a cell: its offset; a row's first byte for the offset and text columns; -1 for
    // an invalid index or a cell past the last byte.
    qsizetype offsetOf(const QModelIndex &index) const;
    // The byte cells of [begin, end), clamped to the bytes: at most three rectangles, the part
    // of the first row, the full rows between, and the part of the last row.
    QItemSelection selectionForRange(qsizetype begin, qsizetype end) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString rowText(int row) const;
    QVariant byteData(qsizetype offset, int role) const;

    QByteArray m_bytes;
};

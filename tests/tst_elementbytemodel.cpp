#include "elementbytemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

// An MLLP block of 40 bytes: three rows, the last one half filled.
const QByteArray mllp = QByteArrayLiteral("\x0bMSH|^~\\&|ABC|D\rMSA|AA|12345\rERR|x\r\xc3\xa4\x7f\x1c\r");

} // namespace

class tst_ElementByteModel : public QObject
{
    Q_OBJECT

private slots:
    void controlName_data();
    void controlName();
    void layout();
    void cells_data();
    void cells();
    void offsets();
    void selectionForRange_data();
    void selectionForRange();
    void resetUnderTester();
};

void tst_ElementByteModel::controlName_data()
{
    QTest::addColumn<int>("byte");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");

    auto row = [](const char *tag, int byte, const char *name, const char *text) {
        QTest::newRow(tag) << byte << QString::fromLatin1(name) << QString::fromUtf8(text);
    };
    row("NUL", 0x00, "<NUL>", "<NUL>");
    row("SOH", 0x01, "<SOH>", "<SOH>");
    row("STX", 0x02, "<STX>", "<STX>");
    row("ETX", 0x03, "<ETX>", "<ETX>");
    row("EOT", 0x04, "<EOT>", "<EOT>");
    row("ENQ", 0x05, "<ENQ>", "<ENQ>");
    row("ACK", 0x06, "<ACK>", "<ACK>");
    row("HT", 0x09, "<HT>", "<HT>");
    row("LF", 0x0A, "<LF>", "<LF>");
    row("VT", 0x0B, "<VT>", "<VT>");
    row("CR", 0x0D, "<CR>", "<CR>");
    row("NAK", 0x15, "<NAK>", "<NAK>");
    row("ETB", 0x17, "<ETB>", "<ETB>");
    row("FS", 0x1C, "<FS>", "<FS>");
    row("US", 0x1F, "<US>", "<US>");
    row("DEL", 0x7F, "<DEL>", "<DEL>");
    row("space", 0x20, "", " ");
    row("letter", 'M', "", "M");
    row("pipe", '|', "", "|");
    row("tilde", '~', "", "~");
    row("high byte", 0x80, "", ".");
    row("UTF-8 lead byte", 0xC3, "", ".");
    row("0xFF", 0xFF, "", ".");
}

void tst_ElementByteModel::controlName()
{
    QFETCH(int, byte);
    QFETCH(QString, name);
    QFETCH(QString, text);
    QCOMPARE(ElementByteModel::controlName(uchar(byte)), name);
    QCOMPARE(ElementByteModel::byteText(uchar(byte)), text);
}

void tst_ElementByteModel::layout()
{
    ElementByteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setBytes(mllp);
    QCOMPARE(mllp.size(), 40);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 18);
    QCOMPARE(model.headerData(ElementByteModel::OffsetColumn, Qt::Horizontal).toString(), QStringLiteral("Offset"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("00"));
    QCOMPARE(model.headerData(16, Qt::Horizontal).toString(), QStringLiteral("0F"));
    QCOMPARE(model.headerData(ElementByteModel::TextColumn, Qt::Horizontal).toString(), QStringLiteral("Text"));

    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("0000 0000"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("0000 0010"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("0000 0020"));
    QCOMPARE(model.index(0, ElementByteModel::TextColumn).data().toString(), QStringLiteral("<VT>MSH|^~\\&|ABC|D<CR>"));
    QCOMPARE(model.index(1, ElementByteModel::TextColumn).data().toString(), QStringLiteral("MSA|AA|12345<CR>ERR"));
    QCOMPARE(model.index(2, ElementByteModel::TextColumn).data().toString(), QStringLiteral("|x<CR>..<DEL><FS><CR>"));

    // Cells past the last byte are there (the table is rectangular) but hold nothing.
    const QModelIndex pastEnd = model.index(2, ElementByteModel::FirstByteColumn + 8);
    QVERIFY(pastEnd.isValid());
    QVERIFY(pastEnd.data().isNull());
    QCOMPARE(model.flags(pastEnd), Qt::NoItemFlags);
    QCOMPARE(model.offsetOf(pastEnd), -1);
}

void tst_ElementByteModel::cells_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("toolTip");

    QTest::newRow("VT") << 0 << QStringLiteral("0B") << QStringLiteral("<VT>") << QStringLiteral("Byte 0 (0x0): 0x0B <VT>");
    QTest::newRow("letter") << 1 << QStringLiteral("4D") << QStringLiteral("M") << QStringLiteral("Byte 1 (0x1): 0x4D M");
    QTest::newRow("last of the first row") << 15 << QStringLiteral("0D") << QStringLiteral("<CR>") << QStringLiteral("Byte 15 (0xF): 0x0D <CR>");
    QTest::newRow("first of the second row") << 16 << QStringLiteral("4D") << QStringLiteral("M") << QStringLiteral("Byte 16 (0x10): 0x4D M");
    QTest::newRow("high byte") << 35 << QStringLiteral("C3") << QStringLiteral(".") << QStringLiteral("Byte 35 (0x23): 0xC3 .");
    QTest::newRow("FS") << 38 << QStringLiteral("1C") << QStringLiteral("<FS>") << QStringLiteral("Byte 38 (0x26): 0x1C <FS>");
    QTest::newRow("last byte") << 39 << QStringLiteral("0D") << QStringLiteral("<CR>") << QStringLiteral("Byte 39 (0x27): 0x0D <CR>");
}

void tst_ElementByteModel::cells()
{
    QFETCH(int, offset);
    QFETCH(QString, hex);
    QFETCH(QString, text);
    QFETCH(QString, toolTip);

    ElementByteModel model;
    model.setBytes(mllp);
    const QModelIndex index = model.indexForOffset(offset);
    QCOMPARE(index.row(), offset / 16);
    QCOMPARE(index.column(), 1 + offset % 16);
    QCOMPARE(index.data().toString(), hex);
    QCOMPARE(index.data(ElementByteModel::ByteTextRole).toString(), text);
    QCOMPARE(index.data(ElementByteModel::ByteRole).toInt(), int(uchar(mllp[offset])));
    QCOMPARE(index.data(ElementByteModel::OffsetRole).toLongLong(), offset);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), toolTip);
    QVERIFY(model.flags(index) & Qt::ItemIsSelectable);
}

void tst_ElementByteModel::offsets()
{
    ElementByteModel model;
    model.setBytes(mllp);
    for (qsizetype offset = 0; offset < mllp.size(); ++offset) {
        const QModelIndex index = model.indexForOffset(offset);
        QVERIFY(index.isValid());
        QCOMPARE(model.offsetOf(index), offset);
    }
    QVERIFY(!model.indexForOffset(-1).isValid());
    QVERIFY(!model.indexForOffset(mllp.size()).isValid());
    QCOMPARE(model.offsetOf(QModelIndex()), -1);
    // The offset and text columns stand for their row's first byte.
    QCOMPARE(model.offsetOf(model.index(1, ElementByteModel::OffsetColumn)), 16);
    QCOMPARE(model.offsetOf(model.index(2, ElementByteModel::TextColumn)), 32);
    QCOMPARE(model.index(2, ElementByteModel::OffsetColumn).data(ElementByteModel::OffsetRole).toLongLong(), 32);
}

void tst_ElementByteModel::selectionForRange_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("rectangles");

    QTest::newRow("one byte") << 40 << 5 << 6 << 1;
    QTest::newRow("within a row") << 40 << 2 << 9 << 1;
    QTest::newRow("a whole row") << 40 << 16 << 32 << 1;
    QTest::newRow("across one row boundary") << 40 << 14 << 18 << 2;
    QTest::newRow("ends at a row boundary") << 40 << 3 << 16 << 1;
    QTest::newRow("across several rows") << 100 << 5 << 70 << 3;
    QTest::newRow("from a row start across rows") << 100 << 16 << 70 << 3;
    QTest::newRow("everything") << 40 << 0 << 40 << 3;
    QTest::newRow("clamped at both ends") << 40 << -4 << 99 << 3;
    QTest::newRow("empty") << 40 << 7 << 7 << 0;
    QTest::newRow("reversed") << 40 << 9 << 7 << 0;
    QTest::newRow("past the end") << 40 << 40 << 50 << 0;
    QTest::newRow("no bytes") << 0 << 0 << 5 << 0;
}

void tst_ElementByteModel::selectionForRange()
{
    QFETCH(int, size);
    QFETCH(int, begin);
    QFETCH(int, end);
    QFETCH(int, rectangles);

    QByteArray bytes(size, 'x');
    ElementByteModel model;
    model.setBytes(bytes);
    const QItemSelection selection = model.selectionForRange(begin, end);
    QCOMPARE(selection.size(), rectangles);
    // Exactly the byte cells of [begin, end), and neither the offset nor the text column.
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const qsizetype offset = model.offsetOf(index);
            const bool byteCell = column >= ElementByteModel::FirstByteColumn && column < ElementByteModel::TextColumn;
            const bool wanted = byteCell && offset >= 0 && offset >= begin && offset < end;
            QVERIFY2(selection.contains(index) == wanted, qPrintable(QStringLiteral("row %1 column %2").arg(row).arg(column)));
        }
    }
}

void tst_ElementByteModel::resetUnderTester()
{
    ElementByteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBytes(mllp);
    model.setBytes(QByteArray(16, '\x02'));
    QCOMPARE(model.rowCount(), 1);
    model.setBytes({});
    QCOMPARE(model.rowCount(), 0);
    model.setBytes(QByteArray(1000, 'a'));
    QCOMPARE(model.rowCount(), 63);
}

QTEST_GUILESS_MAIN(tst_ElementByteModel)
#include "tst_elementbytemodel.moc"

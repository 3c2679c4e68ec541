#include "framedmessage.h"

#include "elementbytemodel.h"
#include "framingdecoder.h"
#include "messagetreemodel.h"

#include <QTest>

#include <functional>

using Layout = Hl7::FramedMessage::Layout;

namespace {

const QByteArray message = QByteArrayLiteral(
    "MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20240101120000||ORU^R01|MSG0001|P|2.5.1\r"
    "PID|1||12345^^^HOSP^MR~67890^^^NATL^NI||Doe^John^Q\r"
    "OBX|1|NM|WBC^White cells^L||7.5|10*9/L^^UCUM|4.0-11.0|N|||F\r");

// One E1381 frame: STX, number, text, ETB or ETX, the checksum of number to terminator, CR LF.
QByteArray e1381Frame(char number, QByteArrayView text, char terminator)
{
    QByteArray body;
    body += number;
    body += text;
    body += terminator;
    int sum = 0;
    for (const char c : body)
        sum += quint8(c);
    return '\x02' + body + QByteArray::number(sum & 0xFF, 16).rightJustified(2, '0').toUpper() + "\r\n";
}

// What the capture engine's decoder makes of bytes: the message of its only element.
QByteArray decodedMessage(Framing framing, const QByteArray &bytes)
{
    const std::unique_ptr<FramingDecoder> decoder = createFramingDecoder(framing);
    QList<FramedElement> elements = decoder->feed(bytes, 0);
    elements += decoder->finish();
    if (elements.size() != 1 || elements.constFirst().bytes != bytes)
        return "(not one element)";
    return elements.constFirst().message;
}

} // namespace

class tst_FramedMessage : public QObject
{
    Q_OBJECT

private slots:
    void layouts_data();
    void layouts();
    void acrossFrames();
    void treeSelectionToHex();
};

void tst_FramedMessage::layouts_data()
{
    QTest::addColumn<QByteArray>("element");
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<int>("framing"); // the decoder to compare with; -1: none
    QTest::addColumn<QByteArray>("expected");

    const QByteArray first = message.first(40);
    const QByteArray second = message.sliced(40);
    QTest::newRow("MLLP") << '\x0b' + message + "\x1c\r" << Layout::Mllp << int(Framing::Mllp) << message;
    QTest::newRow("MLLP without CR") << '\x0b' + message + '\x1c' << Layout::Mllp << int(Framing::Mllp) << message;
    QTest::newRow("MLLP, empty block") << QByteArray("\x0b\x1c\r") << Layout::Mllp << int(Framing::Mllp) << QByteArray();
    QTest::newRow("ASTM-style") << '\x02' + message + "\r\n" << Layout::Astm << int(Framing::Astm) << message;
    QTest::newRow("E1381, one frame") << e1381Frame('1', message, '\x03') << Layout::E1381 << int(Framing::E1381) << message;
    QTest::newRow("E1381, ETB continuation") << e1381Frame('1', first, '\x17') + e1381Frame('2', second, '\x03') << Layout::E1381
                                             << int(Framing::E1381) << message;
    QTest::newRow("E1381, three frames and an empty one")
        << e1381Frame('1', message.first(10), '\x17') + e1381Frame('2', "", '\x17') + e1381Frame('3', message.sliced(10, 50), '\x17')
               + e1381Frame('4', message.sliced(60), '\x03')
        << Layout::E1381 << int(Framing::E1381) << message;
    QTest::newRow("E1381, retransmitted frame") << e1381Frame('1', first, '\x17') + e1381Frame('2', "garbled", '\x17')
                                                       + e1381Frame('2', second.first(20), '\x17')
                                                       + e1381Frame('3', second.sliced(20), '\x03')
                                                << Layout::E1381 << int(Framing::E1381) << message;
    QTest::newRow("E1381, bad checksum") << QByteArray("\x02" "1MSH|^~\\&|A\x03" "00\r\n") << Layout::E1381 << int(Framing::E1381)
                                         << QByteArray("MSH|^~\\&|A");
    QTest::newRow("E1381, short trailer") << QByteArray("\x02" "1MSH|^~\\&|A\x17" "\n\x02" "2|B\x03" "\n") << Layout::E1381
                                          << int(Framing::E1381) << QByteArray("MSH|^~\\&|A|B");
    QTest::newRow("MLLP, cut off before FS") << '\x0b' + first << Layout::Mllp << -1 << first;
    QTest::newRow("E1381, cut off after an ETB frame") << e1381Frame('1', first, '\x17') << Layout::E1381 << -1 << first;
    QTest::newRow("unframed") << message << Layout::Unframed << -1 << message;
    QTest::newRow("control byte") << QByteArray("\x06") << Layout::Unframed << -1 << QByteArray("\x06");
    QTest::newRow("empty") << QByteArray() << Layout::Unframed << -1 << QByteArray();
}

// Every message byte maps to an element byte of the same value and back; every other element
// byte is framing.
void tst_FramedMessage::layouts()
{
    QFETCH(QByteArray, element);
    QFETCH(Layout, layout);
    QFETCH(int, framing);
    QFETCH(QByteArray, expected);

    const Hl7::FramedMessage framed = Hl7::FramedMessage::fromElement(element);
    QCOMPARE(framed.layout(), layout);
    QCOMPARE(framed.message(), expected);
    if (framing >= 0)
        QCOMPARE(framed.message(), decodedMessage(Framing(framing), element));

    qsizetype previous = -1;
    for (qsizetype i = 0; i < framed.message().size(); ++i) {
        const qsizetype at = framed.toElement(i);
        QVERIFY2(at > previous, qPrintable(QString::number(i)));
        QCOMPARE(element.at(at), framed.message().at(i));
        QCOMPARE(framed.toMessage(at), i);
        previous = at;
    }
    qsizetype mapped = 0;
    for (qsizetype at = 0; at < element.size(); ++at) {
        const qsizetype i = framed.toMessage(at);
        if (i >= 0) {
            ++mapped;
            QCOMPARE(framed.toElement(i), at);
        }
    }
    QCOMPARE(mapped, framed.message().size());
    QCOMPARE(framed.toElement(-1), -1);
    QCOMPARE(framed.toElement(framed.message().size()), -1);
    QCOMPARE(framed.toMessage(-1), -1);
    QCOMPARE(framed.toMessage(element.size()), -1);

    // The whole message, range by range, spells the message.
    QByteArray joined;
    for (const Hl7::Range &r : framed.toElement(Hl7::Range{0, framed.message().size()}))
        joined += element.mid(r.begin, r.size());
    QCOMPARE(joined, framed.message());
}

void tst_FramedMessage::acrossFrames()
{
    const QByteArray element = e1381Frame('1', message.first(40), '\x17') + e1381Frame('2', message.sliced(40), '\x03');
    const Hl7::FramedMessage framed = Hl7::FramedMessage::fromElement(element);
    // Bytes 38..42 of the message: two in the first frame, three in the second.
    const QList<Hl7::Range> ranges = framed.toElement(Hl7::Range{38, 43});
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(ranges[0], (Hl7::Range{40, 42}));
    const qsizetype secondText = 2 + 40 + 5 + 2; // first frame: STX n text ETB cc CR LF; then STX n
    QCOMPARE(ranges[1], (Hl7::Range{secondText, secondText + 3}));
    QCOMPARE(element.mid(ranges[0].begin, 2) + element.mid(ranges[1].begin, 3), message.sliced(38, 5));
    QVERIFY(framed.toElement(Hl7::Range{5, 5}).isEmpty());
    QCOMPARE(framed.toMessage(42), -1); // the ETB
    QCOMPARE(framed.toMessage(0), -1);  // the STX
    QCOMPARE(framed.toMessage(1), -1);  // the frame number
}

// What the detail view does: a node of the tree selects its bytes in the element's hex view, and
// the byte a person clicks there selects the node again.
void tst_FramedMessage::treeSelectionToHex()
{
    const QByteArray element = e1381Frame('1', message.first(100), '\x17') + e1381Frame('2', message.sliced(100), '\x03');
    const Hl7::FramedMessage framed = Hl7::FramedMessage::fromElement(element);
    MessageTreeModel tree;
    tree.setMessage(Hl7::Message::parse(framed.message()));
    ElementByteModel hex;
    hex.setBytes(element);

    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &index) {
        const Hl7::Range range = tree.rangeOf(index);
        QByteArray selected;
        for (const Hl7::Range &r : framed.toElement(range)) {
            const QItemSelection selection = hex.selectionForRange(r.begin, r.end);
            for (const QModelIndex &cell : selection.indexes())
                selected += char(cell.data(ElementByteModel::ByteRole).toInt());
        }
        QCOMPARE(selected, framed.message().mid(range.begin, range.size()));
        if (!tree.hasChildren(index) && range.size() > 0) {
            const qsizetype clicked = hex.offsetOf(hex.indexForOffset(framed.toElement(range.begin)));
            QCOMPARE(tree.indexForOffset(framed.toMessage(clicked)), index);
        }
        for (int row = 0; row < tree.rowCount(index); ++row)
            visit(tree.index(row, 0, index));
    };
    for (int row = 0; row < tree.rowCount(); ++row)
        visit(tree.index(row, 0));
}

QTEST_GUILESS_MAIN(tst_FramedMessage)
#include "tst_framedmessage.moc"

#include "elementtimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

constexpr qint64 Start = 1'790'000'000'000; // 2026-09-21 14:13:20 UTC

const QByteArray Oru = QByteArrayLiteral("MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20261101120000||ORU^R01|MSG0001|P|2.5.1\r"
                                         "PID|1||TEST1^^^LAB^MR\r");

Element element(qint64 timestamp, Direction direction, ElementType type, const QByteArray &bytes,
                std::optional<MessageHeader> header = std::nullopt)
{
    Element e;
    e.timestamp = timestamp;
    e.direction = direction;
    e.type = type;
    e.bytes = bytes;
    e.header = std::move(header);
    return e;
}

MessageHeader mshOf(const char *type, const char *controlId)
{
    MessageHeader h;
    h.type = QString::fromLatin1(type);
    h.controlId = QString::fromLatin1(controlId);
    return h;
}

} // namespace

Q_DECLARE_METATYPE(Element)

class tst_ElementTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void header();
    void rows_data();
    void rows();
    void rawValues();
    void elementAt();
    void resetUnderTester();
};

void tst_ElementTimelineModel::header()
{
    ElementTimelineModel model;
    QCOMPARE(model.columnCount(), 7);
    const QStringList expected{QStringLiteral("#"), QStringLiteral("Time"), QStringLiteral("Offset"),
                               QStringLiteral("Direction"), QStringLiteral("Type"), QStringLiteral("Bytes"),
                               QStringLiteral("Summary")};
    for (int c = 0; c < model.columnCount(); ++c)
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), expected.at(c));
    QVERIFY(!model.headerData(ElementTimelineModel::ColumnCount, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

void tst_ElementTimelineModel::rows_data()
{
    QTest::addColumn<Element>("element");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("summary");

    const QString toLis = QStringLiteral("Device → LIS");
    const QString toDevice = QStringLiteral("LIS → device");
    QTest::newRow("ENQ at the start") << element(Start, Direction::DeviceToPc, ElementType::Start, "\x05")
                                      << QStringLiteral("14:13:20.000") << QStringLiteral("+0.000 s") << toLis
                                      << QStringLiteral("Start") << 1 << QStringLiteral("<ENQ>");
    QTest::newRow("ACK byte") << element(Start + 125, Direction::PcToDevice, ElementType::Ack, "\x06")
                              << QStringLiteral("14:13:20.125") << QStringLiteral("+0.125 s") << toDevice
                              << QStringLiteral("ACK") << 1 << QStringLiteral("<ACK>");
    QTest::newRow("NAK byte") << element(Start + 1'007, Direction::PcToDevice, ElementType::Nak, "\x15")
                              << QStringLiteral("14:13:21.007") << QStringLiteral("+1.007 s") << toDevice
                              << QStringLiteral("NAK") << 1 << QStringLiteral("<NAK>");
    QTest::newRow("EOT after a minute") << element(Start + 75'250, Direction::DeviceToPc, ElementType::End, "\x04")
                                        << QStringLiteral("14:14:35.250") << QStringLiteral("+75.250 s") << toLis
                                        << QStringLiteral("End") << 1 << QStringLiteral("<EOT>");
    QTest::newRow("message with its header")
        << element(Start + 300, Direction::DeviceToPc, ElementType::Message, "\x0b" + Oru + "\x1c\r", mshOf("ORU^R01", "MSG0001"))
        << QStringLiteral("14:13:20.300") << QStringLiteral("+0.300 s") << toLis << QStringLiteral("Message")
        << int(Oru.size() + 3) << QStringLiteral("ORU^R01 · MSG0001");
    // A file of the Electron app carries no header: the summary reads the message itself.
    QTest::newRow("message without a header, ASTM-style frame")
        << element(Start + 301, Direction::DeviceToPc, ElementType::Message, "\x02" + Oru + "\r\n")
        << QStringLiteral("14:13:20.301") << QStringLiteral("+0.301 s") << toLis << QStringLiteral("Message")
        << int(Oru.size() + 3) << QStringLiteral("ORU^R01 · MSG0001");
    QTest::newRow("HL7 ACK from the LIS")
        << element(Start + 450, Direction::PcToDevice, ElementType::Ack,
                   "\x0bMSH|^~\\&|LIS|HOSP|ANALYZER|LAB|20261101120001||ACK^R01|ACK0001|P|2.5.1\rMSA|AA|MSG0001\r\x1c\r",
                   mshOf("ACK^R01", "ACK0001"))
        << QStringLiteral("14:13:20.450") << QStringLiteral("+0.450 s") << toDevice << QStringLiteral("ACK") << 89
        << QStringLiteral("ACK^R01 · ACK0001");
    QTest::newRow("header without a control ID")
        << element(Start + 500, Direction::DeviceToPc, ElementType::Message, "\x0bMSH|^~\\&|||||||ADT^A01\r\x1c\r",
                   mshOf("ADT^A01", ""))
        << QStringLiteral("14:13:20.500") << QStringLiteral("+0.500 s") << toLis << QStringLiteral("Message") << 26
        << QStringLiteral("ADT^A01");
    QTest::newRow("cut-off frame spelled with control names")
        << element(Start + 900, Direction::DeviceToPc, ElementType::Other, "\x02H|\\^&|||ANALYZER\r\x17")
        << QStringLiteral("14:13:20.900") << QStringLiteral("+0.900 s") << toLis << QStringLiteral("Other") << 19
        << QStringLiteral("<STX>H|\\^&|||ANALYZER<CR><ETB>");
    QTest::newRow("long bytes end in an ellipsis")
        << element(Start + 999, Direction::PcToDevice, ElementType::Other, QByteArray(30, 'x'))
        << QStringLiteral("14:13:20.999") << QStringLiteral("+0.999 s") << toDevice << QStringLiteral("Other") << 30
        << QString(24, u'x') + u'…';
    QTest::newRow("before the session's start")
        << element(Start - 2'500, Direction::DeviceToPc, ElementType::Other, QByteArray())
        << QStringLiteral("14:13:17.500") << QStringLiteral("−2.500 s") << toLis << QStringLiteral("Other") << 0
        << QString();
}

void tst_ElementTimelineModel::rows()
{
    QFETCH(Element, element);
    QFETCH(QString, time);
    QFETCH(QString, offset);
    QFETCH(QString, direction);
    QFETCH(QString, type);
    QFETCH(int, size);
    QFETCH(QString, summary);

    ElementTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Element handshake = ::element(Start, Direction::DeviceToPc, ElementType::Start, "\x05");
    model.setElements({handshake, element}, Start);
    QCOMPARE(model.rowCount(), 2);
    auto text = [&](int column) { return model.index(1, column).data().toString(); };
    QCOMPARE(text(ElementTimelineModel::NumberColumn), QStringLiteral("2"));
    QCOMPARE(text(ElementTimelineModel::TimeColumn), time);
    QCOMPARE(text(ElementTimelineModel::OffsetColumn), offset);
    QCOMPARE(text(ElementTimelineModel::DirectionColumn), direction);
    QCOMPARE(text(ElementTimelineModel::TypeColumn), type);
    QCOMPARE(model.index(1, ElementTimelineModel::SizeColumn).data().toInt(), size);
    QCOMPARE(size, int(element.bytes.size()));
    QCOMPARE(text(ElementTimelineModel::SummaryColumn), summary);
    QCOMPARE(ElementTimelineModel::summaryOf(element), summary);
    QCOMPARE(model.index(1, ElementTimelineModel::TimeColumn).data(Qt::ToolTipRole).toString(),
             QDateTime::fromMSecsSinceEpoch(element.timestamp).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

void tst_ElementTimelineModel::rawValues()
{
    ElementTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Element e = element(Start + 42, Direction::PcToDevice, ElementType::Nak, "\x15");
    model.setElements({e}, Start);
    auto raw = [&](int column) { return model.index(0, column).data(ElementTimelineModel::RawValueRole); };
    QCOMPARE(raw(ElementTimelineModel::NumberColumn).toInt(), 1);
    QCOMPARE(raw(ElementTimelineModel::TimeColumn).toLongLong(), Start + 42);
    QCOMPARE(raw(ElementTimelineModel::OffsetColumn).toLongLong(), 42);
    QCOMPARE(raw(ElementTimelineModel::DirectionColumn).toInt(), int(Direction::PcToDevice));
    QCOMPARE(raw(ElementTimelineModel::TypeColumn).toInt(), int(ElementType::Nak));
    QCOMPARE(raw(ElementTimelineModel::SizeColumn).toInt(), 1);
    QCOMPARE(raw(ElementTimelineModel::SummaryColumn).toString(), QStringLiteral("<NAK>"));
    QCOMPARE(model.index(0, ElementTimelineModel::SizeColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QVERIFY(!model.index(0, 0).data(Qt::EditRole).isValid());
}

void tst_ElementTimelineModel::elementAt()
{
    ElementTimelineModel model;
    const Element a = element(Start, Direction::DeviceToPc, ElementType::Start, "\x05");
    const Element b = element(Start + 1, Direction::PcToDevice, ElementType::Ack, "\x06");
    model.setElements({a, b}, Start);
    QVERIFY(model.elementAt(0));
    QCOMPARE(*model.elementAt(1), b);
    QVERIFY(!model.elementAt(2));
    QVERIFY(!model.elementAt(-1));
    QCOMPARE(model.sessionStart(), Start);
}

void tst_ElementTimelineModel::resetUnderTester()
{
    ElementTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Element> elements;
    for (int i = 0; i < 50; ++i)
        elements.append(element(Start + i, i % 2 ? Direction::PcToDevice : Direction::DeviceToPc, ElementType::Other, QByteArray(i, 'a')));
    model.setElements(elements, Start);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.index(49, ElementTimelineModel::NumberColumn).data().toInt(), 50);
    model.setElements(elements.mid(0, 3), Start);
    QCOMPARE(model.rowCount(), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.elements().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ElementTimelineModel)
#include "tst_elementtimelinemodel.moc"

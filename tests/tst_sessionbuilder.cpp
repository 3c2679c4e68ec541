#include "sessionbuilder.h"

#include <QJsonObject>
#include <QTest>

class tst_SessionBuilder : public QObject
{
    Q_OBJECT

private slots:
    void astmTransmission_data();
    void astmTransmission();
    void mllpExchange();
    void mllpIdleGapSplitsSessions();
    void incompleteSessionsSayWhy_data();
    void incompleteSessionsSayWhy();
    void connectionsNeverMix();
};

namespace {

const Endpoint Analyzer = Endpoint::ipv4(0x0a000005, 40000); // 10.0.0.5
const Endpoint Lis = Endpoint::ipv4(0x0a000009, 2575);       // 10.0.0.9

const QByteArray Oru = "MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20261101||ORU^R01|C1|P|2.5.1||||||8859/1\rPID|1||T1||M\xfcller\r";

FramedElement element(ElementType type, qint64 timeMs, QByteArray bytes, QByteArray message = {})
{
    return FramedElement{type, timeMs * 1000, std::move(bytes), std::move(message), {}};
}

FramedElement control(ElementType type, qint64 timeMs)
{
    static const QHash<int, char> bytes{{int(ElementType::Start), '\x05'}, {int(ElementType::Ack), '\x06'},
                                        {int(ElementType::Nak), '\x15'}, {int(ElementType::End), '\x04'}};
    return element(type, timeMs, QByteArray(1, bytes.value(int(type))));
}

FramedElement astmMessage(qint64 timeMs)
{
    return element(ElementType::Message, timeMs, "\x02" + Oru + "\r\n", Oru);
}

FramedElement mllpMessage(qint64 timeMs, const QByteArray &hl7)
{
    return element(ElementType::Message, timeMs, "\x0b" + hl7 + "\x1c\r", hl7);
}

} // namespace

void tst_SessionBuilder::astmTransmission_data()
{
    QTest::addColumn<bool>("deviceIsClient");
    QTest::addColumn<QString>("deviceIp");
    QTest::newRow("device connects, found by its ENQ") << true << QString();
    QTest::newRow("LIS connects, device found by its ENQ") << false << QString();
    QTest::newRow("device connects, configured") << true << QStringLiteral("10.0.0.5");
}

void tst_SessionBuilder::astmTransmission()
{
    QFETCH(bool, deviceIsClient);
    QFETCH(QString, deviceIp);
    SessionBuilder builder({deviceIp, {}, {}, 60'000'000});
    builder.openConnection(1, deviceIsClient ? Analyzer : Lis, deviceIsClient ? Lis : Analyzer, 1000);
    builder.setFraming(1, Framing::Astm);
    const bool d = deviceIsClient;
    builder.addElements(1, d, {control(ElementType::Start, 1'790'000'000'000)});
    builder.addElements(1, !d, {control(ElementType::Ack, 1'790'000'000'010)});
    builder.addElements(1, d, {astmMessage(1'790'000'000'100)});
    QCOMPARE(builder.openSessions().size(), 1);
    QVERIFY(builder.takeCompleted().isEmpty());
    builder.addElements(1, !d, {control(ElementType::Ack, 1'790'000'000'110)});
    builder.addElements(1, d, {control(ElementType::End, 1'790'000'000'200)});

    const QList<Session> sessions = builder.takeCompleted();
    QCOMPARE(sessions.size(), 1);
    const Session &s = sessions.first();
    QVERIFY(s.complete);
    QCOMPARE(s.startTime, 1'790'000'000'000);
    QCOMPARE(s.endTime.value_or(0), 1'790'000'000'200);
    QCOMPARE(s.deviceIp, QStringLiteral("10.0.0.5"));
    QCOMPARE(s.lisIp, QStringLiteral("10.0.0.9"));
    QCOMPARE(s.elements.size(), 5);
    QVERIFY(s.elements.at(0).direction == Direction::DeviceToPc);
    QVERIFY(s.elements.at(1).direction == Direction::PcToDevice);
    QVERIFY(s.elements.at(2).type == ElementType::Message);
    QCOMPARE(s.elements.at(2).bytes, "\x02" + Oru + "\r\n");
    // The text is decoded with the charset of MSH-18 (8859/1 here).
    QCOMPARE(s.messages, QStringList{QString::fromLatin1(Oru)});
    QCOMPARE(s.elements.at(2).text, QString::fromLatin1(Oru));
    const std::optional<MessageHeader> hl7 = s.elements.at(2).header;
    QVERIFY(hl7);
    QCOMPARE(hl7->type, QStringLiteral("ORU^R01"));
    QCOMPARE(hl7->controlId, QStringLiteral("C1"));
    QCOMPARE(hl7->charset, QStringLiteral("ISO-8859-1"));
    QVERIFY(builder.openSessions().isEmpty());
}

void tst_SessionBuilder::mllpExchange()
{
    SessionBuilder builder({});
    builder.openConnection(7, Analyzer, Lis, 0);
    builder.setFraming(7, Framing::Mllp);
    const QByteArray ack = "MSH|^~\\&|LIS|HOSP|ANALYZER|LAB|20261101||ACK^R01|A1|P|2.5.1\rMSA|AA|C1\r";
    const QByteArray nak = "MSH|^~\\&|LIS|HOSP|ANALYZER|LAB|20261101||ACK^R01|A2|P|2.5.1\rMSA|AE|C2\r";
    builder.addElements(7, true, {mllpMessage(1000, Oru)});
    builder.addElements(7, false, {mllpMessage(1001, ack)});
    builder.addElements(7, true, {mllpMessage(1002, Oru)});
    builder.addElements(7, false, {mllpMessage(1003, nak)});
    builder.closeConnection(7, 1004'000);
    const QList<Session> sessions = builder.takeCompleted();
    QCOMPARE(sessions.size(), 1);
    const Session &s = sessions.first();
    QVERIFY(s.complete);
    QCOMPARE(s.messages.size(), 2);
    QCOMPARE(s.elements.size(), 4);
    QVERIFY(s.elements.at(1).type == ElementType::Ack);
    QVERIFY(s.elements.at(3).type == ElementType::Nak);
    QVERIFY(s.elements.at(3).header);
    QCOMPARE(s.elements.at(3).header->controlId, QStringLiteral("A2"));
    QCOMPARE(s.extra.value(QLatin1StringView("framing")).toString(), QStringLiteral("mllp"));
}

void tst_SessionBuilder::mllpIdleGapSplitsSessions()
{
    SessionBuilder builder({{}, {}, {}, 5'000'000});
    builder.openConnection(1, Analyzer, Lis, 0);
    builder.setFraming(1, Framing::Mllp);
    builder.addElements(1, true, {mllpMessage(1000, Oru)});
    builder.addElements(1, true, {mllpMessage(4000, Oru)});  // 3 s later: same session
    builder.addElements(1, true, {mllpMessage(10000, Oru)}); // 6 s later: a new one
    QCOMPARE(builder.takeCompleted().size(), 1);
    builder.closeConnection(1, 11'000'000);
    const QList<Session> rest = builder.takeCompleted();
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first().messages.size(), 1);
}

void tst_SessionBuilder::incompleteSessionsSayWhy_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<QString>("reason");
    QTest::newRow("capture began mid-transmission") << "noStart" << "began after the start";
    QTest::newRow("connection ended before EOT") << "noEnd" << "ended before the end";
    QTest::newRow("bytes lost") << "gap" << "never arrived";
    QTest::newRow("new ENQ before EOT") << "restart" << "new transmission";
}

void tst_SessionBuilder::incompleteSessionsSayWhy()
{
    QFETCH(QString, story);
    QFETCH(QString, reason);
    SessionBuilder builder({});
    builder.openConnection(1, Analyzer, Lis, 0);
    builder.setFraming(1, Framing::Astm);
    if (story != u"noStart")
        builder.addElements(1, true, {control(ElementType::Start, 1000)});
    builder.addElements(1, true, {astmMessage(1100)});
    if (story == u"gap")
        builder.addGap(1, true, 1460, 1150'000);
    if (story == u"restart")
        builder.addElements(1, true, {control(ElementType::Start, 1200)});
    if (story != u"noEnd")
        builder.addElements(1, true, {control(ElementType::End, 1300)});
    builder.closeConnection(1, 1400'000);
    const QList<Session> sessions = builder.takeCompleted();
    QVERIFY(!sessions.isEmpty());
    const Session &s = sessions.first();
    QVERIFY(!s.complete);
    const QString why = s.extra.value(QLatin1StringView("incompleteReason")).toString();
    QVERIFY2(why.contains(reason), qPrintable(why));
    QVERIFY(!s.messages.isEmpty());
}

void tst_SessionBuilder::connectionsNeverMix()
{
    SessionBuilder builder({});
    const Endpoint otherAnalyzer = Endpoint::ipv4(0x0a000006, 40001);
    builder.openConnection(1, Analyzer, Lis, 0);
    builder.openConnection(2, otherAnalyzer, Lis, 0);
    builder.setFraming(1, Framing::Astm);
    builder.setFraming(2, Framing::Astm);
    builder.addElements(1, true, {control(ElementType::Start, 1000)});
    builder.addElements(2, true, {control(ElementType::Start, 1001)});
    builder.addElements(1, true, {astmMessage(1002)});
    builder.addElements(2, true, {astmMessage(1003)});
    builder.addElements(2, true, {control(ElementType::End, 1004)});
    builder.addElements(1, true, {control(ElementType::End, 1005)});
    const QList<Session> sessions = builder.takeCompleted();
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.at(0).deviceIp, QStringLiteral("10.0.0.6"));
    QCOMPARE(sessions.at(1).deviceIp, QStringLiteral("10.0.0.5"));
    for (const Session &s : sessions) {
        QVERIFY(s.complete);
        QCOMPARE(s.elements.size(), 3);
        QCOMPARE(s.messages.size(), 1);
    }
}

QTEST_GUILESS_MAIN(tst_SessionBuilder)
#include "tst_sessionbuilder.moc"

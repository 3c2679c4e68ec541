#include "captureimport.h"
#include "sessionrepository.h"
#include "testdata.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Captures recorded between real peers (tests/fixtures/capture/record.sh) become the sessions
// that crossed the wire, with the messages exactly as the peers sent them.
class tst_CaptureImport : public QObject
{
    Q_OBJECT

private slots:
    void importsRecordedCaptures_data();
    void importsRecordedCaptures();
    void e1381FramesAreCheckedAndJoined_data();
    void e1381FramesAreCheckedAndJoined();
    void damagedCaptureKeepsWhatCameBefore();
};

namespace {

const QStringList ThreeMessages{QStringLiteral("adt_a04.hl7"), QStringLiteral("oml_o21.hl7"),
                                QStringLiteral("oru_r01.hl7")};

// A message as the peers sent it: the fixture file with its segments ending in CR. Some senders
// drop the CR that ends the last segment (mllp_send, simple-hl7), the others keep it.
QByteArray sentMessage(const QString &name, bool lastCr)
{
    QByteArray text = readFileBytes(fixturePath(QStringLiteral("capture/messages/") + name));
    text.replace('\n', '\r');
    if (!lastCr)
        text.chop(1);
    return text;
}

// "device message", "lis ack", ...: who sent each element, and its type.
QString describe(const Element &e)
{
    return (e.direction == Direction::DeviceToPc ? QStringLiteral("device ") : QStringLiteral("lis "))
        + jsonName(e.type);
}

QStringList messagesAndAcks(qsizetype messages)
{
    QStringList elements;
    for (qsizetype i = 0; i < messages; ++i)
        elements << QStringLiteral("device message") << QStringLiteral("lis ack");
    return elements;
}

QStringList astmTransmission(qsizetype messages)
{
    return QStringList{QStringLiteral("device start"), QStringLiteral("lis ack")} + messagesAndAcks(messages)
        + QStringList{QStringLiteral("device end")};
}

// A message element's bytes read back as E1381 frames, apart from the decoder.
struct E1381Frame
{
    char number = 0;
    QByteArray text;
    char terminator = 0;
    QByteArray checksum;   // as sent
    QByteArray sumOfBytes; // number through terminator, mod 256, in two uppercase hex digits
};

QList<E1381Frame> e1381Frames(QByteArray bytes)
{
    QList<E1381Frame> frames;
    while (!bytes.isEmpty()) {
        const qsizetype end = bytes.indexOf("\r\n");
        if (bytes.front() != '\x02' || end < 5)
            return {};
        const QByteArray body = bytes.mid(1, end - 3); // number, text, ETB or ETX
        int sum = 0;
        for (const char c : body)
            sum += quint8(c);
        frames.append({body.front(), body.mid(1, body.size() - 2), body.back(), bytes.mid(end - 2, 2),
                       QByteArray::number(sum % 256, 16).rightJustified(2, '0').toUpper()});
        bytes.remove(0, end + 2);
    }
    return frames;
}

} // namespace

void tst_CaptureImport::importsRecordedCaptures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("framing");
    QTest::addColumn<QStringList>("messages"); // the files the device sent, in order
    QTest::addColumn<bool>("lastCr");           // the sender kept the CR of the last segment
    QTest::addColumn<QString>("deviceIp");
    QTest::addColumn<QStringList>("elements"); // sender and type, in order

    const QString ipv4 = QStringLiteral("127.0.0.1");
    for (const char *format : {"pcap", "pcapng"}) {
        for (const char *framing : {"auto", "mllp"}) {
            QTest::addRow("mllp_send, %s, %s", format, framing)
                << QStringLiteral("capture/mllp_send__hl7_mllp_server.%1").arg(QLatin1StringView(format))
                << QString::fromLatin1(framing) << ThreeMessages << false << ipv4 << messagesAndAcks(3);
        }
        for (const char *framing : {"auto", "astm"}) {
            QTest::addRow("astm device, %s, %s", format, framing)
                << QStringLiteral("capture/astm_device__astm_lis.%1").arg(QLatin1StringView(format))
                << QString::fromLatin1(framing) << ThreeMessages << true << ipv4 << astmTransmission(3);
        }
    }

    // Each LIS ACK answers one frame, and a message element is complete only at its ETX frame:
    // the ACKs of a message's ETB frames come before it.
    const QString ack = QStringLiteral("lis ack");
    const QString message = QStringLiteral("device message");
    const QStringList e1381Elements{QStringLiteral("device start"), ack, message, ack, message, ack,
                                    ack, message, ack, ack, ack, ack, ack, message, ack,
                                    QStringLiteral("device end")};
    for (const char *framing : {"auto", "e1381"}) {
        QTest::addRow("e1381 device, %s", framing)
            << QStringLiteral("capture/e1381_device__e1381_lis.pcap") << QString::fromLatin1(framing)
            << ThreeMessages + QStringList{QStringLiteral("oru_r01_cbc.hl7")} << true << ipv4 << e1381Elements;
    }
    for (const char *framing : {"auto", "mllp"}) {
        QTest::addRow("simple-hl7 client, %s", framing)
            << QStringLiteral("capture/simple_hl7_client__hl7_mllp_server.pcap") << QString::fromLatin1(framing)
            << ThreeMessages << false << ipv4 << messagesAndAcks(3);
    }
    for (const char *framing : {"auto", "mllp"}) {
        QTest::addRow("mllp_send on any, Linux cooked, %s", framing)
            << QStringLiteral("capture/mllp_send__hl7_mllp_server__sll.pcap") << QString::fromLatin1(framing)
            << ThreeMessages << false << ipv4 << messagesAndAcks(3);
    }
    for (const char *framing : {"auto", "astm"}) {
        QTest::addRow("astm device on any, Linux cooked v2, %s", framing)
            << QStringLiteral("capture/astm_device__astm_lis__sll2.pcap") << QString::fromLatin1(framing)
            << ThreeMessages << true << ipv4 << astmTransmission(3);
    }
    for (const char *framing : {"auto", "mllp"}) {
        QTest::addRow("python3-hl7 over IPv6, %s", framing)
            << QStringLiteral("capture/hl7_mllp_client__hl7_mllp_server__ipv6.pcap") << QString::fromLatin1(framing)
            << ThreeMessages << true << QStringLiteral("::1") << messagesAndAcks(3);
    }
}

void tst_CaptureImport::importsRecordedCaptures()
{
    QFETCH(QString, file);
    QFETCH(QString, framing);
    QFETCH(QStringList, messages);
    QFETCH(bool, lastCr);
    QFETCH(QString, deviceIp);
    QFETCH(QStringList, elements);
    QTemporaryDir temp;
    SessionRepository repository{DataDirectory(temp.filePath(QStringLiteral("data")))};
    QVERIFY(repository.open());
    CaptureSettings settings;
    settings.framing = *framingFromString(framing);

    const Result<CaptureImportReport> first = importCaptureFile(fixturePath(file), settings, repository);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->sessions, 1);
    QCOMPARE(first->imported, 1);
    QCOMPARE(first->messages, messages.size());
    QCOMPARE(first->incompleteSessions, 0);
    QVERIFY2(first->warnings.isEmpty(), qPrintable(first->warnings.join(u'\n')));
    QVERIFY(first->packets > 10);

    const Session s = repository.load(repository.summaries().first().id).value();
    QVERIFY(s.complete);
    QCOMPARE(s.deviceIp, deviceIp);
    QCOMPARE(s.lisIp, deviceIp); // both peers on the loopback
    QStringList got;
    for (const Element &e : s.elements) {
        got.append(describe(e));
        QVERIFY2(!e.extra.contains(QLatin1StringView("problem")),
                 qPrintable(e.extra.value(QLatin1StringView("problem")).toString()));
    }
    QCOMPARE(got, elements);
    // Byte for byte what the device sent.
    QCOMPARE(s.messages.size(), messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i)
        QCOMPARE(s.messages.at(i).toUtf8(), sentMessage(messages.at(i), lastCr));

    // The same capture again adds nothing.
    const Result<CaptureImportReport> second = importCaptureFile(fixturePath(file), settings, repository);
    QCOMPARE(second->sessions, 1);
    QCOMPARE(second->imported, 0);
    QCOMPARE(second->skipped, 1);
    QCOMPARE(repository.count(), 1);
}

void tst_CaptureImport::e1381FramesAreCheckedAndJoined_data()
{
    QTest::addColumn<QString>("framing");
    QTest::newRow("auto") << QStringLiteral("auto");
    QTest::newRow("e1381") << QStringLiteral("e1381");
}

// The recorded E1381 device sends each message in frames of at most 240 bytes of text, numbered
// 1..7, 0, 1, ... across the transmission; the 1 123-byte panel takes five frames, and the µ of
// its second result straddles the end of its second frame, so frames are joined as bytes before
// the text is decoded.
void tst_CaptureImport::e1381FramesAreCheckedAndJoined()
{
    QFETCH(QString, framing);
    QTemporaryDir temp;
    SessionRepository repository{DataDirectory(temp.filePath(QStringLiteral("data")))};
    QVERIFY(repository.open());
    CaptureSettings settings;
    settings.framing = *framingFromString(framing);
    const Result<CaptureImportReport> report =
        importCaptureFile(fixturePath(QStringLiteral("capture/e1381_device__e1381_lis.pcap")), settings, repository);
    QVERIFY2(report, qPrintable(report.error()));
    const Session s = repository.load(repository.summaries().first().id).value();
    QCOMPARE(s.extra.value(QLatin1StringView("framing")).toString(), QStringLiteral("e1381"));

    const QStringList files = ThreeMessages + QStringList{QStringLiteral("oru_r01_cbc.hl7")};
    const QList<qsizetype> framesPerMessage{1, 1, 2, 5};
    QByteArray numbers;
    qsizetype index = 0;
    for (const Element &e : s.elements) {
        if (e.type != ElementType::Message)
            continue;
        QVERIFY(index < files.size());
        const QList<E1381Frame> frames = e1381Frames(e.bytes);
        QCOMPARE(frames.size(), framesPerMessage.at(index));
        QByteArray joined;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const E1381Frame &f = frames.at(i);
            numbers.append(f.number);
            QCOMPARE(f.terminator, i + 1 < frames.size() ? '\x17' : '\x03'); // ETB until the last, ETX
            QCOMPARE(f.checksum, f.sumOfBytes);
            QVERIFY(f.text.size() <= 240);
            joined.append(f.text);
        }
        const QByteArray sent = sentMessage(files.at(index), true);
        QCOMPARE(joined, sent);
        QCOMPARE(s.messages.at(index).toUtf8(), sent);
        if (index == 3)
            QCOMPARE(frames.at(2).text.front(), '\xb5'); // the second byte of µ
        ++index;
    }
    QCOMPARE(index, files.size());
    QCOMPARE(numbers, QByteArray("123456701"));
}

void tst_CaptureImport::damagedCaptureKeepsWhatCameBefore()
{
    QTemporaryDir temp;
    const QByteArray whole = readFileBytes(fixturePath(QStringLiteral("capture/astm_device__astm_lis.pcap")));
    const QString cut = temp.filePath(QStringLiteral("cut.pcap"));
    QVERIFY(writeFileBytes(cut, whole.left(whole.size() * 2 / 3)));
    SessionRepository repository{DataDirectory(temp.filePath(QStringLiteral("data")))};
    QVERIFY(repository.open());
    const Result<CaptureImportReport> report = importCaptureFile(cut, {}, repository);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->sessions, 1);
    QCOMPARE(report->incompleteSessions, 1);
    QVERIFY(!report->warnings.isEmpty());
    QVERIFY(report->warnings.first().contains(cut));
    const Session s = repository.load(repository.summaries().first().id).value();
    QVERIFY(!s.complete);
    QVERIFY(!s.extra.value(QLatin1StringView("incompleteReason")).toString().isEmpty());

    QVERIFY(!importCaptureFile(temp.filePath(QStringLiteral("missing.pcap")), {}, repository));
}

QTEST_GUILESS_MAIN(tst_CaptureImport)
#include "tst_captureimport.moc"

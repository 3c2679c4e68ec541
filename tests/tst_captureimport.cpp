#include "captureimport.h"
#include "sessionrepository.h"
#include "testdata.h"

#include <QDir>
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
    void damagedCaptureKeepsWhatCameBefore();
};

namespace {

// The messages as the peers sent them: the fixture files with their segments ending in CR.
// mllp_send drops the CR that ends the last segment; the ASTM-style device keeps it.
QStringList sentMessages(bool lastCr)
{
    QStringList messages;
    const QDir dir(fixturePath(QStringLiteral("capture/messages")));
    for (const QString &name : dir.entryList({QStringLiteral("*.hl7")}, QDir::Files, QDir::Name)) {
        QByteArray text = readFileBytes(dir.filePath(name));
        text.replace('\n', '\r');
        if (!lastCr)
            text.chop(1);
        messages.append(QString::fromUtf8(text));
    }
    return messages;
}

} // namespace

void tst_CaptureImport::importsRecordedCaptures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("framing");
    QTest::addColumn<QStringList>("types"); // element types in order
    for (const char *format : {"pcap", "pcapng"}) {
        for (const char *framing : {"auto", "mllp"}) {
            QTest::addRow("mllp_send, %s, %s", format, framing)
                << QStringLiteral("capture/mllp_send__hl7_mllp_server.%1").arg(QLatin1StringView(format))
                << QString::fromLatin1(framing)
                << QStringList{QStringLiteral("message"), QStringLiteral("ack"), QStringLiteral("message"),
                               QStringLiteral("ack"), QStringLiteral("message"), QStringLiteral("ack")};
        }
        for (const char *framing : {"auto", "astm"}) {
            QTest::addRow("astm device, %s, %s", format, framing)
                << QStringLiteral("capture/astm_device__astm_lis.%1").arg(QLatin1StringView(format))
                << QString::fromLatin1(framing)
                << QStringList{QStringLiteral("start"), QStringLiteral("ack"), QStringLiteral("message"),
                               QStringLiteral("ack"), QStringLiteral("message"), QStringLiteral("ack"),
                               QStringLiteral("message"), QStringLiteral("ack"), QStringLiteral("end")};
        }
    }
}

void tst_CaptureImport::importsRecordedCaptures()
{
    QFETCH(QString, file);
    QFETCH(QString, framing);
    QFETCH(QStringList, types);
    QTemporaryDir temp;
    SessionRepository repository{DataDirectory(temp.filePath(QStringLiteral("data")))};
    QVERIFY(repository.open());
    CaptureSettings settings;
    settings.framing = *framingFromString(framing);

    const Result<CaptureImportReport> first = importCaptureFile(fixturePath(file), settings, repository);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->sessions, 1);
    QCOMPARE(first->imported, 1);
    QCOMPARE(first->messages, 3);
    QCOMPARE(first->incompleteSessions, 0);
    QVERIFY2(first->warnings.isEmpty(), qPrintable(first->warnings.join(u'\n')));
    QVERIFY(first->packets > 10);

    const Session s = repository.load(repository.summaries().first().id).value();
    QVERIFY(s.complete);
    QCOMPARE(s.deviceIp, QStringLiteral("127.0.0.1"));
    QStringList got;
    for (const Element &e : s.elements)
        got.append(jsonName(e.type));
    QCOMPARE(got, types);
    for (const Element &e : s.elements)
        QVERIFY((e.type == ElementType::Message || e.type == ElementType::Start || e.type == ElementType::End)
                == (e.direction == Direction::DeviceToPc));
    // Byte for byte what the device sent (the glob order of the recording script).
    QCOMPARE(s.messages, sentMessages(framing == u"astm" || file.contains(QLatin1StringView("astm"))));

    // The same capture again adds nothing.
    const Result<CaptureImportReport> second = importCaptureFile(fixturePath(file), settings, repository);
    QCOMPARE(second->sessions, 1);
    QCOMPARE(second->imported, 0);
    QCOMPARE(second->skipped, 1);
    QCOMPARE(repository.count(), 1);
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

#include "pcapfile.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <QTest>

class tst_PcapFile : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryFrame_data();
    void readsEveryFrame();
    void truncatedFileKeepsWhatCameBefore_data();
    void truncatedFileKeepsWhatCameBefore();
    void refusesWhatIsNotACapture_data();
    void refusesWhatIsNotACapture();
};

void tst_PcapFile::readsEveryFrame_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("frames"); // as tcpdump -r counts them
    for (const char *format : {"pcap", "pcapng"}) {
        QTest::addRow("mllp %s", format) << QStringLiteral("capture/mllp_send__hl7_mllp_server.%1").arg(QLatin1StringView(format)) << 14;
        QTest::addRow("astm %s", format) << QStringLiteral("capture/astm_device__astm_lis.%1").arg(QLatin1StringView(format)) << 173;
    }
}

void tst_PcapFile::readsEveryFrame()
{
    QFETCH(QString, file);
    QFETCH(int, frames);
    auto opened = PcapFile::open(fixturePath(file));
    QVERIFY2(opened, qPrintable(opened.error()));
    PcapFile &capture = *opened.value();
    QCOMPARE(capture.linkType(), 1);
    QCOMPARE(capture.linkTypeName(), QStringLiteral("EN10MB"));
    QByteArrayView frame;
    qint64 time = 0, previous = 0;
    int count = 0;
    PcapFile::Next next;
    while ((next = capture.next(frame, time)) == PcapFile::Next::Frame) {
        QVERIFY(frame.size() >= 54); // Ethernet + IPv4 + TCP headers at least
        QVERIFY(time >= previous);
        QVERIFY(time > 1'700'000'000'000'000);
        previous = time;
        ++count;
    }
    QVERIFY2(next == PcapFile::Next::End, qPrintable(capture.error()));
    QCOMPARE(count, frames);
    QCOMPARE(capture.framesRead(), quint64(frames));
}

void tst_PcapFile::truncatedFileKeepsWhatCameBefore_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("pcap") << QStringLiteral("capture/astm_device__astm_lis.pcap");
    QTest::newRow("pcapng") << QStringLiteral("capture/astm_device__astm_lis.pcapng");
}

void tst_PcapFile::truncatedFileKeepsWhatCameBefore()
{
    QFETCH(QString, file);
    const QByteArray whole = readFileBytes(fixturePath(file));
    QTemporaryDir temp;
    const QString cut = temp.filePath(QStringLiteral("cut"));
    QVERIFY(writeFileBytes(cut, whole.left(whole.size() / 2 + 7)));
    auto opened = PcapFile::open(cut);
    QVERIFY2(opened, qPrintable(opened.error()));
    QByteArrayView frame;
    qint64 time = 0;
    int count = 0;
    PcapFile::Next next;
    while ((next = opened.value()->next(frame, time)) == PcapFile::Next::Frame)
        ++count;
    QVERIFY(count > 20);
    QVERIFY(count < 173);
    QCOMPARE(next, PcapFile::Next::Error);
    QVERIFY2(opened.value()->error().contains(cut), qPrintable(opened.value()->error()));
}

void tst_PcapFile::refusesWhatIsNotACapture_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("MSH|^~\\&|not a capture\r");
    QTest::newRow("half a header") << QByteArray("\xd4\xc3\xb2\xa1\x02\x00", 6);
}

void tst_PcapFile::refusesWhatIsNotACapture()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("file.pcap"));
    QVERIFY(writeFileBytes(path, bytes));
    auto opened = PcapFile::open(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
    QVERIFY(!PcapFile::open(temp.filePath(QStringLiteral("missing.pcap"))));
}

QTEST_GUILESS_MAIN(tst_PcapFile)
#include "tst_pcapfile.moc"

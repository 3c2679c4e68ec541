#include "livecapture.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <QTest>

#include <unistd.h>

class tst_LiveCapture : public QObject
{
    Q_OBJECT

private slots:
    void filter_data();
    void filter();
    void capturesLoopbackTraffic();
    void stopsWhileWaitingForTraffic();
    void clearErrors_data();
    void clearErrors();
};

void tst_LiveCapture::filter_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("lis");
    QTest::addColumn<int>("port"); // 0: none
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing set") << QStringLiteral("") << QStringLiteral("") << 0 << QStringLiteral("tcp");
    QTest::newRow("device only") << QStringLiteral("10.0.0.5") << QStringLiteral("") << 0 << QStringLiteral("tcp and (host 10.0.0.5)");
    QTest::newRow("all three") << QStringLiteral("10.0.0.5") << QStringLiteral("10.0.0.9") << 2575 << QStringLiteral("tcp and (host 10.0.0.5 or host 10.0.0.9 or port 2575)");
    QTest::newRow("IPv6 LIS and port") << QStringLiteral("") << QStringLiteral("fe80::1") << 6001 << QStringLiteral("tcp and (host fe80::1 or port 6001)");
}

void tst_LiveCapture::filter()
{
    QFETCH(QString, device);
    QFETCH(QString, lis);
    QFETCH(int, port);
    QFETCH(QString, expected);
    QCOMPARE(captureFilter(device, lis, port ? std::optional<quint16>(quint16(port)) : std::nullopt), expected);
}

void tst_LiveCapture::capturesLoopbackTraffic()
{
    if (::geteuid() != 0)
        QSKIP("capturing needs root or CAP_NET_RAW");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    auto opened = LiveCapture::open(QStringLiteral("lo"), captureFilter({}, {}, server.serverPort()));
    QVERIFY2(opened, qPrintable(opened.error()));
    LiveCapture &capture = *opened.value();

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(client.waitForConnected(5000));
    client.write("\x0bMSH|^~\\&|LIVE|TEST\r\x1c\r");
    QVERIFY(client.waitForBytesWritten(5000));

    int frames = 0;
    bool sawPayload = false;
    QDeadlineTimer deadline(10000);
    while (!sawPayload && !deadline.hasExpired()) {
        QByteArrayView frame;
        qint64 time = 0;
        const LiveCapture::Next next = capture.next(frame, time);
        QVERIFY2(next != LiveCapture::Next::Error, qPrintable(capture.error()));
        if (next != LiveCapture::Next::Frame)
            continue;
        ++frames;
        sawPayload = frame.toByteArray().contains("MSH|^~\\&|LIVE|TEST");
    }
    QVERIFY(sawPayload);
    QVERIFY(frames >= 2); // the handshake came first
    capture.stop();
    QByteArrayView frame;
    qint64 time = 0;
    QCOMPARE(capture.next(frame, time), LiveCapture::Next::Stopped);
}

void tst_LiveCapture::stopsWhileWaitingForTraffic()
{
    if (::geteuid() != 0)
        QSKIP("capturing needs root or CAP_NET_RAW");
    // A port nothing uses: next() waits for traffic that never comes, and stop() still ends it.
    auto opened = LiveCapture::open(QStringLiteral("lo"), QStringLiteral("tcp port 9"));
    QVERIFY2(opened, qPrintable(opened.error()));
    LiveCapture *capture = opened.value().get();
    std::atomic<bool> stopped{false};
    QThread *reader = QThread::create([capture, &stopped] {
        QByteArrayView frame;
        qint64 time = 0;
        while (capture->next(frame, time) != LiveCapture::Next::Stopped) {
        }
        stopped = true;
    });
    reader->start();
    QTest::qWait(300); // let it block in the read
    QVERIFY(!stopped);
    capture->stop();
    QVERIFY(reader->wait(5000));
    QVERIFY(stopped);
    delete reader;
}

void tst_LiveCapture::clearErrors_data()
{
    QTest::addColumn<QString>("interfaceName");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no such interface") << QStringLiteral("hl7nonexistent0") << QStringLiteral("tcp") << QStringLiteral("hl7nonexistent0");
    QTest::newRow("bad filter") << QStringLiteral("lo") << QStringLiteral("tcp and (") << QStringLiteral("tcp and (");
}

void tst_LiveCapture::clearErrors()
{
    QFETCH(QString, interfaceName);
    QFETCH(QString, filter);
    QFETCH(QString, mentions);
    if (::geteuid() != 0 && interfaceName == u"lo")
        QSKIP("opening lo needs root or CAP_NET_RAW");
    const auto opened = LiveCapture::open(interfaceName, filter);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(mentions), qPrintable(opened.error()));
    QVERIFY(!opened.error().contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(tst_LiveCapture)
#include "tst_livecapture.moc"

#include "captureservice.h"
#include "sessionstore.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// The capture on its own thread, feeding a real store on another: a recorded capture file, and
// the recording proxy between a device socket and a small MLLP LIS of the test's own.
class tst_CaptureService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fileSessionsReachTheStoreOnce_data();
    void fileSessionsReachTheStoreOnce();
    void unreadableSourceIsReported_data();
    void unreadableSourceIsReported();
    void proxyShowsOpenSessionsLive();
    void idleGapEndsSessionWithoutTraffic();
    void pauseDropsTrafficUntilResume();
    void stopAndWaitDeliversEverySession();

private:
    void openStore();
    void startLis();
    CaptureSource proxySource() const;
    static QByteArray frame(int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<QTcpServer> m_lis;
};

Q_DECLARE_METATYPE(CaptureSource::Kind)

namespace {

// A device of the test's own, connected to the proxy; it collects what the LIS answers.
struct Device : QTcpSocket
{
    QByteArray answers;

    bool connectTo(quint16 port)
    {
        QObject::connect(this, &QTcpSocket::readyRead, this, [this] { answers += readAll(); });
        connectToHost(QHostAddress::LocalHost, port);
        return waitForConnected(5000);
    }
};

} // namespace

QByteArray tst_CaptureService::frame(int n)
{
    return "\x0bMSH|^~\\&|DEV|LAB|LIS|HOSP|20261101||ORU^R01|M" + QByteArray::number(n)
        + "|P|2.5.1\rPID|1||T" + QByteArray::number(n) + "\r\x1c\r";
}

void tst_CaptureService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    openStore();
    startLis();
}

void tst_CaptureService::cleanup()
{
    m_store.reset();
    m_lis.reset();
    m_dir.reset();
}

void tst_CaptureService::openStore()
{
    m_store = std::make_unique<SessionStore>(DataDirectory::resolve(m_dir->path()));
    QSignalSpy opened(m_store.get(), &SessionStore::opened);
    m_store->open();
    QVERIFY(opened.wait());
}

void tst_CaptureService::startLis()
{
    m_lis = std::make_unique<QTcpServer>();
    QVERIFY(m_lis->listen(QHostAddress::LocalHost, 0));
    connect(m_lis.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_lis->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, s, [s, buffer] {
                buffer->append(s->readAll());
                for (qsizetype end; (end = buffer->indexOf("\x1c\r")) >= 0;) {
                    s->write("\x0bMSH|^~\\&|LIS|HOSP|DEV|LAB|20261101||ACK|A1|P|2.5.1\rMSA|AA|M\r\x1c\r");
                    buffer->remove(0, end + 2);
                }
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

CaptureSource tst_CaptureService::proxySource() const
{
    return CaptureSource::proxy(QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"), m_lis->serverPort());
}

void tst_CaptureService::fileSessionsReachTheStoreOnce_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("messages");
    QTest::newRow("mllp pcap") << QStringLiteral("capture/mllp_send__hl7_mllp_server.pcap") << 1 << 3;
    QTest::newRow("astm pcapng") << QStringLiteral("capture/astm_device__astm_lis.pcapng") << 1 << 3;
}

void tst_CaptureService::fileSessionsReachTheStoreOnce()
{
    QFETCH(QString, file);
    QFETCH(int, sessions);
    QFETCH(int, messages);
    const QString path = fixturePath(file);
    for (int round = 0; round < 2; ++round) {
        CaptureService capture(m_store.get());
        QSignalSpy finished(&capture, &CaptureService::finished);
        QSignalSpy progress(&capture, &CaptureService::progress);
        QSignalSpy completed(&capture, &CaptureService::sessionCompleted);
        QSignalSpy saved(m_store.get(), &SessionStore::saved);
        QSignalSpy skipped(m_store.get(), &SessionStore::captureSkipped);
        QVERIFY(capture.start(CaptureSource::file(path), {}));
        QCOMPARE(capture.state(), CaptureService::State::Running);
        QVERIFY(!capture.start(CaptureSource::file(path), {})); // one capture at a time
        QVERIFY(finished.wait(10000));
        QCOMPARE(capture.state(), CaptureService::State::Idle);
        QCOMPARE(finished.constFirst().at(1).toString(), QString());
        const auto statistics = finished.constFirst().at(0).value<CaptureStatistics>();
        QCOMPARE(statistics.sessions, sessions);
        QCOMPARE(statistics.messages, messages);
        QVERIFY(statistics.frames > 0);
        QCOMPARE(completed.size(), sessions);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toLongLong(), QFileInfo(path).size());
        // The second import of the same file adds nothing: the store recognises each session.
        if (round == 0) {
            QTRY_COMPARE(saved.size(), sessions);
            QCOMPARE(skipped.size(), 0);
        } else {
            QTRY_COMPARE(skipped.size(), sessions);
            QCOMPARE(saved.size(), 0);
        }
    }
}

void tst_CaptureService::unreadableSourceIsReported_data()
{
    QTest::addColumn<CaptureSource::Kind>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << CaptureSource::Kind::File << QStringLiteral("cannot read the capture file");
    QTest::newRow("port in use") << CaptureSource::Kind::Proxy << QStringLiteral("cannot listen");
}

void tst_CaptureService::unreadableSourceIsReported()
{
    QFETCH(CaptureSource::Kind, kind);
    QFETCH(QString, expected);
    CaptureSource source = kind == CaptureSource::Kind::File
        ? CaptureSource::file(m_dir->filePath(QStringLiteral("missing.pcap")))
        : CaptureSource::proxy(QHostAddress::LocalHost, m_lis->serverPort(), QStringLiteral("127.0.0.1"), 1);
    CaptureService capture(m_store.get());
    QSignalSpy finished(&capture, &CaptureService::finished);
    QVERIFY(capture.start(source, {}));
    QVERIFY(finished.wait(10000));
    const QString error = finished.constFirst().at(1).toString();
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(capture.state(), CaptureService::State::Idle);
}

void tst_CaptureService::proxyShowsOpenSessionsLive()
{
    CaptureService capture(m_store.get());
    QSignalSpy started(&capture, &CaptureService::started);
    QSignalSpy open(&capture, &CaptureService::openSessionsChanged);
    QSignalSpy completed(&capture, &CaptureService::sessionCompleted);
    QSignalSpy saved(m_store.get(), &SessionStore::saved);
    QVERIFY(capture.start(proxySource(), {}));
    QVERIFY(started.wait());
    const quint16 port = capture.proxyPort();
    QVERIFY(port != 0);

    Device device;
    QByteArray &answers = device.answers;
    QVERIFY(device.connectTo(port));
    device.write(frame(1));
    QTRY_COMPARE(answers.count("MSA|AA|"), 1);

    // The exchange is still open: it shows as a live session with its message and the ACK.
    QTRY_VERIFY(!open.isEmpty() && open.constLast().at(0).value<QList<SessionSummary>>().size() == 1);
    const SessionSummary live = open.constLast().at(0).value<QList<SessionSummary>>().constFirst();
    QCOMPARE(live.messageCount, 1);
    QVERIFY(!live.id.isEmpty());
    QCOMPARE(completed.size(), 0);

    device.disconnectFromHost();
    QTRY_COMPARE(completed.size(), 1);
    const Session session = completed.constFirst().at(0).value<Session>();
    QCOMPARE(session.id, live.id); // the same session the live view showed
    QCOMPARE(session.messages.size(), 1);
    QTRY_COMPARE(saved.size(), 1);
    QTRY_VERIFY(open.constLast().at(0).value<QList<SessionSummary>>().isEmpty());

    QSignalSpy finished(&capture, &CaptureService::finished);
    capture.stop();
    QVERIFY(finished.wait());
    QCOMPARE(finished.constFirst().at(0).value<CaptureStatistics>().sessions, 1);
}

void tst_CaptureService::idleGapEndsSessionWithoutTraffic()
{
    CaptureSettings settings;
    settings.sessions.idleGapUs = 300'000;
    CaptureService capture(m_store.get());
    QSignalSpy started(&capture, &CaptureService::started);
    QSignalSpy completed(&capture, &CaptureService::sessionCompleted);
    QVERIFY(capture.start(proxySource(), settings));
    QVERIFY(started.wait());
    const quint16 port = capture.proxyPort();

    Device device;
    QVERIFY(device.connectTo(port));
    device.write(frame(1));
    // The device keeps the connection open and says nothing more.
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 10000);
    const Session session = completed.constFirst().at(0).value<Session>();
    QVERIFY(session.complete);
    QCOMPARE(session.messages.size(), 1);
    QCOMPARE(device.state(), QAbstractSocket::ConnectedState);
    capture.stopAndWait();
}

void tst_CaptureService::pauseDropsTrafficUntilResume()
{
    CaptureService capture(m_store.get());
    QSignalSpy started(&capture, &CaptureService::started);
    QSignalSpy completed(&capture, &CaptureService::sessionCompleted);
    QSignalSpy states(&capture, &CaptureService::stateChanged);
    QVERIFY(capture.start(proxySource(), {}));
    QVERIFY(started.wait());
    const quint16 port = capture.proxyPort();

    Device device;
    QByteArray &answers = device.answers;
    QVERIFY(device.connectTo(port));
    device.write(frame(1));
    QTRY_COMPARE(answers.count("MSA|AA|"), 1);

    capture.pause();
    QCOMPARE(capture.state(), CaptureService::State::Paused);
    // Pausing ends the open exchange; it says why it is not the whole conversation.
    QTRY_COMPARE(completed.size(), 1);
    device.write(frame(2)); // still forwarded, not recorded
    QTRY_COMPARE(answers.count("MSA|AA|"), 2);

    capture.resume();
    QCOMPARE(capture.state(), CaptureService::State::Running);
    device.write(frame(3));
    QTRY_COMPARE(answers.count("MSA|AA|"), 3);
    device.disconnectFromHost();
    QTRY_COMPARE(completed.size(), 2);
    const Session before = completed.at(0).at(0).value<Session>();
    const Session after = completed.at(1).at(0).value<Session>();
    QCOMPARE(before.messages.size(), 1);
    QVERIFY(!before.complete);
    QVERIFY(before.extra.value(IncompleteReasonKey).toString().contains(QStringLiteral("paused")));
    QVERIFY(before.messages.constFirst().contains(u"|M1|"));
    QCOMPARE(after.messages.size(), 1);
    QVERIFY(after.complete);
    QVERIFY(after.messages.constFirst().contains(u"|M3|"));
    capture.stopAndWait();
    QCOMPARE(states.size(), 5); // Running, Paused, Running, Stopping, Idle
}

void tst_CaptureService::stopAndWaitDeliversEverySession()
{
    QSignalSpy saved(m_store.get(), &SessionStore::saved);
    int announced = 0;
    {
        CaptureService capture(m_store.get());
        QSignalSpy started(&capture, &CaptureService::started);
        connect(&capture, &CaptureService::sessionCompleted, this, [&] { ++announced; });
        QVERIFY(capture.start(proxySource(), {}));
        QVERIFY(started.wait());
        const quint16 port = capture.proxyPort();
        Device device;
        QVERIFY(device.connectTo(port));
        device.write(frame(1));
        QTRY_COMPARE(device.answers.count("MSA|AA|"), 1);
        capture.stopAndWait(); // the open exchange ends here, and is handed over before returning
        QCOMPARE(announced, 1);
        QCOMPARE(capture.state(), CaptureService::State::Idle);
    }
    m_store->shutdown();
    QCOMPARE(saved.size(), 1);
}

QTEST_GUILESS_MAIN(tst_CaptureService)
#include "tst_captureservice.moc"

#include "recordingproxy.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The proxy between real sockets on 127.0.0.1: a small MLLP LIS of the test's own that answers
// every message with an ACK, devices of the test's own, and Debian's mllp_send when installed.
class tst_RecordingProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void forwardsAndRecordsSeveralDevices_data();
    void forwardsAndRecordsSeveralDevices();
    void realMllpClient();
    void unreachableLis();

private:
    struct Recording
    {
        QByteArray fromClient;
        QByteArray fromServer;
        bool opened = false;
        bool closed = false;
    };

    void startLis();
    QByteArray frame(int device, int n) const;

    std::unique_ptr<QTcpServer> m_lis;
    std::unique_ptr<RecordingProxy> m_proxy;
    QHash<quint64, Recording> m_recordings;
};

namespace {

QByteArray ackFor(const QByteArray &frame)
{
    // The control id is the MSH-10 of the message.
    const QList<QByteArray> fields = frame.mid(1).split('|');
    const QByteArray control = fields.value(9);
    return "\x0bMSH|^~\\&|LIS|HOSP|DEV|LAB|20261101||ACK|A" + control + "|P|2.5.1\rMSA|AA|" + control + "\r\x1c\r";
}

} // namespace

void tst_RecordingProxy::init()
{
    m_recordings.clear();
    startLis();
    m_proxy = std::make_unique<RecordingProxy>();
    connect(m_proxy.get(), &RecordingProxy::connectionOpened, this, [this](quint64 id, const Endpoint &client, const Endpoint &server) {
        m_recordings[id].opened = true;
        QCOMPARE(server.port, m_lis->serverPort());
        QVERIFY(client.isIpv4());
    });
    connect(m_proxy.get(), &RecordingProxy::dataTransferred, this, [this](quint64 id, bool fromClient, const QByteArray &bytes) {
        (fromClient ? m_recordings[id].fromClient : m_recordings[id].fromServer).append(bytes);
    });
    connect(m_proxy.get(), &RecordingProxy::connectionClosed, this, [this](quint64 id) { m_recordings[id].closed = true; });
}

void tst_RecordingProxy::cleanup()
{
    m_proxy.reset();
    m_lis.reset();
}

void tst_RecordingProxy::startLis()
{
    m_lis = std::make_unique<QTcpServer>();
    QVERIFY(m_lis->listen(QHostAddress::LocalHost, 0));
    connect(m_lis.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_lis->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, s, [s, buffer] {
                buffer->append(s->readAll());
                for (qsizetype end; (end = buffer->indexOf("\x1c\r")) >= 0;) {
                    s->write(ackFor(buffer->left(end)));
                    buffer->remove(0, end + 2);
                }
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

QByteArray tst_RecordingProxy::frame(int device, int n) const
{
    return "\x0bMSH|^~\\&|DEV|LAB|LIS|HOSP|20261101||ORU^R01|D" + QByteArray::number(device) + "M" + QByteArray::number(n)
        + "|P|2.5.1\rPID|1||T" + QByteArray::number(n) + "\rOBX|1|NM|GLU||" + QByteArray::number(90 + n) + "\r\x1c\r";
}

void tst_RecordingProxy::forwardsAndRecordsSeveralDevices_data()
{
    QTest::addColumn<int>("devices");
    QTest::addColumn<int>("chunk"); // bytes per write, so frames split across segments
    QTest::newRow("one device, whole frames") << 1 << 4096;
    QTest::newRow("three devices, 5-byte pieces") << 3 << 5;
}

void tst_RecordingProxy::forwardsAndRecordsSeveralDevices()
{
    QFETCH(int, devices);
    QFETCH(int, chunk);
    constexpr int Messages = 5;
    QVERIFY2(m_proxy->listen(QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"), m_lis->serverPort()),
             qPrintable(m_proxy->errorString()));

    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> received(devices);
    QByteArray sent[8];
    for (int d = 0; d < devices; ++d) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        socket->connectToHost(QHostAddress::LocalHost, m_proxy->port());
        QVERIFY(socket->waitForConnected(5000));
        connect(socket.get(), &QTcpSocket::readyRead, this, [&received, d, s = socket.get()] { received[d].append(s->readAll()); });
        sockets.push_back(std::move(socket));
    }
    for (int n = 0; n < Messages; ++n) {
        for (int d = 0; d < devices; ++d) {
            const QByteArray f = frame(d, n);
            sent[d].append(f);
            for (qsizetype i = 0; i < f.size(); i += chunk) {
                sockets[d]->write(f.mid(i, chunk));
                sockets[d]->flush();
            }
        }
        for (int d = 0; d < devices; ++d)
            QTRY_COMPARE(received[d].count("MSA|AA|"), n + 1);
    }
    for (auto &s : sockets)
        s->disconnectFromHost();
    QTRY_COMPARE(m_recordings.size(), devices);
    for (const Recording &r : std::as_const(m_recordings))
        QTRY_VERIFY(r.closed);

    // Every byte is recorded once, in order, on the connection it crossed.
    QSet<QByteArray> recordedSends;
    for (const Recording &r : std::as_const(m_recordings)) {
        QVERIFY(r.opened);
        recordedSends.insert(r.fromClient);
        QCOMPARE(r.fromServer.count("MSA|AA|"), Messages);
    }
    for (int d = 0; d < devices; ++d) {
        QVERIFY2(recordedSends.contains(sent[d]), qPrintable(QStringLiteral("device %1").arg(d)));
        QCOMPARE(received[d].count("\x1c\r"), Messages);
    }
}

void tst_RecordingProxy::realMllpClient()
{
    const QString mllpSend = QStringLiteral("/usr/bin/mllp_send");
    if (!QFile::exists(mllpSend))
        QSKIP("mllp_send (Debian's python3-hl7) is not installed");
    QVERIFY(m_proxy->listen(QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"), m_lis->serverPort()));
    QTemporaryDir temp;
    const QString file = temp.filePath(QStringLiteral("messages.mllp"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int n = 0; n < 3; ++n)
        f.write(frame(9, n));
    f.close();

    QProcess client;
    client.start(mllpSend, {QStringLiteral("-p"), QString::number(m_proxy->port()), QStringLiteral("-f"), file,
                            QStringLiteral("127.0.0.1")});
    QVERIFY(client.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QProcess::NotRunning, 20000);
    QCOMPARE(client.exitCode(), 0);
    const QByteArray printed = client.readAllStandardOutput();
    QCOMPARE(printed.count("MSA|AA|"), 3); // every ACK reached the client
    QTRY_COMPARE(m_recordings.size(), 1);
    QTRY_VERIFY(m_recordings.begin()->closed);
    QCOMPARE(m_recordings.begin()->fromClient.count("ORU^R01"), 3);
    QCOMPARE(m_recordings.begin()->fromServer.count("MSA|AA|"), 3);
}

void tst_RecordingProxy::unreachableLis()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    QSignalSpy failed(m_proxy.get(), &RecordingProxy::upstreamFailed);
    QVERIFY(m_proxy->listen(QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"), deadPort));
    QTcpSocket device;
    QSignalSpy disconnected(&device, &QTcpSocket::disconnected);
    device.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(device.waitForConnected(5000));
    QVERIFY(failed.wait());
    QVERIFY(failed.first().first().toString().contains(QString::number(deadPort)));
    QTRY_COMPARE(disconnected.size(), 1);
    QVERIFY(m_recordings.isEmpty());
}

QTEST_GUILESS_MAIN(tst_RecordingProxy)
#include "tst_recordingproxy.moc"

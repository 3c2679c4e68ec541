#include "collectorserver.h"
#include "connectiontest.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

const QString Secret = QStringLiteral("Bearer TOPSECRET-42");

// A raw HTTP peer on 127.0.0.1: keeps what it was sent, and answers with `response` once the
// request's head has arrived, or never when response is empty.
class RawServer : public QObject
{
public:
    explicit RawServer(QByteArray response)
        : m_response(std::move(response))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    received += socket->readAll();
                    if (received.contains("\r\n\r\n") && !m_response.isEmpty()) {
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/sessions").arg(m_server.serverPort())); }

    QByteArray received;

private:
    QTcpServer m_server;
    QByteArray m_response;
};

} // namespace

// The "test connection" of the settings: HEAD to the collector, told in words, never posting.
class tst_ConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reachesTheCollectorWithoutPosting();
    void answers_data();
    void answers();
    void refused();
    void timesOut();
    void https_data();
    void https();
    void configurationProblems_data();
    void configurationProblems();
    void cancelledTestSaysNothing();

private:
    // The one finished() of a test of config: ok and message.
    std::pair<bool, QString> run(const SubmissionConfig &config);

    QTemporaryDir m_certs;
};

std::pair<bool, QString> tst_ConnectionTest::run(const SubmissionConfig &config)
{
    ConnectionTest test;
    QSignalSpy spy(&test, &ConnectionTest::finished);
    test.start(config);
    if (!test.isRunning() || !spy.isEmpty())
        return {false, QStringLiteral("reported before the event loop ran")};
    if (!spy.wait(30'000))
        return {false, QStringLiteral("no answer")};
    QTest::qWait(50); // a second finished() would be a bug
    if (spy.size() != 1 || test.isRunning())
        return {false, QStringLiteral("finished %1 times").arg(spy.size())};
    const QString message = spy.at(0).at(1).toString();
    if (message.contains(u"TOPSECRET"))
        return {false, QStringLiteral("the secret is in the message: ") + message};
    return {spy.at(0).at(0).toBool(), message};
}

void tst_ConnectionTest::initTestCase()
{
    QVERIFY(m_certs.isValid());
    // A self-signed certificate for 127.0.0.1, made fresh for each run.
    const QString error = makeSelfSignedCertificate(m_certs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_ConnectionTest::reachesTheCollectorWithoutPosting()
{
    CollectorServer collector;
    QVERIFY(collector.start());
    SubmissionConfig config;
    config.endpoint = collector.url();
    config.authHeader = Secret;
    const auto [ok, message] = run(config);
    QVERIFY2(ok, qPrintable(message));
    // collector.py takes POST only, so HEAD gets 501: an answer, which is what the test asks for.
    QVERIFY2(message.startsWith(QStringLiteral("Connected: HTTP 501")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("from 127.0.0.1:%1").arg(collector.port())), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("submission uses POST")), qPrintable(message));
    QVERIFY(collector.requests().isEmpty()); // nothing was submitted
}

void tst_ConnectionTest::answers_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mentions");

    auto response = [](const char *statusLine, const char *headers = "") {
        return QByteArray("HTTP/1.1 ") + statusLine + "\r\n" + headers + "Content-Length: 0\r\nConnection: close\r\n\r\n";
    };
    QTest::newRow("200") << response("200 OK") << true << QStringLiteral("Connected: HTTP 200 OK from 127.0.0.1:");
    QTest::newRow("405") << response("405 Method Not Allowed") << true << QStringLiteral("Connected: HTTP 405 Method Not Allowed");
    QTest::newRow("503") << response("503 Service Unavailable") << true << QStringLiteral("Connected: HTTP 503");
    QTest::newRow("401") << response("401 Unauthorized") << false << QStringLiteral("refused the credentials: HTTP 401 Unauthorized. Check the authorization header.");
    QTest::newRow("403") << response("403 Forbidden") << false << QStringLiteral("refused the credentials: HTTP 403");
    QTest::newRow("redirect") << response("301 Moved Permanently", "Location: https://collector.example/v2\r\n") << false
                              << QStringLiteral("a redirect to https://collector.example/v2: submission does not follow redirects");
}

void tst_ConnectionTest::answers()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, ok);
    QFETCH(QString, mentions);

    RawServer server(response);
    QVERIFY(server.listen());
    SubmissionConfig config;
    config.endpoint = server.url();
    config.authHeader = Secret;
    const auto [gotOk, message] = run(config);
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QCOMPARE(gotOk, ok);
    // A HEAD with the configured Authorization, and no body.
    QVERIFY2(server.received.startsWith("HEAD /sessions HTTP/1.1\r\n"), server.received.constData());
    QVERIFY(server.received.contains("\r\nAuthorization: " + Secret.toUtf8() + "\r\n"));
    QVERIFY(server.received.endsWith("\r\n\r\n"));
}

void tst_ConnectionTest::refused()
{
    QTcpServer probe; // a port that was free a moment ago, and is closed now
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    SubmissionConfig config;
    config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/sessions").arg(port));
    const auto [ok, message] = run(config);
    QVERIFY(!ok);
    QVERIFY2(message.startsWith(QStringLiteral("Connection refused by 127.0.0.1:%1").arg(port)), qPrintable(message));
}

void tst_ConnectionTest::timesOut()
{
    RawServer silent({}); // takes the connection, never answers
    QVERIFY(silent.listen());
    SubmissionConfig config;
    config.endpoint = silent.url();
    config.timeout = std::chrono::seconds(1);
    const auto [ok, message] = run(config);
    QVERIFY(!ok);
    QVERIFY2(message.startsWith(QStringLiteral("Timed out after 1 s: 127.0.0.1:")), qPrintable(message));
    QVERIFY(silent.received.startsWith("HEAD "));
}

void tst_ConnectionTest::https_data()
{
    QTest::addColumn<bool>("withCaFile");
    QTest::newRow("self-signed, not trusted") << false;
    QTest::newRow("trusted through the CA file") << true;
}

void tst_ConnectionTest::https()
{
    QFETCH(bool, withCaFile);
    CollectorServer collector;
    QVERIFY(collector.start({}, m_certs.filePath(QStringLiteral("cert.pem")), m_certs.filePath(QStringLiteral("key.pem"))));
    SubmissionConfig config;
    config.endpoint = collector.url();
    config.authHeader = Secret;
    if (withCaFile)
        config.caFile = m_certs.filePath(QStringLiteral("cert.pem"));
    const auto [ok, message] = run(config);
    QCOMPARE(ok, withCaFile);
    if (withCaFile) {
        QVERIFY2(message.startsWith(QStringLiteral("Connected securely (TLS")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("certificate trusted): HTTP 501")), qPrintable(message));
    } else {
        QVERIFY2(message.startsWith(QStringLiteral("Certificate not trusted: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                     || message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("choose that CA's certificate as the CA file")), qPrintable(message));
    }
    QVERIFY(collector.requests().isEmpty());
}

void tst_ConnectionTest::configurationProblems_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no endpoint") << QString() << QString() << QStringLiteral("No collector endpoint is set");
    QTest::newRow("not http") << QStringLiteral("ftp://collector.example/") << QString() << QStringLiteral("is not an http:// or https:// URL");
    QTest::newRow("missing CA file") << QStringLiteral("https://127.0.0.1:1/") << QStringLiteral("/nonexistent/ca.pem")
                                     << QStringLiteral("the submission CA file /nonexistent/ca.pem cannot be read");
}

void tst_ConnectionTest::configurationProblems()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, caFile);
    QFETCH(QString, mentions);
    SubmissionConfig config;
    config.endpoint = QUrl(endpoint);
    config.caFile = caFile;
    const auto [ok, message] = run(config);
    QVERIFY(!ok);
    QVERIFY2(message.contains(mentions), qPrintable(message));
}

void tst_ConnectionTest::cancelledTestSaysNothing()
{
    RawServer silent({});
    QVERIFY(silent.listen());
    SubmissionConfig config;
    config.endpoint = silent.url();
    ConnectionTest test;
    QSignalSpy spy(&test, &ConnectionTest::finished);
    test.start(config);
    QTRY_VERIFY(silent.received.startsWith("HEAD "));
    test.cancel();
    QVERIFY(!test.isRunning());
    test.start(SubmissionConfig{}); // finishes at once: no endpoint
    test.cancel();
    QTest::qWait(100);
    QCOMPARE(spy.size(), 0);
}

QTEST_GUILESS_MAIN(tst_ConnectionTest)
#include "tst_connectiontest.moc"

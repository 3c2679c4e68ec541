#include "collectorserver.h"
#include "sessionfactory.h"
#include "submissionclient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <mutex>

using namespace std::chrono_literals;

namespace {

const QString Secret = QStringLiteral("Bearer TOPSECRET-4711");

std::mutex logMutex;
QStringList logged;
QtMessageHandler previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        std::lock_guard lock(logMutex);
        logged.append(message);
    }
    previousHandler(type, context, message);
}

} // namespace

class tst_SubmissionClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void outcomes_data();
    void outcomes();
    void sendsTheBodyAndHeaders();
    void connectionRefused();
    void https_data();
    void https();
    void unreadableCaFileIsAConfigurationError();
    void endpointMustBeHttp_data();
    void endpointMustBeHttp();

private:
    SubmissionOutcome sendOnce(const SubmissionConfig &config, bool *finished = nullptr);

    QTemporaryDir m_certs;
};

void tst_SubmissionClient::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("hl7capture.submit.debug=true"));
    previousHandler = qInstallMessageHandler(captureLog);
    QVERIFY(m_certs.isValid());
    // A self-signed certificate for 127.0.0.1, made fresh for each run.
    const QString error = makeSelfSignedCertificate(m_certs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_SubmissionClient::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    std::lock_guard lock(logMutex);
    for (const QString &line : std::as_const(logged))
        QVERIFY2(!line.contains(u"TOPSECRET"), qPrintable(line));
}

SubmissionOutcome tst_SubmissionClient::sendOnce(const SubmissionConfig &config, bool *finished)
{
    QNetworkAccessManager network;
    SubmissionClient client(&network);
    [&] { QVERIFY(client.setConfig(config)); }();
    Session s = SessionFactory::make(2, 200);
    s.id = QStringLiteral("session-1790000000000-0000beef");
    SubmissionAttempt *attempt = client.send(SubmissionRequest::of(s, config), &network);
    QSignalSpy spy(attempt, &SubmissionAttempt::finished);
    const bool got = spy.wait(20'000);
    if (finished)
        *finished = got;
    return got ? spy.first().first().value<SubmissionOutcome>() : SubmissionOutcome{};
}

void tst_SubmissionClient::outcomes_data()
{
    QTest::addColumn<QJsonObject>("response");
    QTest::addColumn<int>("timeoutSeconds");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("retryAfterMs"); // -1: none
    QTest::addColumn<QString>("errorHas");

    const auto retryAfter = [](const char *v) { return QJsonObject{{QStringLiteral("Retry-After"), QString::fromLatin1(v)}}; };
    QTest::newRow("200 accepted") << answer(200) << 30 << int(SubmissionOutcome::Accepted) << 200 << qint64(-1) << QString();
    QTest::newRow("201 accepted") << answer(201) << 30 << int(SubmissionOutcome::Accepted) << 201 << qint64(-1) << QString();
    QTest::newRow("500 retried") << answer(500, 0, {}, QStringLiteral("database\ndown")) << 30 << int(SubmissionOutcome::Retry) << 500
                                 << qint64(-1) << QStringLiteral("HTTP 500 Internal Server Error \u2013 database down");
    QTest::newRow("503 Retry-After seconds") << answer(503, 0, retryAfter("7")) << 30 << int(SubmissionOutcome::Retry) << 503
                                             << qint64(7000) << QStringLiteral("HTTP 503");
    QTest::newRow("429 Retry-After") << answer(429, 0, retryAfter("1")) << 30 << int(SubmissionOutcome::Retry) << 429
                                     << qint64(1000) << QStringLiteral("HTTP 429 Too Many Requests");
    QTest::newRow("408 retried") << answer(408) << 30 << int(SubmissionOutcome::Retry) << 408 << qint64(-1) << QStringLiteral("HTTP 408");
    QTest::newRow("400 refused with the body")
        << answer(400, 0, {}, QStringLiteral("missing field lisIP")) << 30 << int(SubmissionOutcome::Rejected) << 400 << qint64(-1)
        << QStringLiteral("The collector refused the session: HTTP 400 Bad Request \u2013 missing field lisIP");
    QTest::newRow("long body cut to 200")
        << answer(422, 0, {}, QString(500, u'x')) << 30 << int(SubmissionOutcome::Rejected) << 422 << qint64(-1)
        << QString(199, u'x') + QChar(0x2026);
    QTest::newRow("404 refused") << answer(404) << 30 << int(SubmissionOutcome::Rejected) << 404 << qint64(-1) << QStringLiteral("HTTP 404");
    QTest::newRow("secret echoed is scrubbed")
        << answer(401, 0, {}, QStringLiteral("bad credentials: ") + Secret) << 30 << int(SubmissionOutcome::Rejected) << 401
        << qint64(-1) << QStringLiteral("[redacted]");
    QTest::newRow("slower than the timeout") << answer(200, 4) << 1 << int(SubmissionOutcome::Retry) << 0 << qint64(-1)
                                             << QStringLiteral("The collector did not answer within 1 s");
}

void tst_SubmissionClient::outcomes()
{
    QFETCH(QJsonObject, response);
    QFETCH(int, timeoutSeconds);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, errorHas);

    CollectorServer server;
    QVERIFY(server.start({{QStringLiteral("default"), response}}));
    SubmissionConfig config;
    config.endpoint = server.url();
    config.authHeader = Secret;
    config.timeout = std::chrono::seconds(timeoutSeconds);
    bool finished = false;
    const SubmissionOutcome o = sendOnce(config, &finished);
    QVERIFY(finished);
    QCOMPARE(int(o.kind), kind);
    QCOMPARE(o.httpStatus, status);
    QCOMPARE(o.retryAfter ? o.retryAfter->count() : qint64(-1), retryAfterMs);
    if (kind == SubmissionOutcome::Accepted)
        QVERIFY(o.error.isEmpty());
    else
        QVERIFY2(o.error.contains(errorHas), qPrintable(o.error));
    QVERIFY2(!o.error.contains(u"TOPSECRET"), qPrintable(o.error));
}

void tst_SubmissionClient::sendsTheBodyAndHeaders()
{
    CollectorServer server;
    QVERIFY(server.start());
    SubmissionConfig config;
    config.endpoint = server.url();
    config.authHeader = Secret;
    config.performer = QStringLiteral("Night shift");
    bool finished = false;
    QCOMPARE(int(sendOnce(config, &finished).kind), int(SubmissionOutcome::Accepted));
    const QList<QJsonObject> requests = server.requests();
    QCOMPARE(requests.size(), 1);
    const QJsonObject r = requests.first();
    QCOMPARE(r.value(QLatin1StringView("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(r.value(QLatin1StringView("path")).toString(), QStringLiteral("/sessions"));
    const QJsonObject headers = r.value(QLatin1StringView("headers")).toObject();
    QCOMPARE(headers.value(QLatin1StringView("Content-Type")).toString(), QStringLiteral("application/json"));
    QCOMPARE(headers.value(QLatin1StringView("Authorization")).toString(), Secret);
    QCOMPARE(headers.value(QLatin1StringView("Idempotency-Key")).toString(), QStringLiteral("session-1790000000000-0000beef"));
    const QJsonObject body = QJsonDocument::fromJson(r.value(QLatin1StringView("body")).toString().toUtf8()).object();
    QCOMPARE(body.value(QLatin1StringView("sessionId")).toString(), QStringLiteral("session-1790000000000-0000beef"));
    QCOMPARE(body.value(QLatin1StringView("performer")).toString(), QStringLiteral("Night shift"));
    QCOMPARE(body.value(QLatin1StringView("messages")).toArray().size(), 2);
}

void tst_SubmissionClient::connectionRefused()
{
    // A port that was just free: nobody listens on it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    SubmissionConfig config;
    config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/sessions").arg(port));
    config.authHeader = Secret;
    bool finished = false;
    const SubmissionOutcome o = sendOnce(config, &finished);
    QVERIFY(finished);
    QCOMPARE(int(o.kind), int(SubmissionOutcome::Retry));
    QCOMPARE(o.httpStatus, 0);
    QCOMPARE(o.error, QStringLiteral("Could not connect to 127.0.0.1:%1: connection refused").arg(port));
}

void tst_SubmissionClient::https_data()
{
    QTest::addColumn<bool>("withCaFile");
    QTest::newRow("self-signed refused by default") << false;
    QTest::newRow("accepted with submissionCaFile") << true;
}

void tst_SubmissionClient::https()
{
    QFETCH(bool, withCaFile);
    CollectorServer server;
    QVERIFY(server.start({}, m_certs.filePath(QStringLiteral("cert.pem")), m_certs.filePath(QStringLiteral("key.pem"))));
    SubmissionConfig config;
    config.endpoint = server.url();
    QCOMPARE(config.endpoint.scheme(), QStringLiteral("https"));
    config.authHeader = Secret;
    if (withCaFile)
        config.caFile = m_certs.filePath(QStringLiteral("cert.pem"));
    bool finished = false;
    const SubmissionOutcome o = sendOnce(config, &finished);
    QVERIFY(finished);
    if (withCaFile) {
        QVERIFY2(o.kind == SubmissionOutcome::Accepted, qPrintable(o.error));
        QCOMPARE(server.requests().size(), 1);
    } else {
        QCOMPARE(int(o.kind), int(SubmissionOutcome::Retry));
        QVERIFY2(o.error.startsWith(u"The collector's certificate is not trusted"), qPrintable(o.error));
        QVERIFY(server.requests().isEmpty());
    }
}

void tst_SubmissionClient::unreadableCaFileIsAConfigurationError()
{
    QNetworkAccessManager network;
    SubmissionClient client(&network);
    SubmissionConfig config;
    config.endpoint = QUrl(QStringLiteral("https://127.0.0.1:1/"));
    config.caFile = m_certs.filePath(QStringLiteral("missing.pem"));
    Status s = client.setConfig(config);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(config.caFile), qPrintable(s.error()));
    config.caFile = m_certs.filePath(QStringLiteral("key.pem")); // readable, but no certificate
    s = client.setConfig(config);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"no PEM or DER certificate"), qPrintable(s.error()));
}

void tst_SubmissionClient::endpointMustBeHttp_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty is off") << QString() << true;
    QTest::newRow("http") << QStringLiteral("http://collector.example/x") << true;
    QTest::newRow("https with port") << QStringLiteral("https://collector.example:8443/x") << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://collector.example/x") << false;
    QTest::newRow("no host") << QStringLiteral("http:///x") << false;
    QTest::newRow("relative") << QStringLiteral("collector/x") << false;
}

void tst_SubmissionClient::endpointMustBeHttp()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, ok);
    QCOMPARE(SubmissionConfig::checkEndpoint(QUrl(endpoint)).isEmpty(), ok);
}

QTEST_GUILESS_MAIN(tst_SubmissionClient)
#include "tst_submissionclient.moc"

#include "sessionfactory.h"
#include "submissionrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_SubmissionRequest : public QObject
{
    Q_OBJECT

private slots:
    void bodyHasTheElectronFields_data();
    void bodyHasTheElectronFields();
    void openSessionSendsNullEndTime();
    void headers_data();
    void headers();
};

void tst_SubmissionRequest::bodyHasTheElectronFields_data()
{
    QTest::addColumn<QString>("performer");
    QTest::newRow("without performer") << QString();
    QTest::newRow("with performer") << QStringLiteral("Lab 3, J. Smith");
}

void tst_SubmissionRequest::bodyHasTheElectronFields()
{
    QFETCH(QString, performer);
    Session s = SessionFactory::make(3, 200);
    s.id = QStringLiteral("session-1790000000000-0a1b2c3d");
    s.endTime = s.startTime + 1234;
    const QJsonObject body = QJsonDocument::fromJson(SubmissionRequest::bodyOf(s, performer)).object();

    QStringList keys{QStringLiteral("deviceIP"), QStringLiteral("endTime"), QStringLiteral("lisIP"),
                     QStringLiteral("messages"), QStringLiteral("sessionId"), QStringLiteral("startTime")};
    if (!performer.isEmpty())
        keys.append(QStringLiteral("performer"));
    keys.sort();
    QCOMPARE(body.keys(), keys);
    // sessionId is the session's id string; times are milliseconds, as in the files.
    QCOMPARE(body.value(QLatin1StringView("sessionId")), QJsonValue(s.id));
    QCOMPARE(body.value(QLatin1StringView("startTime")).toInteger(), s.startTime);
    QVERIFY(body.value(QLatin1StringView("startTime")).isDouble());
    QCOMPARE(body.value(QLatin1StringView("endTime")).toInteger(), *s.endTime);
    QCOMPARE(body.value(QLatin1StringView("deviceIP")).toString(), s.deviceIp);
    QCOMPARE(body.value(QLatin1StringView("lisIP")).toString(), s.lisIp);
    QStringList messages;
    for (const QJsonValue &m : body.value(QLatin1StringView("messages")).toArray())
        messages.append(m.toString());
    QCOMPARE(messages, s.messages);
    if (!performer.isEmpty())
        QCOMPARE(body.value(QLatin1StringView("performer")).toString(), performer);
}

void tst_SubmissionRequest::openSessionSendsNullEndTime()
{
    Session s = SessionFactory::make(1, 100);
    s.endTime.reset();
    const QJsonObject body = QJsonDocument::fromJson(SubmissionRequest::bodyOf(s, {})).object();
    QVERIFY(body.contains(QLatin1StringView("endTime")));
    QVERIFY(body.value(QLatin1StringView("endTime")).isNull());
}

void tst_SubmissionRequest::headers_data()
{
    QTest::addColumn<QString>("auth");
    QTest::newRow("no auth header") << QString();
    QTest::newRow("bearer token") << QStringLiteral("Bearer s3cr3t-token");
}

void tst_SubmissionRequest::headers()
{
    QFETCH(QString, auth);
    Session s = SessionFactory::make(1, 100);
    s.id = QStringLiteral("session-42");
    SubmissionConfig config;
    config.endpoint = QUrl(QStringLiteral("https://collector.example/api/sessions"));
    config.authHeader = auth;
    const SubmissionRequest r = SubmissionRequest::of(s, config);
    QCOMPARE(r.endpoint, config.endpoint);
    QCOMPARE(r.sessionId, s.id);
    QHash<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : r.headers)
        headers.insert(name, value);
    QCOMPARE(headers.value("Content-Type"), QByteArray("application/json"));
    QCOMPARE(headers.value("Idempotency-Key"), QByteArray("session-42"));
    QCOMPARE(headers.contains("Authorization"), !auth.isEmpty());
    if (!auth.isEmpty())
        QCOMPARE(headers.value("Authorization"), auth.toUtf8());
}

QTEST_GUILESS_MAIN(tst_SubmissionRequest)
#include "tst_submissionrequest.moc"

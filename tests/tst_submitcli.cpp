#include "collectorserver.h"
#include "sessionfactory.h"
#include "sessionrepository.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <csignal>

// hl7capture-cli's submit, retry and ignore, against collector.py; and a submitting process
// killed with SIGKILL at random moments, which must never leave a session submitted that the
// collector did not answer with a 2xx.
class tst_SubmitCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void submitWithoutEndpointSaysSubmissionIsOff();
    void submitOnceReportsTheOutcomes();
    void retryAndIgnore();
    void submitRunsUntilSigterm();
    void settingsChangeAppliesWhileRunning();
    void killedAtRandomMomentsNeverClaimsWhatWasNotAccepted();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments);
    QStringList addSessions(int count);
    void configure(const CollectorServer &server, int maxRetries = 3);
    QHash<QString, SessionSummary> summaries();

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_data;
};

void tst_SubmitCli::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_data = m_temp->filePath(QStringLiteral("data"));
}

tst_SubmitCli::Run tst_SubmitCli::cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(HL7CAPTURE_CLI), QStringList{QStringLiteral("--data-dir"), m_data} + arguments);
    Run run;
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QStringList tst_SubmitCli::addSessions(int count)
{
    SessionRepository repository{DataDirectory(m_data)};
    if (!repository.open())
        return {};
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        Result<SessionSummary> s = repository.save(SessionFactory::make(1, 200, 1'790'000'000'000 + i * 1000, i + 1));
        if (!s)
            return {};
        ids.append(s->id);
    }
    repository.flushSummaryCache();
    return ids;
}

void tst_SubmitCli::configure(const CollectorServer &server, int maxRetries)
{
    QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("submissionEndpoint"), server.url().toString()}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("submissionAuthHeader"), QStringLiteral("Bearer cli-secret")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("submissionMaxRetries"), QString::number(maxRetries)}).exitCode, 0);
}

QHash<QString, SessionSummary> tst_SubmitCli::summaries()
{
    // Exclusive, so whatever a killed process left half-written is recovered first.
    SessionRepository repository{DataDirectory(m_data)};
    QHash<QString, SessionSummary> out;
    if (!repository.open())
        return out;
    for (const SessionSummary &s : repository.summaries())
        out.insert(s.id, s);
    return out;
}

void tst_SubmitCli::submitWithoutEndpointSaysSubmissionIsOff()
{
    QCOMPARE(addSessions(1).size(), 1);
    const Run run = cli({QStringLiteral("submit"), QStringLiteral("--once")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("submission is off") && run.err.contains("config set submissionEndpoint URL"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void tst_SubmitCli::submitOnceReportsTheOutcomes()
{
    const QStringList ids = addSessions(3);
    QCOMPARE(ids.size(), 3);
    CollectorServer server;
    QVERIFY(server.start({{QStringLiteral("byKey"), QJsonObject{{ids.at(1), QJsonArray{answer(400, 0, {}, QStringLiteral("bad"))}}}}}));
    configure(server);
    const Run run = cli({QStringLiteral("submit"), QStringLiteral("--once")});
    QCOMPARE(run.exitCode, 1); // one failed
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report, (QJsonObject{{QStringLiteral("submitted"), 2}, {QStringLiteral("failed"), 1}, {QStringLiteral("pending"), 0}}));
    QVERIFY2(run.err.contains("HTTP 400"), run.err.constData());
    QVERIFY(!run.err.contains("cli-secret"));
    const auto all = summaries();
    QCOMPARE(all.value(ids.at(0)).submissionStatus, SubmissionStatus::Submitted);
    QCOMPARE(all.value(ids.at(1)).submissionStatus, SubmissionStatus::Failed);
    QCOMPARE(all.value(ids.at(2)).submissionStatus, SubmissionStatus::Submitted);
    QCOMPARE(server.requests().size(), 3);

    // Nothing left: all zero, success.
    const Run again = cli({QStringLiteral("submit"), QStringLiteral("--once")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QLatin1StringView("submitted")).toInt(), 0);
    QCOMPARE(server.requests().size(), 3);
}

void tst_SubmitCli::retryAndIgnore()
{
    const QStringList ids = addSessions(2);
    CollectorServer server;
    QVERIFY(server.start({{QStringLiteral("default"), answer(400)}}));
    configure(server);
    QCOMPARE(cli({QStringLiteral("submit"), QStringLiteral("--once")}).exitCode, 1);
    QCOMPARE(summaries().value(ids.at(0)).submissionStatus, SubmissionStatus::Failed);

    QCOMPARE(cli({QStringLiteral("retry"), ids.at(0)}).exitCode, 0);
    SessionSummary s = summaries().value(ids.at(0));
    QCOMPARE(s.submissionStatus, SubmissionStatus::Pending);
    QCOMPARE(s.submissionAttempts, 0);
    QVERIFY(s.submissionError.isEmpty());

    QCOMPARE(cli({QStringLiteral("ignore"), ids.at(0)}).exitCode, 0);
    QCOMPARE(summaries().value(ids.at(0)).submissionStatus, SubmissionStatus::Ignored);
    const Run run = cli({QStringLiteral("submit"), QStringLiteral("--once")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(server.requests().size(), 2); // the ignored one was not sent again

    QCOMPARE(cli({QStringLiteral("retry"), QStringLiteral("session-unknown")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("ignore"), QStringLiteral("../etc")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("retry")}).exitCode, 2);
}

void tst_SubmitCli::submitRunsUntilSigterm()
{
    const QStringList ids = addSessions(3);
    CollectorServer server;
    QVERIFY(server.start());
    configure(server);
    QProcess p;
    p.start(QStringLiteral(HL7CAPTURE_CLI), {QStringLiteral("--data-dir"), m_data, QStringLiteral("submit")});
    QVERIFY(p.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 3, 30'000);
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(report.value(QLatin1StringView("failed")).toInt(), 0);
    for (const QString &id : ids) {
        const SessionSummary s = summaries().value(id);
        // Killed between the 2xx and its save, a session stays pending; never the other way.
        QVERIFY(s.submissionStatus == SubmissionStatus::Submitted || s.submissionStatus == SubmissionStatus::Pending);
    }
}

void tst_SubmitCli::settingsChangeAppliesWhileRunning()
{
    const QStringList ids = addSessions(2);
    CollectorServer down;
    CollectorServer up;
    QVERIFY(down.start({{QStringLiteral("default"), answer(503)}}));
    QVERIFY(up.start());
    configure(down, 10);
    QProcess p;
    p.start(QStringLiteral(HL7CAPTURE_CLI), {QStringLiteral("--data-dir"), m_data, QStringLiteral("submit")});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(down.requests().size() >= 2, 30'000);
    QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("submissionEndpoint"), up.url().toString()}).exitCode, 0);
    // The next retries (backoff 1 s, 2 s, …) go to the new endpoint.
    QTRY_COMPARE_WITH_TIMEOUT(up.requests().size(), 2, 30'000);
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).count("hl7capture-cli: submitted") == 2, 30'000);
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), 0);
    const auto all = summaries();
    for (const QString &id : ids)
        QCOMPARE(all.value(id).submissionStatus, SubmissionStatus::Submitted);
}

void tst_SubmitCli::killedAtRandomMomentsNeverClaimsWhatWasNotAccepted()
{
    const quint32 seed = qEnvironmentVariableIsSet("HL7_TEST_SEED") ? quint32(qEnvironmentVariableIntValue("HL7_TEST_SEED")) : 20261124u;
    QRandomGenerator random(seed);
    const QStringList ids = addSessions(30);
    QCOMPARE(ids.size(), 30);
    CollectorServer server;
    // Slow and unreliable: answers take up to 0.4 s, one in four is a 500.
    QVERIFY(server.start({{QStringLiteral("random"),
                           QJsonObject{{QStringLiteral("seed"), int(seed % 100000)},
                                       {QStringLiteral("statuses"), QJsonArray{200, 200, 200, 500}},
                                       {QStringLiteral("delayMax"), 0.4}}}}));
    configure(server, 10);

    const auto accepted = [&server] {
        QSet<QString> keys;
        for (const QJsonObject &r : server.requests()) {
            const int status = r.value(QLatin1StringView("status")).toInt();
            if (status >= 200 && status < 300)
                keys.insert(r.value(QLatin1StringView("key")).toString());
        }
        return keys;
    };
    const auto checkInvariant = [&](const QString &when) {
        const QSet<QString> ok = accepted();
        const auto all = summaries();
        QCOMPARE(all.size(), ids.size()); // nothing lost or quarantined
        for (const SessionSummary &s : all) {
            if (s.submissionStatus == SubmissionStatus::Submitted)
                QVERIFY2(ok.contains(s.id), qPrintable(QStringLiteral("%1: %2 is submitted without a 2xx (seed %3)").arg(when, s.id).arg(seed)));
        }
    };

    for (int round = 0; round < 8; ++round) {
        QProcess p;
        p.start(QStringLiteral(HL7CAPTURE_CLI), {QStringLiteral("--data-dir"), m_data, QStringLiteral("submit")});
        QVERIFY(p.waitForStarted());
        // The kill moment is the point of this test: a random time, not a synchronisation.
        QTest::qWait(int(random.bounded(100, 1200)));
        p.kill();
        QVERIFY(p.waitForFinished(10'000));
        checkInvariant(QStringLiteral("after kill %1").arg(round + 1));
        const auto all = summaries();
        const auto submitted = std::count_if(all.cbegin(), all.cend(), [](const SessionSummary &s) {
            return s.submissionStatus == SubmissionStatus::Submitted;
        });
        qInfo("round %d: %lld requests, %lld accepted, %lld sessions submitted on disk", round + 1,
              qlonglong(server.requests().size()), qlonglong(accepted().size()), qlonglong(submitted));
    }

    const Run run = cli({QStringLiteral("submit"), QStringLiteral("--once")});
    QCOMPARE(run.exitCode, 0);
    checkInvariant(QStringLiteral("at the end"));
    const auto all = summaries();
    for (const QString &id : ids)
        QCOMPARE(all.value(id).submissionStatus, SubmissionStatus::Submitted);
}

QTEST_GUILESS_MAIN(tst_SubmitCli)
#include "tst_submitcli.moc"

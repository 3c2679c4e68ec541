#include "backgroundwork.h"
#include "collectorserver.h"
#include "sessionfactory.h"
#include "sessionrepository.h"
#include "sessionstore.h"
#include "settings.h"
#include "submissionservice.h"

#include <QSignalSpy>
#include <QTest>

// BackgroundWork as the app runs it: the settings decide what is sent where and what the
// retention cleanup keeps, and a change of them applies without a restart.
class tst_BackgroundWork : public QObject
{
    Q_OBJECT

private slots:
    void cleanupRunsAtStartAndFollowsRetention_data();
    void cleanupRunsAtStartAndFollowsRetention();
    void endpointSetLaterIsUsedAtOnce();
    void configsFollowTheSettings();
};

namespace {

constexpr qint64 Day = 86'400'000;

// Sessions of 40 and 10 days ago, both submitted so the cleanup may take them.
QStringList saveSessions(const DataDirectory &dir, qint64 now)
{
    SessionRepository repo(dir);
    if (!repo.open())
        return {};
    QStringList ids;
    for (const qint64 age : {40 * Day, 10 * Day}) {
        Session s = SessionFactory::make(1, 300, now - age, int(age / Day));
        s.submissionStatus = SubmissionStatus::Submitted;
        s.submittedAt = now - age + 1000;
        const Result<SessionSummary> saved = repo.save(s);
        if (!saved)
            return {};
        ids.append(saved.value().id);
    }
    return ids;
}

} // namespace

void tst_BackgroundWork::cleanupRunsAtStartAndFollowsRetention_data()
{
    QTest::addColumn<int>("retentionDays");
    QTest::addColumn<int>("goneAtStart");  // of the two sessions, 40 and 10 days old
    QTest::addColumn<int>("laterRetention");
    QTest::addColumn<int>("goneLater");

    QTest::newRow("30 days, then 5") << 30 << 1 << 5 << 1;
    QTest::newRow("60 days, then 20") << 60 << 0 << 20 << 1;
    QTest::newRow("5 days, then 365") << 5 << 2 << 365 << 0;
}

void tst_BackgroundWork::cleanupRunsAtStartAndFollowsRetention()
{
    QFETCH(int, retentionDays);
    QFETCH(int, goneAtStart);
    QFETCH(int, laterRetention);
    QFETCH(int, goneLater);

    QTemporaryDir temp;
    const DataDirectory dir(temp.path());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(saveSessions(dir, now).size(), 2);

    Settings settings(dir);
    QVERIFY(settings.load());
    QVERIFY(settings.set(QStringLiteral("retentionDays"), retentionDays));
    SessionStore store(dir);
    QSignalSpy cleaned(&store, &SessionStore::cleanupFinished);
    BackgroundWork work(&store, &settings);
    store.open();
    work.start();
    QTRY_COMPARE_WITH_TIMEOUT(cleaned.size(), 1, 10'000);
    CleanupReport report = cleaned.at(0).at(0).value<CleanupReport>();
    QCOMPARE(report.filesDeleted, goneAtStart);
    QVERIFY(!report.dryRun);

    // Changed while running: the cleanup runs again at once with the new retention.
    QVERIFY(settings.set(QStringLiteral("retentionDays"), laterRetention));
    QTRY_COMPARE_WITH_TIMEOUT(cleaned.size(), 2, 10'000);
    report = cleaned.at(1).at(0).value<CleanupReport>();
    QCOMPARE(report.filesDeleted, goneLater);
    work.shutdown();
    store.shutdown();
}

void tst_BackgroundWork::endpointSetLaterIsUsedAtOnce()
{
    CollectorServer collector;
    QVERIFY(collector.start());
    QTemporaryDir temp;
    const DataDirectory dir(temp.path());
    {
        SessionRepository repo(dir);
        QVERIFY(repo.open());
        QVERIFY(repo.save(SessionFactory::make(1, 300, QDateTime::currentMSecsSinceEpoch() - 1000, 7)));
    }
    Settings settings(dir);
    QVERIFY(settings.load());
    SessionStore store(dir);
    BackgroundWork work(&store, &settings);
    QSignalSpy submitted(work.submission(), &SubmissionService::sessionSubmitted);
    store.open();
    work.start();
    // No endpoint yet: nothing is sent. Then the one a person sets is used without a restart.
    QTest::qWait(200);
    QCOMPARE(submitted.size(), 0);
    QVERIFY(settings.set(QStringLiteral("submissionEndpoint"), collector.url().toString()));
    QVERIFY(submitted.wait(10'000));
    QCOMPARE(collector.requests().size(), 1);
    work.shutdown();
    store.shutdown();
}

void tst_BackgroundWork::configsFollowTheSettings()
{
    QTemporaryDir temp;
    Settings settings{DataDirectory(temp.path())};
    QVERIFY(settings.load());
    QVERIFY(settings.setText(QStringLiteral("submissionEndpoint"), QStringLiteral("https://collector.example/api/sessions")));
    QVERIFY(settings.setText(QStringLiteral("submissionConcurrency"), QStringLiteral("7")));
    QVERIFY(settings.setText(QStringLiteral("submissionMaxRetries"), QStringLiteral("9")));
    QVERIFY(settings.setText(QStringLiteral("submissionIntervalMinutes"), QStringLiteral("11")));
    QVERIFY(settings.setText(QStringLiteral("submissionTimeoutSeconds"), QStringLiteral("13")));
    QVERIFY(settings.setText(QStringLiteral("submissionPerformer"), QStringLiteral("night shift")));
    QVERIFY(settings.setText(QStringLiteral("purgeUnsubmitted"), QStringLiteral("true")));
    QVERIFY(settings.setText(QStringLiteral("dryRunMode"), QStringLiteral("true")));
    QVERIFY(settings.setText(QStringLiteral("retentionDays"), QStringLiteral("17")));

    const SubmissionConfig c = BackgroundWork::submissionConfigOf(settings);
    QCOMPARE(c.endpoint, QUrl(QStringLiteral("https://collector.example/api/sessions")));
    QCOMPARE(c.concurrency, 7);
    QCOMPARE(c.maxRetries, 9);
    QCOMPARE(c.interval, std::chrono::minutes(11));
    QCOMPARE(c.timeout, std::chrono::seconds(13));
    QCOMPARE(c.performer, QStringLiteral("night shift"));
    const CleanupPolicy p = BackgroundWork::cleanupPolicyOf(settings);
    QCOMPARE(p.retentionDays, 17);
    QVERIFY(p.purgeUnsubmitted);
    QVERIFY(p.dryRun);
}

QTEST_GUILESS_MAIN(tst_BackgroundWork)
#include "tst_backgroundwork.moc"

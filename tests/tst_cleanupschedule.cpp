#include "retentioncleanup.h"
#include "sessionfactory.h"
#include "sessionrepository.h"
#include "sessionstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace std::chrono_literals;

// The retention cleanup as SessionStore runs it: on the store's thread, on a timer and on request,
// with every "now" from a fake clock.
class tst_CleanupSchedule : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void runsAtOpenThenEveryInterval();
    void longIntervalRunsOnceAtOnce();
    void runsOnRequest();
    void failsBeforeTheStoreIsOpen();

private:
    QStringList saveSessions(); // expired at Start + 31 days when submitted: newest first

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<DataDirectory> m_dir;
};

namespace {

constexpr qint64 Day = 86'400'000;
constexpr qint64 Start = 1'790'000'000'000;

// Set from the test's thread, read on the store's: which thread asked tells where the run was.
struct FakeClock
{
    std::atomic<qint64> now{Start};
    std::atomic<QThread *> askedFrom{nullptr};
};

std::function<qint64()> clockOf(const std::shared_ptr<FakeClock> &clock)
{
    return [clock] {
        clock->askedFrom = QThread::currentThread();
        return clock->now.load();
    };
}

CleanupReport reportAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<CleanupReport>();
}

// The first report that moved sessions; runs come every 50 ms, so it need not be the last.
qsizetype firstThatMoved(const QSignalSpy &spy)
{
    for (qsizetype i = 0; i < spy.size(); ++i) {
        if (!reportAt(spy, i).sessions.isEmpty())
            return i;
    }
    return -1;
}

} // namespace

void tst_CleanupSchedule::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = std::make_unique<DataDirectory>(m_temp->filePath(QStringLiteral("data")));
}

QStringList tst_CleanupSchedule::saveSessions()
{
    SessionRepository repo(*m_dir);
    if (!repo.open())
        return {};
    QStringList submitted;
    for (int i = 0; i < 3; ++i) {
        Session s = SessionFactory::make(1, 200, Start + i, i + 1);
        s.submissionStatus = i == 0 ? SubmissionStatus::Pending : SubmissionStatus::Submitted;
        const Result<SessionSummary> saved = repo.save(s);
        if (!saved)
            return {};
        if (i > 0)
            submitted.prepend(saved->id);
    }
    return submitted;
}

void tst_CleanupSchedule::runsAtOpenThenEveryInterval()
{
    const QStringList submitted = saveSessions();
    QCOMPARE(submitted.size(), 2);

    auto clock = std::make_shared<FakeClock>();
    clock->now = Start + 5 * Day;
    SessionStore store(*m_dir);
    auto *storeThread = store.findChild<QThread *>();
    QVERIFY(storeThread);
    QSignalSpy finished(&store, &SessionStore::cleanupFinished);
    QSignalSpy failed(&store, &SessionStore::cleanupFailed);
    QSignalSpy opened(&store, &SessionStore::opened);
    store.setClock(clockOf(clock));
    store.setCleanupSchedule(50ms, CleanupPolicy{30, false, false}); // before open: waits for it
    store.open();

    QVERIFY(finished.wait());
    QCOMPARE(opened.size(), 1); // the first run comes right after the store opened
    QCOMPARE(clock->askedFrom.load(), storeThread);
    QVERIFY(storeThread != QThread::currentThread());
    CleanupReport first = reportAt(finished, 0);
    QVERIFY(first.sessions.isEmpty());
    QCOMPARE(first.startTime, Start + 5 * Day);

    // Time passes (on the fake clock only); the timer's next run finds them expired.
    clock->now = Start + 31 * Day;
    QTRY_VERIFY(firstThatMoved(finished) >= 0);
    const CleanupReport expired = reportAt(finished, firstThatMoved(finished));
    QCOMPARE(expired.sessions, submitted);
    QCOMPARE(expired.keptUnsubmitted, 1);
    QCOMPARE(expired.startTime, Start + 31 * Day);

    // And it keeps running.
    const qsizetype runs = finished.size();
    QTRY_VERIFY(finished.size() >= runs + 2);
    QCOMPARE(reportAt(finished, finished.size() - 1).keptUnsubmitted, 1);
    QVERIFY(reportAt(finished, finished.size() - 1).sessions.isEmpty());
    QVERIFY(failed.isEmpty());

    // Replacing the schedule runs at once with the new policy.
    store.setCleanupSchedule(1h, CleanupPolicy{30, true, false});
    QTRY_VERIFY(reportAt(finished, finished.size() - 1).filesDeleted == 1);
    store.shutdown();

    SessionRepository after(*m_dir);
    QVERIFY(after.open());
    QCOMPARE(after.count(), 0);
}

void tst_CleanupSchedule::longIntervalRunsOnceAtOnce()
{
    const QStringList submitted = saveSessions();
    auto clock = std::make_shared<FakeClock>();
    clock->now = Start + 31 * Day;
    SessionStore store(*m_dir);
    QSignalSpy finished(&store, &SessionStore::cleanupFinished);
    QSignalSpy opened(&store, &SessionStore::opened);
    store.setClock(clockOf(clock));
    store.open();
    QVERIFY(opened.wait());
    // Already open: the run comes at the call, as a dry run from the settings' dryRunMode.
    store.setCleanupSchedule(std::chrono::hours(24), CleanupPolicy{30, false, true});
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    const CleanupReport report = reportAt(finished, 0);
    QVERIFY(report.dryRun);
    QCOMPARE(report.sessions, submitted);
    QCOMPARE(report.filesDeleted, 2);

    // Still there: another request (queued behind the first) sees them too.
    store.runCleanup(CleanupPolicy{30, false, true});
    QVERIFY(finished.wait());
    QCOMPARE(reportAt(finished, 1).sessions, submitted);
}

void tst_CleanupSchedule::runsOnRequest()
{
    const QStringList submitted = saveSessions();
    auto clock = std::make_shared<FakeClock>();
    clock->now = Start + 31 * Day;
    SessionStore store(*m_dir);
    auto *storeThread = store.findChild<QThread *>();
    QSignalSpy finished(&store, &SessionStore::cleanupFinished);
    QSignalSpy loadFailed(&store, &SessionStore::sessionLoadFailed);
    QThread *answeredOn = nullptr;
    connect(&store, &SessionStore::cleanupFinished, this, [&answeredOn] { answeredOn = QThread::currentThread(); });
    store.setClock(clockOf(clock));
    store.open();
    store.runCleanup(CleanupPolicy{30, false, false});
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(clock->askedFrom.load(), storeThread);
    QCOMPARE(answeredOn, QThread::currentThread());
    const CleanupReport report = reportAt(finished, 0);
    QCOMPARE(report.sessions, submitted);
    QVERIFY(report.trashFolder.startsWith(m_dir->trash() + QStringLiteral("/cleanup-")));

    // The store no longer has them.
    store.requestSession(submitted.first());
    QVERIFY(loadFailed.wait());
    QCOMPARE(loadFailed.first().at(0).toString(), submitted.first());
}

void tst_CleanupSchedule::failsBeforeTheStoreIsOpen()
{
    SessionStore store(*m_dir);
    QSignalSpy failed(&store, &SessionStore::cleanupFailed);
    store.runCleanup(CleanupPolicy{});
    QVERIFY(failed.wait());
    QVERIFY(failed.first().at(0).toString().contains(QLatin1StringView("not open")));
}

QTEST_GUILESS_MAIN(tst_CleanupSchedule)
#include "tst_cleanupschedule.moc"

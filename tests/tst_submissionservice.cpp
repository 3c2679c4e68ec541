#include "collectorserver.h"
#include "sessioncodec.h"
#include "sessionfactory.h"
#include "sessionid.h"
#include "sessionstore.h"
#include "submissionservice.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace std::chrono_literals;

class tst_SubmissionService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runsOnItsOwnThread();
    void oldestFirstWithinTheConcurrencyLimit_data();
    void oldestFirstWithinTheConcurrencyLimit();
    void retriesThenSucceeds();
    void failsAfterMaxRetries();
    void badRequestFailsAtOnce();
    void retryAfterIsHonoured();
    void retryAndIgnore();
    void endpointChangeAppliesLive();
    void newPendingSessionIsSentAtOnce();
    void unusableConfigurationSendsNothing();
    void timestampsComeFromTheClock();

private:
    QStringList addSessions(int count);
    Session onDisk(const QString &id) const;
    SubmissionConfig configFor(const CollectorServer &server) const;
    std::unique_ptr<SubmissionService> makeService(const SubmissionConfig &config);
    void runUntilIdle(SubmissionService &service);

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<DataDirectory> m_dir;
    std::unique_ptr<SessionStore> m_store;
    int m_seed = 0;
};

void tst_SubmissionService::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = std::make_unique<DataDirectory>(m_temp->filePath(QStringLiteral("data")));
    m_store = std::make_unique<SessionStore>(*m_dir);
    QSignalSpy opened(m_store.get(), &SessionStore::opened);
    m_store->open();
    QVERIFY(opened.wait());
}

void tst_SubmissionService::cleanup()
{
    m_store.reset();
}

// Sessions starting a minute apart, saved in a shuffled order so "oldest first" is not "first saved".
QStringList tst_SubmissionService::addSessions(int count)
{
    QList<int> order;
    for (int i = 0; i < count; ++i)
        order.append((i * 7 + 3) % count);
    if (count > 1)
        std::rotate(order.begin(), order.begin() + 1, order.end());
    QSignalSpy saved(m_store.get(), &SessionStore::saved);
    QHash<qint64, QString> byStart;
    for (int i : order) {
        const qint64 start = 1'790'000'000'000 + qint64(i) * 60'000 + qint64(m_seed) * 10'000'000;
        Session s = SessionFactory::make(2, 200, start, ++m_seed);
        m_store->save(s);
    }
    while (saved.size() < count) {
        if (!saved.wait())
            return {};
    }
    QList<SessionSummary> summaries;
    for (const QList<QVariant> &args : saved)
        summaries.append(args.first().value<SessionSummary>());
    std::sort(summaries.begin(), summaries.end(), [](const auto &a, const auto &b) { return a.startTime < b.startTime; });
    QStringList ids;
    for (const SessionSummary &s : summaries)
        ids.append(s.id);
    return ids; // oldest first
}

Session tst_SubmissionService::onDisk(const QString &id) const
{
    QFile file(m_dir->sessions() + QLatin1Char('/') + SessionId::fileNameFor(id));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Result<Session> s = SessionCodec::decode(file.readAll(), id);
    return s ? s.value() : Session{};
}

SubmissionConfig tst_SubmissionService::configFor(const CollectorServer &server) const
{
    SubmissionConfig c;
    c.endpoint = server.url();
    c.authHeader = QStringLiteral("Bearer token-1");
    c.concurrency = 2;
    c.maxRetries = 3;
    c.timeout = 10s;
    return c;
}

std::unique_ptr<SubmissionService> tst_SubmissionService::makeService(const SubmissionConfig &config)
{
    auto service = std::make_unique<SubmissionService>(m_store.get());
    service->setBackoffBase(20ms);
    service->setConfig(config);
    return service;
}

void tst_SubmissionService::runUntilIdle(SubmissionService &service)
{
    QSignalSpy idle(&service, &SubmissionService::idle);
    service.start();
    QVERIFY(idle.wait(60'000));
}

void tst_SubmissionService::runsOnItsOwnThread()
{
    SubmissionService service(m_store.get());
    auto *thread = service.findChild<QThread *>();
    QVERIFY(thread);
    QCOMPARE(thread->objectName(), QStringLiteral("Submission"));
    QVERIFY(thread->isRunning());
    service.shutdown();
    QVERIFY(thread->isFinished());
}

void tst_SubmissionService::oldestFirstWithinTheConcurrencyLimit_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("two at a time") << 2;
    QTest::newRow("three at a time") << 3;
}

void tst_SubmissionService::oldestFirstWithinTheConcurrencyLimit()
{
    QFETCH(int, concurrency);
    CollectorServer server;
    QVERIFY(server.start({{QStringLiteral("default"), answer(200, 0.3)}}));
    const QStringList ids = addSessions(7);
    QCOMPARE(ids.size(), 7);
    SubmissionConfig config = configFor(server);
    config.concurrency = concurrency;
    auto service = makeService(config);
    QSignalSpy submitted(service.get(), &SubmissionService::sessionSubmitted);
    QSignalSpy progress(service.get(), &SubmissionService::progress);
    runUntilIdle(*service);
    QCOMPARE(submitted.size(), 7);

    const QList<QJsonObject> requests = server.requests();
    QCOMPARE(requests.size(), 7);
    int maxInFlight = 0;
    for (const QJsonObject &r : requests)
        maxInFlight = std::max(maxInFlight, r.value(QLatin1StringView("inFlight")).toInt());
    QCOMPARE(maxInFlight, concurrency); // reached, never exceeded
    for (const QList<QVariant> &p : progress)
        QVERIFY(p.at(0).toInt() <= concurrency);
    // The first `concurrency` to arrive are the oldest; the newest arrives last.
    QList<QJsonObject> byArrival = requests;
    std::sort(byArrival.begin(), byArrival.end(), [](const auto &a, const auto &b) {
        return a.value(QLatin1StringView("n")).toInt() < b.value(QLatin1StringView("n")).toInt();
    });
    QStringList firstKeys;
    for (int i = 0; i < concurrency; ++i)
        firstKeys.append(byArrival.at(i).value(QLatin1StringView("key")).toString());
    firstKeys.sort();
    QStringList oldest = ids.mid(0, concurrency);
    oldest.sort();
    QCOMPARE(firstKeys, oldest);
    QCOMPARE(byArrival.last().value(QLatin1StringView("key")).toString(), ids.last());
    if (concurrency == 1) {
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(byArrival.at(i).value(QLatin1StringView("key")).toString(), ids.at(i));
    }

    for (const QString &id : ids) {
        const Session s = onDisk(id);
        QCOMPARE(s.submissionStatus, SubmissionStatus::Submitted);
        QCOMPARE(s.submissionAttempts, 1);
        QVERIFY(s.submittedAt);
        QVERIFY(s.lastSubmissionAttemptAt);
        QVERIFY(!s.nextSubmissionAttemptAt);
        QVERIFY(s.submissionError.isEmpty());
        QCOMPARE(s.messages.size(), 2); // the rest of the session untouched
    }
}

void tst_SubmissionService::retriesThenSucceeds()
{
    const QStringList ids = addSessions(1);
    CollectorServer server;
    QVERIFY(server.start({{QStringLiteral("byKey"),
                           QJsonObject{{ids.first(), QJsonArray{answer(500, 0, {}, QStringLiteral("try later"))}}}}}));
    auto service = makeService(configFor(server));
    Session afterFirst;
    connect(service.get(), &SubmissionService::sessionFailed, this,
            [&](const QString &id, const QString &, bool final) {
                if (!final)
                    afterFirst = onDisk(id); // saved before the next attempt is scheduled
            });
    QSignalSpy failed(service.get(), &SubmissionService::sessionFailed);
    QSignalSpy submitted(service.get(), &SubmissionService::sessionSubmitted);
    runUntilIdle(*service);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(2).toBool(), false);
    QCOMPARE(submitted.size(), 1);

    QCOMPARE(afterFirst.submissionStatus, SubmissionStatus::Pending);
    QCOMPARE(afterFirst.submissionAttempts, 1);
    QVERIFY2(afterFirst.submissionError.contains(u"HTTP 500"), qPrintable(afterFirst.submissionError));
    QVERIFY(afterFirst.lastSubmissionAttemptAt);
    QVERIFY(afterFirst.nextSubmissionAttemptAt);
    QVERIFY(*afterFirst.nextSubmissionAttemptAt >= *afterFirst.lastSubmissionAttemptAt + 20);

    const Session done = onDisk(ids.first());
    QCOMPARE(done.submissionStatus, SubmissionStatus::Submitted);
    QCOMPARE(done.submissionAttempts, 2);
    QVERIFY(done.submissionError.isEmpty());
    QCOMPARE(server.requests().size(), 2);
}

void tst_SubmissionService::failsAfterMaxRetries()
{
    const QStringList ids = addSessions(2);
    CollectorServer server;
    QVERIFY(server.start({{QStringLiteral("default"), answer(503)}}));
    SubmissionConfig config = configFor(server);
    config.maxRetries = 3;
    auto service = makeService(config);
    QSignalSpy failed(service.get(), &SubmissionService::sessionFailed);
    runUntilIdle(*service);
    QCOMPARE(server.requests().size(), 6);
    int finals = 0;
    for (const QList<QVariant> &f : failed)
        finals += f.at(2).toBool() ? 1 : 0;
    QCOMPARE(finals, 2);
    QCOMPARE(failed.size(), 6);
    for (const QString &id : ids) {
        const Session s = onDisk(id);
        QCOMPARE(s.submissionStatus, SubmissionStatus::Failed);
        QCOMPARE(s.submissionAttempts, 3);
        QVERIFY2(s.submissionError.contains(u"HTTP 503"), qPrintable(s.submissionError));
        QVERIFY(!s.submissionError.contains(u"token-1"));
        QVERIFY(!s.nextSubmissionAttemptAt);
    }
}

void tst_SubmissionService::badRequestFailsAtOnce()
{
    const QStringList ids = addSessions(1);
    CollectorServer server;
    QVERIFY(server.start({{QStringLiteral("default"), answer(400, 0, {}, QStringLiteral("unknown device"))}}));
    auto service = makeService(configFor(server));
    QSignalSpy failed(service.get(), &SubmissionService::sessionFailed);
    runUntilIdle(*service);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(2).toBool(), true);
    const Session s = onDisk(ids.first());
    QCOMPARE(s.submissionStatus, SubmissionStatus::Failed);
    QCOMPARE(s.submissionAttempts, 1);
    QCOMPARE(s.submissionError, QStringLiteral("The collector refused the session: HTTP 400 Bad Request \u2013 unknown device"));
}

void tst_SubmissionService::retryAfterIsHonoured()
{
    const QStringList ids = addSessions(1);
    CollectorServer server;
    const QJsonObject busy = answer(429, 0, {{QStringLiteral("Retry-After"), QStringLiteral("1")}});
    QVERIFY(server.start({{QStringLiteral("byKey"), QJsonObject{{ids.first(), QJsonArray{busy}}}}}));
    auto service = makeService(configFor(server)); // backoff base 20 ms: only Retry-After can make it wait
    runUntilIdle(*service);
    const QList<QJsonObject> requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).value(QLatin1StringView("status")).toInt(), 429);
    const double answered = requests.at(0).value(QLatin1StringView("time")).toDouble();
    const double again = requests.at(1).value(QLatin1StringView("received")).toDouble();
    QVERIFY2(again - answered >= 1.0, qPrintable(QString::number(again - answered)));
    QCOMPARE(onDisk(ids.first()).submissionStatus, SubmissionStatus::Submitted);
}

void tst_SubmissionService::retryAndIgnore()
{
    const QStringList ids = addSessions(2);
    CollectorServer server;
    // Both refused once; after that the collector takes anything.
    QVERIFY(server.start({{QStringLiteral("sequence"), QJsonArray{answer(400), answer(400)}}}));
    auto service = makeService(configFor(server));
    runUntilIdle(*service);
    QCOMPARE(onDisk(ids.at(0)).submissionStatus, SubmissionStatus::Failed);
    QCOMPARE(onDisk(ids.at(1)).submissionStatus, SubmissionStatus::Failed);

    QSignalSpy submitted(service.get(), &SubmissionService::sessionSubmitted);
    service->retry({ids.at(0)});
    QVERIFY(submitted.wait(20'000));
    QCOMPARE(submitted.first().first().toString(), ids.at(0));
    Session s = onDisk(ids.at(0));
    QCOMPARE(s.submissionStatus, SubmissionStatus::Submitted);
    QCOMPARE(s.submissionAttempts, 1); // counted afresh after the retry
    QVERIFY(s.submissionError.isEmpty());

    // Ignored: never sent again, not even when asked to send everything.
    QSignalSpy saved(m_store.get(), &SessionStore::saved);
    service->ignore({ids.at(1)});
    QVERIFY(saved.wait());
    QCOMPARE(onDisk(ids.at(1)).submissionStatus, SubmissionStatus::Ignored);
    QSignalSpy idle(service.get(), &SubmissionService::idle);
    service->submitNow();
    QVERIFY(idle.wait());
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(onDisk(ids.at(1)).submissionStatus, SubmissionStatus::Ignored);
}

void tst_SubmissionService::endpointChangeAppliesLive()
{
    const QStringList ids = addSessions(2);
    CollectorServer first;
    CollectorServer second;
    QVERIFY(first.start());
    QVERIFY(second.start());

    // Off: the sessions are queued and stay pending.
    SubmissionConfig off = configFor(first);
    off.endpoint = QUrl();
    auto service = makeService(off);
    QSignalSpy progress(service.get(), &SubmissionService::progress);
    service->start();
    QTRY_VERIFY(!progress.isEmpty() && progress.last().at(1).toInt() == 2);
    QCOMPARE(progress.last().at(0).toInt(), 0);
    QVERIFY(first.requests().isEmpty());
    QCOMPARE(onDisk(ids.at(0)).submissionStatus, SubmissionStatus::Pending);

    QSignalSpy idle(service.get(), &SubmissionService::idle);
    service->setConfig(configFor(first));
    QVERIFY(idle.wait(30'000));
    QCOMPARE(first.requests().size(), 2);

    service->setConfig(configFor(second));
    QSignalSpy submitted(service.get(), &SubmissionService::sessionSubmitted);
    const QStringList more = addSessions(1);
    QVERIFY(submitted.wait(30'000));
    QCOMPARE(submitted.first().first().toString(), more.first());
    QCOMPARE(first.requests().size(), 2);
    QCOMPARE(second.requests().size(), 1);
}

void tst_SubmissionService::newPendingSessionIsSentAtOnce()
{
    CollectorServer server;
    QVERIFY(server.start());
    auto service = makeService(configFor(server)); // interval 5 min: only the save can trigger it
    runUntilIdle(*service);
    QSignalSpy submitted(service.get(), &SubmissionService::sessionSubmitted);
    const QStringList ids = addSessions(1);
    QVERIFY(submitted.wait(20'000));
    QCOMPARE(submitted.first().first().toString(), ids.first());
    QCOMPARE(onDisk(ids.first()).submissionStatus, SubmissionStatus::Submitted);
}

void tst_SubmissionService::unusableConfigurationSendsNothing()
{
    const QStringList ids = addSessions(1);
    CollectorServer server;
    QVERIFY(server.start());
    SubmissionConfig config = configFor(server);
    config.caFile = m_temp->filePath(QStringLiteral("no-such-ca.pem"));
    auto service = makeService(config);
    QSignalSpy error(service.get(), &SubmissionService::configurationError);
    QSignalSpy progress(service.get(), &SubmissionService::progress);
    service->start();
    QVERIFY(error.wait());
    QVERIFY2(error.first().first().toString().contains(u"no-such-ca.pem"), qPrintable(error.first().first().toString()));
    QTRY_VERIFY(!progress.isEmpty() && progress.last().at(1).toInt() == 1); // queued, not sent
    QVERIFY(server.requests().isEmpty());
    QCOMPARE(onDisk(ids.first()).submissionStatus, SubmissionStatus::Pending);

    // Fixed: sent.
    QSignalSpy submitted(service.get(), &SubmissionService::sessionSubmitted);
    service->setConfig(configFor(server));
    QVERIFY(submitted.wait(20'000));
}

void tst_SubmissionService::timestampsComeFromTheClock()
{
    const QStringList ids = addSessions(1);
    CollectorServer server;
    QVERIFY(server.start());
    auto service = makeService(configFor(server));
    constexpr qint64 Now = 1'800'000'000'000;
    service->setClock([] { return Now; });
    runUntilIdle(*service);
    const Session s = onDisk(ids.first());
    QCOMPARE(s.submissionStatus, SubmissionStatus::Submitted);
    QCOMPARE(s.submittedAt, std::optional<qint64>(Now));
    QCOMPARE(s.lastSubmissionAttemptAt, std::optional<qint64>(Now));
}

QTEST_GUILESS_MAIN(tst_SubmissionService)
#include "tst_submissionservice.moc"

#include "searchindex.h"
#include "searchservice.h"
#include "sessionfactory.h"
#include "sessionrepository.h"
#include "testdata.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The session list's search on its own thread: answers by id with the generation asked for,
// only the newest answer comes out, a query that does not parse says why, and the worker
// follows the summaries it is given.
class tst_SearchService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsSessions_data();
    void findsSessions();
    void reportsQueriesThatDoNotParse_data();
    void reportsQueriesThatDoNotParse();
    void answersOnlyTheNewestSearch();
    void cancelDropsTheAnswer();
    void followsChangesToTheSummaries();
    void writesTheIndexOnlyWhenAllowed_data();
    void writesTheIndexOnlyWhenAllowed();

private:
    // Waits for the answer to generation; the ids it matched.
    static QSet<QString> answer(SearchService &service, quint64 generation);

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<DataDirectory> m_dir;
    QList<SessionSummary> m_summaries;
    QHash<int, QString> m_idOfSeed; // SessionFactory seed -> id
};

namespace {

constexpr qint64 T0 = 1'793'000'000'000;
constexpr qint64 Minute = 60'000;

} // namespace

void tst_SearchService::initTestCase()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = std::make_unique<DataDirectory>(m_temp->filePath(QStringLiteral("data")));
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    // Seed s gives messages with patients TEST<s*1000> and TEST<s*1000+1> (PID-3.1).
    for (int seed = 1; seed <= 6; ++seed) {
        Session s = SessionFactory::make(2, 400, T0 + seed * Minute, seed);
        s.deviceIp = seed % 2 ? QStringLiteral("10.0.0.1") : QStringLiteral("10.0.0.2");
        s.submissionStatus = seed <= 3 ? SubmissionStatus::Pending : SubmissionStatus::Failed;
        Result<SessionSummary> saved = repo.save(s);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        m_idOfSeed.insert(seed, saved->id);
    }
    m_summaries = repo.summaries();
    QCOMPARE(m_summaries.size(), 6);
}

QSet<QString> tst_SearchService::answer(SearchService &service, quint64 generation)
{
    QSignalSpy matched(&service, &SearchService::matched);
    QSignalSpy failed(&service, &SearchService::failed);
    for (int i = 0; i < 100 && matched.isEmpty() && failed.isEmpty(); ++i)
        matched.wait(100);
    if (!failed.isEmpty())
        qWarning() << "failed:" << failed.first().at(1).toString();
    if (matched.size() != 1 || matched.first().at(0).toULongLong() != generation)
        return {QStringLiteral("<no answer for generation %1>").arg(generation)};
    return matched.first().at(1).value<QSet<QString>>();
}

void tst_SearchService::findsSessions_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("seeds");
    QTest::newRow("a patient id") << QStringLiteral("PID-3.1=TEST4001") << QList<int>{4};
    QTest::newRow("a control id as a word") << QStringLiteral("ctrl2000") << QList<int>{2};
    QTest::newRow("device") << QStringLiteral("device:10.0.0.2") << QList<int>{2, 4, 6};
    QTest::newRow("status") << QStringLiteral("status:failed") << QList<int>{4, 5, 6};
    QTest::newRow("status and device") << QStringLiteral("status:pending device:10.0.0.1") << QList<int>{1, 3};
    QTest::newRow("negated") << QStringLiteral("-status:failed -PID-3.1=TEST1000") << QList<int>{2, 3};
    QTest::newRow("nothing") << QStringLiteral("PID-3.1=NOSUCHPATIENT") << QList<int>{};
}

void tst_SearchService::findsSessions()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, seeds);
    SearchService service(*m_dir);
    service.setSummaries(m_summaries);
    const quint64 generation = service.search(query);
    QSet<QString> expected;
    for (const int seed : seeds)
        expected.insert(m_idOfSeed.value(seed));
    QCOMPARE(answer(service, generation), expected);
    QVERIFY(!service.isSearching());
}

void tst_SearchService::reportsQueriesThatDoNotParse_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown status") << QStringLiteral("status:done") << QStringLiteral("done");
    QTest::newRow("no value") << QStringLiteral("PID-3.1=") << QStringLiteral("needs a value");
    QTest::newRow("time in words") << QStringLiteral("from:yesterday") << QStringLiteral("yesterday");
}

void tst_SearchService::reportsQueriesThatDoNotParse()
{
    QFETCH(QString, query);
    QFETCH(QString, mentions);
    SearchService service(*m_dir);
    service.setSummaries(m_summaries);
    QSignalSpy failed(&service, &SearchService::failed);
    QSignalSpy matched(&service, &SearchService::matched);
    const quint64 generation = service.search(query);
    QVERIFY(failed.isEmpty()); // queued like every answer
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toULongLong(), generation);
    const QString error = failed.first().at(1).toString();
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(matched.isEmpty());
    QVERIFY(!service.isSearching());
}

void tst_SearchService::answersOnlyTheNewestSearch()
{
    SearchService service(*m_dir);
    service.setSummaries(m_summaries);
    QSignalSpy matched(&service, &SearchService::matched);
    const quint64 first = service.search(QStringLiteral("status:pending"));
    const quint64 second = service.search(QStringLiteral("status:failed"));
    const quint64 third = service.search(QStringLiteral("device:10.0.0.1"));
    QVERIFY(first < second && second < third);
    QCOMPARE(service.latestGeneration(), third);
    QTRY_COMPARE(matched.size(), 1);
    QCOMPARE(matched.first().at(0).toULongLong(), third);
    const QSet<QString> expected{m_idOfSeed.value(1), m_idOfSeed.value(3), m_idOfSeed.value(5)};
    QCOMPARE(matched.first().at(1).value<QSet<QString>>(), expected);
    // Nothing else arrives later: the older two were skipped or dropped.
    const quint64 sync = service.search(QStringLiteral("status:ignored"));
    QCOMPARE(answer(service, sync), QSet<QString>());
    QCOMPARE(matched.size(), 2);
    QCOMPARE(matched.at(1).at(0).toULongLong(), sync);
}

void tst_SearchService::cancelDropsTheAnswer()
{
    SearchService service(*m_dir);
    service.setSummaries(m_summaries);
    QSignalSpy matched(&service, &SearchService::matched);
    service.search(QStringLiteral("status:pending"));
    service.cancel();
    QVERIFY(!service.isSearching());
    const quint64 sync = service.search(QStringLiteral("status:failed"));
    QCOMPARE(answer(service, sync).size(), 3);
    QCOMPARE(matched.size(), 1);
    QCOMPARE(matched.first().at(0).toULongLong(), sync);
}

void tst_SearchService::followsChangesToTheSummaries()
{
    SearchService service(*m_dir);
    service.setSummaries(m_summaries);
    const quint64 before = service.search(QStringLiteral("device:10.0.0.9"));
    QCOMPARE(answer(service, before), QSet<QString>());

    SessionSummary moved = m_summaries.at(0);
    moved.deviceIp = QStringLiteral("10.0.0.9");
    SessionSummary added = m_summaries.at(1);
    added.id = QStringLiteral("session-added");
    added.deviceIp = QStringLiteral("10.0.0.9");
    service.applyChanges({moved, added}, {});
    const quint64 after = service.search(QStringLiteral("device:10.0.0.9"));
    QCOMPARE(answer(service, after), (QSet<QString>{moved.id, added.id}));

    service.applyChanges({}, {moved.id});
    const quint64 removed = service.search(QStringLiteral("device:10.0.0.9"));
    QCOMPARE(answer(service, removed), QSet<QString>{added.id});
}

void tst_SearchService::writesTheIndexOnlyWhenAllowed_data()
{
    QTest::addColumn<bool>("writable");
    QTest::newRow("before the store holds the folder") << false;
    QTest::newRow("once it does") << true;
}

void tst_SearchService::writesTheIndexOnlyWhenAllowed()
{
    QFETCH(bool, writable);
    QTemporaryDir temp;
    const DataDirectory dir(temp.filePath(QStringLiteral("data")));
    QList<SessionSummary> summaries;
    {
        SessionRepository repo(dir);
        QVERIFY(repo.open());
        QCOMPARE(repo.importSessions(fixturePath(QStringLiteral("legacy")))->imported, 6);
        summaries = repo.summaries();
    }
    SearchService service(dir);
    if (writable)
        service.setIndexWritable();
    service.setSummaries(summaries);
    const quint64 generation = service.search(QStringLiteral("MSH-3=CHEM-200"));
    QCOMPARE(answer(service, generation).size(), 6);
    service.shutdown();
    QCOMPARE(QFileInfo::exists(SearchIndex::pathIn(dir)), writable);
}

QTEST_GUILESS_MAIN(tst_SearchService)
#include "tst_searchservice.moc"

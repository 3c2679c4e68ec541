#include "sessionfactory.h"
#include "sessionrepository.h"
#include "sessionstore.h"
#include "testdata.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class tst_SessionStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void opensOnItsOwnThread();
    void answersArriveOnTheCallersThread();
    void writesOfOneSessionApplyInOrder_data();
    void writesOfOneSessionApplyInOrder();
    void loadsAndRemovesOnRequest();
    void shutdownDrainsEveryQueuedWrite_data();
    void shutdownDrainsEveryQueuedWrite();
    void importsAFolder();
    void secondStoreOnTheSameFolderIsRefused();
    void persistenceOffKeepsSessionsInMemory_data();
    void persistenceOffKeepsSessionsInMemory();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<DataDirectory> m_dir;
};

void tst_SessionStore::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = std::make_unique<DataDirectory>(m_temp->filePath(QStringLiteral("data")));
}

void tst_SessionStore::opensOnItsOwnThread()
{
    SessionStore store(*m_dir);
    auto *thread = store.findChild<QThread *>();
    QVERIFY(thread);
    QVERIFY(thread->isRunning());
    QCOMPARE(thread->objectName(), QStringLiteral("SessionStore"));
    QVERIFY(thread != QThread::currentThread());

    QSignalSpy opened(&store, &SessionStore::opened);
    store.open();
    QVERIFY(opened.wait());
    QCOMPARE(opened.first().at(0).value<QList<SessionSummary>>().size(), 0);
    QCOMPARE(opened.first().at(1).value<RecoveryReport>().dataDirectory, m_dir->root());

    store.shutdown();
    QVERIFY(thread->isFinished());
}

void tst_SessionStore::answersArriveOnTheCallersThread()
{
    SessionStore store(*m_dir);
    QThread *answeredOn = nullptr;
    connect(&store, &SessionStore::saved, this, [&answeredOn] { answeredOn = QThread::currentThread(); });
    QSignalSpy saved(&store, &SessionStore::saved);
    store.open();
    store.save(SessionFactory::make());
    QVERIFY(saved.wait());
    QCOMPARE(answeredOn, QThread::currentThread());
    const SessionSummary summary = saved.first().first().value<SessionSummary>();
    QVERIFY(summary.id.startsWith(QLatin1StringView("session-")));
    QCOMPARE(summary.sessionNumber, 1);
    QVERIFY(!summary.unsaved);
}

void tst_SessionStore::writesOfOneSessionApplyInOrder_data()
{
    QTest::addColumn<int>("writes");
    QTest::newRow("a few") << 5;
    QTest::newRow("a burst") << 100;
}

void tst_SessionStore::writesOfOneSessionApplyInOrder()
{
    QFETCH(int, writes);
    SessionStore store(*m_dir);
    QSignalSpy saved(&store, &SessionStore::saved);
    store.open();
    Session s = SessionFactory::make(1, 2000);
    s.id = QStringLiteral("session-ordered");
    for (int attempt = 1; attempt <= writes; ++attempt) {
        s.submissionAttempts = attempt;
        store.save(s);
    }
    QTRY_COMPARE(saved.size(), writes);
    for (int i = 0; i < writes; ++i)
        QCOMPARE(saved.at(i).first().value<SessionSummary>().submissionAttempts, i + 1);

    QSignalSpy loaded(&store, &SessionStore::sessionLoaded);
    store.requestSession(s.id);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().first().value<Session>().submissionAttempts, writes);
}

void tst_SessionStore::loadsAndRemovesOnRequest()
{
    SessionStore store(*m_dir);
    QSignalSpy saved(&store, &SessionStore::saved);
    store.open();
    const Session original = SessionFactory::make(3, 500);
    store.save(original);
    QVERIFY(saved.wait());
    const QString id = saved.first().first().value<SessionSummary>().id;

    QSignalSpy loaded(&store, &SessionStore::sessionLoaded);
    QSignalSpy loadFailed(&store, &SessionStore::sessionLoadFailed);
    store.requestSession(id);
    store.requestSession(QStringLiteral("no-such-session"));
    store.requestSession(QStringLiteral("../escape"));
    QTRY_COMPARE(loadFailed.size(), 2);
    QCOMPARE(loaded.size(), 1);
    const Session back = loaded.first().first().value<Session>();
    QCOMPARE(back.messages, original.messages);
    QCOMPARE(back.elements.size(), original.elements.size());
    QCOMPARE(back.elements.at(2).bytes, original.elements.at(2).bytes);
    QCOMPARE(loadFailed.at(0).at(0).toString(), QStringLiteral("no-such-session"));

    QSignalSpy removed(&store, &SessionStore::removed);
    QSignalSpy removeFailed(&store, &SessionStore::removeFailed);
    store.remove(id);
    store.remove(id);
    QTRY_COMPARE(removeFailed.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().toString(), id);
    QVERIFY(!QFileInfo::exists(m_dir->sessions() + QLatin1Char('/') + id + QStringLiteral(".json")));
}

void tst_SessionStore::shutdownDrainsEveryQueuedWrite_data()
{
    QTest::addColumn<bool>("explicitShutdown");
    QTest::newRow("shutdown()") << true;
    QTest::newRow("destructor") << false;
}

void tst_SessionStore::shutdownDrainsEveryQueuedWrite()
{
    QFETCH(bool, explicitShutdown);
    constexpr int Sessions = 200;
    {
        SessionStore store(*m_dir);
        store.open();
        for (int i = 0; i < Sessions; ++i)
            store.save(SessionFactory::make(1, 300, 1'790'000'000'000 + i, i));
        // No event loop runs between the saves and the shutdown: the queue is full when it starts.
        if (explicitShutdown) {
            store.shutdown();
            store.save(SessionFactory::make()); // after shutdown: ignored, never half-done
        }
    }
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    QCOMPARE(repo.count(), Sessions);
    QVERIFY(repo.openReport().tempFilesRemoved.isEmpty());
    QVERIFY(repo.openReport().quarantined.isEmpty());
}

void tst_SessionStore::importsAFolder()
{
    const QString source = m_temp->filePath(QStringLiteral("electron"));
    QVERIFY(QDir().mkpath(source));
    for (int n = 1; n <= 6; ++n) {
        const QString name = QStringLiteral("session-%1.json").arg(n);
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("legacy/") + name), source + QLatin1Char('/') + name));
    }
    SessionStore store(*m_dir);
    QSignalSpy imported(&store, &SessionStore::imported);
    store.open();
    store.importSessions(source);
    QVERIFY(imported.wait());
    QCOMPARE(imported.first().at(0).value<ImportReport>().imported, 6);
    QCOMPARE(imported.first().at(1).value<QList<SessionSummary>>().size(), 6);

    QSignalSpy failed(&store, &SessionStore::importFailed);
    store.importSessions(m_temp->filePath(QStringLiteral("missing")));
    QVERIFY(failed.wait());
    QVERIFY(failed.first().at(1).toString().contains(QLatin1StringView("not a folder")));
}

void tst_SessionStore::secondStoreOnTheSameFolderIsRefused()
{
    SessionStore first(*m_dir);
    QSignalSpy opened(&first, &SessionStore::opened);
    first.open();
    QVERIFY(opened.wait());

    SessionStore second(*m_dir);
    QSignalSpy failed(&second, &SessionStore::openFailed);
    second.open();
    QVERIFY(failed.wait());
    QVERIFY2(failed.first().first().toString().contains(QLatin1StringView("in use")),
             qPrintable(failed.first().first().toString()));
}

QTEST_GUILESS_MAIN(tst_SessionStore)
void tst_SessionStore::persistenceOffKeepsSessionsInMemory_data()
{
    QTest::addColumn<bool>("turnedBackOn");
    QTest::newRow("off until shutdown") << false;
    QTest::newRow("on again before shutdown") << true;
}

void tst_SessionStore::persistenceOffKeepsSessionsInMemory()
{
    QFETCH(bool, turnedBackOn);
    const QString sessionFiles = m_dir->sessions();
    auto filesOnDisk = [&] {
        return QDir(sessionFiles).entryList({QStringLiteral("*.json")}, QDir::Files).size();
    };
    QStringList ids;
    {
        SessionStore store(*m_dir);
        QSignalSpy saved(&store, &SessionStore::saved);
        QSignalSpy unsavedAtShutdown(&store, &SessionStore::unsavedAtShutdown);
        store.open();
        store.save(SessionFactory::make(1, 200, 1'700'000'000'000));
        QVERIFY(saved.wait());
        QVERIFY(!saved.at(0).first().value<SessionSummary>().unsaved);

        store.setPersistence(false);
        store.save(SessionFactory::make(2, 200, 1'700'000'100'000));
        store.save(SessionFactory::make(3, 200, 1'700'000'200'000));
        QTRY_COMPARE(saved.size(), 3);
        for (int i = 1; i < 3; ++i) {
            const SessionSummary s = saved.at(i).first().value<SessionSummary>();
            QVERIFY(s.unsaved);
            ids.append(s.id);
        }
        QCOMPARE(filesOnDisk(), 1);

        // In memory, the session is served and its submission state changes like any other.
        QSignalSpy loaded(&store, &SessionStore::sessionLoaded);
        store.requestSession(ids.at(0));
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.first().first().value<Session>().messages.size(), 2);
        store.updateSubmission(ids.at(0), SubmissionUpdate::ignore());
        QTRY_COMPARE(saved.size(), 4);
        QCOMPARE(saved.at(3).first().value<SessionSummary>().submissionStatus, SubmissionStatus::Ignored);
        QCOMPARE(filesOnDisk(), 1);

        if (turnedBackOn) {
            store.setPersistence(true);
            QTRY_COMPARE(saved.size(), 6);
            QVERIFY(!saved.at(5).first().value<SessionSummary>().unsaved);
            QCOMPARE(filesOnDisk(), 3);
        }
        store.shutdown();
        QCOMPARE(unsavedAtShutdown.size(), 0);
    }
    QCOMPARE(filesOnDisk(), turnedBackOn ? 3 : 1);
    QVERIFY(!QFileInfo::exists(m_dir->unsaved()) || QDir(m_dir->unsaved()).isEmpty());
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    QCOMPARE(repo.exists(ids.at(0)), turnedBackOn);
    if (turnedBackOn)
        QCOMPARE(repo.load(ids.at(0))->submissionStatus, SubmissionStatus::Ignored);
}

#include "tst_sessionstore.moc"

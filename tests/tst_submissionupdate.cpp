#include "sessioncodec.h"
#include "sessionfactory.h"
#include "sessionrepository.h"
#include "sessionstore.h"
#include "submissionupdate.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The store's side of submission: the attempt times in the file, and updates that change the
// submission state of one session and nothing else.
class tst_SubmissionUpdate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void attemptTimesAreWrittenOnlyWhenSet_data();
    void attemptTimesAreWrittenOnlyWhenSet();
    void updateChangesOnlyTheSubmissionState();
    void updateReadsTheFileAfresh();
    void onlyIfProtectsAnotherChange();
    void retryAndIgnore();
    void failures_data();
    void failures();
    void summaryCacheKeepsTheAttemptTimes();
    void storeUpdatesAndListsPending();

private:
    QByteArray fileOf(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<DataDirectory> m_dir;
};

void tst_SubmissionUpdate::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = std::make_unique<DataDirectory>(m_temp->filePath(QStringLiteral("data")));
}

QByteArray tst_SubmissionUpdate::fileOf(const QString &id) const
{
    QFile f(m_dir->sessions() + QStringLiteral("/%1.json").arg(id));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void tst_SubmissionUpdate::attemptTimesAreWrittenOnlyWhenSet_data()
{
    QTest::addColumn<qint64>("last"); // -1: not set
    QTest::addColumn<qint64>("next");
    QTest::newRow("neither") << qint64(-1) << qint64(-1);
    QTest::newRow("last only") << qint64(1'790'000'100'000) << qint64(-1);
    QTest::newRow("both") << qint64(1'790'000'100'000) << qint64(1'790'000'104'000);
}

void tst_SubmissionUpdate::attemptTimesAreWrittenOnlyWhenSet()
{
    QFETCH(qint64, last);
    QFETCH(qint64, next);
    Session s = SessionFactory::make(1, 100);
    s.id = QStringLiteral("session-1");
    if (last >= 0)
        s.lastSubmissionAttemptAt = last;
    if (next >= 0)
        s.nextSubmissionAttemptAt = next;
    const QByteArray json = SessionCodec::encode(s);
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QCOMPARE(o.contains(QLatin1StringView("lastSubmissionAttemptAt")), last >= 0);
    QCOMPARE(o.contains(QLatin1StringView("nextSubmissionAttemptAt")), next >= 0);
    Result<Session> back = SessionCodec::decode(json, s.id);
    QVERIFY(back);
    QCOMPARE(back->lastSubmissionAttemptAt, s.lastSubmissionAttemptAt);
    QCOMPARE(back->nextSubmissionAttemptAt, s.nextSubmissionAttemptAt);
    QVERIFY(back->extra.isEmpty()); // known keys, not unknown ones
}

void tst_SubmissionUpdate::updateChangesOnlyTheSubmissionState()
{
    SessionRepository repository(*m_dir);
    QVERIFY(repository.open());
    Session original = SessionFactory::make(3, 300);
    original.extra.insert(QStringLiteral("futureKey"), QStringLiteral("kept"));
    const Result<SessionSummary> saved = repository.save(original);
    QVERIFY(saved);
    const QString id = saved->id;

    SubmissionUpdate u;
    u.status = SubmissionStatus::Pending;
    u.attempts = 2;
    u.error = QStringLiteral("The collector failed to take the session: HTTP 503");
    u.lastAttemptAt = qint64(1'790'000'200'000);
    u.nextAttemptAt = qint64(1'790'000'204'000);
    const Result<SessionSummary> summary = repository.updateSubmission(id, u);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->submissionAttempts, 2);
    QCOMPARE(summary->nextSubmissionAttemptAt, std::optional<qint64>(1'790'000'204'000));

    const Result<Session> after = SessionCodec::decode(fileOf(id), id);
    QVERIFY(after);
    QCOMPARE(after->submissionAttempts, 2);
    QCOMPARE(after->submissionError, *u.error);
    QCOMPARE(after->lastSubmissionAttemptAt, std::optional<qint64>(1'790'000'200'000));
    QCOMPARE(after->messages, original.messages);
    QCOMPARE(after->elements.size(), original.elements.size());
    for (qsizetype i = 0; i < original.elements.size(); ++i)
        QCOMPARE(after->elements.at(i).bytes, original.elements.at(i).bytes);
    QCOMPARE(after->extra.value(QLatin1StringView("futureKey")).toString(), QStringLiteral("kept"));

    SubmissionUpdate done;
    done.status = SubmissionStatus::Submitted;
    done.attempts = 3;
    done.submittedAt = qint64(1'790'000'300'000);
    done.error = QString();
    done.nextAttemptAt = std::optional<qint64>();
    QVERIFY(repository.updateSubmission(id, done));
    const Result<Session> final = SessionCodec::decode(fileOf(id), id);
    QCOMPARE(final->submissionStatus, SubmissionStatus::Submitted);
    QVERIFY(final->submissionError.isEmpty());
    QVERIFY(!final->nextSubmissionAttemptAt);
    QCOMPARE(final->lastSubmissionAttemptAt, std::optional<qint64>(1'790'000'200'000)); // not in the update: kept
}

void tst_SubmissionUpdate::updateReadsTheFileAfresh()
{
    SessionRepository repository(*m_dir);
    QVERIFY(repository.open());
    Session s = SessionFactory::make(1, 100);
    const Result<SessionSummary> saved = repository.save(s);
    QVERIFY(saved);
    // Someone else (another writer of the same id, e.g. a save from the UI) changed the file.
    s.id = saved->id;
    s.deviceIp = QStringLiteral("10.9.9.9");
    QVERIFY(repository.save(s));
    SubmissionUpdate u;
    u.attempts = 1;
    QVERIFY(repository.updateSubmission(s.id, u));
    QCOMPARE(SessionCodec::decode(fileOf(s.id), s.id)->deviceIp, QStringLiteral("10.9.9.9"));
}

void tst_SubmissionUpdate::onlyIfProtectsAnotherChange()
{
    SessionRepository repository(*m_dir);
    QVERIFY(repository.open());
    const Result<SessionSummary> saved = repository.save(SessionFactory::make(1, 100));
    QVERIFY(repository.updateSubmission(saved->id, SubmissionUpdate::ignore()));
    const QByteArray before = fileOf(saved->id);
    SubmissionUpdate failedAttempt;
    failedAttempt.onlyIf = SubmissionStatus::Pending;
    failedAttempt.status = SubmissionStatus::Pending;
    failedAttempt.attempts = 1;
    const Result<SessionSummary> r = repository.updateSubmission(saved->id, failedAttempt);
    QVERIFY(!r);
    QVERIFY2(r.error().contains(u"ignored"), qPrintable(r.error()));
    QCOMPARE(fileOf(saved->id), before);
}

void tst_SubmissionUpdate::retryAndIgnore()
{
    Session s = SessionFactory::make(1, 100);
    s.submissionStatus = SubmissionStatus::Failed;
    s.submissionAttempts = 3;
    s.submissionError = QStringLiteral("HTTP 400");
    s.submittedAt = 5;
    s.nextSubmissionAttemptAt = 7;
    s.lastSubmissionAttemptAt = 6;
    Session retried = s;
    SubmissionUpdate::retry().applyTo(retried);
    QCOMPARE(retried.submissionStatus, SubmissionStatus::Pending);
    QCOMPARE(retried.submissionAttempts, 0);
    QVERIFY(retried.submissionError.isEmpty());
    QVERIFY(!retried.submittedAt);
    QVERIFY(!retried.nextSubmissionAttemptAt);
    QCOMPARE(retried.lastSubmissionAttemptAt, std::optional<qint64>(6));
    Session ignored = s;
    SubmissionUpdate::ignore().applyTo(ignored);
    QCOMPARE(ignored.submissionStatus, SubmissionStatus::Ignored);
    QCOMPARE(ignored.submissionAttempts, 3);
    QCOMPARE(ignored.submissionError, s.submissionError);
    QVERIFY(!ignored.nextSubmissionAttemptAt);
}

void tst_SubmissionUpdate::failures_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("errorHas");
    QTest::newRow("unknown id") << QStringLiteral("session-404") << false << QStringLiteral("there is no session");
    QTest::newRow("unsafe id") << QStringLiteral("../x") << false << QStringLiteral("not a valid session id");
    QTest::newRow("read-only") << QString() << true << QStringLiteral("read-only");
}

void tst_SubmissionUpdate::failures()
{
    QFETCH(QString, id);
    QFETCH(bool, readOnly);
    QFETCH(QString, errorHas);
    {
        SessionRepository writer(*m_dir);
        QVERIFY(writer.open());
        const Result<SessionSummary> saved = writer.save(SessionFactory::make(1, 100));
        if (id.isEmpty())
            id = saved->id;
    }
    SessionRepository repository(*m_dir);
    QVERIFY(repository.open(readOnly ? SessionRepository::Access::ReadOnly : SessionRepository::Access::Exclusive));
    const Result<SessionSummary> r = repository.updateSubmission(id, SubmissionUpdate::ignore());
    QVERIFY(!r);
    QVERIFY2(r.error().contains(errorHas), qPrintable(r.error()));
}

void tst_SubmissionUpdate::summaryCacheKeepsTheAttemptTimes()
{
    QString id;
    {
        SessionRepository repository(*m_dir);
        QVERIFY(repository.open());
        id = repository.save(SessionFactory::make(1, 100))->id;
        SubmissionUpdate u;
        u.lastAttemptAt = qint64(1'790'000'200'000);
        u.nextAttemptAt = qint64(1'790'000'201'000);
        QVERIFY(repository.updateSubmission(id, u));
        QVERIFY(repository.flushSummaryCache());
    }
    SessionRepository repository(*m_dir);
    QVERIFY(repository.open());
    const auto s = repository.summary(id);
    QVERIFY(s);
    QCOMPARE(s->lastSubmissionAttemptAt, std::optional<qint64>(1'790'000'200'000));
    QCOMPARE(s->nextSubmissionAttemptAt, std::optional<qint64>(1'790'000'201'000));
}

void tst_SubmissionUpdate::storeUpdatesAndListsPending()
{
    SessionStore store(*m_dir);
    QSignalSpy opened(&store, &SessionStore::opened);
    QSignalSpy saved(&store, &SessionStore::saved);
    QSignalSpy failed(&store, &SessionStore::submissionUpdateFailed);
    QSignalSpy pending(&store, &SessionStore::pendingSessions);
    store.open();
    QVERIFY(opened.wait());
    store.save(SessionFactory::make(1, 100, 1'790'000'000'000, 1));
    store.save(SessionFactory::make(1, 100, 1'790'000'001'000, 2));
    QTRY_COMPARE(saved.size(), 2);
    const QString first = saved.at(0).first().value<SessionSummary>().id;
    const QString second = saved.at(1).first().value<SessionSummary>().id;

    store.updateSubmission(first, SubmissionUpdate::ignore());
    QTRY_COMPARE(saved.size(), 3);
    const SessionSummary ignored = saved.at(2).first().value<SessionSummary>();
    QCOMPARE(ignored.id, first);
    QCOMPARE(ignored.submissionStatus, SubmissionStatus::Ignored);

    SubmissionUpdate attempt;
    attempt.onlyIf = SubmissionStatus::Pending;
    attempt.attempts = 1;
    store.updateSubmission(first, attempt);
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().toString(), first);
    store.updateSubmission(QStringLiteral("session-404"), attempt);
    QTRY_COMPARE(failed.size(), 2);

    store.requestPending();
    QVERIFY(pending.wait());
    const auto list = pending.first().first().value<QList<SessionSummary>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().id, second);
}

QTEST_GUILESS_MAIN(tst_SubmissionUpdate)
#include "tst_submissionupdate.moc"

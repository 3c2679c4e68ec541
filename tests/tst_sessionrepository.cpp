#include "datadirectory.h"
#include "sessioncodec.h"
#include "sessionfactory.h"
#include "sessionrepository.h"
#include "testdata.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class tst_SessionRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void savesNewSessions();
    void newSessionsNeverOverwriteExistingFiles();
    void legacyFilesLoadAndAreRewrittenInSchema2();
    void invalidFilesAreQuarantinedAndTheRestLoad();
    void recoveryHandlesLeftovers_data();
    void recoveryHandlesLeftovers();
    void summaryCacheIsUsedOnlyWhileValid();
    void damagedSummaryCacheIsRebuilt();
    void removeMovesToTrash();
    void expired_data();
    void expired();
    void secondWriterIsRefusedButReadersWork();
    void importCopiesOnceAndKeepsDifferentSessionsApart();
    void importQuarantinesUnreadableFilesWithoutTouchingThem();
    void unsafeIdsAreRefused_data();
    void unsafeIdsAreRefused();

private:
    void copyLegacyFixturesTo(const QString &folder);

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<DataDirectory> m_dir;
};

namespace {

constexpr qint64 Day = 86'400'000;

Session readSessionFile(const QString &path, const QString &id)
{
    return SessionCodec::decode(readFileBytes(path), id).value();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

void tst_SessionRepository::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = std::make_unique<DataDirectory>(m_temp->filePath(QStringLiteral("data")));
}

void tst_SessionRepository::copyLegacyFixturesTo(const QString &folder)
{
    QVERIFY(QDir().mkpath(folder));
    for (int n = 1; n <= 6; ++n) {
        const QString name = QStringLiteral("session-%1.json").arg(n);
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("legacy/") + name), folder + QLatin1Char('/') + name));
    }
}

void tst_SessionRepository::savesNewSessions()
{
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    QCOMPARE(modeOf(m_dir->root()), 0700);
    QCOMPARE(modeOf(m_dir->sessions()), 0700);

    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const Result<SessionSummary> saved = repo.save(SessionFactory::make(2, 400, 1'790'000'000'000 + i, i));
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved->sessionNumber, i + 1);
        QCOMPARE(saved->messageCount, 2);
        QCOMPARE(saved->messageTypes, QStringList{QStringLiteral("ORU^R01")});
        QVERIFY(!ids.contains(saved->id));
        ids.append(saved->id);

        const QString path = m_dir->sessions() + QLatin1Char('/') + saved->id + QStringLiteral(".json");
        QCOMPARE(modeOf(path), 0600);
        const Session onDisk = readSessionFile(path, saved->id);
        QCOMPARE(onDisk.messages, SessionFactory::make(2, 400, 0, i).messages);
        QCOMPARE(onDisk.schemaVersion, QStringLiteral("2.0.0"));
    }
    QCOMPARE(repo.count(), 3);
    QVERIFY(repo.exists(ids.first()));

    // The writes of one session apply in order: the last save is what the file holds.
    Session s = repo.load(ids.first()).value();
    for (int attempt = 1; attempt <= 5; ++attempt) {
        s.submissionAttempts = attempt;
        QVERIFY(repo.save(s).ok());
    }
    QCOMPARE(repo.load(ids.first()).value().submissionAttempts, 5);
    QCOMPARE(repo.summary(ids.first())->submissionAttempts, 5);
    QCOMPARE(filesIn(m_dir->sessions()).size(), 3);
}

void tst_SessionRepository::newSessionsNeverOverwriteExistingFiles()
{
    copyLegacyFixturesTo(m_dir->sessions());
    QHash<QString, QByteArray> before;
    for (const QString &name : filesIn(m_dir->sessions()))
        before.insert(name, readFileBytes(m_dir->sessions() + QLatin1Char('/') + name));

    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    for (int i = 0; i < 200; ++i) {
        Session s = SessionFactory::make(1, 100, 1'793'000'000'000, i);
        QVERIFY(repo.save(s).ok());
    }
    QCOMPARE(repo.count(), 206);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(readFileBytes(m_dir->sessions() + QLatin1Char('/') + it.key()), it.value());
}

void tst_SessionRepository::legacyFilesLoadAndAreRewrittenInSchema2()
{
    copyLegacyFixturesTo(m_dir->sessions());
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    QCOMPARE(repo.count(), 6);
    QVERIFY(repo.openReport().quarantined.isEmpty());
    QCOMPARE(repo.summary(QStringLiteral("session-2"))->submissionStatus, SubmissionStatus::Submitted);
    QCOMPARE(repo.summary(QStringLiteral("session-3"))->submissionStatus, SubmissionStatus::Failed);
    QCOMPARE(repo.summary(QStringLiteral("session-5"))->submissionStatus, SubmissionStatus::Pending);
    QCOMPARE(repo.summary(QStringLiteral("session-5"))->submissionAttempts, 3);
    QCOMPARE(repo.summary(QStringLiteral("session-6"))->retentionDays, 30);

    // Loading alone does not rewrite a legacy file; its next save does, in schema 2.
    const QString path = m_dir->sessions() + QStringLiteral("/session-5.json");
    const QByteArray legacyBytes = readFileBytes(path);
    QVERIFY(!legacyBytes.contains("_metadata"));
    Session s = repo.load(QStringLiteral("session-5")).value();
    QCOMPARE(readFileBytes(path), legacyBytes);
    s.submissionStatus = SubmissionStatus::Ignored;
    QVERIFY(repo.save(s).ok());
    const QJsonObject rewritten = QJsonDocument::fromJson(readFileBytes(path)).object();
    QCOMPARE(rewritten.value(QLatin1StringView("_metadata")).toObject().value(QLatin1StringView("version")).toString(),
             QStringLiteral("2.0.0"));
    QCOMPARE(rewritten.value(QLatin1StringView("submissionStatus")).toString(), QStringLiteral("ignored"));
    QCOMPARE(rewritten.value(QLatin1StringView("submissionAttempts")).toInt(), 3);
    QCOMPARE(rewritten.value(QLatin1StringView("sessionId")).toInt(), 5);
    QCOMPARE(modeOf(path), 0600);
}

void tst_SessionRepository::invalidFilesAreQuarantinedAndTheRestLoad()
{
    copyLegacyFixturesTo(m_dir->sessions());
    const QByteArray garbage("{\"id\": \"session-7\", \"startTime\": ");
    QVERIFY(writeFileBytes(m_dir->sessions() + QStringLiteral("/session-7.json"), garbage));
    const QByteArray wrongId = readFileBytes(fixturePath(QStringLiteral("legacy/session-1.json")));
    QVERIFY(writeFileBytes(m_dir->sessions() + QStringLiteral("/session-8.json"), wrongId));

    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    QCOMPARE(repo.count(), 6);
    QCOMPARE(repo.openReport().quarantined.size(), 2);
    QCOMPARE(readFileBytes(m_dir->quarantine() + QStringLiteral("/session-7.json")), garbage);
    QCOMPARE(readFileBytes(m_dir->quarantine() + QStringLiteral("/session-8.json")), wrongId);
    const QByteArray log = readFileBytes(m_dir->quarantine() + QStringLiteral("/quarantine.log"));
    QVERIFY(log.contains("session-7.json"));
    QVERIFY(log.contains("does not match the file name"));
    QVERIFY(!QFileInfo::exists(m_dir->sessions() + QStringLiteral("/session-7.json")));
}

void tst_SessionRepository::recoveryHandlesLeftovers_data()
{
    QTest::addColumn<QString>("target");     // "none", "older", "newer", "corrupt"
    QTest::addColumn<bool>("leftoverValid");
    QTest::addColumn<bool>("completed");

    QTest::newRow("complete leftover, no file yet") << "none" << true << true;
    QTest::newRow("complete leftover newer than the file") << "older" << true << true;
    QTest::newRow("complete leftover older than the file") << "newer" << true << false;
    QTest::newRow("partial leftover, no file yet") << "none" << false << false;
    QTest::newRow("partial leftover beside a file") << "older" << false << false;
    QTest::newRow("complete leftover beside a damaged file") << "corrupt" << true << true;
}

void tst_SessionRepository::recoveryHandlesLeftovers()
{
    QFETCH(QString, target);
    QFETCH(bool, leftoverValid);
    QFETCH(bool, completed);

    QVERIFY(QDir().mkpath(m_dir->sessions()));
    const QString id = QStringLiteral("session-1790000000000-0000abcd");
    const QString path = m_dir->sessions() + QLatin1Char('/') + id + QStringLiteral(".json");
    Session s = SessionFactory::make(1, 200);
    s.id = id;
    s.sessionNumber = 1;
    auto encodeAt = [&](qint64 savedAt, int attempts) {
        Session copy = s;
        copy.savedAt = savedAt;
        copy.submissionAttempts = attempts;
        return SessionCodec::encode(copy);
    };
    const QByteArray leftover = leftoverValid ? encodeAt(2000, 2) : encodeAt(2000, 2).left(150);
    QByteArray existing;
    if (target == QLatin1StringView("older"))
        existing = encodeAt(1000, 1);
    else if (target == QLatin1StringView("newer"))
        existing = encodeAt(3000, 3);
    else if (target == QLatin1StringView("corrupt"))
        existing = "{\"id\":";
    if (!existing.isEmpty())
        QVERIFY(writeFileBytes(path, existing));
    QVERIFY(writeFileBytes(path + QStringLiteral(".Ab12Cd"), leftover));
    QVERIFY(writeFileBytes(m_dir->summaryCache() + QStringLiteral(".Zz99Yy"), "partial"));

    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    const RecoveryReport &report = repo.openReport();
    QCOMPARE(report.tempFilesCompleted.contains(id + QStringLiteral(".json.Ab12Cd")), completed);
    QCOMPARE(report.tempFilesRemoved.contains(id + QStringLiteral(".json.Ab12Cd")), !completed);
    QVERIFY(report.tempFilesRemoved.contains(QStringLiteral("summaries.cache.Zz99Yy")));
    QCOMPARE(filesIn(m_dir->sessions()), existing.isEmpty() && !completed ? QStringList() : QStringList{id + QStringLiteral(".json")});
    QVERIFY(!QFileInfo::exists(m_dir->summaryCache() + QStringLiteral(".Zz99Yy")));

    if (completed)
        QCOMPARE(readFileBytes(path), leftover);
    else if (target != QLatin1StringView("none"))
        QCOMPARE(readFileBytes(path), existing);
    if (target == QLatin1StringView("corrupt")) {
        QCOMPARE(report.quarantined.size(), 1);
        QCOMPARE(readFileBytes(report.quarantined.first().movedTo), existing);
    }
    QCOMPARE(repo.count(), existing.isEmpty() && !completed ? 0 : 1);
}

void tst_SessionRepository::summaryCacheIsUsedOnlyWhileValid()
{
    copyLegacyFixturesTo(m_dir->sessions());
    {
        SessionRepository repo(*m_dir);
        QVERIFY(repo.open());
        QCOMPARE(repo.openReport().sessionsRead, 6);
    }
    QVERIFY(QFileInfo::exists(m_dir->summaryCache()));
    {
        SessionRepository repo(*m_dir);
        QVERIFY(repo.open());
        QCOMPARE(repo.openReport().sessionsRead, 0);
        QCOMPARE(repo.summary(QStringLiteral("session-3"))->submissionStatus, SubmissionStatus::Failed);
    }
    // Another program rewrites one file behind the cache's back: that file is read again.
    const QString path = m_dir->sessions() + QStringLiteral("/session-3.json");
    Session changed = readSessionFile(path, QStringLiteral("session-3"));
    changed.submissionStatus = SubmissionStatus::Submitted;
    changed.submittedAt = 1'793'300'000'000;
    QVERIFY(writeFileBytes(path, SessionCodec::encode(changed)));
    QFile::remove(m_dir->sessions() + QStringLiteral("/session-6.json"));
    {
        SessionRepository repo(*m_dir);
        QVERIFY(repo.open());
        QCOMPARE(repo.openReport().sessionsRead, 1);
        QCOMPARE(repo.count(), 5);
        QCOMPARE(repo.summary(QStringLiteral("session-3"))->submissionStatus, SubmissionStatus::Submitted);
        QCOMPARE(repo.summary(QStringLiteral("session-3"))->submittedAt.value_or(0), 1'793'300'000'000);
        QVERIFY(!repo.exists(QStringLiteral("session-6")));
    }
}

void tst_SessionRepository::damagedSummaryCacheIsRebuilt()
{
    copyLegacyFixturesTo(m_dir->sessions());
    {
        SessionRepository repo(*m_dir);
        QVERIFY(repo.open());
    }
    QByteArray cache = readFileBytes(m_dir->summaryCache());
    QVERIFY(cache.size() > 100);
    QVERIFY(writeFileBytes(m_dir->summaryCache(), cache.left(cache.size() / 2)));
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    QCOMPARE(repo.count(), 6);
    QCOMPARE(repo.openReport().sessionsRead, 6);
    QVERIFY(repo.openReport().quarantined.isEmpty());
}

void tst_SessionRepository::removeMovesToTrash()
{
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    const QString id = repo.save(SessionFactory::make()).value().id;
    const QByteArray bytes = readFileBytes(m_dir->sessions() + QLatin1Char('/') + id + QStringLiteral(".json"));

    QVERIFY(repo.remove(id).ok());
    QVERIFY(!repo.exists(id));
    QVERIFY(!repo.load(id).ok());
    QVERIFY(filesIn(m_dir->sessions()).isEmpty());
    const QStringList trash = QDir(m_dir->trash()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(trash.size(), 1);
    QVERIFY(trash.first().startsWith(QLatin1StringView("deleted-")));
    QCOMPARE(readFileBytes(m_dir->trash() + QLatin1Char('/') + trash.first() + QLatin1Char('/') + id + QStringLiteral(".json")), bytes);

    const Status again = repo.remove(id);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1StringView("no session")), qPrintable(again.error()));
}

void tst_SessionRepository::expired_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("override");
    QTest::addColumn<QStringList>("expected");

    // Sessions start at day 0 (7 days), day 10 (30 days) and day 20 (30 days).
    QTest::newRow("nothing yet") << 5 * Day << 0 << QStringList();
    QTest::newRow("last millisecond kept") << 7 * Day << 0 << QStringList();
    QTest::newRow("first one gone") << 7 * Day + 1 << 0 << QStringList{QStringLiteral("a")};
    QTest::newRow("two gone") << 41 * Day << 0 << QStringList{QStringLiteral("b"), QStringLiteral("a")};
    QTest::newRow("today's setting of one day") << 12 * Day << 1 << QStringList{QStringLiteral("b"), QStringLiteral("a")};
    QTest::newRow("today's setting of 365 days") << 41 * Day << 365 << QStringList();
}

void tst_SessionRepository::expired()
{
    QFETCH(qint64, now);
    QFETCH(int, override);
    QFETCH(QStringList, expected);

    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    const QList<std::pair<QString, std::pair<qint64, int>>> sessions{
        {QStringLiteral("a"), {0, 7}}, {QStringLiteral("b"), {10 * Day, 30}}, {QStringLiteral("c"), {20 * Day, 30}}};
    for (const auto &[id, when] : sessions) {
        Session s = SessionFactory::make(1, 100, when.first);
        s.id = id;
        s.retentionDays = when.second;
        QVERIFY(repo.save(s).ok());
    }
    QStringList ids;
    for (const SessionSummary &s : repo.expired(now, override ? std::optional<int>(override) : std::nullopt))
        ids.append(s.id);
    QCOMPARE(ids, expected);
}

void tst_SessionRepository::secondWriterIsRefusedButReadersWork()
{
    SessionRepository writer(*m_dir);
    QVERIFY(writer.open());
    QVERIFY(writer.save(SessionFactory::make()).ok());
    const QByteArray broken("not json");
    QVERIFY(writeFileBytes(m_dir->sessions() + QStringLiteral("/broken.json"), broken));

    SessionRepository second(*m_dir);
    const Status refused = second.open(SessionRepository::Access::Exclusive);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1StringView("in use")), qPrintable(refused.error()));

    SessionRepository reader(*m_dir);
    QVERIFY(reader.open(SessionRepository::Access::ReadOnly));
    QCOMPARE(reader.count(), 1);
    QCOMPARE(reader.openReport().unreadable.size(), 1);
    QVERIFY(!reader.save(SessionFactory::make()).ok());
    // A reader leaves the writer's files alone, even the unreadable one.
    QCOMPARE(readFileBytes(m_dir->sessions() + QStringLiteral("/broken.json")), broken);
}

void tst_SessionRepository::importCopiesOnceAndKeepsDifferentSessionsApart()
{
    const QString electron = m_temp->filePath(QStringLiteral("electron-a"));
    copyLegacyFixturesTo(electron);
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());

    Result<ImportReport> first = repo.importSessions(electron);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->imported, 6);
    QCOMPARE(first->skipped, 0);
    QCOMPARE(repo.count(), 6);
    QCOMPARE(repo.summary(QStringLiteral("session-2"))->submissionStatus, SubmissionStatus::Submitted);

    Result<ImportReport> second = repo.importSessions(electron);
    QCOMPARE(second->imported, 0);
    QCOMPARE(second->skipped, 6);

    // The Electron app restarted its counter: another folder's session-1 is another session.
    const QString otherFolder = m_temp->filePath(QStringLiteral("electron-b"));
    QVERIFY(QDir().mkpath(otherFolder));
    Session other = SessionFactory::make(1, 300, 1'795'000'000'000);
    other.id = QStringLiteral("session-1");
    other.sessionNumber = 1;
    QVERIFY(writeFileBytes(otherFolder + QStringLiteral("/session-1.json"), SessionCodec::encode(other)));
    Result<ImportReport> third = repo.importSessions(otherFolder);
    QCOMPARE(third->imported, 1);
    QCOMPARE(third->renamed.size(), 1);
    QCOMPARE(repo.count(), 7);
    QCOMPARE(repo.load(QStringLiteral("session-1")).value().startTime, 1'793'000'000'000);
    QCOMPARE(repo.importSessions(otherFolder)->imported, 0);
}

void tst_SessionRepository::importQuarantinesUnreadableFilesWithoutTouchingThem()
{
    const QString source = m_temp->filePath(QStringLiteral("source"));
    copyLegacyFixturesTo(source);
    const QByteArray truncated = readFileBytes(source + QStringLiteral("/session-2.json")).left(500);
    QVERIFY(writeFileBytes(source + QStringLiteral("/session-2.json"), truncated));

    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    const ImportReport report = repo.importSessions(source).value();
    QCOMPARE(report.imported, 5);
    QCOMPARE(report.quarantined.size(), 1);
    QCOMPARE(readFileBytes(source + QStringLiteral("/session-2.json")), truncated);
    QCOMPARE(readFileBytes(report.quarantined.first().movedTo), truncated);
    // Running again quarantines the same file again in the report, without a second copy.
    QCOMPARE(repo.importSessions(source)->quarantined.size(), 1);
    QCOMPARE(QDir(m_dir->quarantine()).entryList({QStringLiteral("session-2.json*")}, QDir::Files).size(), 1);
}

void tst_SessionRepository::unsafeIdsAreRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("parent") << QStringLiteral("../outside");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("nested") << QStringLiteral("a/../../b");
    QTest::newRow("hidden") << QStringLiteral(".summaries");
}

void tst_SessionRepository::unsafeIdsAreRefused()
{
    QFETCH(QString, id);
    const QString sentinel = m_temp->filePath(QStringLiteral("outside.json"));
    QVERIFY(writeFileBytes(sentinel, "keep"));
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    Session s = SessionFactory::make();
    s.id = id;
    QVERIFY(!repo.save(s).ok());
    QVERIFY(!repo.load(id).ok());
    QVERIFY(!repo.remove(id).ok());
    QVERIFY(!repo.exists(id));
    QCOMPARE(readFileBytes(sentinel), QByteArray("keep"));
    QVERIFY(filesIn(m_dir->sessions()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SessionRepository)
#include "tst_sessionrepository.moc"

#include "datadirectory.h"
#include "retentioncleanup.h"
#include "sessioncodec.h"
#include "sessionfactory.h"
#include "sessionrepository.h"
#include "testdata.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

class tst_RetentionCleanup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void expiryBoundary_data();
    void expiryBoundary();
    void movesExpiredFilesToTheTrashUnchanged();
    void purgesTrashAfterSevenDays_data();
    void purgesTrashAfterSevenDays();
    void purgeNeverFollowsLinksOutOfTheTrash();
    void dryRunChangesNothingAndPredictsTheRealRun();
    void changedRetentionAppliesToStoredSessions();
    void failuresAreRecordedAndTheRunGoesOn_data();
    void failuresAreRecordedAndTheRunGoesOn();
    void needsAWritableStoreUnlessDry();
    void trashNames_data();
    void trashNames();

private:
    QString saveSession(SessionRepository &repo, qint64 startTime, SubmissionStatus status, int retentionDays = 30);
    QString sessionPath(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<DataDirectory> m_dir;
};

namespace {

constexpr qint64 Day = 86'400'000;
constexpr qint64 Hour = 3'600'000;
// A whole second, so the times in trash folder names are exact.
constexpr qint64 Start = 1'790'000'000'000;

// Everything under root, links not followed: type, size, permissions and modification time.
QStringList treeListing(const QString &root)
{
    QStringList listing;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
            listing.append(path + QStringLiteral(" (gone)"));
            continue;
        }
        listing.append(QStringLiteral("%1 mode=%2 size=%3 mtime=%4.%5")
                           .arg(QDir(root).relativeFilePath(path))
                           .arg(st.st_mode, 0, 8)
                           .arg(S_ISDIR(st.st_mode) ? 0 : qint64(st.st_size))
                           .arg(qint64(st.st_mtim.tv_sec))
                           .arg(qint64(st.st_mtim.tv_nsec)));
    }
    listing.sort();
    return listing;
}

QStringList subfolders(const QString &folder)
{
    return QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

void setModified(const QString &path, qint64 ms)
{
    const timespec times[2] = {{time_t(ms / 1000), long(ms % 1000) * 1'000'000},
                               {time_t(ms / 1000), long(ms % 1000) * 1'000'000}};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW), 0);
}

// A trash entry as the store leaves one: a folder with a session file and a nested folder.
void makeTrashFolder(const QString &path)
{
    QVERIFY(QDir().mkpath(path + QStringLiteral("/nested")));
    QVERIFY(writeFileBytes(path + QStringLiteral("/session-1.json"), "{}"));
    QVERIFY(writeFileBytes(path + QStringLiteral("/nested/session-2.json"), "{}"));
}

QString deletedFolderName(qint64 ms)
{
    return QStringLiteral("deleted-")
        + QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

CleanupReport runCleanup(SessionRepository &repo, const CleanupPolicy &policy, qint64 now)
{
    Result<CleanupReport> report = RetentionCleanup::run(repo, policy, now);
    if (!report)
        qWarning("%s", qPrintable(report.error()));
    return report ? report.value() : CleanupReport{};
}

} // namespace

void tst_RetentionCleanup::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = std::make_unique<DataDirectory>(m_temp->filePath(QStringLiteral("data")));
}

QString tst_RetentionCleanup::saveSession(SessionRepository &repo, qint64 startTime, SubmissionStatus status, int retentionDays)
{
    static int seed = 0;
    Session session = SessionFactory::make(2, 400, startTime, ++seed);
    session.submissionStatus = status;
    session.retentionDays = retentionDays;
    const Result<SessionSummary> saved = repo.save(session);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error()));
        return {};
    }
    return saved->id;
}

QString tst_RetentionCleanup::sessionPath(const QString &id) const
{
    return m_dir->sessions() + QLatin1Char('/') + id + QStringLiteral(".json");
}

void tst_RetentionCleanup::expiryBoundary_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("purgeUnsubmitted");
    QTest::addColumn<qint64>("offset"); // now minus startTime + retention
    QTest::addColumn<bool>("moved");
    QTest::addColumn<bool>("keptUnsubmitted");

    const QList<std::pair<SubmissionStatus, const char *>> statuses{{SubmissionStatus::Pending, "pending"},
                                                                    {SubmissionStatus::Submitted, "submitted"},
                                                                    {SubmissionStatus::Failed, "failed"},
                                                                    {SubmissionStatus::Ignored, "ignored"}};
    const QList<std::pair<qint64, const char *>> offsets{{-1, "1 ms before the limit"},
                                                         {0, "exactly at the limit"},
                                                         {1, "1 ms after the limit"}};
    for (const auto &[status, statusName] : statuses) {
        const bool unsubmitted = status == SubmissionStatus::Pending || status == SubmissionStatus::Failed;
        for (const bool purge : {false, true}) {
            for (const auto &[offset, offsetName] : offsets) {
                const bool expired = offset > 0;
                QTest::addRow("%s, purgeUnsubmitted %s, %s", statusName, purge ? "on" : "off", offsetName)
                    << int(status) << purge << offset << (expired && (!unsubmitted || purge))
                    << (expired && unsubmitted && !purge);
            }
        }
    }
}

void tst_RetentionCleanup::expiryBoundary()
{
    QFETCH(int, status);
    QFETCH(bool, purgeUnsubmitted);
    QFETCH(qint64, offset);
    QFETCH(bool, moved);
    QFETCH(bool, keptUnsubmitted);

    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    const QString id = saveSession(repo, Start, SubmissionStatus(status));
    QVERIFY(!id.isEmpty());
    const qint64 now = Start + 10 * Day + offset;

    const CleanupReport report = runCleanup(repo, {10, purgeUnsubmitted, false}, now);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.sessions, moved ? QStringList{id} : QStringList());
    QCOMPARE(report.filesDeleted, moved ? 1 : 0);
    QCOMPARE(report.keptUnsubmitted, keptUnsubmitted ? 1 : 0);
    QCOMPARE(repo.exists(id), !moved);
    QCOMPARE(QFileInfo::exists(sessionPath(id)), !moved);
    QCOMPARE(report.filesInTrash, moved ? 1 : 0);
    QCOMPARE(report.startTime, now);
}

void tst_RetentionCleanup::movesExpiredFilesToTheTrashUnchanged()
{
    const qint64 now = Start + 31 * Day;
    QStringList gone;
    QString fresh;
    QHash<QString, QByteArray> bytes;
    qint64 totalBytes = 0;
    {
        SessionRepository repo(*m_dir);
        repo.setClock([] { return Start; });
        QVERIFY(repo.open());
        for (int i = 0; i < 3; ++i)
            gone.prepend(saveSession(repo, Start + i, SubmissionStatus::Submitted)); // newest first
        fresh = saveSession(repo, now - Day, SubmissionStatus::Submitted);
        for (const QString &id : std::as_const(gone)) {
            bytes.insert(id, readFileBytes(sessionPath(id)));
            totalBytes += QFileInfo(sessionPath(id)).size();
            QCOMPARE(modeOf(sessionPath(id)), 0600);
        }

        const CleanupReport report = runCleanup(repo, {30, false, false}, now);
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.sessions, gone);
        QCOMPARE(report.filesDeleted, 3);
        QCOMPARE(report.bytesFreed, totalBytes);
        QCOMPARE(report.filesInTrash, 3);
        QCOMPARE(report.keptUnsubmitted, 0);
        QVERIFY(!report.dryRun);
        QCOMPARE(report.startTime, now);
        QVERIFY(report.endTime >= report.startTime);

        const QString folder = m_dir->trash() + QStringLiteral("/cleanup-")
            + QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QCOMPARE(report.trashFolder, folder);
        QCOMPARE(modeOf(folder), 0700);
        for (const QString &id : std::as_const(gone)) {
            QVERIFY(!repo.exists(id));
            QVERIFY(!QFileInfo::exists(sessionPath(id)));
            const QString inTrash = folder + QLatin1Char('/') + id + QStringLiteral(".json");
            QCOMPARE(readFileBytes(inTrash), bytes.value(id));
            QCOMPARE(modeOf(inTrash), 0600);
        }
        QCOMPARE(repo.count(), 1);
        QVERIFY(repo.exists(fresh));

        const QJsonObject json = report.toJson();
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("bytesFreed"), QStringLiteral("dryRun"), QStringLiteral("endTime"),
                                    QStringLiteral("filesDeleted"), QStringLiteral("filesInTrash"),
                                    QStringLiteral("keptUnsubmitted"), QStringLiteral("sessions"),
                                    QStringLiteral("startTime")}));
        QCOMPARE(json.value(QStringLiteral("bytesFreed")).toInteger(), totalBytes);
        QCOMPARE(json.value(QStringLiteral("startTime")).toInteger(), now);
        QCOMPARE(json.value(QStringLiteral("sessions")).toArray(), QJsonArray::fromStringList(gone));

        // A second run in the same second makes a folder of its own.
        const QString next = saveSession(repo, Start + 5, SubmissionStatus::Ignored);
        const CleanupReport again = runCleanup(repo, {30, false, false}, now);
        QCOMPARE(again.sessions, QStringList{next});
        QCOMPARE(again.trashFolder, folder + QStringLiteral(".1"));
        QCOMPARE(again.filesInTrash, 4);
    }
    // What the store wrote agrees: a new one finds only the fresh session.
    SessionRepository reopened(*m_dir);
    QVERIFY(reopened.open());
    QCOMPARE(reopened.count(), 1);
    QVERIFY(reopened.exists(fresh));
    QCOMPARE(reopened.openReport().quarantined.size(), 0);
}

void tst_RetentionCleanup::purgesTrashAfterSevenDays_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("age");
    QTest::addColumn<bool>("purged");

    for (const QString &kind : {QStringLiteral("cleanup"), QStringLiteral("deleted"), QStringLiteral("by mtime")}) {
        const QByteArray k = kind.toUtf8();
        QTest::addRow("%s, 1 day old", k.constData()) << kind << 1 * Day << false;
        QTest::addRow("%s, 6 days 23 hours old", k.constData()) << kind << 7 * Day - Hour << false;
        QTest::addRow("%s, exactly 7 days old", k.constData()) << kind << 7 * Day << false;
        QTest::addRow("%s, 7 days and 1 ms old", k.constData()) << kind << 7 * Day + 1 << true;
        QTest::addRow("%s, 300 days old", k.constData()) << kind << 300 * Day << true;
    }
}

void tst_RetentionCleanup::purgesTrashAfterSevenDays()
{
    QFETCH(QString, kind);
    QFETCH(qint64, age);
    QFETCH(bool, purged);

    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    const qint64 trashedAt = Start;
    QString name;
    if (kind == QLatin1StringView("cleanup"))
        name = RetentionCleanup::trashFolderName(trashedAt);
    else if (kind == QLatin1StringView("deleted"))
        name = deletedFolderName(trashedAt);
    else
        name = QStringLiteral("put-here-by-hand");
    const QString folder = m_dir->trash() + QLatin1Char('/') + name;
    makeTrashFolder(folder);
    if (kind == QLatin1StringView("by mtime"))
        setModified(folder, trashedAt);
    // A recent folder next to it always stays.
    makeTrashFolder(m_dir->trash() + QLatin1Char('/') + RetentionCleanup::trashFolderName(trashedAt + age));

    const CleanupReport report = runCleanup(repo, {}, trashedAt + age);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(QFileInfo::exists(folder), !purged);
    QCOMPARE(subfolders(m_dir->trash()).size(), purged ? 1 : 2);
    QCOMPARE(report.filesInTrash, purged ? 2 : 4);
    QCOMPARE(report.filesDeleted, 0);
    QVERIFY(report.sessions.isEmpty());
}

void tst_RetentionCleanup::purgeNeverFollowsLinksOutOfTheTrash()
{
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    const QString outside = m_temp->filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside + QStringLiteral("/inner")));
    QVERIFY(writeFileBytes(outside + QStringLiteral("/keep.txt"), "precious"));
    QVERIFY(writeFileBytes(outside + QStringLiteral("/inner/keep.txt"), "precious"));

    const QString old = m_dir->trash() + QLatin1Char('/') + RetentionCleanup::trashFolderName(Start);
    makeTrashFolder(old);
    QVERIFY(QFile::link(outside, old + QStringLiteral("/folder-link")));
    QVERIFY(QFile::link(outside + QStringLiteral("/keep.txt"), old + QStringLiteral("/nested/file-link")));
    // A link directly in the trash, old by its own time: removed itself, its target kept.
    const QString topLink = m_dir->trash() + QStringLiteral("/top-link");
    QVERIFY(QFile::link(outside, topLink));
    setModified(topLink, Start);
    const QStringList outsideBefore = treeListing(outside);

    const CleanupReport report = runCleanup(repo, {}, Start + 8 * Day);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    QVERIFY(!QFileInfo::exists(old));
    QVERIFY(!QFileInfo(topLink).isSymLink());
    QCOMPARE(report.filesInTrash, 0);
    QCOMPARE(treeListing(outside), outsideBefore);
    QCOMPARE(readFileBytes(outside + QStringLiteral("/inner/keep.txt")), QByteArray("precious"));
}

void tst_RetentionCleanup::dryRunChangesNothingAndPredictsTheRealRun()
{
    const qint64 now = Start + 40 * Day;
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    const QString submitted = saveSession(repo, Start + 2, SubmissionStatus::Submitted);
    const QString ignored = saveSession(repo, Start + 1, SubmissionStatus::Ignored);
    saveSession(repo, Start, SubmissionStatus::Pending);
    saveSession(repo, Start, SubmissionStatus::Failed);
    saveSession(repo, now - Day, SubmissionStatus::Submitted);
    makeTrashFolder(m_dir->trash() + QLatin1Char('/') + deletedFolderName(now - 10 * Day)); // purged
    makeTrashFolder(m_dir->trash() + QLatin1Char('/') + deletedFolderName(now - 2 * Day));  // kept
    QVERIFY(repo.flushSummaryCache());
    const qint64 expectedBytes = QFileInfo(sessionPath(submitted)).size() + QFileInfo(sessionPath(ignored)).size();

    const QStringList before = treeListing(m_dir->root());
    const CleanupReport dry = runCleanup(repo, {30, false, true}, now);
    QCOMPARE(treeListing(m_dir->root()), before);
    QCOMPARE(repo.count(), 5);
    QVERIFY(dry.dryRun);
    QVERIFY(dry.errors.isEmpty());
    QCOMPARE(dry.sessions, (QStringList{submitted, ignored}));
    QCOMPARE(dry.filesDeleted, 2);
    QCOMPARE(dry.bytesFreed, expectedBytes);
    QCOMPARE(dry.keptUnsubmitted, 2);
    QCOMPARE(dry.filesInTrash, 2 + 2);
    QCOMPARE(dry.toJson().value(QStringLiteral("dryRun")).toBool(), true);

    const CleanupReport real = runCleanup(repo, {30, false, false}, now);
    QVERIFY(!real.dryRun);
    QCOMPARE(real.sessions, dry.sessions);
    QCOMPARE(real.filesDeleted, dry.filesDeleted);
    QCOMPARE(real.bytesFreed, dry.bytesFreed);
    QCOMPARE(real.keptUnsubmitted, dry.keptUnsubmitted);
    QCOMPARE(real.filesInTrash, dry.filesInTrash);
    QCOMPARE(repo.count(), 3);
    QVERIFY(treeListing(m_dir->root()) != before);
}

void tst_RetentionCleanup::changedRetentionAppliesToStoredSessions()
{
    const qint64 now = Start + 15 * Day;
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    const QString kept30 = saveSession(repo, now - 9 * Day, SubmissionStatus::Submitted, 30);
    const QString old30 = saveSession(repo, Start, SubmissionStatus::Submitted, 30);
    // Saved with a shorter retention than today's: today's setting keeps it.
    const QString young5 = saveSession(repo, now - 9 * Day + 1, SubmissionStatus::Submitted, 5);

    const CleanupReport unchanged = runCleanup(repo, {30, false, false}, now);
    QVERIFY(unchanged.sessions.isEmpty());

    const CleanupReport shortened = runCleanup(repo, {10, false, false}, now);
    QCOMPARE(shortened.sessions, QStringList{old30});
    QVERIFY(repo.exists(kept30));
    QVERIFY(repo.exists(young5));
    // Survivors keep their files as they were: the policy decides, nothing is rewritten.
    QCOMPARE(repo.summary(kept30)->retentionDays, 30);
    QCOMPARE(SessionCodec::decode(readFileBytes(sessionPath(young5)), young5).value().retentionDays, 5);

    // Out-of-range settings are clamped, never "delete everything now".
    const CleanupReport zero = runCleanup(repo, {0, false, true}, now);
    QCOMPARE(zero.sessions, (QStringList{young5, kept30}));
}

void tst_RetentionCleanup::failuresAreRecordedAndTheRunGoesOn_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("the trash is a file") << QStringLiteral("trash file");
    // A read-only trash is no failure: the store makes its folders 0700 again.
    QTest::newRow("the sessions folder is read-only") << QStringLiteral("sessions read-only");
    QTest::newRow("a session file vanished") << QStringLiteral("vanished");
}

void tst_RetentionCleanup::failuresAreRecordedAndTheRunGoesOn()
{
    QFETCH(QString, failure);
    if (failure == QLatin1StringView("sessions read-only") && ::geteuid() == 0)
        QSKIP("permissions do not stop root");

    const qint64 now = Start + 31 * Day;
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    const QString a = saveSession(repo, Start + 1, SubmissionStatus::Submitted);
    const QString b = saveSession(repo, Start, SubmissionStatus::Submitted);
    QStringList expectedMoved;
    QStringList expectedKept;
    if (failure == QLatin1StringView("trash file")) {
        QVERIFY(writeFileBytes(m_dir->trash(), "not a folder"));
        expectedKept = {a, b};
    } else if (failure == QLatin1StringView("sessions read-only")) {
        QVERIFY(QFile::setPermissions(m_dir->sessions(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        expectedKept = {a, b};
    } else {
        QVERIFY(QFile::remove(sessionPath(a)));
        expectedMoved = {b};
    }

    const Result<CleanupReport> result = RetentionCleanup::run(repo, {30, false, false}, now);
    if (failure == QLatin1StringView("sessions read-only"))
        QFile::setPermissions(m_dir->sessions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(result.ok());
    const CleanupReport &report = result.value();
    QVERIFY(!report.errors.isEmpty());
    QCOMPARE(report.toJson().value(QStringLiteral("errors")).toArray().size(), report.errors.size());
    QCOMPARE(report.sessions, expectedMoved);
    for (const QString &id : std::as_const(expectedKept)) {
        QVERIFY(repo.exists(id));
        QVERIFY(QFileInfo::exists(sessionPath(id)));
    }
    if (failure == QLatin1StringView("sessions read-only"))
        QCOMPARE(report.errors.size(), 2); // one for each session, and no stop after the first
    if (failure == QLatin1StringView("vanished")) {
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(a), qPrintable(report.errors.first()));
        QVERIFY(!repo.exists(b));
    }
}

void tst_RetentionCleanup::needsAWritableStoreUnlessDry()
{
    SessionRepository closed(*m_dir);
    QVERIFY(!RetentionCleanup::run(closed, {}, Start).ok());

    SessionRepository writer(*m_dir);
    QVERIFY(writer.open());
    const QString id = saveSession(writer, Start, SubmissionStatus::Submitted);
    SessionRepository reader(*m_dir);
    QVERIFY(reader.open(SessionRepository::Access::ReadOnly));
    const Result<CleanupReport> real = RetentionCleanup::run(reader, {}, Start + 31 * Day);
    QVERIFY(!real.ok());
    QVERIFY2(real.error().contains(QLatin1StringView("read-only")), qPrintable(real.error()));
    const Result<CleanupReport> dry = RetentionCleanup::run(reader, {30, false, true}, Start + 31 * Day);
    QVERIFY(dry.ok());
    QCOMPARE(dry->sessions, QStringList{id});
    QVERIFY(QFileInfo::exists(sessionPath(id)));
}

void tst_RetentionCleanup::trashNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("time"); // -1: not a dated name

    const qint64 t = QDateTime(QDate(2026, 11, 24), QTime(15, 30, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("cleanup") << QStringLiteral("cleanup-20261124T153000Z") << t;
    QTest::newRow("cleanup, second of the same second") << QStringLiteral("cleanup-20261124T153000Z.1") << t;
    QTest::newRow("deleted") << QStringLiteral("deleted-20261124-153000") << t;
    QTest::newRow("deleted, suffixed") << QStringLiteral("deleted-20261124-153000.12") << t;
    QTest::newRow("no such month") << QStringLiteral("cleanup-20261324T153000Z") << qint64(-1);
    QTest::newRow("by hand") << QStringLiteral("old stuff") << qint64(-1);
    QTest::newRow("trailing text") << QStringLiteral("cleanup-20261124T153000Z-x") << qint64(-1);
}

void tst_RetentionCleanup::trashNames()
{
    QFETCH(QString, name);
    QFETCH(qint64, time);
    const std::optional<qint64> parsed = RetentionCleanup::timeFromTrashName(name);
    QCOMPARE(parsed.value_or(-1), time);
    if (time >= 0)
        QCOMPARE(RetentionCleanup::timeFromTrashName(RetentionCleanup::trashFolderName(time + 999)).value_or(-1), time);
}

QTEST_GUILESS_MAIN(tst_RetentionCleanup)
#include "tst_retentioncleanup.moc"

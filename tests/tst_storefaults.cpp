// The store against real failures: a disk that is full, a folder that is read-only, files that are
// damaged or hostile, ids that try to leave the data folder. The full and read-only disks are a
// real tmpfs (SmallDisk), so the errors come from the kernel, not from a mock.

#include "datadirectory.h"
#include "sessioncodec.h"
#include "sessionfactory.h"
#include "sessionrepository.h"
#include "sessionstore.h"
#include "sessionsummary.h"
#include "smalldisk.h"
#include "testdata.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <sys/stat.h>

using namespace std::chrono_literals;

class tst_StoreFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void diskFull_data();
    void diskFull();
    void diskFullThroughStore();
    void readOnlyFolder();
    void shutdownWithUnsavedSessions_data();
    void shutdownWithUnsavedSessions();
    void damagedFilesAreQuarantined_data();
    void damagedFilesAreQuarantined();
    void idsCannotLeaveTheFolder_data();
    void idsCannotLeaveTheFolder();
    void filesAndFoldersArePrivate();
};

namespace {

constexpr qint64 DiskBytes = 512 * 1024;

// Every file below folder (recursively, hidden ones too) with its bytes, by relative path.
using Snapshot = QMap<QString, QByteArray>;

Snapshot snapshot(const QString &folder)
{
    Snapshot files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readFileBytes(path));
    }
    return files;
}

QString differences(const Snapshot &before, const Snapshot &after)
{
    QStringList lines;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            lines.append(QStringLiteral("gone: ") + it.key());
        else if (after.value(it.key()) != it.value())
            lines.append(QStringLiteral("changed: ") + it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            lines.append(QStringLiteral("new: ") + it.key());
    }
    return lines.join(QStringLiteral("; "));
}

QString sessionPath(const DataDirectory &dir, const QString &id)
{
    return dir.sessions() + QLatin1Char('/') + id + QStringLiteral(".json");
}

int permissionsOf(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Three small sessions saved the ordinary way; their ids, or fewer when a save failed.
QStringList saveSamples(SessionRepository &repository)
{
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        Result<SessionSummary> saved = repository.save(SessionFactory::make(1, 300, 1'790'000'000'000 + i, i));
        if (!saved) {
            qWarning("saving a sample failed: %s", qPrintable(saved.error()));
            break;
        }
        ids.append(saved->id);
    }
    return ids;
}

QString octal(int mode)
{
    return QString::number(mode, 8);
}

// The data folder on the ordinary disk with some of its folders on the small one, through
// symbolic links. A repository keeps its lock file open for writing, and the kernel refuses to
// remount a file system read-only while a file on it is open for writing (EBUSY): with the lock
// elsewhere, the small disk can turn read-only under an open store.
bool placeOnDisk(const DataDirectory &dir, const SmallDisk &disk, const QStringList &folders)
{
    if (!QDir().mkpath(dir.root()))
        return false;
    for (const QString &folder : folders) {
        const QString target = disk.path() + QLatin1Char('/') + folder;
        if (!QDir().mkpath(target) || !QFile::link(target, dir.root() + QLatin1Char('/') + folder))
            return false;
    }
    return true;
}

QList<SessionSummary> summariesIn(const QSignalSpy &spy, int argument = 0)
{
    QList<SessionSummary> list;
    for (const QList<QVariant> &call : spy)
        list.append(call.at(argument).value<SessionSummary>());
    return list;
}

QList<QByteArray> bytesOf(const QList<Element> &elements)
{
    QList<QByteArray> list;
    for (const Element &e : elements)
        list.append(e.bytes);
    return list;
}

bool containsId(const QList<SessionSummary> &summaries, const QString &id)
{
    return std::any_of(summaries.cbegin(), summaries.cend(), [&](const SessionSummary &s) { return s.id == id; });
}

// Sets an environment variable for one scope.
class EnvironmentOverride
{
public:
    EnvironmentOverride(const char *name, const QByteArray &value)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_previous(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvironmentOverride()
    {
        if (m_wasSet)
            qputenv(m_name, m_previous);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(EnvironmentOverride)

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_previous;
};

class UmaskOverride
{
public:
    explicit UmaskOverride(mode_t mask) : m_previous(::umask(mask)) {}
    ~UmaskOverride() { ::umask(m_previous); }
    Q_DISABLE_COPY_MOVE(UmaskOverride)

private:
    mode_t m_previous;
};

// A valid schema-2 file for id, to damage in one place.
QByteArray validFile(const QString &id)
{
    Session s = SessionFactory::make(2, 300, 1'790'000'000'000, 7);
    s.id = id;
    s.sessionNumber = 7;
    s.savedAt = 1'790'000'100'000;
    return SessionCodec::encode(s);
}

QByteArray changed(const QByteArray &json, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    change(o);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray withFirstElementChanged(const QByteArray &json, const std::function<void(QJsonObject &)> &change)
{
    return changed(json, [&](QJsonObject &o) {
        QJsonArray elements = o.value(QLatin1StringView("elements")).toArray();
        QJsonObject first = elements.at(0).toObject();
        change(first);
        elements[0] = first;
        o.insert(QStringLiteral("elements"), elements);
    });
}

} // namespace

void tst_StoreFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Session>();
    qRegisterMetaType<SessionSummary>();
    qRegisterMetaType<QList<SessionSummary>>();
    qRegisterMetaType<RecoveryReport>();
}

// ---------------------------------------------------------------------------------------------

void tst_StoreFaults::diskFull_data()
{
    QTest::addColumn<bool>("resave");
    QTest::addColumn<int>("messageBytes");

    // Below 16 KiB QSaveFile buffers the whole file and only finds out at commit(); above it, write() fails.
    QTest::newRow("new small session") << false << 300;
    QTest::newRow("new large session") << false << 8000;
    QTest::newRow("small re-save of a saved session") << true << 300;
    QTest::newRow("large re-save of a saved session") << true << 8000;
}

void tst_StoreFaults::diskFull()
{
    QFETCH(bool, resave);
    QFETCH(int, messageBytes);

    SmallDisk disk(DiskBytes);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.error()));
    const DataDirectory dir(disk.path() + QStringLiteral("/data"));
    SessionRepository repository(dir);
    QVERIFY(repository.open());
    const QStringList ids = saveSamples(repository);
    QCOMPARE(ids.size(), 3);
    const Snapshot before = snapshot(dir.sessions());
    QCOMPARE(before.size(), 3);

    QVERIFY(disk.fill());

    Session session;
    std::optional<SessionSummary> previous;
    if (resave) {
        Result<Session> loaded = repository.load(ids.at(1));
        QVERIFY2(loaded, qPrintable(loaded.error()));
        session = std::move(loaded).value();
        previous = repository.summary(session.id);
        const Session content = SessionFactory::make(2, messageBytes, session.startTime, 99);
        session.elements = content.elements;
        session.messages = content.messages;
    } else {
        session = SessionFactory::make(2, messageBytes, 1'790'000'500'000, 99);
        session.id = QStringLiteral("session-new");
    }
    session.submissionAttempts = 5;
    session.submissionError = QStringLiteral("LIS unreachable");
    constexpr qsizetype QFileDeviceBuffer = 16 * 1024;
    QCOMPARE(SessionCodec::encode(session).size() < QFileDeviceBuffer, messageBytes < 1000);

    const Result<SessionSummary> refused = repository.save(session);
    // QSaveFile keeps writes under 16 KiB in its buffer and flushes them in commit(), which does
    // not notice that the flush failed (QTBUG-75077): unless flushed first, an empty file would
    // replace the session.
    QVERIFY2(!refused, qPrintable(refused ? QStringLiteral("saved on a full disk; the file now holds %1 bytes")
                                                .arg(QFileInfo(sessionPath(dir, session.id)).size())
                                          : QString()));
    qDebug().noquote() << "error on a full disk:" << refused.error();
    QVERIFY2(refused.error().contains(sessionPath(dir, session.id)), qPrintable(refused.error()));

    // No partial file, no temporary file, and the saved sessions are as they were.
    const QString diff = differences(before, snapshot(dir.sessions()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(repository.summary(session.id), previous);
    QCOMPARE(repository.count(), 3);

    QVERIFY(QFile::remove(disk.path() + QStringLiteral("/filler")));
    const Result<SessionSummary> saved = repository.save(session);
    QVERIFY2(saved, qPrintable(saved.error()));
    const Result<Session> onDisk = SessionCodec::decode(readFileBytes(sessionPath(dir, session.id)), session.id);
    QVERIFY2(onDisk, qPrintable(onDisk.error()));
    QCOMPARE(onDisk->messages, session.messages);
    QCOMPARE(onDisk->submissionAttempts, 5);
    QCOMPARE(repository.count(), resave ? 3 : 4);
}

void tst_StoreFaults::diskFullThroughStore()
{
    SmallDisk disk(DiskBytes);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.error()));
    const DataDirectory dir(disk.path() + QStringLiteral("/data"));
    SessionStore store(dir);
    QSignalSpy opened(&store, &SessionStore::opened);
    QSignalSpy saved(&store, &SessionStore::saved);
    QSignalSpy saveFailed(&store, &SessionStore::saveFailed);
    QSignalSpy loaded(&store, &SessionStore::sessionLoaded);
    QSignalSpy loadFailed(&store, &SessionStore::sessionLoadFailed);
    store.open();
    QVERIFY(opened.wait());
    store.setRetryInterval(50ms, 200ms);

    store.save(SessionFactory::make(1, 300, 1'790'000'000'000, 1));
    QVERIFY(saved.wait());
    QVERIFY(disk.fill());

    const Session session = SessionFactory::make(2, 2000, 1'790'000'100'000, 2);
    store.save(session);
    QVERIFY(saveFailed.wait());
    const SessionSummary failed = saveFailed.at(0).at(0).value<SessionSummary>();
    const QString error = saveFailed.at(0).at(1).toString();
    qDebug().noquote() << "saveFailed:" << error;
    QVERIFY(failed.unsaved);
    QVERIFY(!failed.id.isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(dir.sessions()), qPrintable(error));
    QCOMPARE(failed.messageCount, 2);
    QCOMPARE(saved.size(), 1);

    // Held in memory meanwhile: whoever opens the session sees it.
    store.requestSession(failed.id);
    QVERIFY(loaded.wait());
    QCOMPARE(loadFailed.size(), 0);
    const Session fromMemory = loaded.at(0).at(0).value<Session>();
    QCOMPARE(fromMemory.id, failed.id);
    QCOMPARE(fromMemory.messages, session.messages);
    QCOMPARE(fromMemory.elements, session.elements);
    QVERIFY(!QFileInfo::exists(sessionPath(dir, failed.id)));

    // The retry after space is freed writes the session.
    QVERIFY(QFile::remove(disk.path() + QStringLiteral("/filler")));
    QTRY_VERIFY_WITH_TIMEOUT(containsId(summariesIn(saved), failed.id), 5000);
    const Result<Session> onDisk = SessionCodec::decode(readFileBytes(sessionPath(dir, failed.id)), failed.id);
    QVERIFY2(onDisk, qPrintable(onDisk.error()));
    QCOMPARE(onDisk->messages, session.messages);
    QCOMPARE(bytesOf(onDisk->elements), bytesOf(session.elements));
    const SessionSummary written = summariesIn(saved).constLast();
    QVERIFY(!written.unsaved);
    QCOMPARE(written.id, failed.id);
}

void tst_StoreFaults::readOnlyFolder()
{
    SmallDisk disk(DiskBytes);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.error()));
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const DataDirectory dir(root.filePath(QStringLiteral("data")));
    QVERIFY(placeOnDisk(dir, disk, {QStringLiteral("sessions"), QStringLiteral("trash")}));

    SessionRepository repository(dir);
    QVERIFY(repository.open());
    const QStringList ids = saveSamples(repository);
    QCOMPARE(ids.size(), 3);
    const Snapshot before = snapshot(disk.path());

    QVERIFY(disk.setReadOnly(true));

    Session fresh = SessionFactory::make(1, 300, 1'790'000'200'000, 20);
    fresh.id = QStringLiteral("session-fresh");
    const Result<SessionSummary> refusedNew = repository.save(fresh);
    QVERIFY(!refusedNew);
    qDebug().noquote() << "new session on a read-only disk:" << refusedNew.error();
    QVERIFY2(refusedNew.error().contains(sessionPath(dir, fresh.id)), qPrintable(refusedNew.error()));

    Result<Session> existing = repository.load(ids.at(0));
    QVERIFY2(existing, qPrintable(existing.error()));
    Session changedSession = existing.value();
    changedSession.submissionAttempts = 3;
    const Result<SessionSummary> refusedResave = repository.save(changedSession);
    QVERIFY(!refusedResave);
    qDebug().noquote() << "re-save on a read-only disk:" << refusedResave.error();
    QVERIFY2(refusedResave.error().contains(sessionPath(dir, changedSession.id)), qPrintable(refusedResave.error()));
    QCOMPARE(repository.summary(changedSession.id)->submissionAttempts, 0);

    const Status refusedRemove = repository.remove(ids.at(2));
    QVERIFY(!refusedRemove);
    qDebug().noquote() << "remove on a read-only disk:" << refusedRemove.error();
    QVERIFY(!refusedRemove.error().isEmpty());
    QVERIFY(repository.exists(ids.at(2)));
    QCOMPARE(repository.count(), 3);

    QString diff = differences(before, snapshot(disk.path()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Writable again: everything works.
    QVERIFY(disk.setReadOnly(false));
    QVERIFY(repository.save(fresh));
    QVERIFY(repository.save(changedSession));
    QCOMPARE(SessionCodec::decode(readFileBytes(sessionPath(dir, changedSession.id)))->submissionAttempts, 3);
    const QByteArray removedBytes = readFileBytes(sessionPath(dir, ids.at(2)));
    const Status removed = repository.remove(ids.at(2));
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(!QFileInfo::exists(sessionPath(dir, ids.at(2))));
    const Snapshot trash = snapshot(dir.trash());
    QCOMPARE(trash.size(), 1);
    QCOMPARE(trash.first(), removedBytes);
    QCOMPARE(repository.count(), 3);
}

void tst_StoreFaults::shutdownWithUnsavedSessions_data()
{
    QTest::addColumn<bool>("unsavedOnReadOnlyDisk");

    QTest::newRow("unsaved/ read-only too: copies go to the temp folder") << true;
    QTest::newRow("unsaved/ writable: copies go there") << false;
}

void tst_StoreFaults::shutdownWithUnsavedSessions()
{
    QFETCH(bool, unsavedOnReadOnlyDisk);

    SmallDisk disk(DiskBytes);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.error()));
    QTemporaryDir root;
    QTemporaryDir tempFolder;
    QVERIFY(root.isValid());
    QVERIFY(tempFolder.isValid());
    const EnvironmentOverride tmpdir("TMPDIR", QFile::encodeName(tempFolder.path()));
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::TempLocation), tempFolder.path());

    const DataDirectory dir(root.filePath(QStringLiteral("data")));
    QStringList onDisk{QStringLiteral("sessions")};
    if (unsavedOnReadOnlyDisk)
        onDisk.append(QStringLiteral("unsaved"));
    QVERIFY(placeOnDisk(dir, disk, onDisk));

    Session kept = SessionFactory::make(1, 300, 1'790'000'000'000, 1);
    Session fresh = SessionFactory::make(2, 500, 1'790'000'100'000, 2);
    fresh.id = QStringLiteral("session-fresh");
    QStringList unsavedPaths;
    {
        SessionStore store(dir);
        QSignalSpy opened(&store, &SessionStore::opened);
        QSignalSpy saved(&store, &SessionStore::saved);
        QSignalSpy saveFailed(&store, &SessionStore::saveFailed);
        QSignalSpy unsaved(&store, &SessionStore::unsavedAtShutdown);
        store.open();
        QVERIFY(opened.wait());
        store.setRetryInterval(50ms, 200ms);
        store.save(kept);
        QVERIFY(saved.wait());
        kept.id = saved.at(0).at(0).value<SessionSummary>().id;
        kept.sessionNumber = saved.at(0).at(0).value<SessionSummary>().sessionNumber;

        QVERIFY(disk.setReadOnly(true));
        kept.submissionAttempts = 4;
        kept.submissionError = QStringLiteral("LIS said no");
        store.save(kept);
        store.save(fresh);
        QTRY_COMPARE(saveFailed.size(), 2);

        store.shutdown();
        // main() calls shutdown() after the event loop has ended, so the report must be delivered
        // by the time shutdown() returns; it is queued from the worker's thread instead.
        QCOMPARE(unsaved.size(), 1);
        unsavedPaths = unsaved.at(0).at(0).toStringList();
        QCOMPARE(saved.size(), 1);
    }

    const QString copies = unsavedOnReadOnlyDisk ? dir.unsavedFallback() : dir.unsaved();
    QVERIFY(copies.startsWith(unsavedOnReadOnlyDisk ? tempFolder.path() : dir.root()));
    unsavedPaths.sort();
    QCOMPARE(unsavedPaths, QStringList({copies + QStringLiteral("/") + kept.id + QStringLiteral(".json"),
                                        copies + QStringLiteral("/session-fresh.json")}));
    for (const Session &expected : {kept, fresh}) {
        const QString path = copies + QLatin1Char('/') + expected.id + QStringLiteral(".json");
        const Result<Session> copy = SessionCodec::decode(readFileBytes(path), expected.id);
        QVERIFY2(copy, qPrintable(path + QStringLiteral(": ") + copy.error()));
        QCOMPARE(copy->messages, expected.messages);
        QCOMPARE(copy->submissionAttempts, expected.submissionAttempts);
        QCOMPARE(permissionsOf(path), 0600);
    }

    // The next start on a writable folder takes the copies back into the store.
    QVERIFY(disk.setReadOnly(false));
    SessionRepository repository(dir);
    QVERIFY(repository.open());
    QStringList restored = repository.openReport().unsavedRestored;
    restored.sort();
    QStringList expectedRestored{kept.id, fresh.id};
    expectedRestored.sort();
    QCOMPARE(restored, expectedRestored);
    QCOMPARE(repository.summary(kept.id)->submissionAttempts, 4);
    QCOMPARE(repository.summary(kept.id)->submissionError, QStringLiteral("LIS said no"));
    QVERIFY(repository.exists(fresh.id));
    QCOMPARE(SessionCodec::decode(readFileBytes(sessionPath(dir, fresh.id)), fresh.id)->messages, fresh.messages);
    QCOMPARE(snapshot(dir.unsaved()).size(), 0);
    QCOMPARE(snapshot(dir.unsavedFallback()).size(), 0);
}

// ---------------------------------------------------------------------------------------------

void tst_StoreFaults::damagedFilesAreQuarantined_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("inPlace"); // overwrites a valid session the summary cache knows

    const QString name = QStringLiteral("session-bad.json");
    const QByteArray valid = validFile(QStringLiteral("session-bad"));
    QVERIFY(SessionCodec::decode(valid, QStringLiteral("session-bad")));

    QTest::newRow("not JSON") << name << QByteArray("this is not JSON {\"id\": ") << false;
    QTest::newRow("truncated at half") << name << valid.left(valid.size() / 2) << false;
    QTest::newRow("truncated in place after it was cached") << name << valid.left(valid.size() / 2) << true;
    QTest::newRow("empty") << name << QByteArray() << false;
    QTest::newRow("emptied in place after it was cached") << name << QByteArray() << true;
    QTest::newRow("JSON array") << name << QByteArray("[") + valid + "]" << false;
    QTest::newRow("id does not match the file name")
        << name << changed(valid, [](QJsonObject &o) { o.insert(QStringLiteral("id"), QStringLiteral("session-other")); })
        << false;
    QTest::newRow("id climbs out of the folder")
        << name << changed(valid, [](QJsonObject &o) { o.insert(QStringLiteral("id"), QStringLiteral("../../etc/passwd")); })
        << false;
    QTest::newRow("unknown submissionStatus")
        << name << changed(valid, [](QJsonObject &o) { o.insert(QStringLiteral("submissionStatus"), QStringLiteral("maybe")); })
        << false;
    QTest::newRow("rawBytes with 300") << name << withFirstElementChanged(valid, [](QJsonObject &e) {
        e.insert(QStringLiteral("rawBytes"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("Buffer")}, {QStringLiteral("data"), QJsonArray{300}}});
        e.remove(QStringLiteral("hexData"));
    }) << false;
    QTest::newRow("hexData of odd length") << name << withFirstElementChanged(valid, [](QJsonObject &e) {
        e.insert(QStringLiteral("hexData"), QStringLiteral("050"));
        e.remove(QStringLiteral("rawBytes"));
    }) << false;
    QTest::newRow("hexData disagrees with rawBytes") << name << withFirstElementChanged(valid, [](QJsonObject &e) {
        e.insert(QStringLiteral("hexData"), QStringLiteral("06"));
    }) << false;
    QTest::newRow("unknown _metadata.version") << name << changed(valid, [](QJsonObject &o) {
        QJsonObject meta = o.value(QLatin1StringView("_metadata")).toObject();
        meta.insert(QStringLiteral("version"), QStringLiteral("9.9.9"));
        o.insert(QStringLiteral("_metadata"), meta);
    }) << false;
}

void tst_StoreFaults::damagedFilesAreQuarantined()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, inPlace);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const DataDirectory dir(root.filePath(QStringLiteral("data")));
    QStringList validIds;
    {
        SessionRepository repository(dir);
        QVERIFY(repository.open());
        validIds = saveSamples(repository);
        QCOMPARE(validIds.size(), 3);
        if (inPlace)
            QVERIFY(writeFileBytes(dir.sessions() + QLatin1Char('/') + fileName, validFile(fileName.chopped(5))));
    }
    if (inPlace) {
        // Opening again reads the valid file into the summary cache; then it is damaged in place.
        SessionRepository cached(dir);
        QVERIFY(cached.open());
        QCOMPARE(cached.count(), 4);
        QCOMPARE(cached.openReport().sessionsRead, 1);
    }
    const Snapshot valid = [&] {
        Snapshot s = snapshot(dir.sessions());
        s.remove(fileName);
        return s;
    }();
    QCOMPARE(valid.size(), 3);
    const QString badPath = dir.sessions() + QLatin1Char('/') + fileName;
    QVERIFY(writeFileBytes(badPath, bytes));

    SessionRepository repository(dir);
    QVERIFY(repository.open());

    // The valid sessions load and stay as they are.
    QCOMPARE(repository.count(), 3);
    for (const QString &id : std::as_const(validIds))
        QVERIFY2(repository.exists(id), qPrintable(id));
    QVERIFY(!repository.exists(fileName.chopped(5)));
    const QString diff = differences(valid, snapshot(dir.sessions()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // The damaged one is in quarantine byte for byte, with its reason reported and logged.
    const QString quarantinedPath = dir.quarantine() + QLatin1Char('/') + fileName;
    QCOMPARE(readFileBytes(quarantinedPath), bytes);
    QVERIFY(QFileInfo::exists(quarantinedPath));
    const QList<QuarantinedFile> report = repository.openReport().quarantined;
    QCOMPARE(report.size(), 1);
    QCOMPARE(report.at(0).file, badPath);
    QCOMPARE(report.at(0).movedTo, quarantinedPath);
    QVERIFY(!report.at(0).reason.isEmpty());
    qDebug().noquote() << "reason:" << report.at(0).reason;

    const QList<QByteArray> log = readFileBytes(dir.quarantine() + QStringLiteral("/quarantine.log")).split('\n');
    QCOMPARE(log.size(), 2); // one line and its end
    QVERIFY(log.at(1).isEmpty());
    QVERIFY2(log.at(0).contains(QFile::encodeName(badPath)), log.at(0).constData());
    QVERIFY2(log.at(0).contains(report.at(0).reason.toUtf8()), log.at(0).constData());

    // Nothing else moved: sessions and quarantine hold exactly what they did, plus the log.
    QStringList quarantine = QDir(dir.quarantine()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    quarantine.sort();
    QCOMPARE(quarantine, QStringList({QStringLiteral("quarantine.log"), fileName}));
}

// ---------------------------------------------------------------------------------------------

void tst_StoreFaults::idsCannotLeaveTheFolder_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("parent folder") << QStringLiteral("../x");
    QTest::newRow("to the sentinel beside the data folder") << QStringLiteral("../../sentinel");
    QTest::newRow("absolute path") << QStringLiteral("/etc/passwd");
    QTest::newRow("down and out") << QStringLiteral("a/../../b");
    QTest::newRow("down and out to the sentinel") << QStringLiteral("a/../../../sentinel");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("hidden name") << QStringLiteral(".sentinel");
    QTest::newRow("backslash") << QStringLiteral("..\\sentinel");
}

void tst_StoreFaults::idsCannotLeaveTheFolder()
{
    QFETCH(QString, id);

    QTemporaryDir outer;
    QVERIFY(outer.isValid());
    const DataDirectory dir(outer.filePath(QStringLiteral("data")));
    // The sentinel is a valid session file, so a load that followed the path would find something
    // to read (and to quarantine when its id disagrees), and a remove something to move.
    const QByteArray sentinelBytes = validFile(QStringLiteral("sentinel"));
    QVERIFY(writeFileBytes(outer.filePath(QStringLiteral("sentinel.json")), sentinelBytes));

    SessionRepository repository(dir);
    QVERIFY(repository.open());
    QVERIFY(repository.save(SessionFactory::make()));
    QVERIFY(repository.flushSummaryCache());
    const Snapshot before = snapshot(outer.path());

    const Result<Session> loaded = repository.load(id);
    QVERIFY(!loaded);
    QVERIFY(!loaded.error().isEmpty());
    qDebug().noquote() << "load:" << loaded.error();

    const Status removed = repository.remove(id);
    QVERIFY(!removed);
    QVERIFY(!removed.error().isEmpty());

    Session session = SessionFactory::make(1, 300, 1'790'000'300'000, 3);
    session.id = id;
    const Result<SessionSummary> saved = repository.save(session);
    QVERIFY(!saved);
    QVERIFY(!saved.error().isEmpty());

    QVERIFY(!repository.exists(id));
    QVERIFY(!repository.summary(id));
    QCOMPARE(repository.count(), 1);

    const QString diff = differences(before, snapshot(outer.path()));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(readFileBytes(outer.filePath(QStringLiteral("sentinel.json"))), sentinelBytes);
}

// ---------------------------------------------------------------------------------------------

void tst_StoreFaults::filesAndFoldersArePrivate()
{
    // With no umask, whatever the store does not make private itself would be open to everyone.
    const UmaskOverride noMask(0);
    QTemporaryDir outer;
    QVERIFY(outer.isValid());
    const DataDirectory dir(outer.filePath(QStringLiteral("data")));

    // A data folder and a session someone else made, readable by all.
    QVERIFY(QDir().mkpath(dir.sessions()));
    QCOMPARE(::chmod(QFile::encodeName(dir.root()).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(dir.sessions()).constData(), 0755), 0);
    QVERIFY(writeFileBytes(sessionPath(dir, QStringLiteral("session-old")), validFile(QStringLiteral("session-old"))));
    QVERIFY(writeFileBytes(sessionPath(dir, QStringLiteral("session-bad")), "not a session"));
    QCOMPARE(permissionsOf(dir.root()), 0755);
    QCOMPARE(permissionsOf(sessionPath(dir, QStringLiteral("session-old"))), 0666);

    SessionRepository repository(dir);
    QVERIFY(repository.open());
    const Result<SessionSummary> saved = repository.save(SessionFactory::make());
    QVERIFY2(saved, qPrintable(saved.error()));
    Result<Session> again = repository.load(saved->id);
    QVERIFY(again);
    again.value().submissionAttempts = 2;
    QVERIFY(repository.save(again.value()));
    QVERIFY(repository.save(SessionFactory::make(1, 300, 1'790'000'400'000, 4)));
    QVERIFY(repository.remove(QStringLiteral("session-old")));
    QVERIFY(repository.flushSummaryCache());

    QCOMPARE(octal(permissionsOf(dir.root())), octal(0700));
    QCOMPARE(octal(permissionsOf(dir.sessions())), octal(0700));
    QCOMPARE(octal(permissionsOf(dir.quarantine())), octal(0700));
    QCOMPARE(octal(permissionsOf(dir.trash())), octal(0700));
    QCOMPARE(octal(permissionsOf(dir.summaryCache())), octal(0600));

    int files = 0;
    QDirIterator it(dir.root(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // The lock file holds a process id and a host name, no session data; the quarantined
        // file is not the store's but kept as it came (the folder around it is private).
        if (path == dir.lockFile() || path == dir.quarantine() + QStringLiteral("/session-bad.json"))
            continue;
        const int expected = it.fileInfo().isDir() ? 0700 : 0600;
        QVERIFY2(permissionsOf(path) == expected,
                 qPrintable(path + QStringLiteral(" is ") + octal(permissionsOf(path))));
        if (!it.fileInfo().isDir())
            ++files;
    }
    // Two sessions, the cache, the trashed session and the quarantine log.
    QCOMPARE(files, 5);
}

QTEST_GUILESS_MAIN(tst_StoreFaults)
#include "tst_storefaults.moc"

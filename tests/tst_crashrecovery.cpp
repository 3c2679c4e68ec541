// Kills a process that saves sessions (tests/crashchild) at random moments with SIGKILL and checks
// that the data folder it leaves behind opens cleanly: no leftovers, nothing damaged, nothing that
// was reported saved lost or rolled back, and summaries that agree with the files even though the
// summary cache is stale after every kill.

#include "datadirectory.h"
#include "recovery.h"
#include "sessioncodec.h"
#include "sessionfactory.h"
#include "sessionrepository.h"
#include "sessionsummary.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <utility>

class tst_CrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWhileSaving();
    void leftoversOfInterruptedWrites_data();
    void leftoversOfInterruptedWrites();
    void lockOfADeadHolder_data();
    void lockOfADeadHolder();
    void liveHolderKeepsTheFolder();

private:
    quint32 m_seed = 0;
};

namespace {

constexpr int DefaultRounds = 40; // HL7_CRASH_ROUNDS=<n> runs more for a soak
constexpr int MinKillDelayMs = 2;
constexpr int MaxKillDelayMs = 150;

// "<id> <version>" lines the child printed in full; a line cut short by the kill is not one.
QHash<QString, int> reportedVersions(const QByteArray &output, int *lines)
{
    QHash<QString, int> versions;
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return versions;
    for (const QByteArray &line : output.left(end).split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        bool ok = false;
        const int version = parts.size() == 2 ? parts.at(1).toInt(&ok) : 0;
        if (!ok) {
            qWarning("unexpected line from the child: %s", line.constData());
            continue;
        }
        const QString id = QString::fromUtf8(parts.at(0));
        versions[id] = qMax(versions.value(id), version);
        ++*lines;
    }
    return versions;
}

QString describe(const SessionSummary &s)
{
    return QStringLiteral("{id %1, number %2, attempts %3, error \"%4\", messages %5, savedAt %6, fingerprint %7}")
        .arg(s.id)
        .arg(s.sessionNumber)
        .arg(s.submissionAttempts)
        .arg(s.submissionError)
        .arg(s.messageCount)
        .arg(s.savedAt)
        .arg(QString::fromLatin1(s.fingerprint));
}

QString describe(const QList<QuarantinedFile> &files)
{
    QStringList parts;
    for (const QuarantinedFile &q : files)
        parts.append(q.file + QStringLiteral(" (") + q.reason + QLatin1Char(')'));
    return parts.join(QStringLiteral(", "));
}

} // namespace

void tst_CrashRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(CRASH_CHILD)).isExecutable(), CRASH_CHILD);
    // HL7_CRASH_SEED=<n> repeats the kill delays and the child's choices of a failed run.
    bool fromEnvironment = false;
    m_seed = qEnvironmentVariable("HL7_CRASH_SEED").toUInt(&fromEnvironment);
    if (!fromEnvironment)
        m_seed = QRandomGenerator::global()->generate();
    qInfo("crash test seed: %u (set HL7_CRASH_SEED=%u to repeat it)", m_seed, m_seed);
}

void tst_CrashRecovery::killedWhileSaving()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const DataDirectory dir(root.filePath(QStringLiteral("data")));
    QRandomGenerator random(m_seed);

    QHash<QString, int> reported; // highest version the child ever reported done, by id
    bool roundsFromEnvironment = false;
    const int rounds = qEnvironmentVariableIntValue("HL7_CRASH_ROUNDS", &roundsFromEnvironment);
    const int Rounds = roundsFromEnvironment && rounds > 0 ? rounds : DefaultRounds;
    int roundsWithSaves = 0;
    int linesTotal = 0;
    int tempFilesRemoved = 0;
    int tempFilesCompleted = 0;
    QElapsedTimer elapsed;
    elapsed.start();

    for (int round = 0; round < Rounds; ++round) {
        const int delayMs = random.bounded(MinKillDelayMs, MaxKillDelayMs + 1);
        const quint32 childSeed = random.generate();
        // Even rounds count the delay from the start, so some kills land while the child starts,
        // recovers or loads; odd rounds from its first reported save, so that however slow the
        // machine (a sanitizer build, a busy CI), half the kills land among saves.
        const bool fromFirstSave = round % 2 == 1;
        const QByteArray where = QByteArray("round ") + QByteArray::number(round) + " (seed "
            + QByteArray::number(m_seed) + ", kill " + QByteArray::number(delayMs) + " ms after "
            + (fromFirstSave ? "the first save" : "the start") + ")";

        QProcess child;
        child.setProgram(QStringLiteral(CRASH_CHILD));
        child.setArguments({dir.root(), QString::number(childSeed)});
        QSignalSpy finished(&child, &QProcess::finished);
        QTimer killTimer;
        killTimer.setSingleShot(true);
        killTimer.setInterval(delayMs);
        connect(&killTimer, &QTimer::timeout, &child, [&child] { child.kill(); });
        bool armed = false;
        if (fromFirstSave) {
            connect(&child, &QProcess::readyReadStandardOutput, &killTimer, [&killTimer, &armed] {
                if (!std::exchange(armed, true))
                    killTimer.start();
            });
        }
        child.start();
        QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));
        if (!fromFirstSave)
            killTimer.start();
        QVERIFY2(finished.wait(20'000), where.constData());
        const QByteArray errors = child.readAllStandardError();
        // The child only stops when killed: any other end is a failed save or open.
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 (where + " child exited by itself with " + QByteArray::number(child.exitCode()) + ": " + errors)
                     .constData());

        int lines = 0;
        const QHash<QString, int> thisRound = reportedVersions(child.readAllStandardOutput(), &lines);
        linesTotal += lines;
        if (lines > 0)
            ++roundsWithSaves;
        for (auto it = thisRound.cbegin(); it != thisRound.cend(); ++it)
            reported[it.key()] = qMax(reported.value(it.key()), it.value());

        // Opening recovers what the kill interrupted.
        SessionRepository repository(dir);
        const Status opened = repository.open(SessionRepository::Access::Exclusive);
        QVERIFY2(opened, qPrintable(QString::fromUtf8(where) + QStringLiteral(": ") + opened.error()));
        tempFilesRemoved += int(repository.openReport().tempFilesRemoved.size());
        tempFilesCompleted += int(repository.openReport().tempFilesCompleted.size());
        QVERIFY2(repository.openReport().quarantined.isEmpty(),
                 qPrintable(QString::fromUtf8(where) + QStringLiteral(": quarantined ")
                            + describe(repository.openReport().quarantined)));
        // Quarantine holds at most the leftovers recovery set aside (and its log), never a session.
        QStringList quarantined = QDir(dir.quarantine()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        quarantined.removeIf([](const QString &name) {
            return name == QLatin1StringView("quarantine.log") || Recovery::isTemporarySessionFile(name);
        });
        QVERIFY2(quarantined.isEmpty(), qPrintable(quarantined.join(u' ')));

        // Only finished session files remain, and each of them is a valid session.
        const QStringList files = QDir(dir.sessions()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                                 | QDir::NoDotAndDotDot);
        QHash<QString, Session> onDisk;
        for (const QString &name : files) {
            QVERIFY2(name.endsWith(QLatin1StringView(".json")),
                     qPrintable(QString::fromUtf8(where) + QStringLiteral(": leftover ") + name));
            const QString id = name.chopped(5);
            Result<Session> decoded = SessionCodec::decode(readFileBytes(QDir(dir.sessions()).filePath(name)), id);
            QVERIFY2(decoded, qPrintable(QString::fromUtf8(where) + QStringLiteral(": ") + name
                                         + QStringLiteral(": ") + decoded.error()));
            onDisk.insert(id, std::move(decoded).value());
        }

        // Nothing reported done is missing or older than reported.
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            const auto found = onDisk.constFind(it.key());
            QVERIFY2(found != onDisk.cend(), qPrintable(QString::fromUtf8(where) + QStringLiteral(": lost ") + it.key()));
            QVERIFY2(found->submissionAttempts >= it.value(),
                     qPrintable(QStringLiteral("%1: %2 is at version %3 on disk, but version %4 was reported saved")
                                    .arg(QString::fromUtf8(where), it.key())
                                    .arg(found->submissionAttempts)
                                    .arg(it.value())));
        }

        // The summaries describe the files, whatever the stale cache said.
        QCOMPARE(repository.count(), onDisk.size());
        QCOMPARE(repository.summaries().size(), onDisk.size());
        for (auto it = onDisk.cbegin(); it != onDisk.cend(); ++it) {
            const std::optional<SessionSummary> summary = repository.summary(it.key());
            QVERIFY2(summary, qPrintable(QString::fromUtf8(where) + QStringLiteral(": no summary for ") + it.key()));
            QCOMPARE(summary->submissionAttempts, it->submissionAttempts);
            QCOMPARE(summary->submissionError, it->submissionError);
            const SessionSummary expected = SessionSummary::of(*it);
            QVERIFY2(*summary == expected,
                     qPrintable(QStringLiteral("%1:\nsummary %2\nfile    %3")
                                    .arg(QString::fromUtf8(where), describe(*summary), describe(expected))));
        }
        // The repository goes (and with it the lock) before the next child starts.
    }

    qInfo("%d rounds in %lld ms: %d of them with reported saves, %d saves reported, %d sessions, "
          "%d interrupted writes removed and %d completed by recovery",
          Rounds, elapsed.elapsed(), roundsWithSaves, linesTotal, int(reported.size()), tempFilesRemoved,
          tempFilesCompleted);
    // Guards against a run that proves nothing, e.g. a child that dies before its first save.
    QVERIFY2(roundsWithSaves >= Rounds / 2, qPrintable(QString::number(roundsWithSaves)));
    QVERIFY(linesTotal > reported.size()); // some sessions were saved more than once
}

// ---------------------------------------------------------------------------------------------
// The kills above rarely land in the moment between QSaveFile linking its finished temporary file
// and renaming it into place, so the leftovers such a kill (or a power cut) leaves are made here.

namespace {

enum class Leftover { None, Older, Same, Newer, Truncated, OtherId };
enum class Target { None, Valid, Damaged };

QByteArray sessionFile(const QString &id, int attempts, qint64 savedAt)
{
    Session s = SessionFactory::make(1, 400, 1'790'000'000'000, attempts);
    s.id = id;
    s.sessionNumber = 1;
    s.submissionAttempts = attempts;
    s.savedAt = savedAt;
    return SessionCodec::encode(s);
}

} // namespace

void tst_CrashRecovery::leftoversOfInterruptedWrites_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("leftover");
    QTest::addColumn<bool>("completed");  // else removed
    QTest::addColumn<int>("finalVersion"); // 0: no session file

    // The file on disk is version 2, saved at 2000; the leftover is what the interrupted save wrote.
    QTest::newRow("newer copy beside the file") << int(Target::Valid) << int(Leftover::Newer) << true << 3;
    QTest::newRow("older copy beside the file") << int(Target::Valid) << int(Leftover::Older) << false << 2;
    QTest::newRow("copy of the same save") << int(Target::Valid) << int(Leftover::Same) << false << 2;
    QTest::newRow("truncated copy beside the file") << int(Target::Valid) << int(Leftover::Truncated) << false << 2;
    QTest::newRow("copy with another id") << int(Target::Valid) << int(Leftover::OtherId) << false << 2;
    QTest::newRow("copy of a new session") << int(Target::None) << int(Leftover::Newer) << true << 3;
    QTest::newRow("truncated copy of a new session") << int(Target::None) << int(Leftover::Truncated) << false << 0;
    QTest::newRow("copy beside a damaged file") << int(Target::Damaged) << int(Leftover::Newer) << true << 3;
    QTest::newRow("no copy, summary cache leftover only") << int(Target::Valid) << int(Leftover::None) << false << 2;
}

void tst_CrashRecovery::leftoversOfInterruptedWrites()
{
    QFETCH(int, target);
    QFETCH(int, leftover);
    QFETCH(bool, completed);
    QFETCH(int, finalVersion);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const DataDirectory dir(root.filePath(QStringLiteral("data")));
    QVERIFY(QDir().mkpath(dir.sessions()));
    const QString id = QStringLiteral("session-7");
    const QString path = dir.sessions() + QStringLiteral("/session-7.json");
    const QString tempName = QStringLiteral("session-7.json.Ab3xYz");
    const QString tempPath = dir.sessions() + QLatin1Char('/') + tempName;

    const QByteArray current = sessionFile(id, 2, 2000);
    const QByteArray newer = sessionFile(id, 3, 3000);
    QByteArray targetBytes;
    if (Target(target) == Target::Valid)
        targetBytes = current;
    else if (Target(target) == Target::Damaged)
        targetBytes = current.left(current.size() / 3);
    if (Target(target) != Target::None)
        QVERIFY(writeFileBytes(path, targetBytes));

    QByteArray leftoverBytes;
    switch (Leftover(leftover)) {
    case Leftover::None: break;
    case Leftover::Older: leftoverBytes = sessionFile(id, 1, 1000); break;
    case Leftover::Same: leftoverBytes = sessionFile(id, 3, 2000); break;
    case Leftover::Newer: leftoverBytes = newer; break;
    case Leftover::Truncated: leftoverBytes = newer.left(newer.size() / 2); break;
    case Leftover::OtherId: leftoverBytes = sessionFile(QStringLiteral("session-8"), 3, 3000); break;
    }
    if (Leftover(leftover) != Leftover::None)
        QVERIFY(writeFileBytes(tempPath, leftoverBytes));
    // An interrupted write of the summary cache leaves its own temporary file.
    const QString cacheLeftover = dir.summaryCache() + QStringLiteral(".Qz12Xy");
    QVERIFY(writeFileBytes(cacheLeftover, "half a cache"));

    SessionRepository repository(dir);
    const Status opened = repository.open();
    QVERIFY2(opened, qPrintable(opened.error()));
    const RecoveryReport &report = repository.openReport();

    QVERIFY(!QFileInfo::exists(tempPath));
    QVERIFY(!QFileInfo::exists(cacheLeftover));
    QCOMPARE(report.tempFilesCompleted, completed ? QStringList{tempName} : QStringList{});
    QStringList removed{QFileInfo(cacheLeftover).fileName()};
    if (!completed && Leftover(leftover) != Leftover::None)
        removed.prepend(tempName);
    QStringList reportedRemoved = report.tempFilesRemoved;
    QCOMPARE(reportedRemoved, removed);

    if (finalVersion == 0) {
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(repository.count(), 0);
    } else {
        QCOMPARE(readFileBytes(path), finalVersion == 3 ? newer : current);
        QCOMPARE(repository.count(), 1);
        QCOMPARE(repository.summary(id)->submissionAttempts, finalVersion);
    }

    // A damaged file the copy replaced is kept in quarantine; nothing else goes there.
    if (Target(target) == Target::Damaged) {
        QCOMPARE(report.quarantined.size(), 1);
        QCOMPARE(readFileBytes(dir.quarantine() + QStringLiteral("/session-7.json")), targetBytes);
    } else {
        QCOMPARE(report.quarantined.size(), 0);
    }
}

// ---------------------------------------------------------------------------------------------
// The folder's lock after its holder died without unlocking. The kills above leave the usual
// case (a lock file naming a process that no longer runs); these are the others.

void tst_CrashRecovery::lockOfADeadHolder_data()
{
    QTest::addColumn<QString>("lockContent");

    // "dead": a lock file as this process writes it, with a pid no process has; "empty": nothing
    // in it; "self": exactly what this process writes, its own pid included.
    QTest::newRow("holder no longer runs") << QStringLiteral("dead");
    QTest::newRow("empty: power cut after the lock file was created") << QStringLiteral("empty");
    QTest::newRow("names this process: pid reused after a reboot or container restart")
        << QStringLiteral("self");
}

void tst_CrashRecovery::lockOfADeadHolder()
{
    QFETCH(QString, lockContent);

    QTemporaryDir root;
    QVERIFY(root.isValid());
    const DataDirectory dir(root.filePath(QStringLiteral("data")));
    const DataDirectory other(root.filePath(QStringLiteral("other")));
    QByteArray lock;
    {
        // What this process writes into a lock file, with its own pid, app and host names.
        SessionRepository holder(other);
        QVERIFY(holder.open());
        lock = readFileBytes(other.lockFile());
        QVERIFY(lock.startsWith(QByteArray::number(QCoreApplication::applicationPid()) + '\n'));
    }
    if (lockContent == QLatin1StringView("dead")) {
        // Far above any pid_max, so no process has it.
        lock = QByteArray("2000000000") + lock.mid(lock.indexOf('\n'));
    } else if (lockContent == QLatin1StringView("empty")) {
        lock.clear();
    }
    QVERIFY(QDir().mkpath(dir.sessions()));
    QVERIFY(writeFileBytes(dir.lockFile(), lock));

    SessionRepository repository(dir);
    const Status opened = repository.open();
    QVERIFY2(opened, qPrintable(opened.error()));

    // Still exclusive once taken over, within this process too.
    SessionRepository second(dir);
    const Status refused = second.open();
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(dir.root()), qPrintable(refused.error()));
}

void tst_CrashRecovery::liveHolderKeepsTheFolder()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const DataDirectory dir(root.filePath(QStringLiteral("data")));
    QProcess child;
    child.setProgram(QStringLiteral(CRASH_CHILD));
    child.setArguments({dir.root(), QString::number(m_seed)});
    QSignalSpy output(&child, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(&child, &QProcess::finished);
    child.start();
    QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));
    // A saved session means the child holds the folder.
    QVERIFY2(output.wait(10'000), child.readAllStandardError().constData());

    {
        SessionRepository repository(dir);
        const Status refused = repository.open();
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QString::number(child.processId())), qPrintable(refused.error()));
    }

    child.kill();
    QVERIFY(finished.wait(10'000));
    SessionRepository repository(dir);
    const Status opened = repository.open();
    QVERIFY2(opened, qPrintable(opened.error()));
}

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"

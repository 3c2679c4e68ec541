#include "datadirectory.h"
#include "retentioncleanup.h"
#include "sessionfactory.h"
#include "sessionrepository.h"
#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// hl7capture-cli cleanup, run as scripts run it.
class tst_CleanupCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dryRunReportsAndChangesNothing();
    void realRunMovesExpiredSessions();
    void settingsDecide_data();
    void settingsDecide();
    void badNowIsBadUsage_data();
    void badNowIsBadUsage();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments);
    void saveSessions();
    QJsonObject reportOf(const Run &run);

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<DataDirectory> m_dir;
    QStringList m_submitted; // expired at Now when submitted or ignored, newest first
    QString m_pending;
    QString m_fresh;
};

namespace {

constexpr qint64 Day = 86'400'000;
constexpr qint64 Start = 1'790'000'000'000;
constexpr qint64 Now = Start + 31 * Day;

QStringList sessionFiles(const DataDirectory &dir)
{
    return QDir(dir.sessions()).entryList(QDir::Files, QDir::Name);
}

} // namespace

void tst_CleanupCli::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = std::make_unique<DataDirectory>(m_temp->filePath(QStringLiteral("data")));
    saveSessions();
}

void tst_CleanupCli::saveSessions()
{
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    m_submitted.clear();
    const SubmissionStatus statuses[] = {SubmissionStatus::Submitted, SubmissionStatus::Ignored, SubmissionStatus::Pending};
    for (int i = 0; i < 3; ++i) {
        Session s = SessionFactory::make(1, 300, Start + i, i + 1);
        s.submissionStatus = statuses[i];
        const Result<SessionSummary> saved = repo.save(s);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        if (i < 2)
            m_submitted.prepend(saved->id);
        else
            m_pending = saved->id;
    }
    m_fresh = repo.save(SessionFactory::make(1, 300, Now - Day, 9)).value().id;
}

tst_CleanupCli::Run tst_CleanupCli::cli(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    process.start(QStringLiteral(HL7CAPTURE_CLI), QStringList{QStringLiteral("--data-dir"), m_dir->root()} + arguments);
    Run run;
    if (!process.waitForFinished(60'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject tst_CleanupCli::reportOf(const Run &run)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not one JSON object: %s", run.out.constData());
    return doc.object();
}

void tst_CleanupCli::dryRunReportsAndChangesNothing()
{
    const QStringList before = sessionFiles(*m_dir);
    const Run run = cli({QStringLiteral("cleanup"), QStringLiteral("--dry-run"), QStringLiteral("--now"), QString::number(Now)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonObject report = reportOf(run);
    QCOMPARE(report.keys(), (QStringList{QStringLiteral("bytesFreed"), QStringLiteral("dryRun"), QStringLiteral("endTime"),
                                          QStringLiteral("filesDeleted"), QStringLiteral("filesInTrash"),
                                          QStringLiteral("keptUnsubmitted"), QStringLiteral("sessions"),
                                          QStringLiteral("startTime")}));
    QCOMPARE(report.value(QStringLiteral("dryRun")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("filesDeleted")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("keptUnsubmitted")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("filesInTrash")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("startTime")).toInteger(), Now);
    QVERIFY(report.value(QStringLiteral("endTime")).toInteger() >= Now);
    QCOMPARE(report.value(QStringLiteral("sessions")).toArray(), QJsonArray::fromStringList(m_submitted));
    qint64 bytes = 0;
    for (const QString &id : std::as_const(m_submitted))
        bytes += QFileInfo(m_dir->sessions() + QLatin1Char('/') + id + QStringLiteral(".json")).size();
    QCOMPARE(report.value(QStringLiteral("bytesFreed")).toInteger(), bytes);
    QCOMPARE(sessionFiles(*m_dir), before);
    QVERIFY(!QFileInfo::exists(m_dir->trash()));
}

void tst_CleanupCli::realRunMovesExpiredSessions()
{
    const Run run = cli({QStringLiteral("cleanup"), QStringLiteral("--now"), QString::number(Now)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = reportOf(run);
    QCOMPARE(report.value(QStringLiteral("dryRun")).toBool(), false);
    QCOMPARE(report.value(QStringLiteral("sessions")).toArray(), QJsonArray::fromStringList(m_submitted));
    QCOMPARE(report.value(QStringLiteral("filesInTrash")).toInt(), 2);
    const QString folder = m_dir->trash() + QLatin1Char('/') + RetentionCleanup::trashFolderName(Now);
    for (const QString &id : std::as_const(m_submitted))
        QVERIFY(QFileInfo::exists(folder + QLatin1Char('/') + id + QStringLiteral(".json")));
    QStringList remaining{m_fresh + QStringLiteral(".json"), m_pending + QStringLiteral(".json")};
    remaining.sort();
    QCOMPARE(sessionFiles(*m_dir), remaining);

    const Run list = cli({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 2);

    // Eight days on, the trash is purged.
    const Run later = cli({QStringLiteral("cleanup"), QStringLiteral("--now"), QString::number(Now + 8 * Day)});
    QVERIFY2(later.exitCode == 0, later.err.constData());
    QCOMPARE(reportOf(later).value(QStringLiteral("filesInTrash")).toInt(), 0);
    QVERIFY(!QFileInfo::exists(folder));
}

void tst_CleanupCli::settingsDecide_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<int>("moved");
    QTest::addColumn<int>("kept");

    // Now is 31 days after the old sessions, 1 day after the fresh one.
    QTest::newRow("defaults") << QString() << false << 2 << 1;
    QTest::newRow("dryRunMode") << QStringLiteral("dryRunMode") << true << 2 << 1;
    QTest::newRow("purgeUnsubmitted") << QStringLiteral("purgeUnsubmitted") << false << 3 << 0;
    QTest::newRow("retentionDays 40") << QStringLiteral("retentionDays=40") << false << 0 << 0;
}

void tst_CleanupCli::settingsDecide()
{
    QFETCH(QString, key);
    QFETCH(bool, dryRun);
    QFETCH(int, moved);
    QFETCH(int, kept);

    if (!key.isEmpty()) {
        Settings settings(*m_dir);
        QVERIFY(settings.load());
        const QString name = key.section(QLatin1Char('='), 0, 0);
        const QString value = key.contains(QLatin1Char('=')) ? key.section(QLatin1Char('='), 1) : QStringLiteral("true");
        const Status set = settings.setText(name, value);
        QVERIFY2(set.ok(), qPrintable(set.error()));
    }
    const QStringList before = sessionFiles(*m_dir);
    const Run run = cli({QStringLiteral("cleanup"), QStringLiteral("--now"), QString::number(Now)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = reportOf(run);
    QCOMPARE(report.value(QStringLiteral("dryRun")).toBool(), dryRun);
    QCOMPARE(report.value(QStringLiteral("filesDeleted")).toInt(), moved);
    QCOMPARE(report.value(QStringLiteral("keptUnsubmitted")).toInt(), kept);
    QCOMPARE(sessionFiles(*m_dir).size(), dryRun ? before.size() : before.size() - moved);
}

void tst_CleanupCli::badNowIsBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("not a number") << QStringList{QStringLiteral("--now"), QStringLiteral("yesterday")};
    QTest::newRow("negative") << QStringList{QStringLiteral("--now"), QStringLiteral("-5")};
    QTest::newRow("past the year 9999") << QStringList{QStringLiteral("--now"), QStringLiteral("999999999999999999")};
    QTest::newRow("empty") << QStringList{QStringLiteral("--now="), QStringLiteral("--dry-run")};
    QTest::newRow("missing") << QStringList{QStringLiteral("--now")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--all")};
}

void tst_CleanupCli::badNowIsBadUsage()
{
    QFETCH(QStringList, arguments);
    const QStringList before = sessionFiles(*m_dir);
    const Run run = cli(QStringList{QStringLiteral("cleanup")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(sessionFiles(*m_dir), before);
}

QTEST_GUILESS_MAIN(tst_CleanupCli)
#include "tst_cleanupcli.moc"

#include "hl7message.h"
#include "sessionfactory.h"
#include "sessionrepository.h"
#include "testdata.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>
#include <QTest>

// Runs the real hl7capture-cli: its arguments, output and exit codes are the contract scripts use.
class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void badUsage_data();
    void badUsage();
    void helpSucceeds();
    void importSessionsTwice();
    void listAsJson();
    void listFiltersByStatus_data();
    void listFiltersByStatus();
    void listAsText();
    void searchPrintsListSummaries_data();
    void searchPrintsListSummaries();
    void searchAsText();
    void searchKeepsItsIndexBesideTheApp();
    void showSession();
    void showUnknownSessionFails();
    void deleteSession();
    void recoverReportsLeftovers();
    void dataDirectoryFromEnvironment();
    void unusableDataDirectoryFails();
    void readsWhileAnotherProcessHoldsTheFolder();
    void importsACaptureFile();
    void markerBytesApply_data();
    void markerBytesApply();
    void proxyRecordsUntilStopped();
    void inspectReadsEveryMessage();
    void inspectShowsTree_data();
    void inspectShowsTree();
    void inspectMissingFileFails();
    void exportFormats_data();
    void exportFormats();
    void exportMasksPhi_data();
    void exportMasksPhi();
    void exportToPrivateFile();
    void exportUnknownSessionFails();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    Run cliWithData(const QStringList &arguments) { return cli(QStringList{QStringLiteral("--data-dir"), m_data} + arguments); }
    void importFixtures();

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_data;
};

void tst_Cli::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_data = m_temp->filePath(QStringLiteral("data"));
}

tst_Cli::Run tst_Cli::cli(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HL7CAPTURE_CLI), arguments);
    Run run;
    if (!process.waitForFinished(60'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_Cli::importFixtures()
{
    const Run run = cliWithData({QStringLiteral("import-sessions"), fixturePath(QStringLiteral("legacy"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void tst_Cli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");

    QTest::newRow("no command") << QStringList() << QByteArray("Usage");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("frobnicate");
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--verbose"), QStringLiteral("list")} << QByteArray("--verbose");
    QTest::newRow("data dir without folder") << QStringList{QStringLiteral("--data-dir")} << QByteArray("--data-dir");
    QTest::newRow("unknown command option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")} << QByteArray("colour");
    QTest::newRow("list with an argument") << QStringList{QStringLiteral("list"), QStringLiteral("x")} << QByteArray("list");
    QTest::newRow("unknown status") << QStringList{QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("done")} << QByteArray("done");
    QTest::newRow("show without id") << QStringList{QStringLiteral("show")} << QByteArray("show");
    QTest::newRow("show with two ids") << QStringList{QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")} << QByteArray("show");
    QTest::newRow("show an id that leaves the folder") << QStringList{QStringLiteral("show"), QStringLiteral("../../etc/passwd")} << QByteArray("not a valid session id");
    QTest::newRow("delete an absolute path") << QStringList{QStringLiteral("delete"), QStringLiteral("/etc/passwd")} << QByteArray("not a valid session id");
    QTest::newRow("import without folder") << QStringList{QStringLiteral("import-sessions")} << QByteArray("import-sessions");
    QTest::newRow("import with unknown framing") << QStringList{QStringLiteral("import"), QStringLiteral("x.pcap"), QStringLiteral("--framing"), QStringLiteral("hdlc")} << QByteArray("hdlc");
    QTest::newRow("import with bad port") << QStringList{QStringLiteral("import"), QStringLiteral("x.pcap"), QStringLiteral("--lis-port"), QStringLiteral("70000")} << QByteArray("70000");
    QTest::newRow("marker byte too large") << QStringList{QStringLiteral("import"), QStringLiteral("x.pcap"), QStringLiteral("--start-byte"), QStringLiteral("0x1ff")} << QByteArray("0x1ff");
    QTest::newRow("marker byte not a number") << QStringList{QStringLiteral("import"), QStringLiteral("x.pcap"), QStringLiteral("--end-byte"), QStringLiteral("EOT")} << QByteArray("EOT");
    QTest::newRow("marker bytes equal") << QStringList{QStringLiteral("import"), QStringLiteral("x.pcap"), QStringLiteral("--ack-byte"), QStringLiteral("0x05")} << QByteArray("differ");
    QTest::newRow("marker byte is STX") << QStringList{QStringLiteral("import"), QStringLiteral("x.pcap"), QStringLiteral("--start-byte"), QStringLiteral("2")} << QByteArray("0x02");
    QTest::newRow("negative idle gap") << QStringList{QStringLiteral("import"), QStringLiteral("x.pcap"), QStringLiteral("--idle-gap"), QStringLiteral("-1")} << QByteArray("-1");
    QTest::newRow("import with bad address") << QStringList{QStringLiteral("import"), QStringLiteral("x.pcap"), QStringLiteral("--device-ip"), QStringLiteral("10.0.0.300")} << QByteArray("10.0.0.300");
    QTest::newRow("search without query") << QStringList{QStringLiteral("search")} << QByteArray("search");
    QTest::newRow("search with unknown filter") << QStringList{QStringLiteral("search"), QStringLiteral("colour:red")} << QByteArray("colour:");
    QTest::newRow("search a whole segment") << QStringList{QStringLiteral("search"), QStringLiteral("PID=1")} << QByteArray("whole segment");
    QTest::newRow("search with unclosed quote") << QStringList{QStringLiteral("search"), QStringLiteral("\"basic panel")} << QByteArray("not closed");
    QTest::newRow("search with bad time") << QStringList{QStringLiteral("search"), QStringLiteral("from:yesterday")} << QByteArray("yesterday");
    QTest::newRow("inspect with bad path") << QStringList{QStringLiteral("inspect"), QStringLiteral("x.hl7"), QStringLiteral("--field"), QStringLiteral("PID-x")} << QByteArray("PID-x");
    QTest::newRow("inspect without file") << QStringList{QStringLiteral("inspect")} << QByteArray("inspect");
    QTest::newRow("export without format") << QStringList{QStringLiteral("export"), QStringLiteral("session-1")} << QByteArray("--format");
    QTest::newRow("export to unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("session-1"), QStringLiteral("--format"), QStringLiteral("xml")} << QByteArray("xml");
    QTest::newRow("export JSON with MLLP") << QStringList{QStringLiteral("export"), QStringLiteral("session-1"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--mllp")} << QByteArray("--mllp");
    QTest::newRow("export an id that leaves the folder") << QStringList{QStringLiteral("export"), QStringLiteral("../session-1"), QStringLiteral("--format"), QStringLiteral("hl7")} << QByteArray("not a valid session id");
}

void tst_Cli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const Run run = cliWithData(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), run.err.constData());
    if (!arguments.isEmpty())
        QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(!QFileInfo::exists(m_temp->filePath(QStringLiteral("etc"))));
}

void tst_Cli::helpSucceeds()
{
    const Run run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *command : {"list", "show", "delete", "recover", "import-sessions"})
        QVERIFY2(run.out.contains(command), command);
    const Run commandHelp = cli({QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains("--status"));
}

void tst_Cli::importSessionsTwice()
{
    const Run first = cliWithData({QStringLiteral("import-sessions"), fixturePath(QStringLiteral("legacy"))});
    QCOMPARE(first.exitCode, 0);
    const QJsonObject a = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(a.value(QLatin1StringView("imported")).toInt(-1), 6);
    QCOMPARE(a.value(QLatin1StringView("skipped")).toInt(-1), 0);
    QCOMPARE(a.value(QLatin1StringView("quarantined")).toInt(-1), 0);

    const Run second = cliWithData({QStringLiteral("import-sessions"), fixturePath(QStringLiteral("legacy"))});
    QCOMPARE(second.exitCode, 0);
    const QJsonObject b = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(b.value(QLatin1StringView("imported")).toInt(-1), 0);
    QCOMPARE(b.value(QLatin1StringView("skipped")).toInt(-1), 6);
    QCOMPARE(QDir(m_data + QStringLiteral("/sessions")).entryList(QDir::Files).size(), 6);

    const Run missing = cliWithData({QStringLiteral("import-sessions"), m_temp->filePath(QStringLiteral("nowhere"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("nowhere"));
}

void tst_Cli::listAsJson()
{
    importFixtures();
    const Run run = cliWithData({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonArray list = QJsonDocument::fromJson(run.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(list.size(), 6);
    const QStringList required{QStringLiteral("id"), QStringLiteral("sessionId"), QStringLiteral("startTime"),
                               QStringLiteral("endTime"), QStringLiteral("deviceIP"), QStringLiteral("lisIP"),
                               QStringLiteral("messageCount"), QStringLiteral("isComplete"),
                               QStringLiteral("submissionStatus"), QStringLiteral("submissionAttempts"),
                               QStringLiteral("submittedAt"), QStringLiteral("submissionError"),
                               QStringLiteral("persistedUntil")};
    qint64 previousStart = std::numeric_limits<qint64>::max();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const QString &key : required)
            QVERIFY2(o.contains(key), qPrintable(key));
        const qint64 start = o.value(QLatin1StringView("startTime")).toInteger();
        QVERIFY2(start <= previousStart, "newest first");
        previousStart = start;
    }
    const QJsonObject newest = list.first().toObject();
    QCOMPARE(newest.value(QLatin1StringView("id")).toString(), QStringLiteral("session-6"));
    const QJsonObject failed = list.at(3).toObject();
    QCOMPARE(failed.value(QLatin1StringView("id")).toString(), QStringLiteral("session-3"));
    QCOMPARE(failed.value(QLatin1StringView("submissionStatus")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QLatin1StringView("submissionAttempts")).toInt(), 3);
    QCOMPARE(failed.value(QLatin1StringView("submissionError")).toString(), QStringLiteral("fetch failed"));
    QCOMPARE(failed.value(QLatin1StringView("messageCount")).toInt(), 3);
    QCOMPARE(failed.value(QLatin1StringView("persistedUntil")).toInteger(), 1793200000000 + 14 * 86'400'000LL);
    const QJsonObject submitted = list.at(4).toObject();
    QCOMPARE(submitted.value(QLatin1StringView("submittedAt")).toInteger(), 1793100060000);

    const Run empty = cli({QStringLiteral("--data-dir"), m_temp->filePath(QStringLiteral("empty")), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);
}

void tst_Cli::listFiltersByStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("pending") << "pending" << QStringList{QStringLiteral("session-6"), QStringLiteral("session-5"), QStringLiteral("session-1")};
    QTest::newRow("submitted") << "submitted" << QStringList{QStringLiteral("session-2")};
    QTest::newRow("failed") << "failed" << QStringList{QStringLiteral("session-3")};
    QTest::newRow("ignored") << "ignored" << QStringList{QStringLiteral("session-4")};
}

void tst_Cli::listFiltersByStatus()
{
    QFETCH(QString, status);
    QFETCH(QStringList, ids);
    importFixtures();
    const Run run = cliWithData({QStringLiteral("list"), QStringLiteral("--status"), status, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QStringList got;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array())
        got.append(v.toObject().value(QLatin1StringView("id")).toString());
    QCOMPARE(got, ids);
}

void tst_Cli::listAsText()
{
    importFixtures();
    const Run run = cliWithData({QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.first().startsWith("session-6 "));
    QVERIFY(lines.at(3).contains("failed"));
}

void tst_Cli::searchPrintsListSummaries_data()
{
    QTest::addColumn<QStringList>("query"); // arguments after "search"
    QTest::addColumn<QStringList>("ids");

    const auto ids = [](std::initializer_list<int> numbers) {
        QStringList list;
        for (const int n : numbers)
            list.append(QStringLiteral("session-%1").arg(n));
        return list;
    };
    QTest::newRow("patient id") << QStringList{QStringLiteral("PID-3.1=TST00030")} << ids({3});
    QTest::newRow("value in every session") << QStringList{QStringLiteral("OBX-5=140")} << ids({6, 5, 4, 3, 2, 1});
    QTest::newRow("first OBX only") << QStringList{QStringLiteral("OBX(1)-5=140")} << ids({6});
    QTest::newRow("free text and status") << QStringList{QStringLiteral("glu status:pending")} << ids({6, 5, 1});
    QTest::newRow("terms in separate arguments") << QStringList{QStringLiteral("\"basic panel\""), QStringLiteral("status:failed,submitted")} << ids({3, 2});
    QTest::newRow("negation after --") << QStringList{QStringLiteral("--"), QStringLiteral("-status:pending"), QStringLiteral("type:ORU^R01")} << ids({4, 3, 2});
    QTest::newRow("time range") << QStringList{QStringLiteral("from:1793100000000 to:1793300000000")} << ids({4, 3, 2});
    QTest::newRow("nothing matches") << QStringList{QStringLiteral("PID-3.1=NOBODY")} << QStringList();
}

void tst_Cli::searchPrintsListSummaries()
{
    QFETCH(QStringList, query);
    QFETCH(QStringList, ids);
    importFixtures();
    const Run list = cliWithData({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QHash<QString, QJsonObject> listed;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
        listed.insert(v.toObject().value(QLatin1StringView("id")).toString(), v.toObject());

    const Run run = cliWithData(QStringList{QStringLiteral("search"), QStringLiteral("--json")} + query);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QStringList got;
    for (const QJsonValue &v : doc.array()) {
        const QString id = v.toObject().value(QLatin1StringView("id")).toString();
        got.append(id);
        QCOMPARE(v.toObject(), listed.value(id)); // the very objects of list --json
    }
    QCOMPARE(got, ids);
    if (ids.isEmpty())
        QCOMPARE(run.out.trimmed(), QByteArray("[]"));
}

void tst_Cli::searchAsText()
{
    importFixtures();
    const Run list = cliWithData({QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> listLines = list.out.trimmed().split('\n');
    const Run run = cliWithData({QStringLiteral("search"), QStringLiteral("status:pending")});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const QByteArray &line : lines)
        QVERIFY2(listLines.contains(line), line.constData());
    QVERIFY(lines.first().startsWith("session-6 "));
    const Run none = cliWithData({QStringLiteral("search"), QStringLiteral("PID-3.1=NOBODY")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
}

void tst_Cli::searchKeepsItsIndexBesideTheApp()
{
    importFixtures();
    const QString index = m_data + QStringLiteral("/search.index");
    {
        SessionRepository app{DataDirectory(m_data)};
        QVERIFY(app.open());
        const Run readOnly = cliWithData({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("PID-3.1=TST00020")});
        QVERIFY2(readOnly.exitCode == 0, readOnly.err.constData());
        QCOMPARE(QJsonDocument::fromJson(readOnly.out).array().size(), 1);
        QVERIFY(!QFileInfo::exists(index)); // only the holder of the folder writes it
    }
    const Run exclusive = cliWithData({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("PID-3.1=TST00020")});
    QCOMPARE(exclusive.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(exclusive.out).array().size(), 1);
    QVERIFY(QFileInfo::exists(index));
    QCOMPARE(modeOf(index), 0600);
}

void tst_Cli::showSession()
{
    importFixtures();
    const Run json = cliWithData({QStringLiteral("show"), QStringLiteral("session-3"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QLatin1StringView("id")).toString(), QStringLiteral("session-3"));
    QCOMPARE(o.value(QLatin1StringView("messages")).toArray().size(), 3);
    QCOMPARE(o.value(QLatin1StringView("elements")).toArray().size(), 8);
    QCOMPARE(o.value(QLatin1StringView("submissionStatus")).toString(), QStringLiteral("failed"));

    const Run text = cliWithData({QStringLiteral("--data-dir"), m_data, QStringLiteral("show"), QStringLiteral("session-3")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Message 3 of 3"));
    QVERIFY(text.out.contains("OBX|1|NM|2345-7^GLU^LN"));
    QVERIFY(text.out.contains("fetch failed"));
}

void tst_Cli::showUnknownSessionFails()
{
    importFixtures();
    const Run run = cliWithData({QStringLiteral("show"), QStringLiteral("session-99")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.contains("session-99"));
    QVERIFY(run.err.contains(m_data.toUtf8()));
}

void tst_Cli::deleteSession()
{
    importFixtures();
    QCOMPARE(cliWithData({QStringLiteral("delete"), QStringLiteral("session-2")}).exitCode, 0);
    const Run list = cliWithData({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 5);
    const Run again = cliWithData({QStringLiteral("delete"), QStringLiteral("session-2")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("session-2"));
}

void tst_Cli::recoverReportsLeftovers()
{
    importFixtures();
    const QString sessions = m_data + QStringLiteral("/sessions");
    QVERIFY(writeFileBytes(sessions + QStringLiteral("/session-1.json.Xy12Zw"), "{\"id\":\"sess"));
    QVERIFY(writeFileBytes(sessions + QStringLiteral("/broken.json"), "nonsense"));
    const Run run = cliWithData({QStringLiteral("recover")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QLatin1StringView("tempFilesRemoved")).toArray(), QJsonArray{QStringLiteral("session-1.json.Xy12Zw")});
    QCOMPARE(report.value(QLatin1StringView("tempFilesCompleted")).toArray().size(), 0);
    const QJsonArray quarantined = report.value(QLatin1StringView("quarantined")).toArray();
    QCOMPARE(quarantined.size(), 1);
    QVERIFY(quarantined.first().toObject().value(QLatin1StringView("reason")).toString().contains(QLatin1StringView("JSON")));
    QCOMPARE(report.value(QLatin1StringView("sessions")).toInt(), 6);
    QCOMPARE(readFileBytes(m_data + QStringLiteral("/quarantine/broken.json")), QByteArray("nonsense"));
}

void tst_Cli::dataDirectoryFromEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HL7CAPTURE_DATA_DIR"), m_data);
    const Run imported = cli({QStringLiteral("import-sessions"), fixturePath(QStringLiteral("legacy"))}, env);
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(QDir(m_data + QStringLiteral("/sessions")).entryList(QDir::Files).size(), 6);
    // --data-dir wins over the environment.
    const Run other = cli({QStringLiteral("--data-dir"), m_temp->filePath(QStringLiteral("other")), QStringLiteral("list"), QStringLiteral("--json")}, env);
    QCOMPARE(QJsonDocument::fromJson(other.out).array().size(), 0);
}

void tst_Cli::unusableDataDirectoryFails()
{
    const QString file = m_temp->filePath(QStringLiteral("a-file"));
    QVERIFY(writeFileBytes(file, "x"));
    const Run run = cli({QStringLiteral("--data-dir"), file, QStringLiteral("list")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(file.toUtf8()), run.err.constData());
}

void tst_Cli::readsWhileAnotherProcessHoldsTheFolder()
{
    importFixtures();
    SessionRepository app{DataDirectory(m_data)};
    QVERIFY(app.open());
    const Run list = cliWithData({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 6);
    QCOMPARE(cliWithData({QStringLiteral("show"), QStringLiteral("session-1")}).exitCode, 0);
    const Run removal = cliWithData({QStringLiteral("delete"), QStringLiteral("session-1")});
    QCOMPARE(removal.exitCode, 1);
    QVERIFY2(removal.err.contains("in use"), removal.err.constData());
    QVERIFY(app.exists(QStringLiteral("session-1")));
}

void tst_Cli::importsACaptureFile()
{
    const QString capture = fixturePath(QStringLiteral("capture/astm_device__astm_lis.pcap"));
    const Run first = cliWithData({QStringLiteral("import"), capture, QStringLiteral("--framing"), QStringLiteral("astm"),
                                   QStringLiteral("--lis-port"), QStringLiteral("2576")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(first.out).object();
    for (const char *key : {"packets", "bytes", "sessions", "messages", "incompleteSessions", "warnings"})
        QVERIFY2(report.contains(QLatin1StringView(key)), key);
    QCOMPARE(report.value(QLatin1StringView("packets")).toInt(), 173);
    QCOMPARE(report.value(QLatin1StringView("sessions")).toInt(), 1);
    QCOMPARE(report.value(QLatin1StringView("messages")).toInt(), 3);
    QCOMPARE(report.value(QLatin1StringView("incompleteSessions")).toInt(), 0);
    QCOMPARE(report.value(QLatin1StringView("warnings")).toArray().size(), 0);

    const Run again = cliWithData({QStringLiteral("import"), capture});
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QLatin1StringView("imported")).toInt(-1), 0);
    const Run list = cliWithData({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().first().toObject().value(QLatin1StringView("messageCount")).toInt(), 3);

    const Run missing = cliWithData({QStringLiteral("import"), m_temp->filePath(QStringLiteral("missing.pcap"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("missing.pcap"));
}

void tst_Cli::markerBytesApply_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("incomplete");
    QTest::newRow("defaults") << QStringList{} << 0;
    QTest::newRow("defaults written out") << QStringList{QStringLiteral("--start-byte"), QStringLiteral("0x05"), QStringLiteral("--ack-byte"), QStringLiteral("6"),
                                                         QStringLiteral("--end-byte"), QStringLiteral("0X04")} << 0;
    // With other markers the recorded ENQ or EOT no longer opens or closes the transmission.
    QTest::newRow("other start byte") << QStringList{QStringLiteral("--start-byte"), QStringLiteral("0x11")} << 1;
    QTest::newRow("other end byte") << QStringList{QStringLiteral("--end-byte"), QStringLiteral("25")} << 1;
}

void tst_Cli::markerBytesApply()
{
    QFETCH(QStringList, options);
    QFETCH(int, incomplete);
    const QString capture = fixturePath(QStringLiteral("capture/astm_device__astm_lis.pcap"));
    const Run run = cliWithData(QStringList{QStringLiteral("import"), capture, QStringLiteral("--framing"), QStringLiteral("astm")} + options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QLatin1StringView("messages")).toInt(), 3);
    QCOMPARE(report.value(QLatin1StringView("incompleteSessions")).toInt(), incomplete);
}

void tst_Cli::proxyRecordsUntilStopped()
{
    // A LIS of the test's own that answers every MLLP message with an ACK.
    QTcpServer lis;
    QVERIFY(lis.listen(QHostAddress::LocalHost, 0));
    connect(&lis, &QTcpServer::newConnection, this, [&lis] {
        QTcpSocket *s = lis.nextPendingConnection();
        auto buffer = std::make_shared<QByteArray>();
        connect(s, &QTcpSocket::readyRead, s, [s, buffer] {
            buffer->append(s->readAll());
            for (qsizetype end; (end = buffer->indexOf("\x1c\r")) >= 0; buffer->remove(0, end + 2))
                s->write("\x0bMSH|^~\\&|LIS|H|DEV|L|20261101||ACK|A1|P|2.5.1\rMSA|AA|C1\r\x1c\r");
        });
    });
    QTcpServer probe; // a free port for the proxy
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    QProcess proxy;
    proxy.start(QStringLiteral(HL7CAPTURE_CLI),
                {QStringLiteral("--data-dir"), m_data, QStringLiteral("proxy"), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--upstream"),
                 QStringLiteral("127.0.0.1:%1").arg(lis.serverPort())});
    QVERIFY(proxy.waitForStarted());
    QByteArray proxyErrors;
    QTRY_VERIFY2((proxyErrors += proxy.readAllStandardError()).contains("listening"), proxyErrors.constData());

    QTcpSocket device;
    device.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(device.waitForConnected(5000));
    QByteArray answers;
    connect(&device, &QTcpSocket::readyRead, this, [&] { answers.append(device.readAll()); });
    for (int n = 1; n <= 3; ++n) {
        device.write("\x0bMSH|^~\\&|DEV|L|LIS|H|20261101||ORU^R01|C" + QByteArray::number(n) + "|P|2.5.1\rPID|1||T1\r\x1c\r");
        QTRY_COMPARE(answers.count("MSA|AA"), n);
    }
    device.disconnectFromHost();

    proxy.terminate(); // SIGTERM
    QVERIFY(proxy.waitForFinished(10000));
    QCOMPARE(proxy.exitStatus(), QProcess::NormalExit);
    QCOMPARE(proxy.exitCode(), 0);
    const QJsonObject summary = QJsonDocument::fromJson(proxy.readAllStandardOutput()).object();
    QCOMPARE(summary.value(QLatin1StringView("sessions")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1StringView("messages")).toInt(), 3);

    const QJsonArray sessions = QJsonDocument::fromJson(cliWithData({QStringLiteral("list"), QStringLiteral("--json")}).out).array();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().toObject().value(QLatin1StringView("messageCount")).toInt(), 3);
    QVERIFY(sessions.first().toObject().value(QLatin1StringView("isComplete")).toBool());
}

namespace {

// A batch of two messages, an MLLP-framed one and one with LF line ends, all made up.
const QByteArray InspectFile("FHS|^~\\&|LAB|FAC\rBHS|^~\\&|LAB|FAC\r"
                             "MSH|^~\\&|LAB|FAC|LIS|HOSP|20261101||ADT^A04^ADT_A01|B1|P|2.5.1\r"
                             "PID|1||111^^^H^MR~222^^^H^PI||DOE^JANE\r"
                             "MSH|^~\\&|LAB|FAC|LIS|HOSP|20261101||ORU^R01|B2|P|2.5.1\r"
                             "PID|1||333^^^H^MR||ROE^RICHARD\rOBX|1|NM|GLU||90|mg/dL\rOBX|2|NM|NA||140|mmol/L\r"
                             "BTS|2\rFTS|1\r"
                             "\x0bMSH|^~\\&|LAB|FAC|LIS|HOSP|20261101||ORU^R01|M3|P|2.3.1\rPID|1||444||POE^EDGAR\r\x1c\r"
                             "MSH|^~\\&|LAB|FAC|LIS|HOSP|20261101||ORU^R01|L4|P|2.5.1\nPID|1||555||LOE^ANN\n");

QList<QByteArray> hl7Messages(const QByteArray &bytes)
{
    QList<QByteArray> messages;
    for (const Hl7::Range &r : Hl7::splitMessages(bytes))
        messages.append(Hl7::Message::parse(bytes.sliced(r.begin, r.size())).serialize());
    return messages;
}

} // namespace

void tst_Cli::inspectReadsEveryMessage()
{
    const QString file = m_temp->filePath(QStringLiteral("messages.hl7"));
    QVERIFY(writeFileBytes(file, InspectFile));
    const QStringList fields{QStringLiteral("PID-5.1"), QStringLiteral("PID-3(2).1"), QStringLiteral("OBX(2)-5"),
                             QStringLiteral("MSH-9.2"), QStringLiteral("PID-40")};
    QStringList arguments{QStringLiteral("inspect"), file, QStringLiteral("--json")};
    for (const QString &f : fields)
        arguments << QStringLiteral("--field") << f;
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonArray messages = QJsonDocument::fromJson(run.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(messages.size(), 4);

    struct Expected
    {
        const char *type, *controlId, *version;
        int segments;
        QJsonObject fields;
    };
    const QJsonValue null(QJsonValue::Null);
    const Expected expected[] = {
        {"ADT^A04^ADT_A01", "B1", "2.5.1", 2, {{fields[0], QStringLiteral("DOE")}, {fields[1], QStringLiteral("222")}, {fields[2], null}, {fields[3], QStringLiteral("A04")}, {fields[4], null}}},
        {"ORU^R01", "B2", "2.5.1", 4, {{fields[0], QStringLiteral("ROE")}, {fields[1], null}, {fields[2], QStringLiteral("140")}, {fields[3], QStringLiteral("R01")}, {fields[4], null}}},
        {"ORU^R01", "M3", "2.3.1", 2, {{fields[0], QStringLiteral("POE")}, {fields[1], null}, {fields[2], null}, {fields[3], QStringLiteral("R01")}, {fields[4], null}}},
        {"ORU^R01", "L4", "2.5.1", 2, {{fields[0], QStringLiteral("LOE")}, {fields[1], null}, {fields[2], null}, {fields[3], QStringLiteral("R01")}, {fields[4], null}}},
    };
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject m = messages[i].toObject();
        QCOMPARE(m.value(QLatin1StringView("type")).toString(), QLatin1StringView(expected[i].type));
        QCOMPARE(m.value(QLatin1StringView("controlId")).toString(), QLatin1StringView(expected[i].controlId));
        QCOMPARE(m.value(QLatin1StringView("version")).toString(), QLatin1StringView(expected[i].version));
        QCOMPARE(m.value(QLatin1StringView("segments")).toInt(), expected[i].segments);
        QCOMPARE(m.value(QLatin1StringView("problems")).toArray(), QJsonArray());
        QCOMPARE(m.value(QLatin1StringView("fields")).toObject(), expected[i].fields);
        QVERIFY(!m.contains(QLatin1StringView("tree")));
    }

    // Without --json: a line per message, and a line per field under it.
    const Run text = cli({QStringLiteral("inspect"), file, QStringLiteral("--field"), QStringLiteral("PID-5.1")});
    QCOMPARE(text.exitCode, 0);
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 8);
    QVERIFY2(lines[2].contains("ORU^R01") && lines[2].contains("B2") && lines[2].contains("4"), lines[2].constData());
    QCOMPARE(lines[3].trimmed(), QByteArray("PID-5.1: ROE"));
}

void tst_Cli::inspectShowsTree_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("json") << true;
}

void tst_Cli::inspectShowsTree()
{
    QFETCH(bool, json);
    const QString file = m_temp->filePath(QStringLiteral("messages.hl7"));
    QVERIFY(writeFileBytes(file, InspectFile));
    QStringList arguments{QStringLiteral("inspect"), file, QStringLiteral("--tree")};
    if (json)
        arguments << QStringLiteral("--json");
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    if (!json) {
        for (const char *line : {"\n  PID  Patient Identification\n", "\n    PID-5  Patient Name\n",
                                 "\n      PID-5.1  Family Name: DOE\n", "\n      PID-3(2)\n",
                                 "\n        PID-3(2).1  ID Number: 222\n", "\n    OBX(2)-5  Observation Value: 140\n"})
            QVERIFY2(run.out.contains(line), line);
        return;
    }
    const QJsonArray messages = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(messages.size(), 4);
    const QJsonArray tree = messages.first().toObject().value(QLatin1StringView("tree")).toArray();
    QCOMPARE(tree.size(), 2);
    const QJsonObject pid = tree[1].toObject();
    QCOMPARE(pid.value(QLatin1StringView("path")).toString(), QStringLiteral("PID"));
    QCOMPARE(pid.value(QLatin1StringView("name")).toString(), QStringLiteral("Patient Identification"));
    QJsonObject name, identifiers;
    for (const QJsonValue &f : pid.value(QLatin1StringView("fields")).toArray()) {
        if (f.toObject().value(QLatin1StringView("position")).toInt() == 5)
            name = f.toObject();
        if (f.toObject().value(QLatin1StringView("position")).toInt() == 3)
            identifiers = f.toObject();
    }
    QCOMPARE(name.value(QLatin1StringView("value")).toString(), QStringLiteral("DOE^JANE"));
    const QJsonArray components = name.value(QLatin1StringView("components")).toArray();
    QCOMPARE(components.size(), 2);
    QCOMPARE(components[0].toObject(), (QJsonObject{{QStringLiteral("path"), QStringLiteral("PID-5.1")}, {QStringLiteral("position"), 1},
                                                    {QStringLiteral("name"), QStringLiteral("Family Name")}, {QStringLiteral("value"), QStringLiteral("DOE")}}));
    const QJsonArray repetitions = identifiers.value(QLatin1StringView("repetitions")).toArray();
    QCOMPARE(repetitions.size(), 2);
    const QJsonObject second = repetitions[1].toObject();
    QCOMPARE(second.value(QLatin1StringView("path")).toString(), QStringLiteral("PID-3(2)"));
    QCOMPARE(second.value(QLatin1StringView("components")).toArray().first().toObject().value(QLatin1StringView("value")).toString(),
             QStringLiteral("222"));
}

void tst_Cli::inspectMissingFileFails()
{
    const QString missing = m_temp->filePath(QStringLiteral("missing.hl7"));
    const Run run = cli({QStringLiteral("inspect"), missing});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.contains("missing.hl7"));
    const QString notHl7 = m_temp->filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFileBytes(notHl7, "no messages here\n"));
    QCOMPARE(cli({QStringLiteral("inspect"), notHl7}).exitCode, 1);
}

void tst_Cli::exportFormats_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("hl7") << QStringList{QStringLiteral("--format"), QStringLiteral("hl7")};
    QTest::newRow("hl7 framed") << QStringList{QStringLiteral("--format"), QStringLiteral("hl7"), QStringLiteral("--mllp")};
    QTest::newRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")};
}

void tst_Cli::exportFormats()
{
    QFETCH(QStringList, options);
    importFixtures();
    const Run run = cliWithData(QStringList{QStringLiteral("export"), QStringLiteral("session-3")} + options);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Run shown = cliWithData({QStringLiteral("show"), QStringLiteral("session-3"), QStringLiteral("--json")});
    const QJsonObject session = QJsonDocument::fromJson(shown.out).object();
    if (options.contains(QStringLiteral("json"))) {
        QCOMPARE(QJsonDocument::fromJson(run.out).object(), session);
        return;
    }
    // The device's three messages, segments ending in CR, the LIS's ACK bytes left out.
    QList<QByteArray> expected;
    for (const QJsonValue &m : session.value(QLatin1StringView("messages")).toArray())
        expected.append(m.toString().toUtf8().replace("\r\n", "\r"));
    QCOMPARE(hl7Messages(run.out), expected);
    const bool mllp = options.contains(QStringLiteral("--mllp"));
    QCOMPARE(run.out.count("\x0bMSH"), mllp ? 3 : 0);
    QCOMPARE(run.out.count("\x1c\r"), mllp ? 3 : 0);
    QVERIFY(!run.out.contains('\n'));
}

void tst_Cli::exportMasksPhi_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("hl7") << QStringLiteral("hl7");
    QTest::newRow("json") << QStringLiteral("json");
}

void tst_Cli::exportMasksPhi()
{
    QFETCH(QString, format);
    importFixtures();
    const QStringList arguments{QStringLiteral("export"), QStringLiteral("session-2"), QStringLiteral("--format"), format};
    const Run plain = cliWithData(arguments);
    const Run masked = cliWithData(arguments + QStringList{QStringLiteral("--mask-phi")});
    QVERIFY2(masked.exitCode == 0, masked.err.constData());
    for (const QByteArray &phi : {QByteArray("TESTER"), QByteArray("TST00020"), QByteArray("19750505")}) {
        QVERIFY2(plain.out.contains(phi), phi.constData());
        QVERIFY2(!masked.out.contains(phi), phi.constData());
        QVERIFY2(!masked.out.contains(phi.toHex()), phi.constData());
    }
    QByteArray hl7 = masked.out;
    if (format == u"json") {
        const QJsonObject session = QJsonDocument::fromJson(masked.out).object();
        QCOMPARE(session.value(QLatin1StringView("id")).toString(), QStringLiteral("session-2"));
        hl7.clear();
        for (const QJsonValue &m : session.value(QLatin1StringView("messages")).toArray())
            hl7 += m.toString().toUtf8();
    }
    // Still the same messages to a parser: types, control ids, segments; a pseudonym for the patient.
    const QList<QByteArray> messages = hl7Messages(hl7);
    QCOMPARE(messages.size(), 2);
    for (const QByteArray &m : messages) {
        const Hl7::Message parsed = Hl7::Message::parse(m);
        QCOMPARE(parsed.type(), QStringLiteral("ORU^R01"));
        QVERIFY(parsed.value(*Hl7::Path::parse(u"PID-5.1")).startsWith(u"PATIENT"));
        QCOMPARE(parsed.segments().size(), 5);
    }
}

void tst_Cli::exportToPrivateFile()
{
    importFixtures();
    const QString file = m_temp->filePath(QStringLiteral("export.json"));
    const QStringList arguments{QStringLiteral("export"), QStringLiteral("session-1"), QStringLiteral("--format"),
                                QStringLiteral("json"), QStringLiteral("-o"), file};
    const Run run = cliWithData(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(readFileBytes(file), cliWithData(arguments.first(4)).out);
    // An existing file is never replaced.
    QVERIFY(writeFileBytes(file, "keep me"));
    const Run again = cliWithData(arguments);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("export.json"), again.err.constData());
    QCOMPARE(readFileBytes(file), QByteArray("keep me"));
}

void tst_Cli::exportUnknownSessionFails()
{
    importFixtures();
    const QString file = m_temp->filePath(QStringLiteral("none.hl7"));
    const Run run = cliWithData({QStringLiteral("export"), QStringLiteral("session-99"), QStringLiteral("--format"),
                                 QStringLiteral("hl7"), QStringLiteral("-o"), file});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.contains("session-99"));
    QVERIFY(!QFileInfo::exists(file));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"

#include "datadirectory.h"
#include "sessionrepository.h"
#include "settings.h"
#include "testdata.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Runs the real hl7capture-cli config: its output and exit codes are what scripts rely on.
class tst_ConfigCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void getDefaults_data();
    void getDefaults();
    void setThenGet_data();
    void setThenGet();
    void listAsText();
    void listAsJson();
    void badUsage_data();
    void badUsage();
    void unreadableFileFails();
    void unwritableFolderFails();
    void authHeaderMasked();
    void markerBytesMustDiffer();
    void worksWhileTheAppHoldsTheFolder();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run config(const QStringList &arguments);
    QString settingsFile() const { return m_data + QStringLiteral("/settings.ini"); }

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_data;
};

void tst_ConfigCli::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_data = m_temp->filePath(QStringLiteral("data"));
}

tst_ConfigCli::Run tst_ConfigCli::config(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(HL7CAPTURE_CLI), QStringList{QStringLiteral("--data-dir"), m_data, QStringLiteral("config")} + arguments);
    Run run;
    if (!process.waitForFinished(60'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_ConfigCli::getDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("out");

    QTest::newRow("bool") << QStringLiteral("enablePersistence") << QByteArray("true\n");
    QTest::newRow("int") << QStringLiteral("retentionDays") << QByteArray("30\n");
    QTest::newRow("range") << QStringLiteral("submissionTimeoutSeconds") << QByteArray("30\n");
    QTest::newRow("empty string") << QStringLiteral("submissionEndpoint") << QByteArray("\n");
    QTest::newRow("choice") << QStringLiteral("captureSource") << QByteArray("interface\n");
    QTest::newRow("string default") << QStringLiteral("proxyListen") << QByteArray("2575\n");
    QTest::newRow("marker byte") << QStringLiteral("startByte") << QByteArray("5\n");
    QTest::newRow("empty choice") << QStringLiteral("language") << QByteArray("\n");
}

void tst_ConfigCli::getDefaults()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, out);
    const Run run = config({QStringLiteral("get"), key});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, out);
    QVERIFY(run.err.isEmpty());
    QVERIFY(!QFileInfo::exists(m_data)); // reading creates nothing
}

void tst_ConfigCli::setThenGet_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("out");

    QTest::newRow("int") << QStringLiteral("retentionDays") << QStringLiteral("365") << QByteArray("365\n");
    QTest::newRow("bool word") << QStringLiteral("dryRunMode") << QStringLiteral("yes") << QByteArray("true\n");
    QTest::newRow("url") << QStringLiteral("submissionEndpoint") << QStringLiteral("https://collector.example/api") << QByteArray("https://collector.example/api\n");
    QTest::newRow("string with = and ;") << QStringLiteral("submissionPerformer") << QStringLiteral(" lab=3; \"night\" ü ") << QByteArray(" lab=3; \"night\" \xc3\xbc \n");
    QTest::newRow("choice, any case") << QStringLiteral("captureFraming") << QStringLiteral("MLLP") << QByteArray("mllp\n");
    QTest::newRow("ipv6") << QStringLiteral("deviceIP") << QStringLiteral("fe80::1") << QByteArray("fe80::1\n");
    QTest::newRow("listen address") << QStringLiteral("proxyListen") << QStringLiteral("0.0.0.0:3000") << QByteArray("0.0.0.0:3000\n");
    QTest::newRow("upstream") << QStringLiteral("proxyUpstream") << QStringLiteral("lis.example:2575") << QByteArray("lis.example:2575\n");
    QTest::newRow("hex marker byte") << QStringLiteral("endByte") << QStringLiteral("0x03") << QByteArray("3\n");
    QTest::newRow("port") << QStringLiteral("lisPort") << QStringLiteral("65535") << QByteArray("65535\n");
    QTest::newRow("start-up bool") << QStringLiteral("minimizeToTray") << QStringLiteral("no") << QByteArray("false\n");
}

void tst_ConfigCli::setThenGet()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QByteArray, out);

    const Run set = config({QStringLiteral("set"), key, value});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY(set.out.isEmpty());
    QCOMPARE(modeOf(settingsFile()), 0600);
    QCOMPARE(modeOf(m_data), 0700);
    const Run get = config({QStringLiteral("get"), key});
    QVERIFY2(get.exitCode == 0, get.err.constData());
    QCOMPARE(get.out, out);
}

void tst_ConfigCli::listAsText()
{
    QCOMPARE(config({QStringLiteral("set"), QStringLiteral("retentionDays"), QStringLiteral("45")}).exitCode, 0);
    const Run run = config({QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.size(), 33); // 32 keys and the final newline
    QCOMPARE(lines.size(), Settings::keys().size() + 1);
    QCOMPARE(lines.at(0), QByteArray("enablePersistence = true  (default)"));
    QCOMPARE(lines.at(1), QByteArray("retentionDays = 45"));
    QCOMPARE(lines.at(12), QByteArray("submissionCaFile =   (default)"));
    QCOMPARE(lines.at(13), QByteArray("captureSource = interface  (default)"));
    QCOMPARE(lines.at(31), QByteArray("logLevel = info  (default)"));
}

void tst_ConfigCli::listAsJson()
{
    QCOMPARE(config({QStringLiteral("set"), QStringLiteral("submissionConcurrency"), QStringLiteral("7")}).exitCode, 0);
    QCOMPARE(config({QStringLiteral("set"), QStringLiteral("purgeUnsubmitted"), QStringLiteral("true")}).exitCode, 0);
    const Run run = config({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    const QJsonObject o = doc.object();
    QCOMPARE(o.size(), 32);
    QCOMPARE(o.keys(), [] { QStringList k = Settings::keys(); k.sort(); return k; }());
    QCOMPARE(o.value(QStringLiteral("submissionConcurrency")), QJsonValue(7));
    QCOMPARE(o.value(QStringLiteral("purgeUnsubmitted")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("enablePersistence")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("retentionDays")), QJsonValue(30));
    QCOMPARE(o.value(QStringLiteral("submissionEndpoint")), QJsonValue(QString()));
    QVERIFY(o.value(QStringLiteral("submissionCaFile")).isString());
    QCOMPARE(o.value(QStringLiteral("startByte")), QJsonValue(5));
    QCOMPARE(o.value(QStringLiteral("autoStartCapture")), QJsonValue(false));
    QCOMPARE(o.value(QStringLiteral("logLevel")), QJsonValue(QStringLiteral("info")));
}

void tst_ConfigCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");

    QTest::newRow("no action") << QStringList() << QByteArray("config get KEY");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("unset"), QStringLiteral("x")} << QByteArray("unknown action \"unset\"");
    QTest::newRow("get without key") << QStringList{QStringLiteral("get")} << QByteArray("expected");
    QTest::newRow("set without value") << QStringList{QStringLiteral("set"), QStringLiteral("retentionDays")} << QByteArray("expected");
    QTest::newRow("list with a key") << QStringList{QStringLiteral("list"), QStringLiteral("retentionDays")} << QByteArray("expected");
    QTest::newRow("get unknown key") << QStringList{QStringLiteral("get"), QStringLiteral("foo")} << QByteArray("unknown setting \"foo\"; known settings: enablePersistence");
    QTest::newRow("set unknown key") << QStringList{QStringLiteral("set"), QStringLiteral("foo"), QStringLiteral("1")} << QByteArray("unknown setting \"foo\"");
    QTest::newRow("above range") << QStringList{QStringLiteral("set"), QStringLiteral("retentionDays"), QStringLiteral("400")}
                                 << QByteArray("retentionDays must be a whole number from 1 to 365 (got \"400\")");
    QTest::newRow("below range") << QStringList{QStringLiteral("set"), QStringLiteral("submissionConcurrency"), QStringLiteral("0")}
                                 << QByteArray("from 1 to 10 (got \"0\")");
    QTest::newRow("not a bool") << QStringList{QStringLiteral("set"), QStringLiteral("dryRunMode"), QStringLiteral("perhaps")}
                                << QByteArray("dryRunMode must be true or false (got \"perhaps\")");
    QTest::newRow("not a url") << QStringList{QStringLiteral("set"), QStringLiteral("submissionEndpoint"), QStringLiteral("collector")}
                               << QByteArray("http://");
    QTest::newRow("missing CA file") << QStringList{QStringLiteral("set"), QStringLiteral("submissionCaFile"), QStringLiteral("/nonexistent/ca.pem")}
                                     << QByteArray("/nonexistent/ca.pem does not exist");
    QTest::newRow("negative value") << QStringList{QStringLiteral("set"), QStringLiteral("retentionDays"), QStringLiteral("-5")}
                                    << QByteArray("config set KEY -- VALUE");
    QTest::newRow("negative value after --") << QStringList{QStringLiteral("set"), QStringLiteral("retentionDays"), QStringLiteral("--"), QStringLiteral("-5")}
                                             << QByteArray("from 1 to 365 (got \"-5\")");
    QTest::newRow("not a choice") << QStringList{QStringLiteral("set"), QStringLiteral("captureSource"), QStringLiteral("usb")}
                                  << QByteArray("captureSource must be one of \"interface\", \"file\", \"proxy\" (got \"usb\")");
    QTest::newRow("not an address") << QStringList{QStringLiteral("set"), QStringLiteral("lisIP"), QStringLiteral("999.1.1.1")}
                                    << QByteArray("lisIP must be empty or an IPv4 or IPv6 address");
    QTest::newRow("listen without port") << QStringList{QStringLiteral("set"), QStringLiteral("proxyListen"), QStringLiteral("0.0.0.0")}
                                         << QByteArray("proxyListen must be a port from 1 to 65535");
    QTest::newRow("upstream without host") << QStringList{QStringLiteral("set"), QStringLiteral("proxyUpstream"), QStringLiteral("2575")}
                                           << QByteArray("proxyUpstream must be empty or HOST:PORT");
    QTest::newRow("STX as marker") << QStringList{QStringLiteral("set"), QStringLiteral("startByte"), QStringLiteral("0x02")}
                                   << QByteArray("other than 0x02 (STX), 0x15 (NAK), 0x0d (CR) and 0x0a (LF) (got \"0x02\")");
    QTest::newRow("idle gap above range") << QStringList{QStringLiteral("set"), QStringLiteral("idleGapSeconds"), QStringLiteral("3601")}
                                          << QByteArray("from 1 to 3600");
    QTest::newRow("json with get") << QStringList{QStringLiteral("get"), QStringLiteral("retentionDays"), QStringLiteral("--json")} << QByteArray("--json");
}

void tst_ConfigCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const Run run = config(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(!QFileInfo::exists(settingsFile()));
}

void tst_ConfigCli::unreadableFileFails()
{
    QVERIFY(QDir().mkpath(m_data));
    const QByteArray garbled("[General]\nretentionDays=5\nnot a setting\n");
    QVERIFY(writeFileBytes(settingsFile(), garbled));
    for (const QStringList &args : {QStringList{QStringLiteral("get"), QStringLiteral("retentionDays")},
                                    QStringList{QStringLiteral("list")},
                                    QStringList{QStringLiteral("set"), QStringLiteral("retentionDays"), QStringLiteral("6")}}) {
        const Run run = config(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(settingsFile().toUtf8()) && run.err.contains("line 3"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(readFileBytes(settingsFile()), garbled);

    // A wrong value in a readable file is a warning, and the default.
    QVERIFY(writeFileBytes(settingsFile(), "[General]\nretentionDays=500\n"));
    const Run run = config({QStringLiteral("get"), QStringLiteral("retentionDays")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("30\n"));
    QVERIFY2(run.err.contains("warning:") && run.err.contains("\"500\"") && run.err.contains("from 1 to 365"), run.err.constData());
}

void tst_ConfigCli::unwritableFolderFails()
{
    // The data folder's place is taken by a file: nothing can be written there.
    QVERIFY(writeFileBytes(m_data, "not a folder"));
    const Run run = config({QStringLiteral("set"), QStringLiteral("retentionDays"), QStringLiteral("6")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("retentionDays not changed") && run.err.contains(m_data.toUtf8()), run.err.constData());
}

void tst_ConfigCli::authHeaderMasked()
{
    const QString key = QStringLiteral("submissionAuthHeader");
    const Run set = config({QStringLiteral("set"), key, QStringLiteral("Bearer s3cret-token")});
    QVERIFY2(set.exitCode == 0, set.err.constData());

    Run run = config({QStringLiteral("get"), key});
    QCOMPARE(run.out, QByteArray("Bearer ****\n"));
    run = config({QStringLiteral("list")});
    QVERIFY(run.out.contains("submissionAuthHeader = Bearer ****\n"));
    QVERIFY(!run.out.contains("s3cret"));
    run = config({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(key), QJsonValue(QStringLiteral("Bearer ****")));

    run = config({QStringLiteral("get"), key, QStringLiteral("--show-secrets")});
    QCOMPARE(run.out, QByteArray("Bearer s3cret-token\n"));
    run = config({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--show-secrets")});
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(key), QJsonValue(QStringLiteral("Bearer s3cret-token")));

    // A refused secret is not repeated in the message.
    run = config({QStringLiteral("set"), key, QStringLiteral("Bearer other-s3cret\nX-Injected: 1")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("submissionAuthHeader") && !run.err.contains("s3cret"), run.err.constData());
}

void tst_ConfigCli::markerBytesMustDiffer()
{
    // Each value is a byte the framing may use, but not the acknowledge byte as start byte too.
    const Run run = config({QStringLiteral("set"), QStringLiteral("startByte"), QStringLiteral("6")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("startByte not changed: the start, acknowledge and end bytes must differ (startByte 6, ackByte 6, endByte 4)"),
             run.err.constData());
    QVERIFY(!QFileInfo::exists(settingsFile()));
    QCOMPARE(config({QStringLiteral("set"), QStringLiteral("ackByte"), QStringLiteral("0x07")}).exitCode, 0);
    QCOMPARE(config({QStringLiteral("set"), QStringLiteral("startByte"), QStringLiteral("6")}).exitCode, 0);
    QCOMPARE(config({QStringLiteral("get"), QStringLiteral("startByte")}).out, QByteArray("6\n"));
}

void tst_ConfigCli::worksWhileTheAppHoldsTheFolder()
{
    SessionRepository app{DataDirectory(m_data)};
    QVERIFY(app.open(SessionRepository::Access::Exclusive).ok());
    // The folder is really held: a command that changes sessions is refused.
    QTemporaryDir empty;
    QProcess writer;
    writer.start(QStringLiteral(HL7CAPTURE_CLI), {QStringLiteral("--data-dir"), m_data, QStringLiteral("import-sessions"), empty.path()});
    QVERIFY(writer.waitForFinished(60'000));
    QCOMPARE(writer.exitCode(), 1);
    QVERIFY2(writer.readAllStandardError().contains("in use"), "the lock is not held");

    const Run set = config({QStringLiteral("set"), QStringLiteral("cleanupIntervalHours"), QStringLiteral("168")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    const Run get = config({QStringLiteral("get"), QStringLiteral("cleanupIntervalHours")});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, QByteArray("168\n"));
}

QTEST_GUILESS_MAIN(tst_ConfigCli)
#include "tst_configcli.moc"

#include "settings.h"
#include "settingspec.h"
#include "testdata.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Settings over a temporary data folder: the table, validation, the file and the watcher.
class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaults_data();
    void defaults();
    void keysInTableOrder();
    void boundaries_data();
    void boundaries();
    void strings_data();
    void strings();
    void choices_data();
    void choices();
    void markerBytes_data();
    void markerBytes();
    void markerBytesTogether();
    void markerBytesClashingInFile();
    void severalKeysAllOrNothing();
    void validateNamesEveryProblem();
    void caFileMustBeReadable();
    void unknownKeyRefused();
    void fileIsPrivateAndPlain();
    void unknownKeysKept();
    void invalidValueInFile_data();
    void invalidValueInFile();
    void unreadableFileNotOverwritten_data();
    void unreadableFileNotOverwritten();
    void newerVersionKept();
    void changedOncePerRealChange();
    void watchesAnotherWriter();
    void roundTrip_data();
    void roundTrip();
    void readsWhatQSettingsWrites();
    void maskSecret_data();
    void maskSecret();

private:
    std::unique_ptr<Settings> make() { return std::make_unique<Settings>(DataDirectory(m_root)); }
    QString file() const { return m_root + QStringLiteral("/settings.ini"); }
    void writeFile(const QByteArray &bytes)
    {
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(writeFileBytes(file(), bytes));
    }

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_root;
};

void tst_Settings::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_root = m_temp->filePath(QStringLiteral("data"));
}

void tst_Settings::defaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QVariant>("fromGetter");

    const Settings s{DataDirectory(QStringLiteral("/nonexistent"))};
    QTest::newRow("enablePersistence") << QStringLiteral("enablePersistence") << QVariant(true) << QVariant(s.enablePersistence());
    QTest::newRow("retentionDays") << QStringLiteral("retentionDays") << QVariant(30) << QVariant(s.retentionDays());
    QTest::newRow("cleanupIntervalHours") << QStringLiteral("cleanupIntervalHours") << QVariant(24) << QVariant(s.cleanupIntervalHours());
    QTest::newRow("dryRunMode") << QStringLiteral("dryRunMode") << QVariant(false) << QVariant(s.dryRunMode());
    QTest::newRow("purgeUnsubmitted") << QStringLiteral("purgeUnsubmitted") << QVariant(false) << QVariant(s.purgeUnsubmitted());
    QTest::newRow("submissionEndpoint") << QStringLiteral("submissionEndpoint") << QVariant(QString()) << QVariant(s.submissionEndpoint());
    QTest::newRow("submissionAuthHeader") << QStringLiteral("submissionAuthHeader") << QVariant(QString()) << QVariant(s.submissionAuthHeader());
    QTest::newRow("submissionPerformer") << QStringLiteral("submissionPerformer") << QVariant(QString()) << QVariant(s.submissionPerformer());
    QTest::newRow("submissionConcurrency") << QStringLiteral("submissionConcurrency") << QVariant(2) << QVariant(s.submissionConcurrency());
    QTest::newRow("submissionMaxRetries") << QStringLiteral("submissionMaxRetries") << QVariant(3) << QVariant(s.submissionMaxRetries());
    QTest::newRow("submissionIntervalMinutes") << QStringLiteral("submissionIntervalMinutes") << QVariant(5) << QVariant(s.submissionIntervalMinutes());
    QTest::newRow("submissionTimeoutSeconds") << QStringLiteral("submissionTimeoutSeconds") << QVariant(30) << QVariant(s.submissionTimeoutSeconds());
    QTest::newRow("submissionCaFile") << QStringLiteral("submissionCaFile") << QVariant(QString()) << QVariant(s.submissionCaFile());
    QTest::newRow("captureSource") << QStringLiteral("captureSource") << QVariant(QStringLiteral("interface")) << QVariant(s.captureSource());
    QTest::newRow("captureInterface") << QStringLiteral("captureInterface") << QVariant(QString()) << QVariant(s.captureInterface());
    QTest::newRow("captureFilter") << QStringLiteral("captureFilter") << QVariant(QString()) << QVariant(s.captureFilter());
    QTest::newRow("captureFraming") << QStringLiteral("captureFraming") << QVariant(QStringLiteral("auto")) << QVariant(s.captureFraming());
    QTest::newRow("deviceIP") << QStringLiteral("deviceIP") << QVariant(QString()) << QVariant(s.deviceIP());
    QTest::newRow("lisIP") << QStringLiteral("lisIP") << QVariant(QString()) << QVariant(s.lisIP());
    QTest::newRow("lisPort") << QStringLiteral("lisPort") << QVariant(0) << QVariant(s.lisPort());
    QTest::newRow("proxyListen") << QStringLiteral("proxyListen") << QVariant(QStringLiteral("2575")) << QVariant(s.proxyListen());
    QTest::newRow("proxyUpstream") << QStringLiteral("proxyUpstream") << QVariant(QString()) << QVariant(s.proxyUpstream());
    QTest::newRow("startByte") << QStringLiteral("startByte") << QVariant(5) << QVariant(s.startByte());
    QTest::newRow("ackByte") << QStringLiteral("ackByte") << QVariant(6) << QVariant(s.ackByte());
    QTest::newRow("endByte") << QStringLiteral("endByte") << QVariant(4) << QVariant(s.endByte());
    QTest::newRow("idleGapSeconds") << QStringLiteral("idleGapSeconds") << QVariant(60) << QVariant(s.idleGapSeconds());
    QTest::newRow("autoStartCapture") << QStringLiteral("autoStartCapture") << QVariant(false) << QVariant(s.autoStartCapture());
    QTest::newRow("startMinimized") << QStringLiteral("startMinimized") << QVariant(false) << QVariant(s.startMinimized());
    QTest::newRow("minimizeToTray") << QStringLiteral("minimizeToTray") << QVariant(true) << QVariant(s.minimizeToTray());
    QTest::newRow("startAtLogin") << QStringLiteral("startAtLogin") << QVariant(false) << QVariant(s.startAtLogin());
    QTest::newRow("language") << QStringLiteral("language") << QVariant(QString()) << QVariant(s.language());
    QTest::newRow("logLevel") << QStringLiteral("logLevel") << QVariant(QStringLiteral("info")) << QVariant(s.logLevel());
}

void tst_Settings::defaults()
{
    QFETCH(QString, key);
    QFETCH(QVariant, expected);
    QFETCH(QVariant, fromGetter);

    auto settings = make();
    QVERIFY(settings->load().ok()); // no file: every default, no warning
    QVERIFY(settings->loadWarnings().isEmpty());
    QCOMPARE(settings->value(key), expected);
    QCOMPARE(settings->value(key).metaType(), expected.metaType());
    QCOMPARE(Settings::defaultValue(key), expected);
    QCOMPARE(fromGetter, expected);
    QVERIFY(!settings->isSet(key));
    QVERIFY(!settings->value(QStringLiteral("noSuchKey")).isValid());
    QVERIFY(!QFileInfo::exists(m_root)); // reading creates nothing
}

void tst_Settings::keysInTableOrder()
{
    QCOMPARE(Settings::keys(),
             QStringList({QStringLiteral("enablePersistence"), QStringLiteral("retentionDays"), QStringLiteral("cleanupIntervalHours"),
                          QStringLiteral("dryRunMode"), QStringLiteral("purgeUnsubmitted"), QStringLiteral("submissionEndpoint"),
                          QStringLiteral("submissionAuthHeader"), QStringLiteral("submissionPerformer"), QStringLiteral("submissionConcurrency"),
                          QStringLiteral("submissionMaxRetries"), QStringLiteral("submissionIntervalMinutes"),
                          QStringLiteral("submissionTimeoutSeconds"), QStringLiteral("submissionCaFile"),
                          QStringLiteral("captureSource"), QStringLiteral("captureInterface"), QStringLiteral("captureFilter"),
                          QStringLiteral("captureFraming"), QStringLiteral("deviceIP"), QStringLiteral("lisIP"), QStringLiteral("lisPort"),
                          QStringLiteral("proxyListen"), QStringLiteral("proxyUpstream"), QStringLiteral("startByte"),
                          QStringLiteral("ackByte"), QStringLiteral("endByte"), QStringLiteral("idleGapSeconds"),
                          QStringLiteral("autoStartCapture"), QStringLiteral("startMinimized"), QStringLiteral("minimizeToTray"),
                          QStringLiteral("startAtLogin"), QStringLiteral("language"), QStringLiteral("logLevel")}));
    // Every row has a description a person can read (the dialog's accessible names).
    for (const SettingSpec &spec : SettingSpec::all())
        QVERIFY2(!spec.translatedDescription().isEmpty(), spec.name);
}

void tst_Settings::boundaries_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("expected"); // invalid: refused

    struct Range { const char *key; int min; int max; };
    const Range ranges[] = {{"retentionDays", 1, 365}, {"cleanupIntervalHours", 1, 168}, {"submissionConcurrency", 1, 10},
                            {"submissionMaxRetries", 1, 10}, {"submissionIntervalMinutes", 1, 60},
                            {"submissionTimeoutSeconds", 1, 300}, {"lisPort", 0, 65535}, {"idleGapSeconds", 1, 3600}};
    for (const Range &r : ranges) {
        const QString key = QLatin1StringView(r.key);
        auto row = [&](const char *what) -> QTestData & { return QTest::addRow("%s %s", r.key, what); };
        row("min-1") << key << QVariant(QString::number(r.min - 1)) << QVariant();
        row("min") << key << QVariant(QString::number(r.min)) << QVariant(r.min);
        row("max") << key << QVariant(QString::number(r.max)) << QVariant(r.max);
        row("max+1") << key << QVariant(QString::number(r.max + 1)) << QVariant();
        row("typed min-1") << key << QVariant(r.min - 1) << QVariant();
        row("typed max") << key << QVariant(r.max) << QVariant(r.max);
        row("typed max+1") << key << QVariant(r.max + 1) << QVariant();
        row("garbage") << key << QVariant(QStringLiteral("ten")) << QVariant();
        row("trailing garbage") << key << QVariant(QStringLiteral("5x")) << QVariant();
        row("hex") << key << QVariant(QStringLiteral("0x5")) << QVariant();
        row("fraction") << key << QVariant(QStringLiteral("2.5")) << QVariant();
        row("empty") << key << QVariant(QString()) << QVariant();
        row("huge") << key << QVariant(QStringLiteral("99999999999999999999")) << QVariant();
        row("bool") << key << QVariant(true) << QVariant();
    }
    for (const char *key : {"enablePersistence", "dryRunMode", "purgeUnsubmitted", "autoStartCapture", "startMinimized",
                            "minimizeToTray", "startAtLogin"}) {
        const QString k = QLatin1StringView(key);
        const bool def = Settings::defaultValue(k).toBool();
        auto row = [&](const char *what) -> QTestData & { return QTest::addRow("%s %s", key, what); };
        // The non-default value first, so that an accepted row is a real change.
        row("word") << k << QVariant(def ? QStringLiteral("false") : QStringLiteral("true")) << QVariant(!def);
        row("yes/no") << k << QVariant(def ? QStringLiteral("no") : QStringLiteral("YES")) << QVariant(!def);
        row("digit") << k << QVariant(def ? QStringLiteral("0") : QStringLiteral("1")) << QVariant(!def);
        row("typed") << k << QVariant(!def) << QVariant(!def);
        row("maybe") << k << QVariant(QStringLiteral("maybe")) << QVariant();
        row("2") << k << QVariant(QStringLiteral("2")) << QVariant();
        row("empty") << k << QVariant(QString()) << QVariant();
        row("typed int") << k << QVariant(1) << QVariant();
    }
}

void tst_Settings::boundaries()
{
    QFETCH(QString, key);
    QFETCH(QVariant, input);
    QFETCH(QVariant, expected);

    auto settings = make();
    QVERIFY(settings->load().ok());
    QSignalSpy spy(settings.get(), &Settings::changed);
    const QVariant before = settings->value(key);
    const Status status = input.metaType().id() == QMetaType::QString ? settings->setText(key, input.toString())
                                                                       : settings->set(key, input);
    if (!expected.isValid()) {
        QVERIFY(!status);
        QVERIFY2(status.error().startsWith(key + QStringLiteral(" must be ")), qPrintable(status.error()));
        const SettingSpec *spec = SettingSpec::find(key);
        QVERIFY(status.error().contains(spec->allowedText()));
        QVERIFY2(status.error().contains(QStringLiteral("(got \"%1").arg(input.toString().left(20))), qPrintable(status.error()));
        QCOMPARE(settings->value(key), before);
        QCOMPARE(spy.count(), 0);
        QVERIFY(!QFileInfo::exists(file()));
        return;
    }
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(settings->value(key), expected);
    QCOMPARE(settings->value(key).metaType(), expected.metaType());
    if (expected != before)
        QCOMPARE(spy.count(), 1);
    auto reread = make();
    QVERIFY(reread->load().ok());
    QVERIFY(reread->loadWarnings().isEmpty());
    QCOMPARE(reread->value(key), expected);
}

void tst_Settings::strings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");

    const QString endpoint = QStringLiteral("submissionEndpoint");
    QTest::newRow("https") << endpoint << QStringLiteral("https://collector.example/api/v1/sessions") << true;
    QTest::newRow("http with port") << endpoint << QStringLiteral("http://10.0.0.1:8080/x?a=b") << true;
    QTest::newRow("empty turns it off") << endpoint << QString() << true;
    QTest::newRow("ftp") << endpoint << QStringLiteral("ftp://collector.example/") << false;
    QTest::newRow("no scheme") << endpoint << QStringLiteral("collector.example/api") << false;
    QTest::newRow("no host") << endpoint << QStringLiteral("https://") << false;
    QTest::newRow("relative") << endpoint << QStringLiteral("/api/sessions") << false;
    QTest::newRow("space") << endpoint << QStringLiteral("https://collector.example/a b") << false;
    QTest::newRow("two lines") << QStringLiteral("submissionPerformer") << QStringLiteral("lab\nother") << false;
    QTest::newRow("tab") << QStringLiteral("submissionPerformer") << QStringLiteral("lab\tother") << false;
    QTest::newRow("header injection") << QStringLiteral("submissionAuthHeader") << QStringLiteral("Bearer s3cret\r\nX-Evil: 1") << false;

    for (const char *k : {"deviceIP", "lisIP"}) {
        const QString key = QLatin1StringView(k);
        auto row = [&](const char *what) -> QTestData & { return QTest::addRow("%s %s", k, what); };
        row("ipv4") << key << QStringLiteral("192.168.1.20") << true;
        row("ipv6") << key << QStringLiteral("fe80::1") << true;
        row("ipv6 with zone") << key << QStringLiteral("fe80::1%eth0") << true;
        row("mapped ipv4") << key << QStringLiteral("::ffff:10.0.0.1") << true;
        row("empty: any") << key << QString() << true;
        row("octet too large") << key << QStringLiteral("999.1.1.1") << false;
        row("shorthand") << key << QStringLiteral("10.1") << false;
        row("name") << key << QStringLiteral("lis.example") << false;
        row("with port") << key << QStringLiteral("10.0.0.1:2575") << false;
        row("spaces") << key << QStringLiteral(" 10.0.0.1") << false;
    }
    const QString listen = QStringLiteral("proxyListen");
    QTest::newRow("listen port") << listen << QStringLiteral("3000") << true;
    QTest::newRow("listen address and port") << listen << QStringLiteral("127.0.0.1:3000") << true;
    QTest::newRow("listen ipv6") << listen << QStringLiteral("[::1]:3000") << true;
    QTest::newRow("listen word") << listen << QStringLiteral("x") << false;
    QTest::newRow("listen empty") << listen << QString() << false;
    QTest::newRow("listen port 0") << listen << QStringLiteral("0") << false;
    QTest::newRow("listen port too large") << listen << QStringLiteral("65536") << false;
    QTest::newRow("listen on a name") << listen << QStringLiteral("lis.example:3000") << false;
    QTest::newRow("listen without port") << listen << QStringLiteral("127.0.0.1:") << false;
    const QString upstream = QStringLiteral("proxyUpstream");
    QTest::newRow("upstream name") << upstream << QStringLiteral("lis.example:2575") << true;
    QTest::newRow("upstream ipv4") << upstream << QStringLiteral("10.0.0.5:2575") << true;
    QTest::newRow("upstream ipv6") << upstream << QStringLiteral("[fe80::1]:2575") << true;
    QTest::newRow("upstream empty: not set") << upstream << QString() << true;
    QTest::newRow("upstream port only") << upstream << QStringLiteral("2575") << false;
    QTest::newRow("upstream without port") << upstream << QStringLiteral("lis.example") << false;
    QTest::newRow("upstream bad name") << upstream << QStringLiteral("lis example:2575") << false;
    QTest::newRow("upstream url") << upstream << QStringLiteral("http://lis:2575") << false;
    QTest::newRow("interface") << QStringLiteral("captureInterface") << QStringLiteral("eth0") << true;
    QTest::newRow("filter") << QStringLiteral("captureFilter") << QStringLiteral("tcp and port 2575") << true;
    QTest::newRow("filter on two lines") << QStringLiteral("captureFilter") << QStringLiteral("tcp\nport 1") << false;
}

void tst_Settings::strings()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(bool, accepted);

    auto settings = make();
    const Status status = settings->setText(key, text);
    QCOMPARE(status.ok(), accepted);
    if (accepted) {
        QCOMPARE(settings->value(key).toString(), text);
        return;
    }
    QVERIFY2(status.error().startsWith(key), qPrintable(status.error()));
    QVERIFY(!status.error().contains(QStringLiteral("s3cret"))); // a secret never goes into a message
    QVERIFY2(status.error().contains(SettingSpec::find(key)->allowedText()), qPrintable(status.error()));
    QCOMPARE(settings->value(key), Settings::defaultValue(key));
}

void tst_Settings::choices_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // null: refused

    QTest::newRow("source proxy") << QStringLiteral("captureSource") << QStringLiteral("proxy") << QStringLiteral("proxy");
    QTest::newRow("source file, any case") << QStringLiteral("captureSource") << QStringLiteral(" File ") << QStringLiteral("file");
    QTest::newRow("source usb") << QStringLiteral("captureSource") << QStringLiteral("usb") << QString();
    QTest::newRow("source empty") << QStringLiteral("captureSource") << QStringLiteral("") << QString();
    QTest::newRow("framing e1381") << QStringLiteral("captureFraming") << QStringLiteral("E1381") << QStringLiteral("e1381");
    QTest::newRow("framing hl7") << QStringLiteral("captureFraming") << QStringLiteral("hl7") << QString();
    QTest::newRow("language de") << QStringLiteral("language") << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("language system") << QStringLiteral("language") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("language it") << QStringLiteral("language") << QStringLiteral("it") << QString();
    QTest::newRow("language de_DE") << QStringLiteral("language") << QStringLiteral("de_DE") << QString();
    QTest::newRow("log level debug") << QStringLiteral("logLevel") << QStringLiteral("debug") << QStringLiteral("debug");
    QTest::newRow("log level verbose") << QStringLiteral("logLevel") << QStringLiteral("verbose") << QString();
}

void tst_Settings::choices()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    auto settings = make();
    const SettingSpec *spec = SettingSpec::find(key);
    QCOMPARE(spec->check, SettingSpec::Check::OneOf);
    QVERIFY(spec->choiceList().contains(Settings::defaultValue(key).toString()));
    const Status status = settings->setText(key, text);
    if (expected.isNull()) {
        QVERIFY(!status);
        QVERIFY2(status.error().startsWith(key + QStringLiteral(" must be ")) && status.error().contains(spec->allowedText()),
                 qPrintable(status.error()));
        for (const QString &c : spec->choiceList())
            QVERIFY2(c.isEmpty() || status.error().contains(QStringLiteral("\"%1\"").arg(c)), qPrintable(status.error()));
        QCOMPARE(settings->value(key), Settings::defaultValue(key));
        QVERIFY(!QFileInfo::exists(file()));
        return;
    }
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(settings->value(key).toString(), expected);
    auto reread = make();
    QVERIFY(reread->load().ok());
    QVERIFY(reread->loadWarnings().isEmpty());
    QCOMPARE(reread->value(key).toString(), expected);
}

void tst_Settings::markerBytes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("expected"); // invalid: refused

    for (const char *k : {"startByte", "ackByte", "endByte"}) {
        const QString key = QLatin1StringView(k);
        auto row = [&](const char *what) -> QTestData & { return QTest::addRow("%s %s", k, what); };
        row("decimal") << key << QVariant(QStringLiteral("7")) << QVariant(7);
        row("hex") << key << QVariant(QStringLiteral("0x1B")) << QVariant(0x1b);
        row("zero") << key << QVariant(QStringLiteral("0")) << QVariant(0);
        row("max") << key << QVariant(QStringLiteral("255")) << QVariant(255);
        row("typed") << key << QVariant(3) << QVariant(3);
        row("STX") << key << QVariant(QStringLiteral("2")) << QVariant();
        row("NAK as hex") << key << QVariant(QStringLiteral("0x15")) << QVariant();
        row("CR") << key << QVariant(QStringLiteral("13")) << QVariant();
        row("LF typed") << key << QVariant(10) << QVariant();
        row("256") << key << QVariant(QStringLiteral("256")) << QVariant();
        row("0x100") << key << QVariant(QStringLiteral("0x100")) << QVariant();
        row("negative") << key << QVariant(-1) << QVariant();
        row("word") << key << QVariant(QStringLiteral("ENQ")) << QVariant();
        row("empty") << key << QVariant(QString()) << QVariant();
    }
}

void tst_Settings::markerBytes()
{
    QFETCH(QString, key);
    QFETCH(QVariant, input);
    QFETCH(QVariant, expected);

    auto settings = make();
    const Status status = settings->set(key, input);
    if (!expected.isValid()) {
        QVERIFY(!status);
        QVERIFY2(status.error().startsWith(key + QStringLiteral(" must be a byte from 0 to 255")), qPrintable(status.error()));
        QVERIFY2(status.error().contains(QStringLiteral("other than 0x02 (STX), 0x15 (NAK), 0x0d (CR) and 0x0a (LF)")), qPrintable(status.error()));
        QVERIFY2(status.error().contains(QStringLiteral("(got \"%1\")").arg(input.toString())), qPrintable(status.error()));
        QCOMPARE(settings->value(key), Settings::defaultValue(key));
        QVERIFY(!QFileInfo::exists(file()));
        return;
    }
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(settings->value(key), expected);
    auto reread = make();
    QVERIFY(reread->load().ok());
    QCOMPARE(reread->value(key), expected);
}

void tst_Settings::markerBytesTogether()
{
    auto settings = make();
    QSignalSpy spy(settings.get(), &Settings::changed);
    // The acknowledge byte cannot also start a transmission.
    Status s = settings->setText(QStringLiteral("startByte"), QStringLiteral("6"));
    QVERIFY(!s);
    QCOMPARE(s.error(), QStringLiteral("startByte not changed: the start, acknowledge and end bytes must differ (startByte 6, ackByte 6, endByte 4)"));
    QVERIFY(!QFileInfo::exists(file()));
    QCOMPARE(spy.count(), 0);

    // Swapped in one call, they never clash.
    s = settings->set(Settings::Changes{{QStringLiteral("startByte"), 6}, {QStringLiteral("ackByte"), 5}});
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(settings->startByte(), 6);
    QCOMPARE(settings->ackByte(), 5);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(readFileBytes(file()), QByteArray("[General]\nsettingsVersion=1\nstartByte=6\nackByte=5\n"));
}

void tst_Settings::markerBytesClashingInFile()
{
    writeFile("[General]\nstartByte=7\nackByte=7\nretentionDays=9\n");
    auto settings = make();
    QVERIFY(settings->load().ok());
    QCOMPARE(settings->retentionDays(), 9);
    QCOMPARE(settings->startByte(), 5); // both fall back, each alone being fine
    QCOMPARE(settings->ackByte(), 6);
    QVERIFY(!settings->isSet(QStringLiteral("startByte")));
    const QStringList warnings = settings->loadWarnings();
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.at(0).contains(QStringLiteral("startByte")) && warnings.at(0).contains(QStringLiteral("must differ"))
                 && warnings.at(0).contains(QStringLiteral("using the default 5")),
             qPrintable(warnings.at(0)));

    // Setting one of them puts the values in force in place of the clashing lines.
    QVERIFY(settings->setText(QStringLiteral("endByte"), QStringLiteral("3")).ok());
    QCOMPARE(readFileBytes(file()), QByteArray("[General]\nsettingsVersion=1\nretentionDays=9\nstartByte=5\nackByte=6\nendByte=3\n"));
    auto reread = make();
    QVERIFY(reread->load().ok());
    QVERIFY(reread->loadWarnings().isEmpty());
    QCOMPARE(reread->endByte(), 3);
}

void tst_Settings::severalKeysAllOrNothing()
{
    auto settings = make();
    QVERIFY(settings->setText(QStringLiteral("retentionDays"), QStringLiteral("10")).ok());
    const QByteArray before = readFileBytes(file());
    QSignalSpy spy(settings.get(), &Settings::changed);

    Status s = settings->set(Settings::Changes{{QStringLiteral("retentionDays"), 20}, {QStringLiteral("deviceIP"), QStringLiteral("999.1.1.1")}});
    QVERIFY(!s);
    QVERIFY2(s.error().startsWith(QStringLiteral("deviceIP must be")), qPrintable(s.error()));
    QCOMPARE(settings->retentionDays(), 10);
    QCOMPARE(readFileBytes(file()), before);
    QCOMPARE(spy.count(), 0);

    s = settings->set(Settings::Changes{{QStringLiteral("retentionDays"), 20}, {QStringLiteral("deviceIP"), QStringLiteral("10.0.0.7")},
                                        {QStringLiteral("logLevel"), QStringLiteral("info")}});
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(spy.count(), 2); // logLevel was info already
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("retentionDays"));
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("deviceIP"));
    QCOMPARE(settings->deviceIP(), QStringLiteral("10.0.0.7"));
    QVERIFY(settings->isSet(QStringLiteral("logLevel")));
    QVERIFY(settings->set(Settings::Changes{}).ok());
}

void tst_Settings::validateNamesEveryProblem()
{
    auto settings = make();
    const QHash<QString, QString> problems = settings->validate(Settings::Changes{
        {QStringLiteral("deviceIP"), QStringLiteral("999.1.1.1")},
        {QStringLiteral("proxyListen"), QStringLiteral("x")},
        {QStringLiteral("retentionDays"), 10},
        {QStringLiteral("startByte"), 4},
        {QStringLiteral("noSuchKey"), 1},
    });
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.value(QStringLiteral("deviceIP")).startsWith(QStringLiteral("deviceIP must be")));
    QVERIFY(problems.value(QStringLiteral("proxyListen")).startsWith(QStringLiteral("proxyListen must be")));
    QVERIFY2(problems.value(QStringLiteral("startByte")).contains(QStringLiteral("must differ")), qPrintable(problems.value(QStringLiteral("startByte"))));
    QVERIFY(problems.value(QStringLiteral("noSuchKey")).startsWith(QStringLiteral("unknown setting")));
    QVERIFY(settings->validate(Settings::Changes{{QStringLiteral("startByte"), 4}, {QStringLiteral("endByte"), 5}}).isEmpty());
    QVERIFY(!QFileInfo::exists(file()));
}

void tst_Settings::caFileMustBeReadable()
{
    auto settings = make();
    const QString key = QStringLiteral("submissionCaFile");
    const QString missing = m_temp->filePath(QStringLiteral("missing.pem"));
    Status s = settings->setText(key, missing);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(missing) && s.error().contains(QStringLiteral("does not exist")), qPrintable(s.error()));
    s = settings->setText(key, m_temp->path());
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("not a file")), qPrintable(s.error()));
    QVERIFY(!QFileInfo::exists(file()));

    const QString pem = m_temp->filePath(QStringLiteral("ca.pem"));
    QVERIFY(writeFileBytes(pem, "-----BEGIN CERTIFICATE-----\n"));
    // A relative path is kept absolute: the app and the CLI do not share a working folder.
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_temp->path()));
    s = settings->setText(key, QStringLiteral("./ca.pem"));
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(settings->submissionCaFile(), QFileInfo(pem).absoluteFilePath());
}

void tst_Settings::unknownKeyRefused()
{
    auto settings = make();
    const Status s = settings->setText(QStringLiteral("retentiondays"), QStringLiteral("10"));
    QVERIFY(!s);
    QVERIFY2(s.error().startsWith(QStringLiteral("unknown setting \"retentiondays\"; known settings: enablePersistence, retentionDays,")),
             qPrintable(s.error()));
    QVERIFY(s.error().contains(QStringLiteral("submissionCaFile")));
    QVERIFY(!QFileInfo::exists(file()));
}

void tst_Settings::fileIsPrivateAndPlain()
{
    auto settings = make();
    QVERIFY(settings->setText(QStringLiteral("submissionConcurrency"), QStringLiteral("4")).ok());
    QVERIFY(settings->setText(QStringLiteral("dryRunMode"), QStringLiteral("yes")).ok());
    QVERIFY(settings->setText(QStringLiteral("retentionDays"), QStringLiteral("90")).ok());
    QCOMPARE(modeOf(file()), 0600);
    QCOMPARE(modeOf(m_root), 0700);
    // Table order, whatever order they were set in; keys left at their default are not written.
    QCOMPARE(readFileBytes(file()), QByteArray("[General]\nsettingsVersion=1\nretentionDays=90\ndryRunMode=true\nsubmissionConcurrency=4\n"));
}

void tst_Settings::unknownKeysKept()
{
    writeFile("; a comment\n[General]\nfutureKey=\"keep me\"\nretentionDays=12\nother=1,2\n\n[Network]\nproxy=http://p:3128\n");
    auto settings = make();
    QVERIFY(settings->load().ok());
    QCOMPARE(settings->retentionDays(), 12);
    QVERIFY(settings->setText(QStringLiteral("retentionDays"), QStringLiteral("13")).ok());
    QCOMPARE(readFileBytes(file()),
             QByteArray("[General]\nsettingsVersion=1\nretentionDays=13\nfutureKey=\"keep me\"\nother=1,2\n\n[Network]\nproxy=http://p:3128\n"));
}

void tst_Settings::invalidValueInFile_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("above range") << QByteArray("retentionDays=400") << QStringLiteral("retentionDays")
                                 << QStringList{QStringLiteral("retentionDays"), QStringLiteral("\"400\""), QStringLiteral("from 1 to 365"), QStringLiteral("default 30")};
    QTest::newRow("below range") << QByteArray("submissionTimeoutSeconds=0") << QStringLiteral("submissionTimeoutSeconds")
                                 << QStringList{QStringLiteral("\"0\""), QStringLiteral("from 1 to 300")};
    QTest::newRow("not a number") << QByteArray("cleanupIntervalHours=daily") << QStringLiteral("cleanupIntervalHours")
                                  << QStringList{QStringLiteral("\"daily\""), QStringLiteral("from 1 to 168")};
    QTest::newRow("not a bool") << QByteArray("enablePersistence=sometimes") << QStringLiteral("enablePersistence")
                                << QStringList{QStringLiteral("\"sometimes\""), QStringLiteral("true or false"), QStringLiteral("default true")};
    QTest::newRow("not a url") << QByteArray("submissionEndpoint=collector:80") << QStringLiteral("submissionEndpoint")
                               << QStringList{QStringLiteral("\"collector:80\""), QStringLiteral("http://")};
    QTest::newRow("secret with a control character") << QByteArray("submissionAuthHeader=\"Bearer s3cret\\x1\"") << QStringLiteral("submissionAuthHeader")
                                                     << QStringList{QStringLiteral("submissionAuthHeader"), QStringLiteral("control characters")};
}

void tst_Settings::invalidValueInFile()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, key);
    QFETCH(QStringList, mentions);

    writeFile("[General]\nsubmissionMaxRetries=7\n" + line + '\n');
    auto settings = make();
    QVERIFY(settings->load().ok()); // not fatal
    QCOMPARE(settings->value(key), Settings::defaultValue(key));
    QVERIFY(!settings->isSet(key));
    QCOMPARE(settings->submissionMaxRetries(), 7);
    QCOMPARE(settings->loadWarnings().size(), 1);
    const QString warning = settings->loadWarnings().constFirst();
    QVERIFY2(warning.contains(file()), qPrintable(warning));
    for (const QString &m : mentions)
        QVERIFY2(warning.contains(m), qPrintable(warning + QStringLiteral(" lacks ") + m));
    QVERIFY(!warning.contains(QStringLiteral("s3cret")));

    // Setting another key leaves the line as the person wrote it; setting this one replaces it.
    QVERIFY(settings->setText(QStringLiteral("submissionMaxRetries"), QStringLiteral("8")).ok());
    QVERIFY(readFileBytes(file()).contains(line + '\n'));
    // Even the default: the person chose it, so it replaces the refused line.
    QSignalSpy spy(settings.get(), &Settings::changed);
    QCOMPARE(settings->loadWarnings().size(), 1);
    QVERIFY(settings->set(key, Settings::defaultValue(key)).ok());
    QVERIFY(settings->isSet(key));
    QCOMPARE(spy.count(), 0); // the value in force did not change
    QVERIFY(!readFileBytes(file()).contains(line));
    QVERIFY(settings->loadWarnings().isEmpty());
    auto reread = make();
    QVERIFY(reread->load().ok());
    QVERIFY(reread->loadWarnings().isEmpty());
}

void tst_Settings::unreadableFileNotOverwritten_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << QStringLiteral("NUL");
    QTest::newRow("latin-1") << QByteArray("[General]\nsubmissionPerformer=Gr\xfc\xdf" "e\n") << QStringLiteral("UTF-8");
    QTest::newRow("no equals sign") << QByteArray("[General]\nretentionDays=5\nthis is not a setting\n") << QStringLiteral("line 3");
    QTest::newRow("broken section") << QByteArray("[General\nretentionDays=5\n") << QStringLiteral("line 1");
    QTest::newRow("json") << QByteArray("{\n  \"retentionDays\": 5\n}\n") << QStringLiteral("line 1");
    QTest::newRow("too large") << QByteArray(2 * 1024 * 1024, 'a') << QStringLiteral("larger than");
}

void tst_Settings::unreadableFileNotOverwritten()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);

    writeFile(bytes);
    auto settings = make();
    const Status loaded = settings->load();
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(file()) && loaded.error().contains(mentions), qPrintable(loaded.error()));
    QCOMPARE(settings->loadError(), loaded.error());
    QCOMPARE(settings->retentionDays(), 30);

    QSignalSpy spy(settings.get(), &Settings::changed);
    const Status s = settings->setText(QStringLiteral("retentionDays"), QStringLiteral("9"));
    QVERIFY(!s);
    QVERIFY2(s.error().contains(mentions), qPrintable(s.error()));
    QCOMPARE(settings->retentionDays(), 30);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(readFileBytes(file()), bytes);

    // Once the person fixes the file, set works again.
    writeFile("[General]\nretentionDays=5\n");
    QVERIFY(settings->setText(QStringLiteral("retentionDays"), QStringLiteral("9")).ok());
    QVERIFY(settings->loadError().isEmpty());
    QCOMPARE(settings->retentionDays(), 9);
}

void tst_Settings::newerVersionKept()
{
    writeFile("[General]\nsettingsVersion=2\nretentionDays=5\nnewThing=x\n");
    auto settings = make();
    QVERIFY(settings->load().ok());
    QCOMPARE(settings->loadWarnings().size(), 1);
    QVERIFY2(settings->loadWarnings().constFirst().contains(QStringLiteral("newer version")), qPrintable(settings->loadWarnings().constFirst()));
    QCOMPARE(settings->retentionDays(), 5);
    QVERIFY(settings->setText(QStringLiteral("retentionDays"), QStringLiteral("6")).ok());
    QCOMPARE(readFileBytes(file()), QByteArray("[General]\nsettingsVersion=2\nretentionDays=6\nnewThing=x\n"));
}

void tst_Settings::changedOncePerRealChange()
{
    auto settings = make();
    QVERIFY(settings->load().ok());
    QSignalSpy spy(settings.get(), &Settings::changed);

    // The default again: nothing to do, nothing written.
    QVERIFY(settings->set(QStringLiteral("retentionDays"), 30).ok());
    QCOMPARE(spy.count(), 0);
    QVERIFY(!QFileInfo::exists(file()));

    QVERIFY(settings->set(QStringLiteral("retentionDays"), 40).ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("retentionDays"));
    QCOMPARE(settings->retentionDays(), 40);

    QVERIFY(settings->setText(QStringLiteral("retentionDays"), QStringLiteral(" 40 ")).ok());
    QVERIFY(settings->set(QStringLiteral("retentionDays"), 40).ok());
    QCOMPARE(spy.count(), 1);
    const QByteArray before = readFileBytes(file());
    // No write: a marker appended by hand survives a no-op set.
    QVERIFY(writeFileBytes(file(), before + "marker=1\n"));
    QVERIFY(settings->set(QStringLiteral("retentionDays"), 40).ok());
    QCOMPARE(readFileBytes(file()), before + "marker=1\n");

    QVERIFY(settings->setText(QStringLiteral("submissionPerformer"), QStringLiteral("lab 3")).ok());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("submissionPerformer"));
}

void tst_Settings::watchesAnotherWriter()
{
    QVERIFY(QDir().mkpath(m_root));
    auto app = make();
    QVERIFY(app->load().ok());
    app->setWatchingFile(true);
    QSignalSpy spy(app.get(), &Settings::changed);

    auto cli = make(); // what `config set` does in another process
    QVERIFY(cli->setText(QStringLiteral("retentionDays"), QStringLiteral("60")).ok());
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("retentionDays"));
    QCOMPARE(app->retentionDays(), 60);

    // Again, after the atomic replace gave the file a new inode.
    QVERIFY(cli->setText(QStringLiteral("submissionMaxRetries"), QStringLiteral("9")).ok());
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("submissionMaxRetries"));
    QCOMPARE(app->submissionMaxRetries(), 9);

    // A person editing the file in place.
    QVERIFY(writeFileBytes(file(), "[General]\nretentionDays=61\nsubmissionMaxRetries=9\n"));
    QTRY_COMPARE(spy.count(), 3);
    QCOMPARE(app->retentionDays(), 61);

    // Unrelated files of the data folder change nothing.
    QVERIFY(writeFileBytes(m_root + QStringLiteral("/summaries.cache"), "x"));
    QTest::qWait(200);
    QCOMPARE(spy.count(), 3);

    app->setWatchingFile(false);
    QVERIFY(cli->setText(QStringLiteral("retentionDays"), QStringLiteral("62")).ok());
    QTest::qWait(200);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(app->retentionDays(), 61);
}

void tst_Settings::roundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("equals") << QStringLiteral("a=b=c");
    QTest::newRow("semicolon") << QStringLiteral("lab;night shift");
    QTest::newRow("comma") << QStringLiteral("a,b");
    QTest::newRow("hash") << QStringLiteral("#1 analyzer");
    QTest::newRow("quotes") << QStringLiteral("the \"main\" lab");
    QTest::newRow("only a quote") << QStringLiteral("\"");
    QTest::newRow("backslash") << QStringLiteral("C:\\lab\\x41");
    QTest::newRow("non-ASCII") << QStringLiteral("Grüße – 日本語 🧪");
    QTest::newRow("leading spaces") << QStringLiteral("  lab");
    QTest::newRow("trailing spaces") << QStringLiteral("lab  ");
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("at sign") << QStringLiteral("@Variant(x)");
    QTest::newRow("brackets") << QStringLiteral("[General]");
}

void tst_Settings::roundTrip()
{
    QFETCH(QString, text);

    for (const QString &key : {QStringLiteral("submissionPerformer"), QStringLiteral("submissionAuthHeader")}) {
        auto settings = make();
        QVERIFY(settings->setText(key, text).ok());
        auto reread = make();
        QVERIFY(reread->load().ok());
        QVERIFY(reread->loadWarnings().isEmpty());
        QCOMPARE(reread->value(key).toString(), text);
        // And QSettings, which other tools may use, reads the same file the same way.
        QSettings qsettings(file(), QSettings::IniFormat);
        QCOMPARE(qsettings.value(key).toString(), text);
    }
}

void tst_Settings::readsWhatQSettingsWrites()
{
    const QString strings[] = {QStringLiteral("a=b;c,d"), QStringLiteral(" spaced "), QStringLiteral("Grüße \"x\" \\ 日本"),
                               QStringLiteral("@at"), QStringLiteral("Bearer abc.def")};
    for (const QString &text : strings) {
        QVERIFY(QDir().mkpath(m_root));
        {
            QSettings qsettings(file(), QSettings::IniFormat);
            qsettings.clear();
            qsettings.setValue(QStringLiteral("submissionPerformer"), text);
            qsettings.setValue(QStringLiteral("retentionDays"), 77);
            qsettings.setValue(QStringLiteral("dryRunMode"), true);
            qsettings.sync();
            QCOMPARE(qsettings.status(), QSettings::NoError);
        }
        auto settings = make();
        QVERIFY(settings->load().ok());
        QVERIFY2(settings->loadWarnings().isEmpty(), qPrintable(settings->loadWarnings().join(u'\n')));
        QCOMPARE(settings->submissionPerformer(), text);
        QCOMPARE(settings->retentionDays(), 77);
        QCOMPARE(settings->dryRunMode(), true);
    }
}

void tst_Settings::maskSecret_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");

    QTest::newRow("bearer") << QStringLiteral("Bearer eyJhbGciOi.x.y") << QStringLiteral("Bearer ****");
    QTest::newRow("basic") << QStringLiteral("Basic dXNlcjpwYXNz") << QStringLiteral("Basic ****");
    QTest::newRow("bare token") << QStringLiteral("s3cret") << QStringLiteral("****");
    QTest::newRow("token with spaces, no scheme") << QStringLiteral("ab:12 cd") << QStringLiteral("****");
    QTest::newRow("leading space") << QStringLiteral(" s3cret") << QStringLiteral("****");
    QTest::newRow("empty") << QString() << QString();
}

void tst_Settings::maskSecret()
{
    QFETCH(QString, value);
    QFETCH(QString, masked);
    QCOMPARE(::maskSecret(value), masked);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"

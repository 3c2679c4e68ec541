#include "captureconfig.h"

#include <QTemporaryDir>
#include <QTest>

// The capture the settings describe: how their values become CaptureService's source and
// settings (as the CLI's capture options do), and which values are refused and why.
class tst_CaptureConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void captureSettings();
    void proxySource_data();
    void proxySource();
    void problem_data();
    void problem();
    void roundTripThroughSettings();
};

Q_DECLARE_METATYPE(CaptureConfig::Field)

void tst_CaptureConfig::defaults()
{
    const CaptureConfig c;
    QVERIFY(!c.problem());
    const CaptureSettings s = c.captureSettings();
    QCOMPARE(s.framing, Framing::Auto);
    QCOMPARE(s.framingOptions.startByte, FramingByte::Enq);
    QCOMPARE(s.framingOptions.ackByte, FramingByte::Ack);
    QCOMPARE(s.framingOptions.endByte, FramingByte::Eot);
    QCOMPARE(s.sessions.lisPort, std::nullopt);
    QCOMPARE(s.sessions.idleGapUs, 60'000'000);
    const CaptureSource source = c.source();
    QCOMPARE(source.kind, CaptureSource::Kind::Interface);
    QCOMPARE(source.interfaceName, QStringLiteral("any")); // no interface chosen: every one
    QCOMPARE(source.filter, QString());                    // built from the addresses by the worker
}

void tst_CaptureConfig::captureSettings()
{
    CaptureConfig c;
    c.framing = QStringLiteral("MLLP");
    c.deviceIp = QStringLiteral("fe80:0:0::1");
    c.lisIp = QStringLiteral("10.0.0.9");
    c.lisPort = 2575;
    c.startByte = 0x01;
    c.ackByte = 0x07;
    c.endByte = 0x17;
    c.idleGapSeconds = 5;
    c.interfaceName = QStringLiteral("eth1");
    c.filter = QStringLiteral("tcp port 2575");
    QVERIFY(!c.problem());
    const CaptureSettings s = c.captureSettings();
    QCOMPARE(s.framing, Framing::Mllp);
    QCOMPARE(s.sessions.deviceIp, QStringLiteral("fe80::1"));
    QCOMPARE(s.sessions.lisIp, QStringLiteral("10.0.0.9"));
    QCOMPARE(s.sessions.lisPort, std::optional<quint16>(2575));
    QCOMPARE(s.framingOptions.startByte, char(0x01));
    QCOMPARE(s.framingOptions.ackByte, char(0x07));
    QCOMPARE(s.framingOptions.endByte, char(0x17));
    QCOMPARE(s.sessions.idleGapUs, 5'000'000);
    QCOMPARE(c.source().interfaceName, QStringLiteral("eth1"));
    QCOMPARE(c.source().filter, QStringLiteral("tcp port 2575"));
    c.kind = CaptureSource::Kind::File;
    QCOMPARE(c.source(QStringLiteral("/data/a.pcap")).path, QStringLiteral("/data/a.pcap"));
}

void tst_CaptureConfig::proxySource_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<int>("lisPort");
    QTest::addColumn<QString>("listenAddress");
    QTest::addColumn<int>("listenPort");
    QTest::addColumn<QString>("upstreamHost");
    QTest::addColumn<int>("upstreamPort");
    QTest::addColumn<int>("sessionsLisPort");
    QTest::newRow("port only, LIS port from upstream")
        << QStringLiteral("2575") << QStringLiteral("lis.example:6001") << 0 << QHostAddress(QHostAddress::Any).toString() << 2575
        << QStringLiteral("lis.example") << 6001 << 6001;
    QTest::newRow("address and a LIS port of its own")
        << QStringLiteral("127.0.0.1:2576") << QStringLiteral("10.0.0.9:6001") << 7000 << QStringLiteral("127.0.0.1") << 2576
        << QStringLiteral("10.0.0.9") << 6001 << 7000;
    QTest::newRow("IPv6 both sides")
        << QStringLiteral("[::1]:2577") << QStringLiteral("[2001:db8::30]:2575") << 0 << QStringLiteral("::1") << 2577
        << QStringLiteral("2001:db8::30") << 2575 << 2575;
}

void tst_CaptureConfig::proxySource()
{
    QFETCH(QString, listen);
    QFETCH(QString, upstream);
    QFETCH(int, lisPort);
    CaptureConfig c;
    c.kind = CaptureSource::Kind::Proxy;
    c.proxyListen = listen;
    c.proxyUpstream = upstream;
    c.lisPort = lisPort;
    QVERIFY(!c.problem());
    const CaptureSource s = c.source();
    QCOMPARE(s.kind, CaptureSource::Kind::Proxy);
    QTEST(s.listenAddress.toString(), "listenAddress");
    QTEST(int(s.listenPort), "listenPort");
    QTEST(s.upstreamHost, "upstreamHost");
    QTEST(int(s.upstreamPort), "upstreamPort");
    QTEST(int(c.captureSettings().sessions.lisPort.value_or(0)), "sessionsLisPort");
}

void tst_CaptureConfig::problem_data()
{
    using F = CaptureConfig::Field;
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<CaptureConfig::Field>("field");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *name, const char *key, const char *value, F field, const char *mentions) {
        QTest::newRow(name) << QString::fromLatin1(key) << QString::fromLatin1(value) << field << QString::fromLatin1(mentions);
    };
    row("unknown framing", "framing", "hl7", F::Framing, "\"hl7\"");
    row("device not an address", "deviceIp", "analyzer", F::DeviceIp, "\"analyzer\"");
    row("LIS shorthand", "lisIp", "10.1", F::LisIp, "\"10.1\"");
    row("LIS port too big", "lisPort", "65536", F::LisPort, "65535");
    row("listen on nothing", "proxyListen", "", F::ProxyListen, "PORT or ADDRESS:PORT");
    row("listen on a name", "proxyListen", "lis.example:2575", F::ProxyListen, "\"lis.example:2575\"");
    row("upstream without port", "proxyUpstream", "lis.example", F::ProxyUpstream, "\"lis.example\"");
    row("no upstream for the proxy", "proxyUpstreamForProxy", "", F::ProxyUpstream, "needs the LIS");
    row("marker bytes the same", "startByte", "6", F::MarkerBytes, "must differ");
    row("STX as a marker", "endByte", "2", F::MarkerBytes, "0x02");
    row("marker beyond a byte", "ackByte", "256", F::MarkerBytes, "255");
    row("idle gap zero", "idleGapSeconds", "0", F::IdleGap, "3600");
    row("filter with a newline", "filter", "tcp\nport 1", F::Filter, "one line");
}

void tst_CaptureConfig::problem()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(CaptureConfig::Field, field);
    QFETCH(QString, mentions);
    CaptureConfig c;
    c.proxyUpstream = QStringLiteral("10.0.0.9:2575");
    if (key == u"framing") c.framing = value;
    else if (key == u"deviceIp") c.deviceIp = value;
    else if (key == u"lisIp") c.lisIp = value;
    else if (key == u"lisPort") c.lisPort = value.toInt();
    else if (key == u"proxyListen") c.proxyListen = value;
    else if (key == u"proxyUpstream") c.proxyUpstream = value;
    else if (key == u"proxyUpstreamForProxy") { c.kind = CaptureSource::Kind::Proxy; c.proxyUpstream = value; }
    else if (key == u"startByte") c.startByte = value.toInt();
    else if (key == u"ackByte") c.ackByte = value.toInt();
    else if (key == u"endByte") c.endByte = value.toInt();
    else if (key == u"idleGapSeconds") c.idleGapSeconds = value.toInt();
    else if (key == u"filter") c.filter = value;
    else QFAIL("unknown key");
    const auto problem = c.problem();
    QVERIFY(problem);
    QCOMPARE(problem->field, field);
    QVERIFY2(problem->message.contains(mentions), qPrintable(problem->message));
    QVERIFY(problem->message.at(0).isUpper());
    // Only the proxy needs somewhere to forward to.
    if (key == u"proxyUpstreamForProxy") {
        c.kind = CaptureSource::Kind::Interface;
        QVERIFY(!c.problem());
    }
}

void tst_CaptureConfig::roundTripThroughSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(DataDirectory::resolve(dir.path()));
    QVERIFY(settings.load());
    QCOMPARE(CaptureConfig::fromSettings(settings).settingsChanges(), CaptureConfig().settingsChanges()); // same defaults
    CaptureConfig c;
    c.kind = CaptureSource::Kind::Proxy;
    c.interfaceName = QStringLiteral("eth0");
    c.filter = QStringLiteral("tcp port 2575");
    c.framing = QStringLiteral("astm");
    c.deviceIp = QStringLiteral("10.0.0.5");
    c.lisIp = QStringLiteral("fe80::1");
    c.lisPort = 6001;
    c.proxyListen = QStringLiteral("0.0.0.0:2576");
    c.proxyUpstream = QStringLiteral("lis.example:2575");
    c.startByte = 0x06;
    c.ackByte = 0x05;
    c.endByte = 0x17;
    c.idleGapSeconds = 30;
    QVERIFY(!c.problem());
    const Status saved = settings.set(c.settingsChanges());
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(CaptureConfig::fromSettings(settings).settingsChanges(), c.settingsChanges());
    for (auto kind : {CaptureSource::Kind::Interface, CaptureSource::Kind::File, CaptureSource::Kind::Proxy})
        QCOMPARE(CaptureConfig::kindFromName(CaptureConfig::kindName(kind).toUpper()), kind);
    QCOMPARE(CaptureConfig::kindFromName(u"usb"), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_CaptureConfig)
#include "tst_captureconfig.moc"

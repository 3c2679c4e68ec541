#include "capturesourcedialog.h"
#include "settings.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The capture source dialog: what it shows from the settings and the interface list, what it
// refuses and why, and what it saves.
class tst_CaptureSourceDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesBadInput_data();
    void refusesBadInput();
    void savesValidInput_data();
    void savesValidInput();
    void showsTheSettings();
    void interfaceNote_data();
    void interfaceNote();
    void startNeedsAFile();
    void startDisabledOnlySaves();

private:
    std::unique_ptr<CaptureSourceDialog> makeDialog(InterfaceScan scan = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

namespace {

CaptureInterface interface(const char *name, bool loopback, QStringList addresses)
{
    CaptureInterface i;
    i.name = QString::fromLatin1(name);
    i.loopback = loopback;
    i.up = true;
    i.running = true;
    i.addresses = std::move(addresses);
    return i;
}

template <typename T>
T *byName(QWidget *dialog, const QString &accessibleName)
{
    for (T *w : dialog->findChildren<T *>()) {
        if (w->accessibleName() == accessibleName)
            return w;
    }
    qFatal("no widget named %s", qPrintable(accessibleName));
}

QLineEdit *edit(QWidget *dialog, const char *name)
{
    return byName<QLineEdit>(dialog, QString::fromLatin1(name));
}

void chooseKind(QWidget *dialog, const QString &kind)
{
    const QString name = kind == u"proxy" ? QStringLiteral("Record through the proxy")
        : kind == u"file"                 ? QStringLiteral("Read a capture file")
                                          : QStringLiteral("Capture on a network interface");
    byName<QRadioButton>(dialog, name)->click();
}

} // namespace

void tst_CaptureSourceDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(DataDirectory::resolve(m_dir->path()));
    QVERIFY(m_settings->load());
}

void tst_CaptureSourceDialog::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<CaptureSourceDialog> tst_CaptureSourceDialog::makeDialog(InterfaceScan scan)
{
    auto dialog = std::make_unique<CaptureSourceDialog>(m_settings.get(), nullptr, [scan] { return scan; });
    QSignalSpy scanned(dialog.get(), &CaptureSourceDialog::interfacesScanned);
    if (!scanned.wait(5000))
        qWarning("the interface list never arrived");
    return dialog;
}

void tst_CaptureSourceDialog::refusesBadInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // a part of what the dialog says
    QTest::newRow("device IP out of range") << QStringLiteral("interface") << QStringLiteral("Device IP address") << QStringLiteral("10.0.0.300") << QStringLiteral("\"10.0.0.300\" is not an IP address");
    QTest::newRow("LIS IP a name") << QStringLiteral("interface") << QStringLiteral("LIS IP address") << QStringLiteral("lis.example") << QStringLiteral("\"lis.example\" is not an IP address");
    QTest::newRow("LIS port too big") << QStringLiteral("interface") << QStringLiteral("LIS port") << QStringLiteral("70000") << QStringLiteral("LIS port must be a number from 1 to 65535");
    QTest::newRow("LIS port not a number") << QStringLiteral("interface") << QStringLiteral("LIS port") << QStringLiteral("25x") << QStringLiteral("LIS port must be a number");
    QTest::newRow("LIS port zero") << QStringLiteral("interface") << QStringLiteral("LIS port") << QStringLiteral("0") << QStringLiteral("LIS port must be a number");
    QTest::newRow("listen port missing") << QStringLiteral("proxy") << QStringLiteral("Proxy listens on") << QStringLiteral("0.0.0.0:") << QStringLiteral("\"0.0.0.0:\" is neither");
    QTest::newRow("listen port too big") << QStringLiteral("proxy") << QStringLiteral("Proxy listens on") << QStringLiteral("65536") << QStringLiteral("\"65536\" is neither");
    QTest::newRow("listen on a name") << QStringLiteral("proxy") << QStringLiteral("Proxy listens on") << QStringLiteral("lis.example:2575") << QStringLiteral("\"lis.example:2575\" is neither");
    QTest::newRow("no upstream") << QStringLiteral("proxy") << QStringLiteral("Proxy forwards to") << QStringLiteral("") << QStringLiteral("needs the LIS to forward to");
    QTest::newRow("upstream without port") << QStringLiteral("proxy") << QStringLiteral("Proxy forwards to") << QStringLiteral("lis.example") << QStringLiteral("\"lis.example\" is not");
    QTest::newRow("upstream with a space") << QStringLiteral("proxy") << QStringLiteral("Proxy forwards to") << QStringLiteral("lis example:2575") << QStringLiteral("\"lis example:2575\" is not");
    QTest::newRow("upstream port zero") << QStringLiteral("proxy") << QStringLiteral("Proxy forwards to") << QStringLiteral("10.0.0.9:0") << QStringLiteral("\"10.0.0.9:0\" is not");
}

void tst_CaptureSourceDialog::refusesBadInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto dialog = makeDialog();
    chooseKind(dialog.get(), kind);
    edit(dialog.get(), "Proxy forwards to")->setText(QStringLiteral("10.0.0.9:2575"));
    byName<QLineEdit>(dialog.get(), field)->setText(text);
    QSignalSpy changed(m_settings.get(), &Settings::changed);
    QVERIFY(!dialog->submit(true));
    QVERIFY2(dialog->problem().contains(message), qPrintable(dialog->problem()));
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!dialog->startRequested());
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_settings->isSet(QStringLiteral("captureSource")));
}

void tst_CaptureSourceDialog::savesValidInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("lis");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<int>("savedPort");
    QTest::newRow("interface, all addresses") << QStringLiteral("interface") << QStringLiteral("192.168.1.20") << QStringLiteral("192.168.1.30") << QStringLiteral("2575") << QStringLiteral("2575") << QStringLiteral("") << 2575;
    QTest::newRow("interface, any") << QStringLiteral("interface") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("2575") << QStringLiteral("") << 0;
    QTest::newRow("IPv6 addresses") << QStringLiteral("interface") << QStringLiteral("fe80::1") << QStringLiteral("2001:db8::30") << QStringLiteral("6001") << QStringLiteral("2575") << QStringLiteral("") << 6001;
    QTest::newRow("proxy to a name") << QStringLiteral("proxy") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("0.0.0.0:2576") << QStringLiteral("lis.example:2575") << 0;
    QTest::newRow("proxy to IPv6") << QStringLiteral("proxy") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("[::1]:2576") << QStringLiteral("[2001:db8::30]:2575") << 0;
    QTest::newRow("file") << QStringLiteral("file") << QStringLiteral("10.0.0.5") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("2575") << QStringLiteral("") << 0;
}

void tst_CaptureSourceDialog::savesValidInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, device);
    QFETCH(QString, lis);
    QFETCH(QString, port);
    QFETCH(QString, listen);
    QFETCH(QString, upstream);
    QFETCH(int, savedPort);
    auto dialog = makeDialog();
    chooseKind(dialog.get(), kind);
    edit(dialog.get(), "Device IP address")->setText(device);
    edit(dialog.get(), "LIS IP address")->setText(lis);
    edit(dialog.get(), "LIS port")->setText(port);
    edit(dialog.get(), "Proxy listens on")->setText(listen);
    edit(dialog.get(), "Proxy forwards to")->setText(upstream);
    QComboBox *framing = byName<QComboBox>(dialog.get(), QStringLiteral("Framing"));
    framing->setCurrentIndex(framing->findData(QStringLiteral("mllp")));
    byName<QSpinBox>(dialog.get(), QStringLiteral("Start byte"))->setValue(0x06); // swapped in one write
    byName<QSpinBox>(dialog.get(), QStringLiteral("Acknowledge byte"))->setValue(0x05);
    QVERIFY2(dialog->submit(false), qPrintable(dialog->problem()));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->startRequested());
    QCOMPARE(dialog->problem(), QString());

    // What another reader of the file sees.
    Settings reread(DataDirectory::resolve(m_dir->path()));
    QVERIFY(reread.load());
    QCOMPARE(reread.captureSource(), kind);
    QCOMPARE(reread.deviceIP(), device);
    QCOMPARE(reread.lisIP(), lis);
    QCOMPARE(reread.lisPort(), savedPort);
    QCOMPARE(reread.proxyListen(), listen);
    QCOMPARE(reread.proxyUpstream(), upstream);
    QCOMPARE(reread.captureFraming(), QStringLiteral("mllp"));
    QCOMPARE(reread.startByte(), 0x06);
    QCOMPARE(reread.ackByte(), 0x05);
}

void tst_CaptureSourceDialog::showsTheSettings()
{
    QVERIFY(m_settings->set(Settings::Changes{{QStringLiteral("captureSource"), QStringLiteral("interface")},
                                              {QStringLiteral("captureInterface"), QStringLiteral("eth1")},
                                              {QStringLiteral("captureFraming"), QStringLiteral("e1381")},
                                              {QStringLiteral("deviceIP"), QStringLiteral("10.0.0.5")},
                                              {QStringLiteral("lisPort"), 6001},
                                              {QStringLiteral("endByte"), 0x17},
                                              {QStringLiteral("idleGapSeconds"), 90}}));
    InterfaceScan scan;
    scan.interfaces = {interface("eth0", false, {QStringLiteral("10.0.0.2")}), interface("eth1", false, {}),
                       interface("lo", true, {QStringLiteral("127.0.0.1")})};
    auto dialog = makeDialog(scan);
    QComboBox *interfaces = byName<QComboBox>(dialog.get(), QStringLiteral("Network interface"));
    QCOMPARE(interfaces->count(), 4); // every interface, then the three
    QCOMPARE(interfaces->currentData().toString(), QStringLiteral("eth1"));
    QCOMPARE(interfaces->itemText(1), QStringLiteral("eth0 (10.0.0.2)"));
    QCOMPARE(interfaces->itemText(3), QStringLiteral("lo, loopback (127.0.0.1)"));
    QCOMPARE(byName<QComboBox>(dialog.get(), QStringLiteral("Framing"))->currentData().toString(), QStringLiteral("e1381"));
    QCOMPARE(edit(dialog.get(), "Device IP address")->text(), QStringLiteral("10.0.0.5"));
    QCOMPARE(edit(dialog.get(), "LIS port")->text(), QStringLiteral("6001"));
    QCOMPARE(edit(dialog.get(), "Proxy listens on")->text(), QStringLiteral("2575"));
    QCOMPARE(edit(dialog.get(), "Capture filter")->placeholderText(), QStringLiteral("tcp and (host 10.0.0.5 or port 6001)"));
    QCOMPARE(byName<QSpinBox>(dialog.get(), QStringLiteral("End byte"))->value(), 0x17);
    QCOMPARE(byName<QSpinBox>(dialog.get(), QStringLiteral("MLLP idle gap in seconds"))->value(), 90);
    QCOMPARE(dialog->interfaceNote(), QString());
    // The placeholder follows the addresses as they are typed.
    edit(dialog.get(), "LIS IP address")->setText(QStringLiteral("10.0.0.9"));
    QCOMPARE(edit(dialog.get(), "Capture filter")->placeholderText(),
             QStringLiteral("tcp and (host 10.0.0.5 or host 10.0.0.9 or port 6001)"));
    // An interface that is gone stays chosen rather than silently becoming another.
    QVERIFY(m_settings->set(QStringLiteral("captureInterface"), QStringLiteral("usb9")));
    auto again = makeDialog(scan);
    QCOMPARE(byName<QComboBox>(again.get(), QStringLiteral("Network interface"))->currentData().toString(), QStringLiteral("usb9"));
    QCOMPARE(again->config().interfaceName, QStringLiteral("usb9"));
}

void tst_CaptureSourceDialog::interfaceNote_data()
{
    QTest::addColumn<bool>("listed");
    QTest::addColumn<bool>("mayCapture");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("note");
    const QString privilege = QStringLiteral("Capturing needs root or CAP_NET_RAW; use the proxy instead.");
    QTest::newRow("allowed") << true << true << QString() << QString();
    QTest::newRow("no privilege") << true << false << QString() << privilege;
    QTest::newRow("none listed") << false << true << QString() << privilege;
    QTest::newRow("listing failed") << false << true << QStringLiteral("no permission") << QStringLiteral("The interfaces could not be listed: no permission");
}

void tst_CaptureSourceDialog::interfaceNote()
{
    QFETCH(bool, listed);
    QFETCH(bool, mayCapture);
    QFETCH(QString, error);
    QFETCH(QString, note);
    InterfaceScan scan;
    if (listed)
        scan.interfaces = {interface("eth0", false, {})};
    scan.mayCapture = mayCapture;
    scan.error = error;
    auto dialog = makeDialog(scan);
    QCOMPARE(dialog->interfaceNote(), note);
}

void tst_CaptureSourceDialog::startNeedsAFile()
{
    auto dialog = makeDialog();
    chooseKind(dialog.get(), QStringLiteral("file"));
    QVERIFY(!dialog->submit(true));
    QVERIFY2(dialog->problem().contains(QStringLiteral("capture file")), qPrintable(dialog->problem()));
    dialog->setFilePath(QStringLiteral("/data/a.pcap"));
    QVERIFY(dialog->submit(true));
    QVERIFY(dialog->startRequested());
    QCOMPARE(dialog->filePath(), QStringLiteral("/data/a.pcap"));
    QCOMPARE(m_settings->captureSource(), QStringLiteral("file"));
}

void tst_CaptureSourceDialog::startDisabledOnlySaves()
{
    auto dialog = makeDialog();
    dialog->setStartEnabled(false);
    chooseKind(dialog.get(), QStringLiteral("file"));
    QVERIFY2(dialog->submit(true), qPrintable(dialog->problem())); // no file needed: nothing starts
    QVERIFY(!dialog->startRequested());
    QCOMPARE(m_settings->captureSource(), QStringLiteral("file"));
}

QTEST_MAIN(tst_CaptureSourceDialog)
#include "tst_capturesourcedialog.moc"

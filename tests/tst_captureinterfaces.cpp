#include "livecapture.h"

#include <QSet>
#include <QTest>

// What the capture source dialog offers: libpcap's interfaces, and whether capturing is allowed.
class tst_CaptureInterfaces : public QObject
{
    Q_OBJECT

private slots:
    void listsTheLoopbackInterface();
    void mayCaptureAgreesWithOpen();
};

void tst_CaptureInterfaces::listsTheLoopbackInterface()
{
    const auto listed = LiveCapture::interfaces();
    QVERIFY2(listed, qPrintable(listed.error()));
    QSet<QString> names;
    const CaptureInterface *loopback = nullptr;
    for (const CaptureInterface &i : listed.value()) {
        QVERIFY(!i.name.isEmpty());
        QVERIFY2(!names.contains(i.name), qPrintable(i.name));
        names.insert(i.name);
        if (i.name == u"lo")
            loopback = &i;
    }
    QVERIFY2(loopback, qPrintable(QStringList(names.values()).join(u' ')));
    QVERIFY(loopback->loopback);
    QVERIFY(loopback->up);
    QVERIFY2(loopback->addresses.contains(QStringLiteral("127.0.0.1")), qPrintable(loopback->addresses.join(u' ')));
    for (const QString &address : loopback->addresses)
        QVERIFY2(address.contains(u'.') || address.contains(u':'), qPrintable(address)); // no link-layer entries
}

void tst_CaptureInterfaces::mayCaptureAgreesWithOpen()
{
    const bool opens = LiveCapture::open(QStringLiteral("lo"), QStringLiteral("tcp")).ok();
    QCOMPARE(LiveCapture::mayCapture(QStringLiteral("lo")), opens);
}

QTEST_GUILESS_MAIN(tst_CaptureInterfaces)
#include "tst_captureinterfaces.moc"

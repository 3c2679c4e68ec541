#include "capturetypes.h"

#include <QTest>

class tst_Endpoint : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void familiesCompareAlike();
};

void tst_Endpoint::text_data()
{
    QTest::addColumn<QByteArray>("address"); // 16 bytes
    QTest::addColumn<bool>("ipv4");
    QTest::addColumn<QString>("expected");

    auto v6 = [](std::initializer_list<int> groups) {
        QByteArray bytes;
        for (int g : groups) {
            bytes.append(char(g >> 8));
            bytes.append(char(g & 0xff));
        }
        return bytes;
    };
    QTest::newRow("loopback v6") << v6({0, 0, 0, 0, 0, 0, 0, 1}) << false << QStringLiteral("[::1]:2575");
    QTest::newRow("link local") << v6({0xfe80, 0, 0, 0, 0, 0, 0, 1}) << false << QStringLiteral("[fe80::1]:2575");
    QTest::newRow("zeros at the end") << v6({0x2001, 0xdb8, 0, 0, 0, 0, 0, 0}) << false << QStringLiteral("[2001:db8::]:2575");
    QTest::newRow("single zero group kept") << v6({0x2001, 0xdb8, 0, 1, 1, 1, 1, 1}) << false << QStringLiteral("[2001:db8:0:1:1:1:1:1]:2575");
    QTest::newRow("longest run wins") << v6({0x2001, 0, 0, 1, 0, 0, 0, 1}) << false << QStringLiteral("[2001:0:0:1::1]:2575");
    QTest::newRow("all zeros") << v6({0, 0, 0, 0, 0, 0, 0, 0}) << false << QStringLiteral("[::]:2575");
    QTest::newRow("mapped ipv4") << v6({0, 0, 0, 0, 0, 0xffff, 0xc0a8, 0x0105}) << true << QStringLiteral("192.168.1.5:2575");
}

void tst_Endpoint::text()
{
    QFETCH(QByteArray, address);
    QFETCH(bool, ipv4);
    QFETCH(QString, expected);
    QCOMPARE(address.size(), 16);
    const Endpoint e = Endpoint::ipv6(reinterpret_cast<const quint8 *>(address.constData()), 2575);
    QCOMPARE(e.isIpv4(), ipv4);
    QCOMPARE(e.toString(), expected);
}

void tst_Endpoint::familiesCompareAlike()
{
    const Endpoint a = Endpoint::ipv4(0xc0a80105, 2575);
    QCOMPARE(a.toString(), QStringLiteral("192.168.1.5:2575"));
    QCOMPARE(a.addressText(), QStringLiteral("192.168.1.5"));
    const quint8 mapped[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 168, 1, 5};
    const Endpoint b = Endpoint::ipv6(mapped, 2575);
    QVERIFY(a == b);
    QCOMPARE(qHash(a), qHash(b));
    QVERIFY(a != Endpoint::ipv4(0xc0a80105, 2576));
}

QTEST_GUILESS_MAIN(tst_Endpoint)
#include "tst_endpoint.moc"

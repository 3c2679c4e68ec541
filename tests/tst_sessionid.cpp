#include "sessionid.h"

#include <QSet>
#include <QTest>

class tst_SessionId : public QObject
{
    Q_OBJECT

private slots:
    void isSafe_data();
    void isSafe();
    void generatedIdsAreSafeAndDistinct();
};

void tst_SessionId::isSafe_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("safe");

    QTest::newRow("legacy counter id") << QStringLiteral("session-12") << true;
    QTest::newRow("generated id") << QStringLiteral("session-1790000000000-0a1b2c3d") << true;
    QTest::newRow("dots and underscores inside") << QStringLiteral("a_b.c-d") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("parent folder") << QStringLiteral("..") << false;
    QTest::newRow("climbs out") << QStringLiteral("../../etc/passwd") << false;
    QTest::newRow("double dot inside") << QStringLiteral("a..b") << false;
    QTest::newRow("absolute path") << QStringLiteral("/etc/passwd") << false;
    QTest::newRow("slash inside") << QStringLiteral("a/b") << false;
    QTest::newRow("backslash inside") << QStringLiteral("a\\b") << false;
    QTest::newRow("hidden file") << QStringLiteral(".hidden") << false;
    QTest::newRow("leading dash") << QStringLiteral("-rf") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("nul byte") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
    QTest::newRow("non-ascii letter") << QStringLiteral("s\u00e9ance") << false;
    QTest::newRow("too long") << QString(129, QLatin1Char('a')) << false;
    QTest::newRow("longest allowed") << QString(128, QLatin1Char('a')) << true;
}

void tst_SessionId::isSafe()
{
    QFETCH(QString, id);
    QFETCH(bool, safe);
    QCOMPARE(SessionId::isSafe(id), safe);
}

void tst_SessionId::generatedIdsAreSafeAndDistinct()
{
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i) {
        const QString id = SessionId::generate(1'790'000'000'000);
        QVERIFY2(SessionId::isSafe(id), qPrintable(id));
        QVERIFY(id.startsWith(QLatin1StringView("session-1790000000000-")));
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 1000);
}

QTEST_GUILESS_MAIN(tst_SessionId)
#include "tst_sessionid.moc"

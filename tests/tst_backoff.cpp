#include "backoff.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

class tst_Backoff : public QObject
{
    Q_OBJECT

private slots:
    void delays_data();
    void delays();
    void retryAfter_data();
    void retryAfter();
};

void tst_Backoff::delays_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("retryAfterMs"); // -1: none
    QTest::addColumn<qint64>("baseMs");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("first failure waits 1 s") << 1 << qint64(-1) << qint64(1000) << qint64(1000);
    QTest::newRow("second 2 s") << 2 << qint64(-1) << qint64(1000) << qint64(2000);
    QTest::newRow("third 4 s") << 3 << qint64(-1) << qint64(1000) << qint64(4000);
    QTest::newRow("tenth capped at 5 min") << 10 << qint64(-1) << qint64(1000) << qint64(300'000);
    QTest::newRow("huge attempt stays capped") << 1000 << qint64(-1) << qint64(1000) << qint64(300'000);
    QTest::newRow("attempt 0 counts as the first") << 0 << qint64(-1) << qint64(1000) << qint64(1000);
    QTest::newRow("scaled base for tests") << 3 << qint64(-1) << qint64(10) << qint64(40);
    QTest::newRow("Retry-After longer wins") << 1 << qint64(30'000) << qint64(1000) << qint64(30'000);
    QTest::newRow("Retry-After shorter than backoff") << 4 << qint64(1000) << qint64(1000) << qint64(8000);
    QTest::newRow("Retry-After beyond the scaled base") << 1 << qint64(1000) << qint64(10) << qint64(1000);
    QTest::newRow("Retry-After capped at 1 h") << 1 << qint64(7'200'000) << qint64(1000) << qint64(3'600'000);
    QTest::newRow("Retry-After 0") << 2 << qint64(0) << qint64(1000) << qint64(2000);
}

void tst_Backoff::delays()
{
    QFETCH(int, attempt);
    QFETCH(qint64, retryAfterMs);
    QFETCH(qint64, baseMs);
    QFETCH(qint64, expectedMs);
    const std::optional<milliseconds> retryAfter = retryAfterMs < 0 ? std::nullopt : std::optional(milliseconds(retryAfterMs));
    QCOMPARE(Backoff::delayAfter(attempt, retryAfter, milliseconds(baseMs)).count(), expectedMs);
}

void tst_Backoff::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: not a Retry-After

    QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
    QTest::newRow("seconds with spaces") << QByteArray(" 1 ") << qint64(1000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("too long is capped") << QByteArray("999999") << qint64(3'600'000);
    QTest::newRow("absurd digits are capped") << QByteArray("99999999999999999999") << qint64(3'600'000);
    // now is 2026-11-24T12:00:00Z below.
    QTest::newRow("HTTP-date 90 s ahead") << QByteArray("Tue, 24 Nov 2026 12:01:30 GMT") << qint64(90'000);
    QTest::newRow("HTTP-date in the past") << QByteArray("Tue, 24 Nov 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
}

void tst_Backoff::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const qint64 now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const auto parsed = Backoff::parseRetryAfter(value, now);
    if (expectedMs < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->count(), expectedMs);
}

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_backoff.moc"

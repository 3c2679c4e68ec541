#include "sessiontablemodel.h"
#include "timetext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// The table over the store's summaries: what each column shows and sorts by, and how live
// changes are applied in batches (one insertion per batch, updates in place, removals).
class tst_SessionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void resetOrdersOldestFirst();
    void columns_data();
    void columns();
    void startShowsHowLongAgo();
    void batchesInsertions();
    void updatesInPlace();
    void equalUpsertChangesNothing();
    void removesRows_data();
    void removesRows();
    void manyScatteredRemovalsReset();
    void laterChangeInTheSameBatchWins();
    void importedListAddsOnlyWhatIsNew();
    void refreshesRelativeTimes();
    void relativeText_data();
    void relativeText();
    void durationText_data();
    void durationText();

private:
    std::unique_ptr<SessionTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

constexpr qint64 T0 = 1'793'000'000'000; // 2026-10-26
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;

SessionSummary summary(int n, SubmissionStatus status = SubmissionStatus::Pending, qint64 start = 0)
{
    SessionSummary s;
    s.id = QStringLiteral("session-%1").arg(n, 4, 10, QLatin1Char('0'));
    s.sessionNumber = n;
    s.startTime = start ? start : T0 + n * Minute;
    s.endTime = s.startTime + 2500;
    s.deviceIp = QStringLiteral("10.0.0.%1").arg(n % 20);
    s.lisIp = QStringLiteral("10.0.1.1");
    s.messageCount = n % 5;
    s.messageTypes = {QStringLiteral("ORU^R01")};
    s.complete = n % 2 == 0;
    s.submissionStatus = status;
    return s;
}

QList<SessionSummary> summaries(int first, int last)
{
    QList<SessionSummary> list;
    for (int n = first; n <= last; ++n)
        list.append(summary(n));
    return list;
}

QStringList idsOf(const SessionTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(SessionTableModel::IdRole).toString());
    return ids;
}

} // namespace

void tst_SessionTableModel::init()
{
    m_model = std::make_unique<SessionTableModel>();
    m_model->setClock([] { return T0 + 100 * Hour; });
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_SessionTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_SessionTableModel::resetOrdersOldestFirst()
{
    m_model->reset({summary(3), summary(1), summary(2)});
    QCOMPARE(idsOf(*m_model), (QStringList{QStringLiteral("session-0001"), QStringLiteral("session-0002"), QStringLiteral("session-0003")}));
    QCOMPARE(m_model->rowOf(QStringLiteral("session-0003")), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("session-9999")), -1);
    QCOMPARE(m_model->columnCount(), int(SessionTableModel::ColumnCount));
    for (int c = 0; c < m_model->columnCount(); ++c)
        QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
}

void tst_SessionTableModel::columns_data()
{
    QTest::addColumn<SessionSummary>("session");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QVariant>("sortValue");

    SessionSummary s = summary(42);
    s.messageTypes = {QStringLiteral("ORU^R01"), QStringLiteral("QRY^Q02")};
    s.messageCount = 7;
    s.endTime = s.startTime + 3 * Minute + 4 * Second;
    QTest::newRow("number") << s << int(SessionTableModel::NumberColumn) << QStringLiteral("42") << QVariant(qint64(42));
    QTest::newRow("duration") << s << int(SessionTableModel::DurationColumn) << QStringLiteral("3 min 04 s")
                              << QVariant(qint64(184'000));
    QTest::newRow("device") << s << int(SessionTableModel::DeviceColumn) << QStringLiteral("10.0.0.2") << QVariant(QStringLiteral("10.0.0.2"));
    QTest::newRow("lis") << s << int(SessionTableModel::LisColumn) << QStringLiteral("10.0.1.1") << QVariant(QStringLiteral("10.0.1.1"));
    QTest::newRow("types") << s << int(SessionTableModel::TypesColumn) << QStringLiteral("ORU^R01, QRY^Q02")
                           << QVariant(QStringLiteral("ORU^R01,QRY^Q02"));
    QTest::newRow("messages") << s << int(SessionTableModel::MessagesColumn) << QStringLiteral("7") << QVariant(7);
    QTest::newRow("complete") << s << int(SessionTableModel::CompleteColumn) << QStringLiteral("Yes") << QVariant(true);
    QTest::newRow("pending") << s << int(SessionTableModel::StatusColumn) << QStringLiteral("Pending")
                             << QVariant(int(SubmissionStatus::Pending));

    SessionSummary noEnd = summary(43);
    noEnd.endTime.reset();
    QTest::newRow("no end") << noEnd << int(SessionTableModel::DurationColumn) << QString() << QVariant(qint64(-1));
    QTest::newRow("incomplete") << noEnd << int(SessionTableModel::CompleteColumn) << QStringLiteral("No") << QVariant(false);

    SessionSummary submitted = summary(44, SubmissionStatus::Submitted);
    submitted.submissionAttempts = 2;
    submitted.submittedAt = T0 + 5 * Hour;
    QTest::newRow("submitted") << submitted << int(SessionTableModel::StatusColumn) << QStringLiteral("Submitted")
                               << QVariant(int(SubmissionStatus::Submitted));
    QTest::newRow("attempts") << submitted << int(SessionTableModel::AttemptsColumn) << QStringLiteral("2") << QVariant(2);
    QTest::newRow("submitted at") << submitted << int(SessionTableModel::OutcomeColumn)
                                  << TimeText::localDateTime(T0 + 5 * Hour) << QVariant(T0 + 5 * Hour);

    SessionSummary failed = summary(45, SubmissionStatus::Failed);
    failed.submissionAttempts = 3;
    failed.submissionError = QStringLiteral("HTTP 503:\nService Unavailable");
    QTest::newRow("failed") << failed << int(SessionTableModel::StatusColumn) << QStringLiteral("Failed")
                            << QVariant(int(SubmissionStatus::Failed));
    QTest::newRow("last error, on one line") << failed << int(SessionTableModel::OutcomeColumn)
                                             << QStringLiteral("HTTP 503: Service Unavailable")
                                             << QVariant(QStringLiteral("HTTP 503:\nService Unavailable"));

    SessionSummary retrying = summary(46);
    retrying.submissionAttempts = 1;
    retrying.submissionError = QStringLiteral("timeout");
    retrying.nextSubmissionAttemptAt = T0 + 100 * Hour + 5 * Minute;
    QTest::newRow("retrying") << retrying << int(SessionTableModel::OutcomeColumn) << QStringLiteral("Retrying in 5 minutes: timeout")
                              << QVariant(QStringLiteral("timeout"));

    SessionSummary ignored = summary(47, SubmissionStatus::Ignored);
    QTest::newRow("ignored") << ignored << int(SessionTableModel::StatusColumn) << QStringLiteral("Ignored")
                             << QVariant(int(SubmissionStatus::Ignored));
    QTest::newRow("ignored has no outcome") << ignored << int(SessionTableModel::OutcomeColumn) << QString() << QVariant(QString());
}

void tst_SessionTableModel::columns()
{
    QFETCH(SessionSummary, session);
    QFETCH(int, column);
    QFETCH(QString, display);
    QFETCH(QVariant, sortValue);
    m_model->reset({session});
    const QModelIndex index = m_model->index(0, column);
    QCOMPARE(index.data().toString(), display);
    QCOMPARE(index.data(SessionTableModel::SortRole), sortValue);
    QCOMPARE(index.data(SessionTableModel::IdRole).toString(), session.id);
    QCOMPARE(index.data(SessionTableModel::StatusRole).toInt(), int(session.submissionStatus));
}

void tst_SessionTableModel::startShowsHowLongAgo()
{
    m_model->reset({summary(1, SubmissionStatus::Pending, T0)});
    m_model->setClock([] { return T0 + 2 * Hour + 5 * Minute; });
    const QString text = m_model->index(0, SessionTableModel::StartColumn).data().toString();
    QCOMPARE(text, TimeText::localDateTime(T0) + QStringLiteral(" · 2 hours ago"));
    QVERIFY(!m_model->index(0, SessionTableModel::StartColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(m_model->index(0, SessionTableModel::StartColumn).data(SessionTableModel::SortRole).toLongLong(), T0);
}

void tst_SessionTableModel::batchesInsertions()
{
    m_model->setBatchInterval(20ms);
    m_model->reset(summaries(1, 10));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy applied(m_model.get(), &SessionTableModel::changesApplied);
    for (int n = 11; n <= 510; ++n)
        m_model->upsert(summary(n));
    QCOMPARE(m_model->rowCount(), 10); // nothing before the batch runs
    QVERIFY(m_model->hasPendingChanges());
    QTRY_COMPARE(m_model->rowCount(), 510);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 10);
    QCOMPARE(inserted.first().at(2).toInt(), 509);
    QCOMPARE(m_model->rowOf(QStringLiteral("session-0510")), 509);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().at(0).value<QList<SessionSummary>>().size(), 500);
    QVERIFY(!m_model->hasPendingChanges());
}

void tst_SessionTableModel::updatesInPlace()
{
    m_model->reset(summaries(1, 5));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    SessionSummary failed = summary(2, SubmissionStatus::Failed);
    failed.submissionAttempts = 3;
    failed.submissionError = QStringLiteral("connection refused");
    SessionSummary submitted = summary(4, SubmissionStatus::Submitted);
    submitted.submittedAt = T0;
    m_model->upsert(failed);
    m_model->upsert(submitted);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 2); // rows 1 and 3 are not contiguous
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(SessionTableModel::ColumnCount) - 1);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 3);
    QCOMPARE(m_model->index(1, SessionTableModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(m_model->index(1, SessionTableModel::OutcomeColumn).data().toString(), QStringLiteral("connection refused"));
    QCOMPARE(m_model->summaryAt(3).submissionStatus, SubmissionStatus::Submitted);
}

void tst_SessionTableModel::equalUpsertChangesNothing()
{
    m_model->reset(summaries(1, 5));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy applied(m_model.get(), &SessionTableModel::changesApplied);
    m_model->upsert(summary(3));
    m_model->flush();
    QCOMPARE(changed.size(), 0);
    QCOMPARE(applied.size(), 0);
}

void tst_SessionTableModel::removesRows_data()
{
    QTest::addColumn<QList<int>>("remove");
    QTest::addColumn<int>("removalSignals");
    QTest::addColumn<QList<int>>("left");
    QTest::newRow("one") << QList<int>{3} << 1 << QList<int>{1, 2, 4, 5, 6, 7, 8};
    QTest::newRow("a run of the oldest") << QList<int>{1, 2, 3} << 1 << QList<int>{4, 5, 6, 7, 8};
    QTest::newRow("scattered") << QList<int>{2, 5, 8} << 3 << QList<int>{1, 3, 4, 6, 7};
    QTest::newRow("unknown id") << QList<int>{99} << 0 << QList<int>{1, 2, 3, 4, 5, 6, 7, 8};
    QTest::newRow("all") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8} << 1 << QList<int>{};
}

void tst_SessionTableModel::removesRows()
{
    QFETCH(QList<int>, remove);
    QFETCH(int, removalSignals);
    QFETCH(QList<int>, left);
    m_model->reset(summaries(1, 8));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy applied(m_model.get(), &SessionTableModel::changesApplied);
    QStringList ids;
    for (const int n : remove)
        ids.append(summary(n).id);
    m_model->remove(ids);
    QCOMPARE(m_model->rowCount(), 8);
    m_model->flush();
    QCOMPARE(removed.size(), removalSignals);
    QStringList expected;
    for (const int n : left)
        expected.append(summary(n).id);
    QCOMPARE(idsOf(*m_model), expected);
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(m_model->rowOf(expected.at(row)), row);
    for (const QString &id : std::as_const(ids))
        QCOMPARE(m_model->rowOf(id), -1);
    QCOMPARE(applied.size(), removalSignals ? 1 : 0);
}

void tst_SessionTableModel::manyScatteredRemovalsReset()
{
    m_model->reset(summaries(1, 1000));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QStringList ids;
    for (int n = 1; n <= 1000; n += 2)
        ids.append(summary(n).id);
    m_model->remove(ids);
    m_model->flush();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(m_model->rowCount(), 500);
    QCOMPARE(m_model->rowOf(summary(1000).id), 499);
    QCOMPARE(m_model->summaryAt(0).id, summary(2).id);
}

void tst_SessionTableModel::laterChangeInTheSameBatchWins()
{
    m_model->reset(summaries(1, 3));
    m_model->upsert(summary(4));
    m_model->upsert(summary(4, SubmissionStatus::Failed)); // the same new session, changed again
    m_model->remove(summary(2).id);
    m_model->upsert(summary(2, SubmissionStatus::Ignored)); // saved again after its removal
    m_model->upsert(summary(5));
    m_model->remove(summary(5).id); // came and went within the batch
    m_model->flush();
    QCOMPARE(idsOf(*m_model), (QStringList{summary(1).id, summary(2).id, summary(3).id, summary(4).id}));
    QCOMPARE(m_model->summaryAt(1).submissionStatus, SubmissionStatus::Ignored);
    QCOMPARE(m_model->summaryAt(3).submissionStatus, SubmissionStatus::Failed);
}

void tst_SessionTableModel::importedListAddsOnlyWhatIsNew()
{
    m_model->reset(summaries(1, 3));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->upsert(summaries(1, 6));
    m_model->flush();
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 6);
}

void tst_SessionTableModel::refreshesRelativeTimes()
{
    m_model->reset(summaries(1, 4));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->refreshRelativeTimes();
    QVERIFY(!changed.isEmpty());
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft.column(), int(SessionTableModel::StartColumn));
    QCOMPARE(topLeft.row(), 0);
    QCOMPARE(bottomRight.row(), 3);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::DisplayRole));
}

void tst_SessionTableModel::relativeText_data()
{
    QTest::addColumn<qint64>("ago");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << 30 * Second << QStringLiteral("just now");
    QTest::newRow("a minute") << 90 * Second << QStringLiteral("a minute ago");
    QTest::newRow("minutes") << 59 * Minute << QStringLiteral("59 minutes ago");
    QTest::newRow("an hour") << Hour << QStringLiteral("an hour ago");
    QTest::newRow("hours") << 2 * Hour + 59 * Minute << QStringLiteral("2 hours ago");
    QTest::newRow("a day") << 30 * Hour << QStringLiteral("a day ago");
    QTest::newRow("days") << 13 * 24 * Hour << QStringLiteral("13 days ago");
    QTest::newRow("months") << 65 * 24 * Hour << QStringLiteral("2 months ago");
    QTest::newRow("years") << 800 * 24 * Hour << QStringLiteral("2 years ago");
    QTest::newRow("in the future") << -5 * Minute << QStringLiteral("in 5 minutes");
}

void tst_SessionTableModel::relativeText()
{
    QFETCH(qint64, ago);
    QFETCH(QString, text);
    QCOMPARE(TimeText::relative(T0 - ago, T0), text);
}

void tst_SessionTableModel::durationText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("milliseconds") << qint64(850) << QStringLiteral("850 ms");
    QTest::newRow("seconds") << qint64(12'440) << QStringLiteral("12.4 s");
    QTest::newRow("minutes") << 3 * Minute + 4 * Second << QStringLiteral("3 min 04 s");
    QTest::newRow("hours") << 2 * Hour + 5 * Minute << QStringLiteral("2 h 05 min");
    QTest::newRow("negative") << qint64(-1) << QString();
}

void tst_SessionTableModel::durationText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(TimeText::duration(ms), text);
}

QTEST_MAIN(tst_SessionTableModel)
#include "tst_sessiontablemodel.moc"

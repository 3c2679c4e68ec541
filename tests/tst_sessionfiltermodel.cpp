#include "sessionfiltermodel.h"
#include "sessiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The session table as a person narrows and sorts it: status, time range and search ids filter
// together, the counts per status ignore only the status filter, and each column sorts by its
// raw value (numbers as numbers, times as times, addresses by their numbers).
class tst_SessionFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filtersByStatus_data();
    void filtersByStatus();
    void filtersByTime_data();
    void filtersByTime();
    void filtersBySearch();
    void filtersCombine();
    void countsIgnoreOnlyTheStatusFilter();
    void countsFollowLiveChanges();
    void statusChangeMovesARowOutOfTheFilter();
    void presetsFollowTheClock();
    void sorts_data();
    void sorts();
    void newRowsLandInSortedPlace();
    void largeFilterChangeKeepsTheSelection();

private:
    QStringList shownLabels() const;

    qint64 m_now = 0;
    std::unique_ptr<SessionTableModel> m_sessions;
    std::unique_ptr<SessionFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

constexpr qint64 T0 = 1'793'000'000'000;
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// Sessions named by label (the id is "s-<label>"), ages relative to T0, "now" in these tests.
struct Row
{
    const char *label;
    qint64 age;
    SubmissionStatus status;
    qint64 number;
    const char *device;
    qint64 duration; // -1: no end
    int messages;
    const char *error;
    qint64 submittedAgo; // 0: not submitted
};

const Row rows[] = {
    {"a", 10 * Minute, SubmissionStatus::Pending, 9, "10.0.0.9", 1500, 2, "", 0},
    {"b", 2 * Hour, SubmissionStatus::Submitted, 10, "10.0.0.10", 800, 12, "", Hour},
    {"c", 3 * Day, SubmissionStatus::Failed, 2, "10.0.0.100", 60'000, 1, "HTTP 503", 0},
    {"d", 20 * Day, SubmissionStatus::Ignored, 100, "10.0.0.1", -1, 3, "", 0},
    {"e", 40 * Day, SubmissionStatus::Failed, 1, "192.168.1.2", 5, 30, "connection refused", 0},
    {"f", 30 * Minute, SubmissionStatus::Submitted, 11, "10.0.0.2", 2000, 4, "", 5 * Minute},
};

SessionSummary summaryOf(const Row &r)
{
    SessionSummary s;
    s.id = QStringLiteral("s-") + QLatin1StringView(r.label);
    s.sessionNumber = r.number;
    s.startTime = T0 - r.age;
    if (r.duration >= 0)
        s.endTime = s.startTime + r.duration;
    s.deviceIp = QLatin1StringView(r.device);
    s.lisIp = QStringLiteral("10.1.1.1");
    s.messageCount = r.messages;
    s.submissionStatus = r.status;
    s.submissionError = QLatin1StringView(r.error);
    if (r.submittedAgo)
        s.submittedAt = T0 - r.submittedAgo;
    return s;
}

QStringList labelsOf(const char *text)
{
    QStringList labels = QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return labels;
}

} // namespace

void tst_SessionFilterModel::init()
{
    m_now = T0;
    m_sessions = std::make_unique<SessionTableModel>();
    m_filter = std::make_unique<SessionFilterModel>(m_sessions.get());
    m_filter->setClock([this] { return m_now; });
    m_tester = std::make_unique<QAbstractItemModelTester>(m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<SessionSummary> list;
    for (const Row &r : rows)
        list.append(summaryOf(r));
    m_sessions->reset(list);
    m_filter->sort(SessionTableModel::StartColumn, Qt::DescendingOrder);
}

void tst_SessionFilterModel::cleanup()
{
    m_tester.reset();
    m_filter.reset();
    m_sessions.reset();
}

QStringList tst_SessionFilterModel::shownLabels() const
{
    QStringList labels;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        labels.append(m_filter->summaryAt(m_filter->index(row, 0)).id.mid(2));
    return labels;
}

void tst_SessionFilterModel::filtersByStatus_data()
{
    QTest::addColumn<StatusFilter>("filter");
    QTest::addColumn<QStringList>("shown"); // newest first
    QTest::newRow("all") << StatusFilter::All << labelsOf("a f b c d e");
    QTest::newRow("pending") << StatusFilter::Pending << labelsOf("a");
    QTest::newRow("submitted") << StatusFilter::Submitted << labelsOf("f b");
    QTest::newRow("failed") << StatusFilter::Failed << labelsOf("c e");
    QTest::newRow("ignored") << StatusFilter::Ignored << labelsOf("d");
}

void tst_SessionFilterModel::filtersByStatus()
{
    QFETCH(StatusFilter, filter);
    QFETCH(QStringList, shown);
    m_filter->setStatusFilter(filter);
    QCOMPARE(m_filter->statusFilter(), filter);
    QCOMPARE(shownLabels(), shown);
}

void tst_SessionFilterModel::filtersByTime_data()
{
    QTest::addColumn<TimeRange>("range");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("all") << TimeRange{} << labelsOf("a f b c d e");
    QTest::newRow("last hour") << TimeRange{TimeRange::Preset::LastHour, 0, 0} << labelsOf("a f");
    QTest::newRow("last 24 hours") << TimeRange{TimeRange::Preset::Last24Hours, 0, 0} << labelsOf("a f b");
    QTest::newRow("last 7 days") << TimeRange{TimeRange::Preset::Last7Days, 0, 0} << labelsOf("a f b c");
    QTest::newRow("last 30 days") << TimeRange{TimeRange::Preset::Last30Days, 0, 0} << labelsOf("a f b c d");
    QTest::newRow("custom, both ends included")
        << TimeRange{TimeRange::Preset::Custom, T0 - 20 * Day, T0 - 2 * Hour} << labelsOf("b c d");
    QTest::newRow("custom, empty") << TimeRange{TimeRange::Preset::Custom, T0 - 50 * Day, T0 - 45 * Day} << QStringList();
}

void tst_SessionFilterModel::filtersByTime()
{
    QFETCH(TimeRange, range);
    QFETCH(QStringList, shown);
    m_filter->setTimeRange(range);
    QCOMPARE(m_filter->timeRange(), range);
    QCOMPARE(shownLabels(), shown);
}

void tst_SessionFilterModel::filtersBySearch()
{
    m_filter->setMatchingIds(QSet<QString>{QStringLiteral("s-b"), QStringLiteral("s-e"), QStringLiteral("s-unknown")});
    QVERIFY(m_filter->hasSearch());
    QCOMPARE(shownLabels(), labelsOf("b e"));
    m_filter->setMatchingIds(QSet<QString>{});
    QCOMPARE(shownLabels(), QStringList());
    m_filter->setMatchingIds(std::nullopt);
    QVERIFY(!m_filter->hasSearch());
    QCOMPARE(shownLabels(), labelsOf("a f b c d e"));
}

void tst_SessionFilterModel::filtersCombine()
{
    m_filter->setStatusFilter(StatusFilter::Submitted);
    m_filter->setTimeRange(TimeRange{TimeRange::Preset::LastHour, 0, 0});
    QCOMPARE(shownLabels(), labelsOf("f"));
    m_filter->setMatchingIds(QSet<QString>{QStringLiteral("s-a"), QStringLiteral("s-b")});
    QCOMPARE(shownLabels(), QStringList());
    m_filter->setTimeRange({});
    QCOMPARE(shownLabels(), labelsOf("b"));
}

void tst_SessionFilterModel::countsIgnoreOnlyTheStatusFilter()
{
    StatusCounts counts = m_filter->counts();
    QCOMPARE(counts.of(StatusFilter::All), 6);
    QCOMPARE(counts.of(SubmissionStatus::Pending), 1);
    QCOMPARE(counts.of(SubmissionStatus::Submitted), 2);
    QCOMPARE(counts.of(SubmissionStatus::Failed), 2);
    QCOMPARE(counts.of(SubmissionStatus::Ignored), 1);

    m_filter->setStatusFilter(StatusFilter::Failed);
    QCOMPARE(m_filter->counts(), counts); // the status buttons tell what each would show

    m_filter->setTimeRange(TimeRange{TimeRange::Preset::Last7Days, 0, 0});
    counts = m_filter->counts();
    QCOMPARE(counts.total(), 4);
    QCOMPARE(counts.of(SubmissionStatus::Failed), 1);
    QCOMPARE(counts.of(SubmissionStatus::Ignored), 0);

    m_filter->setMatchingIds(QSet<QString>{QStringLiteral("s-a"), QStringLiteral("s-e")});
    counts = m_filter->counts();
    QCOMPARE(counts.total(), 1); // e is older than 7 days
    QCOMPARE(counts.of(SubmissionStatus::Pending), 1);
}

void tst_SessionFilterModel::countsFollowLiveChanges()
{
    QSignalSpy spy(m_filter.get(), &SessionFilterModel::countsChanged);
    SessionSummary newer = summaryOf(rows[0]);
    newer.id = QStringLiteral("s-g");
    newer.submissionStatus = SubmissionStatus::Failed;
    m_sessions->upsert(newer);
    m_sessions->flush();
    QTRY_VERIFY(!spy.isEmpty());
    const StatusCounts counts = spy.last().at(0).value<StatusCounts>();
    QCOMPARE(counts.total(), 7);
    QCOMPARE(counts.of(SubmissionStatus::Failed), 3);

    m_sessions->remove(QStringLiteral("s-c"));
    m_sessions->flush();
    QTRY_COMPARE(spy.last().at(0).value<StatusCounts>().of(SubmissionStatus::Failed), 2);
    QCOMPARE(m_filter->counts().total(), 6);
}

void tst_SessionFilterModel::statusChangeMovesARowOutOfTheFilter()
{
    m_filter->setStatusFilter(StatusFilter::Pending);
    QCOMPARE(shownLabels(), labelsOf("a"));
    SessionSummary failed = summaryOf(rows[0]);
    failed.submissionStatus = SubmissionStatus::Failed;
    failed.submissionAttempts = 3;
    m_sessions->upsert(failed);
    m_sessions->flush();
    QCOMPARE(shownLabels(), QStringList());
    m_filter->setStatusFilter(StatusFilter::Failed);
    QCOMPARE(shownLabels(), labelsOf("a c e"));
    QCOMPARE(m_filter->counts().of(SubmissionStatus::Pending), 0);
}

void tst_SessionFilterModel::presetsFollowTheClock()
{
    m_filter->setTimeRange(TimeRange{TimeRange::Preset::LastHour, 0, 0});
    QCOMPARE(shownLabels(), labelsOf("a f"));
    m_now = T0 + 45 * Minute; // f is 75 minutes old now
    QCOMPARE(shownLabels(), labelsOf("a f")); // until told
    m_filter->refreshTime();
    QCOMPARE(shownLabels(), labelsOf("a"));
    QCOMPARE(m_filter->counts().total(), 1);
}

void tst_SessionFilterModel::sorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("number, as numbers") << int(SessionTableModel::NumberColumn) << Qt::AscendingOrder << labelsOf("e c a b f d");
    QTest::newRow("number, descending") << int(SessionTableModel::NumberColumn) << Qt::DescendingOrder << labelsOf("d f b a c e");
    QTest::newRow("start") << int(SessionTableModel::StartColumn) << Qt::AscendingOrder << labelsOf("e d c b f a");
    QTest::newRow("duration, none first") << int(SessionTableModel::DurationColumn) << Qt::AscendingOrder << labelsOf("d e b a f c");
    QTest::newRow("device, by numbers") << int(SessionTableModel::DeviceColumn) << Qt::AscendingOrder << labelsOf("d f a b c e");
    QTest::newRow("messages") << int(SessionTableModel::MessagesColumn) << Qt::AscendingOrder << labelsOf("c a d f b e");
    // Ties (same status) keep start-time order.
    QTest::newRow("status") << int(SessionTableModel::StatusColumn) << Qt::AscendingOrder << labelsOf("a b f e c d");
    QTest::newRow("outcome: times, then errors") << int(SessionTableModel::OutcomeColumn) << Qt::AscendingOrder
                                                 << labelsOf("b f e c d a");
}

void tst_SessionFilterModel::sorts()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, shown);
    m_filter->sort(column, order);
    QCOMPARE(shownLabels(), shown);
}

void tst_SessionFilterModel::newRowsLandInSortedPlace()
{
    m_filter->sort(SessionTableModel::NumberColumn, Qt::AscendingOrder);
    SessionSummary s = summaryOf(rows[0]);
    s.id = QStringLiteral("s-g");
    s.sessionNumber = 5;
    m_sessions->upsert(s);
    m_sessions->flush();
    QCOMPARE(shownLabels(), labelsOf("e c g a b f d"));
}

// Past a few hundred rows the proxy rebuilds its mapping rather than removing rows run by run:
// the rows shown and the persistent indexes (a view's selection) must come out the same.
void tst_SessionFilterModel::largeFilterChangeKeepsTheSelection()
{
    QList<SessionSummary> many;
    for (int n = 0; n < 3000; ++n) {
        SessionSummary s = summaryOf(rows[n % 6]);
        s.id = QStringLiteral("s-%1").arg(n);
        s.startTime = T0 - n * Minute;
        many.append(s);
    }
    m_sessions->reset(many);
    const QModelIndex kept = m_filter->mapFromSource(m_sessions->index(m_sessions->rowOf(QStringLiteral("s-2")), 0));
    const QModelIndex hidden = m_filter->mapFromSource(m_sessions->index(m_sessions->rowOf(QStringLiteral("s-3")), 0));
    const QPersistentModelIndex keptPersistent(kept);
    const QPersistentModelIndex hiddenPersistent(hidden);
    QSignalSpy layout(m_filter.get(), &QAbstractItemModel::layoutChanged);

    m_filter->setStatusFilter(StatusFilter::Failed); // c and e: 1000 of 3000 rows stay
    QCOMPARE(m_filter->rowCount(), 1000);
    QCOMPARE(layout.size(), 1);
    QVERIFY(keptPersistent.isValid());
    QCOMPARE(m_filter->summaryAt(keptPersistent).id, QStringLiteral("s-2"));
    QVERIFY(!hiddenPersistent.isValid());

    m_filter->setStatusFilter(StatusFilter::All);
    QCOMPARE(m_filter->rowCount(), 3000);
    QCOMPARE(m_filter->summaryAt(keptPersistent).id, QStringLiteral("s-2"));
    QCOMPARE(m_filter->summaryAt(m_filter->index(0, 0)).id, QStringLiteral("s-0")); // still newest first
}

QTEST_MAIN(tst_SessionFilterModel)
#include "tst_sessionfiltermodel.moc"

// The session table with 100 000 summaries, run by hand (not a ctest test):
//   bench_sessiontable [-median 5] [function]
// Each function is one thing the GUI thread does: load the store's list, take a live batch,
// sort a column, change a filter. Built in Release, the figures are what a person waits for.
#include "sessionfiltermodel.h"
#include "sessiontablemodel.h"

#include <QHeaderView>
#include <QTableView>
#include <QTest>

#include <memory>

namespace {

constexpr int Sessions = 100'000;
constexpr int Batch = 200; // ~150 ms of a very busy capture
constexpr qint64 T0 = 1'760'000'000'000;
constexpr qint64 Step = 30'000; // a session every 30 s

SessionSummary summaryOf(int n)
{
    SessionSummary s;
    s.id = QStringLiteral("session-%1-%2").arg(T0 + n * Step).arg(uint(n) * 2654435761u, 8, 16, QLatin1Char('0'));
    s.sessionNumber = n + 1;
    s.startTime = T0 + n * Step;
    s.endTime = s.startTime + 1000 + (n * 37) % 20'000;
    s.deviceIp = QStringLiteral("10.0.%1.%2").arg(n % 4).arg(n % 250);
    s.lisIp = QStringLiteral("10.1.0.1");
    s.messageCount = 1 + n % 7;
    s.messageTypes = {n % 3 ? QStringLiteral("ORU^R01") : QStringLiteral("QRY^Q02")};
    s.complete = n % 11 != 0;
    static constexpr SubmissionStatus statuses[] = {SubmissionStatus::Submitted, SubmissionStatus::Submitted, SubmissionStatus::Submitted,
                                                    SubmissionStatus::Pending, SubmissionStatus::Failed, SubmissionStatus::Ignored};
    s.submissionStatus = statuses[n % 6];
    s.submissionAttempts = s.submissionStatus == SubmissionStatus::Pending ? 0 : 1 + n % 3;
    if (s.submissionStatus == SubmissionStatus::Submitted)
        s.submittedAt = s.startTime + 5000;
    if (s.submissionStatus == SubmissionStatus::Failed)
        s.submissionError = QStringLiteral("HTTP %1").arg(500 + n % 4);
    return s;
}

QList<SessionSummary> summaries(int first, int count)
{
    QList<SessionSummary> list;
    list.reserve(count);
    for (int n = first; n < first + count; ++n)
        list.append(summaryOf(n));
    return list;
}

} // namespace

class bench_SessionTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reset();
    void insertBatch();
    void updateBatch();
    void sort_data();
    void sort();
    void filterByStatus();
    void filterBySearchIds();
    void filterByTimeRange();
    void refreshRelativeTimes();

private:
    QList<SessionSummary> m_all;
    std::unique_ptr<SessionTableModel> m_model;
    std::unique_ptr<SessionFilterModel> m_filter;
    std::unique_ptr<QTableView> m_view; // a real view listens as the app's does
};

void bench_SessionTable::initTestCase()
{
    m_all = summaries(0, Sessions);
}

void bench_SessionTable::init()
{
    m_model = std::make_unique<SessionTableModel>();
    m_model->setClock([] { return T0 + Sessions * Step; });
    m_filter = std::make_unique<SessionFilterModel>(m_model.get());
    m_filter->setClock([] { return T0 + Sessions * Step; });
    m_view = std::make_unique<QTableView>();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setModel(m_filter.get());
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionTableModel::StartColumn, Qt::DescendingOrder);
    m_view->resize(1200, 700);
    m_model->reset(m_all);
}

void bench_SessionTable::cleanup()
{
    m_view.reset();
    m_filter.reset();
    m_model.reset();
}

// The store opened: 100 000 rows in, sorted newest first by the proxy.
void bench_SessionTable::reset()
{
    QBENCHMARK {
        m_model->reset(m_all);
    }
    QCOMPARE(m_filter->rowCount(), Sessions);
}

// One batch of new sessions into a full, sorted table.
void bench_SessionTable::insertBatch()
{
    int next = Sessions;
    QBENCHMARK {
        for (const SessionSummary &s : summaries(next, Batch))
            m_model->upsert(s);
        m_model->flush();
        next += Batch;
    }
    QCOMPARE(m_filter->rowCount(), next);
}

// One batch of status changes (the submission worker's results) spread over the table.
void bench_SessionTable::updateBatch()
{
    int round = 0;
    QBENCHMARK {
        ++round;
        for (int i = 0; i < Batch; ++i) {
            SessionSummary s = m_all.at((i * 499 + round) % Sessions);
            s.submissionAttempts += round;
            m_model->upsert(s);
        }
        m_model->flush();
    }
    QCOMPARE(m_filter->rowCount(), Sessions);
}

void bench_SessionTable::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("number") << int(SessionTableModel::NumberColumn);
    QTest::newRow("start") << int(SessionTableModel::StartColumn);
    QTest::newRow("device") << int(SessionTableModel::DeviceColumn);
    QTest::newRow("types") << int(SessionTableModel::TypesColumn);
    QTest::newRow("status") << int(SessionTableModel::StatusColumn);
    QTest::newRow("outcome") << int(SessionTableModel::OutcomeColumn);
}

// A click on a column header.
void bench_SessionTable::sort()
{
    QFETCH(int, column);
    Qt::SortOrder order = Qt::AscendingOrder;
    QBENCHMARK {
        m_view->sortByColumn(column, order);
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
}

// A status button: from all to failed and back.
void bench_SessionTable::filterByStatus()
{
    QBENCHMARK {
        m_filter->setStatusFilter(StatusFilter::Failed);
        m_filter->setStatusFilter(StatusFilter::All);
    }
    QCOMPARE(m_filter->rowCount(), Sessions);
}

// A search's answer arriving (a tenth of the sessions match), then the search cleared.
void bench_SessionTable::filterBySearchIds()
{
    QSet<QString> ids;
    for (int n = 0; n < Sessions; n += 10)
        ids.insert(m_all.at(n).id);
    QBENCHMARK {
        m_filter->setMatchingIds(ids);
        m_filter->setMatchingIds(std::nullopt);
    }
    QCOMPARE(m_filter->rowCount(), Sessions);
}

// The time range: the last 7 days and back to all.
void bench_SessionTable::filterByTimeRange()
{
    QBENCHMARK {
        m_filter->setTimeRange(TimeRange{TimeRange::Preset::Last7Days, 0, 0});
        m_filter->setTimeRange({});
    }
    QCOMPARE(m_filter->rowCount(), Sessions);
}

// The 30-second tick that moves "2 hours ago" on.
void bench_SessionTable::refreshRelativeTimes()
{
    QBENCHMARK {
        m_model->refreshRelativeTimes();
    }
}

QTEST_MAIN(bench_SessionTable)
#include "bench_sessiontable.moc"

#include "searchservice.h"
#include "sessionfactory.h"
#include "sessionfiltermodel.h"
#include "sessionlistpanel.h"
#include "sessionrepository.h"
#include "sessionstore.h"
#include "sessiontablemodel.h"
#include "testdata.h"
#include "uistate.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace std::chrono_literals;

// The session list as a person uses it, on a real store: it follows the store's signals in
// batches, shows status changes and removals in place, searches off the GUI thread, says when
// a query cannot be read, and keeps its filters, sort and columns in DIR/ui-state.ini.
class tst_SessionListPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsWhatTheStoreHolds();
    void followsTenThousandSavedSignalsInBatches();
    void statusChangeUpdatesTheBadgeAndTheCounts();
    void removalsDisappear();
    void searches_data();
    void searches();
    void reportsAQueryThatCannotBeRead();
    void clearingTheSearchShowsEverything();
    void timeRangeFromTheBar();
    void keyboardPicksTheFilters();
    void autoScrollFollowsNewSessions();
    void tellsWhichSessionsAreSelected();
    void remembersItsStateInTheDataFolder();
    void everyControlHasAnAccessibleName();

private:
    // A data folder with 6 sessions of SessionFactory (seeds 1…6: patients TEST<seed>000 and
    // TEST<seed>001) and the 6 legacy fixtures (devices 10.1.1.5, CHEM-200).
    void fillDataFolder();
    SessionSummary summaryOf(int n, SubmissionStatus status = SubmissionStatus::Pending) const;
    QString countTextOf(StatusFilter filter) const;

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<DataDirectory> m_dir;
    QHash<int, QString> m_idOfSeed;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<SessionListPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tableTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

namespace {

constexpr qint64 T0 = 1'793'000'000'000;
constexpr qint64 Minute = 60'000;
constexpr int Stored = 12;

} // namespace

void tst_SessionListPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SessionListPanel::fillDataFolder()
{
    SessionRepository repo(*m_dir);
    QVERIFY(repo.open());
    for (int seed = 1; seed <= 6; ++seed) {
        Session s = SessionFactory::make(2, 400, T0 + seed * Minute, seed);
        s.submissionStatus = seed <= 4 ? SubmissionStatus::Pending : SubmissionStatus::Submitted;
        Result<SessionSummary> saved = repo.save(s);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        m_idOfSeed.insert(seed, saved->id);
    }
    QCOMPARE(repo.importSessions(fixturePath(QStringLiteral("legacy")))->imported, 6);
}

void tst_SessionListPanel::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = std::make_unique<DataDirectory>(m_temp->filePath(QStringLiteral("data")));
    fillDataFolder();
    m_store = std::make_unique<SessionStore>(*m_dir);
    m_panel = std::make_unique<SessionListPanel>(m_store.get());
    m_panel->setClock([] { return T0 + 60 * Minute; });
    m_panel->setSearchDelay(0ms);
    m_panel->tableModel()->setBatchInterval(20ms);
    m_panel->resize(1200, 500);
    m_tableTester = std::make_unique<QAbstractItemModelTester>(m_panel->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(m_panel->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_store->open();
    QTRY_COMPARE(m_panel->filterModel()->rowCount(), Stored);
}

void tst_SessionListPanel::cleanup()
{
    m_filterTester.reset();
    m_tableTester.reset();
    m_panel.reset();
    m_store.reset();
    m_dir.reset();
    m_temp.reset();
    m_idOfSeed.clear();
}

SessionSummary tst_SessionListPanel::summaryOf(int n, SubmissionStatus status) const
{
    SessionSummary s;
    s.id = QStringLiteral("session-live-%1").arg(n);
    s.sessionNumber = 1000 + n;
    s.startTime = T0 + (100 + n) * Minute;
    s.endTime = s.startTime + 1000;
    s.deviceIp = QStringLiteral("10.9.9.9");
    s.lisIp = QStringLiteral("10.9.9.1");
    s.messageCount = 1;
    s.messageTypes = {QStringLiteral("ORU^R01")};
    s.complete = true;
    s.submissionStatus = status;
    return s;
}

QString tst_SessionListPanel::countTextOf(StatusFilter filter) const
{
    return m_panel->statusFilterActions().at(int(filter))->text();
}

void tst_SessionListPanel::showsWhatTheStoreHolds()
{
    const SessionTableModel *model = m_panel->tableModel();
    const int row = model->rowOf(m_idOfSeed.value(5));
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, SessionTableModel::StatusColumn).data().toString(), QStringLiteral("Submitted"));
    QCOMPARE(model->index(row, SessionTableModel::MessagesColumn).data().toString(), QStringLiteral("2"));
    QVERIFY(model->index(row, SessionTableModel::StartColumn).data().toString().contains(QStringView(u" · ")));
    // Newest first by default.
    const QTableView *view = m_panel->tableView();
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(SessionTableModel::StartColumn));
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(m_panel->filterModel()->summaryAt(m_panel->filterModel()->index(0, 0)).startTime
            >= m_panel->filterModel()->summaryAt(m_panel->filterModel()->index(1, 0)).startTime);
    QTRY_COMPARE(countTextOf(StatusFilter::All), QStringLiteral("All (12)"));
    // Legacy: 1 and 5, 6 (no status) pending; 2 submitted; 3 failed; 4 ignored.
    QCOMPARE(countTextOf(StatusFilter::Pending), QStringLiteral("Pending (7)"));
    QCOMPARE(countTextOf(StatusFilter::Submitted), QStringLiteral("Submitted (3)"));
    QCOMPARE(countTextOf(StatusFilter::Failed), QStringLiteral("Failed (1)"));
    QCOMPARE(countTextOf(StatusFilter::Ignored), QStringLiteral("Ignored (1)"));
    QCOMPARE(m_panel->findChild<QLabel *>()->text().isEmpty(), false);
}

void tst_SessionListPanel::followsTenThousandSavedSignalsInBatches()
{
    QSignalSpy inserted(m_panel->tableModel(), &QAbstractItemModel::rowsInserted);
    constexpr int Count = 10'000;
    for (int n = 0; n < Count; ++n)
        emit m_store->saved(summaryOf(n));
    QCOMPARE(m_panel->filterModel()->rowCount(), Stored); // nothing before the batch
    QTRY_COMPARE(m_panel->filterModel()->rowCount(), Stored + Count);
    QCOMPARE(inserted.size(), 1); // one insertion for the whole batch
    QTRY_COMPARE(countTextOf(StatusFilter::All), QStringLiteral("All (%1)").arg(QLocale().toString(Stored + Count)));
    // The newest sits on top, as sorted.
    QCOMPARE(m_panel->filterModel()->summaryAt(m_panel->filterModel()->index(0, 0)).id, summaryOf(Count - 1).id);
}

void tst_SessionListPanel::statusChangeUpdatesTheBadgeAndTheCounts()
{
    const QString id = m_idOfSeed.value(2);
    SessionTableModel *model = m_panel->tableModel();
    const int row = model->rowOf(id);
    QTRY_COMPARE(countTextOf(StatusFilter::Failed), QStringLiteral("Failed (1)"));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

    SessionSummary failed = model->summaryAt(row);
    failed.submissionStatus = SubmissionStatus::Failed;
    failed.submissionAttempts = 3;
    failed.submissionError = QStringLiteral("HTTP 500");
    emit m_store->saved(failed);

    QTRY_COMPARE(model->index(row, SessionTableModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model->index(row, SessionTableModel::StatusColumn).data(SessionTableModel::StatusRole).toInt(), int(SubmissionStatus::Failed));
    QCOMPARE(model->index(row, SessionTableModel::OutcomeColumn).data().toString(), QStringLiteral("HTTP 500"));
    QCOMPARE(model->rowOf(id), row);
    QCOMPARE(model->rowCount(), Stored);
    QCOMPARE(inserted.size(), 0);
    QVERIFY(!changed.isEmpty());
    QTRY_COMPARE(countTextOf(StatusFilter::Failed), QStringLiteral("Failed (2)"));
    QCOMPARE(countTextOf(StatusFilter::Pending), QStringLiteral("Pending (6)"));

    m_panel->setStatusFilter(StatusFilter::Failed);
    QCOMPARE(m_panel->filterModel()->rowCount(), 2);
}

void tst_SessionListPanel::removalsDisappear()
{
    SessionTableModel *model = m_panel->tableModel();
    const QString removedId = m_idOfSeed.value(1);
    m_store->remove(removedId); // a real removal, through the store's thread
    QTRY_COMPARE(model->rowOf(removedId), -1);
    QCOMPARE(m_panel->filterModel()->rowCount(), Stored - 1);

    CleanupReport dryRun;
    dryRun.dryRun = true;
    dryRun.sessions = {m_idOfSeed.value(2)};
    emit m_store->cleanupFinished(dryRun); // says what would go: nothing goes
    CleanupReport report;
    report.sessions = {m_idOfSeed.value(3), m_idOfSeed.value(4)};
    emit m_store->cleanupFinished(report);
    QTRY_COMPARE(m_panel->filterModel()->rowCount(), Stored - 3);
    QVERIFY(model->rowOf(m_idOfSeed.value(2)) >= 0);
    QCOMPARE(model->rowOf(m_idOfSeed.value(3)), -1);
    QCOMPARE(model->rowOf(m_idOfSeed.value(4)), -1);
    QTRY_COMPARE(countTextOf(StatusFilter::All), QStringLiteral("All (%1)").arg(Stored - 3));
}

void tst_SessionListPanel::searches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("shown");
    QTest::addColumn<QList<int>>("seeds"); // which of the factory's sessions, when it matters
    QTest::newRow("a patient id") << QStringLiteral("PID-3.1=TEST3001") << 1 << QList<int>{3};
    QTest::newRow("a word of the messages") << QStringLiteral("ctrl5000") << 1 << QList<int>{5};
    QTest::newRow("status term") << QStringLiteral("status:submitted") << 3 << QList<int>{5, 6};
    QTest::newRow("the legacy analyzer") << QStringLiteral("MSH-3=CHEM-200") << 6 << QList<int>{};
    QTest::newRow("device and not failed") << QStringLiteral("device:10.1.1.5 -status:failed") << 5 << QList<int>{};
    QTest::newRow("nothing") << QStringLiteral("PID-3.1=NOBODY") << 0 << QList<int>{};
}

void tst_SessionListPanel::searches()
{
    QFETCH(QString, query);
    QFETCH(int, shown);
    QFETCH(QList<int>, seeds);
    auto *edit = m_panel->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, query); // typed: searched after the (here zero) pause
    QTRY_COMPARE(m_panel->filterModel()->rowCount(), shown);
    QVERIFY(m_panel->searchError().isEmpty());
    QStringList shownIds;
    for (int row = 0; row < m_panel->filterModel()->rowCount(); ++row)
        shownIds.append(m_panel->filterModel()->summaryAt(m_panel->filterModel()->index(row, 0)).id);
    for (const int seed : seeds)
        QVERIFY2(shownIds.contains(m_idOfSeed.value(seed)), qPrintable(shownIds.join(QLatin1Char(' '))));
    // The counts follow the search too.
    QTRY_COMPARE(countTextOf(StatusFilter::All), QStringLiteral("All (%1)").arg(shown));
}

void tst_SessionListPanel::reportsAQueryThatCannotBeRead()
{
    m_panel->setSearchText(QStringLiteral("status:failed"));
    QTRY_COMPARE(m_panel->filterModel()->rowCount(), 1);
    m_panel->setSearchText(QStringLiteral("status:done"));
    QTRY_VERIFY(!m_panel->searchError().isEmpty());
    QVERIFY2(m_panel->searchError().contains(QLatin1StringView("done")), qPrintable(m_panel->searchError()));
    auto *edit = m_panel->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(edit->styleSheet().contains(QLatin1StringView("border")));
    QVERIFY(edit->toolTip().contains(m_panel->searchError()));
    bool shown = false;
    for (const QLabel *label : m_panel->findChildren<QLabel *>())
        shown = shown || label->text().contains(m_panel->searchError());
    QVERIFY2(shown, "no label shows the error");
    QCOMPARE(m_panel->filterModel()->rowCount(), 1); // the last query that could be read still holds

    m_panel->setSearchText(QStringLiteral("status:ignored"));
    QTRY_VERIFY(m_panel->searchError().isEmpty());
    QVERIFY(edit->styleSheet().isEmpty());
    QTRY_COMPARE(m_panel->filterModel()->rowCount(), 1);
}

void tst_SessionListPanel::clearingTheSearchShowsEverything()
{
    m_panel->setSearchText(QStringLiteral("PID-3.1=TEST1000"));
    QTRY_COMPARE(m_panel->filterModel()->rowCount(), 1);
    m_panel->setSearchText(QString());
    QCOMPARE(m_panel->filterModel()->rowCount(), Stored); // at once, no search needed
    QVERIFY(!m_panel->filterModel()->hasSearch());
}

void tst_SessionListPanel::timeRangeFromTheBar()
{
    auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("timeRangeCombo"));
    auto *from = m_panel->findChild<QDateTimeEdit *>(QStringLiteral("timeFromEdit"));
    auto *to = m_panel->findChild<QDateTimeEdit *>(QStringLiteral("timeToEdit"));
    QVERIFY(combo && from && to);
    QVERIFY(!from->isVisibleTo(m_panel.get()));

    combo->setCurrentIndex(combo->findText(QStringLiteral("Last 24 hours")));
    QCOMPARE(m_panel->timeRange().preset, TimeRange::Preset::Last24Hours);

    combo->setCurrentIndex(combo->findText(QStringLiteral("Custom range")));
    QCOMPARE(m_panel->timeRange().preset, TimeRange::Preset::Custom);
    QVERIFY(from->isVisibleTo(m_panel.get()) && to->isVisibleTo(m_panel.get()));
    const qint64 now = T0 + 60 * Minute; // the panel's clock
    QCOMPARE(m_panel->timeRange().from, now - 24 * 60 * Minute); // starts as the last day
    QCOMPARE(m_panel->timeRange().to, now + Minute - 1);

    // Seeds 2, 3 and 4 start at T0 + 2, 3 and 4 minutes: "to" includes its whole minute.
    from->setDateTime(QDateTime::fromMSecsSinceEpoch(T0 + 2 * Minute));
    to->setDateTime(QDateTime::fromMSecsSinceEpoch(T0 + 4 * Minute));
    QCOMPARE(m_panel->filterModel()->rowCount(), 3);
    QTRY_COMPARE(countTextOf(StatusFilter::All), QStringLiteral("All (3)"));

    combo->setCurrentIndex(combo->findText(QStringLiteral("All time")));
    QVERIFY(!from->isVisibleTo(m_panel.get()));
    QCOMPARE(m_panel->filterModel()->rowCount(), Stored);
}

void tst_SessionListPanel::keyboardPicksTheFilters()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->tableView()->setFocus();

    QTest::keyClick(m_panel->tableView(), Qt::Key_3, Qt::AltModifier);
    QCOMPARE(m_panel->statusFilter(), StatusFilter::Submitted);
    QCOMPARE(m_panel->filterModel()->rowCount(), 3);
    QTest::keyClick(m_panel->tableView(), Qt::Key_4, Qt::AltModifier);
    QCOMPARE(m_panel->statusFilter(), StatusFilter::Failed);
    QVERIFY(m_panel->statusFilterActions().at(3)->isChecked());
    QTest::keyClick(m_panel->tableView(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(m_panel->statusFilter(), StatusFilter::All);
    QCOMPARE(m_panel->filterModel()->rowCount(), Stored);

    QTest::keyClick(m_panel->tableView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_panel->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->hasFocus());
    QCOMPARE(m_panel->findAction()->shortcut(), QKeySequence(QKeySequence::Find));
    const QList<QAction *> actions = m_panel->statusFilterActions();
    QCOMPARE(actions.size(), 5);
    for (int i = 0; i < actions.size(); ++i)
        QCOMPARE(actions.at(i)->shortcut(), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
}

void tst_SessionListPanel::autoScrollFollowsNewSessions()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTableView *view = m_panel->tableView();
    view->sortByColumn(SessionTableModel::NumberColumn, Qt::AscendingOrder); // the newest at the bottom
    const auto isVisible = [&](const QString &id) {
        const QModelIndex index = m_panel->filterModel()->mapFromSource(
            m_panel->tableModel()->index(m_panel->tableModel()->rowOf(id), 0));
        return index.isValid() && view->viewport()->rect().contains(view->visualRect(index));
    };
    for (int n = 0; n < 200; ++n)
        emit m_store->saved(summaryOf(n));
    QTRY_COMPARE(m_panel->filterModel()->rowCount(), Stored + 200);
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0); // laid out later, as the rows arrive
    QTRY_VERIFY(isVisible(summaryOf(199).id));

    m_panel->setAutoScroll(false);
    QVERIFY(!m_panel->findChild<QAbstractButton *>(QStringLiteral("autoScrollBox"))->isChecked());
    view->scrollToTop();
    for (int n = 200; n < 210; ++n)
        emit m_store->saved(summaryOf(n));
    QTRY_COMPARE(m_panel->filterModel()->rowCount(), Stored + 210);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QVERIFY(!isVisible(summaryOf(209).id));

    m_panel->setAutoScroll(true);
    emit m_store->saved(summaryOf(210));
    QTRY_VERIFY(isVisible(summaryOf(210).id));
}

void tst_SessionListPanel::tellsWhichSessionsAreSelected()
{
    QSignalSpy current(m_panel.get(), &SessionListPanel::currentSessionChanged);
    QSignalSpy selection(m_panel.get(), &SessionListPanel::selectionChanged);
    QSignalSpy activated(m_panel.get(), &SessionListPanel::activated);
    const QString id = m_idOfSeed.value(4);
    m_panel->selectSession(id);
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().at(0).value<SessionSummary>().id, id);
    QCOMPARE(m_panel->selectedIds(), QStringList{id});
    QCOMPARE(m_panel->currentSummary()->id, id);
    QVERIFY(!selection.isEmpty());
    QCOMPARE(selection.last().at(0).toStringList(), QStringList{id});

    QTableView *view = m_panel->tableView();
    view->selectionModel()->select(m_panel->filterModel()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_panel->selectedIds().size(), 2);
    QCOMPARE(m_panel->selectedSummaries().size(), 2);

    emit view->activated(view->currentIndex());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toString(), id);
}

void tst_SessionListPanel::remembersItsStateInTheDataFolder()
{
    QHeaderView *header = m_panel->tableView()->horizontalHeader();
    header->resizeSection(SessionTableModel::DeviceColumn, 333);
    m_panel->tableView()->sortByColumn(SessionTableModel::NumberColumn, Qt::AscendingOrder);
    m_panel->setStatusFilter(StatusFilter::Pending);
    const TimeRange custom{TimeRange::Preset::Custom, T0, T0 + 3 * Minute};
    m_panel->setTimeRange(custom);
    m_panel->setSearchText(QStringLiteral("device:10.0.0.10"));
    m_panel->setAutoScroll(false);
    QWidget window;
    window.resize(640, 480);
    {
        UiState state(m_dir->root());
        m_panel->saveState(state);
        state.saveGeometry(QStringLiteral("mainWindow"), &window);
        QVERIFY(state.sync().ok());
        QCOMPARE(modeOf(state.path()), 0600);
        QCOMPARE(state.path(), m_dir->root() + QStringLiteral("/ui-state.ini"));
    }

    QWidget reopened;
    QVERIFY(UiState(m_dir->root()).restoreGeometry(QStringLiteral("mainWindow"), &reopened));
    QCOMPARE(reopened.size(), QSize(640, 480));
    QVERIFY(!UiState(m_dir->root()).restoreGeometry(QStringLiteral("neverSaved"), &reopened));

    SessionListPanel restored(m_store.get());
    restored.setClock([] { return T0 + 60 * Minute; });
    restored.restoreState(UiState(m_dir->root()));
    QCOMPARE(restored.statusFilter(), StatusFilter::Pending);
    QCOMPARE(restored.timeRange(), custom);
    QCOMPARE(restored.searchText(), QStringLiteral("device:10.0.0.10"));
    QVERIFY(!restored.autoScroll());
    const QHeaderView *restoredHeader = restored.tableView()->horizontalHeader();
    QCOMPARE(restoredHeader->sectionSize(SessionTableModel::DeviceColumn), 333);
    QCOMPARE(restoredHeader->sortIndicatorSection(), int(SessionTableModel::NumberColumn));
    QCOMPARE(restoredHeader->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(restored.findChild<QComboBox *>(QStringLiteral("timeRangeCombo"))->currentText(), QStringLiteral("Custom range"));
    QVERIFY(restored.findChild<QDateTimeEdit *>(QStringLiteral("timeFromEdit"))->isVisibleTo(&restored));
}

void tst_SessionListPanel::everyControlHasAnAccessibleName()
{
    QList<QWidget *> controls;
    for (QWidget *w : m_panel->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QDateTimeEdit *>(w) || qobject_cast<QTableView *>(w)) {
            // Parts of other widgets (a line edit's clear button, a spin box's editor, a table's
            // corner button) are theirs to name.
            const QWidget *parent = w->parentWidget();
            if (parent && (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
                           || qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QAbstractItemView *>(parent)))
                continue;
            controls.append(w);
        }
    }
    QVERIFY(controls.size() >= 10);
    for (const QWidget *w : std::as_const(controls))
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(QLatin1StringView(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()));
}

QTEST_MAIN(tst_SessionListPanel)
#include "tst_sessionlistpanel.moc"

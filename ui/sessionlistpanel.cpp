#include "sessionlistpanel.h"

#include "searchservice.h"
#include "sessionfiltermodel.h"
#include "sessionstore.h"
#include "sessiontablemodel.h"
#include "statusbadge.h"
#include "statusbadgedelegate.h"
#include "uistate.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

constexpr auto DefaultSearchDelay = 250ms;
constexpr auto ResearchInterval = 1s;
constexpr auto ClockInterval = 30s;
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 DayMs = 86'400'000;

QString searchHelp()
{
    return SessionListPanel::tr("Terms separated by spaces, all of which must hold:\n"
                                "PID-3.1=12345 (a value at a place in a message), glucose or \"basic panel\" (words),\n"
                                "device:IP, lis:IP, status:failed,pending, from:2026-11-01, to:2026-11-01T12:00, type:ORU^R01.\n"
                                "A leading - excludes what a term matches.");
}

size_t indexOf(StatusFilter filter)
{
    return size_t(std::find(AllStatusFilters.begin(), AllStatusFilters.end(), filter) - AllStatusFilters.begin());
}

} // namespace

SessionListPanel::SessionListPanel(SessionStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new SessionTableModel(this))
    , m_filter(new SessionFilterModel(m_model, this))
    , m_search(new SearchService(store->directory(), this))
    , m_searchDebounce(new QTimer(this))
    , m_researchTimer(new QTimer(this))
    , m_clockTimer(new QTimer(this))
    , m_footerTimer(new QTimer(this))
    , m_scrollTimer(new QTimer(this))
{
    setAccessibleName(tr("Session list"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFilterBar());
    createTable();
    layout->addWidget(m_view, 1);

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(6, 0, 6, 4);
    m_shownLabel = new QLabel(this);
    m_shownLabel->setAccessibleName(tr("Sessions shown"));
    m_searchLabel = new QLabel(this);
    m_searchLabel->setAccessibleName(tr("Search status"));
    m_searchLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    footer->addWidget(m_shownLabel);
    footer->addSpacing(16);
    footer->addWidget(m_searchLabel, 1);
    layout->addLayout(footer);

    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(DefaultSearchDelay);
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { runSearch(); });
    m_researchTimer->setSingleShot(true);
    m_researchTimer->setInterval(ResearchInterval);
    connect(m_researchTimer, &QTimer::timeout, this, [this] {
        if (m_searchGeneration != 0 && m_searchError.isEmpty())
            runSearch(SearchTrigger::Refresh);
    });
    m_clockTimer->setInterval(ClockInterval);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        m_model->refreshRelativeTimes();
        m_filter->refreshTime();
    });
    m_clockTimer->start();
    m_footerTimer->setSingleShot(true);
    m_footerTimer->setInterval(0);
    connect(m_footerTimer, &QTimer::timeout, this, &SessionListPanel::updateFooter);
    m_scrollTimer->setSingleShot(true);
    m_scrollTimer->setInterval(0);
    connect(m_scrollTimer, &QTimer::timeout, this, &SessionListPanel::scrollToNewest);

    connect(m_search, &SearchService::matched, this, &SessionListPanel::handleSearchMatched);
    connect(m_search, &SearchService::failed, this, &SessionListPanel::handleSearchFailed);
    connect(m_model, &SessionTableModel::changesApplied, this, &SessionListPanel::handleChangesApplied);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_search->setSummaries(m_model->summaries());
        if (!searchText().isEmpty())
            runSearch(SearchTrigger::Refresh);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { handleRowsInserted(first, last); });
    connect(m_filter, &SessionFilterModel::countsChanged, this, &SessionListPanel::updateCounts);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, m_footerTimer, qOverload<>(&QTimer::start));
        connect(m_model, signal, m_footerTimer, qOverload<>(&QTimer::start));
    }
    connect(m_filter, &QAbstractItemModel::modelReset, m_footerTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_footerTimer, qOverload<>(&QTimer::start));

    connectStore(store);
    updateCounts(m_filter->counts());
    updateFooter();
}

SessionListPanel::~SessionListPanel()
{
    // The view outlives this destructor (QWidget deletes it later) and signals while it goes:
    // nothing of it may reach a panel that is already half destroyed.
    m_view->selectionModel()->disconnect(this);
    m_view->verticalScrollBar()->disconnect(this);
    m_view->disconnect(this);
    m_search->shutdown();
}

QWidget *SessionListPanel::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(6, 6, 6, 2);

    // Status: a button per status, each with its count; Alt+1 … Alt+5.
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(2);
    m_statusGroup = new QActionGroup(this);
    m_statusGroup->setExclusive(true);
    for (size_t i = 0; i < AllStatusFilters.size(); ++i) {
        const StatusFilter filter = AllStatusFilters[i];
        auto *action = new QAction(this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(i))));
        if (const std::optional<SubmissionStatus> status = submissionStatusOf(filter))
            action->setIcon(StatusBadge::icon(*status));
        m_statusGroup->addAction(action);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, filter] { setStatusFilter(filter); });
        m_statusActions[i] = action;

        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        button->setObjectName(QStringLiteral("statusButton_%1").arg(settingsName(filter)));
        statusRow->addWidget(button);
        m_statusButtons[i] = button;
    }
    m_statusActions[0]->setChecked(true);
    statusRow->addStretch(1);
    m_autoScrollBox = new QCheckBox(tr("Follow new sessions"), bar);
    m_autoScrollBox->setObjectName(QStringLiteral("autoScrollBox"));
    m_autoScrollBox->setAccessibleName(tr("Follow new sessions"));
    m_autoScrollBox->setToolTip(tr("Scroll to each new session as it arrives"));
    m_autoScrollBox->setChecked(true);
    statusRow->addWidget(m_autoScrollBox);
    rows->addLayout(statusRow);

    // Search and time range.
    auto *searchRow = new QHBoxLayout;
    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search sessions"));
    m_searchEdit->setPlaceholderText(tr("Search: PID-3.1=12345  glucose  status:failed  device:10.0.0.5  type:ORU"));
    m_searchEdit->setToolTip(searchHelp());
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDebounce->start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { runSearch(); });
    searchRow->addWidget(m_searchEdit, 1);

    m_findAction = new QAction(tr("Find Sessions"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setToolTip(tr("Search the sessions (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_findAction, &QAction::triggered, this, &SessionListPanel::focusSearch);
    addAction(m_findAction);

    auto *timeLabel = new QLabel(tr("&Time:"), bar);
    m_timeCombo = new QComboBox(bar);
    m_timeCombo->setObjectName(QStringLiteral("timeRangeCombo"));
    m_timeCombo->setAccessibleName(tr("Time range"));
    timeLabel->setBuddy(m_timeCombo);
    m_timeCombo->addItem(tr("All time"), int(TimeRange::Preset::All));
    m_timeCombo->addItem(tr("Last hour"), int(TimeRange::Preset::LastHour));
    m_timeCombo->addItem(tr("Last 24 hours"), int(TimeRange::Preset::Last24Hours));
    m_timeCombo->addItem(tr("Last 7 days"), int(TimeRange::Preset::Last7Days));
    m_timeCombo->addItem(tr("Last 30 days"), int(TimeRange::Preset::Last30Days));
    m_timeCombo->addItem(tr("Custom range"), int(TimeRange::Preset::Custom));
    searchRow->addWidget(timeLabel);
    searchRow->addWidget(m_timeCombo);

    auto makeEdit = [bar](const QString &name, const QString &accessibleName) {
        auto *edit = new QDateTimeEdit(bar);
        edit->setObjectName(name);
        edit->setAccessibleName(accessibleName);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        return edit;
    };
    m_fromEdit = makeEdit(QStringLiteral("timeFromEdit"), tr("From"));
    m_toEdit = makeEdit(QStringLiteral("timeToEdit"), tr("To"));
    m_fromEdit->setToolTip(tr("Sessions that started at or after this minute"));
    m_toEdit->setToolTip(tr("Sessions that started up to the end of this minute"));
    searchRow->addWidget(m_fromEdit);
    searchRow->addWidget(m_toEdit);
    connect(m_timeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = TimeRange::Preset(m_timeCombo->currentData().toInt()) == TimeRange::Preset::Custom;
        if (custom && !m_customRangeSet) { // a first custom range: the last day, to adjust from
            const qint64 now = m_model->now();
            const QSignalBlocker blockFrom(m_fromEdit);
            const QSignalBlocker blockTo(m_toEdit);
            m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(now - DayMs));
            m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(now));
            m_customRangeSet = true;
        }
        applyTimeRangeFromControls();
    });
    connect(m_fromEdit, &QDateTimeEdit::dateTimeChanged, this, &SessionListPanel::applyTimeRangeFromControls);
    connect(m_toEdit, &QDateTimeEdit::dateTimeChanged, this, &SessionListPanel::applyTimeRangeFromControls);
    rows->addLayout(searchRow);
    return bar;
}

void SessionListPanel::createTable()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sessionTable"));
    m_view->setAccessibleName(tr("Sessions"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(true); // columns of right- and left-aligned values would run together
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setItemDelegateForColumn(SessionTableModel::StatusColumn, new StatusBadgeDelegate(m_view));

    // Rows of one fixed height: the view never measures 100 000 rows.
    QHeaderView *rowsHeader = m_view->verticalHeader();
    rowsHeader->setSectionResizeMode(QHeaderView::Fixed);
    rowsHeader->setDefaultSectionSize(fontMetrics().height() + 10);
    rowsHeader->hide();

    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setDefaultColumnWidths();
    // The status is what people look for first: beside the start, in sight in a narrow window.
    header->moveSection(header->visualIndex(SessionTableModel::StatusColumn), header->visualIndex(SessionTableModel::StartColumn) + 1);

    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionTableModel::StartColumn, Qt::DescendingOrder);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        emit currentSessionChanged(current.isValid() ? m_filter->summaryAt(current) : SessionSummary{});
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { emit selectionChanged(selectedIds()); });
    // Following the newest session: the view lays out inserted rows later, and the scroll
    // range can change once more when a scroll bar appears; a person scrolling ends it.
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (!m_scrollTarget.isEmpty())
            scrollToNewest();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_scrollTarget.clear(); });
    connect(m_view, &QAbstractItemView::pressed, this, [this] { m_scrollTarget.clear(); });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit activated(m_filter->summaryAt(index).id);
    });
}

void SessionListPanel::setDefaultColumnWidths()
{
    const QFontMetrics fm = m_view->fontMetrics();
    const int padding = 14;       // the item's margins and the grid line
    const int sortIndicator = 14; // beside a header's title when the column is sorted
    auto widthFor = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        return std::max(fm.horizontalAdvance(sample) + padding, fm.horizontalAdvance(title) + padding + sortIndicator);
    };
    const qint64 sampleTime = 1'794'000'000'000;
    const QString start = SessionTableModel::startText(sampleTime, sampleTime + 59 * MinuteMs);
    int statusWidth = 0;
    for (const SubmissionStatus s : {SubmissionStatus::Pending, SubmissionStatus::Submitted, SubmissionStatus::Failed, SubmissionStatus::Ignored})
        statusWidth = std::max(statusWidth, StatusBadge::sizeHint(m_view->font(), s).width());

    m_view->setColumnWidth(SessionTableModel::NumberColumn, widthFor(SessionTableModel::NumberColumn, QStringLiteral("000000")));
    m_view->setColumnWidth(SessionTableModel::StartColumn, widthFor(SessionTableModel::StartColumn, start));
    m_view->setColumnWidth(SessionTableModel::DurationColumn, widthFor(SessionTableModel::DurationColumn, QStringLiteral("00 min 00 s")));
    m_view->setColumnWidth(SessionTableModel::DeviceColumn, widthFor(SessionTableModel::DeviceColumn, QStringLiteral("255.255.255.255")));
    m_view->setColumnWidth(SessionTableModel::LisColumn, widthFor(SessionTableModel::LisColumn, QStringLiteral("255.255.255.255")));
    m_view->setColumnWidth(SessionTableModel::TypesColumn, widthFor(SessionTableModel::TypesColumn, QStringLiteral("ORU^R01, ACK^R01")));
    m_view->setColumnWidth(SessionTableModel::MessagesColumn, widthFor(SessionTableModel::MessagesColumn, QStringLiteral("0000")));
    m_view->setColumnWidth(SessionTableModel::CompleteColumn, widthFor(SessionTableModel::CompleteColumn, tr("Yes")));
    m_view->setColumnWidth(SessionTableModel::StatusColumn, std::max(statusWidth + 16, widthFor(SessionTableModel::StatusColumn, QString())));
    m_view->setColumnWidth(SessionTableModel::AttemptsColumn, widthFor(SessionTableModel::AttemptsColumn, QStringLiteral("00")));
    m_view->setColumnWidth(SessionTableModel::OutcomeColumn, widthFor(SessionTableModel::OutcomeColumn, QStringLiteral("2026-11-24 14:03:11")));
}

void SessionListPanel::connectStore(SessionStore *store)
{
    connect(store, &SessionStore::opened, this, [this](const QList<SessionSummary> &summaries) {
        m_search->setIndexWritable(); // opened: this process holds the folder's lock
        m_model->reset(summaries);
    });
    connect(store, &SessionStore::saved, this, [this](const SessionSummary &summary) { m_model->upsert(summary); });
    // Kept in memory and retried by the store: still a session, shown as unsaved.
    connect(store, &SessionStore::saveFailed, this, [this](const SessionSummary &summary) { m_model->upsert(summary); });
    // The store's whole list: rows equal to it stay untouched, new sessions come in.
    connect(store, &SessionStore::imported, this,
            [this](const ImportReport &, const QList<SessionSummary> &summaries) { m_model->upsert(summaries); });
    connect(store, &SessionStore::removed, this, [this](const QString &id) { m_model->remove(id); });
    connect(store, &SessionStore::cleanupFinished, this, [this](const CleanupReport &report) {
        if (!report.dryRun)
            m_model->remove(report.sessions);
    });
}

QStringList SessionListPanel::selectedIds() const
{
    QStringList ids;
    const QList<SessionSummary> summaries = selectedSummaries();
    ids.reserve(summaries.size());
    for (const SessionSummary &s : summaries)
        ids.append(s.id);
    return ids;
}

QList<SessionSummary> SessionListPanel::selectedSummaries() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<SessionSummary> summaries;
    summaries.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        summaries.append(m_filter->summaryAt(index));
    return summaries;
}

std::optional<SessionSummary> SessionListPanel::currentSummary() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_filter->summaryAt(current);
}

void SessionListPanel::selectSession(const QString &id)
{
    m_model->flush(); // it may have just arrived
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QList<QAction *> SessionListPanel::statusFilterActions() const
{
    return {m_statusActions.begin(), m_statusActions.end()};
}

void SessionListPanel::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void SessionListPanel::setStatusFilter(StatusFilter filter)
{
    m_statusActions[indexOf(filter)]->setChecked(true);
    m_filter->setStatusFilter(filter);
}

StatusFilter SessionListPanel::statusFilter() const
{
    return m_filter->statusFilter();
}

void SessionListPanel::setTimeRange(const TimeRange &range)
{
    // The controls first, without each of them applying a range of its own on the way.
    const QSignalBlocker blockCombo(m_timeCombo);
    const QSignalBlocker blockFrom(m_fromEdit);
    const QSignalBlocker blockTo(m_toEdit);
    m_timeCombo->setCurrentIndex(std::max(0, m_timeCombo->findData(int(range.preset))));
    if (range.preset == TimeRange::Preset::Custom) {
        m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(range.from));
        m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(range.to));
        m_customRangeSet = true;
    }
    const bool custom = range.preset == TimeRange::Preset::Custom;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    m_filter->setTimeRange(range);
}

TimeRange SessionListPanel::timeRange() const
{
    return m_filter->timeRange();
}

void SessionListPanel::applyTimeRangeFromControls()
{
    TimeRange range;
    range.preset = TimeRange::Preset(m_timeCombo->currentData().toInt());
    const bool custom = range.preset == TimeRange::Preset::Custom;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    if (custom) {
        // The edits show minutes: "to 14:05" includes all of 14:05.
        range.from = m_fromEdit->dateTime().toMSecsSinceEpoch();
        range.to = m_toEdit->dateTime().toMSecsSinceEpoch() + MinuteMs - 1;
    }
    m_filter->setTimeRange(range);
}

void SessionListPanel::setSearchText(const QString &text)
{
    m_searchEdit->setText(text);
    runSearch();
}

QString SessionListPanel::searchText() const
{
    return m_searchEdit->text().trimmed();
}

void SessionListPanel::setAutoScroll(bool on)
{
    m_autoScrollBox->setChecked(on);
}

bool SessionListPanel::autoScroll() const
{
    return m_autoScrollBox->isChecked();
}

void SessionListPanel::runSearch(SearchTrigger trigger)
{
    m_searchDebounce->stop();
    m_researchTimer->stop();
    const QString text = searchText();
    if (text.isEmpty()) {
        m_search->cancel();
        m_searchGeneration = 0;
        m_showSearching = false;
        showSearchError({});
        m_filter->setMatchingIds(std::nullopt);
        updateFooter();
        return;
    }
    m_searchGeneration = m_search->search(text);
    // A refresh for new sessions comes every second during a capture: no flicker for it.
    m_showSearching = m_showSearching || trigger == SearchTrigger::Person;
    updateFooter();
}

void SessionListPanel::handleSearchMatched(quint64 generation, const QSet<QString> &ids)
{
    if (generation != m_searchGeneration)
        return;
    m_showSearching = false;
    showSearchError({});
    m_filter->setMatchingIds(ids);
    updateFooter();
}

void SessionListPanel::handleSearchFailed(quint64 generation, const QString &error)
{
    if (generation != m_searchGeneration)
        return;
    m_showSearching = false;
    showSearchError(error); // the table keeps the last query that could be read
    updateFooter();
}

void SessionListPanel::showSearchError(const QString &error)
{
    if (error == m_searchError)
        return;
    m_searchError = error;
    if (error.isEmpty()) {
        m_searchEdit->setStyleSheet(QString());
        m_searchEdit->setToolTip(searchHelp());
        m_searchEdit->setAccessibleDescription(QString());
    } else {
        m_searchEdit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c62828; border-radius: 3px; padding: 1px; }"));
        m_searchEdit->setToolTip(error + QLatin1String("\n\n") + searchHelp());
        m_searchEdit->setAccessibleDescription(error);
    }
}

void SessionListPanel::handleChangesApplied(const QList<SessionSummary> &changed, const QStringList &removed)
{
    m_search->applyChanges(changed, removed);
    // A search answers for the sessions it saw: new and changed ones wait for the next one,
    // at most one a second however fast they come.
    if (m_searchGeneration != 0 && !m_researchTimer->isActive())
        m_researchTimer->start();
}

void SessionListPanel::handleRowsInserted(int /*first*/, int last)
{
    if (!autoScroll())
        return;
    // The newest arrival is the last row of the batch.
    m_scrollTarget = m_model->summaryAt(last).id;
    m_scrollTimer->start();
}

void SessionListPanel::scrollToNewest()
{
    if (!autoScroll() || m_scrollTarget.isEmpty())
        return;
    const int row = m_model->rowOf(m_scrollTarget);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->scrollTo(index);

}

void SessionListPanel::updateCounts(const StatusCounts &counts)
{
    const QLocale locale;
    for (size_t i = 0; i < AllStatusFilters.size(); ++i) {
        const StatusFilter filter = AllStatusFilters[i];
        const QString name = filter == StatusFilter::All ? tr("All") : StatusBadge::text(*submissionStatusOf(filter));
        QAction *action = m_statusActions[i];
        action->setText(tr("%1 (%2)", "status (count)").arg(name, locale.toString(counts.of(filter))));
        action->setToolTip(filter == StatusFilter::All
                               ? tr("Show sessions of every status (%1)").arg(action->shortcut().toString(QKeySequence::NativeText))
                               : tr("Show only %1 sessions (%2)")
                                     .arg(name.toLower(), action->shortcut().toString(QKeySequence::NativeText)));
    }
    for (QToolButton *button : m_statusButtons)
        button->setAccessibleName(button->defaultAction()->text());
}

void SessionListPanel::updateFooter()
{
    const QLocale locale;
    m_shownLabel->setText(tr("Sessions shown: %1 of %2").arg(locale.toString(m_filter->rowCount()), locale.toString(m_model->rowCount())));
    if (!m_searchError.isEmpty()) {
        m_searchLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_searchLabel->setText(tr("The search cannot be read: %1").arg(m_searchError));
    } else if (m_showSearching) {
        m_searchLabel->setStyleSheet(QString());
        m_searchLabel->setText(tr("Searching…"));
    } else {
        m_searchLabel->setStyleSheet(QString());
        m_searchLabel->setText(m_filter->hasSearch() ? tr("Search: %1").arg(searchText()) : QString());
    }
}

void SessionListPanel::restoreState(const UiState &state)
{
    const UiState::SessionList list = state.sessionList();
    QHeaderView *header = m_view->horizontalHeader();
    if (!list.headerState.isEmpty() && !header->restoreState(list.headerState))
        setDefaultColumnWidths();
    const int column = list.sortColumn >= 0 && list.sortColumn < SessionTableModel::ColumnCount ? list.sortColumn
                                                                                               : int(SessionTableModel::StartColumn);
    m_view->sortByColumn(column, list.sortColumn >= 0 ? list.sortOrder : Qt::DescendingOrder);
    setAutoScroll(list.autoScroll);
    setStatusFilter(list.status);
    setTimeRange(list.timeRange);
    setSearchText(list.searchText);
}

void SessionListPanel::saveState(UiState &state) const
{
    UiState::SessionList list;
    list.status = statusFilter();
    list.timeRange = timeRange();
    list.searchText = searchText();
    list.autoScroll = autoScroll();
    const QHeaderView *header = m_view->horizontalHeader();
    list.sortColumn = header->sortIndicatorSection();
    list.sortOrder = header->sortIndicatorOrder();
    list.headerState = header->saveState();
    state.setSessionList(list);
}

void SessionListPanel::setClock(std::function<qint64()> now)
{
    m_model->setClock(now);
    m_filter->setClock(std::move(now));
}

void SessionListPanel::setSearchDelay(std::chrono::milliseconds delay)
{
    m_searchDebounce->setInterval(delay);
}

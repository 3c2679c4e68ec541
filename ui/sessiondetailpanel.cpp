#include "sessiondetailpanel.h"

#include "elementtimelinemodel.h"
#include "messageview.h"
#include "sessionformat.h"
#include "sessionstore.h"
#include "settings.h"

#include <QAction>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

using namespace std::chrono_literals;

namespace {

// Relative times ("in 3 minutes") go stale while a session stays on screen.
constexpr auto RefreshInterval = 30s;

constexpr SubmissionStatus StatusOrder[] = {SubmissionStatus::Failed, SubmissionStatus::Pending,
                                            SubmissionStatus::Submitted, SubmissionStatus::Ignored};

// The status as the list shows it: a dot of its colour, then its name, so it never rests on
// colour alone.
QString statusHtml(SubmissionStatus status, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;%2")
        .arg(SessionFormat::statusColor(status).name(), text.toHtmlEscaped());
}

bool isRetryable(SubmissionStatus status)
{
    return status == SubmissionStatus::Failed || status == SubmissionStatus::Pending;
}

} // namespace

SessionDetailPanel::SessionDetailPanel(const AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_retryAction(new QAction(tr("&Retry Submission"), this))
    , m_ignoreAction(new QAction(tr("&Ignore Session"), this))
    , m_deleteAction(new QAction(tr("&Delete Session…"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_timelineModel(new ElementTimelineModel(this))
    , m_refreshTimer(new QTimer(this))
{
    setAccessibleName(tr("Session details"));

    m_retryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_retryAction->setStatusTip(tr("Submit the selected failed or pending sessions again"));
    m_ignoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_ignoreAction->setStatusTip(tr("Never submit the selected sessions"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setStatusTip(tr("Move the selected sessions to the trash"));
    for (QAction *action : {m_retryAction, m_ignoreAction, m_deleteAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_retryAction, &QAction::triggered, this, [this] {
        const QStringList ids = idsWithStatus({SubmissionStatus::Failed, SubmissionStatus::Pending});
        if (!ids.isEmpty())
            emit retryRequested(ids);
    });
    connect(m_ignoreAction, &QAction::triggered, this, [this] {
        const QStringList ids = idsWithStatus({SubmissionStatus::Failed, SubmissionStatus::Pending});
        if (!ids.isEmpty())
            emit ignoreRequested(ids);
    });
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        const QStringList ids = sessionIds();
        if (!ids.isEmpty())
            emit deleteRequested(ids);
    });

    // Top: what the summary says, and the actions.
    auto *top = new QWidget(m_splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(top);
    m_headerScroll = scroll;
    scroll->setAccessibleName(tr("Session summary"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_headerStack = new QStackedWidget(scroll);
    m_headerStack->setAccessibleName(tr("Session summary pages"));
    buildHeader(m_headerStack);
    scroll->setWidget(m_headerStack);
    topLayout->addWidget(scroll);

    auto *buttons = new QHBoxLayout;
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    buttons->setContentsMargins(margin, 0, margin, margin / 2);
    m_retryButton = new QPushButton(tr("&Retry"), top);
    m_retryButton->setAccessibleName(tr("Retry submission"));
    m_ignoreButton = new QPushButton(tr("&Ignore"), top);
    m_ignoreButton->setAccessibleName(tr("Ignore session"));
    m_deleteButton = new QPushButton(tr("&Delete…"), top);
    m_deleteButton->setAccessibleName(tr("Delete session"));
    const QList<std::pair<QPushButton *, QAction *>> pairs{
        {m_retryButton, m_retryAction}, {m_ignoreButton, m_ignoreAction}, {m_deleteButton, m_deleteAction}};
    for (const auto &[button, action] : pairs) {
        button->setToolTip(tr("%1 (%2)").arg(action->statusTip(), action->shortcut().toString(QKeySequence::NativeText)));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    topLayout->addLayout(buttons);
    topLayout->addStretch(0); // takes the height the bulk view leaves, so its buttons follow it
    m_topLayout = topLayout;

    // Middle: the timeline, or why it is not there yet.
    m_timelinePane = new QWidget(m_splitter);
    auto *timelineLayout = new QVBoxLayout(m_timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    m_loadLabel = new QLabel(m_timelinePane);
    m_loadLabel->setAccessibleName(tr("Loading status"));
    m_loadLabel->setTextFormat(Qt::PlainText);
    m_loadLabel->setWordWrap(true);
    m_loadLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_timeline = new QTableView(m_timelinePane);
    m_timeline->setModel(m_timelineModel);
    m_timeline->setAccessibleName(tr("Element timeline"));
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setShowGrid(false);
    m_timeline->setWordWrap(false);
    m_timeline->setTabKeyNavigation(false);
    m_timeline->setCornerButtonEnabled(false);
    m_timeline->verticalHeader()->hide();
    m_timeline->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_timeline->verticalHeader()->setDefaultSectionSize(m_timeline->fontMetrics().height() + 6);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    {
        // Widths from sample texts: measuring every row would cost too much on a long session.
        const QFontMetrics metrics = m_timeline->fontMetrics();
        const int pad = 2 * metrics.horizontalAdvance(QStringLiteral("MM"));
        const QList<std::pair<int, QString>> samples{
            {ElementTimelineModel::NumberColumn, QStringLiteral("0000")},
            {ElementTimelineModel::TimeColumn, QStringLiteral("00:00:00.000")},
            {ElementTimelineModel::OffsetColumn, QStringLiteral("+0000.000 s")},
            {ElementTimelineModel::DirectionColumn, SessionFormat::directionText(Direction::DeviceToPc)},
            {ElementTimelineModel::TypeColumn, SessionFormat::elementTypeText(ElementType::Message)},
            {ElementTimelineModel::SizeColumn, QStringLiteral("000000")},
        };
        for (const auto &[column, sample] : samples)
            m_timeline->horizontalHeader()->resizeSection(column, metrics.horizontalAdvance(sample) + pad);
    }
    timelineLayout->addWidget(m_loadLabel);
    timelineLayout->addWidget(m_timeline);
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { handleTimelineCurrentChanged(current); });

    // Bottom: the selected element.
    m_messageView = new MessageView(m_splitter);

    m_splitter->setAccessibleName(tr("Session detail sections"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_timelinePane);
    m_splitter->addWidget(m_messageView);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    SessionStore *store = m_services.store;
    connect(store, &SessionStore::sessionLoaded, this, &SessionDetailPanel::handleSessionLoaded);
    connect(store, &SessionStore::sessionLoadFailed, this, &SessionDetailPanel::handleSessionLoadFailed);
    connect(store, &SessionStore::saved, this, &SessionDetailPanel::handleSummaryChanged);
    connect(store, &SessionStore::saveFailed, this,
            [this](const SessionSummary &summary, const QString &) { handleSummaryChanged(summary); });
    connect(store, &SessionStore::removed, this, &SessionDetailPanel::handleRemoved);
    if (m_services.settings) {
        connect(m_services.settings, &Settings::changed, this, [this](const QString &key) {
            if (key == u"retentionDays" || key == u"purgeUnsubmitted")
                showSummary();
        });
    }
    m_refreshTimer->setInterval(RefreshInterval);
    connect(m_refreshTimer, &QTimer::timeout, this, &SessionDetailPanel::showSummary);

    clear();
}

void SessionDetailPanel::buildHeader(QWidget *parent)
{
    m_emptyLabel = new QLabel(parent);
    m_emptyLabel->setAccessibleName(tr("No session selected"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_headerStack->addWidget(m_emptyLabel);

    m_singlePage = new QWidget(parent);
    m_singlePage->setAccessibleName(tr("Session"));
    auto *single = new QVBoxLayout(m_singlePage);
    single->setContentsMargins(0, 0, 0, 0);
    m_unsavedLabel = new QLabel(tr("Not saved yet: the store keeps this session in memory and tries the write again."),
                                m_singlePage);
    m_unsavedLabel->setAccessibleName(tr("Not saved warning"));
    m_unsavedLabel->setWordWrap(true);
    m_unsavedLabel->setStyleSheet(QStringLiteral("color: #d32f2f; font-weight: bold"));
    single->addWidget(m_unsavedLabel);
    auto *columns = new QHBoxLayout;
    single->addLayout(columns);

    // Pairs of values side by side, so the summary leaves the height to the timeline and bytes.
    auto *sessionBox = new QGroupBox(tr("Session"), m_singlePage);
    sessionBox->setAccessibleName(tr("Session"));
    auto *sessionGrid = new QGridLayout(sessionBox);
    m_idValue = addValueRow(sessionGrid, 0, 0, tr("ID"), 3);
    m_startValue = addValueRow(sessionGrid, 1, 0, tr("Start"));
    m_endValue = addValueRow(sessionGrid, 1, 2, tr("End"));
    m_durationValue = addValueRow(sessionGrid, 2, 0, tr("Duration"));
    m_numberValue = addValueRow(sessionGrid, 2, 2, tr("Number"));
    m_deviceValue = addValueRow(sessionGrid, 3, 0, tr("Device"));
    m_lisValue = addValueRow(sessionGrid, 3, 2, tr("LIS"));
    m_messagesValue = addValueRow(sessionGrid, 4, 0, tr("Messages"));
    m_completeValue = addValueRow(sessionGrid, 4, 2, tr("Complete"));
    m_typesValue = addValueRow(sessionGrid, 5, 0, tr("Types"), 3);
    m_typesValue->setWordWrap(true);
    sessionGrid->setColumnStretch(1, 1);
    sessionGrid->setColumnStretch(3, 1);
    sessionGrid->setRowStretch(6, 1);
    columns->addWidget(sessionBox, 1);

    auto *submissionBox = new QGroupBox(tr("Submission and retention"), m_singlePage);
    submissionBox->setAccessibleName(tr("Submission and retention"));
    auto *submissionGrid = new QGridLayout(submissionBox);
    m_statusValue = addValueRow(submissionGrid, 0, 0, tr("Status"));
    m_statusValue->setTextFormat(Qt::RichText);
    m_attemptsValue = addValueRow(submissionGrid, 0, 2, tr("Attempts"));
    m_lastAttemptValue = addValueRow(submissionGrid, 1, 0, tr("Last attempt"), 3);
    m_nextAttemptValue = addValueRow(submissionGrid, 2, 0, tr("Next attempt"), 3);
    m_submittedValue = addValueRow(submissionGrid, 3, 0, tr("Submitted"), 3);
    m_errorValue = addValueRow(submissionGrid, 4, 0, tr("Last error"), 3);
    m_errorValue->setWordWrap(true);
    m_expiryValue = addValueRow(submissionGrid, 5, 0, tr("Kept until"), 3);
    m_retentionNote = new QLabel(submissionBox);
    m_retentionNote->setAccessibleName(tr("Retention note"));
    m_retentionNote->setTextFormat(Qt::PlainText);
    m_retentionNote->setWordWrap(true);
    m_retentionNote->setForegroundRole(QPalette::PlaceholderText);
    submissionGrid->addWidget(m_retentionNote, 6, 1, 1, 3);
    submissionGrid->setColumnStretch(1, 1);
    submissionGrid->setColumnStretch(3, 1);
    submissionGrid->setRowStretch(7, 1);
    columns->addWidget(submissionBox, 1);
    m_headerStack->addWidget(m_singlePage);

    m_multiPage = new QWidget(parent);
    m_multiPage->setAccessibleName(tr("Selected sessions"));
    auto *multi = new QVBoxLayout(m_multiPage);
    m_multiTitle = new QLabel(m_multiPage);
    m_multiTitle->setTextFormat(Qt::PlainText);
    m_multiTitle->setAccessibleName(tr("Selected sessions"));
    QFont titleFont = m_multiTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_multiTitle->setFont(titleFont);
    m_multiCounts = new QLabel(m_multiPage);
    m_multiCounts->setTextFormat(Qt::RichText);
    m_multiCounts->setAccessibleName(tr("Sessions per status"));
    multi->addWidget(m_multiTitle);
    multi->addWidget(m_multiCounts);
    multi->addStretch();
    m_headerStack->addWidget(m_multiPage);
}

QLabel *SessionDetailPanel::addValueRow(QGridLayout *grid, int row, int column, const QString &label, int valueSpan)
{
    QWidget *parent = grid->parentWidget();
    auto *value = new QLabel(parent);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_valueNames.insert(value, label);
    value->setAccessibleName(label);
    auto *name = new QLabel(tr("%1:").arg(label), parent);
    name->setAccessibleName(label);
    name->setBuddy(value);
    name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(name, row, column);
    grid->addWidget(value, row, column + 1, 1, valueSpan);
    return value;
}

// The accessible name carries the value too: a screen reader reads a label's name, not its
// text. spoken stands in for rich text.
void SessionDetailPanel::setValue(QLabel *label, const QString &text, const QString &spoken)
{
    label->setText(text);
    label->setAccessibleName(tr("%1: %2").arg(m_valueNames.value(label), spoken.isNull() ? text : spoken));
}

void SessionDetailPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_sized && m_state != State::Empty && m_state != State::Multiple)
        fitSections();
}

// The summary takes the height it needs, the timeline a few rows, the element the rest. Done
// when one session shows after none or several; from one session to the next the sizes stay
// as the person left them.
void SessionDetailPanel::fitSections()
{
    m_sized = true;
    m_splitter->widget(0)->layout()->activate();
    const int total = m_splitter->height();
    // Wrapped labels (an error, the retention note) need more height the narrower the panel is.
    int top = m_splitter->widget(0)->sizeHint().height();
    if (m_singlePage->hasHeightForWidth())
        top += std::max(0, m_singlePage->heightForWidth(m_splitter->width()) - m_singlePage->sizeHint().height());
    const int timeline = m_timeline->horizontalHeader()->sizeHint().height()
        + 8 * m_timeline->verticalHeader()->defaultSectionSize() + 2 * m_timeline->frameWidth();
    if (total > top + timeline)
        m_splitter->setSizes({top, timeline, total - top - timeline});
}

void SessionDetailPanel::setSummary(const SessionSummary &summary)
{
    const bool same = (m_state == State::Loading || m_state == State::Loaded) && m_summaries.size() == 1
        && m_summaries.first().id == summary.id;
    m_summaries = {summary};
    if (same) {
        showSummary();
        updateActions();
        return;
    }
    m_session.reset();
    m_reloading = false;
    m_timelineModel->clear();
    m_messageView->clear();
    requestSession(summary.id);
    showSummary();
    updateActions();
}

void SessionDetailPanel::setSessions(const QList<SessionSummary> &summaries)
{
    if (summaries.isEmpty()) {
        clear();
        return;
    }
    if (summaries.size() == 1) {
        setSummary(summaries.first());
        return;
    }
    m_summaries = summaries;
    m_session.reset();
    m_requestedId.clear();
    m_reloading = false;
    m_timelineModel->clear();
    m_messageView->clear();
    setState(State::Multiple);
    showMultiple();
    updateActions();
}

void SessionDetailPanel::clear()
{
    m_summaries.clear();
    m_session.reset();
    m_requestedId.clear();
    m_reloading = false;
    m_timelineModel->clear();
    m_messageView->clear();
    m_emptyLabel->setText(tr("No session selected"));
    setState(State::Empty);
    updateActions();
}

QStringList SessionDetailPanel::sessionIds() const
{
    QStringList ids;
    ids.reserve(m_summaries.size());
    for (const SessionSummary &s : m_summaries)
        ids.append(s.id);
    return ids;
}

bool SessionDetailPanel::selectElement(int row)
{
    const QModelIndex index = m_timelineModel->index(row, ElementTimelineModel::NumberColumn);
    if (!index.isValid())
        return false;
    m_timeline->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_timeline->scrollTo(index);
    return true;
}

int SessionDetailPanel::selectedElement() const
{
    const QModelIndexList rows = m_timeline->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SessionDetailPanel::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
    showSummary();
}

void SessionDetailPanel::setState(State state)
{
    auto isSingle = [](State st) { return st == State::Loading || st == State::Loaded || st == State::LoadFailed; };
    const bool wasSingle = isSingle(m_state);
    m_state = state;
    const bool single = isSingle(state);
    QWidget *page = state == State::Empty ? m_emptyLabel : single ? m_singlePage : m_multiPage;
    // A stacked widget is as tall as its tallest page, unless the others are ignored.
    for (QWidget *p : {static_cast<QWidget *>(m_emptyLabel), m_singlePage, m_multiPage})
        p->setSizePolicy(p == page ? QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred)
                                   : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    m_headerStack->setCurrentWidget(page);
    m_headerStack->updateGeometry();
    // The bulk view is a few lines: its buttons right below them, not at the panel's bottom.
    m_topLayout->setStretch(0, state == State::Multiple ? 0 : 1);
    m_topLayout->setStretch(2, state == State::Multiple ? 1 : 0);
    if (state != State::Multiple)
        m_headerScroll->setMaximumHeight(QWIDGETSIZE_MAX); // showMultiple() fits it to its lines
    m_timelinePane->setVisible(single);
    m_loadLabel->setVisible(state == State::Loading || state == State::LoadFailed);
    m_timeline->setVisible(state == State::Loaded);
    m_messageView->setVisible(state == State::Loaded);
    if (single && !wasSingle && isVisible())
        fitSections();
    if (single)
        m_refreshTimer->start();
    else
        m_refreshTimer->stop();
}

void SessionDetailPanel::requestSession(const QString &id)
{
    m_requestedId = id;
    m_loadLabel->setText(tr("Loading…"));
    setState(State::Loading);
    m_services.store->requestSession(id);
}

void SessionDetailPanel::showSummary()
{
    if (m_summaries.size() != 1 || m_state == State::Multiple || m_state == State::Empty)
        return;
    const SessionSummary &s = m_summaries.first();
    const qint64 now = m_now();
    const QString none = tr("—", "no value");
    auto optionalTime = [&](const std::optional<qint64> &time, bool relative) {
        if (!time)
            return none;
        const QString when = SessionFormat::dateTime(*time);
        return relative ? tr("%1 (%2)", "time (relative time)").arg(when, SessionFormat::relative(*time, now)) : when;
    };

    m_unsavedLabel->setVisible(s.unsaved);
    setValue(m_idValue, s.id);
    setValue(m_numberValue, QString::number(s.sessionNumber));
    setValue(m_startValue, SessionFormat::dateTime(s.startTime));
    setValue(m_endValue, optionalTime(s.endTime, false));
    setValue(m_durationValue, s.endTime ? SessionFormat::duration(*s.endTime - s.startTime) : none);
    setValue(m_deviceValue, s.deviceIp.isEmpty() ? none : s.deviceIp);
    setValue(m_lisValue, s.lisIp.isEmpty() ? none : s.lisIp);
    setValue(m_messagesValue, QString::number(s.messageCount));
    setValue(m_typesValue, s.messageTypes.isEmpty() ? none : s.messageTypes.join(tr(", ")));
    setValue(m_completeValue, s.complete ? tr("Yes") : tr("No: the transmission was cut off"));

    const QString status = SessionFormat::statusText(s.submissionStatus);
    setValue(m_statusValue, statusHtml(s.submissionStatus, status), status);
    setValue(m_attemptsValue, QString::number(s.submissionAttempts));
    setValue(m_submittedValue, optionalTime(s.submittedAt, false));
    setValue(m_lastAttemptValue, optionalTime(s.lastSubmissionAttemptAt, true));
    // A due time left over from before a person ignored the session means nothing any more.
    setValue(m_nextAttemptValue,
             isRetryable(s.submissionStatus) ? optionalTime(s.nextSubmissionAttemptAt, true) : none);
    setValue(m_errorValue, s.submissionError.isEmpty() ? none : s.submissionError);

    const qint64 expiresAt = expiryOf(s);
    setValue(m_expiryValue, tr("%1 (%2)", "date (expires in …)")
                                .arg(SessionFormat::dateTime(expiresAt), SessionFormat::expiry(expiresAt, now)));
    const int days = m_services.settings ? m_services.settings->retentionDays() : s.retentionDays;
    const bool purge = m_services.settings && m_services.settings->purgeUnsubmitted();
    m_retentionNote->setText(isRetryable(s.submissionStatus) && !purge
                                 ? tr("%n day(s) from its start; as it is not submitted yet, it stays until it is submitted or ignored.", nullptr, days)
                                 : tr("%n day(s) from its start, then the retention cleanup moves it to the trash.", nullptr, days));
}

void SessionDetailPanel::showMultiple()
{
    m_multiTitle->setText(tr("%n session(s) selected", nullptr, int(m_summaries.size())));
    m_multiTitle->setAccessibleName(m_multiTitle->text());
    QStringList html;
    QStringList spoken;
    int messages = 0;
    for (const SessionSummary &s : m_summaries)
        messages += s.messageCount;
    for (const SubmissionStatus status : StatusOrder) {
        const auto count = std::count_if(m_summaries.cbegin(), m_summaries.cend(),
                                         [status](const SessionSummary &s) { return s.submissionStatus == status; });
        if (count == 0)
            continue;
        const QString text = tr("%1: %2", "status: count").arg(SessionFormat::statusText(status)).arg(count);
        html.append(statusHtml(status, text));
        spoken.append(text);
    }
    const QString total = tr("%n message(s) in all", nullptr, messages);
    m_multiCounts->setText(html.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")) + QStringLiteral("<br>") + total.toHtmlEscaped());
    m_multiCounts->setAccessibleName(spoken.join(tr(", ")) + tr(". ") + total);
    // A scroll area keeps the size hint its page had first; the bulk view is only a few lines.
    m_headerScroll->setMaximumHeight(m_multiPage->sizeHint().height() + 2 * m_headerScroll->frameWidth());
}

void SessionDetailPanel::updateActions()
{
    const bool any = !m_summaries.isEmpty();
    const bool retryable = std::any_of(m_summaries.cbegin(), m_summaries.cend(),
                                       [](const SessionSummary &s) { return isRetryable(s.submissionStatus); });
    m_retryAction->setEnabled(retryable);
    m_ignoreAction->setEnabled(retryable);
    m_deleteAction->setEnabled(any);
    m_retryButton->setEnabled(retryable);
    m_ignoreButton->setEnabled(retryable);
    m_deleteButton->setEnabled(any);
}

QStringList SessionDetailPanel::idsWithStatus(std::initializer_list<SubmissionStatus> statuses) const
{
    QStringList ids;
    for (const SessionSummary &s : m_summaries) {
        if (std::find(statuses.begin(), statuses.end(), s.submissionStatus) != statuses.end())
            ids.append(s.id);
    }
    return ids;
}

// The cleanup counts today's retention setting, whatever the file was saved with.
qint64 SessionDetailPanel::expiryOf(const SessionSummary &summary) const
{
    const int days = m_services.settings ? m_services.settings->retentionDays() : summary.retentionDays;
    return summary.startTime + qint64(days) * MillisecondsPerDay;
}

void SessionDetailPanel::handleSessionLoaded(const Session &session)
{
    // An answer for a session no longer shown, or one already taken, is dropped.
    if (session.id.isEmpty() || session.id != m_requestedId || m_summaries.size() != 1
        || m_summaries.first().id != session.id)
        return;
    m_requestedId.clear();
    const int keepRow = m_reloading ? selectedElement() : -1;
    m_reloading = false;
    m_session = session;
    m_timelineModel->setElements(session.elements, session.startTime);
    setState(State::Loaded);
    if (keepRow >= 0 && selectElement(keepRow))
        return;
    // The first message is what a person opens a session for.
    const auto message = std::find_if(session.elements.cbegin(), session.elements.cend(),
                                      [](const Element &e) { return e.type == ElementType::Message; });
    selectElement(message != session.elements.cend() ? int(message - session.elements.cbegin()) : 0);
}

void SessionDetailPanel::handleSessionLoadFailed(const QString &id, const QString &error)
{
    if (id.isEmpty() || id != m_requestedId)
        return;
    m_requestedId.clear();
    if (m_reloading) {
        m_reloading = false; // what is on screen stays: it was read before
        return;
    }
    m_loadLabel->setText(tr("The session could not be loaded: %1").arg(error));
    setState(State::LoadFailed);
}

void SessionDetailPanel::handleSummaryChanged(const SessionSummary &summary)
{
    const auto it = std::find_if(m_summaries.begin(), m_summaries.end(),
                                 [&](const SessionSummary &s) { return s.id == summary.id; });
    if (it == m_summaries.end())
        return;
    const bool newCapture = !it->fingerprint.isEmpty() && !summary.fingerprint.isEmpty() && it->fingerprint != summary.fingerprint;
    *it = summary;
    if (m_state == State::Multiple) {
        showMultiple();
    } else {
        showSummary();
        // The traffic itself changed (a capture saved again): its elements are read again, and
        // the ones on screen stay until they come.
        if (newCapture && m_state == State::Loaded) {
            m_reloading = true;
            m_requestedId = summary.id;
            m_services.store->requestSession(summary.id);
        }
    }
    updateActions();
}

void SessionDetailPanel::handleRemoved(const QString &id)
{
    const qsizetype removed = m_summaries.removeIf([&](const SessionSummary &s) { return s.id == id; });
    if (removed == 0)
        return;
    if (m_summaries.isEmpty()) {
        clear();
        m_emptyLabel->setText(tr("The session was deleted."));
        return;
    }
    // Several sessions stay several, even down to one: the window changes the selection.
    showMultiple();
    updateActions();
}

void SessionDetailPanel::handleTimelineCurrentChanged(const QModelIndex &current)
{
    const Element *element = m_timelineModel->elementAt(current.row());
    if (element)
        m_messageView->setElement(*element);
    else
        m_messageView->clear();
}

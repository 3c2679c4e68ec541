#pragma once

#include "appservices.h"
#include "session.h"
#include "sessionsummary.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class ElementTimelineModel;
class MessageView;
class QAction;
class QGridLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QScrollArea;
class QTimer;
class QVBoxLayout;

// What a person sees of the sessions selected in the list. One session: its metadata, its
// submission history and retention at once from the summary, then (loaded through the store, off
// the GUI thread) its elements on a timeline and the selected element's message tree and bytes.
// Several sessions: how many of each status, with bulk actions. The panel never changes a session
// itself: Retry, Ignore and Delete are requests for the window to carry out (and confirm).
class SessionDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDetailPanel)

public:
    enum class State {
        Empty,      // nothing selected
        Loading,    // one session: summary shown, its elements on their way
        Loaded,     // one session, elements shown
        LoadFailed, // one session whose file could not be read: summary and the error
        Multiple,   // more than one session
    };

    // Uses services.store (required) and services.settings (optional: today's retention).
    explicit SessionDetailPanel(const AppServices &services, QWidget *parent = nullptr);

    // One session: shown at once, its elements requested from the store. The same id again only
    // refreshes the summary (the element selection stays).
    void setSummary(const SessionSummary &summary);
    // None: cleared; one: setSummary; more: the bulk view.
    void setSessions(const QList<SessionSummary> &summaries);
    void clear();

    State state() const { return m_state; }
    QStringList sessionIds() const;
    const QList<SessionSummary> &summaries() const { return m_summaries; }
    // The loaded session (state Loaded), else nullptr.
    const Session *session() const { return m_session ? &*m_session : nullptr; }

    // For the window's menus and toolbar. Triggering them emits the request signals below with
    // the ids they apply to. Their shortcuts (Ctrl+R, Ctrl+I, Delete) work while the focus is in
    // the panel (Qt::WidgetWithChildrenShortcut); a window that wants them everywhere changes
    // their shortcut context.
    QAction *retryAction() const { return m_retryAction; }
    QAction *ignoreAction() const { return m_ignoreAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    // Selects an element of the timeline (and shows it in the message view); false when out of range.
    bool selectElement(int row);
    int selectedElement() const;

    // "Now" for the relative times ("expires in 12 days"), so tests can pin it.
    void setClock(std::function<qint64()> now);

    ElementTimelineModel *timelineModel() const { return m_timelineModel; }
    QTableView *timelineView() const { return m_timeline; }
    MessageView *messageView() const { return m_messageView; }
    QSplitter *splitter() const { return m_splitter; }

signals:
    // Failed and pending sessions among those shown.
    void retryRequested(const QStringList &ids);
    void ignoreRequested(const QStringList &ids);
    // Every session shown; the window asks for confirmation.
    void deleteRequested(const QStringList &ids);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildHeader(QWidget *parent);
    void fitSections();
    QLabel *addValueRow(QGridLayout *grid, int row, int column, const QString &label, int valueSpan = 1);
    void setValue(QLabel *label, const QString &text, const QString &spoken = {});
    void setState(State state);
    void showSummary();
    void showMultiple();
    void updateActions();
    void requestSession(const QString &id);
    QStringList idsWithStatus(std::initializer_list<SubmissionStatus> statuses) const;
    qint64 expiryOf(const SessionSummary &summary) const;

    void handleSessionLoaded(const Session &session);
    void handleSessionLoadFailed(const QString &id, const QString &error);
    void handleSummaryChanged(const SessionSummary &summary);
    void handleRemoved(const QString &id);
    void handleTimelineCurrentChanged(const QModelIndex &current);

    AppServices m_services;
    std::function<qint64()> m_now;
    State m_state = State::Empty;
    QList<SessionSummary> m_summaries;
    std::optional<Session> m_session;
    QString m_requestedId;     // the session whose answer from the store is awaited
    bool m_reloading = false;  // a newer capture of the shown session: elements stay until it comes

    QAction *m_retryAction;
    QAction *m_ignoreAction;
    QAction *m_deleteAction;

    QSplitter *m_splitter;
    QVBoxLayout *m_topLayout = nullptr;
    QScrollArea *m_headerScroll = nullptr;
    QStackedWidget *m_headerStack;
    QLabel *m_emptyLabel;
    QWidget *m_singlePage;
    QWidget *m_multiPage;
    QLabel *m_multiTitle;
    QLabel *m_multiCounts;
    QLabel *m_unsavedLabel;
    QHash<QLabel *, QString> m_valueNames; // a value label's field name, for its accessible name

    QLabel *m_idValue;
    QLabel *m_numberValue;
    QLabel *m_startValue;
    QLabel *m_endValue;
    QLabel *m_durationValue;
    QLabel *m_deviceValue;
    QLabel *m_lisValue;
    QLabel *m_messagesValue;
    QLabel *m_typesValue;
    QLabel *m_completeValue;
    QLabel *m_statusValue;
    QLabel *m_attemptsValue;
    QLabel *m_submittedValue;
    QLabel *m_lastAttemptValue;
    QLabel *m_nextAttemptValue;
    QLabel *m_errorValue;
    QLabel *m_expiryValue;
    QLabel *m_retentionNote;

    QPushButton *m_retryButton;
    QPushButton *m_ignoreButton;
    QPushButton *m_deleteButton;

    QWidget *m_timelinePane;
    QLabel *m_loadLabel;
    ElementTimelineModel *m_timelineModel;
    QTableView *m_timeline;
    MessageView *m_messageView;
    QTimer *m_refreshTimer;
    bool m_sized = false; // the splitter got its sizes for a single session
};

#pragma once

#include "sessionfilter.h"
#include "sessionsummary.h"

#include <QWidget>

#include <array>
#include <chrono>
#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class SearchService;
class SessionFilterModel;
class SessionStore;
class SessionTableModel;
class UiState;

// The session list: a filter bar (status with live counts, search, time range), the table, and
// a line that says what is shown. It follows the store by itself (opened, saved, imported,
// removed, cleanups), in batches, so it stays smooth with 100 000 sessions; construct it before
// SessionStore::open(). Searches run on SearchService's thread.
class SessionListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListPanel)

public:
    explicit SessionListPanel(SessionStore *store, QWidget *parent = nullptr);
    ~SessionListPanel() override;

    QStringList selectedIds() const; // in the order shown
    QList<SessionSummary> selectedSummaries() const;
    std::optional<SessionSummary> currentSummary() const;
    void selectSession(const QString &id); // makes it current and visible, unless the filters hide it

    // Ctrl+F and Alt+1 … Alt+5 (All, Pending, Submitted, Failed, Ignored), already active in the
    // panel's window; MainWindow can list them in its View menu.
    QAction *findAction() const { return m_findAction; }
    QList<QAction *> statusFilterActions() const;
    void focusSearch();

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const;
    void setTimeRange(const TimeRange &range);
    TimeRange timeRange() const;
    void setSearchText(const QString &text); // as if typed and confirmed with Enter
    QString searchText() const;
    QString searchError() const { return m_searchError; } // why the query cannot be read; empty if it can
    void setAutoScroll(bool on);
    bool autoScroll() const;

    void restoreState(const UiState &state);
    void saveState(UiState &state) const;

    // Seams for tests: "now" for the relative times and presets, and the pause after typing.
    void setClock(std::function<qint64()> now);
    void setSearchDelay(std::chrono::milliseconds delay);

    SessionTableModel *tableModel() const { return m_model; }
    SessionFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_view; }
    SearchService *searchService() const { return m_search; }

signals:
    void currentSessionChanged(const SessionSummary &summary); // an empty id: no current session
    void selectionChanged(const QStringList &ids);
    void activated(const QString &id); // double click or Enter

private:
    QWidget *createFilterBar();
    void createTable();
    void connectStore(SessionStore *store);
    void applyTimeRangeFromControls();
    enum class SearchTrigger { Person, Refresh };
    void runSearch(SearchTrigger trigger = SearchTrigger::Person);
    void handleSearchMatched(quint64 generation, const QSet<QString> &ids);
    void handleSearchFailed(quint64 generation, const QString &error);
    void handleChangesApplied(const QList<SessionSummary> &changed, const QStringList &removed);
    void handleRowsInserted(int first, int last);
    void scrollToNewest();
    void updateCounts(const StatusCounts &counts);
    void updateFooter();
    void showSearchError(const QString &error);
    void setDefaultColumnWidths();

    SessionTableModel *m_model;
    SessionFilterModel *m_filter;
    SearchService *m_search;
    QTableView *m_view = nullptr;

    std::array<QAction *, 5> m_statusActions{}; // in AllStatusFilters order
    std::array<QToolButton *, 5> m_statusButtons{};
    QActionGroup *m_statusGroup = nullptr;
    QAction *m_findAction = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_timeCombo = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QCheckBox *m_autoScrollBox = nullptr;
    QLabel *m_shownLabel = nullptr;
    QLabel *m_searchLabel = nullptr;

    QTimer *m_searchDebounce;
    QTimer *m_researchTimer; // re-runs the search when sessions arrive or change
    QTimer *m_clockTimer;    // "2 hours ago" and "last hour" move on
    QTimer *m_footerTimer;
    QTimer *m_scrollTimer;  // scrolls once the view has laid out the rows of a batch
    QString m_scrollTarget; // the newest arrival, followed until the person scrolls or moves
    quint64 m_searchGeneration = 0; // the answer wanted; 0: none
    bool m_showSearching = false;   // a person asked and waits: say so
    QString m_searchError;
    bool m_customRangeSet = false; // the from/to edits hold a range someone chose or restored
};

#pragma once

#include "result.h"
#include "sessionfilter.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

class QHeaderView;
class QMainWindow;
class QSettings;
class QWidget;

// What the window looked like when it closed: DIR/ui-state.ini (private, 0600) beside the
// settings, but apart from them: nothing here changes what the app does, so the CLI never
// reads it and a damaged file only costs the layout.
class UiState
{
public:
    // The session list as a person left it: filters, sort and columns.
    struct SessionList
    {
        StatusFilter status = StatusFilter::All;
        TimeRange timeRange;
        QString searchText;
        bool autoScroll = true;
        int sortColumn = -1; // -1: the panel's default
        Qt::SortOrder sortOrder = Qt::DescendingOrder;
        QByteArray headerState; // QHeaderView::saveState(): widths, order, hidden columns
    };

    explicit UiState(const QString &folder); // DIR, the data folder's root
    ~UiState();
    Q_DISABLE_COPY_MOVE(UiState)

    static QString fileName() { return QStringLiteral("ui-state.ini"); }
    QString path() const { return m_path; }

    SessionList sessionList() const;
    void setSessionList(const SessionList &state);

    // Generic helpers for the windows: saveGeometry(u"mainWindow", this) in closeEvent,
    // restoreGeometry(...) before show(). restore* tell whether something was restored.
    void saveGeometry(const QString &key, const QWidget *widget);
    bool restoreGeometry(const QString &key, QWidget *widget) const;
    void saveWindowState(const QString &key, const QMainWindow *window); // toolbars and docks
    bool restoreWindowState(const QString &key, QMainWindow *window) const;
    void saveHeader(const QString &key, const QHeaderView *header);
    bool restoreHeader(const QString &key, QHeaderView *header) const;

    void setValue(const QString &key, const QVariant &value);
    QVariant value(const QString &key, const QVariant &fallback = {}) const;

    // Writes the file now; the error says why it could not be.
    Status sync();

private:
    QString m_path;
    std::unique_ptr<QSettings> m_settings;
};

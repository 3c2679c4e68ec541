#pragma once

#include "appservices.h"
#include "recoveryreport.h"
#include "sessionsummary.h"

#include <QMainWindow>

#include <memory>

class CaptureController;
class CaptureStatusWidget;
class QLabel;
class QSplitter;
class SessionDetailPanel;
class SessionListPanel;
class SettingsDialog;
class TrayIcon;
class UiState;

// The window people launch: the session table above, the selected session's detail below,
// capture and submission state in the status bar. Every action of the panels is in a menu with
// a shortcut; what needs a person's confirmation (delete) asks without blocking the store.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the window as the settings ask (startMinimized, minimizeToTray), or minimized when
    // asked on the command line.
    void showAtStart(bool minimized = false);
    // A second launch asked for the window, perhaps with capture files to read.
    void raiseFromElsewhere(const QStringList &captureFiles = {});

    SessionListPanel *sessionList() const { return m_list; }
    SessionDetailPanel *detail() const { return m_detail; }
    CaptureController *capture() const { return m_capture; }
    TrayIcon *tray() const { return m_tray; }

    // The actions that change sessions, for tests and the tray.
    void retry(const QStringList &ids);
    void ignore(const QStringList &ids);
    // Asks first, unless confirmed is true.
    void remove(const QStringList &ids, bool confirmed = false);

signals:
    // The store opened empty and a sample capture is at hand: the window offers it.
    void sampleOffered();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void connectServices();
    void restoreLayout();
    void saveLayout();
    void handleOpened(const QList<SessionSummary> &summaries, const RecoveryReport &report);
    void handleOpenFailed(const QString &error);
    void handleSelection();
    void updateSubmissionStatus();
    void offerSample();
    void showSettings();
    void runCleanupNow();
    void importFolder();
    void openLogsFolder();
    void openDataFolder();
    void showAbout();
    void showError(const QString &title, const QString &text);
    void quit();

    AppServices m_services;
    std::unique_ptr<UiState> m_uiState;
    SessionListPanel *m_list;
    SessionDetailPanel *m_detail;
    QSplitter *m_splitter;
    CaptureController *m_capture;
    TrayIcon *m_tray;
    CaptureStatusWidget *m_captureStatus = nullptr;
    QLabel *m_storeStatus = nullptr;
    QLabel *m_submissionStatus = nullptr;
    SettingsDialog *m_settingsDialog = nullptr;
    bool m_quitting = false;
    int m_submissionInFlight = 0;
    int m_submissionQueued = 0;
    QString m_lastSubmission; // "last: submitted at 14:03:11", shown beside the progress
};

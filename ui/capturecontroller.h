#pragma once

#include "captureconfig.h"
#include "captureservice.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMimeData;
class QWidget;
class Settings;

// The capture as the window drives it: the actions of the Capture menu and toolbar, enabled as
// the CaptureService's state allows; capture files opened by menu or dropped, read one after
// another; the source dialog. Everything runs through the service on its own thread, so nothing
// here waits. What goes wrong arrives as errorOccurred(), one sentence for a person.
class CaptureController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureController)

public:
    // capture may be null (a window without capture): every capture action stays disabled.
    // settings must outlive this object. window is the parent of the dialogs and of this object.
    CaptureController(CaptureService *capture, Settings *settings, QWidget *window);

    QAction *startAction() const { return m_start; }   // F5
    QAction *stopAction() const { return m_stop; }     // Shift+F5
    QAction *pauseAction() const { return m_pause; }   // F6, checkable: checked while paused
    QAction *openFileAction() const { return m_openFile; } // Ctrl+O
    QAction *sourceAction() const { return m_source; } // Ctrl+Shift+O
    // In menu order, with a separator (an action) between running and choosing.
    QList<QAction *> actions() const;

    CaptureService *service() const { return m_capture; }
    // The file this controller reads now (empty when none), and those waiting for it.
    QString currentFile() const { return m_currentFile; }
    QStringList waitingFiles() const { return m_waiting; }

    // Capture files by name: .pcap, .pcapng and .cap in any case.
    static bool isCaptureFileName(const QString &path);
    // The local capture files among the URLs of a drag; remote URLs and other files are left out.
    static QStringList capturePathsOf(const QMimeData *mime);
    static bool acceptsDrop(const QMimeData *mime);

    // As the settings say. A File source asks for the file.
    void start();
    // false (and errorOccurred) when no capture can start now.
    bool startCapture(const CaptureSource &source, const CaptureSettings &settings);
    // Stops the capture and forgets the files still waiting.
    void stop();
    void setPaused(bool paused);
    // Reads the file now, or after the file being read; the framing and addresses come from the
    // settings. Refused while a live capture or the proxy runs.
    void openFile(const QString &path);
    void openFiles(const QStringList &paths);
    // The file dialog and the source dialog; neither blocks.
    void chooseFiles();
    void chooseSource();

signals:
    void errorOccurred(const QString &message);
    // currentFile() or waitingFiles() changed.
    void filesChanged();

private:
    void createActions();
    void updateActions();
    void startNextFile();
    void handleFinished(const CaptureStatistics &statistics, const QString &error);
    void fail(const QString &message);
    CaptureConfig config() const;

    CaptureService *m_capture;
    Settings *m_settings;
    QPointer<QWidget> m_window;
    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_openFile = nullptr;
    QAction *m_source = nullptr;
    QAction *m_separator = nullptr;
    QStringList m_waiting;
    QString m_currentFile;
    QString m_lastFile; // offered again by the dialogs
    bool m_runIsOurs = false; // the running capture was started here (not by a file queue elsewhere)
};

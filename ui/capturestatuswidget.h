#pragma once

#include "captureservice.h"

#include <QWidget>

class CaptureController;
class QLabel;
class QProgressBar;

// The capture in the status bar: what runs (Idle, Capturing on eth0, Paused, Reading file.pcap),
// how far a capture file has been read, sessions and messages so far and sessions still open,
// and the last error until the next capture starts.
class CaptureStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureStatusWidget)

public:
    explicit CaptureStatusWidget(CaptureController *controller, QWidget *parent = nullptr);

    QString stateText() const;
    QString countsText() const;
    QString errorText() const { return m_error; }
    // -1 while no file is read.
    int progressPercent() const;

    void showError(const QString &message);

private:
    void handleStateChanged(CaptureService::State state);
    void handleProgress(qint64 done, qint64 total);
    void handleStatistics(const CaptureStatistics &statistics);
    void handleOpenSessions(const QList<SessionSummary> &open);
    void updateState();
    void updateCounts();

    CaptureController *m_controller;
    CaptureService *m_capture;
    QLabel *m_stateLabel;
    QProgressBar *m_progress;
    QLabel *m_countsLabel;
    QLabel *m_errorIcon;
    QLabel *m_errorLabel;
    QString m_description; // the service's own words for the running capture
    QString m_error;
    int m_sessions = 0;
    int m_messages = 0;
    int m_open = 0;
    CaptureService::State m_lastState = CaptureService::State::Idle;
    bool m_counted = false; // a capture has reported its statistics
};

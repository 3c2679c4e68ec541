#pragma once

#include "captureengine.h"
#include "capturesource.h"
#include "sessionsummary.h"

#include <QObject>
#include <QPointer>

class CaptureWorker;
class QThread;
class SessionStore;

// A capture as the app sees it: one source at a time, read and decoded on the capture thread.
// Completed sessions go from there straight to the store's thread (never through the caller's),
// and are also announced; sessions still open are published for a live view.
class CaptureService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureService)

public:
    enum class State { Idle, Running, Paused, Stopping };
    Q_ENUM(State)

    // store may be null (nothing is saved, sessions are only announced); it must outlive the
    // capture.
    explicit CaptureService(SessionStore *store, QObject *parent = nullptr);
    ~CaptureService() override; // stops and waits for the capture thread

    // False while a capture runs. Errors (a file that cannot be read, no privilege to capture, a
    // port in use) arrive through finished().
    bool start(const CaptureSource &source, const CaptureSettings &settings);
    void pause();
    void resume();
    void stop();
    // Stops and returns once every completed session was handed to the store and announced.
    void stopAndWait();

    State state() const { return m_state; }
    CaptureSource source() const { return m_source; }
    CaptureStatistics statistics() const { return m_statistics; }
    // The port the proxy listens on (useful when it was started on port 0), once started().
    quint16 proxyPort() const { return m_proxyPort; }

signals:
    void stateChanged(CaptureService::State state);
    void started(const QString &description);
    void sessionCompleted(const Session &session);
    void openSessionsChanged(const QList<SessionSummary> &open);
    void progress(qint64 done, qint64 total); // capture files: bytes read of the file's size
    void statisticsChanged(const CaptureStatistics &statistics);
    // error is empty when the source ended or was stopped; statistics cover the whole run.
    void finished(const CaptureStatistics &statistics, const QString &error);

private:
    void setState(State state);
    void workerFinished(const CaptureStatistics &statistics, const QString &error);

    SessionStore *m_store;
    State m_state = State::Idle;
    CaptureSource m_source;
    CaptureStatistics m_statistics;
    quint16 m_proxyPort = 0;
    QThread *m_thread = nullptr;
    CaptureWorker *m_worker = nullptr; // lives on m_thread
};

#pragma once

#include "captureengine.h"
#include "capturesource.h"
#include "sessionsummary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class RecordingProxy;
class QTimer;
class SessionStore;

// Runs one capture on the capture thread; only CaptureService talks to it. Files and interfaces
// are read in a loop that returns when the source ends or stop() is called; the proxy is driven
// by its sockets' events on the same thread.
class CaptureWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureWorker)

public:
    CaptureWorker(const CaptureSource &source, const CaptureSettings &settings, SessionStore *store);
    ~CaptureWorker() override;

    void run(); // on the capture thread

    // From any thread.
    void stop();
    void setPaused(bool paused);

signals:
    void started(const QString &description);
    void listening(quint16 port); // the proxy, once it listens
    void sessionCompleted(const Session &session);
    void openSessionsChanged(const QList<SessionSummary> &open);
    void progress(qint64 done, qint64 total);
    void statisticsChanged(const CaptureStatistics &statistics);
    void finished(const CaptureStatistics &statistics, const QString &error);

private:
    void runFile();
    void runInterface();
    void startProxy();
    void stopProxy();

    // Pausing ends the sessions open at that moment (they say why) and drops what arrives until
    // resume, which starts again from a fresh engine.
    bool followPause(qint64 nowUs);
    void restartEngine(qint64 nowUs);
    // cutShortBy: the sessions did not end by themselves, and this says why.
    void deliverCompleted(const QString &cutShortBy = {});
    void publish(bool force = false);
    void end(const QString &error);

    CaptureSource m_source;
    CaptureSettings m_settings;
    SessionStore *m_store; // thread-safe to call: it only queues to the store's own thread
    std::unique_ptr<CaptureEngine> m_engine;
    CaptureStatistics m_statistics;
    quint64 m_retiredFrames = 0; // counted by engines that pause replaced
    quint64 m_retiredBytes = 0;
    QElapsedTimer m_sincePublish;
    QList<QPair<QString, qsizetype>> m_lastPublished;
    bool m_pausedNow = false;
    bool m_ended = false;

    // Proxy: its connections, to introduce them again to a fresh engine after a pause.
    RecordingProxy *m_proxy = nullptr;
    QTimer *m_tick = nullptr;
    struct ProxyConnection
    {
        Endpoint client;
        Endpoint server;
    };
    QHash<quint64, ProxyConnection> m_proxyConnections;

    // Written by the controlling thread, read by the capture loop between frames.
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_pauseRequested{false};
};

#include "captureworker.h"

#include "livecapture.h"
#include "pcapfile.h"
#include "recordingproxy.h"
#include "sessionstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QThread>
#include <QTimer>

using namespace std::chrono_literals;

namespace {

// Live views refresh at most this often: often enough to watch, rare enough to stay cheap.
constexpr qint64 PublishIntervalMs = 250;

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

} // namespace

QJsonObject CaptureStatistics::toJson() const
{
    return QJsonObject{
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("incompleteSessions"), incompleteSessions},
        {QStringLiteral("packets"), double(frames)},
        {QStringLiteral("bytes"), double(bytes)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
}

CaptureWorker::CaptureWorker(const CaptureSource &source, const CaptureSettings &settings, SessionStore *store)
    : m_source(source)
    , m_settings(settings)
    , m_store(store)
    , m_engine(std::make_unique<CaptureEngine>(settings))
{
}

CaptureWorker::~CaptureWorker() = default;

void CaptureWorker::stop()
{
    m_stopRequested = true;
    // The proxy has no loop that would notice the flag.
    QMetaObject::invokeMethod(this, [this] {
        if (m_proxy)
            stopProxy();
    }, Qt::QueuedConnection);
}

void CaptureWorker::setPaused(bool paused)
{
    m_pauseRequested = paused;
    QMetaObject::invokeMethod(this, [this] {
        if (m_proxy)
            followPause(nowUs());
    }, Qt::QueuedConnection);
}

void CaptureWorker::run()
{
    m_sincePublish.start();
    switch (m_source.kind) {
    case CaptureSource::Kind::File:
        runFile();
        break;
    case CaptureSource::Kind::Interface:
        runInterface();
        break;
    case CaptureSource::Kind::Proxy:
        startProxy();
        break;
    }
}

void CaptureWorker::runFile()
{
    auto opened = PcapFile::open(m_source.path);
    if (!opened) {
        end(opened.error());
        return;
    }
    PcapFile &file = *opened.value();
    emit started(tr("Reading %1").arg(m_source.path));
    emit progress(0, file.fileSize());

    QByteArrayView frame;
    qint64 timestampUs = 0, lastUs = 0, lastAdvanceUs = 0;
    PcapFile::Next next = PcapFile::Next::End;
    while (!m_stopRequested && (next = file.next(frame, timestampUs)) == PcapFile::Next::Frame) {
        m_engine->addFrame(file.linkType(), frame, timestampUs);
        // Capture time, not wall time, decides what went idle in a file.
        if (timestampUs - lastAdvanceUs >= 1'000'000) {
            m_engine->advanceTime(timestampUs);
            lastAdvanceUs = timestampUs;
        }
        lastUs = timestampUs;
        deliverCompleted();
        if (m_sincePublish.elapsed() >= PublishIntervalMs) {
            emit progress(file.position(), file.fileSize());
            publish(true);
        }
        // A file waits while paused rather than dropping what it holds.
        while (m_pauseRequested && !m_stopRequested)
            QThread::msleep(50);
    }
    if (!m_stopRequested && next == PcapFile::Next::Error)
        m_statistics.warnings.append(file.error());
    m_engine->finish(lastUs);
    deliverCompleted();
    emit progress(file.fileSize(), file.fileSize());
    end({});
}

void CaptureWorker::runInterface()
{
    const QString filter = !m_source.filter.isEmpty()
        ? m_source.filter
        : captureFilter(m_settings.sessions.deviceIp, m_settings.sessions.lisIp, m_settings.sessions.lisPort);
    auto opened = LiveCapture::open(m_source.interfaceName, filter);
    if (!opened) {
        end(opened.error());
        return;
    }
    LiveCapture &live = *opened.value();
    emit started(tr("Capturing on %1 with filter \"%2\"").arg(m_source.interfaceName, filter));

    QByteArrayView frame;
    qint64 timestampUs = 0;
    QString error;
    // next() returns at least every read timeout, so the flags are seen promptly.
    while (!m_stopRequested) {
        const LiveCapture::Next next = live.next(frame, timestampUs);
        if (next == LiveCapture::Next::Error) {
            error = live.error();
            break;
        }
        if (next == LiveCapture::Next::Stopped)
            break;
        const bool paused = followPause(nowUs());
        if (next == LiveCapture::Next::Frame && !paused) {
            m_engine->addFrame(live.linkType(), frame, timestampUs);
            deliverCompleted();
        }
        if (m_sincePublish.elapsed() >= PublishIntervalMs) {
            m_engine->advanceTime(nowUs());
            deliverCompleted();
            publish();
        }
    }
    m_engine->finish(nowUs());
    deliverCompleted();
    end(error);
}

void CaptureWorker::startProxy()
{
    m_proxy = new RecordingProxy(this);
    connect(m_proxy, &RecordingProxy::connectionOpened, this, [this](quint64 id, const Endpoint &client, const Endpoint &server, qint64 t) {
        m_proxyConnections.insert(id, {client, server});
        if (!m_pausedNow)
            m_engine->openConnection(id, client, server, t);
        publish();
    });
    connect(m_proxy, &RecordingProxy::dataTransferred, this, [this](quint64 id, bool fromClient, const QByteArray &bytes, qint64 t) {
        if (m_pausedNow)
            return;
        m_engine->addStreamData(id, fromClient, bytes, t);
        deliverCompleted();
        if (m_sincePublish.elapsed() >= PublishIntervalMs)
            publish();
    });
    connect(m_proxy, &RecordingProxy::connectionClosed, this, [this](quint64 id, qint64 t) {
        m_proxyConnections.remove(id);
        if (!m_pausedNow)
            m_engine->closeConnection(id, t);
        deliverCompleted();
        publish();
    });
    connect(m_proxy, &RecordingProxy::upstreamFailed, this, [this](const QString &error) {
        m_statistics.warnings.append(error);
        emit statisticsChanged(m_statistics);
    });
    if (!m_proxy->listen(m_source.listenAddress, m_source.listenPort, m_source.upstreamHost, m_source.upstreamPort)) {
        const QString error = m_proxy->errorString();
        delete std::exchange(m_proxy, nullptr);
        end(error);
        return;
    }
    // The idle gap of MLLP sessions and the live view need time to pass without traffic.
    m_tick = new QTimer(this);
    m_tick->setInterval(PublishIntervalMs);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!m_pausedNow) {
            m_engine->advanceTime(nowUs());
            deliverCompleted();
        }
        publish();
    });
    m_tick->start();
    emit listening(m_proxy->port());
    emit started(tr("Proxy listening on port %1, forwarding to %2:%3")
                     .arg(m_proxy->port())
                     .arg(m_source.upstreamHost)
                     .arg(m_source.upstreamPort));
    if (m_stopRequested)
        stopProxy();
}

void CaptureWorker::stopProxy()
{
    if (m_ended)
        return;
    m_proxy->close();
    m_engine->finish(nowUs());
    deliverCompleted();
    end({});
}

bool CaptureWorker::followPause(qint64 now)
{
    const bool paused = m_pauseRequested;
    if (paused == m_pausedNow)
        return paused;
    m_pausedNow = paused;
    if (paused) {
        m_engine->finish(now);
        deliverCompleted(tr("the capture was paused during this exchange"));
    } else {
        restartEngine(now);
    }
    publish(true);
    return paused;
}

void CaptureWorker::restartEngine(qint64 now)
{
    m_retiredFrames += m_engine->frames();
    m_retiredBytes += m_engine->bytes();
    m_statistics.warnings += m_engine->warnings();
    m_engine = std::make_unique<CaptureEngine>(m_settings);
    for (auto it = m_proxyConnections.cbegin(); it != m_proxyConnections.cend(); ++it)
        m_engine->openConnection(it.key(), it->client, it->server, now);
}

void CaptureWorker::deliverCompleted(const QString &cutShortBy)
{
    QList<Session> completed = m_engine->takeCompleted();
    for (Session &session : completed) {
        if (!cutShortBy.isEmpty()) {
            session.complete = false;
            session.extra.insert(IncompleteReasonKey, cutShortBy);
        }
        ++m_statistics.sessions;
        m_statistics.messages += int(session.messages.size());
        if (!session.complete)
            ++m_statistics.incompleteSessions;
        if (m_store)
            m_store->saveCaptured(session);
        emit sessionCompleted(session);
    }
}

void CaptureWorker::publish(bool force)
{
    m_sincePublish.restart();
    QList<SessionSummary> open;
    QList<QPair<QString, qsizetype>> shape;
    if (!m_pausedNow) {
        for (const Session &session : m_engine->openSessions()) {
            open.append(SessionSummary::of(session));
            shape.append({session.id, session.elements.size()});
        }
    }
    m_statistics.frames = m_retiredFrames + m_engine->frames();
    m_statistics.bytes = m_retiredBytes + m_engine->bytes();
    emit statisticsChanged(m_statistics);
    if (force || shape != m_lastPublished) {
        m_lastPublished = shape;
        emit openSessionsChanged(open);
    }
}

void CaptureWorker::end(const QString &error)
{
    if (m_ended)
        return;
    m_ended = true;
    // Sockets and timers belong to this thread: release them here, before the worker is deleted
    // from the thread that started it.
    delete std::exchange(m_tick, nullptr);
    if (m_proxy) {
        m_proxy->disconnect(this); // its sockets close as it goes: nothing more to record
        delete std::exchange(m_proxy, nullptr);
    }
    m_statistics.frames = m_retiredFrames + m_engine->frames();
    m_statistics.bytes = m_retiredBytes + m_engine->bytes();
    m_statistics.warnings += m_engine->warnings();
    if (!m_lastPublished.isEmpty()) {
        m_lastPublished.clear();
        emit openSessionsChanged({});
    }
    emit finished(m_statistics, error);
}

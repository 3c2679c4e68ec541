#include "captureimport.h"

#include "pcapfile.h"
#include "sessionrepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

QJsonObject CaptureImportReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("packets"), double(packets)},
        {QStringLiteral("bytes"), double(bytes)},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("incompleteSessions"), incompleteSessions},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("skipped"), skipped},
    };
}

namespace {

constexpr qint64 FolderSyncIntervalMs = 1'000;

struct Captured
{
    Session session;
    QByteArray fingerprint;
};

// Completed sessions on their way from the thread that decodes the capture to the one that saves
// them, in order. Bounded, so a decoder that runs ahead of the disk does not fill the memory.
class CapturedQueue
{
public:
    // Blocks while the queue is full; false once the saving side gave up.
    bool push(Captured captured)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_cancelled || m_items.size() < Capacity; });
        if (m_cancelled)
            return false;
        m_items.push_back(std::move(captured));
        m_changed.notify_all();
        return true;
    }

    // Blocks until a session is there; false once the decoder is done and all were taken.
    bool pop(Captured &captured)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return false;
        captured = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return true;
    }

    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

    bool cancelled()
    {
        const std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

private:
    static constexpr size_t Capacity = 16;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Captured> m_items;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace

Result<CaptureImportReport> importCaptureFile(const QString &path, const CaptureSettings &settings,
                                              SessionRepository &repository)
{
    auto opened = PcapFile::open(path);
    if (!opened)
        return Result<CaptureImportReport>::failure(opened.error());
    PcapFile &file = *opened.value();

    QSet<QByteArray> known;
    for (const SessionSummary &s : repository.summaries())
        known.insert(s.fingerprint);

    // Decoding and saving each keep a core busy (the saving side also waits for the disk), so the
    // capture is decoded on a thread of its own while this one saves what it found. The sessions
    // arrive in the order of the capture, as without the thread.
    CapturedQueue queue;
    CaptureImportReport report;
    QString fileError;
    std::thread decoder([&] {
        CaptureEngine engine(settings);
        auto handOver = [&] {
            for (Session &session : engine.takeCompleted()) {
                QByteArray fingerprint = captureFingerprint(session);
                if (!queue.push({std::move(session), std::move(fingerprint)}))
                    return false;
            }
            return true;
        };
        QByteArrayView frame;
        qint64 timestampUs = 0, lastUs = 0;
        PcapFile::Next next = PcapFile::Next::End;
        bool saving = true;
        while (saving && (next = file.next(frame, timestampUs)) == PcapFile::Next::Frame) {
            engine.addFrame(file.linkType(), frame, timestampUs);
            lastUs = timestampUs;
            saving = handOver();
        }
        if (saving) {
            if (next == PcapFile::Next::Error)
                fileError = file.error();
            engine.finish(lastUs);
            handOver();
        }
        report.packets = engine.frames();
        report.bytes = engine.bytes();
        report.warnings = engine.warnings();
        queue.close();
    });

    // One sync of the sessions folder per second instead of one per file, which cost about as
    // much as the file's own. Nothing is reported saved before the last sync succeeded, and an
    // import cut short by a crash is run again: what reached the disk is skipped then.
    repository.setFolderSyncDeferred(true);
    QElapsedTimer sinceFolderSync;
    sinceFolderSync.start();
    QString saveError;
    Captured captured;
    while (queue.pop(captured)) {
        ++report.sessions;
        report.messages += int(captured.session.messages.size());
        if (!captured.session.complete)
            ++report.incompleteSessions;
        if (known.contains(captured.fingerprint)) {
            ++report.skipped;
            continue;
        }
        if (repository.exists(captured.session.id)) // a new session never replaces one with its id
            captured.session.id = repository.newId(captured.session.startTime);
        Result<SessionSummary> saved = repository.save(std::move(captured.session));
        if (!saved) {
            saveError = saved.error();
            queue.cancel();
            break;
        }
        known.insert(captured.fingerprint);
        ++report.imported;
        if (sinceFolderSync.elapsed() >= FolderSyncIntervalMs) {
            if (Status synced = repository.syncSavedSessions(); !synced) {
                saveError = synced.error();
                queue.cancel();
                break;
            }
            sinceFolderSync.restart();
        }
    }
    decoder.join();
    if (Status synced = repository.setFolderSyncDeferred(false); !synced && saveError.isEmpty())
        saveError = synced.error();
    if (!saveError.isEmpty())
        return Result<CaptureImportReport>::failure(saveError);
    if (!fileError.isEmpty())
        report.warnings.prepend(fileError);
    return Result<CaptureImportReport>::success(report);
}

#include "listbench.h"

#include "benchsessions.h"
#include "childprocess.h"
#include "datadirectory.h"
#include "directoryscan.h"
#include "machineload.h"
#include "sessioncodec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <limits>
#include <mutex>
#include <optional>
#include <sys/mman.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace ListBench {

namespace {

constexpr qint64 FirstStartTime = 1'760'000'000'000;
constexpr qint64 StartTimeStep = 30'000; // a session every 30 s: 100 000 span five weeks
constexpr int ModelCount = 16;

void progress(const QString &text)
{
    std::fprintf(stderr, "[list] %s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

double secondsOf(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// Writes the files quickly, without fsync: only reading them is measured.
QString generate(const QString &sessionsDir, int count, int sessionBytes, int threads, qint64 &bytesWritten)
{
    QList<Session> models;
    for (int seed = 1; seed <= ModelCount; ++seed)
        models.append(BenchSessions::ofSize(sessionBytes, seed));
    std::atomic<int> next{0};
    std::atomic<qint64> bytes{0};
    std::atomic<bool> failed{false};
    QString error;
    std::mutex errorMutex;
    QElapsedTimer clock;
    clock.start();
    auto work = [&](bool reports) {
        for (int i = next++; i < count && !failed; i = next++) {
            const Session s = BenchSessions::numbered(models.at(i % ModelCount), FirstStartTime + i * StartTimeStep, i);
            const QByteArray json = SessionCodec::encode(s);
            const QByteArray path = QFile::encodeName(sessionsDir + QLatin1Char('/') + s.id + QStringLiteral(".json"));
            const int fd = ::open(path.constData(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
            const bool ok = fd >= 0 && ::write(fd, json.constData(), size_t(json.size())) == json.size();
            const int savedErrno = errno;
            if (fd >= 0)
                ::close(fd);
            if (!ok) {
                const std::lock_guard lock(errorMutex);
                error = QStringLiteral("cannot write %1: %2")
                            .arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(savedErrno)));
                failed = true;
                return;
            }
            bytes += json.size();
            if (reports && i > 0 && i % 10'000 < threads)
                progress(QStringLiteral("generated %1 of %2 sessions (%3 s)").arg(i).arg(count).arg(secondsOf(clock), 0, 'f', 1));
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, false);
    work(true);
    for (std::thread &t : pool)
        t.join();
    bytesWritten = bytes;
    return error;
}

// Flushes everything written so far, so write-back never overlaps a measured run.
void syncFileSystem(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
}

// Drops the files' (clean) pages from the page cache, as a reboot would; folder and inode
// caches stay warm. Returns the resident pages left in a sample, to show it worked.
int evictFromPageCache(const QString &sessionsDir, const QList<ScannedFile> &files, int &sampledPages)
{
    for (const ScannedFile &f : files) {
        const int fd = ::open(QFile::encodeName(sessionsDir + QLatin1Char('/') + f.name).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
    int resident = 0;
    sampledPages = 0;
    const long page = ::sysconf(_SC_PAGESIZE);
    for (qsizetype i = 0; i < qMin<qsizetype>(files.size(), 200); ++i) {
        const int fd = ::open(QFile::encodeName(sessionsDir + QLatin1Char('/') + files.at(i).name).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || files.at(i).stamp.size == 0) {
            if (fd >= 0)
                ::close(fd);
            continue;
        }
        const size_t length = size_t(files.at(i).stamp.size);
        void *map = ::mmap(nullptr, length, PROT_READ, MAP_SHARED, fd, 0);
        ::close(fd);
        if (map == MAP_FAILED)
            continue;
        std::vector<unsigned char> pages((length + page - 1) / page);
        if (::mincore(map, length, pages.data()) == 0) {
            sampledPages += int(pages.size());
            resident += int(std::count_if(pages.begin(), pages.end(), [](unsigned char p) { return p & 1; }));
        }
        ::munmap(map, length);
    }
    return resident;
}


// The output is the `list --json` contract: an array with one object per session, each with a
// distinct string id, newest first.
QString checkOutput(const QByteArray &out, int expected, int &objects)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON at byte %1: %2").arg(error.offset).arg(error.errorString());
    if (!doc.isArray())
        return QStringLiteral("not a JSON array");
    const QJsonArray array = doc.array();
    objects = int(array.size());
    QSet<QString> ids;
    ids.reserve(array.size());
    double previousStart = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return QStringLiteral("element %1 is not an object").arg(i);
        const QJsonObject o = array.at(i).toObject();
        const QJsonValue id = o.value(QLatin1StringView("id"));
        if (!id.isString() || ids.contains(id.toString()))
            return QStringLiteral("element %1 has no id or a repeated one").arg(i);
        ids.insert(id.toString());
        const double start = o.value(QLatin1StringView("startTime")).toDouble(-1);
        if (start < 0 || start > previousStart)
            return QStringLiteral("element %1 is not in newest-first order").arg(i);
        previousStart = start;
    }
    if (objects != expected)
        return QStringLiteral("%1 objects for %2 sessions").arg(objects).arg(expected);
    return {};
}

Measurement measurementOf(const QString &label, const ChildRun &run, const MachineLoad &load)
{
    return {label, run.wallSeconds, run.userSeconds, run.systemSeconds, run.peakRssKiB, run.stdoutBytes, load.othersCpuSeconds()};
}

} // namespace

double Result::warmMedianSeconds() const
{
    QList<double> values;
    for (const Measurement &m : warm)
        values.append(m.wallSeconds);
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.size() % 2 ? values.at(values.size() / 2)
                                                    : (values.at(values.size() / 2 - 1) + values.at(values.size() / 2)) / 2;
}

qint64 Result::warmMedianRssKiB() const
{
    QList<qint64> values;
    for (const Measurement &m : warm)
        values.append(m.peakRssKiB);
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

Result run(const BenchOptions &options, const QString &scratchDir)
{
    Result result;
    result.generated = options.existingDataDir.isEmpty();
    result.dataDir = result.generated ? scratchDir + QStringLiteral("/list-data") : options.existingDataDir;
    const DataDirectory dir(result.dataDir);
    QElapsedTimer clock;

    if (result.generated) {
        if (!QDir().mkpath(dir.sessions())) {
            result.error = QStringLiteral("cannot create %1").arg(dir.sessions());
            return result;
        }
        progress(QStringLiteral("generating %1 sessions of about %2 bytes in %3").arg(options.sessions).arg(options.sessionBytes).arg(dir.sessions()));
        clock.start();
        result.error = generate(dir.sessions(), options.sessions, options.sessionBytes, options.generatorThreads, result.dataBytes);
        result.generateSeconds = secondsOf(clock);
        if (!result.error.isEmpty())
            return result;
    }
    clock.start();
    syncFileSystem(dir.root());
    result.syncSeconds = secondsOf(clock);

    QList<ScannedFile> files = scanRegularFiles(dir.sessions());
    files.removeIf([](const ScannedFile &f) { return !f.name.endsWith(QLatin1StringView(".json")); });
    result.sessions = int(files.size());
    if (!result.generated) {
        for (const ScannedFile &f : std::as_const(files))
            result.dataBytes += f.stamp.size;
    }
    progress(QStringLiteral("%1 session files, %2 MB (written in %3 s, synced in %4 s)")
                 .arg(result.sessions)
                 .arg(double(result.dataBytes) / 1e6, 0, 'f', 1)
                 .arg(result.generateSeconds, 0, 'f', 1)
                 .arg(result.syncSeconds, 0, 'f', 1));

    const QStringList arguments{QStringLiteral("--data-dir"), dir.root(), QStringLiteral("list"), QStringLiteral("--json")};
    const std::chrono::milliseconds timeout(qint64(options.childTimeoutSeconds) * 1000);
    MachineLoad load;
    auto runOnce = [&](const QString &label, bool keep) -> std::optional<ChildRun> {
        syncFileSystem(dir.root());
        double busy = 0;
        if (options.idleWaitSeconds > 0
            && !MachineLoad::waitUntilIdle(options.idleCores, std::chrono::seconds(options.idleWaitSeconds), busy))
            progress(QStringLiteral("other processes still keep %1 cores busy after %2 s; measuring anyway")
                         .arg(busy, 0, 'f', 2).arg(options.idleWaitSeconds));
        progress(QStringLiteral("%1: %2 %3").arg(label, options.cli, arguments.join(QLatin1Char(' '))));
        load = MachineLoad();
        ChildRun run = runChild(options.cli, arguments, keep, timeout);
        if (!run.succeeded()) {
            result.error = QStringLiteral("%1: %2 (exit %3) %4")
                               .arg(label, run.timedOut ? QStringLiteral("timed out") : run.error)
                               .arg(run.exitCode)
                               .arg(QString::fromLocal8Bit(run.stderrData).trimmed());
            return std::nullopt;
        }
        if (!run.stderrData.isEmpty())
            progress(QStringLiteral("%1 wrote on stderr: %2").arg(label, QString::fromLocal8Bit(run.stderrData.left(2'000)).trimmed()));
        progress(QStringLiteral("%1: %2 s, peak RSS %3 MiB, %4 MB of JSON, others used %5 s CPU meanwhile")
                     .arg(label)
                     .arg(run.wallSeconds, 0, 'f', 3)
                     .arg(double(run.peakRssKiB) / 1024, 0, 'f', 1)
                     .arg(double(run.stdoutBytes) / 1e6, 0, 'f', 1)
                     .arg(load.othersCpuSeconds(), 0, 'f', 2));
        return run;
    };

    // Runs until others stayed calm during the run (or the retries are used up, then the calmest
    // attempt counts); prepare() restores the starting state before each attempt.
    auto measure = [&](const QString &label, bool keep, const std::function<void()> &prepare) -> std::optional<std::pair<ChildRun, Measurement>> {
        std::optional<std::pair<ChildRun, Measurement>> best;
        for (int attempt = 1; attempt <= 1 + options.busyRetries; ++attempt) {
            prepare();
            std::optional<ChildRun> run = runOnce(label, keep);
            if (!run)
                return std::nullopt;
            Measurement m = measurementOf(label, *run, load);
            m.attempts = attempt;
            const bool calm = m.othersCpuSeconds <= options.idleCores * m.wallSeconds;
            if (!best || m.othersCpuSeconds < best->second.othersCpuSeconds)
                best.emplace(std::move(*run), m);
            best->second.attempts = attempt;
            if (calm)
                break;
            if (attempt <= options.busyRetries)
                progress(QStringLiteral("%1: others were busy (%2 s CPU in %3 s); measuring again")
                             .arg(label).arg(m.othersCpuSeconds, 0, 'f', 2).arg(m.wallSeconds, 0, 'f', 2));
        }
        return best;
    };

    QByteArray coldOutput;
    for (int i = 0; i < options.coldRuns; ++i) {
        const bool evict = i == 0 && options.evictPageCache;
        const QString label = QStringLiteral("cold %1 %2").arg(i + 1).arg(evict ? QStringLiteral("(files evicted from page cache)")
                                                                               : QStringLiteral("(files in page cache)"));
        auto prepare = [&] {
            QFile::remove(dir.summaryCache());
            if (evict) {
                syncFileSystem(dir.root());
                result.residentPagesAfterEvict = evictFromPageCache(dir.sessions(), files, result.sampledPages);
            }
        };
        auto measured = measure(label, i == 0, prepare);
        if (!measured)
            return result;
        if (i == 0)
            coldOutput = std::move(measured->first.stdoutData);
        result.cold.append(measured->second);
    }
    if (!coldOutput.isEmpty()) {
        result.outputProblem = checkOutput(coldOutput, result.sessions, result.outputObjects);
        progress(QStringLiteral("output of cold 1: %1 objects, %2")
                     .arg(result.outputObjects)
                     .arg(result.outputProblem.isEmpty() ? QStringLiteral("valid") : result.outputProblem));
    }

    if (options.warmRuns > 0 && !stampOf(dir.summaryCache())) {
        // No cold run made it (--cold-runs 0): one unmeasured run writes it.
        if (!runOnce(QStringLiteral("writing the summary cache"), false))
            return result;
    }
    syncFileSystem(dir.root());
    const std::optional<FileStamp> cacheBefore = stampOf(dir.summaryCache());
    result.cacheBytes = cacheBefore ? cacheBefore->size : 0;
    for (int i = 0; i < options.warmRuns; ++i) {
        auto measured = measure(QStringLiteral("warm %1").arg(i + 1), i == 0, [] {});
        if (!measured)
            return result;
        if (i == 0)
            result.warmMatchesCold = !coldOutput.isEmpty() && measured->first.stdoutData == coldOutput;
        result.warm.append(measured->second);
    }
    result.cacheReused = cacheBefore && stampOf(dir.summaryCache()) == cacheBefore;
    return result;
}

} // namespace ListBench

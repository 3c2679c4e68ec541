#include "savebench.h"

#include "benchsessions.h"
#include "datadirectory.h"
#include "machineload.h"
#include "sessioncodec.h"
#include "sessionrepository.h"
#include "sessionsummary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace SaveBench {

namespace {

void progress(const QString &text)
{
    std::fprintf(stderr, "[saves] %s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

double nowSeconds()
{
    timespec ts {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// The reference: what a durable replace costs with nothing around it.
class PlainWriter
{
public:
    PlainWriter(const QString &folder, QByteArray bytes)
        : m_folder(QFile::encodeName(folder))
        , m_bytes(std::move(bytes))
    {
    }

    // Writes one file; returns false and sets error() on the first failure.
    bool writeNext()
    {
        char temp[4096], final[4096];
        std::snprintf(temp, sizeof temp, "%s/plain-%08d.json.tmp", m_folder.constData(), m_next);
        std::snprintf(final, sizeof final, "%s/plain-%08d.json", m_folder.constData(), m_next);
        ++m_next;
        const int fd = ::open(temp, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            return fail("open", temp);
        for (qsizetype done = 0; done < m_bytes.size();) {
            const ssize_t n = ::write(fd, m_bytes.constData() + done, size_t(m_bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                ::close(fd);
                return fail("write", temp);
            }
            done += n;
        }
        if (::fsync(fd) != 0) {
            ::close(fd);
            return fail("fsync", temp);
        }
        if (::close(fd) != 0)
            return fail("close", temp);
        if (::rename(temp, final) != 0)
            return fail("rename", final);
        const int dirFd = ::open(m_folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dirFd < 0)
            return fail("open", m_folder.constData());
        const bool synced = ::fsync(dirFd) == 0;
        ::close(dirFd);
        return synced || fail("fsync", m_folder.constData());
    }

    const QString &error() const { return m_error; }

private:
    bool fail(const char *what, const char *path)
    {
        m_error = QStringLiteral("%1 %2: %3").arg(QLatin1StringView(what), QFile::decodeName(path),
                                                  QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }

    QByteArray m_folder;
    QByteArray m_bytes;
    int m_next = 0;
    QString m_error;
};

// Runs count writes, timing each; returns an error or an empty string.
template <typename Write>
QString timedBatch(int count, Variant *into, Write write)
{
    const double start = nowSeconds();
    double before = start;
    for (int i = 0; i < count; ++i) {
        if (QString error = write(); !error.isEmpty())
            return error;
        const double after = nowSeconds();
        if (into)
            into->latenciesMs.append((after - before) * 1e3);
        before = after;
    }
    if (into) {
        const double seconds = before - start;
        into->files += count;
        into->seconds += seconds;
        into->roundRates.append(seconds > 0 ? count / seconds : 0);
    }
    return {};
}

SizeResult runSize(const BenchOptions &options, const QString &folder, int targetBytes)
{
    SizeResult result;
    result.targetBytes = targetBytes;
    const Session model = BenchSessions::ofSize(targetBytes);
    const QString plainFolder = folder + QStringLiteral("/plain");
    const DataDirectory storeDir(folder + QStringLiteral("/store"));
    if (!QDir().mkpath(plainFolder)) {
        result.error = QStringLiteral("cannot create %1").arg(plainFolder);
        return result;
    }
    SessionRepository repository(storeDir);
    if (Status s = repository.open(); !s) {
        result.error = s.error();
        return result;
    }
    // The same bytes the store writes for this session: its id, number and savedAt have the
    // same lengths as the ones save() gives.
    Session shaped = model;
    shaped.id = repository.newId(model.startTime);
    shaped.sessionNumber = 1;
    shaped.savedAt = model.startTime;
    PlainWriter plain(plainFolder, SessionCodec::encode(shaped));
    result.plain.fileBytes = SessionCodec::encode(shaped).size();

    // What save() spends before the disk: encoding and the summary with its fingerprint.
    constexpr int CpuRepeats = 200;
    double start = nowSeconds();
    qsizetype sink = 0;
    for (int i = 0; i < CpuRepeats; ++i)
        sink += SessionCodec::encode(shaped).size();
    result.encodeMicros = (nowSeconds() - start) * 1e6 / CpuRepeats;
    start = nowSeconds();
    for (int i = 0; i < CpuRepeats; ++i)
        sink += SessionSummary::of(shaped).messageCount;
    result.summaryMicros = (nowSeconds() - start) * 1e6 / CpuRepeats;
    Q_UNUSED(sink);

    QString lastId;
    auto storeOne = [&]() -> QString {
        Result<SessionSummary> saved = repository.save(model);
        if (!saved)
            return saved.error();
        lastId = saved->id;
        return {};
    };
    auto plainOne = [&]() -> QString { return plain.writeNext() ? QString() : plain.error(); };

    progress(QStringLiteral("%1 bytes: %2 saves per variant in batches of %3, after %4 unmeasured each")
                 .arg(result.plain.fileBytes).arg(options.saves).arg(options.batch).arg(options.warmup));
    if (QString e = timedBatch(options.warmup, nullptr, storeOne); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    if (QString e = timedBatch(options.warmup, nullptr, plainOne); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    double busy = 0;
    if (options.idleWaitSeconds > 0
        && !MachineLoad::waitUntilIdle(options.idleCores, std::chrono::seconds(options.idleWaitSeconds), busy))
        progress(QStringLiteral("other processes still keep %1 cores busy after %2 s; measuring anyway")
                     .arg(busy, 0, 'f', 2).arg(options.idleWaitSeconds));
    QElapsedTimer clock;
    clock.start();
    const int plannedRounds = (options.saves + options.batch - 1) / options.batch;
    int attemptNumber = 0;
    for (int done = 0; done < options.saves; ++attemptNumber) {
        if (clock.elapsed() > qint64(options.saveSecondsLimit) * 1000) {
            result.stoppedByTimeLimit = true;
            progress(QStringLiteral("%1 bytes: time limit of %2 s reached after %3 rounds")
                         .arg(targetBytes).arg(options.saveSecondsLimit).arg(result.rounds));
            break;
        }
        const int count = qMin(options.batch, options.saves - done);
        // ABBA order, so neither variant always runs right after the other.
        const bool storeFirst = attemptNumber % 2 == 0;
        Variant roundStore, roundPlain;
        const MachineLoad roundLoad;
        const double roundStart = nowSeconds();
        for (int half = 0; half < 2; ++half) {
            const bool doStore = (half == 0) == storeFirst;
            QString e = doStore ? timedBatch(count, &roundStore, storeOne) : timedBatch(count, &roundPlain, plainOne);
            if (!e.isEmpty()) {
                result.error = e;
                return result;
            }
        }
        const double roundWall = nowSeconds() - roundStart;
        const double others = roundLoad.othersCpuSeconds();
        const double storeRate = roundStore.roundRates.constLast(), plainRate = roundPlain.roundRates.constLast();
        // A round during which others were busy says more about them than about the store: it is
        // measured again, at most as many times as there are rounds.
        if (others > options.idleCores * roundWall && result.discardedRounds < plannedRounds && options.busyRetries > 0) {
            ++result.discardedRounds;
            progress(QStringLiteral("%1 bytes: round discarded, others used %2 s CPU in %3 s (store %4, plain %5 files/s)")
                         .arg(targetBytes).arg(others, 0, 'f', 2).arg(roundWall, 0, 'f', 2)
                         .arg(storeRate, 0, 'f', 0).arg(plainRate, 0, 'f', 0));
            continue;
        }
        result.store.add(roundStore);
        result.plain.add(roundPlain);
        result.othersCpuSeconds += others;
        result.roundRatios.append(storeRate / plainRate);
        done += count;
        ++result.rounds;
        progress(QStringLiteral("%1 bytes, round %2: store %3 files/s, plain %4 files/s")
                     .arg(targetBytes).arg(result.rounds).arg(storeRate, 0, 'f', 0).arg(plainRate, 0, 'f', 0));
    }
    result.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    result.store.fileBytes = QFileInfo(storeDir.sessions() + QLatin1Char('/') + lastId + QStringLiteral(".json")).size();
    return result;
}

} // namespace

double Variant::latencyPercentileMs(double p) const
{
    if (latenciesMs.isEmpty())
        return 0;
    QList<double> sorted = latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype index = qBound<qsizetype>(0, qsizetype(p / 100 * double(sorted.size() - 1) + 0.5), sorted.size() - 1);
    return sorted.at(index);
}

void Variant::add(const Variant &other)
{
    files += other.files;
    seconds += other.seconds;
    latenciesMs += other.latenciesMs;
    roundRates += other.roundRates;
}

double SizeResult::medianRoundRatio() const
{
    return median(roundRatios);
}

QList<SizeResult> run(const BenchOptions &options, const QString &scratchDir)
{
    QList<SizeResult> results;
    for (int bytes : options.saveSizes) {
        // Fresh folders per size; they are removed with the scratch folder at the very end, since
        // the disk is slower right after many deletions.
        const QString folder = scratchDir + QStringLiteral("/saves-%1").arg(bytes);
        results.append(runSize(options, folder, bytes));
        if (!results.constLast().error.isEmpty())
            progress(QStringLiteral("%1 bytes: %2").arg(bytes).arg(results.constLast().error));
    }
    return results;
}

} // namespace SaveBench

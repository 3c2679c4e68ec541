#include "importbench.h"

#include "captureengine.h"
#include "childprocess.h"
#include "machineload.h"
#include "pcapfile.h"
#include "sessioncodec.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

namespace ImportBench {

namespace {

void progress(const QString &text)
{
    std::fprintf(stderr, "[import] %s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

double cpuSeconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

// Flushes what earlier runs wrote, so their write-back does not land in the next measurement.
void syncFileSystem(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
}

void waitForCalm(const BenchOptions &options)
{
    double busy = 0;
    if (options.idleWaitSeconds > 0
        && !MachineLoad::waitUntilIdle(options.idleCores, std::chrono::seconds(options.idleWaitSeconds), busy))
        progress(QStringLiteral("other processes still keep %1 cores busy after %2 s; measuring anyway")
                     .arg(busy, 0, 'f', 2).arg(options.idleWaitSeconds));
}

QString describe(const Run &r)
{
    QString text = QStringLiteral("%1 s (user %2 s, system %3 s").arg(r.wallSeconds, 0, 'f', 2).arg(r.userSeconds, 0, 'f', 2).arg(r.systemSeconds, 0, 'f', 2);
    if (r.peakRssKiB > 0)
        text += QStringLiteral(", peak RSS %1 MiB").arg(double(r.peakRssKiB) / 1024, 0, 'f', 1);
    return text + QStringLiteral("), others used %1 s CPU meanwhile").arg(r.othersCpuSeconds, 0, 'f', 1);
}

// What `import` does with a capture, in this process and without the store: the same loop as
// importCaptureFile(), with the sessions dropped (or only encoded) instead of saved.
std::optional<Run> pipeline(const QString &path, bool encode, PipelineCounts &counts, QString &error)
{
    counts = {};
    rusage before{}, after{};
    ::getrusage(RUSAGE_SELF, &before);
    QElapsedTimer clock;
    clock.start();
    auto opened = PcapFile::open(path);
    if (!opened) {
        error = opened.error();
        return std::nullopt;
    }
    PcapFile &file = *opened.value();
    CaptureEngine engine{CaptureSettings{}};
    auto take = [&] {
        for (const Session &s : engine.takeCompleted()) {
            ++counts.sessions;
            counts.messages += int(s.messages.size());
            if (!s.complete)
                ++counts.incompleteSessions;
            if (encode)
                counts.jsonBytes += SessionCodec::encode(s).size();
        }
    };
    QByteArrayView frame;
    qint64 timestampUs = 0, lastUs = 0;
    PcapFile::Next next;
    while ((next = file.next(frame, timestampUs)) == PcapFile::Next::Frame) {
        engine.addFrame(file.linkType(), frame, timestampUs);
        lastUs = timestampUs;
        take();
    }
    if (next == PcapFile::Next::Error) {
        error = file.error();
        return std::nullopt;
    }
    engine.finish(lastUs);
    take();
    counts.packets = engine.frames();
    Run r;
    r.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    ::getrusage(RUSAGE_SELF, &after);
    r.userSeconds = cpuSeconds(after.ru_utime) - cpuSeconds(before.ru_utime);
    r.systemSeconds = cpuSeconds(after.ru_stime) - cpuSeconds(before.ru_stime);
    return r;
}

Run runOf(const ChildRun &child, const MachineLoad &load)
{
    return {child.wallSeconds, child.userSeconds, child.systemSeconds, child.peakRssKiB, load.othersCpuSeconds()};
}

QString childFailure(const QString &what, const ChildRun &run)
{
    return QStringLiteral("%1: %2 (exit %3) %4")
        .arg(what, run.timedOut ? QStringLiteral("timed out") : run.error)
        .arg(run.exitCode)
        .arg(QString::fromLocal8Bit(run.stderrData.left(2'000)).trimmed());
}

int syncFolder(const QByteArray &folder)
{
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    const int rc = ::fsync(fd);
    ::close(fd);
    return rc;
}

// Writes the files of `from` into the new folder `to` the way a durable save does; returns the
// seconds spent writing and syncing (reading the files back is not counted).
std::optional<double> writePlain(const QString &from, const QString &to, bool syncFolderEachFile, QString &error)
{
    QDir(to).removeRecursively();
    if (!QDir().mkpath(to)) {
        error = QStringLiteral("cannot create %1").arg(to);
        return std::nullopt;
    }
    const QByteArray folder = QFile::encodeName(to);
    syncFileSystem(to);
    QElapsedTimer clock;
    qint64 writingNs = 0;
    QDirIterator files(from, {QStringLiteral("*.json")}, QDir::Files);
    while (files.hasNext()) {
        files.next();
        QFile in(files.filePath());
        if (!in.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("cannot read %1").arg(files.filePath());
            return std::nullopt;
        }
        const QByteArray bytes = in.readAll();
        const QByteArray target = folder + '/' + QFile::encodeName(files.fileName());
        const QByteArray temporary = target + ".tmp";
        clock.start();
        const int fd = ::open(temporary.constData(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
        bool ok = fd >= 0 && ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size() && ::fdatasync(fd) == 0;
        if (fd >= 0)
            ok = ::close(fd) == 0 && ok;
        ok = ok && ::rename(temporary.constData(), target.constData()) == 0;
        ok = ok && (!syncFolderEachFile || syncFolder(folder) == 0);
        writingNs += clock.nsecsElapsed();
        if (!ok) {
            error = QStringLiteral("plain write of %1 failed").arg(QFile::decodeName(target));
            return std::nullopt;
        }
    }
    clock.start();
    if (!syncFolderEachFile && syncFolder(folder) != 0) {
        error = QStringLiteral("cannot sync %1").arg(to);
        return std::nullopt;
    }
    writingNs += clock.nsecsElapsed();
    return double(writingNs) / 1e9;
}

qint64 countLines(const QByteArray &text)
{
    return text.count('\n') + (text.isEmpty() || text.endsWith('\n') ? 0 : 1);
}

void compare(Result &result, const QString &what, qint64 found, qint64 expected)
{
    if (found != expected)
        result.problems.append(QStringLiteral("%1: %2, the file holds %3").arg(what).arg(found).arg(expected));
}

} // namespace

double Result::median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

namespace {
QList<double> wallTimes(const QList<Run> &runs)
{
    QList<double> values;
    for (const Run &r : runs)
        values.append(r.wallSeconds);
    return values;
}
} // namespace

double Result::importMedianSeconds() const { return median(wallTimes(importRuns)); }
double Result::engineMedianSeconds() const { return median(wallTimes(engineRuns)); }
double Result::encodeMedianSeconds() const { return median(wallTimes(encodeRuns)); }
double Result::tsharkMedianSeconds() const { return median(wallTimes(tsharkRuns)); }

qint64 Result::importMedianRssKiB() const
{
    QList<double> values;
    for (const Run &r : importRuns)
        values.append(double(r.peakRssKiB));
    return qint64(median(values));
}

double Result::speedup() const
{
    const double import = importMedianSeconds();
    return import > 0 && !tsharkRuns.isEmpty() ? tsharkMedianSeconds() / import : 0;
}

double Result::engineSpeedup() const
{
    const double engine = engineMedianSeconds();
    return engine > 0 && !tsharkRuns.isEmpty() ? tsharkMedianSeconds() / engine : 0;
}

double Result::diskShare() const
{
    const double import = importMedianSeconds();
    return import > 0 ? plainFolderOnceSeconds / import : 0;
}

Result run(const BenchOptions &options, const QString &scratchDir)
{
    Result result;
    result.cli = options.cli;
    result.generated = options.captureFile.isEmpty();
    result.captureFile = result.generated ? scratchDir + QStringLiteral("/import-capture.pcap") : options.captureFile;
    const std::chrono::milliseconds timeout(qint64(options.childTimeoutSeconds) * 1000);

    if (result.generated) {
        CaptureGenerator::Options g;
        g.seed = options.captureSeed;
        g.targetBytes = qint64(options.captureMegabytes) * 1'000'000;
        g.devices = options.captureDevices;
        progress(QStringLiteral("generating a %1 MB MLLP capture (seed %2, %3 devices) in %4")
                     .arg(options.captureMegabytes).arg(g.seed).arg(g.devices).arg(result.captureFile));
        result.generator = CaptureGenerator::write(result.captureFile, g);
        if (!result.generator.error.isEmpty()) {
            result.error = result.generator.error;
            return result;
        }
        const CaptureGenerator::Summary &s = result.generator;
        result.wireMessages = s.messages + s.acknowledgements;
        result.deviceMessages = s.messages;
        progress(QStringLiteral("%1 bytes, %2 packets, %3 connections, %4 ORU^R01 + %5 ACK, %6 split over segments, "
                                "%7 segments shared by messages, %8 min of traffic; written in %9 s")
                     .arg(s.fileBytes).arg(s.packets).arg(s.connections).arg(s.messages).arg(s.acknowledgements)
                     .arg(s.splitMessages).arg(s.sharedSegments)
                     .arg(double(s.lastTimestampUs - s.firstTimestampUs) / 60e6, 0, 'f', 1)
                     .arg(s.seconds, 0, 'f', 1));
    }
    result.fileBytes = QFileInfo(result.captureFile).size();
    if (result.fileBytes <= 0) {
        result.error = QStringLiteral("%1 is missing or empty").arg(result.captureFile);
        return result;
    }
    // Every reader below finds the file in the page cache: this measures decoding, not the disk.
    {
        QFile f(result.captureFile);
        if (f.open(QIODevice::ReadOnly)) {
            QByteArray chunk(1 << 20, Qt::Uninitialized);
            while (f.read(chunk.data(), chunk.size()) > 0) {
            }
        }
    }
    syncFileSystem(scratchDir);

    // The engine alone, then with the JSON the store would write, in this process.
    for (bool encode : {false, true}) {
        QList<Run> &runs = encode ? result.encodeRuns : result.engineRuns;
        PipelineCounts &counts = encode ? result.encodeCounts : result.engineCounts;
        for (int i = 0; i < options.engineRuns; ++i) {
            waitForCalm(options);
            const MachineLoad load;
            QString error;
            std::optional<Run> r = pipeline(result.captureFile, encode, counts, error);
            if (!r) {
                result.error = error;
                return result;
            }
            r->othersCpuSeconds = load.othersCpuSeconds();
            runs.append(*r);
            progress(QStringLiteral("in process, %1 %2: %3").arg(encode ? QStringLiteral("engine + JSON encoding") : QStringLiteral("engine alone")).arg(i + 1).arg(describe(*r)));
        }
    }
    if (!result.generated) {
        result.deviceMessages = quint64(result.engineCounts.messages);
    } else if (options.engineRuns > 0) {
        compare(result, QStringLiteral("engine: packets"), qint64(result.engineCounts.packets), qint64(result.generator.packets));
        compare(result, QStringLiteral("engine: sessions"), result.engineCounts.sessions, qint64(result.generator.connections));
        compare(result, QStringLiteral("engine: messages"), result.engineCounts.messages, qint64(result.generator.messages));
        compare(result, QStringLiteral("engine: incomplete sessions"), result.engineCounts.incompleteSessions, 0);
    }

    // The real CLI into an empty folder, and tshark, taking turns so both see the same machine.
    // Each run gets a folder of its own, and all are deleted only at the end: ext4 without a
    // journal does not reuse the inodes of files deleted in the last minutes, and creating
    // files right after deleting thousands scans past each of them (seconds of system time).
    auto runFolder = [&](int run) { return scratchDir + QStringLiteral("/import-data-%1").arg(run); };
    QStringList folders;
    auto removeFolders = [&] {
        for (const QString &f : std::as_const(folders))
            QDir(f).removeRecursively();
    };
    result.dataDir = runFolder(1);
    result.tshark = options.tshark.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("tshark")) : options.tshark;
    if (result.tshark.isEmpty())
        progress(QStringLiteral("tshark not found: no comparison (apt-get install tshark)"));

    const QStringList tsharkArguments{QStringLiteral("-r"), result.captureFile, QStringLiteral("-Y"), QStringLiteral("hl7")};
    const int rounds = std::max(options.importRuns, result.tshark.isEmpty() ? 0 : options.tsharkRuns);
    for (int i = 0; i < rounds; ++i) {
        if (i < options.importRuns) {
            const QString dataDir = runFolder(i + 1);
            folders.append(dataDir);
            const QStringList importArguments{QStringLiteral("import"), result.captureFile, QStringLiteral("--data-dir"), dataDir};
            if (!QDir().mkpath(dataDir)) {
                result.error = QStringLiteral("cannot create %1").arg(dataDir);
                removeFolders();
                return result;
            }
            syncFileSystem(scratchDir);
            waitForCalm(options);
            progress(QStringLiteral("import %1: %2 %3").arg(i + 1).arg(options.cli, importArguments.join(QLatin1Char(' '))));
            const MachineLoad load;
            const ChildRun child = runChild(options.cli, importArguments, true, timeout);
            if (!child.succeeded()) {
                result.error = childFailure(QStringLiteral("import %1").arg(i + 1), child);
                removeFolders();
                return result;
            }
            result.importRuns.append(runOf(child, load));
            progress(QStringLiteral("import %1: %2").arg(i + 1).arg(describe(result.importRuns.constLast())));
            if (i == 0) {
                result.importReport = QJsonDocument::fromJson(child.stdoutData).object();
                QDirIterator files(result.dataDir + QStringLiteral("/sessions"), {QStringLiteral("*.json")}, QDir::Files);
                while (files.hasNext()) {
                    files.next();
                    ++result.sessionFiles;
                    result.sessionFileBytes += files.fileInfo().size();
                }
                const QJsonObject &r = result.importReport;
                const int sessions = r.value(QLatin1StringView("sessions")).toInt(-1);
                compare(result, QStringLiteral("import: sessions saved"), r.value(QLatin1StringView("imported")).toInt(-1), sessions);
                compare(result, QStringLiteral("import: session files"), result.sessionFiles, sessions);
                if (!r.value(QLatin1StringView("warnings")).toArray().isEmpty())
                    result.problems.append(QStringLiteral("import: warnings %1").arg(QString::fromUtf8(QJsonDocument(r.value(QLatin1StringView("warnings")).toArray()).toJson(QJsonDocument::Compact))));
                if (result.generated) {
                    compare(result, QStringLiteral("import: packets"), qint64(r.value(QLatin1StringView("packets")).toDouble(-1)), qint64(result.generator.packets));
                    compare(result, QStringLiteral("import: sessions"), sessions, qint64(result.generator.connections));
                    compare(result, QStringLiteral("import: messages"), r.value(QLatin1StringView("messages")).toInt(-1), qint64(result.generator.messages));
                    compare(result, QStringLiteral("import: incomplete sessions"), r.value(QLatin1StringView("incompleteSessions")).toInt(-1), 0);
                }
            }
        }
        if (!result.tshark.isEmpty() && i < options.tsharkRuns) {
            syncFileSystem(scratchDir);
            waitForCalm(options);
            progress(QStringLiteral("tshark %1: %2 %3").arg(i + 1).arg(result.tshark, tsharkArguments.join(QLatin1Char(' '))));
            const MachineLoad load;
            const ChildRun child = runChild(result.tshark, tsharkArguments, i == 0, timeout);
            if (!child.succeeded()) {
                result.error = childFailure(QStringLiteral("tshark %1").arg(i + 1), child);
                removeFolders();
                return result;
            }
            result.tsharkRuns.append(runOf(child, load));
            if (i == 0)
                result.tsharkFrames = countLines(child.stdoutData);
            progress(QStringLiteral("tshark %1: %2").arg(i + 1).arg(describe(result.tsharkRuns.constLast())));
        }
    }
    // What the disk alone needs for the first run's files.
    if (result.sessionFiles > 0) {
        for (bool eachFile : {true, false}) {
            const QString plainFolder = scratchDir + (eachFile ? QStringLiteral("/import-plain-each") : QStringLiteral("/import-plain-once"));
            folders.append(plainFolder);
            waitForCalm(options);
            QString error;
            const std::optional<double> seconds = writePlain(result.dataDir + QStringLiteral("/sessions"),
                                                             plainFolder, eachFile, error);
            if (!seconds) {
                result.error = error;
                removeFolders();
                return result;
            }
            (eachFile ? result.plainDurableSeconds : result.plainFolderOnceSeconds) = *seconds;
            progress(QStringLiteral("the same %1 files by a plain C loop, folder synced %2: %3 s")
                         .arg(result.sessionFiles)
                         .arg(eachFile ? QStringLiteral("after each file") : QStringLiteral("once"))
                         .arg(*seconds, 0, 'f', 2));
        }
    }
    removeFolders();

    // Which messages tshark decoded: one type per HL7 PDU, several in a frame separated by commas.
    if (!result.tshark.isEmpty() && options.tsharkRuns > 0) {
        QStringList arguments = tsharkArguments;
        arguments << QStringLiteral("-T") << QStringLiteral("fields") << QStringLiteral("-e") << QStringLiteral("hl7.message.type");
        waitForCalm(options);
        progress(QStringLiteral("tshark, counting messages: %1 %2").arg(result.tshark, arguments.join(QLatin1Char(' '))));
        const MachineLoad load;
        const ChildRun child = runChild(result.tshark, arguments, true, timeout);
        if (!child.succeeded()) {
            result.error = childFailure(QStringLiteral("tshark, counting messages"), child);
            return result;
        }
        result.tsharkFieldsRun = runOf(child, load);
        result.tsharkMessages = 0;
        for (const QByteArray &line : child.stdoutData.split('\n')) {
            if (!line.trimmed().isEmpty())
                result.tsharkMessages += line.count(',') + 1;
        }
        progress(QStringLiteral("tshark, counting messages: %1 messages; %2").arg(result.tsharkMessages).arg(describe(result.tsharkFieldsRun)));
        if (result.generated || result.wireMessages > 0)
            compare(result, QStringLiteral("tshark: HL7 messages"), result.tsharkMessages, qint64(result.wireMessages));
    }
    if (!result.generated)
        result.wireMessages = result.tsharkMessages > 0 ? quint64(result.tsharkMessages) : result.deviceMessages;
    for (const QString &p : std::as_const(result.problems))
        progress(QStringLiteral("PROBLEM %1").arg(p));
    return result;
}

} // namespace ImportBench

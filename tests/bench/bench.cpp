// The performance targets on this machine:
//  1. `hl7capture-cli list --json` of 100 000 sessions within 1.6 s and 190 MiB peak RSS,
//     cold (no summaries.cache: every file parsed) and warm (the cache is valid);
//  2. SessionRepository::save() reaching 80 % of a plain C durable-write loop's rate;
//  3. decoding a generated 512 MB MLLP capture at 200 MB/s or more and at least ten times as
//     fast as `tshark -r FILE -Y hl7` on the same file. `hl7capture-cli import` of it writes
//     ~7.5 bytes of JSON per byte of capture, so the disk bounds it: it is reported beside a
//     plain C loop writing the same files;
//  4. search over 100 000 sessions: warm queries in process well under a second, the index
//     within 150 MiB.
// Run by hand in a Release build, e.g.
//   build-bench/tests/bench/bench --work-dir /work/benchdata
//   build-bench/tests/bench/bench --only import

#include "benchoptions.h"
#include "importbench.h"
#include "searchbench.h"
#include "listbench.h"
#include "savebench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

constexpr int ExitOk = 0;
constexpr int ExitTargetMissed = 1;
constexpr int ExitBadUsage = 2;
constexpr int ExitFailed = 3;

std::optional<BenchOptions> parseOptions(const QCoreApplication &app, QString &error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the session store and the capture import against their targets: `list --json` of many "
        "sessions through the real hl7capture-cli (cold and warm), durable saves against a plain C write loop, "
        "`import` of a generated MLLP capture against tshark, and search over many sessions. Progress goes to stderr, the report to stdout."));
    parser.addHelpOption();
    const BenchOptions d;
    auto option = [&](const QString &name, const QString &help, const QString &value = {}, const QString &def = {}) {
        QCommandLineOption o(name, def.isEmpty() ? help : QStringLiteral("%1 Default: %2.").arg(help, def), value);
        if (!def.isEmpty())
            o.setDefaultValue(def);
        parser.addOption(o);
        return o;
    };
    const auto workDir = option(QStringLiteral("work-dir"), QStringLiteral("Where the scratch folder hl7bench-XXXXXX is made (GBs for 100 000 sessions)."), QStringLiteral("dir"), QDir::tempPath());
    const auto keep = option(QStringLiteral("keep"), QStringLiteral("Keep the scratch folder."));
    const auto json = option(QStringLiteral("json"), QStringLiteral("Print the report as JSON instead of text."));
    const auto threads = option(QStringLiteral("threads"), QStringLiteral("Threads that generate the session files."), QStringLiteral("n"), QString::number(qMax(1, QThread::idealThreadCount())));
    const auto idleWait = option(QStringLiteral("idle-wait"), QStringLiteral("Before each measurement, wait at most this long until other processes keep fewer than --idle-cores busy; 0 does not wait."), QStringLiteral("s"), QString::number(d.idleWaitSeconds));
    const auto idleCores = option(QStringLiteral("idle-cores"), QStringLiteral("Cores others may keep busy and the machine still counts as calm."), QStringLiteral("n"), QString::number(d.idleCores));
    const auto busyRetries = option(QStringLiteral("busy-retries"), QStringLiteral("How often a list run or a save round is repeated when others were busy during it."), QStringLiteral("n"), QString::number(d.busyRetries));
    const auto timeout = option(QStringLiteral("timeout"), QStringLiteral("Seconds one CLI run may take before it is killed."), QStringLiteral("s"), QString::number(d.childTimeoutSeconds));
    const auto skipList = option(QStringLiteral("skip-list"), QStringLiteral("Do not measure list --json."));
    const auto cli = option(QStringLiteral("cli"), QStringLiteral("The hl7capture-cli to run."), QStringLiteral("path"), QStringLiteral(HL7_BENCH_DEFAULT_CLI));
    const auto dataDir = option(QStringLiteral("data-dir"), QStringLiteral("Measure this existing data folder instead of generating one (its summaries.cache is deleted and rebuilt)."), QStringLiteral("dir"));
    const auto sessions = option(QStringLiteral("sessions"), QStringLiteral("Sessions to generate."), QStringLiteral("n"), QString::number(d.sessions));
    const auto sessionBytes = option(QStringLiteral("session-bytes"), QStringLiteral("Approximate size of each generated session file."), QStringLiteral("bytes"), QString::number(d.sessionBytes));
    const auto coldRuns = option(QStringLiteral("cold-runs"), QStringLiteral("Runs without summaries.cache."), QStringLiteral("n"), QString::number(d.coldRuns));
    const auto warmRuns = option(QStringLiteral("warm-runs"), QStringLiteral("Runs with a valid summaries.cache; the median is reported."), QStringLiteral("n"), QString::number(d.warmRuns));
    const auto noEvict = option(QStringLiteral("no-evict"), QStringLiteral("Leave the files in the page cache for the first cold run too."));
    const auto targetSeconds = option(QStringLiteral("target-seconds"), QStringLiteral("Wall time target of list --json."), QStringLiteral("s"), QString::number(d.targetListSeconds));
    const auto targetRss = option(QStringLiteral("target-rss-mib"), QStringLiteral("Peak RSS target of list --json."), QStringLiteral("MiB"), QString::number(d.targetListRssMiB));
    const auto skipSaves = option(QStringLiteral("skip-saves"), QStringLiteral("Do not measure saves."));
    const auto saveSizes = option(QStringLiteral("save-sizes"), QStringLiteral("Comma-separated approximate file sizes of the saved sessions."), QStringLiteral("bytes,..."), QStringLiteral("2000,12000,60000"));
    const auto saves = option(QStringLiteral("saves"), QStringLiteral("Measured saves per variant and size."), QStringLiteral("n"), QString::number(d.saves));
    const auto batch = option(QStringLiteral("batch"), QStringLiteral("Saves per batch; store and plain batches alternate."), QStringLiteral("n"), QString::number(d.batch));
    const auto warmup = option(QStringLiteral("warmup"), QStringLiteral("Unmeasured saves per variant before the rounds."), QStringLiteral("n"), QString::number(d.warmup));
    const auto saveLimit = option(QStringLiteral("save-seconds"), QStringLiteral("Time budget per size; rounds stop early when it runs out."), QStringLiteral("s"), QString::number(d.saveSecondsLimit));
    const auto targetRatio = option(QStringLiteral("target-ratio"), QStringLiteral("Target of store rate / plain rate."), QStringLiteral("r"), QString::number(d.targetSaveRatio));
    const auto only = option(QStringLiteral("only"), QStringLiteral("Run only these benches: a comma-separated list of list, saves, import and search."), QStringLiteral("benches"));
    const auto skipImport = option(QStringLiteral("skip-import"), QStringLiteral("Do not measure the import of a capture."));
    const auto captureFile = option(QStringLiteral("capture-file"), QStringLiteral("Measure the import of this capture instead of generating one."), QStringLiteral("file"));
    const auto captureMb = option(QStringLiteral("capture-mb"), QStringLiteral("Size of the generated capture in MB (10^6 bytes)."), QStringLiteral("MB"), QString::number(d.captureMegabytes));
    const auto captureSeed = option(QStringLiteral("capture-seed"), QStringLiteral("Seed of the generated capture; the same seed gives the same file."), QStringLiteral("n"), QString::number(d.captureSeed));
    const auto captureDevices = option(QStringLiteral("capture-devices"), QStringLiteral("Analyzers in the generated capture, talking at the same time."), QStringLiteral("n"), QString::number(d.captureDevices));
    const auto engineRuns = option(QStringLiteral("engine-runs"), QStringLiteral("Runs of the capture engine in process (alone, and with JSON encoding)."), QStringLiteral("n"), QString::number(d.engineRuns));
    const auto importRuns = option(QStringLiteral("import-runs"), QStringLiteral("Runs of hl7capture-cli import; the median is reported."), QStringLiteral("n"), QString::number(d.importRuns));
    const auto tsharkRuns = option(QStringLiteral("tshark-runs"), QStringLiteral("Runs of tshark -r FILE -Y hl7; the median is reported. 0 skips tshark."), QStringLiteral("n"), QString::number(d.tsharkRuns));
    const auto tshark = option(QStringLiteral("tshark"), QStringLiteral("The tshark to run (default: from PATH)."), QStringLiteral("path"));
    const auto targetImport = option(QStringLiteral("target-import-mbps"), QStringLiteral("Import throughput target in MB/s of capture file."), QStringLiteral("MB/s"), QString::number(d.targetImportMBps));
    const auto targetTshark = option(QStringLiteral("target-tshark-factor"), QStringLiteral("Decoding speed target as a multiple of tshark's."), QStringLiteral("x"), QString::number(d.targetTsharkFactor));
    const auto skipSearch = option(QStringLiteral("skip-search"), QStringLiteral("Do not measure search."));
    const auto searchSessions = option(QStringLiteral("search-sessions"), QStringLiteral("Sessions to generate for the search bench."), QStringLiteral("n"), QString::number(d.searchSessions));
    parser.process(app);

    BenchOptions o;
    bool allOk = true;
    auto integer = [&](const QCommandLineOption &opt, int min) {
        bool ok = false;
        const int v = parser.value(opt).toInt(&ok);
        if (!ok || v < min) {
            error = QStringLiteral("--%1 must be a whole number >= %2").arg(opt.names().constFirst()).arg(min);
            allOk = false;
        }
        return v;
    };
    auto real = [&](const QCommandLineOption &opt) {
        bool ok = false;
        const double v = parser.value(opt).toDouble(&ok);
        if (!ok || v <= 0) {
            error = QStringLiteral("--%1 must be a positive number").arg(opt.names().constFirst());
            allOk = false;
        }
        return v;
    };
    o.workDir = parser.value(workDir);
    o.keep = parser.isSet(keep);
    o.json = parser.isSet(json);
    o.generatorThreads = integer(threads, 1);
    o.childTimeoutSeconds = integer(timeout, 1);
    o.idleWaitSeconds = integer(idleWait, 0);
    o.idleCores = real(idleCores);
    o.busyRetries = integer(busyRetries, 0);
    o.runList = !parser.isSet(skipList);
    o.cli = parser.value(cli);
    o.existingDataDir = parser.value(dataDir);
    o.sessions = integer(sessions, 1);
    o.sessionBytes = integer(sessionBytes, 500);
    o.coldRuns = integer(coldRuns, 0);
    o.warmRuns = integer(warmRuns, 0);
    o.evictPageCache = !parser.isSet(noEvict);
    o.targetListSeconds = real(targetSeconds);
    o.targetListRssMiB = real(targetRss);
    o.runSaves = !parser.isSet(skipSaves);
    o.saveSizes.clear();
    for (const QString &s : parser.value(saveSizes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = s.trimmed().toInt(&ok);
        if (!ok || v < 500) {
            error = QStringLiteral("--save-sizes: \"%1\" is not a size >= 500").arg(s);
            allOk = false;
        }
        o.saveSizes.append(v);
    }
    o.saves = integer(saves, 1);
    o.batch = integer(batch, 1);
    o.warmup = integer(warmup, 0);
    o.saveSecondsLimit = integer(saveLimit, 1);
    o.targetSaveRatio = real(targetRatio);
    o.runImport = !parser.isSet(skipImport);
    o.captureFile = parser.value(captureFile);
    o.captureMegabytes = integer(captureMb, 1);
    {
        bool ok = false;
        o.captureSeed = parser.value(captureSeed).toULongLong(&ok);
        if (!ok) {
            error = QStringLiteral("--capture-seed must be a whole number >= 0");
            allOk = false;
        }
    }
    o.captureDevices = integer(captureDevices, 1);
    o.engineRuns = integer(engineRuns, 0);
    o.importRuns = integer(importRuns, 1);
    o.tsharkRuns = integer(tsharkRuns, 0);
    o.tshark = parser.value(tshark);
    o.targetImportMBps = real(targetImport);
    o.targetTsharkFactor = real(targetTshark);
    o.runSearch = !parser.isSet(skipSearch);
    o.searchSessions = integer(searchSessions, 1);
    if (parser.isSet(only)) {
        const QStringList benches = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &b : benches) {
            if (b != u"list" && b != u"saves" && b != u"import" && b != u"search") {
                error = QStringLiteral("--only: \"%1\" is not one of list, saves, import, search").arg(b);
                allOk = false;
            }
        }
        o.runList = o.runList && benches.contains(QStringLiteral("list"));
        o.runSaves = o.runSaves && benches.contains(QStringLiteral("saves"));
        o.runImport = o.runImport && benches.contains(QStringLiteral("import"));
        o.runSearch = o.runSearch && benches.contains(QStringLiteral("search"));
    }
    if (allOk && !o.captureFile.isEmpty() && !QFileInfo(o.captureFile).isFile()) {
        error = QStringLiteral("--capture-file: %1 is not a file").arg(o.captureFile);
        allOk = false;
    }
    if (allOk && !o.tshark.isEmpty() && !QFileInfo(o.tshark).isExecutable()) {
        error = QStringLiteral("--tshark: %1 is not an executable").arg(o.tshark);
        allOk = false;
    }
    if (allOk && (o.runList || o.runImport || o.runSearch) && !QFileInfo(o.cli).isExecutable()) {
        error = QStringLiteral("--cli: %1 is not an executable").arg(o.cli);
        allOk = false;
    }
    if (allOk && !o.existingDataDir.isEmpty() && !QFileInfo(o.existingDataDir + QStringLiteral("/sessions")).isDir()) {
        error = QStringLiteral("--data-dir: %1 has no sessions folder").arg(o.existingDataDir);
        allOk = false;
    }
    return allOk ? std::optional<BenchOptions>(o) : std::nullopt;
}

double mib(qint64 kib)
{
    return double(kib) / 1024;
}

QJsonObject toJson(const ListBench::Measurement &m)
{
    return {{QStringLiteral("run"), m.label},
            {QStringLiteral("wallSeconds"), m.wallSeconds},
            {QStringLiteral("userSeconds"), m.userSeconds},
            {QStringLiteral("systemSeconds"), m.systemSeconds},
            {QStringLiteral("peakRssKiB"), double(m.peakRssKiB)},
            {QStringLiteral("stdoutBytes"), double(m.stdoutBytes)},
            {QStringLiteral("othersCpuSeconds"), m.othersCpuSeconds},
            {QStringLiteral("attempts"), m.attempts}};
}

QJsonObject toJson(const SaveBench::Variant &v)
{
    return {{QStringLiteral("files"), v.files},
            {QStringLiteral("seconds"), v.seconds},
            {QStringLiteral("filesPerSecond"), v.rate()},
            {QStringLiteral("fileBytes"), double(v.fileBytes)},
            {QStringLiteral("p50Ms"), v.latencyPercentileMs(50)},
            {QStringLiteral("p99Ms"), v.latencyPercentileMs(99)}};
}

QJsonObject toJson(const ImportBench::Run &r)
{
    return {{QStringLiteral("wallSeconds"), r.wallSeconds},
            {QStringLiteral("userSeconds"), r.userSeconds},
            {QStringLiteral("systemSeconds"), r.systemSeconds},
            {QStringLiteral("peakRssKiB"), double(r.peakRssKiB)},
            {QStringLiteral("othersCpuSeconds"), r.othersCpuSeconds}};
}

QJsonArray toJson(const QList<ImportBench::Run> &runs)
{
    QJsonArray array;
    for (const ImportBench::Run &r : runs)
        array.append(toJson(r));
    return array;
}

QJsonObject toJson(const BenchOptions &o, const ImportBench::Result &r)
{
    const CaptureGenerator::Summary &g = r.generator;
    auto figures = [&](double seconds) {
        return QJsonObject{{QStringLiteral("medianSeconds"), seconds},
                           {QStringLiteral("megabytesPerSecond"), r.megabytesPerSecond(seconds)},
                           {QStringLiteral("messagesPerSecond"), r.messagesPerSecond(seconds)}};
    };
    QJsonObject engine = figures(r.engineMedianSeconds());
    engine.insert(QStringLiteral("runs"), toJson(r.engineRuns));
    QJsonObject encode = figures(r.encodeMedianSeconds());
    encode.insert(QStringLiteral("runs"), toJson(r.encodeRuns));
    encode.insert(QStringLiteral("jsonBytes"), double(r.encodeCounts.jsonBytes));
    QJsonObject import = figures(r.importMedianSeconds());
    import.insert(QStringLiteral("runs"), toJson(r.importRuns));
    import.insert(QStringLiteral("medianPeakRssKiB"), double(r.importMedianRssKiB()));
    import.insert(QStringLiteral("report"), r.importReport);
    import.insert(QStringLiteral("sessionFiles"), r.sessionFiles);
    import.insert(QStringLiteral("sessionFileBytes"), double(r.sessionFileBytes));
    import.insert(QStringLiteral("plainDurableSeconds"), r.plainDurableSeconds);
    import.insert(QStringLiteral("plainFolderSyncedOnceSeconds"), r.plainFolderOnceSeconds);
    QJsonObject tshark = figures(r.tsharkMedianSeconds());
    tshark.insert(QStringLiteral("path"), r.tshark);
    tshark.insert(QStringLiteral("runs"), toJson(r.tsharkRuns));
    tshark.insert(QStringLiteral("frames"), double(r.tsharkFrames));
    tshark.insert(QStringLiteral("messages"), double(r.tsharkMessages));
    tshark.insert(QStringLiteral("fieldsRun"), toJson(r.tsharkFieldsRun));
    return {{QStringLiteral("error"), r.error},
            {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
            {QStringLiteral("cli"), o.cli},
            {QStringLiteral("captureFile"), r.captureFile},
            {QStringLiteral("generated"), r.generated},
            {QStringLiteral("fileBytes"), double(r.fileBytes)},
            {QStringLiteral("generator"), QJsonObject{{QStringLiteral("seed"), QString::number(o.captureSeed)},
                                                      {QStringLiteral("devices"), o.captureDevices},
                                                      {QStringLiteral("packets"), double(g.packets)},
                                                      {QStringLiteral("dataSegments"), double(g.dataSegments)},
                                                      {QStringLiteral("connections"), double(g.connections)},
                                                      {QStringLiteral("messages"), double(g.messages)},
                                                      {QStringLiteral("acknowledgements"), double(g.acknowledgements)},
                                                      {QStringLiteral("hl7Bytes"), double(g.hl7Bytes)},
                                                      {QStringLiteral("splitMessages"), double(g.splitMessages)},
                                                      {QStringLiteral("sharedSegments"), double(g.sharedSegments)},
                                                      {QStringLiteral("seconds"), g.seconds}}},
            {QStringLiteral("wireMessages"), double(r.wireMessages)},
            {QStringLiteral("engine"), engine},
            {QStringLiteral("engineAndEncoding"), encode},
            {QStringLiteral("import"), import},
            {QStringLiteral("tshark"), tshark},
            {QStringLiteral("speedup"), r.speedup()},
            {QStringLiteral("engineSpeedup"), r.engineSpeedup()},
            {QStringLiteral("diskShare"), r.diskShare()},

            {QStringLiteral("targetMegabytesPerSecond"), o.targetImportMBps},
            {QStringLiteral("targetTsharkFactor"), o.targetTsharkFactor}};
}

QJsonObject toJson(const BenchOptions &o, const ListBench::Result *list, const QList<SaveBench::SizeResult> &saves,
                   const ImportBench::Result *import)
{
    QJsonObject report{{QStringLiteral("cores"), QThread::idealThreadCount()},
                       {QStringLiteral("kernel"), QSysInfo::kernelVersion()}};
    if (list) {
        QJsonArray cold, warm;
        for (const auto &m : list->cold)
            cold.append(toJson(m));
        for (const auto &m : list->warm)
            warm.append(toJson(m));
        report.insert(QStringLiteral("list"), QJsonObject{
            {QStringLiteral("error"), list->error},
            {QStringLiteral("cli"), o.cli},
            {QStringLiteral("dataDir"), list->dataDir},
            {QStringLiteral("sessions"), list->sessions},
            {QStringLiteral("dataBytes"), double(list->dataBytes)},
            {QStringLiteral("generateSeconds"), list->generateSeconds},
            {QStringLiteral("residentPagesAfterEvict"), list->residentPagesAfterEvict},
            {QStringLiteral("cold"), cold},
            {QStringLiteral("warm"), warm},
            {QStringLiteral("warmMedianSeconds"), list->warmMedianSeconds()},
            {QStringLiteral("warmMedianPeakRssKiB"), double(list->warmMedianRssKiB())},
            {QStringLiteral("summaryCacheBytes"), double(list->cacheBytes)},
            {QStringLiteral("summaryCacheReused"), list->cacheReused},
            {QStringLiteral("outputObjects"), list->outputObjects},
            {QStringLiteral("outputProblem"), list->outputProblem},
            {QStringLiteral("warmOutputEqualsCold"), list->warmMatchesCold},
            {QStringLiteral("targetSeconds"), o.targetListSeconds},
            {QStringLiteral("targetPeakRssMiB"), o.targetListRssMiB}});
    }
    if (!saves.isEmpty()) {
        QJsonArray sizes;
        for (const SaveBench::SizeResult &s : saves) {
            QJsonArray ratios;
            for (double r : s.roundRatios)
                ratios.append(r);
            sizes.append(QJsonObject{{QStringLiteral("targetBytes"), s.targetBytes},
                                     {QStringLiteral("error"), s.error},
                                     {QStringLiteral("rounds"), s.rounds},
                                     {QStringLiteral("stoppedByTimeLimit"), s.stoppedByTimeLimit},
                                     {QStringLiteral("store"), toJson(s.store)},
                                     {QStringLiteral("plain"), toJson(s.plain)},
                                     {QStringLiteral("ratio"), s.ratio()},
                                     {QStringLiteral("medianRoundRatio"), s.medianRoundRatio()},
                                     {QStringLiteral("encodeMicros"), s.encodeMicros},
                                     {QStringLiteral("summaryMicros"), s.summaryMicros},
                                     {QStringLiteral("wallSeconds"), s.wallSeconds},
                                     {QStringLiteral("othersCpuSeconds"), s.othersCpuSeconds},
                                     {QStringLiteral("discardedRounds"), s.discardedRounds},
                                     {QStringLiteral("roundRatios"), ratios}});
        }
        report.insert(QStringLiteral("saves"), QJsonObject{{QStringLiteral("sizes"), sizes},
                                                           {QStringLiteral("targetRatio"), o.targetSaveRatio}});
    }
    if (import)
        report.insert(QStringLiteral("import"), toJson(o, *import));
    return report;
}

QString verdict(bool ok)
{
    return ok ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

bool importTargetsMet(const BenchOptions &o, const ImportBench::Result &r)
{
    const double seconds = r.engineMedianSeconds();
    return r.error.isEmpty() && r.problems.isEmpty() && r.megabytesPerSecond(seconds) >= o.targetImportMBps
        && (r.tsharkRuns.isEmpty() || r.engineSpeedup() >= o.targetTsharkFactor);
}

void printImport(QTextStream &out, const BenchOptions &o, const ImportBench::Result &r)
{
    const CaptureGenerator::Summary &g = r.generator;
    out << "\nimport: " << r.captureFile << ", " << QString::number(double(r.fileBytes) / 1e6, 'f', 1) << " MB";
    if (r.generated) {
        out << " (seed " << o.captureSeed << ", generated in " << QString::number(g.seconds, 'f', 1) << " s)\n  "
            << g.packets << " packets (" << g.dataSegments << " with data), " << g.connections << " MLLP connections from "
            << o.captureDevices << " devices to port 2575, " << g.messages << " ORU^R01 + " << g.acknowledgements
            << " ACK, " << g.splitMessages << " messages split over segments, " << g.sharedSegments
            << " segments shared by two or more messages";
    }
    out << "\n";
    if (!r.error.isEmpty())
        out << "  ERROR: " << r.error << "\n";
    for (const QString &p : r.problems)
        out << "  PROBLEM: " << p << "\n";
    out << "  messages/s counts the " << r.wireMessages << " HL7 messages in both directions (ORU^R01 and ACK)\n";
    out << "  " << qSetFieldWidth(44) << Qt::left << "what" << qSetFieldWidth(0) << "median s     MB/s   msgs/s  runs  peak RSS\n";
    auto row = [&](const QString &what, const QList<ImportBench::Run> &runs, double seconds, qint64 rssKiB) {
        if (runs.isEmpty())
            return;
        out << "  " << qSetFieldWidth(44) << Qt::left << what << Qt::right << qSetFieldWidth(8) << QString::number(seconds, 'f', 2)
            << qSetFieldWidth(9) << QString::number(r.megabytesPerSecond(seconds), 'f', 1) << qSetFieldWidth(9)
            << QString::number(r.messagesPerSecond(seconds), 'f', 0) << qSetFieldWidth(6) << runs.size() << qSetFieldWidth(0);
        if (rssKiB > 0)
            out << "  " << QString::number(double(rssKiB) / 1024, 'f', 0) << " MiB";
        QList<double> times;
        for (const ImportBench::Run &run : runs)
            times.append(run.wallSeconds);
        std::sort(times.begin(), times.end());
        out << "  (" << QString::number(times.constFirst(), 'f', 2) << "-" << QString::number(times.constLast(), 'f', 2) << " s)" << Qt::left << "\n";
    };
    row(QStringLiteral("engine alone, in process (no store)"), r.engineRuns, r.engineMedianSeconds(), 0);
    row(QStringLiteral("engine + JSON encoding, in process (no disk)"), r.encodeRuns, r.encodeMedianSeconds(), 0);
    row(QStringLiteral("hl7capture-cli import (durable store)"), r.importRuns, r.importMedianSeconds(), r.importMedianRssKiB());
    QList<double> tsharkRss;
    for (const ImportBench::Run &run : r.tsharkRuns)
        tsharkRss.append(double(run.peakRssKiB));
    row(QStringLiteral("tshark -r FILE -Y hl7"), r.tsharkRuns, r.tsharkMedianSeconds(), qint64(ImportBench::Result::median(tsharkRss)));
    out << "  " << o.cli << " import " << r.captureFile << " --data-dir EMPTYDIR\n";
    if (!r.importRuns.isEmpty()) {
        const double seconds = r.importMedianSeconds();
        out << "  durable saving: " << r.sessionFiles << " session files, " << QString::number(double(r.sessionFileBytes) / 1e6, 'f', 0)
            << " MB of JSON (" << QString::number(double(r.sessionFileBytes) / 1e6 / seconds, 'f', 0) << " MB/s, "
            << QString::number(r.sessionFiles / seconds, 'f', 0) << " files/s)";
        out << "\n";
        if (r.plainDurableSeconds > 0) {
            out << "  the disk alone, the same files by a plain C loop (write, fdatasync, rename): "
                << QString::number(r.plainDurableSeconds, 'f', 2) << " s with the folder synced after each file (as a single save), "
                << QString::number(r.plainFolderOnceSeconds, 'f', 2) << " s with it synced once (import: once a second); import at "
                << QString::number(r.megabytesPerSecond(r.plainDurableSeconds), 'f', 0) << " MB/s of capture at best\n";
        }
    }
    if (!r.tsharkRuns.isEmpty()) {
        out << "  " << r.tshark << " -r " << r.captureFile << " -Y hl7 > /dev/null: " << r.tsharkFrames << " HL7 frames";
        if (r.tsharkMessages >= 0)
            out << "; with -T fields -e hl7.message.type " << r.tsharkMessages << " messages in "
                << QString::number(r.tsharkFieldsRun.wallSeconds, 'f', 1) << " s";
        out << "\n";
        out << "  target: decoding " << QString::number(r.engineSpeedup(), 'f', 1) << "x tshark "
            << verdict(r.engineSpeedup() >= o.targetTsharkFactor) << " (>= " << o.targetTsharkFactor << "x); the durable import "
            << QString::number(r.speedup(), 'f', 1) << "x tshark\n";
    }
    const double mbps = r.megabytesPerSecond(r.engineMedianSeconds());
    out << "  target: decoding " << QString::number(mbps, 'f', 1) << " MB/s " << verdict(mbps >= o.targetImportMBps) << " (>= "
        << o.targetImportMBps << " MB/s)\n";
    if (!r.importRuns.isEmpty() && r.plainFolderOnceSeconds > 0)
        out << "  the durable import runs at " << QString::number(r.diskShare(), 'f', 2)
            << " of the speed of the plain C loop (folder synced once) writing its files\n";
}

void printText(QTextStream &out, const BenchOptions &o, const ListBench::Result *list, const QList<SaveBench::SizeResult> &saves,
               const ImportBench::Result *import)
{
    out << "HL7 Capture store bench (" << QThread::idealThreadCount() << " cores, kernel " << QSysInfo::kernelVersion() << ")\n";
    if (list) {
        out << "\nlist --json: " << list->sessions << " sessions, " << QString::number(double(list->dataBytes) / 1e6, 'f', 1)
            << " MB (" << QString::number(list->sessions ? double(list->dataBytes) / list->sessions : 0, 'f', 0) << " bytes/file)";
        if (list->generated)
            out << ", generated in " << QString::number(list->generateSeconds, 'f', 1) << " s";
        out << "\n  " << o.cli << " --data-dir " << list->dataDir << " list --json\n";
        if (!list->error.isEmpty())
            out << "  ERROR: " << list->error << "\n";
        auto line = [&](const ListBench::Measurement &m) {
            out << "  " << qSetFieldWidth(44) << Qt::left << m.label << qSetFieldWidth(0)
                << QString::number(m.wallSeconds, 'f', 3) << " s  (user " << QString::number(m.userSeconds, 'f', 2)
                << ", sys " << QString::number(m.systemSeconds, 'f', 2) << ")  peak RSS "
                << QString::number(mib(m.peakRssKiB), 'f', 1) << " MiB  others " << QString::number(m.othersCpuSeconds, 'f', 2)
                << " s CPU" << (m.attempts > 1 ? QStringLiteral(" (attempt %1)").arg(m.attempts) : QString()) << "\n";
        };
        for (const auto &m : list->cold)
            line(m);
        for (const auto &m : list->warm)
            line(m);
        if (list->residentPagesAfterEvict >= 0)
            out << "  page cache eviction before cold 1: " << list->residentPagesAfterEvict << " of " << list->sampledPages
                << " sampled pages still resident\n";
        out << "  output: " << list->outputObjects << " objects, "
            << (list->outputProblem.isEmpty() ? QStringLiteral("a valid array, newest first") : list->outputProblem)
            << "; warm output identical to cold: " << (list->warmMatchesCold ? "yes" : "no") << "\n";
        out << "  summaries.cache: " << QString::number(double(list->cacheBytes) / 1e6, 'f', 1) << " MB, "
            << (list->cacheReused ? "unchanged by the warm runs (every summary came from it)" : "REWRITTEN by a warm run (files were parsed)") << "\n";
        const double targetKiB = o.targetListRssMiB * 1024;
        for (const auto &m : list->cold) {
            out << "  target cold  " << m.label << ": time " << verdict(m.wallSeconds <= o.targetListSeconds) << ", RSS "
                << verdict(m.peakRssKiB <= targetKiB) << "\n";
        }
        if (!list->warm.isEmpty()) {
            out << "  target warm (median of " << list->warm.size() << "): " << QString::number(list->warmMedianSeconds(), 'f', 3)
                << " s " << verdict(list->warmMedianSeconds() <= o.targetListSeconds) << " (<= " << o.targetListSeconds << " s), "
                << QString::number(mib(list->warmMedianRssKiB()), 'f', 1) << " MiB "
                << verdict(list->warmMedianRssKiB() <= targetKiB) << " (<= " << o.targetListRssMiB << " MiB)\n";
        }
    }
    if (!saves.isEmpty()) {
        out << "\ndurable saves: SessionRepository::save() vs plain C loop (open tmp, write, fsync, close, rename, fsync folder),\n"
               "  interleaved in batches of " << o.batch << ", ABBA order\n";
        out << "  " << qSetFieldWidth(10) << Qt::left << "size" << "variant" << qSetFieldWidth(0)
            << "files   seconds  files/s   p50 ms  p99 ms\n";
        for (const SaveBench::SizeResult &s : saves) {
            if (!s.error.isEmpty())
                out << "  " << s.targetBytes << " bytes: ERROR " << s.error << "\n";
            auto row = [&](const char *name, const SaveBench::Variant &v) {
                out << "  " << qSetFieldWidth(10) << Qt::left << QString::number(v.fileBytes) << name << Qt::right
                    << qSetFieldWidth(5) << v.files << qSetFieldWidth(10) << QString::number(v.seconds, 'f', 2)
                    << qSetFieldWidth(9) << QString::number(v.rate(), 'f', 0) << qSetFieldWidth(9)
                    << QString::number(v.latencyPercentileMs(50), 'f', 2) << qSetFieldWidth(8)
                    << QString::number(v.latencyPercentileMs(99), 'f', 2) << qSetFieldWidth(0) << Qt::left << "\n";
            };
            row("store", s.store);
            row("plain", s.plain);
            QList<double> sorted = s.roundRatios;
            std::sort(sorted.begin(), sorted.end());
            out << "  " << qSetFieldWidth(10) << "" << qSetFieldWidth(0) << "ratio " << QString::number(s.ratio(), 'f', 3)
                << " (rounds: " << s.rounds;
            if (s.discardedRounds > 0)
                out << " + " << s.discardedRounds << " discarded";
            out << ", per-round median " << QString::number(s.medianRoundRatio(), 'f', 3)
                << ", min " << QString::number(sorted.isEmpty() ? 0 : sorted.constFirst(), 'f', 3) << ", max "
                << QString::number(sorted.isEmpty() ? 0 : sorted.constLast(), 'f', 3) << ") "
                << verdict(s.error.isEmpty() && s.ratio() >= o.targetSaveRatio) << " (>= " << o.targetSaveRatio << ")"
                << (s.stoppedByTimeLimit ? " [stopped by --save-seconds]" : "") << "\n";
            if (s.store.files > 0) {
                const double storeMicros = 1e6 / s.store.rate();
                const double plainMicros = 1e6 / s.plain.rate();
                out << "  " << qSetFieldWidth(10) << "" << qSetFieldWidth(0) << "per file: store "
                    << QString::number(storeMicros, 'f', 0) << " us, plain " << QString::number(plainMicros, 'f', 0)
                    << " us; CPU alone: encode " << QString::number(s.encodeMicros, 'f', 0) << " us, summary "
                    << QString::number(s.summaryMicros, 'f', 0) << " us; others used "
                    << QString::number(s.othersCpuSeconds, 'f', 1) << " s CPU during the counted rounds\n";
            }
        }
    }
    if (import)
        printImport(out, o, *import);
}

bool targetsMet(const BenchOptions &o, const ListBench::Result *list, const QList<SaveBench::SizeResult> &saves,
                const ImportBench::Result *import)
{
    bool met = true;
    if (list) {
        met = met && list->error.isEmpty() && list->outputProblem.isEmpty()
            && list->warmMedianSeconds() <= o.targetListSeconds && mib(list->warmMedianRssKiB()) <= o.targetListRssMiB;
        for (const auto &m : list->cold)
            met = met && m.wallSeconds <= o.targetListSeconds && mib(m.peakRssKiB) <= o.targetListRssMiB;
    }
    for (const SaveBench::SizeResult &s : saves)
        met = met && s.error.isEmpty() && s.ratio() >= o.targetSaveRatio;
    if (import)
        met = met && importTargetsMet(o, *import);
    return met;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hl7capture-bench"));
    QString error;
    const std::optional<BenchOptions> options = parseOptions(app, error);
    if (!options) {
        std::fprintf(stderr, "bench: %s\n", error.toLocal8Bit().constData());
        return ExitBadUsage;
    }
    const BenchOptions &o = *options;
    if (!QDir().mkpath(o.workDir)) {
        std::fprintf(stderr, "bench: cannot create %s\n", o.workDir.toLocal8Bit().constData());
        return ExitBadUsage;
    }
    QTemporaryDir scratch(o.workDir + QStringLiteral("/hl7bench-XXXXXX"));
    if (!scratch.isValid()) {
        std::fprintf(stderr, "bench: cannot create a folder in %s: %s\n", o.workDir.toLocal8Bit().constData(),
                     scratch.errorString().toLocal8Bit().constData());
        return ExitFailed;
    }
    scratch.setAutoRemove(!o.keep);
    std::fprintf(stderr, "[bench] scratch folder %s%s\n", scratch.path().toLocal8Bit().constData(), o.keep ? " (kept)" : "");

    // Saves first, on a quiet disk; the list data is generated after them, and everything is
    // deleted only at the end.
    QList<SaveBench::SizeResult> saves;
    if (o.runSaves)
        saves = SaveBench::run(o, scratch.path());
    std::optional<ListBench::Result> list;
    if (o.runList)
        list = ListBench::run(o, scratch.path());
    std::optional<ImportBench::Result> import;
    if (o.runImport)
        import = ImportBench::run(o, scratch.path());
    SearchBench::Options so;
    so.cli = o.cli;
    so.sessions = o.searchSessions;
    so.threads = o.generatorThreads;
    so.childTimeoutSeconds = o.childTimeoutSeconds;
    std::optional<SearchBench::Result> search;
    if (o.runSearch)
        search = SearchBench::run(so, scratch.path());

    const ListBench::Result *listResult = list ? &*list : nullptr;
    const ImportBench::Result *importResult = import ? &*import : nullptr;
    QTextStream out(stdout);
    if (o.json) {
        QJsonObject report = toJson(o, listResult, saves, importResult);
        if (search)
            report.insert(QStringLiteral("search"), SearchBench::toJson(so, *search));
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        printText(out, o, listResult, saves, importResult);
        if (search)
            out << "\n" << SearchBench::report(so, *search);
    }
    out.flush();

    bool failed = (list && !list->error.isEmpty()) || (import && !import->error.isEmpty())
        || (search && !search->error.isEmpty());
    for (const SaveBench::SizeResult &s : saves)
        failed = failed || !s.error.isEmpty();
    if (!o.keep)
        std::fprintf(stderr, "[bench] deleting %s\n", scratch.path().toLocal8Bit().constData());
    if (failed)
        return ExitFailed;
    const bool searchMet = !search || SearchBench::targetsMet(so, *search);
    return targetsMet(o, listResult, saves, importResult) && searchMet ? ExitOk : ExitTargetMissed;
}

// The store's performance targets on this machine:
//  1. `hl7capture-cli list --json` of 100 000 sessions within 1.6 s and 190 MiB peak RSS,
//     cold (no summaries.cache: every file parsed) and warm (the cache is valid);
//  2. SessionRepository::save() reaching 80 % of a plain C durable-write loop's rate.
// Run by hand in a Release build, e.g.
//   build-bench/tests/bench/bench --work-dir /work/benchdata

#include "benchoptions.h"
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
        "Measures the session store against its targets: `list --json` of many sessions through the real "
        "hl7capture-cli (cold and warm), and durable saves against a plain C write loop. Progress goes to "
        "stderr, the report to stdout."));
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
    if (allOk && o.runList && !QFileInfo(o.cli).isExecutable()) {
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

QJsonObject toJson(const BenchOptions &o, const ListBench::Result *list, const QList<SaveBench::SizeResult> &saves)
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
    return report;
}

QString verdict(bool ok)
{
    return ok ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

void printText(QTextStream &out, const BenchOptions &o, const ListBench::Result *list, const QList<SaveBench::SizeResult> &saves)
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
}

bool targetsMet(const BenchOptions &o, const ListBench::Result *list, const QList<SaveBench::SizeResult> &saves)
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

    const ListBench::Result *listResult = list ? &*list : nullptr;
    QTextStream out(stdout);
    if (o.json)
        out << QJsonDocument(toJson(o, listResult, saves)).toJson(QJsonDocument::Indented);
    else
        printText(out, o, listResult, saves);
    out.flush();

    bool failed = list && !list->error.isEmpty();
    for (const SaveBench::SizeResult &s : saves)
        failed = failed || !s.error.isEmpty();
    if (!o.keep)
        std::fprintf(stderr, "[bench] deleting %s\n", scratch.path().toLocal8Bit().constData());
    if (failed)
        return ExitFailed;
    return targetsMet(o, listResult, saves) ? ExitOk : ExitTargetMissed;
}

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Search over a folder of many sessions whose messages carry values of their own
// (BenchSessions::withOwnValues): hl7capture-cli search cold (no search.index: it is built and
// written) and warm (it is valid), and in process the index build, its load and the warm query
// times of SessionSearch, which is what the app's search box sees.
namespace SearchBench {

struct Options
{
    QString cli;                // hl7capture-cli
    QString existingDataDir;    // measure this folder instead of generating one (queries may match nothing)
    int sessions = 100'000;
    int sessionBytes = 18'000;  // three messages of ~650 bytes, ~10 OBX each
    int threads = 2;            // that generate the files
    int cliRuns = 3;            // warm CLI runs per query; the median counts
    int queryRuns = 9;          // warm in-process runs per query; the median counts
    int childTimeoutSeconds = 900;
    double targetQuerySeconds = 1.0; // warm query, in process: "well under a second"
    double targetIndexMiB = 150;     // the index in memory (the store's summaries come on top)
};

struct CliRun
{
    QString label;
    QString query;
    double wallSeconds = 0;
    double userSeconds = 0;
    double systemSeconds = 0;
    qint64 peakRssKiB = 0;
    int matches = -1;
    double othersCpuSeconds = 0;
};

struct QueryTiming
{
    QString label;
    QString query;
    int matches = 0;
    int verified = 0; // session files read per run to confirm a term
    double medianSeconds = 0;
    double minSeconds = 0;
    double maxSeconds = 0;
    double othersCpuSeconds = 0; // during all runs
};

struct Result
{
    QString error;
    QString dataDir;
    bool generated = false;
    int sessions = 0;
    qint64 dataBytes = 0;
    double generateSeconds = 0;

    CliRun coldCli;        // no search.index: every session file read, the index written
    QList<CliRun> warmCli; // search.index valid: median wall time, largest peak RSS
    CliRun listCli;        // list --json on the same folder, for comparison
    qint64 indexFileBytes = 0;

    double buildSeconds = 0;     // in process, no index: every file read and tokenized
    double loadSeconds = 0;      // in process: search.index read
    double catchUpSeconds = 0;   // in process: a catch-up that finds nothing to do
    qint64 indexMemoryBytes = 0; // SearchIndex::memoryBytes() after the build
    qint64 tokenEntries = 0;
    int segments = 0;
    QList<QueryTiming> queries;
    QStringList problems; // CLI and in-process answers that disagree, and the like
};

Result run(const Options &options, const QString &scratchDir);
QString report(const Options &options, const Result &result);
QJsonObject toJson(const Options &options, const Result &result);
bool targetsMet(const Options &options, const Result &result);

} // namespace SearchBench

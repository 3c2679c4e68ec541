#pragma once

#include "benchoptions.h"

#include <QList>
#include <QString>

// `hl7capture-cli --data-dir DIR list --json` over a folder of many sessions: cold (no
// summaries.cache, every file parsed) and warm (the cache written by the cold run is valid).
namespace ListBench {

struct Measurement
{
    QString label;
    double wallSeconds = 0;
    double userSeconds = 0;
    double systemSeconds = 0;
    qint64 peakRssKiB = 0;
    qint64 stdoutBytes = 0;
    double othersCpuSeconds = 0; // CPU used by other processes during the run
    int attempts = 1;            // more when others were busy; the calmest attempt is kept
};

struct Result
{
    QString error;             // empty when every run succeeded
    QString dataDir;
    bool generated = false;
    int sessions = 0;          // *.json files in DIR/sessions
    qint64 dataBytes = 0;
    double generateSeconds = 0;
    double syncSeconds = 0;
    int residentPagesAfterEvict = -1; // of a sample of files, -1 when not evicted
    int sampledPages = 0;
    QList<Measurement> cold;
    QList<Measurement> warm;
    qint64 cacheBytes = 0;
    bool cacheReused = false;  // summaries.cache untouched by the warm runs: no file was parsed
    int outputObjects = -1;
    QString outputProblem;     // empty when the output is an array of one summary per session
    bool warmMatchesCold = false;

    double warmMedianSeconds() const;
    qint64 warmMedianRssKiB() const;
};

Result run(const BenchOptions &options, const QString &scratchDir);

} // namespace ListBench

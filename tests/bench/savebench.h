#pragma once

#include "benchoptions.h"

#include <QList>
#include <QString>

// SessionRepository::save() against the plain durable write it stands for (open a temporary
// file, write, fsync, rename, fsync the folder), interleaved in batches so both see the same disk.
namespace SaveBench {

struct Variant
{
    int files = 0;
    double seconds = 0;
    qint64 fileBytes = 0;          // size of one file on disk
    QList<double> latenciesMs;     // per file
    QList<double> roundRates;      // files/s of each batch

    double rate() const { return seconds > 0 ? files / seconds : 0; }
    double latencyPercentileMs(double p) const;
    void add(const Variant &other);
};

struct SizeResult
{
    int targetBytes = 0;
    QString error;
    int rounds = 0;
    bool stoppedByTimeLimit = false;
    Variant store;
    Variant plain;
    QList<double> roundRatios;     // store rate / plain rate, per round
    double encodeMicros = 0;       // SessionCodec::encode() of one session, CPU only
    double summaryMicros = 0;      // SessionSummary::of() (with its SHA-256 fingerprint)
    double wallSeconds = 0;        // of all rounds
    double othersCpuSeconds = 0;   // CPU used by other processes during the counted rounds
    int discardedRounds = 0;       // measured again because others were busy

    double ratio() const { return plain.rate() > 0 ? store.rate() / plain.rate() : 0; }
    double medianRoundRatio() const;
};

QList<SizeResult> run(const BenchOptions &options, const QString &scratchDir);

} // namespace SaveBench

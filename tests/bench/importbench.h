#pragma once

#include "benchoptions.h"
#include "capturegenerator.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// `hl7capture-cli import FILE` of a large generated MLLP capture against `tshark -r FILE -Y hl7`
// on the same file, and the capture engine alone in this process (no store), so what durable
// saving costs is visible.
namespace ImportBench {

struct Run
{
    double wallSeconds = 0;
    double userSeconds = 0;
    double systemSeconds = 0;
    qint64 peakRssKiB = 0;       // CLI and tshark runs only
    double othersCpuSeconds = 0; // CPU used by other processes meanwhile
};

// What the in-process pipeline found; the same for every run.
struct PipelineCounts
{
    quint64 packets = 0;
    int sessions = 0;
    int messages = 0;
    int incompleteSessions = 0;
    qint64 jsonBytes = 0; // SessionCodec::encode() of every session (encode runs only)
};

struct Result
{
    QString error;                     // empty when every run succeeded
    QStringList problems;              // counts that disagree with what the file holds
    QString captureFile;
    bool generated = false;
    qint64 fileBytes = 0;
    CaptureGenerator::Summary generator; // when generated
    quint64 wireMessages = 0;          // HL7 messages in both directions (ORU^R01 and ACK)
    quint64 deviceMessages = 0;        // ORU^R01 only: what the import counts as messages

    QList<Run> engineRuns;             // CaptureEngine over the file, sessions dropped
    PipelineCounts engineCounts;
    QList<Run> encodeRuns;             // the same, plus SessionCodec::encode() of each session
    PipelineCounts encodeCounts;

    QString cli;
    QString dataDir;
    QList<Run> importRuns;             // hl7capture-cli import into an empty data folder
    QJsonObject importReport;          // the CLI's output of the first run
    int sessionFiles = 0;              // in DIR/sessions after the first run
    qint64 sessionFileBytes = 0;
    // The disk alone: the first run's session files written again by a plain C loop into an
    // empty folder (write to a temporary file, fdatasync, rename), with the folder synced after
    // every file as the store does, and once at the end instead.
    double plainDurableSeconds = 0;
    double plainFolderOnceSeconds = 0;

    QString tshark;                    // empty when tshark was not found
    QList<Run> tsharkRuns;             // tshark -r FILE -Y hl7, output drained
    qint64 tsharkFrames = -1;          // frames it printed: those where an HL7 PDU ended
    Run tsharkFieldsRun;               // tshark -r FILE -Y hl7 -T fields -e hl7.message.type
    qint64 tsharkMessages = -1;        // message types it listed, both directions

    static double median(QList<double> values);
    double importMedianSeconds() const;
    double engineMedianSeconds() const;
    double encodeMedianSeconds() const;
    double tsharkMedianSeconds() const;
    qint64 importMedianRssKiB() const;
    double megabytesPerSecond(double seconds) const { return seconds > 0 ? double(fileBytes) / 1e6 / seconds : 0; }
    double messagesPerSecond(double seconds) const { return seconds > 0 ? double(wireMessages) / seconds : 0; }
    double speedup() const;       // tshark median / import median
    double engineSpeedup() const; // tshark median / engine median: the same work, reading and decoding
    double diskShare() const;     // plain C loop, folder synced once / import median: 1 is the disk's own speed
};

Result run(const BenchOptions &options, const QString &scratchDir);

} // namespace ImportBench

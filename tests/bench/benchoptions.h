#pragma once

#include <QList>
#include <QString>

// Everything the bench can be told on its command line, with the defaults of the store's targets.
struct BenchOptions
{
    QString workDir;          // a fresh hl7bench-XXXXXX folder is made here and removed at the end
    bool keep = false;        // leave the generated folders behind
    bool json = false;        // the report as JSON instead of text
    int generatorThreads = 2;
    int childTimeoutSeconds = 600;
    int idleWaitSeconds = 60;   // before each measurement, wait at most this long for others to calm down
    double idleCores = 0.3;     // "calm": others keep fewer cores than this busy
    int busyRetries = 3;        // a measurement during which others were not calm is repeated this often

    // list --json
    bool runList = true;
    QString cli;
    QString existingDataDir;  // measure this folder instead of generating one (left untouched but for its cache)
    int sessions = 100'000;
    int sessionBytes = 12'000;
    int coldRuns = 2;
    int warmRuns = 5;
    bool evictPageCache = true; // the first cold run reads the files from disk, as after a reboot
    double targetListSeconds = 1.6;
    double targetListRssMiB = 190;

    // durable saves
    bool runSaves = true;
    QList<int> saveSizes{2'000, 12'000, 60'000};
    int saves = 3'000;        // per variant and size
    int batch = 200;
    int warmup = 20;
    int saveSecondsLimit = 240; // per size; the rounds stop early, still balanced, when it runs out
    double targetSaveRatio = 0.80;

    // import of a capture file, against tshark
    bool runImport = true;
    QString captureFile;      // measure this capture instead of generating one
    quint64 captureSeed = 1;
    int captureMegabytes = 512; // size of the generated capture, in 10^6 bytes
    int captureDevices = 8;
    int engineRuns = 3;       // in process: the engine alone, then with JSON encoding
    int importRuns = 3;       // hl7capture-cli import; the median counts
    int tsharkRuns = 3;       // tshark -r FILE -Y hl7; the median counts
    QString tshark;           // empty: found on PATH
    // Decoding a capture (the engine: what tshark does too) at least this fast. The durable
    // import writes ~7.5 bytes of Electron-format JSON per byte of capture, so the disk bounds
    // it; it is reported beside a plain C loop writing the same files.
    double targetImportMBps = 200;
    double targetTsharkFactor = 10;

    // search over many sessions
    bool runSearch = true;
    int searchSessions = 100'000;
};

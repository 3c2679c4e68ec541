#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>

// One run of a child process, measured from the outside the way /usr/bin/time does it.
struct ChildRun
{
    QString error;            // why it could not run, or how it ended badly
    bool timedOut = false;
    int exitCode = -1;
    double wallSeconds = 0;   // spawn until reaped, with its output drained
    double userSeconds = 0;
    double systemSeconds = 0;
    qint64 peakRssKiB = 0;    // wait4() ru_maxrss of this child alone
    qint64 stdoutBytes = 0;
    QByteArray stdoutData;    // only when asked to keep it
    QByteArray stderrData;    // the first 64 KiB

    bool succeeded() const { return error.isEmpty() && !timedOut && exitCode == 0; }
};

// Spawns program with stdin from /dev/null and both outputs on pipes that are drained while it
// runs (so a full pipe never stalls it); kills it after timeout.
ChildRun runChild(const QString &program, const QStringList &arguments, bool keepStdout,
                  std::chrono::milliseconds timeout);

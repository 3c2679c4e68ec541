#pragma once

#include "captureengine.h"
#include "result.h"

#include <QJsonObject>

class SessionRepository;

struct CaptureImportReport
{
    quint64 packets = 0;
    quint64 bytes = 0;
    int sessions = 0;           // found in the capture
    int messages = 0;
    int incompleteSessions = 0;
    int imported = 0;           // stored now
    int skipped = 0;            // already in the store: the same capture imported before
    QStringList warnings;

    // `hl7capture-cli import`: packets, bytes, sessions, messages, incompleteSessions, warnings,
    // and imported and skipped.
    QJsonObject toJson() const;
};

// Reads a capture file (pcap or pcapng) into the store. A damaged or truncated file keeps the
// sessions before the damage and says where it stopped in the warnings.
Result<CaptureImportReport> importCaptureFile(const QString &path, const CaptureSettings &settings,
                                              SessionRepository &repository);

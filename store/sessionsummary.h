#pragma once

#include "session.h"

class JsonWriter;

#include <QList>
#include <QMetaType>

// What a list needs of a session: a few hundred bytes, so 100 000 of them fit in memory
// while the messages stay on disk until someone opens the session.
struct SessionSummary
{
    QString id;
    qint64 sessionNumber = 0;
    qint64 startTime = 0;
    std::optional<qint64> endTime;
    QString deviceIp;
    QString lisIp;
    int messageCount = 0;
    QStringList messageTypes; // distinct MSH-9 values in order of first appearance
    bool complete = false;
    SubmissionStatus submissionStatus = SubmissionStatus::Pending;
    int submissionAttempts = 0;
    std::optional<qint64> submittedAt;
    QString submissionError;
    std::optional<qint64> lastSubmissionAttemptAt;
    std::optional<qint64> nextSubmissionAttemptAt;
    int retentionDays = DefaultRetentionDays;
    qint64 savedAt = 0;
    QByteArray fingerprint; // identity of the captured traffic, to recognise the same capture twice
    bool unsaved = false;   // held in memory because the last write failed

    qint64 persistedUntil() const { return startTime + qint64(retentionDays) * MillisecondsPerDay; }

    static SessionSummary of(const Session &session);

    // The fields of `list --json`: the contract scripts rely on.
    void writeJson(JsonWriter &writer) const;

    friend bool operator==(const SessionSummary &, const SessionSummary &) = default;
};

// Newest first; the id breaks ties so the order is stable.
bool isNewer(const SessionSummary &a, const SessionSummary &b);
void sortNewestFirst(QList<SessionSummary> &summaries);

// MSH-9 of an HL7 message, read with the field separator the message declares.
QString messageTypeOf(QStringView message);

// A digest of what was captured (addresses, times, bytes), independent of submission state and
// of the id, so the same traffic imported twice is recognised.
QByteArray captureFingerprint(const Session &session);

Q_DECLARE_METATYPE(SessionSummary)

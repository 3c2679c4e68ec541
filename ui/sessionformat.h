#pragma once

#include "session.h"

#include <QColor>
#include <QString>

// How the detail view spells a session's times, durations and states. Functions of their
// arguments only: "now" is passed in, so a test can pin it.
namespace SessionFormat {

QString statusText(SubmissionStatus status);          // "Failed"
QColor statusColor(SubmissionStatus status);          // a colour readable on light and dark bases
QString elementTypeText(ElementType type);            // "Message", "ACK"
QString directionText(Direction direction);           // "Device → LIS"

QString dateTime(qint64 msSinceEpoch);                // "2026-11-01 12:20:00", local time
QString timeOfDay(qint64 msSinceEpoch);               // "12:20:00.125", local time
QString offset(qint64 ms);                            // "+0.125 s", "+75.000 s"
QString duration(qint64 ms);                          // "850 ms", "12.5 s", "4 min 05 s", "2 h 03 min"
// "in 12 days", "in 5 hours", "in 3 minutes", "now", "2 days ago", ... from now to then.
QString relative(qint64 then, qint64 now);
// "expires in 12 days", "expired 3 days ago".
QString expiry(qint64 expiresAt, qint64 now);

} // namespace SessionFormat

#pragma once

#include <QString>

// How the session list writes times: the local wall-clock time, how long ago that was, and how
// long a session lasted. Callers pass "now", so the texts follow a test clock as well.
namespace TimeText {

QString localDateTime(qint64 msSinceEpoch); // 2026-11-24 14:03:11
QString relative(qint64 msSinceEpoch, qint64 nowMs); // "2 hours ago", "just now", "in 5 minutes"
QString duration(qint64 ms); // "850 ms", "12.4 s", "3 min 04 s", "2 h 05 min"; empty when negative

} // namespace TimeText

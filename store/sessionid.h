#pragma once

#include <QString>

namespace SessionId {

// True when the id can name a file inside the sessions folder: no separators, no "..",
// no hidden or temporary names. Ids read from disk pass here before they become paths.
bool isSafe(QStringView id);

// A fresh id for a session that starts at startTimeMs: "session-<startTime>-<8 hex digits>".
// Callers still check it against the ids they know; the random part makes a clash with
// files written by another process negligible.
QString generate(qint64 startTimeMs);

QString fileNameFor(const QString &id);

} // namespace SessionId

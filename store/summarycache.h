#pragma once

#include "directoryscan.h"
#include "result.h"
#include "sessionsummary.h"

#include <QHash>

// The summaries of the last load, keyed by file name, so opening a store of 100 000 sessions
// reads one file instead of every session. Entries are trusted only while their file still has
// the same inode, size and modification time; a missing or damaged cache just means a full read.
struct CachedSummary
{
    FileStamp stamp;
    SessionSummary summary;
};

using SummaryTable = QHash<QString, CachedSummary>; // by session id

namespace SummaryCache {

SummaryTable load(const QString &path);
Status save(const QString &path, const SummaryTable &entries);

} // namespace SummaryCache

#pragma once

#include "datadirectory.h"
#include "session.h"

#include <QStringList>

#include <functional>
#include <optional>

// Reads session files for the search, on every core: building the index reads all of them once.
namespace SessionReader {

struct Outcome
{
    std::optional<Session> session;
    bool unreadable = false; // missing or not readable now: worth another try later; else damaged
};

// Reads and decodes DIR/sessions/{id}.json for each id and calls use(index, outcome) for it, on
// several threads at once (use must only touch what belongs to its index). An id that is not a
// plain file name (SessionId::isSafe) is never read and counts as damaged.
void readInParallel(const DataDirectory &dir, const QStringList &ids,
                    const std::function<void(qsizetype, Outcome &&)> &use);

} // namespace SessionReader

#pragma once

#include <QList>

struct SessionSummary;

namespace Cli {

class Context;

// What list prints: one line per session, or with json the array of summaries that
// `list --json` promises (search prints its matches the same way).
void printSummaries(Context &context, const QList<const SessionSummary *> &summaries, bool json);

int listSessions(Context &context);
int showSession(Context &context);
int deleteSession(Context &context);
int recoverStore(Context &context);
int importSessions(Context &context);

} // namespace Cli

#pragma once

namespace Cli {

class Context;

// cleanup [--dry-run] [--now EPOCH_MS]: one retention cleanup with today's settings, its report
// as one JSON object on stdout.
int cleanupSessions(Context &context);

} // namespace Cli

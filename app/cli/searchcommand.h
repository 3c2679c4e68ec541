#pragma once

namespace Cli {

class Context;

// search QUERY [--json]: the sessions that match, newest first, printed as list prints them.
int searchSessions(Context &context);

} // namespace Cli

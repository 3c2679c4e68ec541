#pragma once

namespace Cli {

class Context;

int listSessions(Context &context);
int showSession(Context &context);
int deleteSession(Context &context);
int recoverStore(Context &context);
int importSessions(Context &context);

} // namespace Cli

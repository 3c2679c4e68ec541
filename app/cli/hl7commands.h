#pragma once

namespace Cli {

class Context;

// inspect FILE [--field PATH]… [--tree] [--json]: the messages of a file, parsed.
int inspectMessages(Context &context);
// export ID --format hl7|json [--mllp] [--mask-phi] [-o FILE]: a session for other tools.
int exportSession(Context &context);

} // namespace Cli

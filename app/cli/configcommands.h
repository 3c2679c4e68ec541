#pragma once

namespace Cli {

class Context;

// config get KEY | set KEY VALUE | list [--json] [--show-secrets]: DIR/settings.ini. Needs no
// store lock (settings are not sessions), so it works while the app holds the data folder.
int configSettings(Context &context);

} // namespace Cli

#pragma once

namespace Cli {

class Context;

int importCapture(Context &context);

} // namespace Cli

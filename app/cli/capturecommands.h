#pragma once

namespace Cli {

class Context;

int importCapture(Context &context);
int runProxy(Context &context);
int runCapture(Context &context);

} // namespace Cli

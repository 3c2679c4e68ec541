#pragma once

namespace Cli {

class Context;

int submitSessions(Context &context);  // submit [--once]
int retrySubmission(Context &context); // retry ID
int ignoreSubmission(Context &context); // ignore ID

} // namespace Cli

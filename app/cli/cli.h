#pragma once

#include <QStringList>

namespace Cli {

enum ExitCode : int {
    Success = 0,
    Failure = 1,
    BadUsage = 2,
};

// hl7capture-cli [--data-dir DIR] COMMAND …: the contract scripts rely on.
int run(const QStringList &arguments);

} // namespace Cli

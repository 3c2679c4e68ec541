#pragma once

#include "datadirectory.h"
#include "recoveryreport.h"
#include "result.h"

// Files that cannot be read as sessions go to DIR/quarantine/ byte for byte, never away: a person
// decides what becomes of them. Each arrival is logged with its reason in quarantine.log there.
namespace Quarantine {

// Moves a file of the store into quarantine.
Result<QuarantinedFile> moveIn(const DataDirectory &dir, const QString &path, const QString &reason);

// Copies a file from elsewhere (an import) into quarantine, once: a byte-identical copy already
// there is not copied again.
Result<QuarantinedFile> copyIn(const DataDirectory &dir, const QString &path, const QString &reason);

} // namespace Quarantine

#pragma once

#include "datadirectory.h"
#include "directoryscan.h"
#include "recoveryreport.h"

namespace Recovery {

// Deals with what interrupted writes left behind, before anything is loaded. QSaveFile publishes a
// file only after its data is on disk, but between its link and its rename a crash leaves a
// complete "<id>.json.XXXXXX"; where it holds a valid session newer than <id>.json it is completed
// (renamed into place), otherwise it is moved out to quarantine. Leftovers are never loaded as
// sessions.
// sessionFiles is the sessions folder as scanned just before; returns whether anything in it changed.
bool recoverInterruptedWrites(const DataDirectory &dir, const QList<ScannedFile> &sessionFiles, RecoveryReport &report);

// True for the names QSaveFile gives its temporary files next to a session file.
bool isTemporarySessionFile(const QString &fileName);

} // namespace Recovery

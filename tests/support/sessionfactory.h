#pragma once

#include "session.h"

// Sessions shaped like an ASTM-style transmission (ENQ, STX + message + CR LF, ACK, …, EOT),
// with made-up ORU^R01 results so tests never carry real patient data.
namespace SessionFactory {

// messageBytes is the approximate size of each HL7 message; seed varies ids and values.
Session make(int messages = 2, int messageBytes = 600, qint64 startTime = 1'790'000'000'000, int seed = 1);

QString hl7Message(int seed, int approximateBytes);

} // namespace SessionFactory

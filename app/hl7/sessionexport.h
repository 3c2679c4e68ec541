#pragma once

#include "session.h"

#include <QByteArray>
#include <QList>
#include <QString>

class PhiMasker;

// A session written out for other tools: its HL7 messages as a file, or the whole session as
// JSON in the schema of the session files (which the Electron app reads), either of them with
// the patient-identifying fields masked.
namespace SessionExport {

enum class Format {
    Hl7,  // the messages the device sent, in order; the LIS's answers are left out
    Json, // SessionCodec's schema: every element, both directions
};

struct Options
{
    Format format = Format::Hl7;
    bool mllp = false;    // Hl7: each message wrapped in VT … FS CR
    bool maskPhi = false; // masked by a PhiMasker of its own, so exports do not share pseudonyms
};

QByteArray write(const Session &session, const Options &options);

// The messages the device sent, in order, each segment ending in CR: cut from the bytes of its
// message elements (batch envelopes left out), or from session.messages, in each message's
// charset, when it has no message element.
QList<QByteArray> deviceMessages(const Session &session);

// The session with PHI masked wherever it is kept: the messages, every element's bytes (framed
// again as they were: MLLP, ASTM-style or E1381 with new frame checksums) and the texts derived
// from them (content, decodedMessage, hl7). Strings this version does not know are masked as
// text. Ids, times, addresses of the peers and the submission state stay.
Session masked(const Session &session, PhiMasker &masker);

// A message's text as bytes in the charset its MSH-18 names (UTF-8 when it names none).
QByteArray encodeHl7Text(const QString &text);

} // namespace SessionExport

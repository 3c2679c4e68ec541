#pragma once

#include "hl7message.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Replaces what identifies a patient in HL7 v2 messages, so a capture can leave the site: the
// patient's identifiers, names, birth and death dates, address and phone numbers (PID), those of
// next of kin (NK1), guarantors (GT1), the insured (IN1, IN2), merged records (MRG) and visit
// numbers (PV1). Providers, orders, results, notes and Z-segments are kept.
//
// Only the leaves (sub-components) of those fields change; every delimiter, segment, field,
// repetition and component stays where it was, so the result parses to the same structure, and
// empty values and the HL7 null "" stay as they are. A replacement is derived from the value and
// the masker's key: the same value becomes the same replacement wherever it appears (the patient
// of PID-3 is still the patient of MRG-1), but a replacement cannot be traced back without the
// key, which is random unless a test gives one. One masker per session: its scope of consistency.
class PhiMasker
{
public:
    // What a masked leaf becomes.
    enum class Kind {
        Identifier, // same length, digits stay digits and letters letters (ASCII, case kept)
        Name,       // "PATIENT" and five letters
        Street,     // "STREET" and five letters
        City,       // "CITY" and five letters
        Date,       // YYYY[MM[DD[HH[MM[SS[.S…]]]]]][+ZZZZ]: the year and precision kept
        Phone,      // digits replaced, formatting kept
    };

    PhiMasker(); // a random key
    explicit PhiMasker(QByteArray key);

    // One message (starting with MSH) with its PHI leaves replaced.
    QByteArray mask(const QByteArray &message);
    // Any bytes: several messages, a batch, or a fragment such as a cut-off frame. Segments
    // without their MSH are read with the delimiters of the last MSH seen; text that cannot be
    // read as a segment of a known type has every letter and digit replaced.
    QByteArray maskText(QByteArrayView bytes);
    // maskText() on text kept as a string (UTF-8).
    QString maskString(const QString &text);

private:
    QByteArray maskMessage(const Hl7::Message &message) const;
    QByteArray maskFragment(QByteArrayView bytes);
    QByteArray maskLine(QByteArrayView line);
    QByteArray replacement(Kind kind, const QByteArray &value, const QString &text) const;

    QByteArray m_key;
    // Of the last MSH seen: for segments that come without theirs.
    Hl7::Delimiters m_delimiters;
    QString m_charset;
};

#pragma once

#include <QByteArrayView>
#include <QString>

// Names of the segments, fields and components of HL7 v2.5.1, so a person reads "PID-5 Patient
// Name" rather than "PID-5". Built-in tables, looked up without allocating; the names go through
// QCoreApplication::translate() in the "Hl7Dictionary" context, and fall back to English.
// Segment ids and data type ids are matched as written (upper case, e.g. "PID", "XPN").
namespace Hl7Dictionary {
// "Patient Identification" for PID; "Z-segment (site-defined)" for Z…; empty when unknown.
QString segmentName(QByteArrayView segment);
// "Patient Name" for (PID, 5); empty when unknown (a Z-segment's field: empty too).
QString fieldName(QByteArrayView segment, int field);
// The v2.5.1 data type of the field, e.g. "XPN"; empty when unknown.
QString fieldType(QByteArrayView segment, int field);
// "Family Name" for (XPN, 1); empty when unknown. Components are 1-based.
QString componentName(QByteArrayView dataType, int component);
// The data type of a component, e.g. (XPN, 1) -> "FN", to name sub-components; empty when unknown.
QString componentType(QByteArrayView dataType, int component);
// Whether the segment is known to the dictionary (Z-segments count as known).
bool knowsSegment(QByteArrayView segment);
}

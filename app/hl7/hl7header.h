#pragma once

#include <QByteArrayView>
#include <QString>

// What the capture engine needs of an HL7 v2 message: its MSH fields and its text. Read with the
// separators the message itself declares in MSH-1 and MSH-2.
struct Hl7Header
{
    QString type;               // MSH-9, e.g. "ORU^R01"
    QString controlId;          // MSH-10
    QString sendingApplication; // MSH-3
    QString sendingFacility;    // MSH-4
    QString version;            // MSH-12
    QString charset;            // MSH-18 as written, e.g. "8859/1"

    static Hl7Header read(QByteArrayView message);
};

// The message's text, decoded with the charset MSH-18 names (HL7 table 0211), else as UTF-8.
// Bytes that are not valid in that charset are decoded as ISO-8859-1 instead, which maps every
// byte to one character, so no byte is ever lost. charsetUsed, when given, names what was used.
QString decodeHl7Text(QByteArrayView message, const QString &declaredCharset, QString *charsetUsed = nullptr);

#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Hl7 {

struct Delimiters;

// HL7 escape sequences, on the bytes of one leaf value (before its charset is applied):
// \F\ \S\ \T\ \R\ \E\ become the delimiters, \P\ the truncation character (v2.7+), \Xhh…\ the
// bytes it spells, \.br\ a line break; \H\ and \N\ (highlighting on and off) are dropped for
// display, and \Zxx\, \Cxxyy\, \Mxxyyzz\, other formatting and anything malformed stay as written.
QByteArray unescape(QByteArrayView raw, const Delimiters &delimiters);

// The inverse for any text: delimiters and the escape character become their sequences, CR and
// LF become \X0D\ and \X0A\. unescape(escape(x)) == x for every x, unless the escape character is
// one of the letters and digits sequences are written with (F S T R E P X 0 D A).
QByteArray escape(QByteArrayView text, const Delimiters &delimiters);

} // namespace Hl7

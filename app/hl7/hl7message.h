#pragma once

#include "hl7path.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Hl7 {

// Byte offsets [begin, end) in a message's raw bytes.
struct Range
{
    qsizetype begin = 0;
    qsizetype end = 0;

    qsizetype size() const { return end - begin; }
    bool contains(qsizetype offset) const { return offset >= begin && offset < end; }
    friend bool operator==(const Range &, const Range &) = default;
};

// The separators a message declares in MSH-1 and MSH-2 (BHS/FHS likewise). truncation is 0
// before v2.7, where MSH-2 has four characters.
struct Delimiters
{
    char field = '|';
    char component = '^';
    char repetition = '~';
    char escape = '\\';
    char subcomponent = '&';
    char truncation = 0;
};

struct Component
{
    Range range;
    QList<Range> subcomponents; // at least one
};

struct Repetition
{
    Range range;
    QList<Component> components; // at least one
};

struct Field
{
    Range range;
    QList<Repetition> repetitions; // at least one, even when the field is empty
};

struct Segment
{
    Range range;      // the name and fields, without the terminator
    Range terminator; // CR, LF, CR LF, or empty at the end of the message
    QByteArray name;  // "PID"; as written, at most a few characters
    // fields[0] is field 1. In MSH (and BHS, FHS) field 1 is the field separator itself and
    // field 2 the encoding characters, neither split further, as the standard numbers them.
    QList<Field> fields;
};

// An HL7 v2 message parsed exactly: every part knows its byte range in raw(), so a viewer can
// link its tree to the bytes, and serialize() gives back the raw bytes unchanged. Parsing never
// fails; what was odd about the input is listed in problems().
class Message
{
public:
    Message() = default;
    static Message parse(const QByteArray &raw);

    const QByteArray &raw() const { return m_raw; }
    const Delimiters &delimiters() const { return m_delimiters; }
    const QList<Segment> &segments() const { return m_segments; }
    QStringList problems() const { return m_problems; }

    // MSH-9 as written ("ORU^R01^ORU_R01"), MSH-10, MSH-12; the first repetition of MSH-18.
    QString type() const;
    QString controlId() const;
    QString version() const;
    QString charset() const;

    // The segment a path names (its occurrence, 1-based), or nullptr.
    const Segment *segment(const Path &path) const;
    // The bytes a path names, or nullopt when the message has no such part.
    std::optional<Range> range(const Path &path) const;
    // A leaf's text with its escape sequences decoded and the message's charset applied; for a
    // part with children, its text as written (delimiters and escapes kept). Empty when absent.
    QString value(const Path &path) const;
    // The text of bytes of this message, in its charset (MSH-18, else UTF-8, never losing a byte).
    QString text(Range range) const;

    // The deepest part that holds the byte at offset: for a selection in the hex view. Named as
    // the tree shows it, with a level only where that level is split (PID-8, PID-5.1,
    // PID-3(2).1); a separator belongs to the part whose children it separates (so range() of
    // the answer holds offset), a line end to the segment it ends.
    std::optional<Path> pathAt(qsizetype offset) const;

    // The message rebuilt from its parts; equal to raw() for every input.
    QByteArray serialize() const;

private:
    QByteArray m_raw;
    Delimiters m_delimiters;
    QList<Segment> m_segments;
    QStringList m_problems;
    QString m_charset; // MSH-18 as written
};

// The messages in a file or a stream: a batch (FHS/BHS…BTS/FTS) or several messages one after
// the other, with or without MLLP framing, segments ending in CR, LF or CR LF. Each range starts
// at an MSH and ends before the next MSH, batch segment or framing byte.
QList<Range> splitMessages(QByteArrayView bytes);

} // namespace Hl7

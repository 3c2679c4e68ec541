#include "hl7message.h"

#include "hl7escape.h"
#include "hl7header.h"

#include <QCoreApplication>

#include <algorithm>

namespace Hl7 {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Hl7::Message)
};

bool isTerminator(char c)
{
    return c == '\r' || c == '\n';
}

// Segments whose field 1 is the field separator and field 2 the encoding characters.
bool isHeader(QByteArrayView name)
{
    return name == "MSH" || name == "BHS" || name == "FHS";
}

// Splits [begin, end) of raw at separator; always at least one range.
QList<Range> split(const QByteArray &raw, Range range, char separator)
{
    QList<Range> parts;
    qsizetype start = range.begin;
    for (qsizetype i = range.begin; i < range.end; ++i) {
        if (raw[i] == separator) {
            parts.append({start, i});
            start = i + 1;
        }
    }
    parts.append({start, range.end});
    return parts;
}

Field parseField(const QByteArray &raw, Range range, const Delimiters &d)
{
    Field field{range, {}};
    for (const Range &r : split(raw, range, d.repetition)) {
        Repetition repetition{r, {}};
        for (const Range &c : split(raw, r, d.component))
            repetition.components.append({c, split(raw, c, d.subcomponent)});
        field.repetitions.append(std::move(repetition));
    }
    return field;
}

// The index of the part (parts in byte order) whose range holds offset, or -1 when offset is on a
// separator between them.
template<typename T, typename RangeOf>
qsizetype indexHolding(const QList<T> &parts, qsizetype offset, RangeOf rangeOf)
{
    const auto it = std::upper_bound(parts.cbegin(), parts.cend(), offset,
                                     [&rangeOf](qsizetype o, const T &part) { return o < rangeOf(part).begin; });
    if (it == parts.cbegin() || !rangeOf(*std::prev(it)).contains(offset))
        return -1;
    return std::distance(parts.cbegin(), std::prev(it));
}

// A field that is not split: MSH-1 and MSH-2.
Field wholeField(Range range)
{
    return Field{range, {Repetition{range, {Component{range, {range}}}}}};
}

} // namespace

Message Message::parse(const QByteArray &raw)
{
    Message m;
    m.m_raw = raw;
    Delimiters &d = m.m_delimiters;
    const QByteArrayView head(raw);
    if (head.size() >= 4 && isHeader(head.first(3))) {
        d.field = head[3];
        const QByteArrayView encoding = head.sliced(4).first(std::min<qsizetype>(5, head.size() - 4));
        char *targets[] = {&d.component, &d.repetition, &d.escape, &d.subcomponent, &d.truncation};
        for (qsizetype i = 0; i < encoding.size() && encoding[i] != d.field && !isTerminator(encoding[i]); ++i)
            *targets[i] = encoding[i];
    } else {
        m.m_problems.append(Tr::tr("the message does not start with an MSH segment"));
    }

    qsizetype pos = 0;
    while (pos < raw.size()) {
        Segment segment;
        qsizetype end = pos;
        while (end < raw.size() && !isTerminator(raw[end]))
            ++end;
        qsizetype after = end;
        // A run of line ends belongs to the segment before it, so an empty line costs nothing.
        while (after < raw.size() && isTerminator(raw[after]))
            ++after;
        segment.range = {pos, end};
        segment.terminator = {end, after};
        const Range content = segment.range;
        qsizetype nameEnd = content.begin;
        while (nameEnd < content.end && raw[nameEnd] != d.field)
            ++nameEnd;
        segment.name = raw.mid(content.begin, nameEnd - content.begin);
        if (nameEnd < content.end) {
            qsizetype fieldsBegin = nameEnd + 1;
            if (isHeader(segment.name)) {
                segment.fields.append(wholeField({nameEnd, nameEnd + 1}));
                qsizetype encodingEnd = fieldsBegin;
                while (encodingEnd < content.end && raw[encodingEnd] != d.field)
                    ++encodingEnd;
                segment.fields.append(wholeField({fieldsBegin, encodingEnd}));
                fieldsBegin = encodingEnd + 1;
                if (encodingEnd >= content.end)
                    fieldsBegin = -1;
            }
            if (fieldsBegin >= 0) {
                for (const Range &r : split(raw, {fieldsBegin, content.end}, d.field))
                    segment.fields.append(parseField(raw, r, d));
            }
        }
        if (segment.name.size() != 3 && segment.range.size() > 0)
            m.m_problems.append(Tr::tr("\"%1\" at byte %2 is not a segment name").arg(QString::fromLatin1(segment.name.left(16))).arg(pos));
        m.m_segments.append(std::move(segment));
        pos = after;
    }
    // MSH-18 may repeat: the first repetition is the message's charset, the others are those
    // escape sequences may switch to.
    if (!m.m_segments.isEmpty() && m.m_segments.constFirst().name == "MSH")
        m.m_charset = m.text(m.range(Path{"MSH", 1, 18, 1, 0, 0}).value_or(Range{}));
    return m;
}

QString Message::type() const
{
    return value(Path{"MSH", 1, 9, 0, 0, 0});
}

QString Message::controlId() const
{
    return value(Path{"MSH", 1, 10, 0, 0, 0});
}

QString Message::version() const
{
    return value(Path{"MSH", 1, 12, 0, 0, 0});
}

QString Message::charset() const
{
    return m_charset;
}

const Segment *Message::segment(const Path &path) const
{
    int seen = 0;
    for (const Segment &s : m_segments) {
        if (s.name == path.segment && ++seen == path.occurrence)
            return &s;
    }
    return nullptr;
}

std::optional<Range> Message::range(const Path &path) const
{
    // A path made by hand may hold anything; no part has a negative number.
    if (path.field < 0 || path.repetition < 0 || path.component < 0 || path.subcomponent < 0)
        return std::nullopt;
    const Segment *s = segment(path);
    if (!s)
        return std::nullopt;
    if (path.field == 0)
        return s->range;
    if (path.field > s->fields.size())
        return std::nullopt;
    const Field &field = s->fields[path.field - 1];
    if (path.repetition == 0 && path.component == 0)
        return field.range;
    const int repetitionIndex = path.effectiveRepetition() - 1;
    if (repetitionIndex >= field.repetitions.size())
        return std::nullopt;
    const Repetition &repetition = field.repetitions[repetitionIndex];
    if (path.component == 0)
        return repetition.range;
    if (path.component > repetition.components.size())
        return std::nullopt;
    const Component &component = repetition.components[path.component - 1];
    if (path.subcomponent == 0)
        return component.range;
    if (path.subcomponent > component.subcomponents.size())
        return std::nullopt;
    return component.subcomponents[path.subcomponent - 1];
}

QString Message::value(const Path &path) const
{
    const std::optional<Range> r = range(path);
    if (!r)
        return {};
    // MSH-1 and MSH-2 are the delimiters themselves: never decoded.
    if (isHeader(path.segment) && (path.field == 1 || path.field == 2))
        return text(*r);
    // A part is a leaf when nothing below it is split: then its escapes are decoded.
    const QByteArrayView bytes = QByteArrayView(m_raw).sliced(r->begin, r->size());
    const bool leaf = path.field > 0
        && !bytes.contains(m_delimiters.subcomponent)
        && (path.component > 0 || !bytes.contains(m_delimiters.component))
        && (path.component > 0 || path.repetition > 0 || !bytes.contains(m_delimiters.repetition));
    if (!leaf)
        return text(*r);
    return decodeHl7Text(unescape(bytes, m_delimiters), m_charset);
}

QString Message::text(Range range) const
{
    if (range.begin < 0 || range.end > m_raw.size() || range.size() <= 0)
        return {};
    return decodeHl7Text(QByteArrayView(m_raw).sliced(range.begin, range.size()), m_charset);
}

std::optional<Path> Message::pathAt(qsizetype offset) const
{
    if (offset < 0 || offset >= m_raw.size())
        return std::nullopt;
    // Segments are in byte order: the last one that starts at or before offset.
    const auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), offset,
                                     [](qsizetype o, const Segment &s) { return o < s.range.begin; });
    if (it == m_segments.cbegin())
        return std::nullopt;
    const Segment &s = *std::prev(it);
    Path path;
    path.segment = s.name;
    path.occurrence = 0;
    for (auto i = m_segments.cbegin(); i != it; ++i) {
        if (i->name == s.name)
            ++path.occurrence;
    }
    // Down the levels that are split (see the header); a separator stops the descent at the part
    // that holds it, a line end at the segment.
    if (!s.range.contains(offset))
        return path;
    const qsizetype f = indexHolding(s.fields, offset, [](const Field &x) { return x.range; });
    if (f < 0)
        return path;
    path.field = int(f + 1);
    const Field &field = s.fields[f];
    qsizetype r = 0;
    if (field.repetitions.size() > 1) {
        r = indexHolding(field.repetitions, offset, [](const Repetition &x) { return x.range; });
        if (r < 0)
            return path;
        path.repetition = int(r + 1);
    }
    const Repetition &repetition = field.repetitions[r];
    qsizetype c = 0;
    if (repetition.components.size() > 1) {
        c = indexHolding(repetition.components, offset, [](const Component &x) { return x.range; });
        if (c < 0)
            return path;
        path.component = int(c + 1);
    }
    const Component &component = repetition.components[c];
    if (component.subcomponents.size() > 1) {
        const qsizetype sc = indexHolding(component.subcomponents, offset, [](const Range &x) { return x; });
        if (sc >= 0) {
            path.component = int(c + 1);
            path.subcomponent = int(sc + 1);
        }
    }
    return path;
}

QByteArray Message::serialize() const
{
    QByteArray out;
    out.reserve(m_raw.size());
    auto bytes = [this](const Range &r) { return QByteArrayView(m_raw).sliced(r.begin, r.size()); };
    for (const Segment &s : m_segments) {
        out.append(s.name);
        const bool header = isHeader(s.name);
        for (qsizetype f = 0; f < s.fields.size(); ++f) {
            const Field &field = s.fields[f];
            if (header && f < 2) {
                out.append(bytes(field.range)); // MSH-1 is the separator itself
                continue;
            }
            out.append(m_delimiters.field);
            for (qsizetype r = 0; r < field.repetitions.size(); ++r) {
                if (r > 0)
                    out.append(m_delimiters.repetition);
                const Repetition &repetition = field.repetitions[r];
                for (qsizetype c = 0; c < repetition.components.size(); ++c) {
                    if (c > 0)
                        out.append(m_delimiters.component);
                    const Component &component = repetition.components[c];
                    for (qsizetype sc = 0; sc < component.subcomponents.size(); ++sc) {
                        if (sc > 0)
                            out.append(m_delimiters.subcomponent);
                        out.append(bytes(component.subcomponents[sc]));
                    }
                }
            }
        }
        out.append(bytes(s.terminator));
    }
    return out;
}

QList<Range> splitMessages(QByteArrayView bytes)
{
    // Segment starts: offset 0 and every byte after a line end or MLLP framing byte.
    QList<Range> messages;
    qsizetype current = -1;
    auto close = [&](qsizetype end) {
        if (current < 0)
            return;
        // Trailing framing (FS CR of MLLP) is not part of the message.
        while (end > current && (bytes[end - 1] == '\x1c' || bytes[end - 1] == '\x0b'))
            --end;
        messages.append({current, end});
        current = -1;
    };
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype lineEnd = pos;
        while (lineEnd < bytes.size() && !isTerminator(bytes[lineEnd]) && bytes[lineEnd] != '\x1c' && bytes[lineEnd] != '\x0b')
            ++lineEnd;
        const QByteArrayView line = bytes.sliced(pos, lineEnd - pos);
        const bool framing = lineEnd < bytes.size() && (bytes[lineEnd] == '\x1c' || bytes[lineEnd] == '\x0b');
        if (line.startsWith("MSH")) {
            close(pos);
            current = pos;
        } else if (line.startsWith("BHS") || line.startsWith("FHS") || line.startsWith("BTS") || line.startsWith("FTS")) {
            close(pos);
        }
        qsizetype next = lineEnd;
        while (next < bytes.size() && isTerminator(bytes[next]))
            ++next;
        if (framing) {
            close(lineEnd);
            next = lineEnd + 1;
        }
        pos = std::max(next, pos + 1);
    }
    close(bytes.size());
    return messages;
}

} // namespace Hl7

#pragma once

// The HL7 parser's invariants, shared by tst_hl7message (fixtures, mutated fixtures) and fuzz_hl7
// (whatever libFuzzer makes up), so that ctest without clang covers the ground the fuzzer does.
// Every check returns what broke, or an empty string. Qt6::Core only: no QTest here.

#include "hl7escape.h"
#include "hl7message.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>
#include <random>

namespace Hl7Test {

// A part of a message under the name pathAt() gives it: a repetition only when the field repeats.
struct Part
{
    Hl7::Path path;
    Hl7::Range range;
    int level = 0; // 0 segment, 1 field, 2 repetition, 3 component, 4 sub-component
};

inline QString show(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 200)).toByteArray().toPercentEncoding(" |^~&#"));
}

inline QString show(const std::optional<Hl7::Path> &path)
{
    return path ? path->toString() : QStringLiteral("(none)");
}

inline QString show(const std::optional<Hl7::Range> &range)
{
    return range ? QStringLiteral("[%1, %2)").arg(range->begin).arg(range->end) : QStringLiteral("(none)");
}

inline bool isSegmentName(QByteArrayView name)
{
    if (name.size() != 3 || name[0] < 'A' || name[0] > 'Z')
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

// The sequence bodies escape() writes are F S T R E P X0D X0A: an escape character among their
// letters would end a sequence inside its own body, so no escaping can round-trip with it.
inline bool escapeRoundTrips(const Hl7::Delimiters &d)
{
    return !QByteArrayView("FSTREPX0DA").contains(d.escape);
}

inline bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

inline QList<Part> partsOf(const Hl7::Segment &s, int occurrence)
{
    QList<Part> parts;
    Hl7::Path p{s.name, occurrence, 0, 0, 0, 0};
    parts.append({p, s.range, 0});
    for (qsizetype f = 0; f < s.fields.size(); ++f) {
        const Hl7::Field &field = s.fields[f];
        p = Hl7::Path{s.name, occurrence, int(f + 1), 0, 0, 0};
        parts.append({p, field.range, 1});
        const bool repeats = field.repetitions.size() > 1;
        for (qsizetype r = 0; r < field.repetitions.size(); ++r) {
            const Hl7::Repetition &repetition = field.repetitions[r];
            p.repetition = repeats ? int(r + 1) : 0;
            p.component = 0;
            p.subcomponent = 0;
            if (repeats)
                parts.append({p, repetition.range, 2});
            for (qsizetype c = 0; c < repetition.components.size(); ++c) {
                const Hl7::Component &component = repetition.components[c];
                p.component = int(c + 1);
                p.subcomponent = 0;
                parts.append({p, component.range, 3});
                for (qsizetype sc = 0; sc < component.subcomponents.size(); ++sc) {
                    p.subcomponent = int(sc + 1);
                    parts.append({p, component.subcomponents[sc], 4});
                }
            }
        }
    }
    return parts;
}

// Every part of every segment, segment by segment.
inline QList<QList<Part>> partsOf(const Hl7::Message &m)
{
    QList<QList<Part>> out;
    QHash<QByteArray, int> seen;
    for (const Hl7::Segment &s : m.segments())
        out.append(partsOf(s, ++seen[s.name]));
    return out;
}

// What pathAt() must answer, found by brute force: the smallest part that holds the byte, the
// shallower of two with the same bytes; a line end belongs to the segment it ends.
inline std::optional<Hl7::Path> expectedPathAt(const Hl7::Message &m, const QList<QList<Part>> &parts, qsizetype offset)
{
    const QList<Hl7::Segment> &segments = m.segments();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Hl7::Segment &s = segments[i];
        if (offset < s.range.begin || offset >= s.terminator.end)
            continue;
        const Part *best = &parts[i].constFirst();
        if (!s.range.contains(offset))
            return best->path;
        for (const Part &part : parts[i]) {
            if (part.range.contains(offset) && (part.range.size() < best->range.size() || (part.range.size() == best->range.size() && part.level < best->level)))
                best = &part;
        }
        return best->path;
    }
    return std::nullopt;
}

// [range) of raw split at separator into parts exactly, none holding a forbidden byte.
inline QString checkSplit(const QByteArray &raw, Hl7::Range range, const QList<Hl7::Range> &parts, char separator, QByteArrayView forbidden, const char *what)
{
    if (parts.isEmpty())
        return QStringLiteral("%1: no parts in [%2, %3)").arg(QLatin1String(what)).arg(range.begin).arg(range.end);
    qsizetype at = range.begin;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Hl7::Range &p = parts[i];
        if (p.begin != at || p.end < p.begin || p.end > range.end)
            return QStringLiteral("%1 %2 is [%3, %4), expected to start at %5").arg(QLatin1String(what)).arg(i + 1).arg(p.begin).arg(p.end).arg(at);
        for (qsizetype o = p.begin; o < p.end; ++o) {
            if (forbidden.contains(raw[o]))
                return QStringLiteral("%1 %2 holds a delimiter at %3").arg(QLatin1String(what)).arg(i + 1).arg(o);
        }
        if (i + 1 < parts.size()) {
            if (p.end >= range.end || raw[p.end] != separator)
                return QStringLiteral("%1 %2 is not followed by its separator at %3").arg(QLatin1String(what)).arg(i + 1).arg(p.end);
            at = p.end + 1;
        } else if (p.end != range.end) {
            return QStringLiteral("last %1 ends at %2, not at %3").arg(QLatin1String(what)).arg(p.end).arg(range.end);
        }
    }
    return {};
}

inline QString checkSegment(const QByteArray &raw, const Hl7::Delimiters &d, const Hl7::Segment &s)
{
    const QString where = QStringLiteral("segment at %1: ").arg(s.range.begin);
    if (!QByteArrayView(raw).sliced(s.range.begin, s.range.size()).startsWith(s.name) || s.name.contains(d.field))
        return where + QStringLiteral("name \"%1\" is not what the segment starts with").arg(show(s.name));
    const qsizetype nameEnd = s.range.begin + s.name.size();
    if (s.fields.isEmpty())
        return nameEnd == s.range.end ? QString() : where + QStringLiteral("no fields after its name");
    const bool header = s.name == "MSH" || s.name == "BHS" || s.name == "FHS";
    qsizetype at = nameEnd; // the field separator that opens the next field
    qsizetype first = 0;
    if (header) {
        if (s.fields.size() < 2 || s.fields[0].range != Hl7::Range{nameEnd, nameEnd + 1} || raw[nameEnd] != d.field)
            return where + QStringLiteral("MSH-1 is not the field separator");
        const Hl7::Range encoding = s.fields[1].range;
        if (encoding.begin != nameEnd + 1 || encoding.end > s.range.end || QByteArrayView(raw).sliced(encoding.begin, encoding.size()).contains(d.field))
            return where + QStringLiteral("MSH-2 is not the bytes up to the next field separator");
        if (s.fields.size() == 2 && encoding.end != s.range.end)
            return where + QStringLiteral("bytes after MSH-2 but no field for them");
        at = encoding.end;
        first = 2;
    }
    QByteArray all;
    for (const char c : {d.field, d.repetition, d.component, d.subcomponent})
        all.append(c);
    for (qsizetype f = first; f < s.fields.size(); ++f) {
        const Hl7::Field &field = s.fields[f];
        if (at >= s.range.end || raw[at] != d.field || field.range.begin != at + 1)
            return where + QStringLiteral("field %1 does not follow a field separator").arg(f + 1);
        QList<Hl7::Range> repetitions;
        for (const Hl7::Repetition &r : field.repetitions)
            repetitions.append(r.range);
        QString e = checkSplit(raw, field.range, repetitions, d.repetition, all.first(2), "repetition");
        for (qsizetype r = 0; e.isEmpty() && r < field.repetitions.size(); ++r) {
            const Hl7::Repetition &repetition = field.repetitions[r];
            QList<Hl7::Range> components;
            for (const Hl7::Component &c : repetition.components)
                components.append(c.range);
            e = checkSplit(raw, repetition.range, components, d.component, all.first(3), "component");
            for (qsizetype c = 0; e.isEmpty() && c < repetition.components.size(); ++c)
                e = checkSplit(raw, repetition.components[c].range, repetition.components[c].subcomponents, d.subcomponent, all, "sub-component");
        }
        if (!e.isEmpty())
            return where + QStringLiteral("field %1: ").arg(f + 1) + e;
        at = field.range.end;
    }
    return at == s.range.end ? QString() : where + QStringLiteral("the last field ends at %1, the segment at %2").arg(at).arg(s.range.end);
}

// Everything that must hold for any parsed message. budget < 0 checks every byte and part;
// otherwise about that many of each, picked with seed (the fuzzer needs speed).
inline QString checkMessage(const Hl7::Message &m, qsizetype budget = -1, quint32 seed = 1)
{
    const QByteArray &raw = m.raw();
    const Hl7::Delimiters &d = m.delimiters();
    if (m.serialize() != raw)
        return QStringLiteral("serialize() is \"%1\", raw() \"%2\"").arg(show(m.serialize()), show(raw));

    qsizetype at = 0;
    for (const Hl7::Segment &s : m.segments()) {
        if (s.range.begin != at || s.range.end < s.range.begin || s.terminator.begin != s.range.end || s.terminator.end > raw.size())
            return QStringLiteral("segment [%1, %2) + [%3, %4) does not start at %5").arg(s.range.begin).arg(s.range.end).arg(s.terminator.begin).arg(s.terminator.end).arg(at);
        for (qsizetype o = s.range.begin; o < s.range.end; ++o) {
            if (isLineEnd(raw[o]))
                return QStringLiteral("segment at %1 holds a line end at %2").arg(s.range.begin).arg(o);
        }
        for (qsizetype o = s.terminator.begin; o < s.terminator.end; ++o) {
            if (!isLineEnd(raw[o]))
                return QStringLiteral("the line end of the segment at %1 holds 0x%2").arg(s.range.begin).arg(quint8(raw[o]), 2, 16, QLatin1Char('0'));
        }
        if (s.terminator.size() == 0 && s.terminator.end != raw.size())
            return QStringLiteral("segment at %1 has no line end but is not the last").arg(s.range.begin);
        if (const QString e = checkSegment(raw, d, s); !e.isEmpty())
            return e;
        at = s.terminator.end;
    }
    if (at != raw.size())
        return QStringLiteral("the segments end at %1, the message at %2").arg(at).arg(raw.size());

    std::minstd_rand rng(seed);
    auto pick = [&rng](qsizetype count) { return qsizetype(rng() % quint64(count)); };
    const QList<QList<Part>> parts = partsOf(m);
    QList<const Part *> all;
    for (const QList<Part> &segmentParts : parts) {
        for (const Part &p : segmentParts)
            all.append(&p);
    }
    const qsizetype partChecks = budget < 0 ? all.size() : std::min(budget, all.size());
    for (qsizetype i = 0; i < partChecks; ++i) {
        const Part &p = *all[budget < 0 ? i : pick(all.size())];
        const std::optional<Hl7::Range> r = m.range(p.path);
        if (r != p.range)
            return QStringLiteral("range(%1) is %2, the part is %3").arg(p.path.toString(), show(r), show(p.range));
        if (p.level == 1) { // the first repetition starts where its field starts
            Hl7::Path first = p.path;
            first.repetition = 1;
            const std::optional<Hl7::Range> firstRange = m.range(first);
            if (!firstRange || firstRange->begin != p.range.begin)
                return QStringLiteral("range(%1) is %2").arg(first.toString(), show(firstRange));
        }
        const QString value = m.value(p.path);
        if (p.level == 4 && escapeRoundTrips(d)) {
            const QByteArrayView bytes = QByteArrayView(raw).sliced(p.range.begin, p.range.size());
            if (Hl7::unescape(Hl7::escape(bytes, d), d) != bytes)
                return QStringLiteral("unescape(escape(x)) != x for %1 \"%2\"").arg(p.path.toString(), show(bytes));
            const QByteArray decoded = Hl7::unescape(bytes, d);
            if (Hl7::unescape(Hl7::escape(decoded, d), d) != decoded)
                return QStringLiteral("unescape(escape(x)) != x for the decoded %1").arg(p.path.toString());
        }
        if (p.level > 0 && isSegmentName(p.path.segment) && Hl7::Path::parse(p.path.toString()) != p.path)
            return QStringLiteral("Path::parse(\"%1\") is another path").arg(p.path.toString());
    }

    if (m.pathAt(-1) || m.pathAt(raw.size()))
        return QStringLiteral("pathAt() answers outside the message");
    const qsizetype offsetChecks = budget < 0 ? raw.size() : std::min(budget, raw.size());
    for (qsizetype i = 0; i < offsetChecks; ++i) {
        const qsizetype o = budget < 0 ? i : pick(raw.size());
        const std::optional<Hl7::Path> got = m.pathAt(o);
        const std::optional<Hl7::Path> expected = expectedPathAt(m, parts, o);
        if (got != expected)
            return QStringLiteral("pathAt(%1) is %2, expected %3 (byte 0x%4)").arg(o).arg(show(got), show(expected)).arg(quint8(raw[o]), 2, 16, QLatin1Char('0'));
        const Hl7::Segment *s = got ? m.segment(*got) : nullptr;
        if (!s || o < s->range.begin || o >= s->terminator.end)
            return QStringLiteral("pathAt(%1) is %2, not in that segment").arg(o).arg(show(got));
        const std::optional<Hl7::Range> r = m.range(*got);
        if (s->range.contains(o) && (!r || !r->contains(o)))
            return QStringLiteral("range(pathAt(%1)) is %2 (%3)").arg(o).arg(show(r), show(got));
    }
    return {};
}

inline bool isLineStart(QByteArrayView bytes, qsizetype at)
{
    return at == 0 || bytes[at - 1] == '\r' || bytes[at - 1] == '\n' || bytes[at - 1] == '\x0b' || bytes[at - 1] == '\x1c';
}

inline bool startsBatchOrMessage(QByteArrayView bytes, qsizetype at)
{
    const QByteArrayView rest = bytes.sliced(at);
    for (const char *name : {"MSH", "BHS", "BTS", "FHS", "FTS"}) {
        if (rest.startsWith(name))
            return true;
    }
    return false;
}

// splitMessages(): every line that starts with MSH starts a message, which runs up to the next
// MSH or batch segment, framing byte or the end, in order and without overlap.
inline QString checkMessages(QByteArrayView input, const QList<Hl7::Range> &ranges)
{
    qsizetype previousEnd = 0;
    QList<qsizetype> starts;
    for (const Hl7::Range &r : ranges) {
        if (r.begin < previousEnd || r.end <= r.begin || r.end > input.size())
            return QStringLiteral("message [%1, %2) out of order or out of the input").arg(r.begin).arg(r.end);
        if (!input.sliced(r.begin).startsWith("MSH") || !isLineStart(input, r.begin))
            return QStringLiteral("message at %1 does not start with an MSH line").arg(r.begin);
        for (qsizetype o = r.begin; o < r.end; ++o) {
            if (input[o] == '\x0b' || input[o] == '\x1c')
                return QStringLiteral("message at %1 holds a framing byte at %2").arg(r.begin).arg(o);
            if (o > r.begin && isLineStart(input, o) && !isLineEnd(input[o]) && startsBatchOrMessage(input, o))
                return QStringLiteral("message at %1 runs over the segment at %2").arg(r.begin).arg(o);
        }
        const bool endsRight = r.end == input.size() || input[r.end] == '\x0b' || input[r.end] == '\x1c'
            || (isLineStart(input, r.end) && startsBatchOrMessage(input, r.end));
        if (!endsRight)
            return QStringLiteral("message at %1 ends at %2 for no reason").arg(r.begin).arg(r.end);
        starts.append(r.begin);
        previousEnd = r.end;
    }
    for (qsizetype o = 0; o + 3 <= input.size(); ++o) {
        if (isLineStart(input, o) && input.sliced(o).startsWith("MSH") && !starts.contains(o))
            return QStringLiteral("the MSH line at %1 starts no message").arg(o);
    }
    return {};
}

// Paths anywhere near the message's parts, and well outside: range() and value() must answer
// them all without harm, and range() only with bytes of the message.
inline QString checkRandomPaths(const Hl7::Message &m, std::minstd_rand &rng, int count)
{
    auto between = [&rng](int low, int high) { return low + int(rng() % quint32(high - low + 1)); };
    for (int i = 0; i < count; ++i) {
        Hl7::Path p;
        const int kind = between(0, 9);
        if (!m.segments().isEmpty() && kind < 8)
            p.segment = m.segments()[between(0, int(std::min<qsizetype>(m.segments().size(), 1000)) - 1)].name;
        else
            p.segment = kind == 8 ? QByteArray("ZZZ") : QByteArray();
        p.occurrence = between(-1, 3);
        p.field = between(-1, 30);
        p.repetition = between(-1, 3);
        p.component = between(-1, 6);
        p.subcomponent = between(-1, 3);
        if (between(0, 3) == 0)
            p.subcomponent = 0;
        if (between(0, 3) == 0)
            p.component = p.subcomponent = 0;
        const std::optional<Hl7::Range> r = m.range(p);
        if (r && (r->begin < 0 || r->end < r->begin || r->end > m.raw().size()))
            return QStringLiteral("range(%1) is %2, outside the message").arg(p.toString(), show(r));
        (void)m.value(p);
        (void)m.segment(p);
        const bool wellFormed = isSegmentName(p.segment) && p.occurrence >= 1 && p.field >= 0 && p.repetition >= 0 && p.component >= 0
            && p.subcomponent >= 0 && (p.field > 0 || (p.repetition == 0 && p.component == 0 && p.subcomponent == 0))
            && (p.subcomponent == 0 || p.component > 0);
        if (wellFormed && Hl7::Path::parse(p.toString()) != p)
            return QStringLiteral("Path::parse(\"%1\") is another path").arg(p.toString());
    }
    return {};
}

// Everything the fuzz target runs on one input: the input as one message, split into messages,
// each of those, random paths, and escaping of the input itself.
inline QString exercise(const QByteArray &input, quint32 seed, qsizetype budget)
{
    std::minstd_rand rng(seed);
    const Hl7::Message whole = Hl7::Message::parse(input);
    if (const QString e = checkMessage(whole, budget, seed); !e.isEmpty())
        return QStringLiteral("the whole input: ") + e;
    if (const QString e = checkRandomPaths(whole, rng, 16); !e.isEmpty())
        return QStringLiteral("the whole input: ") + e;
    const QList<Hl7::Range> ranges = Hl7::splitMessages(input);
    if (const QString e = checkMessages(input, ranges); !e.isEmpty())
        return QStringLiteral("splitMessages: ") + e;
    for (const Hl7::Range &r : ranges) {
        const Hl7::Message m = Hl7::Message::parse(input.sliced(r.begin, r.size()));
        if (const QString e = checkMessage(m, budget, seed); !e.isEmpty())
            return QStringLiteral("message at %1: ").arg(r.begin) + e;
        if (const QString e = checkRandomPaths(m, rng, 16); !e.isEmpty())
            return QStringLiteral("message at %1: ").arg(r.begin) + e;
    }
    const Hl7::Delimiters &d = whole.delimiters();
    if (escapeRoundTrips(d) && Hl7::unescape(Hl7::escape(input, d), d) != input)
        return QStringLiteral("unescape(escape(input)) != input");
    return {};
}

} // namespace Hl7Test

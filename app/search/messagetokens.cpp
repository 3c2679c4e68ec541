#include "messagetokens.h"

#include "hl7escape.h"
#include "hl7message.h"

#include <QtEndian>
#include <QVarLengthArray>

#include <algorithm>

// Tokens hash the UTF-16 of values as it lies in memory; the index file stores them as they are.
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "search tokens assume a little-endian machine");

namespace MessageTokens {

namespace {

constexpr quint64 WordSeed = 0x776f7264'73656564; // "wordseed"

bool isTerminator(char c)
{
    return c == '\r' || c == '\n';
}

// Segments whose field 1 is the field separator and field 2 the encoding characters.
bool isHeader(QByteArrayView name)
{
    return name == "MSH" || name == "BHS" || name == "FHS";
}

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool sameSegment(QByteArrayView a, QByteArrayView b)
{
    return qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

// As Hl7::Message::parse reads them: MSH-1 and MSH-2 of the message's first segment.
Hl7::Delimiters delimitersOf(QByteArrayView raw)
{
    Hl7::Delimiters d;
    if (raw.size() >= 4 && isHeader(raw.first(3))) {
        d.field = raw[3];
        const QByteArrayView encoding = raw.sliced(4).first(std::min<qsizetype>(5, raw.size() - 4));
        char *targets[] = {&d.component, &d.repetition, &d.escape, &d.subcomponent, &d.truncation};
        for (qsizetype i = 0; i < encoding.size() && encoding[i] != d.field && !isTerminator(encoding[i]); ++i)
            *targets[i] = encoding[i];
    }
    return d;
}

// Appends normalise(text of bytes): escapes decoded, whitespace collapsed, case folded. ASCII,
// as nearly all lab values are, goes straight into out without any intermediate string.
void appendNormalised(QString &out, QByteArrayView bytes, const Hl7::Delimiters &d)
{
    QByteArray unescaped;
    if (bytes.contains(d.escape)) {
        unescaped = Hl7::unescape(bytes, d);
        bytes = unescaped;
    }
    if (std::any_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) >= 0x80; })) {
        out += normalise(QString::fromUtf8(bytes));
        return;
    }
    bool space = false;
    bool any = false;
    for (const char c : bytes) {
        if (isAsciiSpace(c)) {
            space = any;
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        out += QLatin1Char(c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c);
        any = true;
    }
}

// One repetition of a field with its values normalised, in one string: components joined by ^,
// their sub-components by &, trailing empty ones dropped, as the index stores a whole part.
// Reused from one repetition to the next, so reading a message allocates next to nothing.
class Repetition
{
public:
    void read(QByteArrayView raw, const Hl7::Delimiters &d)
    {
        m_text.resize(0);
        m_components.clear();
        m_firstSub.clear();
        m_subs.clear();
        qsizetype start = 0;
        for (;;) {
            qsizetype end = raw.indexOf(d.component, start);
            if (end < 0)
                end = raw.size();
            readComponent(raw.sliced(start, end - start), d);
            if (end == raw.size())
                break;
            start = end + 1;
        }
        m_firstSub.append(m_subs.size());
        m_effective = m_components.size();
        while (m_effective > 0 && m_components[m_effective - 1].begin == m_components[m_effective - 1].end)
            --m_effective;
    }

    QStringView whole() const { return m_effective ? QStringView(m_text).first(m_components[m_effective - 1].end) : QStringView(); }
    qsizetype components() const { return m_effective; }
    QStringView component(qsizetype c) const
    {
        return c < m_components.size() ? view(m_components[c]) : QStringView();
    }
    qsizetype subcomponents(qsizetype c) const
    {
        return c < m_components.size() ? m_firstSub[c + 1] - m_firstSub[c] : 0;
    }
    QStringView subcomponent(qsizetype c, qsizetype s) const
    {
        return s < subcomponents(c) ? view(m_subs[m_firstSub[c] + s]) : QStringView();
    }

    // A part as a path names it, 1-based, 0 meaning the whole: what a positional term compares.
    QStringView part(int component, int subcomponent) const
    {
        if (component <= 0)
            return whole();
        return subcomponent <= 0 ? this->component(component - 1) : this->subcomponent(component - 1, subcomponent - 1);
    }

private:
    struct Span
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    QStringView view(Span s) const { return QStringView(m_text).sliced(s.begin, s.end - s.begin); }

    void readComponent(QByteArrayView raw, const Hl7::Delimiters &d)
    {
        if (!m_components.isEmpty())
            m_text += u'^';
        const qsizetype begin = m_text.size();
        const qsizetype firstSub = m_subs.size();
        m_firstSub.append(firstSub);
        qsizetype keptEnd = begin; // after the last non-empty sub-component
        qsizetype kept = 0;
        qsizetype start = 0;
        for (qsizetype s = 0;; ++s) {
            qsizetype end = raw.indexOf(d.subcomponent, start);
            if (end < 0)
                end = raw.size();
            if (s > 0)
                m_text += u'&';
            const qsizetype subBegin = m_text.size();
            appendNormalised(m_text, raw.sliced(start, end - start), d);
            m_subs.append({subBegin, m_text.size()});
            if (m_text.size() > subBegin) {
                keptEnd = m_text.size();
                kept = s + 1;
            }
            if (end == raw.size())
                break;
            start = end + 1;
        }
        m_text.truncate(keptEnd);
        m_subs.resize(firstSub + kept);
        m_components.append({begin, keptEnd});
    }

    QString m_text;
    QVarLengthArray<Span, 16> m_components; // every component as written, trailing empty ones too
    QVarLengthArray<qsizetype, 17> m_firstSub; // per component into m_subs, and one past the last
    QVarLengthArray<Span, 32> m_subs;          // per component its sub-components, trailing empty ones dropped
    qsizetype m_effective = 0;                 // components without the trailing empty ones
};

struct Place
{
    QByteArrayView segment; // as written
    int occurrence = 0;     // of that segment name in the message, 1-based
    int field = 0;          // 1-based
    int repetition = 0;     // 1-based
};

// Calls visit(place, bytes) for every repetition of every field of a message, in order, with the
// segments, fields and repetitions of Hl7::Message::parse; MSH-1 and MSH-2 (the delimiters) are
// skipped. visit returns false to stop.
template <typename Visit>
void walk(QByteArrayView raw, const Hl7::Delimiters &d, Visit &&visit)
{
    QVarLengthArray<std::pair<QByteArrayView, int>, 16> occurrences;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        qsizetype end = pos;
        while (end < raw.size() && !isTerminator(raw[end]))
            ++end;
        qsizetype next = end;
        while (next < raw.size() && isTerminator(raw[next]))
            ++next;
        const QByteArrayView content = raw.sliced(pos, end - pos);
        pos = next;
        const qsizetype nameEnd = content.indexOf(d.field);
        if (nameEnd < 0)
            continue; // no fields
        Place place;
        place.segment = content.first(nameEnd);
        auto seen = std::find_if(occurrences.begin(), occurrences.end(),
                                 [&place](const auto &o) { return sameSegment(o.first, place.segment); });
        if (seen == occurrences.end()) {
            occurrences.append({place.segment, 0});
            seen = occurrences.end() - 1;
        }
        place.occurrence = ++seen->second;
        qsizetype fieldStart = nameEnd + 1;
        place.field = 1;
        if (isHeader(place.segment)) {
            const qsizetype encodingEnd = content.indexOf(d.field, fieldStart);
            if (encodingEnd < 0)
                continue;
            fieldStart = encodingEnd + 1;
            place.field = 3;
        }
        for (;; ++place.field) {
            qsizetype fieldEnd = content.indexOf(d.field, fieldStart);
            if (fieldEnd < 0)
                fieldEnd = content.size();
            const QByteArrayView field = content.sliced(fieldStart, fieldEnd - fieldStart);
            qsizetype repetitionStart = 0;
            for (place.repetition = 1;; ++place.repetition) {
                qsizetype repetitionEnd = field.indexOf(d.repetition, repetitionStart);
                if (repetitionEnd < 0)
                    repetitionEnd = field.size();
                if (!visit(place, field.sliced(repetitionStart, repetitionEnd - repetitionStart)))
                    return;
                if (repetitionEnd == field.size())
                    break;
                repetitionStart = repetitionEnd + 1;
            }
            if (fieldEnd == content.size())
                break;
            fieldStart = fieldEnd + 1;
        }
    }
}

Token fieldToken(QByteArrayView segment, int field, int component, int subcomponent, QStringView value)
{
    // The key (where) seeds the hash of the value, so the value is never copied.
    char key[1 + 8 + 3 * 2] = {'F'};
    for (qsizetype i = 0; i < qMin<qsizetype>(segment.size(), 8); ++i) {
        const char c = segment[i];
        key[1 + i] = c >= 'a' && c <= 'z' ? char(c - ('a' - 'A')) : c;
    }
    qToLittleEndian(quint16(field), key + 9);
    qToLittleEndian(quint16(component), key + 11);
    qToLittleEndian(quint16(subcomponent), key + 13);
    const quint64 seed = hash64(QByteArrayView(key, sizeof key));
    return hash64(QByteArrayView(reinterpret_cast<const char *>(value.utf16()), value.size() * 2), seed);
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

// A word, and when it has punctuation inside ("2345-7", "mg/dl") its runs of letters and digits
// too, so either spelling finds it.
void addWords(std::vector<Token> &out, QStringView text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u' ', start);
        if (end < 0)
            end = text.size();
        const QStringView word = text.sliced(start, end - start);
        start = end + 1;
        if (word.isEmpty() || word.size() > MaxWordLength)
            continue;
        out.push_back(wordToken(word));
        if (std::all_of(word.begin(), word.end(), isWordCharacter))
            continue;
        qsizetype i = 0;
        while (i < word.size()) {
            while (i < word.size() && !isWordCharacter(word[i]))
                ++i;
            const qsizetype runStart = i;
            while (i < word.size() && isWordCharacter(word[i]))
                ++i;
            if (i > runStart)
                out.push_back(wordToken(word.sliced(runStart, i - runStart)));
        }
    }
}

// A part with one child has that child's text: the child is not stored again (see the header).
void addTokens(std::vector<Token> &out, QByteArrayView segment, int field, const Repetition &r)
{
    const QStringView whole = r.whole();
    if (whole.isEmpty())
        return;
    out.push_back(fieldToken(segment, field, 0, 0, whole));
    const qsizetype components = r.components();
    for (qsizetype c = 0; c < components; ++c) {
        if (components > 1 && !r.component(c).isEmpty())
            out.push_back(fieldToken(segment, field, int(c + 1), 0, r.component(c)));
        const qsizetype subs = r.subcomponents(c);
        for (qsizetype s = 0; s < subs; ++s) {
            const QStringView leaf = r.subcomponent(c, s);
            if (leaf.isEmpty())
                continue;
            if (subs > 1)
                out.push_back(fieldToken(segment, field, int(c + 1), int(s + 1), leaf));
            addWords(out, leaf);
        }
    }
}

} // namespace

quint64 hash64(QByteArrayView bytes, quint64 seed)
{
    constexpr quint64 m = 0xc6a4a7935bd1e995ULL;
    constexpr int r = 47;
    const qsizetype len = bytes.size();
    quint64 h = seed ^ (quint64(len) * m);
    const char *data = bytes.data();
    const char *end = data + (len / 8) * 8;
    for (; data != end; data += 8) {
        quint64 k = qFromLittleEndian<quint64>(data);
        k *= m;
        k ^= k >> r;
        k *= m;
        h ^= k;
        h *= m;
    }
    const int rest = int(len & 7);
    for (int i = rest - 1; i >= 0; --i)
        h ^= quint64(uchar(data[i])) << (8 * i);
    if (rest)
        h *= m;
    h ^= h >> r;
    h *= m;
    h ^= h >> r;
    return h;
}

QString normalise(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

std::optional<QString> normaliseFieldValue(QStringView value, const Hl7::Path &path)
{
    if (value.contains(u'~'))
        return std::nullopt;
    if (path.component > 0 && value.contains(u'^'))
        return std::nullopt;
    if (path.subcomponent > 0 && value.contains(u'&'))
        return std::nullopt;
    auto dropTrailingEmpty = [](QStringList &parts) {
        while (!parts.isEmpty() && parts.constLast().isEmpty())
            parts.removeLast();
    };
    QStringList components;
    for (const QStringView component : value.split(u'^')) {
        QStringList subs;
        for (const QStringView sub : component.split(u'&'))
            subs.append(normalise(sub));
        dropTrailingEmpty(subs);
        components.append(subs.join(u'&'));
    }
    dropTrailingEmpty(components);
    return components.join(u'^');
}

QStringList words(QStringView normalisedText)
{
    QStringList list;
    for (const QStringView word : normalisedText.split(u' ', Qt::SkipEmptyParts))
        list.append(word.toString());
    return list;
}

QList<QByteArray> messagesOf(const Session &session)
{
    QList<QByteArray> messages;
    auto add = [&messages](const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        for (const Hl7::Range &r : Hl7::splitMessages(utf8))
            messages.append(utf8.sliced(r.begin, r.size()));
    };
    for (const QString &text : session.messages)
        add(text);
    // The LIS's replies are not in Session::messages; their decoded text is kept with the element.
    for (const Element &e : session.elements) {
        if (e.direction != Direction::PcToDevice
            || (e.type != ElementType::Message && e.type != ElementType::Ack && e.type != ElementType::Nak))
            continue;
        if (!e.text.isNull()) {
            add(e.text);
            continue;
        }
        const QJsonValue content = e.extra.value(QLatin1StringView("content"));
        if (content.isString())
            add(content.toString());
    }
    return messages;
}

std::vector<Token> tokensOf(const QList<QByteArray> &messages)
{
    std::vector<Token> tokens;
    qsizetype bytes = 0;
    for (const QByteArray &m : messages)
        bytes += m.size();
    tokens.reserve(size_t(bytes / 3 + 16));
    Repetition r;
    for (const QByteArray &m : messages) {
        const Hl7::Delimiters d = delimitersOf(m);
        walk(m, d, [&](const Place &place, QByteArrayView raw) {
            if (!raw.isEmpty()) {
                r.read(raw, d);
                addTokens(tokens, place.segment, place.field, r);
            }
            return true;
        });
    }
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    tokens.shrink_to_fit(); // up to a batch of them waits in the index as they are
    return tokens;
}

QList<Token> fieldTokens(const Hl7::Path &path, QStringView normalisedValue)
{
    QList<Token> tokens{fieldToken(path.segment, path.field, path.component, path.subcomponent, normalisedValue)};
    if (path.subcomponent == 1)
        tokens.append(fieldToken(path.segment, path.field, path.component, 0, normalisedValue));
    if (path.component == 1 && path.subcomponent <= 1)
        tokens.append(fieldToken(path.segment, path.field, 0, 0, normalisedValue));
    return tokens;
}

Token wordToken(QStringView normalisedWord)
{
    return hash64(QByteArrayView(reinterpret_cast<const char *>(normalisedWord.utf16()), normalisedWord.size() * 2),
                  WordSeed);
}

bool hasFieldValue(const QList<QByteArray> &messages, const Hl7::Path &path, bool occurrenceGiven,
                   QStringView normalisedValue)
{
    Repetition r;
    bool found = false;
    for (const QByteArray &m : messages) {
        const Hl7::Delimiters d = delimitersOf(m);
        walk(m, d, [&](const Place &place, QByteArrayView raw) {
            if (place.field != path.field || !sameSegment(place.segment, path.segment)
                || (occurrenceGiven && place.occurrence != path.occurrence)
                || (path.repetition > 0 && place.repetition != path.repetition))
                return true;
            r.read(raw, d);
            found = r.part(path.component, path.subcomponent) == normalisedValue;
            return !found;
        });
        if (found)
            return true;
    }
    return false;
}

bool hasPhrase(const QList<QByteArray> &messages, const QStringList &normalisedWords)
{
    const QString phrase = u' ' + normalisedWords.join(u' ') + u' ';
    Repetition r;
    QString text;
    for (const QByteArray &m : messages) {
        // The message's values in order, one space between them: a phrase may span values.
        text = QStringLiteral(" ");
        const Hl7::Delimiters d = delimitersOf(m);
        walk(m, d, [&](const Place &, QByteArrayView raw) {
            if (raw.isEmpty())
                return true;
            r.read(raw, d);
            for (qsizetype c = 0; c < r.components(); ++c) {
                for (qsizetype s = 0; s < r.subcomponents(c); ++s) {
                    const QStringView leaf = r.subcomponent(c, s);
                    if (!leaf.isEmpty()) {
                        text += leaf;
                        text += u' ';
                    }
                }
            }
            return true;
        });
        if (text.contains(phrase))
            return true;
    }
    return false;
}

} // namespace MessageTokens

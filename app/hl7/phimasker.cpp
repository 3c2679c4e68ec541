#include "phimasker.h"

#include "hl7dictionary.h"
#include "hl7escape.h"
#include "hl7header.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <optional>

namespace {

using Kind = PhiMasker::Kind;

// The data types of the masked fields, by what their components hold.
enum class Type {
    CX,   // extended identifier
    XPN,  // person name
    XAD,  // address
    XTN,  // telephone number
    TS,   // time stamp: the date/time is component 1
    DLN,  // driver's license: the number is component 1
    XON,  // organization: the name is component 1
    Text, // ST, IS: the whole value
};

struct FieldRule
{
    const char *segment;
    int field;
    Type type;
};

// v2.5.1 numbering; earlier versions agree on these fields. Providers (PV1-7, ORC-12, OBR-16)
// are staff, not patients, and order numbers identify orders: they stay, as does PID-10 (race),
// which identifies no one.
constexpr FieldRule fieldRules[] = {
    {"PID", 2, Type::CX},   // patient ID
    {"PID", 3, Type::CX},   // patient identifier list
    {"PID", 4, Type::CX},   // alternate patient ID
    {"PID", 5, Type::XPN},  // patient name
    {"PID", 6, Type::XPN},  // mother's maiden name
    {"PID", 7, Type::TS},   // date/time of birth
    {"PID", 9, Type::XPN},  // patient alias
    {"PID", 11, Type::XAD}, // patient address
    {"PID", 12, Type::Text}, // county code
    {"PID", 13, Type::XTN}, // phone number - home
    {"PID", 14, Type::XTN}, // phone number - business
    {"PID", 18, Type::CX},  // patient account number
    {"PID", 19, Type::Text}, // SSN
    {"PID", 20, Type::DLN}, // driver's license
    {"PID", 21, Type::CX},  // mother's identifier
    {"PID", 23, Type::Text}, // birth place
    {"PID", 29, Type::TS},  // death date and time
    {"NK1", 2, Type::XPN},  // name
    {"NK1", 4, Type::XAD},  // address
    {"NK1", 5, Type::XTN},  // phone number
    {"NK1", 6, Type::XTN},  // business phone number
    {"NK1", 12, Type::CX},  // employee number
    {"NK1", 13, Type::XON}, // organization name
    {"NK1", 16, Type::TS},  // date/time of birth
    {"NK1", 26, Type::XPN}, // mother's maiden name
    {"NK1", 30, Type::XPN}, // contact person's name
    {"NK1", 31, Type::XTN}, // contact person's telephone number
    {"NK1", 32, Type::XAD}, // contact person's address
    {"NK1", 33, Type::CX},  // identifiers
    {"NK1", 37, Type::Text}, // contact person's SSN
    {"NK1", 38, Type::Text}, // birth place
    {"PV1", 5, Type::CX},   // preadmit number
    {"PV1", 19, Type::CX},  // visit number
    {"PV1", 50, Type::CX},  // alternate visit ID
    {"MRG", 1, Type::CX},   // prior patient identifier list
    {"MRG", 2, Type::CX},   // prior alternate patient ID
    {"MRG", 3, Type::CX},   // prior patient account number
    {"MRG", 4, Type::CX},   // prior patient ID
    {"MRG", 5, Type::CX},   // prior visit number
    {"MRG", 6, Type::CX},   // prior alternate visit ID
    {"MRG", 7, Type::XPN},  // prior patient name
    {"GT1", 2, Type::CX},   // guarantor number
    {"GT1", 3, Type::XPN},  // guarantor name
    {"GT1", 4, Type::XPN},  // guarantor spouse name
    {"GT1", 5, Type::XAD},  // guarantor address
    {"GT1", 6, Type::XTN},  // guarantor phone - home
    {"GT1", 7, Type::XTN},  // guarantor phone - business
    {"GT1", 8, Type::TS},   // guarantor date/time of birth
    {"GT1", 12, Type::Text}, // guarantor SSN
    {"IN1", 16, Type::XPN}, // name of insured
    {"IN1", 18, Type::TS},  // insured's date of birth
    {"IN1", 19, Type::XAD}, // insured's address
    {"IN1", 36, Type::Text}, // policy number
    {"IN1", 49, Type::CX},  // insured's ID number
    {"IN2", 1, Type::CX},   // insured's employee ID
    {"IN2", 2, Type::Text}, // insured's SSN
    {"IN2", 6, Type::Text}, // Medicare card number
    {"IN2", 8, Type::Text}, // Medicaid case number
};

// Codes (identifier type, assigning authority, name type, address type, use codes) and
// suffixes such as "JR" say nothing about who the patient is, and a reader needs them.
std::optional<Kind> componentKind(Type type, int component)
{
    switch (type) {
    case Type::CX:
        if (component == 1 || component == 2) // the number and its check digit
            return Kind::Identifier;
        break;
    case Type::XPN:
        if (component >= 1 && component <= 3) // family, given, further given names
            return Kind::Name;
        break;
    case Type::XAD:
        switch (component) {
        case 1: return Kind::Street;
        case 3: return Kind::City;
        case 2:  // other designation (apartment)
        case 5:  // zip
        case 8:  // other geographic designation
        case 9:  // county
        case 10: // census tract
            return Kind::Identifier;
        default: break; // state and country are kept, as HIPAA's Safe Harbor keeps them
        }
        break;
    case Type::XTN:
        switch (component) {
        case 1:  // the number as written
        case 6:  // area code
        case 7:  // local number
        case 8:  // extension
        case 12: // unformatted number
            return Kind::Phone;
        case 4: // email
        case 9: // any text
            return Kind::Identifier;
        default: break;
        }
        break;
    case Type::TS:
        if (component == 1)
            return Kind::Date;
        break;
    case Type::DLN:
    case Type::XON:
        if (component == 1)
            return Kind::Identifier;
        break;
    case Type::Text:
        return Kind::Identifier;
    }
    return std::nullopt;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isHigh(char c)
{
    return quint8(c) >= 0x80;
}

// Line ends, framing and other control bytes: they end a segment wherever they appear.
bool isControl(char c)
{
    return (quint8(c) < 0x20 && c != '\t') || c == '\x7f';
}

bool hasReplaceable(QByteArrayView value)
{
    return std::any_of(value.begin(), value.end(),
                       [](char c) { return isDigit(c) || isUpper(c) || isLower(c) || isHigh(c); });
}

// Pseudo-random bytes from the masker's key and one value: HMAC-SHA256 in counter mode, so
// the same value always gives the same bytes, and nobody without the key can test a guess.
class KeyStream
{
public:
    KeyStream(const QByteArray &key, Kind kind, int attempt, const QByteArray &value)
        : m_key(key)
    {
        m_input.reserve(value.size() + 6);
        m_input.append(4, '\0'); // the block counter
        m_input.append(char(kind));
        m_input.append(char(attempt));
        m_input.append(value);
    }

    int next(int bound)
    {
        if (m_pos >= m_block.size()) {
            m_input[0] = char(m_counter >> 24);
            m_input[1] = char(m_counter >> 16);
            m_input[2] = char(m_counter >> 8);
            m_input[3] = char(m_counter);
            ++m_counter;
            m_block = QMessageAuthenticationCode::hash(m_input, m_key, QCryptographicHash::Sha256);
            m_pos = 0;
        }
        // Two bytes per draw: the bias towards small results stays below 1/2500.
        const int value = quint8(m_block[m_pos]) << 8 | quint8(m_block[m_pos + 1]);
        m_pos += 2;
        return value % bound;
    }

    char letter() { return char('A' + next(26)); }
    char digit() { return char('0' + next(10)); }

private:
    const QByteArray &m_key;
    QByteArray m_input;
    QByteArray m_block;
    qsizetype m_pos = 0;
    quint32 m_counter = 0;
};

// Byte by byte: digits to digits, ASCII letters to letters of the same case; a byte of a
// multi-byte or 8-bit character becomes an ASCII letter, so no charset can be left half-valid.
// Punctuation and spaces stay. Phones keep the X (extension), B (beeper) and C (comment) that
// follow a digit in the old one-field format.
QByteArray scrambled(QByteArrayView value, KeyStream &stream, bool phone)
{
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (isDigit(c))
            out.append(stream.digit());
        else if (phone && i > 0 && isDigit(value[i - 1]) && (c == 'X' || c == 'B' || c == 'C'))
            out.append(c);
        else if (isUpper(c) || isHigh(c))
            out.append(stream.letter());
        else if (isLower(c))
            out.append(char(stream.letter() - 'A' + 'a'));
        else
            out.append(c);
    }
    return out;
}

// YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]: the number of digits before any fraction.
std::optional<qsizetype> dateDigits(QByteArrayView value)
{
    qsizetype n = 0;
    while (n < value.size() && isDigit(value[n]))
        ++n;
    if (n < 4 || n > 14 || n % 2 != 0)
        return std::nullopt;
    qsizetype pos = n;
    if (n == 14 && pos < value.size() && value[pos] == '.') {
        qsizetype fraction = 0;
        while (pos + 1 < value.size() && isDigit(value[pos + 1]) && fraction < 4) {
            ++pos;
            ++fraction;
        }
        if (fraction == 0)
            return std::nullopt;
        ++pos;
    }
    if (pos < value.size() && (value[pos] == '+' || value[pos] == '-')) {
        if (value.size() - pos != 5)
            return std::nullopt;
        for (qsizetype i = pos + 1; i < value.size(); ++i) {
            if (!isDigit(value[i]))
                return std::nullopt;
        }
        pos = value.size();
    }
    return pos == value.size() ? std::optional<qsizetype>(n) : std::nullopt;
}

void putTwoDigits(QByteArray &out, qsizetype at, int value)
{
    out[at] = char('0' + value / 10);
    out[at + 1] = char('0' + value % 10);
}

// The year stays (with it the age, which lab reference ranges depend on); month, day and time
// are replaced with valid ones, to the same precision. The time zone stays.
QByteArray maskedDate(QByteArrayView value, qsizetype digits, KeyStream &stream)
{
    QByteArray out = value.toByteArray();
    const int ranges[][2] = {{1, 12}, {1, 28}, {0, 23}, {0, 59}, {0, 59}}; // MM DD HH MM SS
    for (qsizetype at = 4, part = 0; at < digits; at += 2, ++part)
        putTwoDigits(out, at, ranges[part][0] + stream.next(ranges[part][1] - ranges[part][0] + 1));
    if (digits == 14 && out.size() > 14 && out[14] == '.') {
        for (qsizetype i = 15; i < out.size() && isDigit(out[i]); ++i)
            out[i] = stream.digit();
    }
    return out;
}

QByteArray pseudonym(const char *prefix, KeyStream &stream)
{
    QByteArray out(prefix);
    for (int i = 0; i < 5; ++i)
        out.append(stream.letter());
    return out;
}

bool isHeaderName(QByteArrayView name)
{
    return name == "MSH" || name == "BHS" || name == "FHS";
}

// What a segment of delimiters d needs in front of it to be parsed as part of a message.
QByteArray headerFor(const Hl7::Delimiters &d)
{
    QByteArray header("MSH");
    header.append(d.field);
    header.append(d.component);
    header.append(d.repetition);
    header.append(d.escape);
    header.append(d.subcomponent);
    if (d.truncation)
        header.append(d.truncation);
    header.append('\r');
    return header;
}

} // namespace

PhiMasker::PhiMasker()
{
    std::array<quint32, 8> key;
    QRandomGenerator::system()->fillRange(key.data(), key.size());
    m_key = QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(sizeof(key)));
}

PhiMasker::PhiMasker(QByteArray key)
    : m_key(std::move(key))
{
}

QByteArray PhiMasker::replacement(Kind kind, const QByteArray &value, const QString &text) const
{
    if (!hasReplaceable(value))
        return value;
    // Derived from the text, not its bytes, so an escape sequence or another charset for the
    // same name does not make another pseudonym.
    const QByteArray seed = text.toUtf8();
    const std::optional<qsizetype> digits = kind == Kind::Date ? dateDigits(value) : std::nullopt;
    QByteArray out;
    // A replacement that happens to equal the value (a one-digit id, a year-only date) would
    // leave it readable: try the next derivation, a few times.
    for (int attempt = 0; attempt < 8; ++attempt) {
        KeyStream stream(m_key, kind, attempt, seed);
        switch (kind) {
        case Kind::Name: out = pseudonym("PATIENT", stream); break;
        case Kind::Street: out = pseudonym("STREET", stream); break;
        case Kind::City: out = pseudonym("CITY", stream); break;
        case Kind::Date: out = digits ? maskedDate(value, *digits, stream) : scrambled(value, stream, false); break;
        case Kind::Phone: out = scrambled(value, stream, true); break;
        case Kind::Identifier: out = scrambled(value, stream, false); break;
        }
        if (out != value)
            break;
    }
    return out;
}

QByteArray PhiMasker::maskMessage(const Hl7::Message &message) const
{
    struct Change
    {
        Hl7::Range leaf;
        QByteArray bytes;
    };
    QList<Change> changes;
    const QByteArray &raw = message.raw();
    const Hl7::Delimiters &d = message.delimiters();
    for (const Hl7::Segment &segment : message.segments()) {
        for (const FieldRule &rule : fieldRules) {
            if (segment.name != rule.segment || rule.field > segment.fields.size())
                continue;
            for (const Hl7::Repetition &repetition : segment.fields[rule.field - 1].repetitions) {
                for (qsizetype c = 0; c < repetition.components.size(); ++c) {
                    const std::optional<Kind> kind = componentKind(rule.type, int(c + 1));
                    if (!kind)
                        continue;
                    for (const Hl7::Range &leaf : repetition.components[c].subcomponents) {
                        const QByteArrayView bytes = QByteArrayView(raw).sliced(leaf.begin, leaf.size());
                        if (bytes.isEmpty() || bytes == "\"\"")
                            continue;
                        const QByteArray value = Hl7::unescape(bytes, d);
                        const QByteArray masked = Hl7::escape(replacement(*kind, value, decodeHl7Text(value, m_charset)), d);
                        if (masked != bytes)
                            changes.append({leaf, masked});
                    }
                }
            }
        }
    }
    if (changes.isEmpty())
        return raw;
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.leaf.begin < b.leaf.begin; });
    QByteArray out;
    out.reserve(raw.size() + changes.size() * 8);
    qsizetype pos = 0;
    for (const Change &change : std::as_const(changes)) {
        out.append(QByteArrayView(raw).sliced(pos, change.leaf.begin - pos));
        out.append(change.bytes);
        pos = change.leaf.end;
    }
    out.append(QByteArrayView(raw).sliced(pos));
    return out;
}

QByteArray PhiMasker::mask(const QByteArray &message)
{
    if (!message.startsWith("MSH"))
        return maskText(message);
    const Hl7::Message parsed = Hl7::Message::parse(message);
    m_delimiters = parsed.delimiters();
    m_charset = Hl7Header::read(message).charset;
    return maskMessage(parsed);
}

QByteArray PhiMasker::maskText(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    qsizetype pos = 0;
    for (const Hl7::Range &range : Hl7::splitMessages(bytes)) {
        out.append(maskFragment(bytes.sliced(pos, range.begin - pos)));
        out.append(mask(bytes.sliced(range.begin, range.size()).toByteArray()));
        pos = range.end;
    }
    out.append(maskFragment(bytes.sliced(pos)));
    return out;
}

QString PhiMasker::maskString(const QString &text)
{
    return QString::fromUtf8(maskText(text.toUtf8()));
}

QByteArray PhiMasker::maskFragment(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        if (isControl(bytes[pos])) {
            out.append(bytes[pos++]);
            continue;
        }
        qsizetype end = pos;
        while (end < bytes.size() && !isControl(bytes[end]))
            ++end;
        out.append(maskLine(bytes.sliced(pos, end - pos)));
        pos = end;
    }
    return out;
}

QByteArray PhiMasker::maskLine(QByteArrayView line)
{
    const QByteArrayView name = line.first(std::min<qsizetype>(3, line.size()));
    if (line.size() >= 4 && isHeaderName(name)) {
        // Batch headers and an MSH cut off from its message declare the delimiters that follow.
        m_delimiters = Hl7::Message::parse(line.toByteArray()).delimiters();
        if (name == "MSH")
            m_charset = Hl7Header::read(line).charset;
        return line.toByteArray();
    }
    const bool segment = name.size() == 3 && isUpper(name[0]) && (isUpper(name[1]) || isDigit(name[1]))
        && (isUpper(name[2]) || isDigit(name[2])) && (line.size() == 3 || line[3] == m_delimiters.field);
    if (segment && (name == "BTS" || name == "FTS"))
        return line.toByteArray();
    if (segment && Hl7Dictionary::knowsSegment(name)) {
        const QByteArray header = headerFor(m_delimiters);
        return maskMessage(Hl7::Message::parse(QByteArray(header).append(line))).sliced(header.size());
    }
    // The middle of a segment whose start was not captured, or bytes that are not HL7 at all:
    // nothing says which of it is PHI.
    const QByteArray value = line.toByteArray();
    return replacement(Kind::Identifier, value, decodeHl7Text(value, m_charset));
}

#include "jsonreader.h"

#include "jsonbytes.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cstring>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

constexpr int MaxDepth = 256;

// Bytes that end a plain run inside a string: the quote, the backslash, control characters and
// the start of a multi-byte UTF-8 sequence (validated on its own).
struct StringStops
{
    bool stop[256] = {};
    constexpr StringStops()
    {
        for (int c = 0; c < 0x20; ++c)
            stop[c] = true;
        for (int c = 0x80; c < 0x100; ++c)
            stop[c] = true;
        stop[int('"')] = true;
        stop[int('\\')] = true;
    }
};
constexpr StringStops stringStops;

// Skips bytes that need no attention in a string: none below 0x20, no quote, no backslash, no
// high bit (multi-byte UTF-8 is validated on its own).
const char *skipPlain(const char *p, const char *end)
{
    p = JsonBytes::skipPlainWords(p, end, true);
    while (p < end && !stringStops.stop[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

JsonReader::JsonReader(QByteArrayView json)
    : m_begin(json.data())
    , m_pos(json.data())
    , m_end(json.data() + json.size())
{
}

QString JsonReader::error() const
{
    return Tr::tr("at byte %1: %2").arg(m_errorOffset).arg(m_error);
}

bool JsonReader::fail(const QString &what)
{
    if (m_error.isEmpty()) {
        m_error = what;
        m_errorOffset = m_pos - m_begin;
    }
    m_pos = m_end;
    return false;
}

bool JsonReader::expect(char c)
{
    skipWhitespace();
    if (m_pos < m_end && *m_pos == c) {
        ++m_pos;
        return true;
    }
    return fail(m_pos < m_end ? Tr::tr("expected '%1'").arg(QLatin1Char(c)) : Tr::tr("unexpected end of data"));
}

JsonReader::Token JsonReader::peek()
{
    skipWhitespace();
    if (m_pos >= m_end)
        return Token::Invalid;
    switch (*m_pos) {
    case '{': return Token::Object;
    case '[': return Token::Array;
    case '"': return Token::String;
    case 't': return Token::True;
    case 'f': return Token::False;
    case 'n': return Token::Null;
    default: return (*m_pos == '-' || isDigit(*m_pos)) ? Token::Number : Token::Invalid;
    }
}

bool JsonReader::beginObject()
{
    m_firstInContainer = true;
    return expect('{');
}

bool JsonReader::beginArray()
{
    m_firstInContainer = true;
    return expect('[');
}

bool JsonReader::nextIn(char close)
{
    if (failed())
        return false;
    skipWhitespace();
    if (m_pos < m_end && *m_pos == close) {
        ++m_pos;
        m_firstInContainer = false;
        return false;
    }
    if (!m_firstInContainer && !expect(','))
        return false;
    m_firstInContainer = false;
    return true;
}

bool JsonReader::nextMember(QString &key)
{
    if (!nextIn('}'))
        return false;
    skipWhitespace();
    if (m_pos >= m_end || *m_pos != '"')
        return fail(Tr::tr("expected a member name"));
    ++m_pos;
    return stringBody(&key) && expect(':');
}

bool JsonReader::nextElement()
{
    return nextIn(']');
}

bool JsonReader::stringBody(QString *out)
{
    // Called after the opening quote. Plain runs are appended in one piece.
    if (out)
        out->clear();
    for (;;) {
        const char *run = m_pos;
        while (m_pos < m_end) {
            m_pos = skipPlain(m_pos, m_end);
            if (m_pos >= m_end)
                break;
            const auto c = static_cast<unsigned char>(*m_pos);
            if (c == '"' || c == '\\' || c < 0x20)
                break;
            const int length = Utf8::sequenceLength(reinterpret_cast<const unsigned char *>(m_pos),
                                                  reinterpret_cast<const unsigned char *>(m_end));
            if (length == 0)
                return fail(Tr::tr("invalid UTF-8 in a string"));
            m_pos += length;
        }
        if (out && m_pos > run)
            out->append(QString::fromUtf8(run, m_pos - run));
        if (m_pos >= m_end)
            return fail(Tr::tr("unterminated string"));
        const char c = *m_pos++;
        if (c == '"')
            return true;
        if (c != '\\')
            return fail(Tr::tr("control character in a string"));
        if (m_pos >= m_end)
            return fail(Tr::tr("unterminated string"));
        const char e = *m_pos++;
        char16_t decoded = 0;
        switch (e) {
        case '"': decoded = u'"'; break;
        case '\\': decoded = u'\\'; break;
        case '/': decoded = u'/'; break;
        case 'b': decoded = u'\b'; break;
        case 'f': decoded = u'\f'; break;
        case 'n': decoded = u'\n'; break;
        case 'r': decoded = u'\r'; break;
        case 't': decoded = u'\t'; break;
        case 'u': {
            if (m_end - m_pos < 4)
                return fail(Tr::tr("unterminated string"));
            int code = 0;
            for (int i = 0; i < 4; ++i) {
                const int h = JsonBytes::hexDigit(m_pos[i]);
                if (h < 0)
                    return fail(Tr::tr("invalid \\u escape"));
                code = code * 16 + h;
            }
            m_pos += 4;
            decoded = char16_t(code);
            break;
        }
        default:
            return fail(Tr::tr("invalid escape sequence"));
        }
        if (out)
            out->append(QChar(decoded));
    }
}

bool JsonReader::readPlainString(QByteArrayView &out)
{
    skipWhitespace();
    if (m_pos >= m_end || *m_pos != '"')
        return fail(Tr::tr("expected a string"));
    const char *start = m_pos + 1;
    const char *p = start;
    p = skipPlain(p, m_end);
    if (p < m_end && *p == '"') {
        out = QByteArrayView(start, p - start);
        m_pos = p + 1;
        return true;
    }
    out = QByteArrayView();
    return false; // not plain ASCII: the caller reads it with readString()
}

bool JsonReader::readString(QString &out)
{
    skipWhitespace();
    if (m_pos >= m_end || *m_pos != '"')
        return fail(Tr::tr("expected a string"));
    ++m_pos;
    return stringBody(&out);
}

bool JsonReader::skipString()
{
    skipWhitespace();
    if (m_pos >= m_end || *m_pos != '"')
        return fail(Tr::tr("expected a string"));
    ++m_pos;
    return stringBody(nullptr);
}

bool JsonReader::readNumber(double &out)
{
    skipWhitespace();
    const char *start = m_pos;
    const char *p = m_pos;
    if (p < m_end && *p == '-')
        ++p;
    if (p >= m_end || !isDigit(*p))
        return fail(Tr::tr("expected a number"));
    if (*p == '0')
        ++p;
    else
        while (p < m_end && isDigit(*p))
            ++p;
    if (p < m_end && *p == '.') {
        ++p;
        if (p >= m_end || !isDigit(*p))
            return fail(Tr::tr("invalid number"));
        while (p < m_end && isDigit(*p))
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= m_end || !isDigit(*p))
            return fail(Tr::tr("invalid number"));
        while (p < m_end && isDigit(*p))
            ++p;
    }
    const auto [end, ec] = std::from_chars(start, p, out);
    if (ec == std::errc::result_out_of_range)
        return fail(Tr::tr("number out of range"));
    if (ec != std::errc() || end != p)
        return fail(Tr::tr("invalid number"));
    m_pos = p;
    return true;
}

bool JsonReader::literal(const char *word, qsizetype length)
{
    skipWhitespace();
    if (m_end - m_pos < length || std::memcmp(m_pos, word, size_t(length)) != 0)
        return fail(Tr::tr("invalid literal"));
    m_pos += length;
    return true;
}

bool JsonReader::readBool(bool &out)
{
    const Token t = peek();
    if (t == Token::True) {
        out = true;
        return literal("true", 4);
    }
    if (t == Token::False) {
        out = false;
        return literal("false", 5);
    }
    return fail(Tr::tr("expected true or false"));
}

bool JsonReader::readNull()
{
    return literal("null", 4);
}

bool JsonReader::value(QJsonValue *out, int depth)
{
    if (depth > MaxDepth)
        return fail(Tr::tr("nested too deeply"));
    switch (peek()) {
    case Token::Object: {
        QJsonObject object;
        QString key;
        if (!beginObject())
            return false;
        while (nextMember(key)) {
            QJsonValue member;
            if (!value(out ? &member : nullptr, depth + 1))
                return false;
            if (out)
                object.insert(key, member);
        }
        if (out)
            *out = object;
        return !failed();
    }
    case Token::Array: {
        QJsonArray array;
        if (!beginArray())
            return false;
        while (nextElement()) {
            QJsonValue element;
            if (!value(out ? &element : nullptr, depth + 1))
                return false;
            if (out)
                array.append(element);
        }
        if (out)
            *out = array;
        return !failed();
    }
    case Token::String: {
        QString text;
        if (!out)
            return skipString();
        if (!readString(text))
            return false;
        *out = text;
        return true;
    }
    case Token::Number: {
        double number = 0;
        if (!readNumber(number))
            return false;
        if (out)
            *out = number;
        return true;
    }
    case Token::True:
    case Token::False: {
        bool flag = false;
        if (!readBool(flag))
            return false;
        if (out)
            *out = flag;
        return true;
    }
    case Token::Null:
        if (out)
            *out = QJsonValue(QJsonValue::Null);
        return readNull();
    case Token::Invalid:
        break;
    }
    return fail(m_pos >= m_end ? Tr::tr("unexpected end of data") : Tr::tr("expected a value"));
}

bool JsonReader::readValue(QJsonValue &out)
{
    return value(&out, 0);
}

bool JsonReader::skipValue()
{
    return value(nullptr, 0);
}

bool JsonReader::readByteArray(QByteArray &out, bool &outOfRange)
{
    outOfRange = false;
    if (!expect('['))
        return false;
    // The hottest loop of a full read: a byte per element, so the commas are handled here rather
    // than through nextElement(), and bytes are written by index into a buffer that doubles.
    out.resize(64);
    char *data = out.data();
    qsizetype size = 0;
    skipWhitespace();
    if (m_pos < m_end && *m_pos == ']') {
        ++m_pos;
        out.clear();
        return true;
    }
    const char *p = m_pos;
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    const auto digit = [](char c) { return unsigned(static_cast<unsigned char>(c)) - unsigned('0'); };
    for (;;) {
        while (p < m_end && isSpace(*p))
            ++p;
        // Fast path: one to three digits without a leading zero; anything else (1e2, 5.0, -1,
        // 1000) goes through readNumber().
        int byte = 256;
        const char *q = p;
        if (q < m_end && digit(*q) <= 9) {
            unsigned value = digit(*q++);
            for (int more = 0; more < 2 && value != 0 && q < m_end && digit(*q) <= 9; ++more)
                value = value * 10 + digit(*q++);
            const bool ends = q < m_end && digit(*q) > 9 && *q != '.' && *q != 'e' && *q != 'E';
            if (ends && value <= 255) {
                byte = int(value);
                p = q;
            }
        }
        if (byte > 255) {
            m_pos = p;
            double number = 0;
            if (!readNumber(number))
                return false;
            p = m_pos;
            byte = (number >= 0 && number <= 255 && number == double(int(number))) ? int(number) : 256;
            if (byte > 255) {
                outOfRange = true;
                byte = 0;
            }
        }
        if (size == out.size()) {
            out.resize(size * 2);
            data = out.data();
        }
        data[size++] = char(byte);
        while (p < m_end && isSpace(*p))
            ++p;
        if (p < m_end && *p == ',') {
            ++p;
            continue;
        }
        if (p < m_end && *p == ']') {
            ++p;
            break;
        }
        m_pos = p;
        return fail(p < m_end ? Tr::tr("expected ',' or ']'") : Tr::tr("unexpected end of data"));
    }
    m_pos = p;
    out.truncate(size);
    return true;
}

bool JsonReader::finish()
{
    if (failed())
        return false;
    skipWhitespace();
    if (m_pos != m_end)
        return fail(Tr::tr("garbage after the document"));
    return true;
}

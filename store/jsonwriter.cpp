#include "jsonwriter.h"

#include "jsonbytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cstring>

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out.append(',');
        m_first.back() = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first.pop_back();
}

void JsonWriter::key(QStringView name)
{
    value(name);
    m_out.append(':');
    m_afterKey = true;
}

void JsonWriter::key(QLatin1StringView name)
{
    value(name);
    m_out.append(':');
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    // Ids, addresses and statuses are ASCII: written without a UTF-8 conversion.
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        appendEscaped(text.toUtf8());
        return;
    }
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c != u'"' && c != u'\\';
    });
    if (!plain) {
        appendEscaped(text.toLatin1());
        return;
    }
    const qsizetype start = m_out.size();
    m_out.resize(start + text.size() + 2);
    char *out = m_out.data() + start;
    *out++ = '"';
    for (const QChar c : text)
        *out++ = char(c.unicode());
    *out = '"';
}

namespace {
bool needsEscape(char ch)
{
    const auto c = static_cast<unsigned char>(ch);
    return c < 0x20 || c == '"' || c == '\\';
}

// The first byte from p on that JSON needs escaped (below 0x20, a quote or a backslash), or end.
const char *nextToEscape(const char *p, const char *end)
{
    p = JsonBytes::skipPlainWords(p, end, false);
    while (p < end && !needsEscape(*p))
        ++p;
    return p;
}

// "00" … "ff"
struct HexPairs
{
    char pair[256][2] = {};
    constexpr HexPairs()
    {
        constexpr char digits[] = "0123456789abcdef";
        for (int b = 0; b < 256; ++b) {
            pair[b][0] = digits[b >> 4];
            pair[b][1] = digits[b & 0xf];
        }
    }
};
constexpr HexPairs hexPairs;
} // namespace

void JsonWriter::rawValue(QByteArrayView json)
{
    separate();
    m_out.append(json);
}

QByteArray JsonWriter::quoted(QByteArrayView utf8)
{
    JsonWriter w(utf8.size() + utf8.size() / 16 + 2);
    w.appendEscaped(utf8);
    return w.take();
}

void JsonWriter::appendEscaped(QByteArrayView utf8)
{
    // Runs that need no escape are found eight bytes at a time and appended whole; HL7 text
    // escapes only its CRs and backslashes.
    static constexpr char hexDigits[] = "0123456789abcdef";
    m_out.append('"');
    const char *run = utf8.data();
    const char *end = utf8.data() + utf8.size();
    for (const char *p = nextToEscape(run, end); p < end; p = nextToEscape(p + 1, end)) {
        const auto c = static_cast<unsigned char>(*p);
        m_out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': m_out.append("\\\"", 2); break;
        case '\\': m_out.append("\\\\", 2); break;
        case '\n': m_out.append("\\n", 2); break;
        case '\r': m_out.append("\\r", 2); break;
        case '\t': m_out.append("\\t", 2); break;
        case '\b': m_out.append("\\b", 2); break;
        case '\f': m_out.append("\\f", 2); break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xf]};
            m_out.append(escaped, sizeof escaped);
        }
        }
    }
    m_out.append(run, end - run);
    m_out.append('"');
}

void JsonWriter::value(QLatin1StringView text)
{
    separate();
    const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    appendEscaped(ascii ? QByteArrayView(text.data(), text.size()) : QByteArrayView(QString(text).toUtf8()));
}

void JsonWriter::value(qint64 number)
{
    separate();
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, number);
    Q_UNUSED(ec);
    m_out.append(buffer, end - buffer);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

namespace {
// QJsonDocument writes a lone surrogate as a \u escape where toUtf8() would replace it: such
// texts are left to QJsonDocument, so every file stays byte for byte what it would write.
bool hasSurrogate(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSurrogate(); });
}
} // namespace

bool JsonWriter::writeDirect(const QJsonValue &any)
{
    switch (any.type()) {
    case QJsonValue::String: {
        const QString text = any.toString();
        if (hasSurrogate(text))
            return false;
        value(QStringView(text));
        return true;
    }
    case QJsonValue::Bool:
        value(any.toBool());
        return true;
    case QJsonValue::Null:
        null();
        return true;
    case QJsonValue::Object:
        break;
    default:
        return false;
    }
    const qsizetype mark = m_out.size();
    const std::vector<bool> first = m_first;
    const bool afterKey = m_afterKey;
    beginObject();
    const QJsonObject object = any.toObject();
    bool written = true;
    for (auto it = object.begin(); written && it != object.end(); ++it) {
        const QString name = it.key();
        written = !hasSurrogate(name);
        if (written) {
            key(name);
            written = writeDirect(it.value());
        }
    }
    if (written) {
        endObject();
        return true;
    }
    m_out.truncate(mark);
    m_first = first;
    m_afterKey = afterKey;
    return false;
}

void JsonWriter::value(const QJsonValue &any)
{
    // Captured elements carry their message text (most of a session file) and HL7 header here:
    // strings and objects of them are written directly, with the escapes QJsonDocument uses.
    // The rest (numbers, arrays carried through from another writer) is rare and small, so
    // QJsonDocument does it.
    if (writeDirect(any))
        return;
    separate();
    QByteArray wrapped = QJsonDocument(QJsonArray{any}).toJson(QJsonDocument::Compact);
    m_out.append(QByteArrayView(wrapped).sliced(1, wrapped.size() - 2));
}

namespace {
// "0,", "1,", … "255,": the Buffer arrays are most of a session file's bytes.
struct ByteTexts
{
    char text[256][4] = {};
    unsigned char length[256] = {};
    constexpr ByteTexts()
    {
        for (int b = 0; b < 256; ++b) {
            int n = 0;
            if (b >= 100)
                text[b][n++] = char('0' + b / 100);
            if (b >= 10)
                text[b][n++] = char('0' + b / 10 % 10);
            text[b][n++] = char('0' + b % 10);
            text[b][n++] = ',';
            length[b] = static_cast<unsigned char>(n);
        }
    }
};
constexpr ByteTexts byteTexts;
} // namespace

void JsonWriter::byteArray(const QByteArray &bytes)
{
    separate();
    const qsizetype start = m_out.size();
    m_out.resize(start + 2 + bytes.size() * 4);
    char *out = m_out.data() + start;
    *out++ = '[';
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        std::memcpy(out, byteTexts.text[b], 4);
        out += byteTexts.length[b];
    }
    if (!bytes.isEmpty())
        --out; // the last comma
    *out++ = ']';
    m_out.truncate(out - m_out.constData());
}

void JsonWriter::hex(const QByteArray &bytes)
{
    separate();
    const qsizetype start = m_out.size();
    m_out.resize(start + bytes.size() * 2 + 2);
    char *out = m_out.data() + start;
    *out++ = '"';
    for (const char ch : bytes) {
        std::memcpy(out, hexPairs.pair[static_cast<unsigned char>(ch)], 2);
        out += 2;
    }
    *out = '"';
}

QByteArray JsonWriter::take()
{
    return std::exchange(m_out, {});
}

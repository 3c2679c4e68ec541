#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

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

void JsonWriter::utf8Value(QByteArrayView utf8)
{
    separate();
    appendEscaped(utf8);
}

void JsonWriter::appendEscaped(QByteArrayView utf8)
{
    const auto needsEscape = [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0x20 || c == '"' || c == '\\';
    };
    if (std::none_of(utf8.begin(), utf8.end(), needsEscape)) {
        const qsizetype start = m_out.size();
        m_out.resize(start + utf8.size() + 2);
        char *out = m_out.data() + start;
        *out++ = '"';
        std::memcpy(out, utf8.data(), size_t(utf8.size()));
        out[utf8.size()] = '"';
        return;
    }
    // Runs that need no escape are appended whole; HL7 text escapes only its CRs and backslashes.
    static constexpr char hexDigits[] = "0123456789abcdef";
    m_out.append('"');
    const char *run = utf8.data();
    const char *end = utf8.data() + utf8.size();
    for (const char *p = run; p < end; ++p) {
        if (!needsEscape(*p))
            continue;
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

void JsonWriter::value(const QJsonValue &any)
{
    // Unknown fields carried through from another writer: rare and small, so QJsonDocument does it.
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
    m_out.append('"');
    m_out.append(bytes.toHex());
    m_out.append('"');
}

QByteArray JsonWriter::take()
{
    return std::exchange(m_out, {});
}

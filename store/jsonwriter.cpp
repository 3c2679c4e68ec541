#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>

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
    static constexpr char hexDigits[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': m_out.append("\\\""); break;
        case '\\': m_out.append("\\\\"); break;
        case '\n': m_out.append("\\n"); break;
        case '\r': m_out.append("\\r"); break;
        case '\t': m_out.append("\\t"); break;
        case '\b': m_out.append("\\b"); break;
        case '\f': m_out.append("\\f"); break;
        default:
            if (c < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xf]};
                m_out.append(escaped, sizeof escaped);
            } else {
                m_out.append(ch);
            }
        }
    }
    m_out.append('"');
}

void JsonWriter::value(QLatin1StringView text)
{
    value(QStringView(QString(text)));
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

void JsonWriter::byteArray(const QByteArray &bytes)
{
    separate();
    m_out.append('[');
    char buffer[4];
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            m_out.append(',');
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, static_cast<unsigned char>(bytes[i]));
        Q_UNUSED(ec);
        m_out.append(buffer, end - buffer);
    }
    m_out.append(']');
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

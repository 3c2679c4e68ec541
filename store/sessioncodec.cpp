#include "sessioncodec.h"

#include "jsonbytes.h"
#include "jsonreader.h"
#include "jsonwriter.h"
#include "sessionid.h"
#include "utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <cmath>

namespace SessionCodec {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionCodec)
};

// Millisecond times and counters: integral JSON numbers within the exact range of a double.
std::optional<qint64> integerOf(double d)
{
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return qint64(d);
}

// Reads a session straight from the bytes with JsonReader. A semantic error stops the read at
// once with a message that names the field, like a syntax error does.
// The keys of a captured message's "hl7" object, in the order QJsonObject wrote them.
constexpr std::array<QLatin1StringView, 6> HeaderKeys{
    QLatin1StringView("charset"),         QLatin1StringView("controlId"),       QLatin1StringView("sendingApplication"),
    QLatin1StringView("sendingFacility"), QLatin1StringView("type"),            QLatin1StringView("version"),
};

std::array<QString *, 6> headerFields(MessageHeader &h)
{
    return {&h.charset, &h.controlId, &h.sendingApplication, &h.sendingFacility, &h.type, &h.version};
}

// Text and header go to their fields only when writing them back gives the same JSON: both texts
// equal, and a header of exactly its six strings. Anything else stays in extra, verbatim.
void liftCapturedFields(Element &e)
{
    const QJsonValue content = e.extra.value(QLatin1StringView("content"));
    const QJsonValue decoded = e.extra.value(QLatin1StringView("decodedMessage"));
    if (content.isString() && decoded.isString() && content == decoded) {
        e.text = content.toString();
        e.extra.remove(QLatin1StringView("content"));
        e.extra.remove(QLatin1StringView("decodedMessage"));
    }
    const QJsonValue hl7 = e.extra.value(QLatin1StringView("hl7"));
    if (!hl7.isObject())
        return;
    const QJsonObject object = hl7.toObject();
    if (object.size() != qsizetype(HeaderKeys.size()))
        return;
    MessageHeader header;
    const auto fields = headerFields(header);
    for (size_t i = 0; i < HeaderKeys.size(); ++i) {
        const QJsonValue value = object.value(HeaderKeys[i]);
        if (!value.isString())
            return;
        *fields[i] = value.toString();
    }
    e.header = std::move(header);
    e.extra.remove(QLatin1StringView("hl7"));
}

class Decoder
{
public:
    Decoder(const QByteArray &json, SessionCodec::Detail detail)
        : m_reader(json)
        , m_full(detail == SessionCodec::Detail::Full)
    {
    }

    QString error() const
    {
        if (!m_error.isEmpty())
            return m_error;
        return Tr::tr("not valid JSON %1").arg(m_reader.error());
    }

    bool session(const QString &expectedId, Session &s)
    {
        if (m_reader.peek() != JsonReader::Token::Object) {
            if (m_reader.peek() == JsonReader::Token::Invalid)
                return m_reader.fail(Tr::tr("no JSON value"));
            return fail(Tr::tr("not a session: the top level is not a JSON object"));
        }
        bool haveId = false;
        std::optional<qint64> start;
        std::optional<qint64> persistedUntil;
        bool haveMetadata = false;
        QString key;
        m_reader.beginObject();
        while (m_reader.nextMember(key)) {
            bool ok = true;
            if (key == u"id") {
                if (m_reader.peek() != JsonReader::Token::String)
                    return fail(Tr::tr("\"id\" is missing or not a string"));
                ok = m_reader.readString(s.id);
                haveId = true;
                if (ok && !SessionId::isSafe(s.id))
                    return fail(Tr::tr("id \"%1\" is not a safe file name").arg(s.id.left(80)));
                if (ok && !expectedId.isEmpty() && s.id != expectedId)
                    return fail(Tr::tr("id \"%1\" does not match the file name \"%2\"").arg(s.id, expectedId));
            } else if (key == u"sessionId") {
                ok = sessionNumber(s.sessionNumber);
            } else if (key == u"startTime") {
                std::optional<qint64> t;
                ok = optionalTime(key, t, false);
                if (ok && !t)
                    return fail(Tr::tr("\"startTime\" is missing or not a time in milliseconds"));
                start = t;
            } else if (key == u"endTime") {
                ok = optionalTime(key, s.endTime, true);
            } else if (key == u"deviceIP") {
                ok = optionalString(key, s.deviceIp);
            } else if (key == u"lisIP") {
                ok = optionalString(key, s.lisIp);
            } else if (key == u"elements") {
                ok = elements(s.elements);
            } else if (key == u"messages") {
                ok = messages(s.messages);
            } else if (key == u"isComplete") {
                if (m_reader.peek() != JsonReader::Token::True && m_reader.peek() != JsonReader::Token::False)
                    return fail(Tr::tr("\"isComplete\" must be true or false"));
                ok = m_reader.readBool(s.complete);
            } else if (key == u"persistedUntil") {
                ok = lenientTime(persistedUntil);
            } else if (key == u"submissionStatus") {
                ok = status(s.submissionStatus);
            } else if (key == u"submissionAttempts") {
                ok = attempts(s.submissionAttempts);
            } else if (key == u"submittedAt") {
                ok = optionalTime(key, s.submittedAt, true);
            } else if (key == u"submissionError") {
                ok = optionalString(key, s.submissionError);
            } else if (key == u"lastSubmissionAttemptAt") {
                ok = optionalTime(key, s.lastSubmissionAttemptAt, true);
            } else if (key == u"nextSubmissionAttemptAt") {
                ok = optionalTime(key, s.nextSubmissionAttemptAt, true);
            } else if (key == u"_metadata") {
                ok = metadata(s, haveMetadata);
            } else {
                ok = extra(key, s.extra);
            }
            if (!ok)
                return false;
        }
        if (!m_reader.finish())
            return false;
        if (!haveId)
            return fail(Tr::tr("\"id\" is missing or not a string"));
        if (!start || *start < 0)
            return fail(Tr::tr("\"startTime\" is missing or not a time in milliseconds"));
        s.startTime = *start;
        if (!haveMetadata) {
            // The oldest files carry only persistedUntil, or nothing at all (then 30 days).
            s.schemaVersion.clear();
            if (persistedUntil && *persistedUntil > s.startTime) {
                const qint64 days = (*persistedUntil - s.startTime + MillisecondsPerDay / 2) / MillisecondsPerDay;
                s.retentionDays = int(qBound(qint64(MinRetentionDays), days, qint64(MaxRetentionDays)));
            }
        }
        return true;
    }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    bool isNull()
    {
        return m_reader.peek() == JsonReader::Token::Null && m_reader.readNull();
    }

    bool integer(const QString &what, std::optional<qint64> &out)
    {
        double d = 0;
        if (!m_reader.readNumber(d))
            return false;
        out = integerOf(d);
        if (!out)
            return fail(what);
        return true;
    }

    bool optionalTime(const QString &key, std::optional<qint64> &out, bool nullable)
    {
        if (nullable && isNull())
            return true;
        const QString message = Tr::tr("\"%1\" must be a time in milliseconds").arg(key);
        if (m_reader.peek() != JsonReader::Token::Number)
            return fail(key == u"startTime" ? Tr::tr("\"startTime\" is missing or not a time in milliseconds") : message);
        if (!integer(message, out))
            return false;
        if (*out < 0)
            return fail(key == u"startTime" ? Tr::tr("\"startTime\" is missing or not a time in milliseconds") : message);
        return true;
    }

    bool lenientTime(std::optional<qint64> &out)
    {
        if (m_reader.peek() != JsonReader::Token::Number)
            return m_reader.skipValue();
        double d = 0;
        if (!m_reader.readNumber(d))
            return false;
        out = integerOf(d);
        return true;
    }

    bool optionalString(const QString &key, QString &out)
    {
        if (isNull())
            return true;
        if (m_reader.peek() != JsonReader::Token::String)
            return fail(Tr::tr("\"%1\" must be a string").arg(key));
        return m_reader.readString(out);
    }

    bool sessionNumber(qint64 &out)
    {
        if (isNull())
            return true;
        if (m_reader.peek() == JsonReader::Token::String) {
            QString text;
            if (!m_reader.readString(text))
                return false;
            out = text.toLongLong();
            return true;
        }
        if (m_reader.peek() != JsonReader::Token::Number)
            return fail(Tr::tr("\"sessionId\" must be a number"));
        std::optional<qint64> n;
        if (!integer(Tr::tr("\"sessionId\" must be a number"), n))
            return false;
        out = *n;
        return true;
    }

    bool status(SubmissionStatus &out)
    {
        if (isNull())
            return true;
        const QString message = Tr::tr("\"submissionStatus\" must be pending, submitted, failed or ignored");
        if (m_reader.peek() != JsonReader::Token::String)
            return fail(message);
        QString text;
        if (!m_reader.readString(text))
            return false;
        const auto parsed = submissionStatusFromString(text);
        if (!parsed)
            return fail(message);
        out = *parsed;
        return true;
    }

    bool attempts(int &out)
    {
        if (isNull())
            return true;
        const QString message = Tr::tr("\"submissionAttempts\" must be a whole number");
        if (m_reader.peek() != JsonReader::Token::Number)
            return fail(message);
        std::optional<qint64> n;
        if (!integer(message, n))
            return false;
        if (*n < 0 || *n > 1'000'000)
            return fail(message);
        out = int(*n);
        return true;
    }

    bool metadata(Session &s, bool &haveMetadata)
    {
        if (isNull())
            return true;
        if (m_reader.peek() != JsonReader::Token::Object)
            return fail(Tr::tr("\"_metadata\" must be an object"));
        haveMetadata = true;
        QString version;
        QString key;
        m_reader.beginObject();
        while (m_reader.nextMember(key)) {
            bool ok = true;
            if (key == u"version" && m_reader.peek() == JsonReader::Token::String) {
                ok = m_reader.readString(version);
            } else if (key == u"savedAt") {
                const QString message = Tr::tr("\"_metadata.savedAt\" must be a time in milliseconds");
                if (m_reader.peek() != JsonReader::Token::Number)
                    return fail(message);
                std::optional<qint64> n;
                ok = integer(message, n);
                if (ok)
                    s.savedAt = *n;
            } else if (key == u"retentionDays") {
                const QString message = Tr::tr("\"_metadata.retentionDays\" must be a whole number from %1 to %2")
                                            .arg(MinRetentionDays)
                                            .arg(MaxRetentionDays);
                if (m_reader.peek() != JsonReader::Token::Number)
                    return fail(message);
                std::optional<qint64> days;
                ok = integer(message, days);
                if (ok && (*days < MinRetentionDays || *days > MaxRetentionDays))
                    return fail(message);
                if (ok)
                    s.retentionDays = int(*days);
            } else {
                ok = m_reader.skipValue();
            }
            if (!ok)
                return false;
        }
        if (m_reader.failed())
            return false;
        if (version != SessionCodec::LegacyVersionString && version != SessionCodec::SchemaVersionString)
            return fail(Tr::tr("unknown schema version \"%1\"").arg(version));
        s.schemaVersion = version;
        return true;
    }

    bool extra(const QString &key, QJsonObject &into)
    {
        if (!m_full)
            return m_reader.skipValue();
        QJsonValue value;
        if (!m_reader.readValue(value))
            return false;
        into.insert(key, value);
        return true;
    }

    bool messages(QStringList &out)
    {
        if (m_reader.peek() != JsonReader::Token::Array)
            return fail(Tr::tr("\"messages\" must be an array"));
        m_reader.beginArray();
        while (m_reader.nextElement()) {
            if (m_reader.peek() != JsonReader::Token::String)
                return fail(Tr::tr("\"messages\" must hold strings"));
            QString text;
            if (!m_reader.readString(text))
                return false;
            out.append(std::move(text));
        }
        return !m_reader.failed();
    }

    bool elements(QList<Element> &out)
    {
        if (m_reader.peek() != JsonReader::Token::Array)
            return fail(Tr::tr("\"elements\" must be an array"));
        m_reader.beginArray();
        while (m_reader.nextElement()) {
            Element e;
            if (!element(int(out.size()), e))
                return false;
            out.append(std::move(e));
        }
        return !m_reader.failed();
    }

    bool buffer(int index, QByteArray &out)
    {
        const QString shape = Tr::tr("element %1: \"rawBytes\" must be {\"type\":\"Buffer\",\"data\":[…]}").arg(index);
        if (m_reader.peek() != JsonReader::Token::Object)
            return fail(shape);
        bool isBuffer = false;
        bool haveData = false;
        QString key;
        m_reader.beginObject();
        while (m_reader.nextMember(key)) {
            if (key == u"type") {
                QString type;
                if (m_reader.peek() != JsonReader::Token::String)
                    return fail(shape);
                if (!m_reader.readString(type))
                    return false;
                isBuffer = type == u"Buffer";
            } else if (key == u"data") {
                if (m_reader.peek() != JsonReader::Token::Array)
                    return fail(shape);
                bool outOfRange = false;
                if (!m_reader.readByteArray(out, outOfRange))
                    return false;
                if (outOfRange)
                    return fail(Tr::tr("element %1: rawBytes holds a value that is not a byte").arg(index));
                haveData = true;
            } else if (!m_reader.skipValue()) {
                return false;
            }
        }
        if (m_reader.failed())
            return false;
        if (!isBuffer || !haveData)
            return fail(shape);
        return true;
    }

    bool hex(int index, QByteArray &out)
    {
        if (m_reader.peek() != JsonReader::Token::String)
            return fail(Tr::tr("element %1: \"hexData\" must be a string").arg(index));
        QByteArrayView digits;
        QByteArray escaped;
        if (!m_reader.readPlainString(digits)) {
            QString text;
            if (m_reader.failed() || !m_reader.readString(text))
                return false;
            escaped = text.toUtf8();
            digits = escaped;
        }
        if (digits.size() % 2 != 0)
            return fail(Tr::tr("element %1: \"hexData\" has an odd number of digits").arg(index));
        out.resize(digits.size() / 2);
        for (qsizetype i = 0; i < out.size(); ++i) {
            const int high = JsonBytes::hexDigit(digits[2 * i]);
            const int low = JsonBytes::hexDigit(digits[2 * i + 1]);
            if (high < 0 || low < 0)
                return fail(Tr::tr("element %1: \"hexData\" is not hexadecimal").arg(index));
            out[i] = char(high << 4 | low);
        }
        return true;
    }

    bool element(int index, Element &e)
    {
        if (m_reader.peek() != JsonReader::Token::Object)
            return fail(Tr::tr("element %1 is not an object").arg(index));
        QString type, direction;
        std::optional<qint64> timestamp;
        std::optional<QByteArray> raw, fromHex;
        QString key;
        m_reader.beginObject();
        while (m_reader.nextMember(key)) {
            bool ok = true;
            if (key == u"type" && m_reader.peek() == JsonReader::Token::String) {
                ok = m_reader.readString(type);
            } else if (key == u"direction" && m_reader.peek() == JsonReader::Token::String) {
                ok = m_reader.readString(direction);
            } else if (key == u"timestamp" && m_reader.peek() == JsonReader::Token::Number) {
                double d = 0;
                ok = m_reader.readNumber(d);
                timestamp = integerOf(d);
            } else if (key == u"id") {
                ok = optionalString(key, e.id);
            } else if (key == u"rawBytes") {
                if (!isNull()) {
                    raw.emplace();
                    ok = buffer(index, *raw);
                }
            } else if (key == u"hexData") {
                if (!isNull()) {
                    fromHex.emplace();
                    ok = hex(index, *fromHex);
                }
            } else if (key == u"type" || key == u"direction" || key == u"timestamp") {
                ok = m_reader.skipValue();
            } else {
                ok = extra(key, e.extra);
            }
            if (!ok)
                return false;
        }
        if (m_reader.failed())
            return false;
        liftCapturedFields(e);
        const auto parsedType = elementTypeFromString(type);
        if (!parsedType)
            return fail(Tr::tr("element %1 has an unknown \"type\"").arg(index));
        const auto parsedDirection = directionFromString(direction);
        if (!parsedDirection)
            return fail(Tr::tr("element %1 has an unknown \"direction\"").arg(index));
        if (!timestamp)
            return fail(Tr::tr("element %1 has no valid \"timestamp\"").arg(index));
        if (!raw && !fromHex)
            return fail(Tr::tr("element %1 has neither \"rawBytes\" nor \"hexData\"").arg(index));
        if (raw && fromHex && *raw != *fromHex)
            return fail(Tr::tr("element %1: \"hexData\" and \"rawBytes\" disagree").arg(index));
        e.type = *parsedType;
        e.direction = *parsedDirection;
        e.timestamp = *timestamp;
        e.bytes = raw ? std::move(*raw) : std::move(*fromHex);
        return true;
    }

    JsonReader m_reader;
    bool m_full;
    QString m_error;
};

// A text read from a file may hold a lone surrogate (a \uD800 escape); QJsonDocument writes those
// as escapes again, where the direct path would replace them.
void writeText(JsonWriter &w, const QString &text)
{
    if (text.isValidUtf16())
        w.value(QStringView(text));
    else
        w.value(QJsonValue(text));
}

void writeHeader(JsonWriter &w, MessageHeader header)
{
    w.beginObject();
    const auto fields = headerFields(header);
    for (size_t i = 0; i < HeaderKeys.size(); ++i) {
        w.key(HeaderKeys[i]);
        writeText(w, *fields[i]);
    }
    w.endObject();
}

void writeElement(JsonWriter &w, const Element &e, int index)
{
    w.beginObject();
    w.key(QLatin1StringView("id"));
    w.value(e.id.isEmpty() ? QStringLiteral("element-%1-%2").arg(e.timestamp).arg(index) : e.id);
    w.key(QLatin1StringView("timestamp"));
    w.value(e.timestamp);
    w.key(QLatin1StringView("direction"));
    w.value(jsonName(e.direction));
    w.key(QLatin1StringView("type"));
    w.value(jsonName(e.type));
    w.key(QLatin1StringView("hexData"));
    w.hex(e.bytes);
    w.key(QLatin1StringView("rawBytes"));
    w.beginObject();
    w.key(QLatin1StringView("type"));
    w.value(QLatin1StringView("Buffer"));
    w.key(QLatin1StringView("data"));
    w.byteArray(e.bytes);
    w.endObject();
    if (!e.text.isNull()) {
        w.key(QLatin1StringView("content"));
        writeText(w, e.text);
        w.key(QLatin1StringView("decodedMessage"));
        writeText(w, e.text);
    } else if (e.type == ElementType::Message && !e.extra.contains(QLatin1StringView("content"))) {
        // The Electron app shows messages from these two fields: its text of the bytes, as UTF-8.
        const QByteArray text = JsonWriter::quoted(Utf8::isValid(e.bytes) ? e.bytes : QString::fromUtf8(e.bytes).toUtf8());
        w.key(QLatin1StringView("content"));
        w.rawValue(text);
        w.key(QLatin1StringView("decodedMessage"));
        w.rawValue(text);
    }
    if (e.header) {
        w.key(QLatin1StringView("hl7"));
        writeHeader(w, *e.header);
    }
    for (auto it = e.extra.begin(); it != e.extra.end(); ++it) {
        w.key(it.key());
        w.value(it.value());
    }
    w.endObject();
}

} // namespace

Result<Session> decode(const QByteArray &json, const QString &expectedId, Detail detail)
{
    Decoder decoder(json, detail);
    Session session;
    if (!decoder.session(expectedId, session))
        return Result<Session>::failure(decoder.error());
    return Result<Session>::success(std::move(session));
}

QByteArray encode(const Session &s)
{
    qsizetype estimate = 512;
    for (const Element &e : s.elements)
        estimate += 160 + e.bytes.size() * 9; // Buffer array, hex digits, and for messages their text twice
    for (const QString &m : s.messages)
        estimate += m.size() + 16;
    JsonWriter w(estimate);
    w.beginObject();
    w.key(QLatin1StringView("id"));
    w.value(s.id);
    w.key(QLatin1StringView("sessionId"));
    w.value(s.sessionNumber);
    w.key(QLatin1StringView("startTime"));
    w.value(s.startTime);
    if (s.endTime) {
        w.key(QLatin1StringView("endTime"));
        w.value(*s.endTime);
    }
    w.key(QLatin1StringView("deviceIP"));
    w.value(s.deviceIp);
    w.key(QLatin1StringView("lisIP"));
    w.value(s.lisIp);
    w.key(QLatin1StringView("elements"));
    w.beginArray();
    for (qsizetype i = 0; i < s.elements.size(); ++i)
        writeElement(w, s.elements.at(i), int(i));
    w.endArray();
    w.key(QLatin1StringView("messages"));
    w.beginArray();
    for (const QString &m : s.messages)
        w.value(m);
    w.endArray();
    w.key(QLatin1StringView("isComplete"));
    w.value(s.complete);
    w.key(QLatin1StringView("persistedUntil"));
    w.value(s.persistedUntil());
    w.key(QLatin1StringView("submissionStatus"));
    w.value(jsonName(s.submissionStatus));
    w.key(QLatin1StringView("submissionAttempts"));
    w.value(qint64(s.submissionAttempts));
    if (s.submittedAt) {
        w.key(QLatin1StringView("submittedAt"));
        w.value(*s.submittedAt);
    }
    if (!s.submissionError.isEmpty()) {
        w.key(QLatin1StringView("submissionError"));
        w.value(s.submissionError);
    }
    if (s.lastSubmissionAttemptAt) {
        w.key(QLatin1StringView("lastSubmissionAttemptAt"));
        w.value(*s.lastSubmissionAttemptAt);
    }
    if (s.nextSubmissionAttemptAt) {
        w.key(QLatin1StringView("nextSubmissionAttemptAt"));
        w.value(*s.nextSubmissionAttemptAt);
    }
    for (auto it = s.extra.begin(); it != s.extra.end(); ++it) {
        w.key(it.key());
        w.value(it.value());
    }
    w.key(QLatin1StringView("_metadata"));
    w.beginObject();
    w.key(QLatin1StringView("version"));
    w.value(SchemaVersionString);
    w.key(QLatin1StringView("schemaVersion"));
    w.value(qint64(SchemaVersion));
    w.key(QLatin1StringView("savedAt"));
    w.value(s.savedAt);
    w.key(QLatin1StringView("retentionDays"));
    w.value(qint64(s.retentionDays));
    w.endObject();
    w.endObject();
    return w.take();
}

} // namespace SessionCodec

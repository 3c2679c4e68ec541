#include "sessioncodec.h"

#include "jsonwriter.h"
#include "sessionid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace SessionCodec {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionCodec)
};

const QSet<QString> &knownTopLevelKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("id"), QStringLiteral("sessionId"), QStringLiteral("startTime"),
        QStringLiteral("endTime"), QStringLiteral("deviceIP"), QStringLiteral("lisIP"),
        QStringLiteral("elements"), QStringLiteral("messages"), QStringLiteral("isComplete"),
        QStringLiteral("persistedUntil"), QStringLiteral("submissionStatus"),
        QStringLiteral("submissionAttempts"), QStringLiteral("submittedAt"),
        QStringLiteral("submissionError"), QStringLiteral("_metadata"),
    };
    return keys;
}

const QSet<QString> &knownElementKeys()
{
    // content and decodedMessage are not in this set: they are text the writer derived from the
    // bytes, and are kept verbatim as extra so a file read and written again keeps them exactly.
    static const QSet<QString> keys{
        QStringLiteral("id"), QStringLiteral("timestamp"), QStringLiteral("direction"),
        QStringLiteral("type"), QStringLiteral("hexData"), QStringLiteral("rawBytes"),
    };
    return keys;
}

// Millisecond times and counters: integral JSON numbers within the exact range of a double.
std::optional<qint64> integerOf(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return qint64(d);
}

class Reader
{
public:
    QString error;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    bool optionalTime(const QJsonObject &o, const QString &key, std::optional<qint64> &out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        const auto n = integerOf(v);
        if (!n || *n < 0)
            return fail(Tr::tr("\"%1\" must be a time in milliseconds").arg(key));
        out = *n;
        return true;
    }

    bool optionalString(const QJsonObject &o, const QString &key, QString &out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return fail(Tr::tr("\"%1\" must be a string").arg(key));
        out = v.toString();
        return true;
    }

    bool bytesOf(const QJsonObject &e, int index, QByteArray &out)
    {
        const QJsonValue raw = e.value(QLatin1StringView("rawBytes"));
        const QJsonValue hex = e.value(QLatin1StringView("hexData"));
        bool haveRaw = false;
        if (!raw.isUndefined() && !raw.isNull()) {
            const QJsonObject buffer = raw.toObject();
            const QJsonValue data = buffer.value(QLatin1StringView("data"));
            if (!raw.isObject() || buffer.value(QLatin1StringView("type")).toString() != QLatin1StringView("Buffer")
                || !data.isArray())
                return fail(Tr::tr("element %1: \"rawBytes\" must be {\"type\":\"Buffer\",\"data\":[…]}").arg(index));
            const QJsonArray array = data.toArray();
            out.resize(array.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                const auto byte = integerOf(array.at(i));
                if (!byte || *byte < 0 || *byte > 255)
                    return fail(Tr::tr("element %1: rawBytes[%2] is not a byte").arg(index).arg(i));
                out[i] = char(*byte);
            }
            haveRaw = true;
        }
        if (!hex.isUndefined() && !hex.isNull()) {
            if (!hex.isString())
                return fail(Tr::tr("element %1: \"hexData\" must be a string").arg(index));
            const QString text = hex.toString();
            for (const QChar c : text) {
                if (!isxdigit(c.toLatin1()) || c.unicode() > 0x7f)
                    return fail(Tr::tr("element %1: \"hexData\" is not hexadecimal").arg(index));
            }
            if (text.size() % 2 != 0)
                return fail(Tr::tr("element %1: \"hexData\" has an odd number of digits").arg(index));
            const QByteArray fromHex = QByteArray::fromHex(text.toLatin1());
            if (haveRaw && fromHex != out)
                return fail(Tr::tr("element %1: \"hexData\" and \"rawBytes\" disagree").arg(index));
            out = fromHex;
            return true;
        }
        if (!haveRaw)
            return fail(Tr::tr("element %1 has neither \"rawBytes\" nor \"hexData\"").arg(index));
        return true;
    }

    bool element(const QJsonValue &value, int index, Element &out)
    {
        if (!value.isObject())
            return fail(Tr::tr("element %1 is not an object").arg(index));
        const QJsonObject e = value.toObject();
        const auto type = elementTypeFromString(e.value(QLatin1StringView("type")).toString());
        if (!type)
            return fail(Tr::tr("element %1 has an unknown \"type\"").arg(index));
        const auto direction = directionFromString(e.value(QLatin1StringView("direction")).toString());
        if (!direction)
            return fail(Tr::tr("element %1 has an unknown \"direction\"").arg(index));
        const auto timestamp = integerOf(e.value(QLatin1StringView("timestamp")));
        if (!timestamp)
            return fail(Tr::tr("element %1 has no valid \"timestamp\"").arg(index));
        if (!optionalString(e, QStringLiteral("id"), out.id) || !bytesOf(e, index, out.bytes))
            return false;
        out.type = *type;
        out.direction = *direction;
        out.timestamp = *timestamp;
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!knownElementKeys().contains(it.key()))
                out.extra.insert(it.key(), it.value());
        }
        return true;
    }

    bool metadata(const QJsonObject &root, Session &s)
    {
        const QJsonValue metaValue = root.value(QLatin1StringView("_metadata"));
        if (metaValue.isUndefined() || metaValue.isNull()) {
            s.schemaVersion.clear();
            // The oldest files carry only persistedUntil, or nothing at all (then 30 days).
            const auto until = integerOf(root.value(QLatin1StringView("persistedUntil")));
            if (until && *until > s.startTime) {
                const qint64 days = (*until - s.startTime + MillisecondsPerDay / 2) / MillisecondsPerDay;
                s.retentionDays = int(qBound(qint64(MinRetentionDays), days, qint64(MaxRetentionDays)));
            }
            return true;
        }
        if (!metaValue.isObject())
            return fail(Tr::tr("\"_metadata\" must be an object"));
        const QJsonObject meta = metaValue.toObject();
        const QString version = meta.value(QLatin1StringView("version")).toString();
        if (version != LegacyVersionString && version != SchemaVersionString)
            return fail(Tr::tr("unknown schema version \"%1\"").arg(version));
        s.schemaVersion = version;
        const QJsonValue savedAt = meta.value(QLatin1StringView("savedAt"));
        if (!savedAt.isUndefined()) {
            const auto n = integerOf(savedAt);
            if (!n)
                return fail(Tr::tr("\"_metadata.savedAt\" must be a time in milliseconds"));
            s.savedAt = *n;
        }
        const QJsonValue retention = meta.value(QLatin1StringView("retentionDays"));
        if (!retention.isUndefined()) {
            const auto days = integerOf(retention);
            if (!days || *days < MinRetentionDays || *days > MaxRetentionDays)
                return fail(Tr::tr("\"_metadata.retentionDays\" must be a whole number from %1 to %2")
                                .arg(MinRetentionDays)
                                .arg(MaxRetentionDays));
            s.retentionDays = int(*days);
        }
        return true;
    }

    bool session(const QJsonObject &root, const QString &expectedId, Session &s)
    {
        const QJsonValue id = root.value(QLatin1StringView("id"));
        if (!id.isString())
            return fail(Tr::tr("\"id\" is missing or not a string"));
        s.id = id.toString();
        if (!SessionId::isSafe(s.id))
            return fail(Tr::tr("id \"%1\" is not a safe file name").arg(s.id.left(80)));
        if (!expectedId.isEmpty() && s.id != expectedId)
            return fail(Tr::tr("id \"%1\" does not match the file name \"%2\"").arg(s.id, expectedId));

        const QJsonValue number = root.value(QLatin1StringView("sessionId"));
        if (!number.isUndefined() && !number.isNull()) {
            const auto n = number.isString() ? std::optional<qint64>(number.toString().toLongLong()) : integerOf(number);
            if (!n)
                return fail(Tr::tr("\"sessionId\" must be a number"));
            s.sessionNumber = *n;
        }
        const auto start = integerOf(root.value(QLatin1StringView("startTime")));
        if (!start || *start < 0)
            return fail(Tr::tr("\"startTime\" is missing or not a time in milliseconds"));
        s.startTime = *start;
        if (!optionalTime(root, QStringLiteral("endTime"), s.endTime)
            || !optionalString(root, QStringLiteral("deviceIP"), s.deviceIp)
            || !optionalString(root, QStringLiteral("lisIP"), s.lisIp))
            return false;

        const QJsonValue elements = root.value(QLatin1StringView("elements"));
        if (!elements.isUndefined()) {
            if (!elements.isArray())
                return fail(Tr::tr("\"elements\" must be an array"));
            const QJsonArray array = elements.toArray();
            s.elements.resize(array.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!element(array.at(i), int(i), s.elements[i]))
                    return false;
            }
        }
        const QJsonValue messages = root.value(QLatin1StringView("messages"));
        if (!messages.isUndefined()) {
            if (!messages.isArray())
                return fail(Tr::tr("\"messages\" must be an array"));
            const QJsonArray array = messages.toArray();
            s.messages.reserve(array.size());
            for (const QJsonValue &m : array) {
                if (!m.isString())
                    return fail(Tr::tr("\"messages\" must hold strings"));
                s.messages.append(m.toString());
            }
        }
        const QJsonValue complete = root.value(QLatin1StringView("isComplete"));
        if (!complete.isUndefined() && !complete.isBool())
            return fail(Tr::tr("\"isComplete\" must be true or false"));
        s.complete = complete.toBool();

        const QJsonValue status = root.value(QLatin1StringView("submissionStatus"));
        if (!status.isUndefined() && !status.isNull()) {
            const auto parsed = submissionStatusFromString(status.toString());
            if (!status.isString() || !parsed)
                return fail(Tr::tr("\"submissionStatus\" must be pending, submitted, failed or ignored"));
            s.submissionStatus = *parsed;
        }
        const QJsonValue attempts = root.value(QLatin1StringView("submissionAttempts"));
        if (!attempts.isUndefined() && !attempts.isNull()) {
            const auto n = integerOf(attempts);
            if (!n || *n < 0 || *n > 1'000'000)
                return fail(Tr::tr("\"submissionAttempts\" must be a whole number"));
            s.submissionAttempts = int(*n);
        }
        if (!optionalTime(root, QStringLiteral("submittedAt"), s.submittedAt)
            || !optionalString(root, QStringLiteral("submissionError"), s.submissionError)
            || !metadata(root, s))
            return false;

        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!knownTopLevelKeys().contains(it.key()))
                s.extra.insert(it.key(), it.value());
        }
        return true;
    }
};

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
    if (e.type == ElementType::Message && !e.extra.contains(QLatin1StringView("content"))) {
        // The Electron app shows messages from these two fields.
        const QString text = QString::fromUtf8(e.bytes);
        w.key(QLatin1StringView("content"));
        w.value(text);
        w.key(QLatin1StringView("decodedMessage"));
        w.value(text);
    }
    for (auto it = e.extra.begin(); it != e.extra.end(); ++it) {
        w.key(it.key());
        w.value(it.value());
    }
    w.endObject();
}

} // namespace

Result<Session> decode(const QByteArray &json, const QString &expectedId)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<Session>::failure(
            Tr::tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return Result<Session>::failure(Tr::tr("not a session: the top level is not a JSON object"));
    Reader reader;
    Session session;
    if (!reader.session(document.object(), expectedId, session))
        return Result<Session>::failure(reader.error);
    return Result<Session>::success(std::move(session));
}

QByteArray encode(const Session &s)
{
    qsizetype estimate = 512;
    for (const Element &e : s.elements)
        estimate += 128 + e.bytes.size() * 7;
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

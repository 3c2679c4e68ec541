#include "sessionsummary.h"

#include <QCryptographicHash>
#include <QtEndian>
#include "jsonwriter.h"


#include <algorithm>

namespace {

void addNumber(QCryptographicHash &hash, qint64 value)
{
    const qint64 le = qToLittleEndian(value);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&le), sizeof le));
}

void addText(QCryptographicHash &hash, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    addNumber(hash, utf8.size());
    hash.addData(utf8);
}

} // namespace

SessionSummary SessionSummary::of(const Session &session)
{
    SessionSummary s;
    s.id = session.id;
    s.sessionNumber = session.sessionNumber;
    s.startTime = session.startTime;
    s.endTime = session.endTime;
    s.deviceIp = session.deviceIp;
    s.lisIp = session.lisIp;
    s.messageCount = int(session.messages.size());
    for (const QString &message : session.messages) {
        const QString type = messageTypeOf(message);
        if (!type.isEmpty() && !s.messageTypes.contains(type))
            s.messageTypes.append(type);
    }
    s.complete = session.complete;
    s.submissionStatus = session.submissionStatus;
    s.submissionAttempts = session.submissionAttempts;
    s.submittedAt = session.submittedAt;
    s.submissionError = session.submissionError;
    s.lastSubmissionAttemptAt = session.lastSubmissionAttemptAt;
    s.nextSubmissionAttemptAt = session.nextSubmissionAttemptAt;
    s.retentionDays = session.retentionDays;
    s.savedAt = session.savedAt;
    s.fingerprint = captureFingerprint(session);
    return s;
}

void SessionSummary::writeJson(JsonWriter &w) const
{
    auto time = [&w](const std::optional<qint64> &t) { t ? w.value(*t) : w.null(); };
    w.beginObject();
    w.key(QLatin1StringView("id"));
    w.value(id);
    w.key(QLatin1StringView("sessionId"));
    w.value(sessionNumber);
    w.key(QLatin1StringView("startTime"));
    w.value(startTime);
    w.key(QLatin1StringView("endTime"));
    time(endTime);
    w.key(QLatin1StringView("deviceIP"));
    w.value(deviceIp);
    w.key(QLatin1StringView("lisIP"));
    w.value(lisIp);
    w.key(QLatin1StringView("messageCount"));
    w.value(qint64(messageCount));
    w.key(QLatin1StringView("messageTypes"));
    w.beginArray();
    for (const QString &type : messageTypes)
        w.value(type);
    w.endArray();
    w.key(QLatin1StringView("isComplete"));
    w.value(complete);
    w.key(QLatin1StringView("submissionStatus"));
    w.value(jsonName(submissionStatus));
    w.key(QLatin1StringView("submissionAttempts"));
    w.value(qint64(submissionAttempts));
    w.key(QLatin1StringView("submittedAt"));
    time(submittedAt);
    w.key(QLatin1StringView("submissionError"));
    submissionError.isEmpty() ? w.null() : w.value(submissionError);
    w.key(QLatin1StringView("lastSubmissionAttemptAt"));
    time(lastSubmissionAttemptAt);
    w.key(QLatin1StringView("nextSubmissionAttemptAt"));
    time(nextSubmissionAttemptAt);
    w.key(QLatin1StringView("persistedUntil"));
    w.value(persistedUntil());
    w.key(QLatin1StringView("retentionDays"));
    w.value(qint64(retentionDays));
    w.key(QLatin1StringView("unsaved"));
    w.value(unsaved);
    w.endObject();
}

bool isNewer(const SessionSummary &a, const SessionSummary &b)
{
    if (a.startTime != b.startTime)
        return a.startTime > b.startTime;
    return a.id > b.id;
}

void sortNewestFirst(QList<SessionSummary> &summaries)
{
    std::sort(summaries.begin(), summaries.end(), isNewer);
}

QString messageTypeOf(QStringView message)
{
    if (message.size() < 4 || !message.startsWith(u"MSH"))
        return {};
    const QChar separator = message.at(3);
    // MSH-1 is the separator itself, so MSH-9 is the eighth separator-delimited part after "MSH".
    qsizetype position = 3;
    for (int field = 1; field < 8; ++field) {
        position = message.indexOf(separator, position + 1);
        if (position < 0)
            return {};
    }
    const qsizetype start = position + 1;
    qsizetype end = start;
    while (end < message.size() && message.at(end) != separator && message.at(end) != u'\r'
           && message.at(end) != u'\n')
        ++end;
    return message.sliced(start, end - start).toString();
}

QByteArray captureFingerprint(const Session &session)
{
    // Identity, not security: BLAKE2b is several times cheaper than SHA-256 in software.
    QCryptographicHash hash(QCryptographicHash::Blake2b_160);
    addNumber(hash, session.startTime);
    addNumber(hash, session.endTime.value_or(-1));
    addText(hash, session.deviceIp);
    addText(hash, session.lisIp);
    addNumber(hash, session.elements.size());
    for (const Element &e : session.elements) {
        addNumber(hash, e.timestamp);
        addNumber(hash, qint64(e.type));
        addNumber(hash, qint64(e.direction));
        addNumber(hash, e.bytes.size());
        hash.addData(e.bytes);
    }
    return hash.result().left(16).toHex();
}

#include "summarycache.h"

#include "durablefile.h"
#include "storelog.h"

#include <QDataStream>
#include <QFile>

namespace SummaryCache {

namespace {
constexpr quint32 Magic = 0x484c3753; // "HL7S"
constexpr quint32 FormatVersion = 1;

QDataStream &operator<<(QDataStream &out, const std::optional<qint64> &v)
{
    return out << v.has_value() << v.value_or(0);
}

QDataStream &operator>>(QDataStream &in, std::optional<qint64> &v)
{
    bool has = false;
    qint64 value = 0;
    in >> has >> value;
    v = has ? std::optional<qint64>(value) : std::nullopt;
    return in;
}
} // namespace

QHash<QString, CachedSummary> load(const QString &path)
{
    QHash<QString, CachedSummary> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    qint64 count = 0;
    in >> magic >> version >> count;
    if (magic != Magic || version != FormatVersion || count < 0 || count > 100'000'000) {
        qCInfo(lcStore) << "ignoring summary cache of another format:" << path;
        return entries;
    }
    entries.reserve(count);
    for (qint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        CachedSummary c;
        SessionSummary &s = c.summary;
        qint32 status = 0, messageCount = 0, attempts = 0, retention = 0;
        in >> c.file.name >> c.file.inode >> c.file.size >> c.file.modifiedNs >> s.id >> s.sessionNumber
            >> s.startTime >> s.endTime >> s.deviceIp >> s.lisIp >> messageCount >> s.messageTypes >> s.complete
            >> status >> attempts >> s.submittedAt >> s.submissionError >> retention >> s.savedAt >> s.fingerprint;
        s.messageCount = messageCount;
        s.submissionStatus = SubmissionStatus(qBound(0, status, int(SubmissionStatus::Ignored)));
        s.submissionAttempts = attempts;
        s.retentionDays = retention;
        entries.insert(c.file.name, std::move(c));
    }
    if (in.status() != QDataStream::Ok) {
        qCWarning(lcStore) << "summary cache is damaged and will be rebuilt:" << path;
        entries.clear();
    }
    return entries;
}

Status save(const QString &path, const QHash<QString, CachedSummary> &entries)
{
    QByteArray bytes;
    bytes.reserve(entries.size() * 256 + 64);
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << FormatVersion << qint64(entries.size());
    for (const CachedSummary &c : entries) {
        const SessionSummary &s = c.summary;
        out << c.file.name << c.file.inode << c.file.size << c.file.modifiedNs << s.id << s.sessionNumber
            << s.startTime << s.endTime << s.deviceIp << s.lisIp << qint32(s.messageCount) << s.messageTypes
            << s.complete << qint32(s.submissionStatus) << qint32(s.submissionAttempts) << s.submittedAt
            << s.submissionError << qint32(s.retentionDays) << s.savedAt << s.fingerprint;
    }
    return DurableFile::write(path, bytes);
}

} // namespace SummaryCache

#include "summarycache.h"

#include "durablefile.h"
#include "storelog.h"

#include <QFile>
#include <QSet>
#include <QtEndian>

#include <cstring>
#include <type_traits>

namespace SummaryCache {

namespace {

constexpr quint32 Magic = 0x484c3753; // "HL7S"
constexpr quint32 FormatVersion = 4; // 4: submission attempt times
constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

// A flat little-endian layout read straight from memory: reading 100 000 entries through
// QDataStream cost a quarter of a warm `list`.
class Writer
{
public:
    template <typename T>
    void put(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        const T le = qToLittleEndian(value);
        m_out.append(reinterpret_cast<const char *>(&le), sizeof le);
    }
    void put(const QString &text)
    {
        put(quint32(text.size()));
        m_out.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    }
    void put(const QByteArray &bytes)
    {
        put(quint32(bytes.size()));
        m_out.append(bytes);
    }
    void put(const std::optional<qint64> &time) { put(time.value_or(NoTime)); }
    QByteArray &bytes() { return m_out; }

private:
    QByteArray m_out;
};

class Reader
{
public:
    explicit Reader(QByteArrayView in) : m_pos(in.data()), m_end(in.data() + in.size()) {}

    bool ok() const { return m_ok; }

    template <typename T>
    T get()
    {
        T value{};
        if (!take(sizeof value))
            return value;
        std::memcpy(&value, m_pos - sizeof value, sizeof value);
        return qFromLittleEndian(value);
    }
    void get(QString &text)
    {
        const quint32 size = get<quint32>();
        if (!take(qsizetype(size) * 2))
            return;
        text = QString(reinterpret_cast<const QChar *>(m_pos - qsizetype(size) * 2), size);
    }
    void get(QByteArray &bytes)
    {
        const quint32 size = get<quint32>();
        if (take(size))
            bytes = QByteArray(m_pos - size, size);
    }
    void get(std::optional<qint64> &time)
    {
        const qint64 value = get<qint64>();
        time = value == NoTime ? std::nullopt : std::optional<qint64>(value);
    }

private:
    bool take(qsizetype size)
    {
        if (!m_ok || m_end - m_pos < size) {
            m_ok = false;
            return false;
        }
        m_pos += size;
        return true;
    }

    const char *m_pos;
    const char *m_end;
    bool m_ok = true;
};

// Addresses, message types and errors repeat across thousands of sessions: one copy each.
template <typename T>
class Interner
{
public:
    void intern(T &value)
    {
        const auto it = m_seen.constFind(value);
        if (it != m_seen.cend())
            value = *it;
        else
            m_seen.insert(value);
    }

private:
    QSet<T> m_seen;
};

} // namespace

SummaryTable load(const QString &path)
{
    SummaryTable entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QByteArray bytes = file.readAll();
    Reader in(bytes);
    const quint32 magic = in.get<quint32>();
    const quint32 version = in.get<quint32>();
    const qint64 count = in.get<qint64>();
    if (!in.ok() || magic != Magic || version != FormatVersion || count < 0 || count > bytes.size() / 16) {
        qCDebug(lcStore) << "ignoring a summary cache of another format:" << path;
        return entries;
    }
    entries.reserve(count);
    Interner<QString> strings;
    Interner<QStringList> types;
    for (qint64 i = 0; i < count && in.ok(); ++i) {
        CachedSummary c;
        SessionSummary &s = c.summary;
        c.stamp.inode = in.get<quint64>();
        c.stamp.size = in.get<qint64>();
        c.stamp.modifiedNs = in.get<qint64>();
        in.get(s.id);
        s.sessionNumber = in.get<qint64>();
        s.startTime = in.get<qint64>();
        in.get(s.endTime);
        in.get(s.deviceIp);
        in.get(s.lisIp);
        s.messageCount = in.get<qint32>();
        const quint32 typeCount = in.get<quint32>();
        for (quint32 t = 0; t < typeCount && t < 64 && in.ok(); ++t) {
            QString type;
            in.get(type);
            s.messageTypes.append(type);
        }
        s.complete = in.get<quint8>() != 0;
        s.submissionStatus = SubmissionStatus(qBound(0, int(in.get<quint8>()), int(SubmissionStatus::Ignored)));
        s.submissionAttempts = in.get<qint32>();
        in.get(s.submittedAt);
        in.get(s.submissionError);
        in.get(s.lastSubmissionAttemptAt);
        in.get(s.nextSubmissionAttemptAt);
        s.retentionDays = in.get<qint32>();
        s.savedAt = in.get<qint64>();
        in.get(s.fingerprint);
        strings.intern(s.deviceIp);
        strings.intern(s.lisIp);
        strings.intern(s.submissionError);
        types.intern(s.messageTypes);
        const QString id = s.id;
        entries.insert(id, std::move(c));
    }
    if (!in.ok()) {
        qCWarning(lcStore) << "summary cache is damaged and will be rebuilt:" << path;
        entries.clear();
    }
    return entries;
}

Status save(const QString &path, const SummaryTable &entries)
{
    Writer out;
    out.bytes().reserve(entries.size() * 200 + 64);
    out.put(Magic);
    out.put(FormatVersion);
    out.put(qint64(entries.size()));
    for (const CachedSummary &c : entries) {
        const SessionSummary &s = c.summary;
        out.put(c.stamp.inode);
        out.put(c.stamp.size);
        out.put(c.stamp.modifiedNs);
        out.put(s.id);
        out.put(s.sessionNumber);
        out.put(s.startTime);
        out.put(s.endTime);
        out.put(s.deviceIp);
        out.put(s.lisIp);
        out.put(qint32(s.messageCount));
        out.put(quint32(s.messageTypes.size()));
        for (const QString &type : s.messageTypes)
            out.put(type);
        out.put(quint8(s.complete));
        out.put(quint8(s.submissionStatus));
        out.put(qint32(s.submissionAttempts));
        out.put(s.submittedAt);
        out.put(s.submissionError);
        out.put(s.lastSubmissionAttemptAt);
        out.put(s.nextSubmissionAttemptAt);
        out.put(qint32(s.retentionDays));
        out.put(s.savedAt);
        out.put(s.fingerprint);
    }
    return DurableFile::write(path, out.bytes());
}

} // namespace SummaryCache

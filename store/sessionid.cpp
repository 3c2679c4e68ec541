#include "sessionid.h"

#include <QRandomGenerator>

namespace SessionId {

namespace {
constexpr qsizetype MaxLength = 128;

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
        || u == u'_' || u == u'.';
}
} // namespace

bool isSafe(QStringView id)
{
    if (id.isEmpty() || id.size() > MaxLength)
        return false;
    if (!id.front().isLetterOrNumber() || id.front().unicode() > 0x7f)
        return false;
    if (id.contains(u".."))
        return false;
    for (const QChar c : id) {
        if (!isIdChar(c))
            return false;
    }
    return true;
}

QString generate(qint64 startTimeMs)
{
    const quint32 random = QRandomGenerator::global()->generate();
    return QStringLiteral("session-%1-%2").arg(startTimeMs).arg(random, 8, 16, QLatin1Char('0'));
}

QString fileNameFor(const QString &id)
{
    return id + QStringLiteral(".json");
}

} // namespace SessionId

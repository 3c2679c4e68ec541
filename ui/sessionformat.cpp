#include "sessionformat.h"

#include "statusbadge.h"
#include "timetext.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cstdlib>

namespace SessionFormat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionFormat)
};

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;


} // namespace

QString statusText(SubmissionStatus status)
{
    return StatusBadge::text(status);
}

QColor statusColor(SubmissionStatus status)
{
    return StatusBadge::background(status); // the table's badge colour, so both views agree
}

QString elementTypeText(ElementType type)
{
    switch (type) {
    case ElementType::Start:
        return Tr::tr("Start");
    case ElementType::Ack:
        return Tr::tr("ACK");
    case ElementType::Nak:
        return Tr::tr("NAK");
    case ElementType::Message:
        return Tr::tr("Message");
    case ElementType::End:
        return Tr::tr("End");
    case ElementType::Other:
        return Tr::tr("Other");
    }
    return {};
}

QString directionText(Direction direction)
{
    return direction == Direction::DeviceToPc ? Tr::tr("Device → LIS") : Tr::tr("LIS → device");
}

QString dateTime(qint64 msSinceEpoch)
{
    return TimeText::localDateTime(msSinceEpoch);
}

QString timeOfDay(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString offset(qint64 ms)
{
    const QChar sign = ms < 0 ? u'−' : u'+';
    const qint64 magnitude = std::abs(ms);
    return Tr::tr("%1%2.%3 s")
        .arg(sign)
        .arg(magnitude / Second)
        .arg(magnitude % Second, 3, 10, QLatin1Char('0'));
}

QString duration(qint64 ms)
{
    return TimeText::duration(std::max<qint64>(ms, 0));
}

QString relative(qint64 then, qint64 now)
{
    return TimeText::relative(then, now);
}

QString expiry(qint64 expiresAt, qint64 now)
{
    return expiresAt > now ? Tr::tr("expires %1").arg(relative(expiresAt, now))
                           : Tr::tr("expired %1").arg(relative(expiresAt, now));
}

} // namespace SessionFormat

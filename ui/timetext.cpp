#include "timetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <array>

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// One of a unit and many, spelled out rather than "%n hour(s)": the app ships no English
// catalogue to resolve the numerus forms, and the other languages translate both strings.
struct Unit
{
    qint64 ms;
    const char *pastOne;
    const char *pastMany;
    const char *futureOne;
    const char *futureMany;
};

constexpr std::array<Unit, 5> units{{
    {365 * Day, QT_TRANSLATE_NOOP("TimeText", "a year ago"), QT_TRANSLATE_NOOP("TimeText", "%1 years ago"),
     QT_TRANSLATE_NOOP("TimeText", "in a year"), QT_TRANSLATE_NOOP("TimeText", "in %1 years")},
    {30 * Day, QT_TRANSLATE_NOOP("TimeText", "a month ago"), QT_TRANSLATE_NOOP("TimeText", "%1 months ago"),
     QT_TRANSLATE_NOOP("TimeText", "in a month"), QT_TRANSLATE_NOOP("TimeText", "in %1 months")},
    {Day, QT_TRANSLATE_NOOP("TimeText", "a day ago"), QT_TRANSLATE_NOOP("TimeText", "%1 days ago"),
     QT_TRANSLATE_NOOP("TimeText", "in a day"), QT_TRANSLATE_NOOP("TimeText", "in %1 days")},
    {Hour, QT_TRANSLATE_NOOP("TimeText", "an hour ago"), QT_TRANSLATE_NOOP("TimeText", "%1 hours ago"),
     QT_TRANSLATE_NOOP("TimeText", "in an hour"), QT_TRANSLATE_NOOP("TimeText", "in %1 hours")},
    {Minute, QT_TRANSLATE_NOOP("TimeText", "a minute ago"), QT_TRANSLATE_NOOP("TimeText", "%1 minutes ago"),
     QT_TRANSLATE_NOOP("TimeText", "in a minute"), QT_TRANSLATE_NOOP("TimeText", "in %1 minutes")},
}};

QString translated(const char *text)
{
    return QCoreApplication::translate("TimeText", text);
}

} // namespace

namespace TimeText {

QString localDateTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString relative(qint64 msSinceEpoch, qint64 nowMs)
{
    const qint64 delta = nowMs - msSinceEpoch;
    const qint64 distance = delta < 0 ? -delta : delta;
    if (distance < Minute)
        return translated(QT_TRANSLATE_NOOP("TimeText", "just now"));
    for (const Unit &unit : units) {
        const qint64 n = distance / unit.ms;
        if (n < 1)
            continue;
        if (delta >= 0)
            return n == 1 ? translated(unit.pastOne) : translated(unit.pastMany).arg(n);
        return n == 1 ? translated(unit.futureOne) : translated(unit.futureMany).arg(n);
    }
    return {};
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < Second)
        return QCoreApplication::translate("TimeText", "%1 ms").arg(ms);
    if (ms < Minute)
        return QCoreApplication::translate("TimeText", "%1 s").arg(QLocale().toString(double(ms) / Second, 'f', 1));
    if (ms < Hour) {
        return QCoreApplication::translate("TimeText", "%1 min %2 s")
            .arg(ms / Minute)
            .arg((ms % Minute) / Second, 2, 10, QLatin1Char('0'));
    }
    return QCoreApplication::translate("TimeText", "%1 h %2 min").arg(ms / Hour).arg((ms % Hour) / Minute, 2, 10, QLatin1Char('0'));
}

} // namespace TimeText

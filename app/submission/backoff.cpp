#include "backoff.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <algorithm>

namespace Backoff {

milliseconds delayAfter(int attempt, std::optional<milliseconds> retryAfter, milliseconds base)
{
    base = std::max(base, milliseconds(0));
    const int doublings = std::clamp(attempt - 1, 0, 30);
    milliseconds delay = MaxDelay;
    // Doubling stops at the cap, so no shift ever overflows.
    if (base.count() == 0 || base.count() <= MaxDelay.count() >> doublings)
        delay = std::min(MaxDelay, milliseconds(base.count() << doublings));
    if (retryAfter)
        delay = std::max(delay, std::clamp(*retryAfter, milliseconds(0), MaxRetryAfter));
    return delay;
}

std::optional<milliseconds> parseRetryAfter(QByteArrayView value, qint64 nowMs)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qulonglong seconds = text.size() > 12 ? 0 : text.toULongLong(&ok);
        if (!ok)
            return MaxRetryAfter; // more digits than any sane wait: the longest we accept
        return std::min(milliseconds(qint64(seconds) * 1000), MaxRetryAfter);
    }
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") is RFC 2822's form with a GMT zone.
    const QString date = QString::fromLatin1(text);
    QDateTime when = QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeZone(QTimeZone::utc());
    else
        when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::clamp(milliseconds(when.toMSecsSinceEpoch() - nowMs), milliseconds(0), MaxRetryAfter);
}

} // namespace Backoff

#pragma once

#include <QByteArrayView>

#include <chrono>
#include <optional>

namespace Backoff {

using std::chrono::milliseconds;

constexpr milliseconds DefaultBase{1000};
constexpr milliseconds MaxDelay{5 * 60 * 1000};       // a retry at least every 5 minutes
constexpr milliseconds MaxRetryAfter{60 * 60 * 1000}; // a collector cannot hold us off for more than an hour

// The wait after the attempt-th failed attempt (1-based): base, 2 base, 4 base, … up to
// MaxDelay; a Retry-After the collector sent is honoured when it asks for longer (up to
// MaxRetryAfter).
milliseconds delayAfter(int attempt, std::optional<milliseconds> retryAfter = std::nullopt,
                        milliseconds base = DefaultBase);

// A Retry-After header: delta-seconds or an HTTP-date (RFC 9110), at nowMs since the epoch.
// A date in the past is zero; nullopt when the value is neither.
std::optional<milliseconds> parseRetryAfter(QByteArrayView value, qint64 nowMs);

} // namespace Backoff

#include "sessionfilter.h"

#include <QLatin1StringView>

namespace {

constexpr std::array<std::pair<StatusFilter, QLatin1StringView>, 5> statusNames{{
    {StatusFilter::All, QLatin1StringView("all")},
    {StatusFilter::Pending, QLatin1StringView("pending")},
    {StatusFilter::Submitted, QLatin1StringView("submitted")},
    {StatusFilter::Failed, QLatin1StringView("failed")},
    {StatusFilter::Ignored, QLatin1StringView("ignored")},
}};

constexpr std::array<std::pair<TimeRange::Preset, QLatin1StringView>, 6> presetNames{{
    {TimeRange::Preset::All, QLatin1StringView("all")},
    {TimeRange::Preset::LastHour, QLatin1StringView("lastHour")},
    {TimeRange::Preset::Last24Hours, QLatin1StringView("last24Hours")},
    {TimeRange::Preset::Last7Days, QLatin1StringView("last7Days")},
    {TimeRange::Preset::Last30Days, QLatin1StringView("last30Days")},
    {TimeRange::Preset::Custom, QLatin1StringView("custom")},
}};

template <typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &names, Enum value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return name;
    }
    return names.front().second;
}

template <typename Enum, size_t N>
Enum valueOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &names, QStringView name)
{
    for (const auto &[v, n] : names) {
        if (name == n)
            return v;
    }
    return names.front().first;
}

} // namespace

QString settingsName(StatusFilter filter) { return nameOf(statusNames, filter); }
StatusFilter statusFilterFromSettingsName(QStringView name) { return valueOf(statusNames, name); }
QString settingsName(TimeRange::Preset preset) { return nameOf(presetNames, preset); }
TimeRange::Preset timeRangePresetFromSettingsName(QStringView name) { return valueOf(presetNames, name); }

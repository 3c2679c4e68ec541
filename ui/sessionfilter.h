#pragma once

#include "session.h"

#include <QtGlobal>

#include <array>
#include <optional>

// What a person narrows the session list to: one submission status or all of them, and a window
// of start times. The search query travels separately: it is answered off the GUI thread.
enum class StatusFilter { All, Pending, Submitted, Failed, Ignored };

constexpr std::array<StatusFilter, 5> AllStatusFilters{StatusFilter::All, StatusFilter::Pending, StatusFilter::Submitted,
                                                       StatusFilter::Failed, StatusFilter::Ignored};

// The one status a filter keeps; nullopt for All.
constexpr std::optional<SubmissionStatus> submissionStatusOf(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::All:
        break;
    case StatusFilter::Pending:
        return SubmissionStatus::Pending;
    case StatusFilter::Submitted:
        return SubmissionStatus::Submitted;
    case StatusFilter::Failed:
        return SubmissionStatus::Failed;
    case StatusFilter::Ignored:
        return SubmissionStatus::Ignored;
    }
    return std::nullopt;
}

struct TimeRange
{
    enum class Preset { All, LastHour, Last24Hours, Last7Days, Last30Days, Custom };

    Preset preset = Preset::All;
    // Custom only: start times from..to, both included, in ms since the epoch.
    qint64 from = 0;
    qint64 to = 0;

    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

// The sessions per submission status, among those that pass the time range and the search (not
// the status filter, so each button tells how many it would show).
struct StatusCounts
{
    std::array<int, 4> byStatus{}; // indexed by SubmissionStatus

    int of(SubmissionStatus status) const { return byStatus[size_t(status)]; }
    int of(StatusFilter filter) const;
    int total() const { return byStatus[0] + byStatus[1] + byStatus[2] + byStatus[3]; }

    friend bool operator==(const StatusCounts &, const StatusCounts &) = default;
};

inline int StatusCounts::of(StatusFilter filter) const
{
    const std::optional<SubmissionStatus> status = submissionStatusOf(filter);
    return status ? of(*status) : total();
}

// Stable names for ui-state.ini, so a reordered enum never changes what a saved file means.
QString settingsName(StatusFilter filter);
StatusFilter statusFilterFromSettingsName(QStringView name); // All for anything unknown
QString settingsName(TimeRange::Preset preset);
TimeRange::Preset timeRangePresetFromSettingsName(QStringView name); // All for anything unknown

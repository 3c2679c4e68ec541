#pragma once

#include <chrono>

// How busy the machine is apart from the bench: other people's builds and tests on the same two
// cores change every figure, so each measurement says how much CPU others used meanwhile.
class MachineLoad
{
public:
    // Starts an interval now.
    MachineLoad();

    // CPU seconds the whole machine spent busy since the start (all cores, /proc/stat), minus
    // what this process and its waited-for children used.
    double othersCpuSeconds() const;

    // Cores kept busy by others, averaged over a probe of the given length.
    static double othersBusyCores(std::chrono::milliseconds probe);

    // Waits, at most limit, until others keep fewer than maxCores busy; false when it timed out.
    static bool waitUntilIdle(double maxCores, std::chrono::seconds limit, double &lastBusyCores);

private:
    double m_machineBusySeconds = 0;
    double m_ownSeconds = 0;
};

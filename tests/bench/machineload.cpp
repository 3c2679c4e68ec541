#include "machineload.h"

#include <QElapsedTimer>

#include <cstdio>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

namespace {

double machineBusySeconds()
{
    std::FILE *f = std::fopen("/proc/stat", "r");
    if (!f)
        return 0;
    unsigned long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    const int n = std::fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &user, &nice, &system, &idle, &iowait,
                              &irq, &softirq, &steal);
    std::fclose(f);
    if (n < 4)
        return 0;
    return double(user + nice + system + irq + softirq + steal) / double(::sysconf(_SC_CLK_TCK));
}

double cpuSeconds(int who)
{
    rusage usage {};
    ::getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double ownSeconds()
{
    return cpuSeconds(RUSAGE_SELF) + cpuSeconds(RUSAGE_CHILDREN);
}

} // namespace

MachineLoad::MachineLoad()
    : m_machineBusySeconds(machineBusySeconds())
    , m_ownSeconds(ownSeconds())
{
}

double MachineLoad::othersCpuSeconds() const
{
    const double others = (machineBusySeconds() - m_machineBusySeconds) - (ownSeconds() - m_ownSeconds);
    return others > 0 ? others : 0; // jiffies are coarser than rusage
}

double MachineLoad::othersBusyCores(std::chrono::milliseconds probe)
{
    const MachineLoad load;
    std::this_thread::sleep_for(probe);
    return load.othersCpuSeconds() / (double(probe.count()) / 1000);
}

bool MachineLoad::waitUntilIdle(double maxCores, std::chrono::seconds limit, double &lastBusyCores)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        lastBusyCores = othersBusyCores(std::chrono::milliseconds(1'000));
        if (lastBusyCores < maxCores)
            return true;
        if (clock.elapsed() >= qint64(limit.count()) * 1000)
            return false;
    }
}

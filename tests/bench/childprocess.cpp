#include "childprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryFile>

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

constexpr qsizetype MaxStderr = 64 * 1024;

QString systemError(const char *what, int error)
{
    return QStringLiteral("%1: %2").arg(QLatin1StringView(what), QString::fromLocal8Bit(std::strerror(error)));
}

} // namespace

ChildRun runChild(const QString &program, const QStringList &arguments, bool keepStdout,
                  std::chrono::milliseconds timeout)
{
    ChildRun run;
    int out[2] = {-1, -1}, err[2] = {-1, -1};
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
        run.error = systemError("pipe", errno);
        return run;
    }
    // Through the launcher, so the peak memory is the child's own (see rusagelauncher.cpp).
    QTemporaryFile resultFile;
    if (!resultFile.open()) {
        run.error = QStringLiteral("cannot create a temporary file: ") + resultFile.errorString();
        return run;
    }
    QList<QByteArray> argBytes{QByteArrayLiteral(HL7_BENCH_LAUNCHER), QFile::encodeName(resultFile.fileName()),
                               QFile::encodeName(program)};
    for (const QString &a : arguments)
        argBytes.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);

    QElapsedTimer clock;
    clock.start();
    pid_t pid = -1;
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    const int spawned = ::posix_spawn(&pid, argv.front(), &actions, &attributes, argv.data(), environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    ::close(err[1]);
    if (spawned != 0) {
        ::close(out[0]);
        ::close(err[0]);
        run.error = systemError("posix_spawn", spawned);
        return run;
    }

    std::array<char, 64 * 1024> buffer;
    std::array<pollfd, 2> fds{{{out[0], POLLIN, 0}, {err[0], POLLIN, 0}}};
    int open = 2;
    while (open > 0) {
        const qint64 left = timeout.count() - clock.elapsed();
        if (left <= 0) {
            run.timedOut = true;
            ::kill(-pid, SIGKILL); // the launcher's group: it and the program
            break;
        }
        const int ready = ::poll(fds.data(), fds.size(), int(qMin<qint64>(left, 1'000)));
        if (ready < 0 && errno != EINTR) {
            run.error = systemError("poll", errno);
            ::kill(-pid, SIGKILL); // the launcher's group: it and the program
            break;
        }
        for (pollfd &p : fds) {
            if (p.fd < 0 || !(p.revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(p.fd, buffer.data(), buffer.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                ::close(p.fd);
                p.fd = -1;
                --open;
                continue;
            }
            if (p.fd == out[0]) {
                run.stdoutBytes += n;
                if (keepStdout)
                    run.stdoutData.append(buffer.data(), n);
            } else if (run.stderrData.size() < MaxStderr) {
                run.stderrData.append(buffer.data(), qMin<qsizetype>(n, MaxStderr - run.stderrData.size()));
            }
        }
    }
    for (const pollfd &p : fds) {
        if (p.fd >= 0)
            ::close(p.fd);
    }

    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            run.error = systemError("wait4", errno);
            return run;
        }
    }
    run.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        if (run.error.isEmpty() && !run.timedOut)
            run.error = QStringLiteral("the launcher failed: ") + QString::fromLocal8Bit(run.stderrData);
        return run;
    }
    // "exit=N signal=N maxrss_kib=N user_s=F system_s=F"
    QHash<QByteArray, QByteArray> fields;
    for (const QByteArray &field : resultFile.readAll().trimmed().split(' ')) {
        const qsizetype eq = field.indexOf('=');
        if (eq > 0)
            fields.insert(field.left(eq), field.mid(eq + 1));
    }
    run.exitCode = fields.value("exit", "-1").toInt();
    run.userSeconds = fields.value("user_s").toDouble();
    run.systemSeconds = fields.value("system_s").toDouble();
    run.peakRssKiB = fields.value("maxrss_kib").toLongLong();
    const int signal = fields.value("signal").toInt();
    if (signal != 0 && run.error.isEmpty() && !run.timedOut)
        run.error = QStringLiteral("killed by signal %1").arg(signal);
    return run;
}

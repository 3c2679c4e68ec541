// Runs a program and reports its resource use, for the bench.
//
// Linux charges a process with the peak memory of the address space it had before exec(): a child
// that posix_spawn() starts from the bench, which holds hundreds of megabytes of test data, reports
// the bench's peak as its own. This launcher is small and has no Qt, so the grandchild it forks
// reports its own peak.
//
//   rusagelauncher RESULT_FILE PROGRAM [ARG…]
//
// RESULT_FILE receives "exit=N signal=N maxrss_kib=N user_s=F system_s=F"; the program inherits
// stdin, stdout and stderr.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s RESULT_FILE PROGRAM [ARG...]\n", argv[0]);
        return 2;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        std::perror("fork");
        return 3;
    }
    if (pid == 0) {
        ::execv(argv[2], argv + 2);
        std::perror("execv");
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("wait4");
            return 3;
        }
    }
    std::FILE *result = std::fopen(argv[1], "w");
    if (!result) {
        std::perror(argv[1]);
        return 3;
    }
    std::fprintf(result, "exit=%d signal=%d maxrss_kib=%ld user_s=%.6f system_s=%.6f\n",
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1, WIFSIGNALED(status) ? WTERMSIG(status) : 0,
                 usage.ru_maxrss, double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6,
                 double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6);
    std::fclose(result);
    return 0;
}

#include "searchbench.h"

#include "benchsessions.h"
#include "childprocess.h"
#include "datadirectory.h"
#include "directoryscan.h"
#include "machineload.h"
#include "searchindex.h"
#include "searchquery.h"
#include "sessioncodec.h"
#include "sessionrepository.h"
#include "sessionsearch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace SearchBench {

namespace {

constexpr qint64 FirstStartTime = 1'760'000'000'000;
constexpr qint64 StartTimeStep = 30'000; // a session every 30 s, as in the list bench
constexpr int ModelCount = 16;
constexpr int Devices = 8;

void progress(const QString &text)
{
    std::fprintf(stderr, "[search] %s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

double secondsOf(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.size() % 2 ? values.at(values.size() / 2) : (values.at(values.size() / 2 - 1) + values.at(values.size() / 2)) / 2;
}

// Writes the files quickly, without fsync: only reading them is measured.
QString generate(const QString &sessionsDir, const Options &o, qint64 &bytesWritten)
{
    QList<Session> models;
    for (int seed = 1; seed <= ModelCount; ++seed)
        models.append(BenchSessions::ofSize(o.sessionBytes, seed));
    std::atomic<int> next{0};
    std::atomic<qint64> bytes{0};
    std::atomic<bool> failed{false};
    QString error;
    std::mutex errorMutex;
    auto work = [&] {
        for (int i = next++; i < o.sessions && !failed; i = next++) {
            Session s = BenchSessions::withOwnValues(
                BenchSessions::numbered(models.at(i % ModelCount), FirstStartTime + i * StartTimeStep, i), i);
            s.deviceIp = QStringLiteral("10.0.0.%1").arg(i % Devices + 1);
            const QByteArray json = SessionCodec::encode(s);
            const QByteArray path = QFile::encodeName(sessionsDir + QLatin1Char('/') + s.id + QStringLiteral(".json"));
            const int fd = ::open(path.constData(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
            const bool ok = fd >= 0 && ::write(fd, json.constData(), size_t(json.size())) == json.size();
            const int savedErrno = errno;
            if (fd >= 0)
                ::close(fd);
            if (!ok) {
                const std::lock_guard lock(errorMutex);
                error = QStringLiteral("cannot write %1: %2").arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(savedErrno)));
                failed = true;
                return;
            }
            bytes += json.size();
            if (i > 0 && i % 20'000 == 0)
                progress(QStringLiteral("generated %1 of %2 sessions").arg(i).arg(o.sessions));
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < o.threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    bytesWritten = bytes;
    return error;
}

struct Query
{
    QString label;
    QString text;
};

QList<Query> queries(const Options &o)
{
    const int one = qMin(54'321, o.sessions - 1);
    const qint64 seed = qint64(one) * 4 + 1; // its first message (BenchSessions::withOwnValues)
    const qint64 from = FirstStartTime + qint64(o.sessions / 5) * StartTimeStep;
    const qint64 to = from + 7 * 86'400'000LL;
    return {
        {QStringLiteral("field, one session"), QStringLiteral("PID-3.1=%1").arg(BenchSessions::patientIdOf(one))},
        {QStringLiteral("field, common value"), QStringLiteral("OBX-5=42")},
        {QStringLiteral("free text, one session"), QStringLiteral("ctrl%1").arg(seed)},
        {QStringLiteral("free text, every session"), QStringLiteral("value")},
        {QStringLiteral("phrase"), QStringLiteral("\"blood count\" ORD%1").arg(seed)},
        {QStringLiteral("status + time"), QStringLiteral("status:failed from:%1 to:%2").arg(from).arg(to)},
        {QStringLiteral("combination"), QStringLiteral("OBX-5=42 status:failed,pending device:10.0.0.3 from:%1 -type:ADT").arg(from)},
        {QStringLiteral("positional, common value"), QStringLiteral("OBX(2)-5=42")},
    };
}

int countObjects(const QByteArray &json)
{
    return int(json.count("{\"id\":"));
}

} // namespace

Result run(const Options &o, const QString &scratchDir)
{
    Result result;
    result.generated = o.existingDataDir.isEmpty();
    result.dataDir = result.generated ? scratchDir + QStringLiteral("/search-data") : o.existingDataDir;
    const DataDirectory dir(result.dataDir);
    QElapsedTimer clock;
    if (result.generated) {
        if (!QDir().mkpath(dir.sessions())) {
            result.error = QStringLiteral("cannot create %1").arg(dir.sessions());
            return result;
        }
        progress(QStringLiteral("generating %1 sessions of about %2 bytes in %3").arg(o.sessions).arg(o.sessionBytes).arg(dir.sessions()));
        clock.start();
        result.error = generate(dir.sessions(), o, result.dataBytes);
        result.generateSeconds = secondsOf(clock);
        if (!result.error.isEmpty())
            return result;
        ::sync();
    }
    if (!result.generated) {
        for (const ScannedFile &f : scanRegularFiles(dir.sessions()))
            result.dataBytes += f.stamp.size;
    }
    const std::chrono::milliseconds timeout(qint64(o.childTimeoutSeconds) * 1000);
    // Other people's builds share the two cores: each measurement waits a little for calm.
    auto settle = [] {
        double busy = 0;
        MachineLoad::waitUntilIdle(0.5, std::chrono::seconds(30), busy);
    };
    auto cli = [&](const QString &label, const QStringList &arguments) -> std::optional<CliRun> {
        settle();
        MachineLoad load;
        const ChildRun run = runChild(o.cli, QStringList{QStringLiteral("--data-dir"), dir.root()} + arguments, true, timeout);
        if (!run.succeeded()) {
            result.error = QStringLiteral("%1: %2 (exit %3) %4")
                               .arg(label, run.timedOut ? QStringLiteral("timed out") : run.error)
                               .arg(run.exitCode)
                               .arg(QString::fromLocal8Bit(run.stderrData).trimmed());
            return std::nullopt;
        }
        CliRun r{label, arguments.value(1), run.wallSeconds, run.userSeconds, run.systemSeconds,
                 run.peakRssKiB, countObjects(run.stdoutData), load.othersCpuSeconds()};
        progress(QStringLiteral("%1: %2 s, peak RSS %3 MiB, %4 sessions, others used %5 s CPU")
                     .arg(label).arg(r.wallSeconds, 0, 'f', 3).arg(double(r.peakRssKiB) / 1024, 0, 'f', 1)
                     .arg(r.matches).arg(r.othersCpuSeconds, 0, 'f', 2));
        return r;
    };

    // The summary cache first, so that the cold search measures the index and not the files' summaries.
    progress(QStringLiteral("list --json once, to write summaries.cache"));
    if (!cli(QStringLiteral("list (unmeasured)"), {QStringLiteral("list"), QStringLiteral("--json")}))
        return result;
    const QList<Query> qs = queries(o);
    QFile::remove(SearchIndex::pathIn(dir));
    std::optional<CliRun> cold = cli(QStringLiteral("cold search (builds search.index)"),
                                     {QStringLiteral("search"), qs.constFirst().text, QStringLiteral("--json")});
    if (!cold)
        return result;
    result.coldCli = *cold;
    result.indexFileBytes = QFileInfo(SearchIndex::pathIn(dir)).size();
    std::optional<CliRun> list = cli(QStringLiteral("list --json"), {QStringLiteral("list"), QStringLiteral("--json")});
    if (!list)
        return result;
    result.listCli = *list;

    QHash<QString, int> cliMatches;
    for (const Query &q : qs) {
        QList<double> walls;
        CliRun best;
        for (int i = 0; i < o.cliRuns; ++i) {
            std::optional<CliRun> r = cli(QStringLiteral("warm search: %1").arg(q.label), {QStringLiteral("search"), q.text, QStringLiteral("--json")});
            if (!r)
                return result;
            walls.append(r->wallSeconds);
            if (i == 0 || r->peakRssKiB > best.peakRssKiB) {
                const double keepWall = best.wallSeconds;
                best = *r;
                best.wallSeconds = keepWall;
            }
        }
        best.label = q.label;
        best.wallSeconds = median(walls);
        cliMatches.insert(q.label, best.matches);
        result.warmCli.append(best);
    }

    // In process, as the app would run it: the repository from its cache, then the index.
    SessionRepository repository(dir);
    if (Status s = repository.open(SessionRepository::Access::ReadOnly); !s) {
        result.error = s.error();
        return result;
    }
    const QList<const SessionSummary *> sessions = repository.newestFirst();
    result.sessions = int(sessions.size());
    {
        progress(QStringLiteral("building the index in process"));
        settle();
        SearchIndex index;
        clock.start();
        index.catchUp(dir, sessions);
        result.buildSeconds = secondsOf(clock);
        result.indexMemoryBytes = index.memoryBytes();
        result.tokenEntries = index.tokenEntries();
        result.segments = int(index.segmentCount());
        progress(QStringLiteral("built in %1 s: %2 MiB, %3 token entries in %4 segments")
                     .arg(result.buildSeconds, 0, 'f', 2).arg(double(result.indexMemoryBytes) / 1048576, 0, 'f', 1)
                     .arg(result.tokenEntries).arg(result.segments));
    }
    clock.start();
    if (!SearchIndex::load(SearchIndex::pathIn(dir)))
        result.problems.append(QStringLiteral("search.index written by the CLI does not load"));
    result.loadSeconds = secondsOf(clock);

    SessionSearch search(dir, SessionSearch::Persistence::InMemory);
    search.catchUp(sessions);
    if (search.statistics().sessionsParsed != 0)
        result.problems.append(QStringLiteral("the warm index re-read %1 sessions").arg(search.statistics().sessionsParsed));
    clock.start();
    search.catchUp(sessions);
    result.catchUpSeconds = secondsOf(clock);

    for (const Query &q : qs) {
        const ::Result<SearchQuery> query = SearchQuery::parse(q.text);
        if (!query) {
            result.error = QStringLiteral("%1: %2").arg(q.text, query.error());
            return result;
        }
        QueryTiming timing{q.label, q.text};
        QList<double> seconds;
        const int verifiedBefore = search.statistics().sessionsVerified;
        settle();
        MachineLoad load;
        for (int i = 0; i < o.queryRuns; ++i) {
            clock.start();
            const QList<SessionSummary> found = search.search(query.value(), sessions);
            seconds.append(secondsOf(clock));
            timing.matches = int(found.size());
        }
        timing.othersCpuSeconds = load.othersCpuSeconds();
        timing.verified = (search.statistics().sessionsVerified - verifiedBefore) / qMax(1, o.queryRuns);
        timing.medianSeconds = median(seconds);
        timing.minSeconds = *std::min_element(seconds.begin(), seconds.end());
        timing.maxSeconds = *std::max_element(seconds.begin(), seconds.end());
        if (cliMatches.value(q.label) != timing.matches)
            result.problems.append(QStringLiteral("%1: the CLI found %2 sessions, the library %3").arg(q.label).arg(cliMatches.value(q.label)).arg(timing.matches));
        progress(QStringLiteral("in process: %1: median %2 ms (%3–%4), %5 sessions, %6 files read")
                     .arg(q.label).arg(timing.medianSeconds * 1000, 0, 'f', 1).arg(timing.minSeconds * 1000, 0, 'f', 1)
                     .arg(timing.maxSeconds * 1000, 0, 'f', 1).arg(timing.matches).arg(timing.verified));
        result.queries.append(timing);
    }
    return result;
}

bool targetsMet(const Options &o, const Result &r)
{
    if (!r.error.isEmpty() || !r.problems.isEmpty())
        return false;
    for (const QueryTiming &q : r.queries) {
        if (q.verified == 0 && q.medianSeconds > o.targetQuerySeconds)
            return false;
    }
    return double(r.indexMemoryBytes) / 1048576 <= o.targetIndexMiB;
}

QString report(const Options &o, const Result &r)
{
    QString text;
    auto line = [&text](const QString &l) { text += l + u'\n'; };
    line(QStringLiteral("Search: %1 sessions (%2 MB) in %3").arg(r.sessions).arg(double(r.dataBytes) / 1e6, 0, 'f', 0).arg(r.dataDir));
    if (!r.error.isEmpty())
        line(QStringLiteral("  ERROR: %1").arg(r.error));
    for (const QString &p : r.problems)
        line(QStringLiteral("  PROBLEM: %1").arg(p));
    line(QStringLiteral("  index: built in process in %1 s; %2 MiB in memory, %3 token entries in %4 segments; "
                        "file %5 MiB, loaded in %6 s; a catch-up with nothing to do %7 ms")
             .arg(r.buildSeconds, 0, 'f', 2).arg(double(r.indexMemoryBytes) / 1048576, 0, 'f', 1).arg(r.tokenEntries)
             .arg(r.segments).arg(double(r.indexFileBytes) / 1048576, 0, 'f', 1).arg(r.loadSeconds, 0, 'f', 3)
             .arg(r.catchUpSeconds * 1000, 0, 'f', 1));
    line(QStringLiteral("  CLI cold search (builds and writes search.index): %1 s, peak RSS %2 MiB")
             .arg(r.coldCli.wallSeconds, 0, 'f', 2).arg(double(r.coldCli.peakRssKiB) / 1024, 0, 'f', 1));
    line(QStringLiteral("  CLI list --json for comparison: %1 s, peak RSS %2 MiB")
             .arg(r.listCli.wallSeconds, 0, 'f', 2).arg(double(r.listCli.peakRssKiB) / 1024, 0, 'f', 1));
    line(QStringLiteral("  %1  %2  %3  %4  %5  %6")
             .arg(QStringLiteral("query"), -26).arg(QStringLiteral("matches"), 8).arg(QStringLiteral("in process"), 11)
             .arg(QStringLiteral("files read"), 10).arg(QStringLiteral("CLI warm"), 9).arg(QStringLiteral("CLI RSS"), 9));
    for (qsizetype i = 0; i < r.queries.size(); ++i) {
        const QueryTiming &q = r.queries.at(i);
        const CliRun c = r.warmCli.value(i);
        line(QStringLiteral("  %1  %2  %3  %4  %5  %6    %7")
                 .arg(q.label, -26).arg(q.matches, 8).arg(QStringLiteral("%1 ms").arg(q.medianSeconds * 1000, 0, 'f', 1), 11)
                 .arg(q.verified, 10).arg(QStringLiteral("%1 s").arg(c.wallSeconds, 0, 'f', 2), 9)
                 .arg(QStringLiteral("%1 MiB").arg(double(c.peakRssKiB) / 1024, 0, 'f', 0), 9).arg(q.query));
    }
    line(QStringLiteral("  target: warm queries the index answers alone under %1 s in process, the index under %2 MiB: %3")
             .arg(o.targetQuerySeconds).arg(o.targetIndexMiB).arg(targetsMet(o, r) ? QStringLiteral("met") : QStringLiteral("MISSED")));
    return text;
}

QJsonObject toJson(const Options &o, const Result &r)
{
    auto cliJson = [](const CliRun &c) {
        return QJsonObject{{QStringLiteral("label"), c.label},
                           {QStringLiteral("query"), c.query},
                           {QStringLiteral("wallSeconds"), c.wallSeconds},
                           {QStringLiteral("userSeconds"), c.userSeconds},
                           {QStringLiteral("systemSeconds"), c.systemSeconds},
                           {QStringLiteral("peakRssKiB"), double(c.peakRssKiB)},
                           {QStringLiteral("matches"), c.matches},
                           {QStringLiteral("othersCpuSeconds"), c.othersCpuSeconds}};
    };
    QJsonArray warm, queries;
    for (const CliRun &c : r.warmCli)
        warm.append(cliJson(c));
    for (const QueryTiming &q : r.queries) {
        queries.append(QJsonObject{{QStringLiteral("label"), q.label},
                                   {QStringLiteral("query"), q.query},
                                   {QStringLiteral("matches"), q.matches},
                                   {QStringLiteral("filesRead"), q.verified},
                                   {QStringLiteral("medianSeconds"), q.medianSeconds},
                                   {QStringLiteral("minSeconds"), q.minSeconds},
                                   {QStringLiteral("maxSeconds"), q.maxSeconds},
                                   {QStringLiteral("othersCpuSeconds"), q.othersCpuSeconds}});
    }
    return {{QStringLiteral("error"), r.error},
            {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
            {QStringLiteral("dataDir"), r.dataDir},
            {QStringLiteral("sessions"), r.sessions},
            {QStringLiteral("dataBytes"), double(r.dataBytes)},
            {QStringLiteral("generateSeconds"), r.generateSeconds},
            {QStringLiteral("buildSeconds"), r.buildSeconds},
            {QStringLiteral("loadSeconds"), r.loadSeconds},
            {QStringLiteral("catchUpSeconds"), r.catchUpSeconds},
            {QStringLiteral("indexMemoryBytes"), double(r.indexMemoryBytes)},
            {QStringLiteral("indexFileBytes"), double(r.indexFileBytes)},
            {QStringLiteral("tokenEntries"), double(r.tokenEntries)},
            {QStringLiteral("segments"), r.segments},
            {QStringLiteral("coldCli"), cliJson(r.coldCli)},
            {QStringLiteral("listCli"), cliJson(r.listCli)},
            {QStringLiteral("warmCli"), warm},
            {QStringLiteral("queries"), queries},
            {QStringLiteral("targetQuerySeconds"), o.targetQuerySeconds},
            {QStringLiteral("targetIndexMiB"), o.targetIndexMiB},
            {QStringLiteral("targetsMet"), targetsMet(o, r)}};
}

} // namespace SearchBench

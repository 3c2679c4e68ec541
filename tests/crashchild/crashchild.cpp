// The victim of tst_crashrecovery: saves sessions into a data folder without end until it is
// killed. After each save() that returned success it prints "<id> <version>" on its own line and
// flushes, so the test knows which writes were reported done when the kill came. The version is
// the session's submissionAttempts, raised by one on every save of the same session.
//
// Usage: crashchild <data-dir> <seed>

#include "datadirectory.h"
#include "sessionfactory.h"
#include "sessionrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

#include <cmath>
#include <cstdio>

namespace {

// Enough sessions that re-saves hit different files, few enough that the test can decode all of
// them after every round.
constexpr qsizetype MaxSessions = 24;
constexpr qint64 FirstStartTime = 1'790'000'000'000;

// A few hundred bytes to ~60 KB, spread evenly on a log scale so small and large writes both occur.
int messageBytes(QRandomGenerator &random)
{
    const double exponent = std::log(300.0) + random.generateDouble() * (std::log(60'000.0) - std::log(300.0));
    return int(std::exp(exponent));
}

Session freshContent(QRandomGenerator &random, qint64 startTime)
{
    return SessionFactory::make(random.bounded(1, 4), messageBytes(random), startTime, random.bounded(1, 100'000));
}

void fail(const QString &what)
{
    std::fprintf(stderr, "crashchild: %s\n", qUtf8Printable(what));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        fail(QStringLiteral("usage: crashchild <data-dir> <seed>"));
        return 2;
    }
    bool seedOk = false;
    const quint32 seed = args.at(2).toUInt(&seedOk);
    if (!seedOk) {
        fail(QStringLiteral("the seed must be a number"));
        return 2;
    }
    QRandomGenerator random(seed);

    SessionRepository repository{DataDirectory(args.at(1))};
    if (Status s = repository.open(SessionRepository::Access::Exclusive); !s) {
        fail(s.error());
        return 3;
    }

    // Sessions of earlier runs are re-saved too: the next version is one above what is on disk.
    QStringList ids;
    for (const SessionSummary &summary : repository.summaries())
        ids.append(summary.id);
    QHash<QString, Session> known; // what this run last saved, so a re-save needs no read
    qint64 nextStartTime = FirstStartTime + random.bounded(1'000'000);

    for (;;) {
        Session session;
        if (ids.size() < MaxSessions && (ids.isEmpty() || random.bounded(100) < 40)) {
            session = freshContent(random, nextStartTime);
            nextStartTime += 1000;
            session.submissionAttempts = 1;
        } else {
            const QString id = ids.at(random.bounded(int(ids.size())));
            if (const auto it = known.constFind(id); it != known.cend()) {
                session = *it;
            } else {
                Result<Session> loaded = repository.load(id);
                if (!loaded) {
                    fail(loaded.error());
                    return 4;
                }
                session = std::move(loaded).value();
            }
            ++session.submissionAttempts;
            // A changed error text changes the file's length; new content changes the write's duration.
            session.submissionError = QStringLiteral("attempt %1 refused: %2")
                                          .arg(session.submissionAttempts)
                                          .arg(QString(random.bounded(0, 40), QLatin1Char('x')));
            if (random.bounded(100) < 30) {
                const Session content = freshContent(random, session.startTime);
                session.elements = content.elements;
                session.messages = content.messages;
                session.endTime = content.endTime;
            }
        }
        Result<SessionSummary> saved = repository.save(session);
        if (!saved) {
            fail(saved.error());
            return 5;
        }
        session.id = saved->id;
        session.sessionNumber = saved->sessionNumber;
        if (!known.contains(session.id) && !ids.contains(session.id))
            ids.append(session.id);
        known.insert(session.id, session);
        // Reported done: one short line in one write(), so the test reads whole lines or nothing.
        std::printf("%s %d\n", qUtf8Printable(session.id), session.submissionAttempts);
        std::fflush(stdout);
    }
}

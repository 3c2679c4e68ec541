#include "storecommands.h"

#include "clicontext.h"
#include "jsonwriter.h"
#include "sessioncodec.h"
#include "sessionid.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString optionalLocalTime(const std::optional<qint64> &ms)
{
    return ms ? localTime(*ms) : QStringLiteral("-");
}

QString summaryLine(const SessionSummary &s)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6 -> %7  %8")
        .arg(s.id, -32)
        .arg(localTime(s.startTime))
        .arg(jsonName(s.submissionStatus), -9)
        .arg(Tr::tr("attempts %1").arg(s.submissionAttempts), -10)
        .arg(Tr::tr("messages %1").arg(s.messageCount), -11)
        .arg(s.deviceIp.isEmpty() ? QStringLiteral("?") : s.deviceIp,
             s.lisIp.isEmpty() ? QStringLiteral("?") : s.lisIp,
             s.complete ? Tr::tr("complete") : Tr::tr("incomplete"));
}

// A session id given on the command line becomes a path only when it is a plain file name.
bool checkId(Context &context, const QString &id)
{
    if (SessionId::isSafe(id))
        return true;
    context.usage(Tr::tr("\"%1\" is not a valid session id").arg(id.left(80)));
    return false;
}

} // namespace

int listSessions(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          Tr::tr("Only sessions with this submission status: pending, submitted, failed or ignored."),
                                          Tr::tr("status"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("A JSON array of session summaries."));
    parser.addOptions({statusOption, jsonOption});
    if (!context.parse(parser, 0, 0, QStringLiteral("[--status S] [--json]")))
        return context.exitCode();

    std::optional<SubmissionStatus> status;
    if (parser.isSet(statusOption)) {
        status = submissionStatusFromString(parser.value(statusOption));
        if (!status)
            return context.usage(Tr::tr("unknown status \"%1\"; use pending, submitted, failed or ignored")
                                     .arg(parser.value(statusOption)));
    }
    auto repository = context.openForReading(parser);
    if (!repository)
        return context.fail(repository.error());

    QList<const SessionSummary *> summaries = repository.value()->newestFirst();
    if (status)
        summaries.removeIf([&](const SessionSummary *s) { return s->submissionStatus != *status; });
    printSummaries(context, summaries, parser.isSet(jsonOption));
    return Success;
}

void printSummaries(Context &context, const QList<const SessionSummary *> &summaries, bool json)
{
    if (json) {
        // Written piece by piece: 100 000 summaries in one buffer or QJsonArray would add to the peak.
        JsonWriter writer(256 * 1024);
        writer.beginArray();
        for (const SessionSummary *s : summaries) {
            s->writeJson(writer);
            if (writer.size() > 192 * 1024) {
                context.print(writer.written());
                writer.discardWritten();
            }
        }
        writer.endArray();
        context.print(writer.take().append('\n'));
        return;
    }
    for (const SessionSummary *s : summaries)
        context.printLine(summaryLine(*s));
}

int showSession(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("The whole session as JSON (schema 2)."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The session's id."));
    if (!context.parse(parser, 1, 1, QStringLiteral("ID [--json]")))
        return context.exitCode();
    const QString id = parser.positionalArguments().constFirst();
    if (!checkId(context, id))
        return BadUsage;
    auto repository = context.openForReading(parser);
    if (!repository)
        return context.fail(repository.error());
    Result<Session> session = repository.value()->load(id);
    if (!session)
        return context.fail(session.error());
    const Session &s = session.value();
    if (parser.isSet(jsonOption)) {
        context.print(SessionCodec::encode(s).append('\n'));
        return Success;
    }
    const SessionSummary summary = SessionSummary::of(s);
    context.printLine(Tr::tr("Session      %1 (number %2)").arg(s.id).arg(s.sessionNumber));
    context.printLine(Tr::tr("Start        %1").arg(localTime(s.startTime)));
    context.printLine(Tr::tr("End          %1").arg(optionalLocalTime(s.endTime)));
    context.printLine(Tr::tr("Device       %1").arg(s.deviceIp));
    context.printLine(Tr::tr("LIS          %1").arg(s.lisIp));
    context.printLine(Tr::tr("Complete     %1").arg(s.complete ? Tr::tr("yes") : Tr::tr("no")));
    context.printLine(Tr::tr("Submission   %1, attempts: %2").arg(jsonName(s.submissionStatus)).arg(s.submissionAttempts));
    if (s.submittedAt)
        context.printLine(Tr::tr("Submitted at %1").arg(localTime(*s.submittedAt)));
    if (!s.submissionError.isEmpty())
        context.printLine(Tr::tr("Last error   %1").arg(s.submissionError));
    context.printLine(Tr::tr("Kept until   %1 (retention: %2 days)").arg(localTime(s.persistedUntil())).arg(s.retentionDays));
    context.printLine(Tr::tr("Types        %1").arg(summary.messageTypes.join(QStringLiteral(", "))));
    context.printLine(QString());
    context.printLine(Tr::tr("Elements (%1)").arg(s.elements.size()));
    for (const Element &e : s.elements) {
        context.printLine(QStringLiteral("  %1  %2  %3  %4")
                              .arg(QDateTime::fromMSecsSinceEpoch(e.timestamp).toString(QStringLiteral("HH:mm:ss.zzz")))
                              .arg(jsonName(e.direction), -12)
                              .arg(jsonName(e.type), -7)
                              .arg(Tr::tr("bytes: %1").arg(e.bytes.size())));
    }
    for (qsizetype i = 0; i < s.messages.size(); ++i) {
        context.printLine(QString());
        context.printLine(Tr::tr("Message %1 of %2").arg(i + 1).arg(s.messages.size()));
        QString text = s.messages.at(i);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
        context.printLine(text.trimmed());
    }
    return Success;
}

int deleteSession(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The session's id."));
    if (!context.parse(parser, 1, 1, QStringLiteral("ID")))
        return context.exitCode();
    const QString id = parser.positionalArguments().constFirst();
    if (!checkId(context, id))
        return BadUsage;
    auto repository = context.openForWriting(parser);
    if (!repository)
        return context.fail(repository.error());
    if (Status s = repository.value()->remove(id); !s)
        return context.fail(s.error());
    context.printLine(Tr::tr("Deleted session %1 (kept in %2 until the next cleanup).")
                          .arg(id, repository.value()->directory().trash()));
    return Success;
}

int recoverStore(Context &context)
{
    QCommandLineParser parser;
    if (!context.parse(parser, 0, 0, QString()))
        return context.exitCode();
    auto repository = context.openForWriting(parser);
    if (!repository)
        return context.fail(repository.error());
    context.printJson(repository.value()->openReport().toJson(), true);
    return Success;
}

int importSessions(Context &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dir"), Tr::tr("A folder of session files, e.g. the Electron app's sessions folder."));
    if (!context.parse(parser, 1, 1, QStringLiteral("DIR")))
        return context.exitCode();
    auto repository = context.openForWriting(parser);
    if (!repository)
        return context.fail(repository.error());
    Result<ImportReport> report = repository.value()->importSessions(parser.positionalArguments().constFirst());
    if (!report)
        return context.fail(report.error());
    context.printJson(report->toJson());
    return Success;
}

} // namespace Cli

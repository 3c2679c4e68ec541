#include "cleanupcommand.h"

#include "clicontext.h"
#include "retentioncleanup.h"
#include "settings.h"

#include <QCommandLineParser>

namespace Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Milliseconds since 1970, up to the end of the year 9999 (what QDateTime and the store handle).
constexpr qint64 LatestNow = 253'402'300'799'999;

} // namespace

int cleanupSessions(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        Tr::tr("Only report what would be moved to the trash or purged; nothing changes. Also on when "
               "the setting dryRunMode is."));
    const QCommandLineOption nowOption(QStringLiteral("now"),
                                       Tr::tr("Clean up as if it were this time (milliseconds since 1970, UTC)."),
                                       Tr::tr("epoch-ms"));
    parser.addOptions({dryRunOption, nowOption});
    if (!context.parse(parser, 0, 0, QStringLiteral("[--dry-run] [--now EPOCH_MS]")))
        return context.exitCode();

    std::optional<qint64> now;
    if (parser.isSet(nowOption)) {
        bool ok = false;
        const qint64 value = parser.value(nowOption).trimmed().toLongLong(&ok);
        if (!ok || value < 0 || value > LatestNow)
            return context.usage(Tr::tr("--now needs milliseconds since 1970, not \"%1\"").arg(parser.value(nowOption).left(40)));
        now = value;
    }

    // A settings file that cannot be read is no reason to guess a retention: a default shorter
    // than the one configured would remove sessions someone meant to keep.
    Settings settings(context.dataDirectory(parser));
    if (Status loaded = settings.load(); !loaded)
        return context.fail(loaded.error());
    CleanupPolicy policy;
    policy.retentionDays = settings.retentionDays();
    policy.purgeUnsubmitted = settings.purgeUnsubmitted();
    policy.dryRun = parser.isSet(dryRunOption) || settings.dryRunMode();

    // A dry run changes nothing, so it may run beside the app, on a read-only store.
    auto repository = policy.dryRun ? context.openForReading(parser) : context.openForWriting(parser);
    if (!repository)
        return context.fail(repository.error());
    if (now)
        repository.value()->setClock([at = *now] { return at; });
    Result<CleanupReport> report = RetentionCleanup::run(*repository.value(), policy, now);
    if (!report)
        return context.fail(report.error());
    context.printJson(report->toJson());
    if (!report->errors.isEmpty())
        return context.fail(Tr::tr("the cleanup met %n error(s); see \"errors\" in its report", nullptr,
                                   int(report->errors.size())));
    return Success;
}

} // namespace Cli

#include "submitcommands.h"

#include "backgroundwork.h"
#include "clicontext.h"
#include "sessionid.h"
#include "sessionstore.h"
#include "settings.h"
#include "stopsignal.h"
#include "submissionservice.h"

#include <QEventLoop>
#include <QJsonObject>

#include <cstdio>
#include <memory>

namespace Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void note(const QString &line)
{
    std::fputs(QStringLiteral("hl7capture-cli: %1\n").arg(line).toLocal8Bit().constData(), stderr);
}

Result<SubmissionConfig> configOf(Settings &settings)
{
    if (Status s = settings.load(); !s)
        return Result<SubmissionConfig>::failure(s.error());
    for (const QString &w : settings.loadWarnings())
        note(Tr::tr("warning: %1").arg(w));
    SubmissionConfig c;
    c.endpoint = QUrl(settings.submissionEndpoint().trimmed());
    if (c.endpoint.isEmpty())
        return Result<SubmissionConfig>::failure(
            Tr::tr("submission is off: no collector is configured; set one with "
                   "'hl7capture-cli config set submissionEndpoint URL'"));
    if (const QString error = SubmissionConfig::checkEndpoint(c.endpoint); !error.isEmpty())
        return Result<SubmissionConfig>::failure(error);
    return Result<SubmissionConfig>::success(BackgroundWork::submissionConfigOf(settings));
}

std::unique_ptr<SessionStore> openStore(Context &context, const QCommandLineParser &parser)
{
    auto store = std::make_unique<SessionStore>(context.dataDirectory(parser));
    QEventLoop loop;
    QString error;
    bool opened = false;
    QObject::connect(store.get(), &SessionStore::opened, &loop, [&] {
        opened = true;
        loop.quit();
    });
    QObject::connect(store.get(), &SessionStore::openFailed, &loop, [&](const QString &why) {
        error = why;
        loop.quit();
    });
    store->open();
    loop.exec();
    if (!opened) {
        context.fail(error);
        return nullptr;
    }
    return store;
}

int pendingCount(SessionStore &store)
{
    QEventLoop loop;
    int count = 0;
    QObject::connect(&store, &SessionStore::pendingSessions, &loop, [&](const QList<SessionSummary> &pending) {
        count = int(pending.size());
        loop.quit();
    });
    store.requestPending();
    loop.exec();
    return count;
}

int changeSubmission(Context &context, const SubmissionUpdate &update, const QString &done)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The session's id."));
    if (!context.parse(parser, 1, 1, QStringLiteral("ID")))
        return context.exitCode();
    const QString id = parser.positionalArguments().constFirst();
    if (!SessionId::isSafe(id))
        return context.usage(Tr::tr("\"%1\" is not a valid session id").arg(id.left(80)));
    auto repository = context.openForWriting(parser);
    if (!repository)
        return context.fail(repository.error());
    if (!repository.value()->exists(id))
        return context.fail(Tr::tr("there is no session %1 in %2").arg(id, repository.value()->directory().sessions()));
    Result<SessionSummary> summary = repository.value()->updateSubmission(id, update);
    if (!summary)
        return context.fail(summary.error());
    if (Status s = repository.value()->flushSummaryCache(); !s)
        note(s.error());
    context.printLine(done.arg(id));
    return Success;
}

} // namespace

int submitSessions(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption onceOption(
        QStringLiteral("once"),
        Tr::tr("Send every pending session, retrying with backoff up to submissionMaxRetries attempts, wait for "
               "the outcomes, print {\"submitted\":N,\"failed\":N,\"pending\":N} and end. \"pending\" counts the "
               "sessions still pending afterwards (saved meanwhile, or interrupted). Exit status 1 when any "
               "session failed."));
    parser.addOption(onceOption);
    if (!context.parse(parser, 0, 0, QStringLiteral("[--once]")))
        return context.exitCode();
    const bool once = parser.isSet(onceOption);
    Settings settings(context.dataDirectory(parser));
    Result<SubmissionConfig> config = configOf(settings);
    if (!config)
        return context.fail(config.error());

    std::unique_ptr<SessionStore> store = openStore(context, parser);
    if (!store)
        return Failure;
    int submitted = 0;
    int failed = 0;
    QString configError;
    {
        SubmissionService service(store.get());
        QEventLoop loop;
        QObject::connect(&service, &SubmissionService::sessionSubmitted, &loop, [&](const QString &id) {
            ++submitted;
            if (!once)
                note(Tr::tr("submitted %1").arg(id));
        });
        QObject::connect(&service, &SubmissionService::sessionFailed, &loop,
                         [&](const QString &id, const QString &error, bool final) {
                             if (final)
                                 ++failed;
                             note(final ? Tr::tr("%1 failed: %2").arg(id, error)
                                        : Tr::tr("%1 will be tried again: %2").arg(id, error));
                         });
        QObject::connect(&service, &SubmissionService::configurationError, &loop, [&](const QString &error) {
            configError = error;
            loop.quit();
        });
        if (once) {
            QObject::connect(&service, &SubmissionService::idle, &loop, &QEventLoop::quit);
        } else {
            // `config set` from another shell applies without a restart; an empty endpoint
            // pauses sending.
            settings.setWatchingFile(true);
            QObject::connect(&settings, &Settings::changed, &loop, [&](const QString &key) {
                if (!key.startsWith(u"submission"))
                    return;
                const SubmissionConfig changed = BackgroundWork::submissionConfigOf(settings);
                if (const QString error = SubmissionConfig::checkEndpoint(changed.endpoint); !error.isEmpty()) {
                    note(error);
                    return;
                }
                note(changed.enabled() ? Tr::tr("settings changed; sending to %1")
                                             .arg(changed.endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                                       : Tr::tr("settings changed; submission is off until an endpoint is set"));
                service.setConfig(changed);
            });
        }
        StopSignal stop;
        QObject::connect(&stop, &StopSignal::received, &loop, &QEventLoop::quit);
        service.setConfig(config.value());
        service.start();
        if (!once)
            note(Tr::tr("sending sessions to %1; stop with Ctrl+C")
                     .arg(config->endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        loop.exec();
        // Aborts what is still in flight: those sessions stay pending, nothing is marked
        // submitted without the collector's answer.
        service.shutdown();
    }
    const int pending = pendingCount(*store);
    store->shutdown(); // every result handed to the store is written before this returns
    if (!configError.isEmpty())
        return context.fail(configError);
    context.printJson(QJsonObject{{QStringLiteral("submitted"), submitted},
                                  {QStringLiteral("failed"), failed},
                                  {QStringLiteral("pending"), pending}});
    return failed > 0 ? Failure : Success;
}

int retrySubmission(Context &context)
{
    return changeSubmission(context, SubmissionUpdate::retry(),
                            Tr::tr("Session %1 is pending again; it is sent at the next submission."));
}

int ignoreSubmission(Context &context)
{
    return changeSubmission(context, SubmissionUpdate::ignore(), Tr::tr("Session %1 will not be submitted."));
}

} // namespace Cli

#include "cli.h"

#include "capturecommands.h"
#include "cleanupcommand.h"
#include "clicontext.h"
#include "configcommands.h"
#include "hl7commands.h"
#include "searchcommand.h"
#include "storecommands.h"
#include "submitcommands.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Command
{
    const char *name;
    int (*run)(Context &);
    const char *summary;
};

constexpr Command commands[] = {
    {"list", listSessions, QT_TRANSLATE_NOOP("Cli", "List sessions, newest first: [--status S] [--json]")},
    {"show", showSession, QT_TRANSLATE_NOOP("Cli", "Show one session with its elements and messages: ID [--json]")},
    {"delete", deleteSession, QT_TRANSLATE_NOOP("Cli", "Delete a session (to the trash): ID")},
    {"cleanup", cleanupSessions, QT_TRANSLATE_NOOP("Cli", "Move expired sessions to the trash, purge trash older than 7 days, report as JSON: [--dry-run] [--now EPOCH_MS]")},
    {"recover", recoverStore, QT_TRANSLATE_NOOP("Cli", "Recover from interrupted writes and report as JSON")},
    {"import-sessions", importSessions, QT_TRANSLATE_NOOP("Cli", "Copy session files of another folder into the store: DIR")},
    {"capture", runCapture, QT_TRANSLATE_NOOP("Cli", "Capture live on an interface until stopped: --interface IF [--duration S] [--filter BPF] [options of import]")},
    {"proxy", runProxy, QT_TRANSLATE_NOOP("Cli", "Record through a proxy until stopped: --listen [ADDR:]PORT --upstream HOST:PORT [options of import]")},
    {"import", importCapture, QT_TRANSLATE_NOOP("Cli", "Read a capture file into sessions: FILE [--framing F] [--device-ip IP] [--lis-ip IP] [--lis-port N]")},
    {"inspect", inspectMessages, QT_TRANSLATE_NOOP("Cli", "Parse a file of HL7 messages: FILE [--field PATH]... [--tree] [--json]")},
    {"export", exportSession, QT_TRANSLATE_NOOP("Cli", "Write a session as HL7 or JSON: ID --format hl7|json [--mllp] [--mask-phi] [-o FILE]")},
    {"search", searchSessions, QT_TRANSLATE_NOOP("Cli", "Search the sessions, newest first: QUERY [--json] (e.g. PID-3.1=12345 glucose status:failed from:2026-11-01)")},
    {"submit", submitSessions, QT_TRANSLATE_NOOP("Cli", "Send pending sessions to the collector until stopped, or with --once everything pending, then {\"submitted\",\"failed\",\"pending\"}: [--once]")},
    {"retry", retrySubmission, QT_TRANSLATE_NOOP("Cli", "Submit a session again (pending, attempts 0): ID")},
    {"ignore", ignoreSubmission, QT_TRANSLATE_NOOP("Cli", "Never submit a session: ID")},
    {"config", configSettings, QT_TRANSLATE_NOOP("Cli", "Read or change the settings (DIR/settings.ini): get KEY | set KEY VALUE | list [--json] [--show-secrets]")},
};

QString usageText(const QString &program)
{
    QString text = Tr::tr("Usage: %1 [--data-dir DIR] COMMAND [options]\n\n"
                          "DIR defaults to $HL7CAPTURE_DATA_DIR, else the app's data folder.\n\nCommands:\n")
                       .arg(program);
    for (const Command &c : commands)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1StringView(c.name), -16).arg(Tr::tr(c.summary));
    text += Tr::tr("\nExit status: 0 success, 1 failure, 2 bad usage. '%1 COMMAND --help' for a command's options.\n")
                .arg(program);
    return text;
}

int usageError(const QString &program, const QString &message)
{
    std::fputs(QStringLiteral("%1: %2\n").arg(program, message).toLocal8Bit().constData(), stderr);
    return BadUsage;
}

} // namespace

int run(const QStringList &arguments)
{
    const QString program = QFileInfo(arguments.value(0, QStringLiteral("hl7capture-cli"))).fileName();
    QString dataDir;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1StringView("--data-dir")) {
            if (++i >= arguments.size())
                return usageError(program, Tr::tr("--data-dir needs a folder"));
            dataDir = arguments.at(i);
        } else if (arg.startsWith(QLatin1StringView("--data-dir="))) {
            dataDir = arg.mid(11);
        } else if (arg == QLatin1StringView("-h") || arg == QLatin1StringView("--help")) {
            std::fputs(usageText(program).toLocal8Bit().constData(), stdout);
            return Success;
        } else if (arg == QLatin1StringView("--version")) {
            std::fputs(QStringLiteral("%1 %2\n").arg(program, QCoreApplication::applicationVersion()).toLocal8Bit().constData(), stdout);
            return Success;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return usageError(program, Tr::tr("unknown option %1").arg(arg));
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        std::fputs(usageText(program).toLocal8Bit().constData(), stderr);
        return BadUsage;
    }
    const QString name = arguments.at(i);
    for (const Command &c : commands) {
        if (name == QLatin1StringView(c.name)) {
            Context context(program, name, dataDir, arguments.mid(i + 1));
            return c.run(context);
        }
    }
    return usageError(program, Tr::tr("unknown command \"%1\"; see %2 --help").arg(name, program));
}

} // namespace Cli

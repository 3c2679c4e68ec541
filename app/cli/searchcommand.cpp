#include "searchcommand.h"

#include "clicontext.h"
#include "searchquery.h"
#include "sessionsearch.h"
#include "storecommands.h"

namespace Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int searchSessions(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("A JSON array of session summaries, as list --json prints them."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("query"),
                                 Tr::tr("Terms that must all hold, e.g. PID-3.1=12345 glucose status:failed from:2026-11-01; "
                                        "put a query that starts with - after --."));
    if (!context.parse(parser, 1, -1, QStringLiteral("QUERY [--json]")))
        return context.exitCode();
    // Several arguments are one query: `search PID-3.1=12345 status:failed` needs no shell quotes.
    const Result<SearchQuery> query = SearchQuery::parse(parser.positionalArguments().join(QLatin1Char(' ')));
    if (!query)
        return context.usage(query.error());

    auto repository = context.openForReading(parser);
    if (!repository)
        return context.fail(repository.error());
    SessionSearch search(*repository.value());
    const QList<const SessionSummary *> sessions = repository.value()->newestFirst();
    printSummaries(context, search.matching(query.value(), sessions), parser.isSet(jsonOption));
    return Success;
}

} // namespace Cli

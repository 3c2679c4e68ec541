#include "configcommands.h"

#include "clicontext.h"
#include "settings.h"
#include "settingspec.h"

#include <QJsonObject>

#include <cstdio>

namespace Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString shown(const SettingSpec &spec, const QVariant &value, bool showSecrets)
{
    const QString text = spec.toText(value);
    return spec.secret && !showSecrets ? maskSecret(text) : text;
}

QJsonValue jsonOf(const SettingSpec &spec, const QVariant &value, bool showSecrets)
{
    switch (spec.type) {
    case SettingSpec::Type::Bool: return value.toBool();
    case SettingSpec::Type::Int: return value.toInt();
    case SettingSpec::Type::String: break;
    }
    return shown(spec, value, showSecrets);
}

// A value the file holds wrongly does not stop get or list, but the person should know.
void printWarnings(const Settings &settings)
{
    for (const QString &w : settings.loadWarnings())
        std::fputs(Tr::tr("warning: %1\n").arg(w).toLocal8Bit().constData(), stderr);
}

} // namespace

int configSettings(Context &context)
{
    // "set retentionDays -5" would read -5 as options; say how to write it rather than "unknown option".
    const QStringList &raw = context.arguments();
    if (raw.size() == 3 && raw.at(0) == QLatin1StringView("set") && raw.at(2).startsWith(QLatin1Char('-'))
        && !raw.at(2).startsWith(QLatin1StringView("--")) && raw.at(2) != QLatin1StringView("-h"))
        return context.usage(Tr::tr("a value that starts with '-' goes after --: config set KEY -- VALUE"));

    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("list: one JSON object {key: value}."));
    const QCommandLineOption secretsOption(QStringLiteral("show-secrets"),
                                           Tr::tr("Print secrets (submissionAuthHeader) instead of masking them."));
    parser.addOptions({jsonOption, secretsOption});
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("get KEY, set KEY VALUE or list."));
    const QString syntax = QStringLiteral("get KEY | set KEY VALUE | list [--json] [--show-secrets]");
    if (!context.parse(parser, 1, 3, syntax))
        return context.exitCode();

    const QStringList args = parser.positionalArguments();
    const QString action = args.constFirst();
    const qsizetype expected = action == QLatin1StringView("get") ? 2
        : action == QLatin1StringView("set")                      ? 3
        : action == QLatin1StringView("list")                     ? 1
                                                                  : -1;
    if (expected < 0)
        return context.usage(Tr::tr("unknown action \"%1\"; expected: config %2").arg(action.left(80), syntax));
    if (args.size() != expected)
        return context.usage(Tr::tr("expected: config %1").arg(syntax));
    if (parser.isSet(jsonOption) && action != QLatin1StringView("list"))
        return context.usage(Tr::tr("--json goes with config list"));
    const bool showSecrets = parser.isSet(secretsOption);

    Settings settings(context.dataDirectory(parser));
    if (action == QLatin1StringView("set")) {
        const SettingSpec *spec = SettingSpec::find(args.at(1));
        if (!spec)
            return context.usage(SettingSpec::unknownKeyMessage(args.at(1)));
        // A value that can never be right is bad usage; a file that cannot be written is a failure.
        if (Result<QVariant> checked = spec->resolveInput(args.at(2)); !checked)
            return context.usage(checked.error());
        const Status s = settings.setText(spec->key(), args.at(2));
        return s ? Success : context.fail(s.error());
    }

    if (Status s = settings.load(); !s)
        return context.fail(s.error());
    printWarnings(settings);
    if (action == QLatin1StringView("get")) {
        const SettingSpec *spec = SettingSpec::find(args.at(1));
        if (!spec)
            return context.usage(SettingSpec::unknownKeyMessage(args.at(1)));
        context.printLine(shown(*spec, settings.value(spec->key()), showSecrets));
        return Success;
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject object;
        for (const SettingSpec &spec : SettingSpec::all())
            object.insert(spec.key(), jsonOf(spec, settings.value(spec.key()), showSecrets));
        context.printJson(object);
        return Success;
    }
    for (const SettingSpec &spec : SettingSpec::all()) {
        const QString line = QStringLiteral("%1 = %2").arg(spec.key(), shown(spec, settings.value(spec.key()), showSecrets));
        context.printLine(settings.isSet(spec.key()) ? line : Tr::tr("%1  (default)").arg(line));
    }
    return Success;
}

} // namespace Cli

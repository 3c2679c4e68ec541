#include "clicontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Cli {

Context::Context(QString program, QString command, QString dataDirOverride, QStringList arguments)
    : m_program(std::move(program))
    , m_command(std::move(command))
    , m_dataDirOverride(std::move(dataDirOverride))
    , m_arguments(std::move(arguments))
{
}

DataDirectory Context::dataDirectory(const QCommandLineParser &parser) const
{
    const QString fromCommand = parser.value(QStringLiteral("data-dir"));
    return DataDirectory::resolve(fromCommand.isEmpty() ? m_dataDirOverride : fromCommand);
}

bool Context::parse(QCommandLineParser &parser, int minPositional, int maxPositional, const QString &syntax)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("data-dir"), tr("The data folder."), tr("dir")});
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{m_program} + m_arguments)) {
        m_exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        printLine(tr("Usage: %1 [--data-dir DIR] %2 %3").arg(m_program, m_command, syntax));
        print(parser.helpText().section(QLatin1Char('\n'), 2).toUtf8());
        m_exitCode = Success;
        return false;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        m_exitCode = usage(tr("expected: %1 %2").arg(m_command, syntax));
        return false;
    }
    return true;
}

Result<std::unique_ptr<SessionRepository>> Context::openForReading(const QCommandLineParser &parser)
{
    using R = Result<std::unique_ptr<SessionRepository>>;
    auto repository = std::make_unique<SessionRepository>(dataDirectory(parser));
    const Status exclusive = repository->open(SessionRepository::Access::Exclusive);
    if (exclusive)
        return R::success(std::move(repository));
    repository = std::make_unique<SessionRepository>(dataDirectory(parser));
    if (Status readOnly = repository->open(SessionRepository::Access::ReadOnly); !readOnly)
        return R::failure(exclusive.error());
    return R::success(std::move(repository));
}

Result<std::unique_ptr<SessionRepository>> Context::openForWriting(const QCommandLineParser &parser)
{
    using R = Result<std::unique_ptr<SessionRepository>>;
    auto repository = std::make_unique<SessionRepository>(dataDirectory(parser));
    if (Status s = repository->open(SessionRepository::Access::Exclusive); !s)
        return R::failure(s.error());
    return R::success(std::move(repository));
}

int Context::report(const QString &message, int code)
{
    QString line = QStringLiteral("%1: %2: %3").arg(m_program, m_command, message);
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fputs(line.toLocal8Bit().append('\n').constData(), stderr);
    return code;
}

int Context::fail(const QString &message)
{
    return report(message, Failure);
}

int Context::usage(const QString &message)
{
    return report(message, BadUsage);
}

void Context::print(QByteArrayView text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
}

void Context::printLine(const QString &text)
{
    print(text.toUtf8().append('\n'));
}

void Context::printJson(const QJsonValue &value, bool indented)
{
    const auto format = indented ? QJsonDocument::Indented : QJsonDocument::Compact;
    QByteArray out = value.isArray() ? QJsonDocument(value.toArray()).toJson(format)
                                     : QJsonDocument(value.toObject()).toJson(format);
    if (!out.endsWith('\n'))
        out.append('\n');
    print(out);
}

} // namespace Cli

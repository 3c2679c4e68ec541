#pragma once

#include "cli.h"
#include "datadirectory.h"
#include "result.h"
#include "sessionrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>

#include <memory>

namespace Cli {

// What every command gets: where the data is, and the one way to speak to the user.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Context(QString program, QString command, QString dataDirOverride, QStringList arguments);

    const QString &command() const { return m_command; }
    const QStringList &arguments() const { return m_arguments; }
    DataDirectory dataDirectory(const QCommandLineParser &parser) const;

    // Adds --data-dir and --help, parses the command's arguments and checks the number of
    // positional ones. On failure the usage error is already reported: return exitCode().
    bool parse(QCommandLineParser &parser, int minPositional, int maxPositional, const QString &syntax);
    int exitCode() const { return m_exitCode; }

    // The store for reading: exclusive when the folder is free, else read-only beside the app.
    Result<std::unique_ptr<SessionRepository>> openForReading(const QCommandLineParser &parser);
    Result<std::unique_ptr<SessionRepository>> openForWriting(const QCommandLineParser &parser);

    int fail(const QString &message);  // one line on stderr, exit 1
    int usage(const QString &message); // one line on stderr, exit 2
    void print(QByteArrayView text); // stdout, as is
    void printLine(const QString &text);
    void printJson(const QJsonValue &value, bool indented = false);

private:
    int report(const QString &message, int code);

    QString m_program;
    QString m_command;
    QString m_dataDirOverride;
    QStringList m_arguments;
    int m_exitCode = Success;
};

} // namespace Cli

#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hl7capture"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HL7CAPTURE_VERSION));
    return Cli::run(QCoreApplication::arguments());
}

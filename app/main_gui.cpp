#include "mainwindow.h"

#include "datadirectory.h"
#include "sessionstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hl7capture"));
    QApplication::setApplicationDisplayName(QStringLiteral("HL7 Capture"));
    QApplication::setApplicationVersion(QStringLiteral(HL7CAPTURE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Capture and inspect HL7 traffic between analyzers and the LIS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QApplication::translate("main", "Keep sessions and settings in <dir>."),
                                           QApplication::translate("main", "dir"));
    parser.addOption(dataDirOption);
    parser.process(app);

    SessionStore store(DataDirectory::resolve(parser.value(dataDirOption)));
    QObject::connect(&store, &SessionStore::unsavedAtShutdown, &app, [](const QStringList &paths) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Sessions not saved"),
                             QApplication::translate("main", "These sessions could not be written to the data folder. "
                                                             "Copies are kept here and are restored at the next start:\n\n%1")
                                 .arg(paths.join(QLatin1Char('\n'))));
    });
    MainWindow window(&store);
    window.show();
    store.open();
    const int status = app.exec();
    store.shutdown();
    return status;
}

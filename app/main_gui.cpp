#include "mainwindow.h"

#include "backgroundwork.h"
#include "datadirectory.h"
#include "sessionstore.h"
#include "settings.h"

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

    const DataDirectory dir = DataDirectory::resolve(parser.value(dataDirOption));
    Settings settings(dir);
    if (Status loaded = settings.load(); !loaded) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Settings not read"),
                             QApplication::translate("main", "The settings could not be read, so the defaults apply "
                                                             "and the file is left as it is:\n\n%1")
                                 .arg(loaded.error()));
    }
    settings.setWatchingFile(true);
    SessionStore store(dir);
    QObject::connect(&store, &SessionStore::unsavedAtShutdown, &app, [](const QStringList &paths) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Sessions not saved"),
                             QApplication::translate("main", "These sessions could not be written to the data folder. "
                                                             "Copies are kept here and are restored at the next start:\n\n%1")
                                 .arg(paths.join(QLatin1Char('\n'))));
    });
    BackgroundWork background(&store, &settings);
    AppServices services;
    services.store = &store;
    services.settings = &settings;
    services.submission = background.submission();
    MainWindow window(services);
    window.show();
    store.open();
    background.start();
    const int status = app.exec();
    background.shutdown();
    store.shutdown();
    return status;
}

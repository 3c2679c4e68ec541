#include "capturecontroller.h"
#include "mainwindow.h"

#include "autostart.h"
#include "backgroundwork.h"
#include "captureservice.h"
#include "datadirectory.h"
#include "demodata.h"
#include "desktoplog.h"
#include "logfile.h"
#include "sessionstore.h"
#include "settings.h"
#include "singleinstance.h"
#include "stopsignal.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <memory>
#include <optional>

namespace {

// The level the setting "logLevel" names; info when it is missing or not a level.
LogFile::Level logLevelOf(const Settings &settings)
{
    return LogFile::levelFromName(settings.value(QStringLiteral("logLevel")).toString()).value_or(LogFile::Level::Info);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hl7capture"));
    QApplication::setApplicationDisplayName(QStringLiteral("HL7 Capture"));
    QApplication::setApplicationVersion(QStringLiteral(HL7CAPTURE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("hl7capture"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Capture and inspect HL7 traffic between analyzers and the LIS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QApplication::translate("main", "Keep sessions and settings in <dir>."),
                                           QApplication::translate("main", "dir"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Start on a temporary data folder with a sample capture "
                                                                        "opened; nothing is kept."));
    const QCommandLineOption minimizedOption(QStringLiteral("minimized"),
                                             QApplication::translate("main", "Start in the system tray (minimized without one)."));
    parser.addOption(dataDirOption);
    parser.addOption(demoOption);
    parser.addOption(minimizedOption);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Capture files (.pcap, .pcapng) to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);
    const bool demo = parser.isSet(demoOption);
    const QStringList files = parser.positionalArguments();

    // Holds the sample's file, and with --demo the whole data folder, until the app ends.
    DemoData demoData;
    QString dataFolder = parser.value(dataDirOption);
    if (demo) {
        const Result<QString> folder = demoData.dataFolder();
        if (!folder) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Demo not started"),
                                  QApplication::translate("main", "The demo needs a temporary data folder:\n\n%1").arg(folder.error()));
            return 1;
        }
        dataFolder = folder.value();
    }
    const DataDirectory dir = DataDirectory::resolve(dataFolder);

    // First, so that everything after it is in the log.
    LogFile logFile(dir.root() + QStringLiteral("/logs"));
    if (Status opened = logFile.open(); !opened)
        qWarning().noquote() << opened.error(); // still reaches stderr
    logFile.install();
    qCInfo(lcDesktop).noquote() << QStringLiteral("hl7capture %1 starting on %2%3")
                                       .arg(QApplication::applicationVersion(), dir.root(),
                                            demo ? QStringLiteral(" (demo)") : QString());

    // Before the store opens: a second launch on this folder hands its files to the first.
    SingleInstance instance(dir.root());
    switch (instance.claim(files)) {
    case SingleInstance::Role::Secondary:
        return 0;
    case SingleInstance::Role::Failed:
        qCWarning(lcDesktop).noquote() << "single instance:" << instance.errorString();
        break;
    case SingleInstance::Role::Primary:
        break;
    }

    Settings settings(dir);
    const Status settingsLoaded = settings.load();
    logFile.setLevel(logLevelOf(settings));
    loadTranslations(settings.value(QStringLiteral("language")).toString());
    if (!settingsLoaded) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Settings not read"),
                             QApplication::translate("main", "The settings could not be read, so the defaults apply "
                                                             "and the file is left as it is:\n\n%1")
                                 .arg(settingsLoaded.error()));
    }
    settings.setWatchingFile(true);
    QObject::connect(&settings, &Settings::changed, &app, [&logFile, &settings](const QString &key) {
        if (key == u"logLevel")
            logFile.setLevel(logLevelOf(settings));
    });

    SessionStore store(dir);
    QObject::connect(&store, &SessionStore::unsavedAtShutdown, &app, [](const QStringList &paths) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Sessions not saved"),
                             QApplication::translate("main", "These sessions could not be written to the data folder. "
                                                             "Copies are kept here and are restored at the next start:\n\n%1")
                                 .arg(paths.join(QLatin1Char('\n'))));
    });
    BackgroundWork background(&store, &settings);
    CaptureService capture(&store);

    AppServices services;
    services.store = &store;
    services.settings = &settings;
    services.submission = background.submission();
    services.capture = &capture;
    if (const Result<QString> sample = demoData.sampleCapture(); sample)
        services.sampleCapture = sample.value();
    else
        qCWarning(lcDesktop).noquote() << "no sample capture:" << sample.error();
    services.openSampleAtStart = demo && !services.sampleCapture.isEmpty();

    MainWindow window(services);
    // A logout or `kill` ends the app the way Quit does: queued writes drain, the demo folder goes.
    StopSignal stopSignal;
    QObject::connect(&stopSignal, &StopSignal::received, &app, &QApplication::quit);
    // A second launch raises this window; its capture files are read with the capture settings.
    QObject::connect(&instance, &SingleInstance::raiseRequested, &window, [&window] { window.raiseFromElsewhere(); });
    QObject::connect(&instance, &SingleInstance::openRequested, &window,
                     [&window](const QStringList &paths) { window.raiseFromElsewhere(paths); });

    // Files are read into the store only once it is open, so their sessions are checked against
    // the ones it holds.
    QStringList filesAtStart = files;
    if (services.openSampleAtStart)
        filesAtStart.append(services.sampleCapture);
    if (!filesAtStart.isEmpty()) {
        QObject::connect(
            &store, &SessionStore::opened, &window,
            [&window, filesAtStart] { window.capture()->openFiles(filesAtStart); }, Qt::SingleShotConnection);
    }

    // The demo's folder is thrown away: it must never start at login.
    std::optional<Autostart> autostart;
    if (!demo) {
        autostart.emplace(&settings, dir.root());
        autostart->apply();
    }

    window.showAtStart(parser.isSet(minimizedOption));
    store.open();
    background.start();
    const int status = app.exec();
    qCInfo(lcDesktop) << "shutting down";
    background.shutdown();
    capture.stopAndWait();
    store.shutdown();
    return status;
}

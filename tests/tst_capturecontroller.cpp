#include "capturecontroller.h"
#include "capturesourcedialog.h"
#include "capturestatuswidget.h"
#include "sessionstore.h"
#include "settings.h"
#include "testdata.h"

#include <QAction>
#include <QMimeData>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QWidget>

#include <memory>

// The capture controls over a real CaptureService and a real SessionStore in a temporary folder:
// actions that follow the service's state, capture files read one after another, the proxy, the
// errors a person is shown, and what a drop may bring.
class tst_CaptureController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void actionsFollowTheStates();
    void filesAreReadOneAfterAnother();
    void missingFileReportsAClearError();
    void proxyStartsPausesAndStops();
    void startReadsTheSettings_data();
    void startReadsTheSettings();
    void fileRefusedWhileTheProxyRuns();
    void sourceDialogStartsTheCapture();
    void capturePathsOfADrop_data();
    void capturePathsOfADrop();
    void actionsHaveShortcuts();

private:
    // Which actions are enabled, as "start stop pause open": 1 or 0 each.
    QString enabledActions() const;
    int savedSessions() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CaptureService> m_capture;
    std::unique_ptr<QWidget> m_window;
    CaptureController *m_controller = nullptr;
    CaptureStatusWidget *m_status = nullptr;
    std::unique_ptr<QSignalSpy> m_saved;
    std::unique_ptr<QSignalSpy> m_errors;
};

namespace {

const QString MllpFile = QStringLiteral("capture/mllp_send__hl7_mllp_server.pcap");
const QString AstmFile = QStringLiteral("capture/astm_device__astm_lis.pcapng");
const QString E1381File = QStringLiteral("capture/e1381_device__e1381_lis.pcap");

} // namespace

void tst_CaptureController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const DataDirectory dir = DataDirectory::resolve(m_dir->path());
    m_settings = std::make_unique<Settings>(dir);
    QVERIFY(m_settings->load());
    m_store = std::make_unique<SessionStore>(dir);
    QSignalSpy opened(m_store.get(), &SessionStore::opened);
    m_store->open();
    QVERIFY(opened.wait());
    m_saved = std::make_unique<QSignalSpy>(m_store.get(), &SessionStore::saved);
    m_capture = std::make_unique<CaptureService>(m_store.get());
    m_window = std::make_unique<QWidget>();
    m_controller = new CaptureController(m_capture.get(), m_settings.get(), m_window.get());
    m_status = new CaptureStatusWidget(m_controller, m_window.get());
    m_errors = std::make_unique<QSignalSpy>(m_controller, &CaptureController::errorOccurred);
}

void tst_CaptureController::cleanup()
{
    m_errors.reset();
    m_capture->stopAndWait();
    m_window.reset(); // the controller and the status widget with it
    m_capture.reset();
    m_saved.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

QString tst_CaptureController::enabledActions() const
{
    QStringList flags;
    for (const QAction *a : {m_controller->startAction(), m_controller->stopAction(), m_controller->pauseAction(),
                             m_controller->openFileAction()})
        flags.append(a->isEnabled() ? QStringLiteral("1") : QStringLiteral("0"));
    return flags.join(u' ');
}

int tst_CaptureController::savedSessions() const
{
    return int(m_saved->size());
}

void tst_CaptureController::actionsFollowTheStates()
{
    QCOMPARE(enabledActions(), QStringLiteral("1 0 0 1"));
    QCOMPARE(m_status->stateText(), QStringLiteral("Idle"));
    QStringList seen;
    QObject listening; // ends the connection with this function
    connect(m_capture.get(), &CaptureService::stateChanged, &listening, [&](CaptureService::State state) {
        seen.append(QStringLiteral("%1: %2").arg(QLatin1StringView(QMetaEnum::fromType<CaptureService::State>().valueToKey(int(state))),
                                                 enabledActions()));
    });
    QSignalSpy finished(m_capture.get(), &CaptureService::finished);
    m_controller->openFile(fixturePath(MllpFile));
    // At once: the service is running before openFile returns, and nothing waited for it.
    QCOMPARE(m_capture->state(), CaptureService::State::Running);
    QCOMPARE(enabledActions(), QStringLiteral("0 1 1 1"));
    // The file's name, shortened in the middle when long.
    QVERIFY2(m_status->stateText().startsWith(QStringLiteral("Reading mllp_send")), qPrintable(m_status->stateText()));
    QVERIFY2(m_status->stateText().endsWith(QStringLiteral("server.pcap")), qPrintable(m_status->stateText()));
    QVERIFY(m_status->progressPercent() >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(seen, (QStringList{QStringLiteral("Running: 0 1 1 1"), QStringLiteral("Idle: 1 0 0 1")}));
    QCOMPARE(finished.constFirst().at(1).toString(), QString());
    QTRY_COMPARE(savedSessions(), 1);
    QCOMPARE(m_errors->size(), 0);
    QCOMPARE(m_status->stateText(), QStringLiteral("Idle"));
    QCOMPARE(m_status->progressPercent(), -1);
    QCOMPARE(m_status->countsText(), QStringLiteral("Sessions: 1  Messages: 3"));
}

void tst_CaptureController::filesAreReadOneAfterAnother()
{
    QSignalSpy finished(m_capture.get(), &CaptureService::finished);
    QSignalSpy filesChanged(m_controller, &CaptureController::filesChanged);
    const QStringList files{fixturePath(MllpFile), fixturePath(AstmFile), fixturePath(E1381File)};
    m_controller->openFiles(files.mid(0, 2));
    m_controller->openFile(files.at(2)); // a second drop while the first is read
    QCOMPARE(m_controller->currentFile(), files.at(0));
    QCOMPARE(m_controller->waitingFiles(), files.mid(1));
    QVERIFY(m_status->stateText().endsWith(QStringLiteral("(2 more waiting)")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
    QTRY_COMPARE(savedSessions(), 3);
    QVERIFY(m_controller->currentFile().isEmpty());
    QVERIFY(m_controller->waitingFiles().isEmpty());
    QCOMPARE(m_errors->size(), 0);
    for (const QList<QVariant> &call : std::as_const(finished))
        QCOMPARE(call.at(0).value<CaptureStatistics>().sessions, 1);
    QVERIFY(!filesChanged.isEmpty());
}

void tst_CaptureController::missingFileReportsAClearError()
{
    const QString missing = m_dir->filePath(QStringLiteral("gone.pcap"));
    m_controller->openFiles({missing, fixturePath(MllpFile)});
    QTRY_COMPARE_WITH_TIMEOUT(m_errors->size(), 1, 20000);
    const QString error = m_errors->constFirst().at(0).toString();
    QVERIFY2(error.startsWith(QStringLiteral("Cannot read the capture file")), qPrintable(error));
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(error.endsWith(u'.'));
    // The next file is read all the same.
    QTRY_COMPARE_WITH_TIMEOUT(savedSessions(), 1, 20000);
    QTRY_COMPARE(m_capture->state(), CaptureService::State::Idle);
    QCOMPARE(m_errors->size(), 1);
}

void tst_CaptureController::proxyStartsPausesAndStops()
{
    QTcpServer lis;
    QVERIFY(lis.listen(QHostAddress::LocalHost, 0));
    QSignalSpy started(m_capture.get(), &CaptureService::started);
    QSignalSpy finished(m_capture.get(), &CaptureService::finished);
    QVERIFY(m_controller->startCapture(CaptureSource::proxy(QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"), lis.serverPort()),
                                       CaptureSettings{}));
    QVERIFY(!m_controller->startCapture(CaptureSource::file(fixturePath(MllpFile)), CaptureSettings{}));
    QCOMPARE(m_errors->size(), 1); // one capture at a time, and a person is told so
    QVERIFY(started.wait());
    QVERIFY(m_capture->proxyPort() != 0);
    QCOMPARE(m_status->stateText(), QStringLiteral("Proxy on port %1").arg(m_capture->proxyPort()));
    QCOMPARE(m_status->progressPercent(), -1);
    QCOMPARE(enabledActions(), QStringLiteral("0 1 1 0"));

    QAction *pause = m_controller->pauseAction();
    QVERIFY(!pause->isChecked());
    pause->trigger();
    QCOMPARE(m_capture->state(), CaptureService::State::Paused);
    QVERIFY(pause->isChecked());
    QCOMPARE(pause->text(), QStringLiteral("&Resume Capture"));
    QCOMPARE(m_status->stateText(), QStringLiteral("Paused"));
    pause->trigger();
    QCOMPARE(m_capture->state(), CaptureService::State::Running);
    QVERIFY(!pause->isChecked());
    QCOMPARE(pause->text(), QStringLiteral("&Pause Capture"));

    m_controller->stopAction()->trigger();
    QCOMPARE(enabledActions(), QStringLiteral("0 0 0 0")); // stopping
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(1).toString(), QString());
    QCOMPARE(enabledActions(), QStringLiteral("1 0 0 1"));
    QCOMPARE(m_errors->size(), 1);
}

void tst_CaptureController::startReadsTheSettings_data()
{
    QTest::addColumn<QString>("listen"); // "BUSY": the port a server of the test holds
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<QString>("error");
    QTest::newRow("no upstream") << QStringLiteral("2575") << QString() << QStringLiteral("needs the LIS to forward to");
    QTest::newRow("port in use") << QStringLiteral("BUSY") << QStringLiteral("127.0.0.1:9") << QStringLiteral("Cannot listen on 127.0.0.1:");
}

void tst_CaptureController::startReadsTheSettings()
{
    QFETCH(QString, listen);
    QFETCH(QString, upstream);
    QFETCH(QString, error);
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    if (listen == u"BUSY")
        listen = QStringLiteral("127.0.0.1:%1").arg(busy.serverPort());
    QVERIFY(m_settings->set(Settings::Changes{{QStringLiteral("captureSource"), QStringLiteral("proxy")},
                                              {QStringLiteral("proxyListen"), listen},
                                              {QStringLiteral("proxyUpstream"), upstream}}));
    m_controller->startAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_errors->size(), 1, 20000);
    const QString message = m_errors->constFirst().at(0).toString();
    QVERIFY2(message.contains(error), qPrintable(message));
    QCOMPARE(m_status->errorText(), message);
    QTRY_COMPARE(m_capture->state(), CaptureService::State::Idle);
}

void tst_CaptureController::fileRefusedWhileTheProxyRuns()
{
    QSignalSpy started(m_capture.get(), &CaptureService::started);
    QVERIFY(m_controller->startCapture(CaptureSource::proxy(QHostAddress::LocalHost, 0, QStringLiteral("127.0.0.1"), 9), {}));
    QVERIFY(started.wait());
    QVERIFY(!m_controller->openFileAction()->isEnabled());
    m_controller->openFile(fixturePath(MllpFile));
    QCOMPARE(m_errors->size(), 1);
    QVERIFY(m_controller->waitingFiles().isEmpty());
    QCOMPARE(m_capture->source().kind, CaptureSource::Kind::Proxy);
    m_capture->stopAndWait();
}

void tst_CaptureController::sourceDialogStartsTheCapture()
{
    QSignalSpy finished(m_capture.get(), &CaptureService::finished);
    m_controller->sourceAction()->trigger();
    auto *dialog = m_window->findChild<CaptureSourceDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QRadioButton *fileRadio = nullptr;
    for (QRadioButton *b : dialog->findChildren<QRadioButton *>()) {
        if (b->accessibleName() == u"Read a capture file")
            fileRadio = b;
    }
    QVERIFY(fileRadio);
    fileRadio->click();
    dialog->setFilePath(fixturePath(AstmFile));
    QVERIFY(dialog->submit(true));
    QCOMPARE(m_capture->state(), CaptureService::State::Running);
    QCOMPARE(m_capture->source().path, fixturePath(AstmFile));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QTRY_COMPARE(savedSessions(), 1);
    QCOMPARE(m_settings->captureSource(), QStringLiteral("file"));
}

void tst_CaptureController::capturePathsOfADrop_data()
{
    QTest::addColumn<QList<QUrl>>("urls");
    QTest::addColumn<QStringList>("paths");
    const auto file = [](const char *path) { return QUrl::fromLocalFile(QString::fromLatin1(path)); };
    QTest::newRow("pcap") << QList<QUrl>{file("/data/a.pcap")} << QStringList{QStringLiteral("/data/a.pcap")};
    QTest::newRow("upper-case PCAPNG") << QList<QUrl>{file("/data/B.PCAPNG")} << QStringList{QStringLiteral("/data/B.PCAPNG")};
    QTest::newRow("cap") << QList<QUrl>{file("/data/c.Cap")} << QStringList{QStringLiteral("/data/c.Cap")};
    QTest::newRow("text file") << QList<QUrl>{file("/data/notes.txt")} << QStringList{};
    QTest::newRow("no suffix") << QList<QUrl>{file("/data/pcap")} << QStringList{};
    QTest::newRow("remote URL") << QList<QUrl>{QUrl(QStringLiteral("https://example.org/a.pcap"))} << QStringList{};
    QTest::newRow("mixed, in order")
        << QList<QUrl>{file("/data/1.pcapng"), file("/data/x.txt"), QUrl(QStringLiteral("ftp://h/2.pcap")), file("/data/3.pcap")}
        << QStringList{QStringLiteral("/data/1.pcapng"), QStringLiteral("/data/3.pcap")};
    QTest::newRow("nothing") << QList<QUrl>{} << QStringList{};
}

void tst_CaptureController::capturePathsOfADrop()
{
    QFETCH(QList<QUrl>, urls);
    QFETCH(QStringList, paths);
    QMimeData mime;
    if (!urls.isEmpty())
        mime.setUrls(urls);
    else
        mime.setText(QStringLiteral("/data/a.pcap")); // text that looks like a path is not a file
    QCOMPARE(CaptureController::capturePathsOf(&mime), paths);
    QCOMPARE(CaptureController::acceptsDrop(&mime), !paths.isEmpty());
    QVERIFY(!CaptureController::acceptsDrop(nullptr));
}

void tst_CaptureController::actionsHaveShortcuts()
{
    const QList<std::pair<QAction *, QKeySequence>> expected{
        {m_controller->startAction(), QKeySequence(Qt::Key_F5)},
        {m_controller->stopAction(), QKeySequence(Qt::SHIFT | Qt::Key_F5)},
        {m_controller->pauseAction(), QKeySequence(Qt::Key_F6)},
        {m_controller->openFileAction(), QKeySequence(QKeySequence::Open)},
        {m_controller->sourceAction(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
    };
    for (const auto &[action, shortcut] : expected) {
        QCOMPARE(action->shortcut(), shortcut);
        QVERIFY(!action->statusTip().isEmpty());
        QVERIFY(action->toolTip().contains(shortcut.toString(QKeySequence::NativeText)));
    }
    QCOMPARE(m_controller->actions().size(), 6);
    QVERIFY(m_controller->actions().at(3)->isSeparator());
}

QTEST_MAIN(tst_CaptureController)
#include "tst_capturecontroller.moc"

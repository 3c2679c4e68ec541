#include "mainwindow.h"

#include "capturecontroller.h"
#include "capturestatuswidget.h"
#include "sessiondetailpanel.h"
#include "sessionlistpanel.h"
#include "sessionstore.h"
#include "settings.h"
#include "submissionservice.h"
#include "trayicon.h"
#include "uistate.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTime>

MainWindow::MainWindow(const AppServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_uiState(std::make_unique<UiState>(services.store->directory().root()))
    , m_list(new SessionListPanel(services.store, this))
    , m_detail(new SessionDetailPanel(services, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_capture(new CaptureController(services.capture, services.settings, this))
    , m_tray(new TrayIcon(this, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HL7 Capture"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hl7capture-256.png")));
    setAcceptDrops(true);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    // The detail holds the most to read (metadata, timeline, tree and bytes): it gets two thirds.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createMenus();
    createStatusBar();
    connectServices();
    resize(1280, 820);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::showAtStart(bool minimized)
{
    const bool settingsSayMinimized = m_services.settings && m_services.settings->value(QStringLiteral("startMinimized")).toBool();
    const bool toTray = m_services.settings && m_services.settings->value(QStringLiteral("minimizeToTray")).toBool();
    if (!(minimized || settingsSayMinimized)) {
        show();
        return;
    }
    if (toTray && m_tray->isAvailable())
        return; // stays hidden; the tray icon brings it back
    showMinimized();
}

void MainWindow::raiseFromElsewhere(const QStringList &captureFiles)
{
    m_tray->showWindow();
    if (!captureFiles.isEmpty())
        m_capture->openFiles(captureFiles);
}

void MainWindow::connectServices()
{
    SessionStore *store = m_services.store;
    connect(store, &SessionStore::opened, this, &MainWindow::handleOpened);
    connect(store, &SessionStore::openFailed, this, &MainWindow::handleOpenFailed);
    connect(store, &SessionStore::saveFailed, this, [this](const SessionSummary &summary, const QString &error) {
        statusBar()->showMessage(tr("Session %1 could not be written; it is kept in memory and tried again: %2")
                                     .arg(summary.id, error),
                                 15'000);
    });
    connect(store, &SessionStore::removeFailed, this, [this](const QString &id, const QString &error) {
        showError(tr("Session not deleted"), tr("Session %1 could not be deleted:\n%2").arg(id, error));
    });
    connect(store, &SessionStore::importFailed, this, [this](const QString &folder, const QString &error) {
        showError(tr("Import failed"), tr("The sessions of %1 could not be imported:\n%2").arg(folder, error));
    });
    connect(store, &SessionStore::imported, this, [this](const ImportReport &report) {
        statusBar()->showMessage(tr("Imported %1 sessions, %2 already here, %3 unreadable (moved to quarantine)")
                                     .arg(report.imported)
                                     .arg(report.skipped)
                                     .arg(report.quarantined.size()),
                                 15'000);
    });
    connect(store, &SessionStore::cleanupFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Retention cleanup failed: %1").arg(error), 15'000);
    });

    connect(m_list, &SessionListPanel::selectionChanged, this, &MainWindow::handleSelection);
    connect(m_detail, &SessionDetailPanel::retryRequested, this, &MainWindow::retry);
    connect(m_detail, &SessionDetailPanel::ignoreRequested, this, &MainWindow::ignore);
    connect(m_detail, &SessionDetailPanel::deleteRequested, this, [this](const QStringList &ids) { remove(ids); });

    connect(m_capture, &CaptureController::errorOccurred, this, [this](const QString &message) {
        showError(tr("Capture"), message);
    });

    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);

    if (SubmissionService *submission = m_services.submission) {
        connect(submission, &SubmissionService::progress, this, [this](int inFlight, int queued) {
            m_submissionInFlight = inFlight;
            m_submissionQueued = queued;
            updateSubmissionStatus();
        });
        if (m_services.settings) {
            connect(m_services.settings, &Settings::changed, this, [this](const QString &key) {
                if (key == u"submissionEndpoint")
                    updateSubmissionStatus();
            });
        }
        connect(submission, &SubmissionService::sessionSubmitted, this, [this](const QString &id) {
            m_lastSubmission = tr("last: submitted at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
            m_submissionStatus->setToolTip(tr("Last result: %1 submitted").arg(id));
            updateSubmissionStatus();
        });
        connect(submission, &SubmissionService::sessionFailed, this,
                [this](const QString &id, const QString &error, bool final) {
                    m_lastSubmission = final ? tr("last: failed at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
                                             : tr("last: will retry");
                    m_submissionStatus->setToolTip(tr("Last result: %1 failed: %2").arg(id, error));
                    updateSubmissionStatus();
                    if (final)
                        m_tray->notify(tr("Submission failed"), tr("Session %1 was not accepted: %2").arg(id, error));
                });
        connect(submission, &SubmissionService::configurationError, this, [this](const QString &error) {
            m_submissionStatus->setText(tr("Submission: not configured"));
            m_submissionStatus->setToolTip(error);
        });
    }
}

void MainWindow::createStatusBar()
{
    m_storeStatus = new QLabel(tr("Opening the session store…"), this);
    m_storeStatus->setAccessibleName(tr("Store status"));
    m_submissionStatus = new QLabel(this);
    m_submissionStatus->setAccessibleName(tr("Submission status"));
    updateSubmissionStatus();
    m_captureStatus = new CaptureStatusWidget(m_capture, this);
    m_captureStatus->setAccessibleName(tr("Capture status"));
    statusBar()->addWidget(m_storeStatus);
    statusBar()->addPermanentWidget(m_captureStatus);
    statusBar()->addPermanentWidget(m_submissionStatus);
}

void MainWindow::updateSubmissionStatus()
{
    const bool configured = m_services.submission && m_services.settings
        && !m_services.settings->submissionEndpoint().trimmed().isEmpty();
    QString text;
    if (!configured)
        text = tr("Submission: off (no collector set)");
    else if (m_submissionInFlight == 0 && m_submissionQueued == 0)
        text = tr("Submission: idle");
    else
        text = tr("Submission: %1 in flight, %2 queued").arg(m_submissionInFlight).arg(m_submissionQueued);
    if (configured && !m_lastSubmission.isEmpty())
        text += QStringLiteral(" · ") + m_lastSubmission;
    m_submissionStatus->setText(text);
}

void MainWindow::handleOpened(const QList<SessionSummary> &summaries, const RecoveryReport &report)
{
    QString text = tr("Data folder: %1").arg(m_services.store->directory().root());
    if (!report.quarantined.isEmpty())
        text += QStringLiteral(" · ")
            + tr("%n unreadable file(s) moved to quarantine", nullptr, int(report.quarantined.size()));
    m_storeStatus->setText(text);
    m_storeStatus->setToolTip(m_services.store->directory().root());
    if (summaries.isEmpty() && !m_services.sampleCapture.isEmpty() && !m_services.openSampleAtStart)
        offerSample();
    if (m_services.settings && m_services.settings->value(QStringLiteral("autoStartCapture")).toBool())
        m_capture->start();
}

void MainWindow::handleOpenFailed(const QString &error)
{
    m_storeStatus->setText(tr("The session store could not be opened"));
    m_storeStatus->setToolTip(error);
    showError(tr("Session store"), tr("The session store could not be opened:\n%1").arg(error));
}

void MainWindow::handleSelection()
{
    m_detail->setSessions(m_list->selectedSummaries());
}

void MainWindow::offerSample()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("No sessions yet"),
                                tr("There are no sessions in this data folder yet. Open the bundled sample capture "
                                   "(one MLLP and one ASTM exchange) to see how sessions look?"),
                                QMessageBox::Open | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("sampleOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Open)
            m_capture->openFile(m_services.sampleCapture);
    });
    box->open();
    emit sampleOffered();
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Not modal to the app: the store and the capture go on while the message is read.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
    statusBar()->showMessage(text.section(QLatin1Char('\n'), 0, 0), 15'000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const bool toTray = m_services.settings && m_services.settings->value(QStringLiteral("minimizeToTray")).toBool();
    if (!m_quitting && toTray && m_tray->isAvailable()) {
        saveLayout();
        m_tray->hideWindow();
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
    QApplication::quit();
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Minimizing hides into the tray when asked to, so the taskbar stays clean.
    if (event->type() == QEvent::WindowStateChange && isMinimized() && m_tray->isAvailable() && m_services.settings
        && m_services.settings->value(QStringLiteral("minimizeToTray")).toBool()) {
        QMetaObject::invokeMethod(m_tray, &TrayIcon::hideWindow, Qt::QueuedConnection);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (CaptureController::acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = CaptureController::capturePathsOf(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_capture->openFiles(paths);
}

void MainWindow::restoreLayout()
{
    m_uiState->restoreGeometry(QStringLiteral("mainWindow"), this);
    m_uiState->restoreWindowState(QStringLiteral("mainWindow"), this);
    const QByteArray splitter = m_uiState->value(QStringLiteral("mainWindow/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_list->restoreState(*m_uiState);
}

void MainWindow::saveLayout()
{
    m_uiState->saveGeometry(QStringLiteral("mainWindow"), this);
    m_uiState->saveWindowState(QStringLiteral("mainWindow"), this);
    m_uiState->setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    m_list->saveState(*m_uiState);
    if (Status s = m_uiState->sync(); !s)
        qWarning().noquote() << "window layout not saved:" << s.error();
}

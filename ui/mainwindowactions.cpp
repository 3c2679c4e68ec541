// The window's menus and what their actions do, apart from the window's layout and events.
#include "mainwindow.h"

#include "backgroundwork.h"
#include "capturecontroller.h"
#include "sessiondetailpanel.h"
#include "sessionlistpanel.h"
#include "sessionstore.h"
#include "settings.h"
#include "settingsdialog.h"
#include "submissionservice.h"
#include "submissionupdate.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

namespace {

QAction *menuAction(QMenu *menu, const QString &text, const QKeySequence &shortcut, QObject *receiver,
                   std::function<void()> slot)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(shortcut);
    QObject::connect(action, &QAction::triggered, receiver, std::move(slot));
    return action;
}

} // namespace

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_capture->openFileAction());
    menuAction(file, tr("&Import Sessions from Folder…"), QKeySequence(tr("Ctrl+Shift+I")), this,
              [this] { importFolder(); });
    file->addSeparator();
    menuAction(file, tr("&Settings…"), QKeySequence(tr("Ctrl+,")), this, [this] { showSettings(); })
        ->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quitAction = menuAction(file, tr("&Quit"), QKeySequence(tr("Ctrl+Q")), this, [this] { quit(); });
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *session = menuBar()->addMenu(tr("S&ession"));
    // The panel's actions work from anywhere in the window, not only with the focus in the panel.
    for (QAction *a : {m_detail->retryAction(), m_detail->ignoreAction(), m_detail->deleteAction()}) {
        a->setShortcutContext(Qt::WindowShortcut);
        session->addAction(a);
    }
    session->addSeparator();
    QAction *submitNow = menuAction(session, tr("Submit &Pending Now"), QKeySequence(tr("Ctrl+Shift+S")), this, [this] {
        if (m_services.submission)
            m_services.submission->submitNow();
    });
    submitNow->setEnabled(m_services.submission != nullptr);
    menuAction(session, tr("Run Retention &Cleanup Now"), QKeySequence(tr("Ctrl+Shift+L")), this,
              [this] { runCleanupNow(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_list->findAction());
    view->addSeparator();
    view->addActions(m_list->statusFilterActions());
    view->addSeparator();
    QAction *autoScroll = menuAction(view, tr("&Auto-scroll to New Sessions"), QKeySequence(tr("Ctrl+Shift+A")), this, [] {});
    autoScroll->setCheckable(true);
    autoScroll->setChecked(m_list->autoScroll());
    connect(autoScroll, &QAction::toggled, m_list, &SessionListPanel::setAutoScroll);
    connect(view, &QMenu::aboutToShow, autoScroll, [this, autoScroll] { autoScroll->setChecked(m_list->autoScroll()); });

    QMenu *capture = menuBar()->addMenu(tr("&Capture"));
    capture->addActions(m_capture->actions());

    QToolBar *toolbar = addToolBar(tr("Capture"));
    toolbar->setObjectName(QStringLiteral("captureToolbar"));
    toolbar->setAccessibleName(tr("Capture toolbar"));
    toolbar->addAction(m_capture->startAction());
    toolbar->addAction(m_capture->pauseAction());
    toolbar->addAction(m_capture->stopAction());
    toolbar->addSeparator();
    toolbar->addAction(m_capture->openFileAction());
    toolbar->addAction(m_capture->sourceAction());
    toolbar->addSeparator();
    toolbar->addAction(m_detail->retryAction());
    toolbar->addAction(m_detail->ignoreAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    menuAction(help, tr("Open &Logs Folder"), QKeySequence(tr("Ctrl+Shift+G")), this, [this] { openLogsFolder(); });
    menuAction(help, tr("Open &Data Folder"), QKeySequence(tr("Ctrl+Shift+D")), this, [this] { openDataFolder(); });
    help->addSeparator();
    menuAction(help, tr("&About HL7 Capture"), QKeySequence(tr("F1")), this, [this] { showAbout(); })
        ->setMenuRole(QAction::AboutRole);
}

void MainWindow::retry(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    if (m_services.submission) {
        m_services.submission->retry(ids);
    } else {
        for (const QString &id : ids)
            m_services.store->updateSubmission(id, SubmissionUpdate::retry());
    }
    statusBar()->showMessage(tr("%n session(s) will be submitted again", nullptr, int(ids.size())), 5000);
}

void MainWindow::ignore(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    if (m_services.submission) {
        m_services.submission->ignore(ids);
    } else {
        for (const QString &id : ids)
            m_services.store->updateSubmission(id, SubmissionUpdate::ignore());
    }
    statusBar()->showMessage(tr("%n session(s) will not be submitted", nullptr, int(ids.size())), 5000);
}

void MainWindow::remove(const QStringList &ids, bool confirmed)
{
    if (ids.isEmpty())
        return;
    if (confirmed) {
        for (const QString &id : ids)
            m_services.store->remove(id);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete sessions"),
                                tr("Delete %n session(s)? They move to the trash in the data folder and are purged "
                                   "by the retention cleanup after 7 days.",
                                   nullptr, int(ids.size())),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    QPushButton *deleteButton = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, ids, deleteButton](QAbstractButton *clicked) {
        if (clicked == deleteButton)
            remove(ids, true);
    });
    box->open();
}

void MainWindow::showSettings()
{
    if (!m_services.settings)
        return;
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_services, this);
        m_settingsDialog->setObjectName(QStringLiteral("settingsDialog"));
    }
    m_settingsDialog->open();
}

void MainWindow::runCleanupNow()
{
    if (!m_services.settings)
        return;
    m_services.store->runCleanup(BackgroundWork::cleanupPolicyOf(*m_services.settings));
    statusBar()->showMessage(tr("Retention cleanup started"), 5000);
}

void MainWindow::importFolder()
{
    auto *dialog = new QFileDialog(this, tr("Import Sessions from Folder"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        m_services.store->importSessions(folder);
        statusBar()->showMessage(tr("Importing the sessions of %1…").arg(folder));
    });
    dialog->open();
}

void MainWindow::openLogsFolder()
{
    const QString logs = m_services.store->directory().root() + QStringLiteral("/logs");
    QDir().mkpath(logs);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(logs)))
        showError(tr("Logs"), tr("No file manager could open %1").arg(logs));
}

void MainWindow::openDataFolder()
{
    const QString root = m_services.store->directory().root();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(root)))
        showError(tr("Data folder"), tr("No file manager could open %1").arg(root));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About HL7 Capture"),
                       tr("<h3>HL7 Capture %1</h3><p>Records the HL7 traffic between lab analyzers and the LIS, "
                          "keeps every session on disk and submits it to the central collector.</p>"
                          "<p>Data folder: %2</p>")
                           .arg(QApplication::applicationVersion(), m_services.store->directory().root().toHtmlEscaped()));
}

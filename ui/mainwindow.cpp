#include "mainwindow.h"

#include "sessionstore.h"

#include <QIcon>
#include <QLabel>
#include <QStatusBar>

MainWindow::MainWindow(const AppServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_store(services.store)
    , m_placeholder(new QLabel(this))
{
    setWindowTitle(tr("HL7 Capture"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hl7capture-256.png")));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setAccessibleName(tr("Store status"));
    m_placeholder->setText(tr("Opening the session store…"));
    setCentralWidget(m_placeholder);
    resize(960, 600);
    statusBar()->showMessage(tr("Data folder: %1").arg(m_store->directory().root()));
    connect(m_store, &SessionStore::opened, this, &MainWindow::handleOpened);
    connect(m_store, &SessionStore::openFailed, this, &MainWindow::handleOpenFailed);
}

void MainWindow::handleOpened(const QList<SessionSummary> &summaries, const RecoveryReport &report)
{
    QString text = tr("Sessions: %1\nFolder: %2").arg(summaries.size()).arg(m_store->directory().sessions());
    if (!report.quarantined.isEmpty())
        text += QLatin1Char('\n')
            + tr("Unreadable files moved to %1: %2").arg(m_store->directory().quarantine()).arg(report.quarantined.size());
    m_placeholder->setText(text);
}

void MainWindow::handleOpenFailed(const QString &error)
{
    m_placeholder->setText(tr("The session store could not be opened:\n%1").arg(error));
}

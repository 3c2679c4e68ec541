#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

TrayIcon::TrayIcon(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_menu = new QMenu();
    m_menu->setAccessibleName(tr("Tray menu"));
    m_toggleAction = m_menu->addAction(tr("&Hide window"));
    connect(m_toggleAction, &QAction::triggered, this, &TrayIcon::toggleWindow);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(tr("&Quit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::updateToggleText);
    updateToggleText();

    // Made even while there is no tray: at login the panel may start after the app, and the icon
    // docks once it does. Until then isAvailable() is false and the window is never hidden.
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/hl7capture-64.png")), this);
    m_tray->setToolTip(QApplication::applicationDisplayName());
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            toggleWindow();
    });
    m_tray->show();
}

// The menu has no parent widget (a tray menu must not close with the window), so it is ours.
TrayIcon::~TrayIcon()
{
    delete m_tray;
    delete m_menu;
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && m_tray->isVisible();
}

void TrayIcon::notify(const QString &title, const QString &text)
{
    if (isAvailable())
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    updateToggleText();
}

void TrayIcon::hideWindow()
{
    if (!m_window)
        return;
    if (isAvailable())
        m_window->hide();
    else
        m_window->showMinimized();
    updateToggleText();
}

void TrayIcon::toggleWindow()
{
    if (!m_window)
        return;
    const bool shown = m_window->isVisible() && !m_window->isMinimized();
    if (shown)
        hideWindow();
    else
        showWindow();
}

void TrayIcon::updateToggleText()
{
    const bool shown = m_window && m_window->isVisible() && !m_window->isMinimized();
    m_toggleAction->setText(shown ? tr("&Hide window") : tr("&Show window"));
}

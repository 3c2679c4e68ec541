#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

// The app's icon in the system tray: a menu to show or hide the window and to quit, a click that
// toggles the window, and notices that need a person (a submission failed for good). While there is
// no system tray (isAvailable() false) nothing shows and the window is minimized instead of
// hidden, so it cannot vanish into a tray nobody sees.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    // window must outlive this object (or be deleted with its parent before it).
    explicit TrayIcon(QWidget *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    // Whether a system tray shows the icon now (it may appear after the app started).
    bool isAvailable() const;
    // A balloon or desktop notification; nothing without a tray.
    void notify(const QString &title, const QString &text);

    // Shows, un-minimizes, raises and activates the window (a second launch asked for it).
    void showWindow();
    // Hides the window into the tray; without a tray it is minimized instead.
    void hideWindow();
    void toggleWindow();

    QAction *toggleAction() const { return m_toggleAction; }
    QAction *quitAction() const { return m_quitAction; }

signals:
    void quitRequested();

private:
    void updateToggleText();

    QPointer<QWidget> m_window;
    QMenu *m_menu = nullptr;
    QAction *m_toggleAction = nullptr;
    QAction *m_quitAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

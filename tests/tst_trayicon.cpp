#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QWidget>

// The tray icon where there is no system tray (offscreen): it must never hide the window away.
class tst_TrayIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutTrayNothingIsShown();
    void toggleMinimizesInsteadOfHiding();
    void showWindowBringsItBack();
    void menuNamesTheNextStep();
    void quitIsRequested();
};

void tst_TrayIcon::initTestCase()
{
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // the offscreen platform has none
}

void tst_TrayIcon::withoutTrayNothingIsShown()
{
    QWidget window;
    TrayIcon tray(&window);
    QVERIFY(!tray.isAvailable());
    tray.notify(QStringLiteral("Submission failed"), QStringLiteral("session-1")); // no effect, no crash
    QVERIFY(!window.isVisible());
}

void tst_TrayIcon::toggleMinimizesInsteadOfHiding()
{
    QWidget window;
    TrayIcon tray(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    tray.toggleWindow();
    QVERIFY(window.isVisible()); // still on the task bar: there is no tray to bring it back from
    QVERIFY(window.isMinimized());
    tray.toggleWindow();
    QVERIFY(window.isVisible());
    QVERIFY(!window.isMinimized());
}

void tst_TrayIcon::showWindowBringsItBack()
{
    QWidget window;
    TrayIcon tray(&window);
    window.showMinimized();
    tray.showWindow();
    QVERIFY(window.isVisible());
    QVERIFY(!window.isMinimized());

    QWidget hidden;
    TrayIcon other(&hidden);
    other.showWindow();
    QVERIFY(hidden.isVisible());
}

void tst_TrayIcon::menuNamesTheNextStep()
{
    QWidget window;
    TrayIcon tray(&window);
    QCOMPARE(tray.toggleAction()->text(), QStringLiteral("&Show window"));
    tray.showWindow();
    QCOMPARE(tray.toggleAction()->text(), QStringLiteral("&Hide window"));
    tray.hideWindow();
    QCOMPARE(tray.toggleAction()->text(), QStringLiteral("&Show window"));
}

void tst_TrayIcon::quitIsRequested()
{
    QWidget window;
    TrayIcon tray(&window);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    tray.quitAction()->trigger();
    QCOMPARE(quit.size(), 1);
}

QTEST_MAIN(tst_TrayIcon)
#include "tst_trayicon.moc"

#include "mainwindow.h"
#include "sessionrepository.h"
#include "sessionstore.h"
#include "testdata.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsWhatTheStoreHolds();
    void saysWhyTheStoreDidNotOpen();
};

void tst_MainWindow::showsWhatTheStoreHolds()
{
    QTemporaryDir temp;
    const DataDirectory dir(temp.filePath(QStringLiteral("data")));
    {
        SessionRepository repo(dir);
        QVERIFY(repo.open());
        QCOMPARE(repo.importSessions(fixturePath(QStringLiteral("legacy")))->imported, 6);
    }
    SessionStore store(dir);
    AppServices services;
    services.store = &store;
    MainWindow window(services);
    window.show();
    store.open();
    auto *label = window.findChild<QLabel *>();
    QVERIFY(label);
    QTRY_VERIFY2(label->text().contains(QLatin1StringView("Sessions: 6")), qPrintable(label->text()));
    QVERIFY(!label->accessibleName().isEmpty());
    QVERIFY(!window.windowIcon().isNull());
}

void tst_MainWindow::saysWhyTheStoreDidNotOpen()
{
    QTemporaryDir temp;
    const DataDirectory dir(temp.filePath(QStringLiteral("data")));
    SessionRepository holder(dir);
    QVERIFY(holder.open());
    SessionStore store(dir);
    AppServices services;
    services.store = &store;
    MainWindow window(services);
    store.open();
    auto *label = window.findChild<QLabel *>();
    QTRY_VERIFY2(label->text().contains(QLatin1StringView("in use")), qPrintable(label->text()));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

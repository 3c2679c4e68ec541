#include "capturecontroller.h"
#include "collectorserver.h"
#include "captureservice.h"
#include "mainwindow.h"
#include "sessiondetailpanel.h"
#include "sessionfactory.h"
#include "sessionfiltermodel.h"
#include "sessionlistpanel.h"
#include "sessionrepository.h"
#include "sessionstore.h"
#include "sessiontablemodel.h"
#include "settings.h"
#include "submissionservice.h"
#include "testdata.h"

#include <QAbstractButton>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// The window as people use it: the store's sessions in the table, the detail of the one
// selected, and retry, ignore and delete reaching the store with the table following.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheStoresSessions();
    void selectionShowsTheDetail();
    void actionsReachTheStore_data();
    void actionsReachTheStore();
    void deleteAsksFirst_data();
    void deleteAsksFirst();
    void droppedCaptureFileIsRead();
    void emptyStoreOffersTheSample();
    void saysWhyTheStoreDidNotOpen();
    void everyMenuActionHasAShortcut();
    void everyControlHasAnAccessibleName();
    void statusBarFollowsSubmission();

private:
    // Sessions with the given statuses, oldest first; their ids in the same order.
    QStringList fill(const QList<SubmissionStatus> &statuses);
    void openWindow();
    int rowOf(const QString &id) const;
    SubmissionStatus statusShown(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_temp;
    std::unique_ptr<DataDirectory> m_dir;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CaptureService> m_capture;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = std::make_unique<DataDirectory>(m_temp->filePath(QStringLiteral("data")));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    if (m_capture)
        m_capture->stopAndWait();
    m_capture.reset();
    if (m_store)
        m_store->shutdown();
    m_store.reset();
    m_settings.reset();
    m_temp.reset();
}

QStringList tst_MainWindow::fill(const QList<SubmissionStatus> &statuses)
{
    SessionRepository repo(*m_dir);
    if (!repo.open())
        return {};
    QStringList ids;
    qint64 start = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    for (const SubmissionStatus status : statuses) {
        Session s = SessionFactory::make(2, 400, start += 1000, int(ids.size()) + 1);
        s.submissionStatus = status;
        if (status == SubmissionStatus::Failed) {
            s.submissionAttempts = 3;
            s.submissionError = QStringLiteral("HTTP 500: the collector failed");
        }
        const Result<SessionSummary> saved = repo.save(s);
        if (!saved)
            return {};
        ids.append(saved.value().id);
    }
    return ids;
}

void tst_MainWindow::openWindow()
{
    m_store = std::make_unique<SessionStore>(*m_dir);
    m_settings = std::make_unique<Settings>(*m_dir);
    QVERIFY(m_settings->load());
    m_capture = std::make_unique<CaptureService>(m_store.get());
    AppServices services;
    services.store = m_store.get();
    services.settings = m_settings.get();
    services.capture = m_capture.get();
    m_window = std::make_unique<MainWindow>(services);
    m_window->show();
    m_store->open();
}

int tst_MainWindow::rowOf(const QString &id) const
{
    const SessionTableModel *model = m_window->sessionList()->tableModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->summaryAt(row).id == id)
            return row;
    }
    return -1;
}

SubmissionStatus tst_MainWindow::statusShown(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? SubmissionStatus::Pending : m_window->sessionList()->tableModel()->summaryAt(row).submissionStatus;
}

void tst_MainWindow::showsTheStoresSessions()
{
    const QStringList ids = fill({SubmissionStatus::Pending, SubmissionStatus::Submitted, SubmissionStatus::Failed});
    QCOMPARE(ids.size(), 3);
    openWindow();
    QTRY_COMPARE(m_window->sessionList()->tableModel()->rowCount(), 3);
    for (const QString &id : ids)
        QVERIFY(rowOf(id) >= 0);
    QVERIFY(!m_window->windowIcon().isNull());
    const auto labels = m_window->statusBar()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [&](const QLabel *l) { return l->text().contains(m_dir->root()); }));
    for (const QLabel *l : labels) {
        if (!l->text().isEmpty() && l->isVisible())
            QVERIFY2(!l->accessibleName().isEmpty() || l->parentWidget() != m_window->statusBar(), qPrintable(l->text()));
    }
}

void tst_MainWindow::selectionShowsTheDetail()
{
    const QStringList ids = fill({SubmissionStatus::Pending, SubmissionStatus::Failed});
    openWindow();
    SessionListPanel *list = m_window->sessionList();
    QTRY_COMPARE(list->tableModel()->rowCount(), 2);
    list->selectSession(ids.at(1));
    QTRY_COMPARE(m_window->detail()->sessionIds(), QStringList{ids.at(1)});
    QTRY_COMPARE(m_window->detail()->state(), SessionDetailPanel::State::Loaded);
    QCOMPARE(m_window->detail()->session()->messages.size(), 2);

    list->tableView()->selectAll();
    QTRY_COMPARE(m_window->detail()->state(), SessionDetailPanel::State::Multiple);
    QCOMPARE(m_window->detail()->sessionIds().size(), 2);
}

void tst_MainWindow::actionsReachTheStore_data()
{
    QTest::addColumn<SubmissionStatus>("before");
    QTest::addColumn<QString>("action");
    QTest::addColumn<SubmissionStatus>("after");
    QTest::newRow("retry a failed session") << SubmissionStatus::Failed << QStringLiteral("retry") << SubmissionStatus::Pending;
    QTest::newRow("ignore a failed session") << SubmissionStatus::Failed << QStringLiteral("ignore") << SubmissionStatus::Ignored;
    QTest::newRow("ignore a pending session") << SubmissionStatus::Pending << QStringLiteral("ignore") << SubmissionStatus::Ignored;
}

void tst_MainWindow::actionsReachTheStore()
{
    QFETCH(SubmissionStatus, before);
    QFETCH(QString, action);
    QFETCH(SubmissionStatus, after);
    const QStringList ids = fill({before, before, SubmissionStatus::Submitted});
    openWindow();
    QTRY_COMPARE(m_window->sessionList()->tableModel()->rowCount(), 3);

    // Both sessions selected: the action of the menu applies to both.
    m_window->sessionList()->selectSession(ids.at(0));
    QItemSelectionModel *selection = m_window->sessionList()->tableView()->selectionModel();
    const QModelIndex second = m_window->sessionList()->filterModel()->mapFromSource(
        m_window->sessionList()->tableModel()->index(rowOf(ids.at(1)), 0));
    selection->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_COMPARE(m_window->detail()->sessionIds().size(), 2);
    QAction *a = action == u"retry" ? m_window->detail()->retryAction() : m_window->detail()->ignoreAction();
    QVERIFY(a->isEnabled());
    a->trigger();

    QTRY_COMPARE(statusShown(ids.at(0)), after);
    QTRY_COMPARE(statusShown(ids.at(1)), after);
    QCOMPARE(statusShown(ids.at(2)), SubmissionStatus::Submitted);
    SessionRepository reader(*m_dir);
    QVERIFY(reader.open(SessionRepository::Access::ReadOnly));
    QCOMPARE(reader.load(ids.at(0))->submissionStatus, after);
    if (after == SubmissionStatus::Pending)
        QCOMPARE(reader.load(ids.at(0))->submissionAttempts, 0);
}

void tst_MainWindow::deleteAsksFirst_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("confirmed") << true;
    QTest::newRow("cancelled") << false;
}

void tst_MainWindow::deleteAsksFirst()
{
    QFETCH(bool, confirm);
    const QStringList ids = fill({SubmissionStatus::Submitted, SubmissionStatus::Ignored});
    openWindow();
    QTRY_COMPARE(m_window->sessionList()->tableModel()->rowCount(), 2);
    m_window->sessionList()->selectSession(ids.at(0));
    QTRY_COMPARE(m_window->detail()->sessionIds(), QStringList{ids.at(0)});
    QSignalSpy removed(m_store.get(), &SessionStore::removed);

    m_window->detail()->deleteAction()->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"))) != nullptr);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(removed.size(), 0); // nothing goes before the answer
    QAbstractButton *answer = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if ((box->buttonRole(b) == QMessageBox::DestructiveRole) == confirm)
            answer = b;
    }
    QVERIFY(answer);
    answer->click();

    if (confirm) {
        QTRY_COMPARE(removed.size(), 1);
        QTRY_COMPARE(rowOf(ids.at(0)), -1);
        QVERIFY(!QFileInfo::exists(m_dir->sessions() + QLatin1Char('/') + ids.at(0) + QStringLiteral(".json")));
    } else {
        QTest::qWait(100);
        QCOMPARE(removed.size(), 0);
        QVERIFY(rowOf(ids.at(0)) >= 0);
    }
    QVERIFY(rowOf(ids.at(1)) >= 0);
}

void tst_MainWindow::droppedCaptureFileIsRead()
{
    openWindow();
    QSignalSpy opened(m_store.get(), &SessionStore::opened);
    QVERIFY(opened.wait());
    // A copy: the capture file is read, and a fixture is never written next to.
    const QString copy = m_temp->filePath(QStringLiteral("dropped.pcapng"));
    QVERIFY(QFile::copy(fixturePath(QStringLiteral("capture/mllp_send__hl7_mllp_server.pcapng")), copy));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(copy)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->sessionList()->tableModel()->rowCount() > 0, 15'000);
}

void tst_MainWindow::emptyStoreOffersTheSample()
{
    m_store = std::make_unique<SessionStore>(*m_dir);
    m_settings = std::make_unique<Settings>(*m_dir);
    QVERIFY(m_settings->load());
    AppServices services;
    services.store = m_store.get();
    services.settings = m_settings.get();
    services.sampleCapture = fixturePath(QStringLiteral("capture/mllp_send__hl7_mllp_server.pcapng"));
    m_window = std::make_unique<MainWindow>(services);
    QSignalSpy offered(m_window.get(), &MainWindow::sampleOffered);
    m_store->open();
    QVERIFY(offered.wait());
    QVERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("sampleOffer")));
}

void tst_MainWindow::saysWhyTheStoreDidNotOpen()
{
    SessionRepository holder(*m_dir);
    QVERIFY(holder.open());
    m_store = std::make_unique<SessionStore>(*m_dir);
    AppServices services;
    services.store = m_store.get();
    m_window = std::make_unique<MainWindow>(services);
    m_store->open();
    auto saysInUse = [this] {
        const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [](const QLabel *l) { return l->toolTip().contains(QLatin1StringView("in use")); });
    };
    QTRY_VERIFY(saysInUse());
}

void tst_MainWindow::everyMenuActionHasAShortcut()
{
    openWindow();
    int checked = 0;
    for (QAction *menu : m_window->menuBar()->actions()) {
        QVERIFY(menu->menu());
        for (QAction *a : menu->menu()->actions()) {
            if (a->isSeparator() || a->text().isEmpty())
                continue;
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
            ++checked;
        }
    }
    QVERIFY(checked >= 15);
}

void tst_MainWindow::everyControlHasAnAccessibleName()
{
    fill({SubmissionStatus::Failed});
    openWindow();
    QTRY_COMPARE(m_window->sessionList()->tableModel()->rowCount(), 1);
    m_window->sessionList()->selectSession(m_window->sessionList()->tableModel()->summaryAt(0).id);
    QTRY_COMPARE(m_window->detail()->state(), SessionDetailPanel::State::Loaded);
    int checked = 0;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        // What a person can reach with the keyboard; buttons and menus also speak their text.
        if (!w->isVisibleTo(m_window.get()) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractButton *>(w) && !static_cast<QAbstractButton *>(w)->text().isEmpty())
            continue;
        if (w->inherits("QScrollBar") || w->inherits("QMenu") || w->inherits("QHeaderView"))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 %2").arg(QLatin1StringView(w->metaObject()->className()), w->objectName())));
        ++checked;
    }
    QVERIFY(checked >= 8);
}

void tst_MainWindow::statusBarFollowsSubmission()
{
    CollectorServer collector;
    QVERIFY(collector.start());
    fill({SubmissionStatus::Pending});
    m_store = std::make_unique<SessionStore>(*m_dir);
    m_settings = std::make_unique<Settings>(*m_dir);
    QVERIFY(m_settings->load());
    SubmissionService submission(m_store.get());
    AppServices services;
    services.store = m_store.get();
    services.settings = m_settings.get();
    services.submission = &submission;
    m_window = std::make_unique<MainWindow>(services);
    auto *status = m_window->statusBar()->findChild<QLabel *>();
    const QList<QLabel *> labels = m_window->statusBar()->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->accessibleName() == u"Submission status")
            status = l;
    }
    QVERIFY(status->text().contains(QLatin1StringView("off")));

    QVERIFY(m_settings->set(QStringLiteral("submissionEndpoint"), collector.url().toString()));
    SubmissionConfig config;
    config.endpoint = collector.url();
    submission.setConfig(config);
    m_store->open();
    submission.start();
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QLatin1StringView("last: submitted")), qPrintable(status->text()), 15'000);
    QCOMPARE(collector.requests().size(), 1);
    m_window.reset();
    submission.shutdown();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

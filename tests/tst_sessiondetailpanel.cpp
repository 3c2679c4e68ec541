#include "captureimport.h"
#include "elementbytemodel.h"
#include "elementtimelinemodel.h"
#include "hexview.h"
#include "messagetreemodel.h"
#include "messageview.h"
#include "sessiondetailpanel.h"
#include "statusbadge.h"
#include "sessionfactory.h"
#include "sessionrepository.h"
#include "sessionstore.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace {

constexpr qint64 Start = 1'790'000'000'000;

// A data folder with sessions in it, and the store the app would open over it.
struct StoreFixture
{
    QTemporaryDir temp;
    DataDirectory dir{temp.filePath(QStringLiteral("data"))};
    std::unique_ptr<SessionStore> store;
    QList<SessionSummary> summaries;

    // Saves sessions into the folder before the store opens it; their ids, or none on failure.
    QStringList seed(const QList<Session> &sessions)
    {
        SessionRepository repository(dir);
        if (!repository.open())
            return {};
        QStringList ids;
        for (const Session &session : sessions) {
            const Result<SessionSummary> saved = repository.save(session);
            if (!saved)
                return {};
            ids.append(saved->id);
        }
        return ids;
    }

    AppServices services() const
    {
        AppServices s;
        s.store = store.get();
        return s;
    }

    bool open()
    {
        store = std::make_unique<SessionStore>(dir);
        QSignalSpy opened(store.get(), &SessionStore::opened);
        store->open();
        if (!opened.wait(10'000))
            return false;
        summaries = opened.first().first().value<QList<SessionSummary>>();
        return true;
    }
};

QString valueOf(const QWidget &panel, const QString &field)
{
    const QString prefix = field + QStringLiteral(": ");
    for (const QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->accessibleName().startsWith(prefix))
            return label->accessibleName().mid(prefix.size());
    }
    return QStringLiteral("<no %1>").arg(field);
}

const QLabel *labelNamed(const QWidget &panel, const QString &name)
{
    for (const QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->accessibleName() == name)
            return label;
    }
    return nullptr;
}

SessionSummary summaryWith(const QString &id, SubmissionStatus status, int messages = 2)
{
    SessionSummary s;
    s.id = id;
    s.startTime = Start;
    s.submissionStatus = status;
    s.messageCount = messages;
    return s;
}

Hl7::Path path(const char *text)
{
    return Hl7::Path::parse(QString::fromLatin1(text)).value_or(Hl7::Path{});
}

} // namespace

Q_DECLARE_METATYPE(SubmissionStatus)

class tst_SessionDetailPanel : public QObject
{
    Q_OBJECT

private slots:
    void importedCaptureShowsTreeAndBytes_data();
    void importedCaptureShowsTreeAndBytes();
    void metadataAndSubmission();
    void actions_data();
    void actions();
    void shortcutsAndMnemonics();
    void multipleSessions();
    void lateAnswersAreIgnored();
    void loadFailureIsShown();
    void savedSummaryRefreshes();
    void removedSessionClears();
    void accessibleNames();
};

// The detail view of a session imported from a real capture shows its tree and bytes, linked.
void tst_SessionDetailPanel::importedCaptureShowsTreeAndBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("elements"); // the timeline's type column
    QTest::addColumn<QString>("framing");      // the byte before the message
    QTest::newRow("MLLP") << QStringLiteral("capture/mllp_send__hl7_mllp_server.pcap")
                          << QStringList{QStringLiteral("Message"), QStringLiteral("ACK"), QStringLiteral("Message"),
                                         QStringLiteral("ACK"), QStringLiteral("Message"), QStringLiteral("ACK")}
                          << QStringLiteral("0B");
    QTest::newRow("ASTM-style") << QStringLiteral("capture/astm_device__astm_lis.pcap")
                                << QStringList{QStringLiteral("Start"), QStringLiteral("ACK"), QStringLiteral("Message"),
                                               QStringLiteral("ACK"), QStringLiteral("Message"), QStringLiteral("ACK"),
                                               QStringLiteral("Message"), QStringLiteral("ACK"), QStringLiteral("End")}
                                << QStringLiteral("02");
}

void tst_SessionDetailPanel::importedCaptureShowsTreeAndBytes()
{
    QFETCH(QString, file);
    QFETCH(QStringList, elements);
    QFETCH(QString, framing);

    StoreFixture f;
    {
        SessionRepository repository(f.dir);
        QVERIFY(repository.open());
        const Result<CaptureImportReport> report = importCaptureFile(fixturePath(file), CaptureSettings{}, repository);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->imported, 1);
    }
    QVERIFY(f.open());
    QCOMPARE(f.summaries.size(), 1);
    const SessionSummary summary = f.summaries.first();

    AppServices services;
    services.store = f.store.get();
    SessionDetailPanel panel(services);
    QAbstractItemModelTester timelineTester(panel.timelineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester treeTester(panel.messageView()->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester bytesTester(panel.messageView()->hexView()->byteModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.resize(1400, 1000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setSummary(summary);
    QCOMPARE(panel.state(), SessionDetailPanel::State::Loading);
    QTRY_COMPARE(panel.state(), SessionDetailPanel::State::Loaded);
    QCOMPARE(panel.session()->id, summary.id);

    QCOMPARE(valueOf(panel, QStringLiteral("ID")), summary.id);
    QCOMPARE(valueOf(panel, QStringLiteral("Device")), QStringLiteral("127.0.0.1"));
    QCOMPARE(valueOf(panel, QStringLiteral("Messages")), QStringLiteral("3"));
    QCOMPARE(valueOf(panel, QStringLiteral("Types")), QStringLiteral("ADT^A04, OML^O21^OML_O21, ORU^R01"));
    QCOMPARE(valueOf(panel, QStringLiteral("Complete")), QStringLiteral("Yes"));
    QCOMPARE(valueOf(panel, QStringLiteral("Status")), QStringLiteral("Pending"));

    // The timeline: one row per element, the messages named by MSH-9 and MSH-10.
    const ElementTimelineModel *timeline = panel.timelineModel();
    QStringList types;
    for (int row = 0; row < timeline->rowCount(); ++row)
        types.append(timeline->index(row, ElementTimelineModel::TypeColumn).data().toString());
    QCOMPARE(types, elements);
    const int messageRow = int(elements.indexOf(QStringLiteral("Message")));
    QCOMPARE(timeline->index(messageRow, ElementTimelineModel::SummaryColumn).data().toString(),
             QStringLiteral("ADT^A04 · CTRL0003"));
    QCOMPARE(timeline->index(messageRow, ElementTimelineModel::DirectionColumn).data().toString(),
             QStringLiteral("Device → LIS"));

    // A person clicks the first message on the timeline.
    QVERIFY(panel.selectElement(elements.size() - 1));
    QTableView *timelineView = panel.timelineView();
    const QModelIndex messageIndex = timeline->index(messageRow, ElementTimelineModel::TypeColumn);
    timelineView->scrollTo(messageIndex);
    QTest::mouseClick(timelineView->viewport(), Qt::LeftButton, {}, timelineView->visualRect(messageIndex).center());
    QCOMPARE(panel.selectedElement(), messageRow);

    MessageView *view = panel.messageView();
    QVERIFY(view->hasMessage());
    const Element &element = panel.session()->elements.at(messageRow);
    QCOMPARE(view->hexView()->byteModel()->bytes(), element.bytes);
    QCOMPARE(view->hexView()->byteModel()->index(0, 1).data().toString(), framing);
    const QModelIndex msh9 = view->treeModel()->indexForPath(path("MSH-9"), MessageTreeModel::ValueColumn);
    QCOMPARE(msh9.data().toString(), QStringLiteral("ADT^A04"));
    QCOMPARE(msh9.siblingAtColumn(MessageTreeModel::NameColumn).data().toString(), QStringLiteral("Message Type"));

    // Tree to bytes: PID-3 selects exactly its bytes in the element, as the message text has them.
    const QByteArray text = panel.session()->messages.first().toUtf8();
    QVERIFY(view->selectPath(path("PID-3")));
    const Hl7::Range pid3 = *Hl7::Message::parse(text).range(path("PID-3"));
    QCOMPARE(view->hexView()->selectedBytes(), text.mid(pid3.begin, pid3.size()));
    QCOMPARE(view->hexView()->selectedBytes(), QByteArray("TEST0003^^^LAB^MR"));
    const QList<qsizetype> offsets = view->hexView()->selectedOffsets();
    QCOMPARE(offsets.first(), pid3.begin + 1); // after the one framing byte
    QCOMPARE(offsets.last(), pid3.end);

    // Bytes to tree: clicking a byte of the given name selects PID-5.2.
    const qsizetype caseOffset = element.bytes.indexOf("CASE") + 2;
    HexView *hex = view->hexView();
    const QModelIndex cell = hex->byteModel()->indexForOffset(caseOffset);
    hex->scrollTo(cell);
    QTest::mouseClick(hex->viewport(), Qt::LeftButton, {}, hex->visualRect(cell).center());
    QCOMPARE(view->selectedPath()->toString(), QStringLiteral("PID-5.2"));
    QCOMPARE(view->treeView()->currentIndex().siblingAtColumn(MessageTreeModel::NameColumn).data().toString(),
             QStringLiteral("Given Name"));
    QCOMPARE(hex->selectedBytes(), QByteArray("CASE"));

    // A handshake element shows its bytes only.
    const int ackRow = messageRow + 1;
    QVERIFY(panel.selectElement(ackRow));
    QCOMPARE(view->hexView()->byteModel()->bytes(), panel.session()->elements.at(ackRow).bytes);
    QCOMPARE(view->hasMessage(), file.contains(QLatin1StringView("mllp"))); // MLLP ACKs are HL7 messages
}

void tst_SessionDetailPanel::metadataAndSubmission()
{
    StoreFixture f;
    QVERIFY(f.open());
    AppServices services;
    services.store = f.store.get();
    SessionDetailPanel panel(services);
    const qint64 now = Start + 18 * MillisecondsPerDay;
    panel.setClock([now] { return now; });

    SessionSummary s = summaryWith(QStringLiteral("session-1790000000000-0000abcd"), SubmissionStatus::Failed, 3);
    s.sessionNumber = 42;
    s.endTime = Start + 4 * 60'000 + 5'000;
    s.deviceIp = QStringLiteral("10.1.2.3");
    s.lisIp = QStringLiteral("10.1.2.4");
    s.messageTypes = QStringList{QStringLiteral("ORU^R01"), QStringLiteral("QRY^Q02")};
    s.complete = false;
    s.submissionAttempts = 3;
    s.submissionError = QStringLiteral("HTTP 503 <Service Unavailable>");
    s.lastSubmissionAttemptAt = now - 3 * 60'000;
    s.nextSubmissionAttemptAt = now + 150'000;
    panel.setSummary(s);

    QCOMPARE(valueOf(panel, QStringLiteral("ID")), s.id);
    QCOMPARE(valueOf(panel, QStringLiteral("Number")), QStringLiteral("42"));
    QCOMPARE(valueOf(panel, QStringLiteral("Start")), QStringLiteral("2026-09-21 14:13:20"));
    QCOMPARE(valueOf(panel, QStringLiteral("End")), QStringLiteral("2026-09-21 14:17:25"));
    QCOMPARE(valueOf(panel, QStringLiteral("Duration")), QStringLiteral("4 min 05 s"));
    QCOMPARE(valueOf(panel, QStringLiteral("Device")), QStringLiteral("10.1.2.3"));
    QCOMPARE(valueOf(panel, QStringLiteral("LIS")), QStringLiteral("10.1.2.4"));
    QCOMPARE(valueOf(panel, QStringLiteral("Messages")), QStringLiteral("3"));
    QCOMPARE(valueOf(panel, QStringLiteral("Types")), QStringLiteral("ORU^R01, QRY^Q02"));
    QCOMPARE(valueOf(panel, QStringLiteral("Complete")), QStringLiteral("No: the transmission was cut off"));
    QCOMPARE(valueOf(panel, QStringLiteral("Status")), QStringLiteral("Failed"));
    QCOMPARE(valueOf(panel, QStringLiteral("Attempts")), QStringLiteral("3"));
    QCOMPARE(valueOf(panel, QStringLiteral("Submitted")), QStringLiteral("—"));
    QCOMPARE(valueOf(panel, QStringLiteral("Last attempt")), QStringLiteral("2026-10-09 14:10:20 (3 minutes ago)"));
    QCOMPARE(valueOf(panel, QStringLiteral("Next attempt")), QStringLiteral("2026-10-09 14:15:50 (in 2 minutes)"));
    // Plain text: an error is never read as markup.
    QCOMPARE(valueOf(panel, QStringLiteral("Last error")), s.submissionError);
    const QLabel *error = labelNamed(panel, QStringLiteral("Last error: ") + s.submissionError);
    QVERIFY(error);
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QCOMPARE(valueOf(panel, QStringLiteral("Kept until")), QStringLiteral("2026-10-21 14:13:20 (expires in 12 days)"));
    // The status in its colour, and in words.
    const QLabel *status = labelNamed(panel, QStringLiteral("Status: Failed"));
    QVERIFY(status);
    QVERIFY(status->text().contains(StatusBadge::background(SubmissionStatus::Failed).name())); // the table's colour
    QVERIFY(status->text().contains(QLatin1StringView("Failed")));

    // Submitted: no next attempt whatever the file says, and the expiry counted from today.
    s.submissionStatus = SubmissionStatus::Submitted;
    s.submittedAt = now - 60'000;
    s.retentionDays = 10;
    panel.setSummary(s);
    QCOMPARE(valueOf(panel, QStringLiteral("Status")), QStringLiteral("Submitted"));
    QCOMPARE(valueOf(panel, QStringLiteral("Submitted")), QStringLiteral("2026-10-09 14:12:20"));
    QCOMPARE(valueOf(panel, QStringLiteral("Next attempt")), QStringLiteral("—"));
    QCOMPARE(valueOf(panel, QStringLiteral("Kept until")), QStringLiteral("2026-10-01 14:13:20 (expired 8 days ago)"));
}

void tst_SessionDetailPanel::actions_data()
{
    QTest::addColumn<SubmissionStatus>("status");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("pending") << SubmissionStatus::Pending << true;
    QTest::newRow("failed") << SubmissionStatus::Failed << true;
    QTest::newRow("submitted") << SubmissionStatus::Submitted << false;
    QTest::newRow("ignored") << SubmissionStatus::Ignored << false;
}

void tst_SessionDetailPanel::actions()
{
    QFETCH(SubmissionStatus, status);
    QFETCH(bool, retryable);
    StoreFixture f;
    QVERIFY(f.open());
    AppServices services;
    services.store = f.store.get();
    SessionDetailPanel panel(services);
    QVERIFY(!panel.retryAction()->isEnabled());
    QVERIFY(!panel.deleteAction()->isEnabled());

    const QString id = QStringLiteral("session-1790000000000-00000001");
    panel.setSummary(summaryWith(id, status));
    QCOMPARE(panel.retryAction()->isEnabled(), retryable);
    QCOMPARE(panel.ignoreAction()->isEnabled(), retryable);
    QVERIFY(panel.deleteAction()->isEnabled());

    const auto buttons = panel.findChildren<QPushButton *>();
    auto button = [&](const char *text) -> QPushButton * {
        for (QPushButton *b : buttons) {
            if (b->text() == QString::fromUtf8(text))
                return b;
        }
        return nullptr;
    };
    QPushButton *retry = button("&Retry");
    QPushButton *ignore = button("&Ignore");
    QPushButton *del = button("&Delete…");
    QVERIFY(retry && ignore && del);
    QCOMPARE(retry->isEnabled(), retryable);
    QCOMPARE(ignore->isEnabled(), retryable);
    QVERIFY(del->isEnabled());

    QSignalSpy retried(&panel, &SessionDetailPanel::retryRequested);
    QSignalSpy ignored(&panel, &SessionDetailPanel::ignoreRequested);
    QSignalSpy deleted(&panel, &SessionDetailPanel::deleteRequested);
    retry->click();
    ignore->click();
    del->click();
    panel.retryAction()->trigger(); // even triggered while disabled, nothing for a submitted one
    QCOMPARE(retried.size(), retryable ? 2 : 0);
    QCOMPARE(ignored.size(), retryable ? 1 : 0);
    QCOMPARE(deleted.size(), 1);
    if (retryable) {
        QCOMPARE(retried.first().first().toStringList(), QStringList{id});
        QCOMPARE(ignored.first().first().toStringList(), QStringList{id});
    }
    QCOMPARE(deleted.first().first().toStringList(), QStringList{id});

    panel.clear();
    QVERIFY(!panel.retryAction()->isEnabled());
    QVERIFY(!panel.deleteAction()->isEnabled());
    QVERIFY(!del->isEnabled());
}

void tst_SessionDetailPanel::shortcutsAndMnemonics()
{
    StoreFixture f;
    QVERIFY(f.open());
    AppServices services;
    services.store = f.store.get();
    SessionDetailPanel panel(services);
    QCOMPARE(panel.retryAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QCOMPARE(panel.ignoreAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(panel.deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    const QString id = QStringLiteral("session-1790000000000-00000002");
    panel.setSummary(summaryWith(id, SubmissionStatus::Failed));
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.timelineView()->setFocus();

    QSignalSpy retried(&panel, &SessionDetailPanel::retryRequested);
    QSignalSpy ignored(&panel, &SessionDetailPanel::ignoreRequested);
    QSignalSpy deleted(&panel, &SessionDetailPanel::deleteRequested);
    QTest::keyClick(&panel, Qt::Key_R, Qt::ControlModifier);
    QTest::keyClick(&panel, Qt::Key_I, Qt::ControlModifier);
    QTest::keyClick(&panel, Qt::Key_Delete);
    QCOMPARE(retried.size(), 1);
    QCOMPARE(ignored.size(), 1);
    QCOMPARE(deleted.size(), 1);
    // A mnemonic clicks its button as an animation does: a moment later.
    QTest::keyClick(&panel, Qt::Key_R, Qt::AltModifier);
    QTest::keyClick(&panel, Qt::Key_I, Qt::AltModifier);
    QTest::keyClick(&panel, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(retried.size(), 2);
    QTRY_COMPARE(ignored.size(), 2);
    QTRY_COMPARE(deleted.size(), 2);
    QCOMPARE(deleted.last().first().toStringList(), QStringList{id});
}

void tst_SessionDetailPanel::multipleSessions()
{
    StoreFixture f;
    QVERIFY(f.open());
    AppServices services;
    services.store = f.store.get();
    SessionDetailPanel panel(services);
    const QList<SessionSummary> sessions{
        summaryWith(QStringLiteral("a"), SubmissionStatus::Failed, 1),
        summaryWith(QStringLiteral("b"), SubmissionStatus::Submitted, 2),
        summaryWith(QStringLiteral("c"), SubmissionStatus::Pending, 3),
        summaryWith(QStringLiteral("d"), SubmissionStatus::Ignored, 4),
        summaryWith(QStringLiteral("e"), SubmissionStatus::Failed, 5),
    };
    panel.setSessions(sessions);
    QCOMPARE(panel.state(), SessionDetailPanel::State::Multiple);
    QCOMPARE(panel.sessionIds(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                              QStringLiteral("d"), QStringLiteral("e")}));
    QVERIFY(labelNamed(panel, QStringLiteral("5 session(s) selected")));
    QVERIFY(labelNamed(panel, QStringLiteral("Failed: 2, Pending: 1, Submitted: 1, Ignored: 1. 15 message(s) in all")));
    QVERIFY(!panel.timelineView()->isVisibleTo(&panel));
    QVERIFY(!panel.messageView()->isVisibleTo(&panel));

    QSignalSpy retried(&panel, &SessionDetailPanel::retryRequested);
    QSignalSpy ignored(&panel, &SessionDetailPanel::ignoreRequested);
    QSignalSpy deleted(&panel, &SessionDetailPanel::deleteRequested);
    panel.retryAction()->trigger();
    panel.ignoreAction()->trigger();
    panel.deleteAction()->trigger();
    const QStringList unsubmitted{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("e")};
    QCOMPARE(retried.first().first().toStringList(), unsubmitted);
    QCOMPARE(ignored.first().first().toStringList(), unsubmitted);
    QCOMPARE(deleted.first().first().toStringList(), panel.sessionIds());

    // Only submitted and ignored ones: nothing to retry.
    panel.setSessions({sessions[1], sessions[3]});
    QVERIFY(!panel.retryAction()->isEnabled());
    QVERIFY(!panel.ignoreAction()->isEnabled());
    QVERIFY(panel.deleteAction()->isEnabled());
    // One of them: the single view; none: empty.
    panel.setSessions({sessions[0]});
    QCOMPARE(panel.state(), SessionDetailPanel::State::Loading);
    panel.setSessions({});
    QCOMPARE(panel.state(), SessionDetailPanel::State::Empty);
}

void tst_SessionDetailPanel::lateAnswersAreIgnored()
{
    StoreFixture f;
    QList<Session> sessions;
    {
        SessionRepository repository(f.dir);
        QVERIFY(repository.open());
        for (int i = 0; i < 2; ++i) {
            const Result<SessionSummary> saved = repository.save(SessionFactory::make(1 + i, 300, Start + i, i + 1));
            QVERIFY(saved);
            sessions.append(repository.load(saved->id).value());
        }
    }
    QVERIFY(f.open());
    AppServices services;
    services.store = f.store.get();
    SessionDetailPanel panel(services);
    QSignalSpy loaded(f.store.get(), &SessionStore::sessionLoaded);

    // A person moves on before the first answer came: only the second session is shown.
    panel.setSummary(SessionSummary::of(sessions[0]));
    panel.setSummary(SessionSummary::of(sessions[1]));
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(panel.state(), SessionDetailPanel::State::Loaded);
    QCOMPARE(panel.session()->id, sessions[1].id);
    QCOMPARE(panel.timelineModel()->rowCount(), int(sessions[1].elements.size()));

    // Answers that come later still (another window asked) change nothing.
    emit f.store->sessionLoaded(sessions[0]);
    Session changed = sessions[1];
    changed.elements.removeLast();
    emit f.store->sessionLoaded(changed);
    emit f.store->sessionLoadFailed(sessions[1].id, QStringLiteral("late"));
    QCOMPARE(panel.state(), SessionDetailPanel::State::Loaded);
    QCOMPARE(panel.session()->id, sessions[1].id);
    QCOMPARE(panel.timelineModel()->rowCount(), int(sessions[1].elements.size()));

    // The same session selected again keeps its element selection and asks for nothing.
    QVERIFY(panel.selectElement(4));
    panel.setSummary(SessionSummary::of(sessions[1]));
    QCOMPARE(panel.state(), SessionDetailPanel::State::Loaded);
    QCOMPARE(panel.selectedElement(), 4);
    QTest::qWait(50);
    QCOMPARE(loaded.size(), 4);
}

void tst_SessionDetailPanel::loadFailureIsShown()
{
    StoreFixture f;
    QVERIFY(f.open());
    AppServices services;
    services.store = f.store.get();
    SessionDetailPanel panel(services);
    panel.show();
    panel.setSummary(summaryWith(QStringLiteral("session-1790000000000-deadbeef"), SubmissionStatus::Pending));
    QCOMPARE(panel.state(), SessionDetailPanel::State::Loading);
    const QLabel *status = labelNamed(panel, QStringLiteral("Loading status"));
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Loading…"));
    QTRY_COMPARE(panel.state(), SessionDetailPanel::State::LoadFailed);
    QVERIFY2(status->text().startsWith(QLatin1StringView("The session could not be loaded: there is no session")),
             qPrintable(status->text()));
    QVERIFY(status->isVisible());
    QVERIFY(!panel.timelineView()->isVisible());
    QVERIFY(!panel.session());
    // The summary stays, and so do the actions.
    QCOMPARE(valueOf(panel, QStringLiteral("ID")), QStringLiteral("session-1790000000000-deadbeef"));
    QVERIFY(panel.deleteAction()->isEnabled());
}

void tst_SessionDetailPanel::savedSummaryRefreshes()
{
    StoreFixture f;
    const QStringList ids = f.seed({SessionFactory::make(2, 300, Start)});
    QCOMPARE(ids.size(), 1);
    const QString id = ids.first();
    QVERIFY(f.open());
    SessionDetailPanel panel(f.services());
    panel.setSummary(f.summaries.first());
    QTRY_COMPARE(panel.state(), SessionDetailPanel::State::Loaded);
    QVERIFY(panel.selectElement(3));
    QVERIFY(panel.retryAction()->isEnabled());

    f.store->updateSubmission(id, SubmissionUpdate::ignore());
    QTRY_COMPARE(valueOf(panel, QStringLiteral("Status")), QStringLiteral("Ignored"));
    QVERIFY(!panel.retryAction()->isEnabled());
    QCOMPARE(panel.state(), SessionDetailPanel::State::Loaded);
    QCOMPARE(panel.selectedElement(), 3);
    QCOMPARE(panel.summaries().first().submissionStatus, SubmissionStatus::Ignored);

    // Another session's save changes nothing here.
    Session other = SessionFactory::make(1, 300, Start + 5);
    f.store->save(other);
    QSignalSpy saved(f.store.get(), &SessionStore::saved);
    QVERIFY(saved.wait());
    QCOMPARE(panel.sessionIds(), QStringList{id});
    QCOMPARE(valueOf(panel, QStringLiteral("Status")), QStringLiteral("Ignored"));
}

void tst_SessionDetailPanel::removedSessionClears()
{
    StoreFixture f;
    QCOMPARE(f.seed({SessionFactory::make(1, 300, Start)}).size(), 1);
    QVERIFY(f.open());
    SessionDetailPanel panel(f.services());
    panel.setSummary(f.summaries.first());
    QTRY_COMPARE(panel.state(), SessionDetailPanel::State::Loaded);
    f.store->remove(f.summaries.first().id);
    QTRY_COMPARE(panel.state(), SessionDetailPanel::State::Empty);
    QVERIFY(labelNamed(panel, QStringLiteral("No session selected")));
    QCOMPARE(labelNamed(panel, QStringLiteral("No session selected"))->text(), QStringLiteral("The session was deleted."));
    QVERIFY(!panel.deleteAction()->isEnabled());
}

void tst_SessionDetailPanel::accessibleNames()
{
    StoreFixture f;
    QCOMPARE(f.seed({SessionFactory::make(1, 300, Start)}).size(), 1);
    QVERIFY(f.open());
    SessionDetailPanel panel(f.services());
    panel.setSummary(f.summaries.first());
    QTRY_COMPARE(panel.state(), SessionDetailPanel::State::Loaded);
    QVERIFY(!panel.accessibleName().isEmpty());
    int checked = 0;
    for (QWidget *w : panel.findChildren<QWidget *>()) {
        if (w->inherits("QTableCornerButton")) // Qt's own, and disabled here
            continue;
        if (w->inherits("QAbstractButton") || (w->inherits("QAbstractItemView") && !w->inherits("QHeaderView"))
            || w->inherits("QLabel") || w->inherits("QSplitter") || w->inherits("QGroupBox")
            || (w->inherits("QAbstractScrollArea") && !w->inherits("QHeaderView"))) {
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(QLatin1StringView(w->metaObject()->className()) + u' ' + w->objectName()));
            ++checked;
        }
    }
    QVERIFY(checked > 30);
    for (QAction *a : {panel.retryAction(), panel.ignoreAction(), panel.deleteAction()})
        QVERIFY(!a->shortcut().isEmpty());
}

QTEST_MAIN(tst_SessionDetailPanel)
#include "tst_sessiondetailpanel.moc"

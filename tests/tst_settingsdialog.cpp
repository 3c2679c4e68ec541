#include "collectorserver.h"
#include "sessionfactory.h"
#include "sessionrepository.h"
#include "sessionstore.h"
#include "settingsdialog.h"
#include "settingspec.h"
#include "testdata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

// The settings dialog offscreen, over a temporary data folder and a real store.
class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyKeyHasAField();
    void everyControlHasAnAccessibleName();
    void refusesInvalidValues_data();
    void refusesInvalidValues();
    void validChangesReachTheFile();
    void markerBytesSwapInOneApply();
    void changesElsewhereShownUnlessEdited();
    void saysWhatTheFileHeldWrongly();
    void authHeaderHiddenUntilShown();
    void cleanupPreviewDeletesNothing();
    void cleanupRunNowMovesToTrash();
    void testConnectionDoesNotBlock();
    void describeCleanupReport_data();
    void describeCleanupReport();
    void screenshots();

private:
    QWidget *editorOf(const QString &key) const;
    void setField(const QString &key, const QVariant &value) const;
    QPushButton *button(QDialogButtonBox::StandardButton which) const;
    void openStore();

    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_root;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void tst_SettingsDialog::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_root = m_temp->filePath(QStringLiteral("data"));
}

void tst_SettingsDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_settings.reset();
}

void tst_SettingsDialog::openStore()
{
    const DataDirectory dir(m_root);
    m_store = std::make_unique<SessionStore>(dir);
    m_settings = std::make_unique<Settings>(dir);
    QVERIFY(m_settings->load().ok());
    QSignalSpy opened(m_store.get(), &SessionStore::opened);
    m_store->open();
    QVERIFY(opened.wait(30'000));
    AppServices services;
    services.store = m_store.get();
    services.settings = m_settings.get();
    m_dialog = std::make_unique<SettingsDialog>(services);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

QWidget *tst_SettingsDialog::editorOf(const QString &key) const
{
    for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
        if (w->property("settingKey").toString() == key)
            return w;
    }
    return nullptr;
}

void tst_SettingsDialog::setField(const QString &key, const QVariant &value) const
{
    QWidget *w = editorOf(key);
    QVERIFY2(w, qPrintable(key));
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->clear();
        QTest::keyClicks(line, value.toString()); // typed, as a person would
    } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        spin->setValue(value.toInt());
    } else if (auto *box = qobject_cast<QCheckBox *>(w)) {
        box->setChecked(value.toBool());
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        const int index = combo->findData(value.toString());
        QVERIFY2(index >= 0, qPrintable(value.toString()));
        combo->setCurrentIndex(index);
    }
}

QPushButton *tst_SettingsDialog::button(QDialogButtonBox::StandardButton which) const
{
    return m_dialog->findChild<QDialogButtonBox *>()->button(which);
}

void tst_SettingsDialog::everyKeyHasAField()
{
    openStore();
    QVERIFY(!Settings::keys().isEmpty());
    for (const QString &key : Settings::keys()) {
        int found = 0;
        for (QWidget *w : m_dialog->findChildren<QWidget *>())
            found += w->property("settingKey").toString() == key;
        QVERIFY2(found == 1, qPrintable(QStringLiteral("%1 has %2 fields").arg(key).arg(found)));
        QWidget *w = editorOf(key);
        const SettingSpec &spec = *SettingSpec::find(key);
        QCOMPARE(w->accessibleName(), spec.translatedDescription());
        // Built from the spec: its type, its range, its choices.
        switch (spec.type) {
        case SettingSpec::Type::Bool:
            QVERIFY2(qobject_cast<QCheckBox *>(w), qPrintable(key));
            break;
        case SettingSpec::Type::Int: {
            auto *spin = qobject_cast<QSpinBox *>(w);
            QVERIFY2(spin, qPrintable(key));
            QCOMPARE(spin->minimum(), spec.minimum);
            QCOMPARE(spin->maximum(), spec.maximum);
            break;
        }
        case SettingSpec::Type::String:
            if (spec.check == SettingSpec::Check::OneOf) {
                auto *combo = qobject_cast<QComboBox *>(w);
                QVERIFY2(combo, qPrintable(key));
                QCOMPARE(combo->count(), spec.choiceList().size());
            } else {
                QVERIFY2(qobject_cast<QLineEdit *>(w), qPrintable(key));
            }
            break;
        }
    }
    // Each shows the value in force.
    QCOMPARE(qobject_cast<QSpinBox *>(editorOf(QStringLiteral("retentionDays")))->value(), 30);
    QCOMPARE(qobject_cast<QComboBox *>(editorOf(QStringLiteral("logLevel")))->currentData().toString(), QStringLiteral("info"));
    QCOMPARE(qobject_cast<QLineEdit *>(editorOf(QStringLiteral("proxyListen")))->text(), QStringLiteral("2575"));
    QVERIFY(qobject_cast<QCheckBox *>(editorOf(QStringLiteral("minimizeToTray")))->isChecked());
    QCOMPARE(m_dialog->findChild<QTabWidget *>()->count(), 4);
}

void tst_SettingsDialog::everyControlHasAnAccessibleName()
{
    openStore();
    int controls = 0;
    for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QTabWidget *>(w);
        // Parts of another control (a spin box's line edit, a clear button, tab scroll arrows)
        // are announced as that control.
        QWidget *parent = w->parentWidget();
        const bool part = qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QLineEdit *>(parent)
            || qobject_cast<QComboBox *>(parent) || qobject_cast<QTabBar *>(parent);
        if (!control || part)
            continue;
        ++controls;
        QVERIFY2(!w->accessibleName().isEmpty(),
                 qPrintable(w->objectName() + QStringLiteral(" ") + QLatin1StringView(w->metaObject()->className())));
    }
    QVERIFY(controls > Settings::keys().size());
}

void tst_SettingsDialog::refusesInvalidValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("deviceIP 999.1.1.1") << QStringLiteral("deviceIP") << QVariant(QStringLiteral("999.1.1.1")) << 0
                                        << QStringLiteral("Analyzer IP must be empty or an IPv4 or IPv6 address");
    QTest::newRow("proxyListen x") << QStringLiteral("proxyListen") << QVariant(QStringLiteral("x")) << 0
                                   << QStringLiteral("Listen on must be a port from 1 to 65535");
    QTest::newRow("proxyUpstream without host") << QStringLiteral("proxyUpstream") << QVariant(QStringLiteral("2575")) << 0
                                                << QStringLiteral("must be empty or HOST:PORT");
    QTest::newRow("startByte STX") << QStringLiteral("startByte") << QVariant(2) << 0
                                   << QStringLiteral("other than 0x02 (STX), 0x15 (NAK), 0x0d (CR) and 0x0a (LF)");
    QTest::newRow("endByte as ackByte") << QStringLiteral("endByte") << QVariant(6) << 0
                                        << QStringLiteral("the start, acknowledge and end bytes must differ");
    QTest::newRow("submissionEndpoint ftp") << QStringLiteral("submissionEndpoint") << QVariant(QStringLiteral("ftp://x")) << 2
                                            << QStringLiteral("Endpoint must be empty or an absolute http:// or https:// URL");
    QTest::newRow("caFile missing") << QStringLiteral("submissionCaFile") << QVariant(QStringLiteral("/nonexistent/ca.pem")) << 2
                                    << QStringLiteral("/nonexistent/ca.pem does not exist");
}

void tst_SettingsDialog::refusesInvalidValues()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(int, page);
    QFETCH(QString, mentions);

    openStore();
    auto *tabs = m_dialog->findChild<QTabWidget *>();
    tabs->setCurrentIndex(3);
    setField(QStringLiteral("retentionDays"), 90); // a valid change beside the refused one
    setField(key, value);
    QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);

    QVERIFY(m_dialog->isVisible()); // stays open
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    auto *problem = m_dialog->findChild<QLabel *>(key + QStringLiteral("ProblemLabel"));
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(mentions), qPrintable(problem->text()));
    QCOMPARE(editorOf(key)->accessibleDescription(), problem->text());
    QCOMPARE(tabs->currentIndex(), page); // the page of the refused value comes to the front
    auto *message = m_dialog->findChild<QLabel *>(QStringLiteral("settingsMessageLabel"));
    QVERIFY2(message->isVisible() && message->text().contains(QStringLiteral("nothing was saved")), qPrintable(message->text()));
    // Nothing half-applied.
    QCOMPARE(m_settings->retentionDays(), 30);
    QVERIFY(!QFileInfo::exists(m_settings->filePath()));

    // Once the value is put right, OK saves both and closes.
    setField(key, Settings::defaultValue(key));
    QTest::mouseClick(button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!problem->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_settings->retentionDays(), 90);
}

void tst_SettingsDialog::validChangesReachTheFile()
{
    openStore();
    const QString pem = m_temp->filePath(QStringLiteral("ca.pem"));
    QVERIFY(writeFileBytes(pem, "-----BEGIN CERTIFICATE-----\n"));
    setField(QStringLiteral("retentionDays"), 90);
    setField(QStringLiteral("deviceIP"), QStringLiteral("10.0.0.7"));
    setField(QStringLiteral("captureSource"), QStringLiteral("proxy"));
    setField(QStringLiteral("proxyUpstream"), QStringLiteral("lis.example:2575"));
    setField(QStringLiteral("logLevel"), QStringLiteral("debug"));
    setField(QStringLiteral("language"), QStringLiteral("de"));
    setField(QStringLiteral("minimizeToTray"), false);
    setField(QStringLiteral("submissionAuthHeader"), QStringLiteral("Bearer abc"));
    setField(QStringLiteral("submissionCaFile"), pem);
    QSignalSpy changed(m_settings.get(), &Settings::changed);
    QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);

    auto *message = m_dialog->findChild<QLabel *>(QStringLiteral("settingsMessageLabel"));
    QCOMPARE(message->text(), QStringLiteral("Saved."));
    QCOMPARE(changed.count(), 9);
    QVERIFY(m_dialog->isVisible()); // Apply keeps it open
    Settings reread{DataDirectory(m_root)};
    QVERIFY(reread.load().ok());
    QVERIFY(reread.loadWarnings().isEmpty());
    QCOMPARE(reread.retentionDays(), 90);
    QCOMPARE(reread.deviceIP(), QStringLiteral("10.0.0.7"));
    QCOMPARE(reread.captureSource(), QStringLiteral("proxy"));
    QCOMPARE(reread.proxyUpstream(), QStringLiteral("lis.example:2575"));
    QCOMPARE(reread.logLevel(), QStringLiteral("debug"));
    QCOMPARE(reread.language(), QStringLiteral("de"));
    QCOMPARE(reread.minimizeToTray(), false);
    QCOMPARE(reread.submissionAuthHeader(), QStringLiteral("Bearer abc"));
    QCOMPARE(reread.submissionCaFile(), pem);
    // Keys left alone are not written.
    QVERIFY(!readFileBytes(m_settings->filePath()).contains("submissionConcurrency"));
    // Nothing changed: Apply writes nothing.
    QTest::mouseClick(button(QDialogButtonBox::Apply), Qt::LeftButton);
    QCOMPARE(changed.count(), 9);
}

void tst_SettingsDialog::markerBytesSwapInOneApply()
{
    openStore();
    setField(QStringLiteral("startByte"), 6);
    setField(QStringLiteral("ackByte"), 5);
    QVERIFY(m_dialog->apply());
    QCOMPARE(m_settings->startByte(), 6);
    QCOMPARE(m_settings->ackByte(), 5);
    // Shown in hex, as protocol tables write them.
    QCOMPARE(qobject_cast<QSpinBox *>(editorOf(QStringLiteral("startByte")))->text(), QStringLiteral("0x06"));
}

void tst_SettingsDialog::changesElsewhereShownUnlessEdited()
{
    openStore();
    setField(QStringLiteral("submissionConcurrency"), 5); // edited here, not yet saved
    QVERIFY(m_settings->setText(QStringLiteral("retentionDays"), QStringLiteral("45")).ok());
    QVERIFY(m_settings->setText(QStringLiteral("submissionConcurrency"), QStringLiteral("3")).ok());
    QCOMPARE(qobject_cast<QSpinBox *>(editorOf(QStringLiteral("retentionDays")))->value(), 45);
    QCOMPARE(qobject_cast<QSpinBox *>(editorOf(QStringLiteral("submissionConcurrency")))->value(), 5);
}

void tst_SettingsDialog::saysWhatTheFileHeldWrongly()
{
    QVERIFY(QDir().mkpath(m_root));
    QVERIFY(writeFileBytes(m_root + QStringLiteral("/settings.ini"), "[General]\nretentionDays=400\n"));
    openStore();
    auto *message = m_dialog->findChild<QLabel *>(QStringLiteral("settingsMessageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("\"400\"")) && message->text().contains(QStringLiteral("using the default 30")),
             qPrintable(message->text()));
    QCOMPARE(qobject_cast<QSpinBox *>(editorOf(QStringLiteral("retentionDays")))->value(), 30);
}

void tst_SettingsDialog::authHeaderHiddenUntilShown()
{
    openStore();
    auto *line = qobject_cast<QLineEdit *>(editorOf(QStringLiteral("submissionAuthHeader")));
    QCOMPARE(line->echoMode(), QLineEdit::Password);
    auto *show = m_dialog->findChild<QToolButton *>(QStringLiteral("submissionAuthHeaderShowButton"));
    QVERIFY(show);
    QVERIFY(!show->accessibleName().isEmpty());
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(line->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(line->echoMode(), QLineEdit::Password);
}

namespace {

// An expired session in the data folder, submitted or still pending.
void putOldSession(const QString &root, SubmissionStatus status, int seed)
{
    SessionRepository repo{DataDirectory(root)};
    QVERIFY(repo.open().ok());
    Session s = SessionFactory::make(2, 600, 1'600'000'000'000 + seed, seed); // 2020: long expired
    s.submissionStatus = status;
    QVERIFY(repo.save(s).ok());
}

qsizetype sessionFiles(const QString &root)
{
    return QDir(root + QStringLiteral("/sessions")).entryList({QStringLiteral("*.json")}, QDir::Files).size();
}

} // namespace

void tst_SettingsDialog::cleanupPreviewDeletesNothing()
{
    putOldSession(m_root, SubmissionStatus::Submitted, 1);
    putOldSession(m_root, SubmissionStatus::Pending, 2);
    QCOMPARE(sessionFiles(m_root), 2);
    openStore();
    QSignalSpy finished(m_store.get(), &SessionStore::cleanupFinished);
    auto *report = m_dialog->findChild<QLabel *>(QStringLiteral("cleanupReportLabel"));
    auto *preview = m_dialog->findChild<QPushButton *>(QStringLiteral("previewCleanupButton"));
    QTest::mouseClick(preview, Qt::LeftButton);
    QVERIFY(!preview->isEnabled()); // until the report comes
    QVERIFY(finished.wait(30'000));
    QVERIFY(finished.at(0).at(0).value<CleanupReport>().dryRun);
    QVERIFY2(report->text().startsWith(QStringLiteral("Would remove 1 session")), qPrintable(report->text()));
    QVERIFY2(report->text().contains(QStringLiteral("; 1 kept because not submitted.")), qPrintable(report->text()));
    QVERIFY(preview->isEnabled());
    QCOMPARE(sessionFiles(m_root), 2);
    QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/trash")) || QDir(m_root + QStringLiteral("/trash")).isEmpty());
}

void tst_SettingsDialog::cleanupRunNowMovesToTrash()
{
    putOldSession(m_root, SubmissionStatus::Submitted, 1);
    putOldSession(m_root, SubmissionStatus::Pending, 2);
    openStore();
    // With the page's values, saved or not: purging the unsubmitted one too.
    setField(QStringLiteral("purgeUnsubmitted"), true);
    auto *report = m_dialog->findChild<QLabel *>(QStringLiteral("cleanupReportLabel"));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("runCleanupButton")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(report->text().startsWith(QStringLiteral("Moved 2 session")), qPrintable(report->text()), 30'000);
    QVERIFY2(report->text().endsWith(QStringLiteral(") to the trash.")), qPrintable(report->text()));
    QCOMPARE(sessionFiles(m_root), 0);
    QVERIFY(!m_settings->purgeUnsubmitted()); // the button saves nothing
}

void tst_SettingsDialog::testConnectionDoesNotBlock()
{
    CollectorServer collector;
    QVERIFY(collector.start());
    openStore();
    m_dialog->findChild<QTabWidget *>()->setCurrentIndex(2);
    setField(QStringLiteral("submissionEndpoint"), collector.url().toString());
    setField(QStringLiteral("submissionAuthHeader"), QStringLiteral("Bearer TOPSECRET"));
    auto *result = m_dialog->findChild<QLabel *>(QStringLiteral("connectionResultLabel"));
    auto *test = m_dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    QTest::mouseClick(test, Qt::LeftButton);
    // The click returned before any answer: the test runs on a thread of its own.
    QCOMPARE(result->text(), QStringLiteral("Testing the connection to 127.0.0.1…"));
    QVERIFY(!test->isEnabled());
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected: HTTP 501")), qPrintable(result->text()), 30'000);
    QVERIFY(test->isEnabled());
    QVERIFY(!result->text().contains(QStringLiteral("TOPSECRET")));
    QVERIFY(collector.requests().isEmpty()); // nothing submitted
    QVERIFY(!QFileInfo::exists(m_settings->filePath())); // and nothing saved

    // A value the request must not carry is refused before anything is sent.
    auto *line = qobject_cast<QLineEdit *>(editorOf(QStringLiteral("submissionAuthHeader")));
    line->setText(QStringLiteral("Bearer x\nX-Evil: 1"));
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY2(result->text().startsWith(QStringLiteral("Not tested: submissionAuthHeader must be one line")), qPrintable(result->text()));

    // Closing while a test runs waits for nothing.
    line->setText(QString());
    setField(QStringLiteral("submissionEndpoint"), QStringLiteral("http://192.0.2.1:9/"));
    QTest::mouseClick(test, Qt::LeftButton);
    m_dialog.reset();
}

void tst_SettingsDialog::describeCleanupReport_data()
{
    QTest::addColumn<int>("removed");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<int>("kept");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("dry run") << 12 << qint64(3'400'000) << 2 << true << QStringList()
                             << QStringList{QStringLiteral("Would remove 12 session"), QStringLiteral("(3.4 MB); 2 kept because not submitted.")};
    QTest::newRow("dry run, nothing") << 0 << qint64(0) << 0 << true << QStringList() << QStringList{QStringLiteral("Dry run: nothing would be removed.")};
    QTest::newRow("run") << 1 << qint64(2'500) << 0 << false << QStringList() << QStringList{QStringLiteral("Moved 1 session"), QStringLiteral("(2.5 kB) to the trash.")};
    QTest::newRow("run, nothing") << 0 << qint64(0) << 3 << false << QStringList()
                                  << QStringList{QStringLiteral("Nothing was removed; 3 kept because not submitted.")};
    QTest::newRow("errors") << 2 << qint64(5'000'000) << 0 << false << QStringList{QStringLiteral("cannot move a.json: denied")}
                            << QStringList{QStringLiteral("(5.0 MB) to the trash; 1 could not be moved: cannot move a.json: denied.")};
}

void tst_SettingsDialog::describeCleanupReport()
{
    QFETCH(int, removed);
    QFETCH(qint64, bytes);
    QFETCH(int, kept);
    QFETCH(bool, dryRun);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, mentions);
    CleanupReport r;
    r.filesDeleted = removed;
    r.bytesFreed = bytes;
    r.keptUnsubmitted = kept;
    r.dryRun = dryRun;
    r.errors = errors;
    const QString text = SettingsDialog::describe(r);
    for (const QString &m : mentions)
        QVERIFY2(text.contains(m), qPrintable(text));
}

void tst_SettingsDialog::screenshots()
{
    // For a person to look at: HL7_SCREENSHOT_DIR=/tmp ./tst_settingsdialog screenshots
    const QString folder = qEnvironmentVariable("HL7_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("HL7_SCREENSHOT_DIR is not set");
    putOldSession(m_root, SubmissionStatus::Submitted, 1);
    CollectorServer collector;
    QVERIFY(collector.start());
    openStore();
    m_dialog->resize(m_dialog->sizeHint());
    setField(QStringLiteral("submissionEndpoint"), collector.url().toString());
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QTRY_VERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("connectionResultLabel"))->text().startsWith(u"Connected"));
    setField(QStringLiteral("deviceIP"), QStringLiteral("999.1.1.1"));
    QVERIFY(!m_dialog->apply());
    setField(QStringLiteral("deviceIP"), QString());
    m_dialog->findChild<QLabel *>(QStringLiteral("settingsMessageLabel"))->clear();
    const char *names[] = {"capture", "storage", "submission", "startup"};
    auto *tabs = m_dialog->findChild<QTabWidget *>();
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("previewCleanupButton")), Qt::LeftButton);
    QTRY_VERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("previewCleanupButton"))->isEnabled());
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        const QString path = QStringLiteral("%1/shot-settings-%2.png").arg(folder, QLatin1StringView(names[i]));
        QVERIFY(m_dialog->grab().save(path));
    }
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"

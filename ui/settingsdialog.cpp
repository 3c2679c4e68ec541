#include "settingsdialog.h"

#include "connectiontest.h"
#include "sessionstore.h"
#include "settingfield.h"
#include "settingspec.h"
#include "submissionconfig.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

#include <chrono>

namespace {

QGroupBox *group(const QString &title, QFormLayout *&form, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return box;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A result a person reads, and a screen reader announces through its accessible name.
QLabel *resultLabel(const QString &accessibleName, const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    return label;
}

// A page grows when reasons for refused values appear under its fields; it scrolls rather than
// squeezing them into each other.
QScrollArea *scrollable(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // As large as the page wants at first (a scroll area alone would ask for much less), with
    // room for a vertical scroll bar, so that one never brings a horizontal one.
    area->setMinimumSize(page->sizeHint() + QSize(area->style()->pixelMetric(QStyle::PM_ScrollBarExtent), 0));
    return area;
}

} // namespace

SettingsDialog::SettingsDialog(const AppServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->addTab(scrollable(buildCapturePage()), tr("&Capture"));
    m_tabs->addTab(scrollable(buildStoragePage()), tr("S&torage and retention"));
    m_tabs->addTab(scrollable(buildSubmissionPage()), tr("Su&bmission"));
    m_tabs->addTab(scrollable(buildStartupPage()), tr("Start-&up"));

    m_message = resultLabel(tr("Settings status"), "settingsMessageLabel", this);
    m_message->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the settings and close"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    m_buttons->button(QDialogButtonBox::Apply)->setAccessibleName(tr("Save the settings"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setAccessibleName(tr("Restore the defaults of this page"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setToolTip(tr("Puts the defaults in the fields of this page; OK or Apply saves them."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaultsOfCurrentPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    load();
    if (!m_services.settings->loadError().isEmpty())
        showMessage(tr("Nothing can be saved until the settings file is fixed or removed: %1").arg(m_services.settings->loadError()), true);
    else if (const QStringList warnings = m_services.settings->loadWarnings(); !warnings.isEmpty())
        showMessage(tr("The settings file holds values that were refused; the fields show what applies instead:\n%1")
                        .arg(warnings.join(QLatin1Char('\n'))),
                    true);
    connect(m_services.settings, &Settings::changed, this, &SettingsDialog::handleSettingChanged);
    connect(m_services.store, &SessionStore::cleanupFinished, this, &SettingsDialog::handleCleanupFinished);
    connect(m_services.store, &SessionStore::cleanupFailed, this, &SettingsDialog::handleCleanupFailed);
}

SettingsDialog::~SettingsDialog()
{
    if (!m_testThread)
        return;
    // The last job on the test's thread drops the test (and any request in flight) and ends the
    // thread; waiting for it waits for no network.
    QMetaObject::invokeMethod(m_connectionTest, [test = m_connectionTest] {
        test->cancel();
        test->deleteLater();
        QThread::currentThread()->quit();
    });
    m_testThread->wait();
}

SettingField *SettingsDialog::addField(QFormLayout *form, Page page, const char *key, const QString &label)
{
    const SettingSpec *spec = SettingSpec::find(QString::fromLatin1(key));
    Q_ASSERT(spec);
    auto f = std::make_unique<SettingField>(*spec, label, form->parentWidget());
    if (f->isCheckBox()) {
        form->addRow(f->widget());
    } else {
        auto *name = new QLabel(tr("%1:").arg(label), form->parentWidget());
        name->setBuddy(f->editor());
        form->addRow(name, f->widget());
    }
    SettingField *raw = f.get();
    m_fields.push_back(std::move(f));
    m_pages.push_back(page);
    m_shown.emplace_back();
    return raw;
}

SettingField *SettingsDialog::field(const char *key) const
{
    for (const auto &f : m_fields) {
        if (f->key() == QLatin1StringView(key))
            return f.get();
    }
    Q_ASSERT_X(false, "SettingsDialog::field", key);
    return nullptr;
}

QWidget *SettingsDialog::buildCapturePage()
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    QFormLayout *form = nullptr;

    grid->addWidget(group(tr("Source"), form, page), 0, 0);
    addField(form, CapturePage, "captureSource", tr("Capture from"));
    addField(form, CapturePage, "captureInterface", tr("Interface"))->setPlaceholderText(tr("The first that can be captured"));
    addField(form, CapturePage, "captureFilter", tr("BPF filter"))->setPlaceholderText(tr("Built from the addresses"));

    grid->addWidget(group(tr("Addresses"), form, page), 1, 0);
    addField(form, CapturePage, "deviceIP", tr("Analyzer IP"))->setPlaceholderText(tr("Any"));
    addField(form, CapturePage, "lisIP", tr("LIS IP"))->setPlaceholderText(tr("Any"));
    addField(form, CapturePage, "lisPort", tr("LIS port"))->setSpecialValueText(tr("Any"));

    grid->addWidget(group(tr("Recording proxy"), form, page), 2, 0);
    addField(form, CapturePage, "proxyListen", tr("Listen on"))->setPlaceholderText(tr("2575 or 0.0.0.0:2575"));
    addField(form, CapturePage, "proxyUpstream", tr("Forward to (LIS)"))->setPlaceholderText(tr("lis.example:2575"));

    grid->addWidget(group(tr("Framing"), form, page), 0, 1, 3, 1);
    addField(form, CapturePage, "captureFraming", tr("Framing"));
    addField(form, CapturePage, "startByte", tr("Start byte"));
    addField(form, CapturePage, "ackByte", tr("Acknowledge byte"));
    addField(form, CapturePage, "endByte", tr("End byte"));
    form->addRow(note(tr("The ASTM-style markers; STX, NAK, CR and LF cannot be used."), page));
    addField(form, CapturePage, "idleGapSeconds", tr("MLLP idle gap"))->setSuffix(tr(" s"));
    form->addRow(note(tr("A pause this long ends an MLLP session on a connection that stays open."), page));

    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    return page;
}

QWidget *SettingsDialog::buildStoragePage()
{
    auto *page = new QWidget;
    auto *column = new QVBoxLayout(page);
    QFormLayout *form = nullptr;

    column->addWidget(group(tr("Sessions"), form, page));
    addField(form, StoragePage, "enablePersistence", tr("Keep captured sessions on disk"));
    addField(form, StoragePage, "retentionDays", tr("Keep sessions for"))->setSuffix(tr(" days"));

    column->addWidget(group(tr("Retention cleanup"), form, page));
    addField(form, StoragePage, "cleanupIntervalHours", tr("Run the cleanup every"))->setSuffix(tr(" hours"));
    addField(form, StoragePage, "purgeUnsubmitted", tr("Also remove expired sessions that were never submitted"));
    addField(form, StoragePage, "dryRunMode", tr("Dry run: only report what the cleanup would remove"));
    form->addRow(note(tr("Removed sessions go to the trash folder, which is emptied after 7 days."), page));

    m_previewCleanup = new QPushButton(tr("&Preview (dry run)"), page);
    m_previewCleanup->setObjectName(QStringLiteral("previewCleanupButton"));
    m_previewCleanup->setAccessibleName(tr("Preview the retention cleanup without removing anything"));
    m_runCleanup = new QPushButton(tr("&Run cleanup now"), page);
    m_runCleanup->setObjectName(QStringLiteral("runCleanupButton"));
    m_runCleanup->setAccessibleName(tr("Run the retention cleanup now"));
    m_runCleanup->setToolTip(tr("Uses the values on this page, saved or not; with dry run on, it only reports."));
    m_previewCleanup->setToolTip(m_runCleanup->toolTip());
    connect(m_previewCleanup, &QPushButton::clicked, this, [this] { runCleanup(true); });
    connect(m_runCleanup, &QPushButton::clicked, this, [this] { runCleanup(false); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewCleanup);
    buttons->addWidget(m_runCleanup);
    buttons->addStretch(1);
    form->addRow(buttons);
    m_cleanupReport = resultLabel(tr("Cleanup report"), "cleanupReportLabel", page);
    form->addRow(m_cleanupReport);

    column->addStretch(1);
    return page;
}

QWidget *SettingsDialog::buildSubmissionPage()
{
    auto *page = new QWidget;
    auto *column = new QVBoxLayout(page);
    QFormLayout *form = nullptr;

    column->addWidget(group(tr("Collector"), form, page));
    addField(form, SubmissionPage, "submissionEndpoint", tr("Endpoint"))
        ->setPlaceholderText(tr("https://collector.example/api/sessions (empty: no submission)"));
    addField(form, SubmissionPage, "submissionAuthHeader", tr("Authorization"))->setPlaceholderText(tr("Bearer …"));
    addField(form, SubmissionPage, "submissionPerformer", tr("Performer"))->setPlaceholderText(tr("Not sent"));
    addField(form, SubmissionPage, "submissionCaFile", tr("CA certificate"))->setPlaceholderText(tr("The system's CAs only"));

    m_testConnection = new QPushButton(tr("Test co&nnection"), page);
    m_testConnection->setObjectName(QStringLiteral("testConnectionButton"));
    m_testConnection->setAccessibleName(tr("Test the connection to the collector"));
    m_testConnection->setToolTip(tr("Asks the collector with HEAD, using the values on this page; nothing is submitted."));
    connect(m_testConnection, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    auto *test = new QHBoxLayout;
    test->addWidget(m_testConnection);
    test->addStretch(1);
    form->addRow(test);
    m_connectionResult = resultLabel(tr("Connection test result"), "connectionResultLabel", page);
    form->addRow(m_connectionResult);

    column->addWidget(group(tr("Sending"), form, page));
    addField(form, SubmissionPage, "submissionConcurrency", tr("Requests at once"));
    addField(form, SubmissionPage, "submissionMaxRetries", tr("Attempts per session"));
    addField(form, SubmissionPage, "submissionIntervalMinutes", tr("Send every"))->setSuffix(tr(" min"));
    addField(form, SubmissionPage, "submissionTimeoutSeconds", tr("Wait for an answer"))->setSuffix(tr(" s"));

    column->addStretch(1);
    return page;
}

QWidget *SettingsDialog::buildStartupPage()
{
    auto *page = new QWidget;
    auto *column = new QVBoxLayout(page);
    QFormLayout *form = nullptr;

    column->addWidget(group(tr("Start-up"), form, page));
    addField(form, StartupPage, "startAtLogin", tr("Start HL7 Capture when I log in"));
    addField(form, StartupPage, "startMinimized", tr("Start minimized"));
    addField(form, StartupPage, "autoStartCapture", tr("Start capturing when the app starts"));

    column->addWidget(group(tr("Window"), form, page));
    addField(form, StartupPage, "minimizeToTray", tr("Minimize to the system tray"));

    column->addWidget(group(tr("Language and log"), form, page));
    addField(form, StartupPage, "language", tr("Language"));
    form->addRow(note(tr("A new language applies at the next start."), page));
    addField(form, StartupPage, "logLevel", tr("Log level"));

    column->addStretch(1);
    return page;
}

void SettingsDialog::load()
{
    for (size_t i = 0; i < m_fields.size(); ++i) {
        SettingField &f = *m_fields[i];
        f.setValue(m_services.settings->value(f.key()));
        m_shown[i] = f.value();
    }
}

void SettingsDialog::handleSettingChanged(const QString &key)
{
    // Changed elsewhere (the CLI, the tray): shown here unless the person already edited it.
    for (size_t i = 0; i < m_fields.size(); ++i) {
        SettingField &f = *m_fields[i];
        if (f.key() != key || f.value() != m_shown[i])
            continue;
        f.setValue(m_services.settings->value(key));
        m_shown[i] = f.value();
    }
}

void SettingsDialog::restoreDefaultsOfCurrentPage()
{
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (m_pages[i] == m_tabs->currentIndex())
            m_fields[i]->setValue(m_fields[i]->spec().defaultValue());
    }
    showMessage(tr("The defaults of this page are in the fields; OK or Apply saves them."), false);
}

void SettingsDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
}

bool SettingsDialog::apply()
{
    Settings &settings = *m_services.settings;
    Settings::Changes changes;
    for (const auto &f : m_fields) {
        f->showProblem({});
        const QVariant value = f->value();
        if (value != settings.value(f->key()))
            changes.append({f->key(), value});
    }
    if (changes.isEmpty()) {
        showMessage({}, false);
        return true;
    }
    // Every value first, so a refused one leaves the file as it was.
    const QHash<QString, QString> problems = settings.validate(changes);
    if (!problems.isEmpty()) {
        SettingField *first = nullptr;
        for (size_t i = 0; i < m_fields.size(); ++i) {
            SettingField &f = *m_fields[i];
            QString problem = problems.value(f.key());
            if (problem.isEmpty())
                continue;
            // "deviceIP must be …" reads better with the name the person sees.
            if (problem.startsWith(f.key() + QLatin1Char(' ')))
                problem = f.label() + problem.mid(f.key().size());
            f.showProblem(problem);
            if (!first) {
                first = &f;
                m_tabs->setCurrentIndex(m_pages[i]);
            }
        }
        if (first)
            first->editor()->setFocus();
        showMessage(tr("%n value(s) not accepted, so nothing was saved; the reasons are next to the fields.", nullptr,
                       int(problems.size())),
                    true);
        return false;
    }
    if (const Status saved = settings.set(changes); !saved) {
        showMessage(tr("Nothing was saved: %1").arg(saved.error()), true);
        return false;
    }
    load(); // as Settings keeps them: a CA file's path made absolute
    showMessage(tr("Saved."), false);
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

QString SettingsDialog::describe(const CleanupReport &report)
{
    const int removed = report.filesDeleted;
    const QString size = QLocale().formattedDataSize(report.bytesFreed, 1, QLocale::DataSizeSIFormat);
    QString text;
    if (report.dryRun)
        text = removed == 0 ? tr("Dry run: nothing would be removed")
                            : tr("Would remove %n session(s) (%1)", nullptr, removed).arg(size);
    else
        text = removed == 0 ? tr("Nothing was removed")
                            : tr("Moved %n session(s) (%1) to the trash", nullptr, removed).arg(size);
    if (report.keptUnsubmitted > 0)
        text = tr("%1; %n kept because not submitted", nullptr, report.keptUnsubmitted).arg(text);
    if (!report.errors.isEmpty())
        text = tr("%1; %n could not be moved: %2", nullptr, int(report.errors.size())).arg(text, report.errors.constFirst());
    return tr("%1.").arg(text);
}

void SettingsDialog::runCleanup(bool dryRun)
{
    CleanupPolicy policy;
    policy.retentionDays = field("retentionDays")->value().toInt();
    policy.purgeUnsubmitted = field("purgeUnsubmitted")->value().toBool();
    policy.dryRun = dryRun || field("dryRunMode")->value().toBool();
    m_awaitingCleanup = true;
    m_runCleanup->setEnabled(false);
    m_previewCleanup->setEnabled(false);
    m_cleanupReport->setText(policy.dryRun ? tr("Looking for what the cleanup would remove…") : tr("Cleaning up…"));
    m_services.store->runCleanup(policy);
}

void SettingsDialog::handleCleanupFinished(const CleanupReport &report)
{
    if (!m_awaitingCleanup)
        return; // a scheduled run
    m_awaitingCleanup = false;
    m_runCleanup->setEnabled(true);
    m_previewCleanup->setEnabled(true);
    m_cleanupReport->setText(describe(report));
}

void SettingsDialog::handleCleanupFailed(const QString &error)
{
    if (!m_awaitingCleanup)
        return;
    m_awaitingCleanup = false;
    m_runCleanup->setEnabled(true);
    m_previewCleanup->setEnabled(true);
    m_cleanupReport->setText(tr("The cleanup could not run: %1").arg(error));
}

SubmissionConfig SettingsDialog::submissionConfigFromFields() const
{
    SubmissionConfig c;
    c.endpoint = QUrl(field("submissionEndpoint")->value().toString().trimmed());
    c.authHeader = field("submissionAuthHeader")->value().toString();
    c.performer = field("submissionPerformer")->value().toString();
    c.timeout = std::chrono::seconds(field("submissionTimeoutSeconds")->value().toInt());
    const QString caFile = field("submissionCaFile")->value().toString();
    c.caFile = caFile.isEmpty() ? caFile : QFileInfo(caFile).absoluteFilePath();
    return c;
}

void SettingsDialog::testConnection()
{
    // What the request would carry must pass the settings' own checks first: an Authorization
    // value with a line break, say, is never sent.
    for (const char *key : {"submissionEndpoint", "submissionAuthHeader", "submissionCaFile"}) {
        SettingField *f = field(key);
        const Result<QVariant> checked = f->spec().resolveInput(f->value());
        f->showProblem(checked ? QString() : checked.error());
        if (!checked) {
            m_connectionResult->setText(tr("Not tested: %1").arg(checked.error()));
            return;
        }
    }
    if (!m_testThread) {
        m_testThread = new QThread(this);
        m_testThread->setObjectName(QStringLiteral("hl7-connection-test"));
        m_connectionTest = new ConnectionTest;
        m_connectionTest->moveToThread(m_testThread);
        connect(m_connectionTest, &ConnectionTest::finished, this, &SettingsDialog::handleConnectionTested);
        m_testThread->start();
    }
    const SubmissionConfig config = submissionConfigFromFields();
    m_testConnection->setEnabled(false);
    m_connectionResult->setText(tr("Testing the connection to %1…").arg(config.endpoint.host()));
    QMetaObject::invokeMethod(m_connectionTest, [test = m_connectionTest, config] { test->start(config); });
}

void SettingsDialog::handleConnectionTested(bool ok, const QString &message)
{
    m_testConnection->setEnabled(true);
    m_connectionResult->setText(message);
    QPalette palette = this->palette();
    if (!ok)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_connectionResult->setPalette(palette);
}

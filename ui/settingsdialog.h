#pragma once

#include "appservices.h"
#include "retentioncleanup.h"
#include "settings.h"

#include <QDialog>

#include <memory>
#include <vector>

class ConnectionTest;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QThread;
class SettingField;
struct SubmissionConfig;

// Every key of Settings, on four pages: Capture, Storage and retention, Submission, Start-up.
// OK and Apply check every changed value first and save them together (Settings::set, all or
// nothing); a refused value is explained next to its field and the dialog stays open. The page
// of retention runs the cleanup, or a dry run of it, with the values on the page; the page of
// submission tests the connection to the collector on a thread of its own.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const AppServices &services, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Checks and saves what the fields hold. false, with the reasons shown, when anything was
    // refused or could not be saved; then nothing was saved.
    bool apply();
    void accept() override;

    // A cleanup report in words: "Would remove 12 sessions (3.4 MB); 2 kept because not submitted."
    static QString describe(const CleanupReport &report);

private:
    enum Page { CapturePage, StoragePage, SubmissionPage, StartupPage };

    QWidget *buildCapturePage();
    QWidget *buildStoragePage();
    QWidget *buildSubmissionPage();
    QWidget *buildStartupPage();
    // Adds key's field to form, on page, with its label; the field's widget is parented to form's.
    SettingField *addField(QFormLayout *form, Page page, const char *key, const QString &label);
    SettingField *field(const char *key) const;

    void load();
    void restoreDefaultsOfCurrentPage();
    void handleSettingChanged(const QString &key);
    void showMessage(const QString &text, bool problem);

    void runCleanup(bool dryRun);
    void handleCleanupFinished(const CleanupReport &report);
    void handleCleanupFailed(const QString &error);

    void testConnection();
    void handleConnectionTested(bool ok, const QString &message);
    SubmissionConfig submissionConfigFromFields() const;

    AppServices m_services;
    std::vector<std::unique_ptr<SettingField>> m_fields;
    std::vector<Page> m_pages; // of each field, by index
    std::vector<QVariant> m_shown; // what each field showed when it was last filled from Settings
    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QPushButton *m_runCleanup = nullptr;
    QPushButton *m_previewCleanup = nullptr;
    QLabel *m_cleanupReport = nullptr;
    bool m_awaitingCleanup = false;

    QPushButton *m_testConnection = nullptr;
    QLabel *m_connectionResult = nullptr;
    QThread *m_testThread = nullptr;       // started with the first test
    ConnectionTest *m_connectionTest = nullptr; // lives on m_testThread
};

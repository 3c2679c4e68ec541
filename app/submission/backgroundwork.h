#pragma once

#include "retentioncleanup.h"
#include "submissionconfig.h"

#include <QObject>

class SessionStore;
class Settings;
class SubmissionService;

// What runs without anyone watching, as the settings say: whether sessions are written at all,
// the submission worker, and the retention cleanup on the store's thread (once at start, then every cleanupIntervalHours).
// A change of the settings, made in the app or by `hl7capture-cli config set`, applies at once.
class BackgroundWork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundWork)

public:
    // The store and the settings must outlive this object.
    BackgroundWork(SessionStore *store, Settings *settings, QObject *parent = nullptr);
    ~BackgroundWork() override;

    // Call once the store was asked to open: the cleanup runs when it has opened.
    void start();
    void shutdown(); // stops the submission worker; nothing in flight is marked submitted

    SubmissionService *submission() const { return m_submission; }
    CleanupPolicy cleanupPolicy() const;

    static SubmissionConfig submissionConfigOf(const Settings &settings);
    static CleanupPolicy cleanupPolicyOf(const Settings &settings);

private:
    void handleSettingChanged(const QString &key);
    void applyCleanupSchedule();

    SessionStore *m_store;
    Settings *m_settings;
    SubmissionService *m_submission;
    bool m_started = false;
};

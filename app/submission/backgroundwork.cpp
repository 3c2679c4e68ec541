#include "backgroundwork.h"

#include "sessionstore.h"
#include "settings.h"
#include "submissionservice.h"

#include <chrono>

BackgroundWork::BackgroundWork(SessionStore *store, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_submission(new SubmissionService(store, this))
{
    connect(m_settings, &Settings::changed, this, &BackgroundWork::handleSettingChanged);
}

BackgroundWork::~BackgroundWork()
{
    shutdown();
}

SubmissionConfig BackgroundWork::submissionConfigOf(const Settings &settings)
{
    SubmissionConfig c;
    c.endpoint = QUrl(settings.submissionEndpoint().trimmed());
    c.authHeader = settings.submissionAuthHeader();
    c.performer = settings.submissionPerformer();
    c.concurrency = settings.submissionConcurrency();
    c.maxRetries = settings.submissionMaxRetries();
    c.interval = std::chrono::minutes(settings.submissionIntervalMinutes());
    c.timeout = std::chrono::seconds(settings.submissionTimeoutSeconds());
    c.caFile = settings.submissionCaFile();
    return c;
}

CleanupPolicy BackgroundWork::cleanupPolicyOf(const Settings &settings)
{
    return {settings.retentionDays(), settings.purgeUnsubmitted(), settings.dryRunMode()};
}

CleanupPolicy BackgroundWork::cleanupPolicy() const
{
    return cleanupPolicyOf(*m_settings);
}

void BackgroundWork::start()
{
    if (m_started)
        return;
    m_started = true;
    m_store->setPersistence(m_settings->enablePersistence());
    m_submission->setConfig(submissionConfigOf(*m_settings));
    m_submission->start();
    applyCleanupSchedule();
}

void BackgroundWork::shutdown()
{
    m_submission->shutdown();
}

void BackgroundWork::applyCleanupSchedule()
{
    m_store->setCleanupSchedule(std::chrono::hours(m_settings->cleanupIntervalHours()), cleanupPolicy());
}

void BackgroundWork::handleSettingChanged(const QString &key)
{
    if (!m_started)
        return;
    if (key == u"enablePersistence")
        m_store->setPersistence(m_settings->enablePersistence());
    else if (key.startsWith(QLatin1StringView("submission")))
        m_submission->setConfig(submissionConfigOf(*m_settings));
    else if (key == u"retentionDays" || key == u"cleanupIntervalHours" || key == u"purgeUnsubmitted" || key == u"dryRunMode")
        applyCleanupSchedule(); // a new schedule runs once at once: a shorter retention applies now
}

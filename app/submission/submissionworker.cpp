#include "submissionworker.h"

#include "backoff.h"
#include "submissionlog.h"

#include "sessioncodec.h"
#include "sessionid.h"
#include "sessionstore.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>

#include <algorithm>
#include <limits>

using namespace std::chrono_literals;

SubmissionWorker::SubmissionWorker(SessionStore *store, const DataDirectory &dir)
    : m_store(store)
    , m_dir(dir)
    , m_network(new QNetworkAccessManager(this))
    , m_client(m_network)
    , m_intervalTimer(new QTimer(this))
    , m_wakeTimer(new QTimer(this))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_backoffBase(Backoff::DefaultBase)
{
    m_wakeTimer->setSingleShot(true);
    connect(m_wakeTimer, &QTimer::timeout, this, &SubmissionWorker::pump);
    connect(m_intervalTimer, &QTimer::timeout, this, [this] {
        requestPending();
        pump();
    });
}

SubmissionWorker::~SubmissionWorker() = default;

void SubmissionWorker::start()
{
    m_started = true;
    m_stopping = false;
    requestPending();
    pump();
}

void SubmissionWorker::setConfig(const SubmissionConfig &config)
{
    if (Status s = m_client.setConfig(config); !s) {
        // Nothing is sent with a configuration that cannot work; sessions stay pending.
        qCWarning(lcSubmit).noquote() << s.error();
        m_enabled = false;
        m_config = config;
        emit configurationError(s.error());
        reportProgress();
        return;
    }
    m_config = config;
    m_enabled = config.enabled();
    // QTimer counts in int milliseconds; the settings allow an hour at most anyway.
    m_intervalTimer->start(std::clamp<std::chrono::milliseconds>(config.interval, 1s, 24h));
    pump();
}

void SubmissionWorker::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
    m_client.setClock(m_now);
}

void SubmissionWorker::submitNow()
{
    for (Entry &e : m_entries) {
        if (e.state == Entry::State::Waiting)
            e.dueAt = 0;
    }
    requestPending();
    pump();
}

void SubmissionWorker::retry(const QStringList &ids)
{
    for (const QString &id : ids)
        m_store->updateSubmission(id, SubmissionUpdate::retry());
}

void SubmissionWorker::ignore(const QStringList &ids)
{
    for (const QString &id : ids)
        m_store->updateSubmission(id, SubmissionUpdate::ignore());
}

void SubmissionWorker::stop()
{
    m_stopping = true;
    m_intervalTimer->stop();
    m_wakeTimer->stop();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->attempt) {
            // Whatever the collector did with it, no 2xx was read: the session stays pending.
            qCDebug(lcSubmit).noquote() << "aborting the attempt for" << it.key();
            it->attempt->abort();
            it->attempt->deleteLater();
            it->attempt = nullptr;
        }
    }
    m_entries.clear();
}

void SubmissionWorker::requestPending()
{
    m_awaitingPending = true;
    m_store->requestPending();
}

void SubmissionWorker::takePending(const QList<SessionSummary> &summaries)
{
    m_awaitingPending = false;
    for (const SessionSummary &s : summaries)
        consider(s);
    pump();
}

void SubmissionWorker::takeOpened(const QList<SessionSummary> &summaries)
{
    for (const SessionSummary &s : summaries)
        consider(s);
    pump();
}

// A pending session this worker does not hold yet joins the queue; one it holds and is not
// sending follows what the store says.
void SubmissionWorker::consider(const SessionSummary &s)
{
    if (m_stopping)
        return;
    const auto it = m_entries.find(s.id);
    if (it == m_entries.end()) {
        if (s.submissionStatus != SubmissionStatus::Pending)
            return;
        Entry e;
        e.startTime = s.startTime;
        e.dueAt = s.nextSubmissionAttemptAt.value_or(0);
        m_entries.insert(s.id, e);
        return;
    }
    if (it->state != Entry::State::Waiting)
        return;
    if (s.submissionStatus != SubmissionStatus::Pending) {
        m_entries.erase(it);
        return;
    }
    it->startTime = s.startTime;
    it->dueAt = s.nextSubmissionAttemptAt.value_or(0);
}

void SubmissionWorker::takeSaved(const SessionSummary &summary)
{
    if (m_stopping)
        return;
    const auto it = m_entries.find(summary.id);
    if (it == m_entries.end() || it->state != Entry::State::Saving) {
        consider(summary);
        pump();
        return;
    }
    // The attempt's result is on disk: only now may the next attempt be scheduled.
    const QString error = it->error;
    switch (summary.submissionStatus) {
    case SubmissionStatus::Pending:
        it->state = Entry::State::Waiting;
        it->attempt = nullptr;
        it->dueAt = summary.nextSubmissionAttemptAt.value_or(0);
        emit sessionFailed(summary.id, error, false);
        break;
    case SubmissionStatus::Submitted:
        m_entries.erase(it);
        emit sessionSubmitted(summary.id);
        break;
    case SubmissionStatus::Failed:
        m_entries.erase(it);
        emit sessionFailed(summary.id, error, true);
        break;
    case SubmissionStatus::Ignored:
        m_entries.erase(it);
        break;
    }
    pump();
}

void SubmissionWorker::takeUpdateFailed(const QString &id, const QString &error)
{
    // Gone, damaged, or ignored by a person meanwhile: not this worker's any more.
    qCDebug(lcSubmit).noquote() << "dropping" << id << ":" << error;
    const auto it = m_entries.constFind(id);
    if (it != m_entries.cend() && it->state != Entry::State::InFlight)
        m_entries.remove(id);
    pump();
}

void SubmissionWorker::takeRemoved(const QString &id)
{
    forget(id);
    pump();
}

void SubmissionWorker::forget(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (it->attempt) {
        it->attempt->abort();
        it->attempt->deleteLater();
    }
    m_entries.erase(it);
}

int SubmissionWorker::inFlight() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return e.state == Entry::State::InFlight; }));
}

void SubmissionWorker::pump()
{
    if (m_stopping)
        return;
    if (m_started && m_enabled) {
        const qint64 now = m_now();
        int free = std::clamp(m_config.concurrency, 1, 10) - inFlight();
        while (free > 0) {
            // Oldest first: the order the sessions happened in.
            QString next;
            const Entry *best = nullptr;
            for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
                if (it->state != Entry::State::Waiting || it->dueAt > now)
                    continue;
                if (!best || it->startTime < best->startTime || (it->startTime == best->startTime && it.key() < next)) {
                    best = &*it;
                    next = it.key();
                }
            }
            if (!best)
                break;
            begin(next, m_entries[next]);
            if (m_entries.value(next).state == Entry::State::InFlight)
                --free;
        }
        std::optional<qint64> wake;
        for (const Entry &e : std::as_const(m_entries)) {
            if (e.state == Entry::State::Waiting && e.dueAt > now)
                wake = std::min(wake.value_or(e.dueAt), e.dueAt);
        }
        if (wake)
            m_wakeTimer->start(std::chrono::milliseconds(std::min<qint64>(*wake - now, std::numeric_limits<int>::max())));
        else
            m_wakeTimer->stop();
    }
    reportProgress();
    if (m_started && m_enabled && !m_awaitingPending && m_entries.isEmpty())
        emit idle();
}

void SubmissionWorker::begin(const QString &id, Entry &entry)
{
    // The file, read afresh, is what gets sent: the summary has no messages.
    QFile file(m_dir.sessions() + QLatin1Char('/') + SessionId::fileNameFor(id));
    Result<Session> session = file.open(QIODevice::ReadOnly)
        ? SessionCodec::decode(file.readAll(), id)
        : Result<Session>::failure(file.errorString());
    if (!session || session->submissionStatus != SubmissionStatus::Pending) {
        // Not written yet (its save will bring it back), deleted, or no longer pending.
        qCDebug(lcSubmit).noquote() << "not sending" << id << (session ? QStringLiteral("(not pending)") : session.error());
        m_entries.remove(id);
        return;
    }
    entry.state = Entry::State::InFlight;
    entry.attempts = session->submissionAttempts;
    entry.attempt = m_client.send(SubmissionRequest::of(session.value(), m_config), this);
    connect(entry.attempt, &SubmissionAttempt::finished, this,
            [this, id](const SubmissionOutcome &outcome) { attemptFinished(id, outcome); });
}

void SubmissionWorker::attemptFinished(const QString &id, const SubmissionOutcome &outcome)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (it->attempt)
        it->attempt->deleteLater();
    it->attempt = nullptr;
    const qint64 now = m_now();
    const int attempts = it->attempts + 1;
    SubmissionUpdate update;
    update.attempts = attempts;
    update.lastAttemptAt = now;
    update.nextAttemptAt = std::optional<qint64>();
    it->final = true;
    if (outcome.kind == SubmissionOutcome::Accepted) {
        // The collector has it, whatever a person did meanwhile.
        update.status = SubmissionStatus::Submitted;
        update.submittedAt = now;
        update.error = QString();
        qCDebug(lcSubmit).noquote() << "submitted" << id << "HTTP" << outcome.httpStatus;
    } else {
        update.onlyIf = SubmissionStatus::Pending;
        update.error = outcome.error;
        const int maxAttempts = std::clamp(m_config.maxRetries, 1, 10);
        if (outcome.kind == SubmissionOutcome::Retry && attempts < maxAttempts) {
            update.status = SubmissionStatus::Pending;
            update.nextAttemptAt = now + Backoff::delayAfter(attempts, outcome.retryAfter, m_backoffBase).count();
            it->final = false;
        } else {
            update.status = SubmissionStatus::Failed;
        }
        qCDebug(lcSubmit).noquote() << "attempt" << attempts << "for" << id << "failed:" << outcome.error;
    }
    it->error = outcome.error;
    it->state = Entry::State::Saving;
    m_store->updateSubmission(id, update);
    pump();
}

void SubmissionWorker::reportProgress()
{
    int queued = 0;
    int flying = 0;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.state == Entry::State::InFlight)
            ++flying;
        else if (e.state == Entry::State::Waiting)
            ++queued;
    }
    if (m_lastProgress == qMakePair(flying, queued))
        return;
    m_lastProgress = qMakePair(flying, queued);
    emit progress(flying, queued);
}

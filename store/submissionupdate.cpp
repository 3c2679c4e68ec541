#include "submissionupdate.h"

#include "sessionrepository.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)
};

} // namespace

SubmissionUpdate SubmissionUpdate::retry()
{
    SubmissionUpdate u;
    u.status = SubmissionStatus::Pending;
    u.attempts = 0;
    u.submittedAt = std::optional<qint64>();
    u.error = QString();
    u.nextAttemptAt = std::optional<qint64>();
    return u;
}

SubmissionUpdate SubmissionUpdate::ignore()
{
    SubmissionUpdate u;
    u.status = SubmissionStatus::Ignored;
    u.nextAttemptAt = std::optional<qint64>();
    return u;
}

void SubmissionUpdate::applyTo(Session &s) const
{
    if (status)
        s.submissionStatus = *status;
    if (attempts)
        s.submissionAttempts = qMax(0, *attempts);
    if (submittedAt)
        s.submittedAt = *submittedAt;
    if (error)
        s.submissionError = *error;
    if (lastAttemptAt)
        s.lastSubmissionAttemptAt = *lastAttemptAt;
    if (nextAttemptAt)
        s.nextSubmissionAttemptAt = *nextAttemptAt;
}

// Kept beside SubmissionUpdate rather than in sessionrepository.cpp: it is the one repository
// operation the submission needs, built from load() and the private store().
Result<SessionSummary> SessionRepository::updateSubmission(const QString &id, const SubmissionUpdate &update)
{
    if (Status s = requireWritable(); !s)
        return Result<SessionSummary>::failure(s.error());
    // Read afresh: the file, not the summary, holds what the session is now.
    Result<Session> session = load(id);
    if (!session)
        return Result<SessionSummary>::failure(session.error());
    if (!update.appliesTo(session.value()))
        return Result<SessionSummary>::failure(Tr::tr("session %1 is no longer %2 but %3")
                                                   .arg(id, jsonName(*update.onlyIf),
                                                        jsonName(session->submissionStatus)));
    update.applyTo(session.value());
    return store(session.value());
}

#pragma once

#include "session.h"

#include <QString>

#include <optional>

// A change to the submission state of one session and nothing else. Fields left unset keep
// what the file says, so an update applied to a freshly read file never undoes another change.
struct SubmissionUpdate
{
    std::optional<SubmissionStatus> status;
    std::optional<int> attempts;
    std::optional<std::optional<qint64>> submittedAt;   // set to nullopt inside: cleared
    std::optional<QString> error;                       // empty: cleared
    std::optional<std::optional<qint64>> lastAttemptAt; // set to nullopt inside: cleared
    std::optional<std::optional<qint64>> nextAttemptAt; // set to nullopt inside: cleared
    // Applied only while the session is in this state: an attempt that failed must not turn a
    // session a person ignored meanwhile back into a pending one.
    std::optional<SubmissionStatus> onlyIf;

    // A person asks to send it again: pending, no attempts, no error, due now.
    static SubmissionUpdate retry();
    // A person asks never to send it.
    static SubmissionUpdate ignore();

    bool appliesTo(const Session &session) const { return !onlyIf || session.submissionStatus == *onlyIf; }
    void applyTo(Session &session) const;
};

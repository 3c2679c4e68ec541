#pragma once

#include "session.h"
#include "submissionconfig.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// One POST to the collector, as the Electron app sent it, so existing collectors keep working.
struct SubmissionRequest
{
    QString sessionId; // the session's id; also the Idempotency-Key
    QUrl endpoint;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // Authorization included when configured

    // Body: {"sessionId": id, "startTime": ms, "endTime": ms|null, "messages": [...],
    // "deviceIP", "lisIP", "performer" (only when configured)}. Times are the numbers of
    // milliseconds since the epoch that the session files hold, as the Electron app sent them.
    static QByteArray bodyOf(const Session &session, const QString &performer);
    static SubmissionRequest of(const Session &session, const SubmissionConfig &config);
};

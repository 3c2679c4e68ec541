#include "submissionrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray SubmissionRequest::bodyOf(const Session &session, const QString &performer)
{
    QJsonObject o;
    o.insert(QLatin1StringView("sessionId"), session.id);
    o.insert(QLatin1StringView("startTime"), session.startTime);
    o.insert(QLatin1StringView("endTime"), session.endTime ? QJsonValue(*session.endTime) : QJsonValue());
    o.insert(QLatin1StringView("messages"), QJsonArray::fromStringList(session.messages));
    o.insert(QLatin1StringView("deviceIP"), session.deviceIp);
    o.insert(QLatin1StringView("lisIP"), session.lisIp);
    if (!performer.isEmpty())
        o.insert(QLatin1StringView("performer"), performer);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

SubmissionRequest SubmissionRequest::of(const Session &session, const SubmissionConfig &config)
{
    SubmissionRequest r;
    r.sessionId = session.id;
    r.endpoint = config.endpoint;
    r.body = bodyOf(session, config.performer);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!config.authHeader.isEmpty())
        r.headers.append({QByteArrayLiteral("Authorization"), config.authHeader.toUtf8()});
    r.headers.append({QByteArrayLiteral("Idempotency-Key"), session.id.toUtf8()});
    return r;
}

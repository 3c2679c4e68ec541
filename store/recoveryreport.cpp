#include "recoveryreport.h"

#include <QJsonArray>

namespace {
QJsonArray quarantineJson(const QList<QuarantinedFile> &files)
{
    QJsonArray array;
    for (const QuarantinedFile &q : files) {
        array.append(QJsonObject{{QStringLiteral("file"), q.file},
                                 {QStringLiteral("reason"), q.reason},
                                 {QStringLiteral("movedTo"), q.movedTo}});
    }
    return array;
}
} // namespace

QJsonObject RecoveryReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("dataDir"), dataDirectory},
        {QStringLiteral("tempFilesRemoved"), QJsonArray::fromStringList(tempFilesRemoved)},
        {QStringLiteral("tempFilesCompleted"), QJsonArray::fromStringList(tempFilesCompleted)},
        {QStringLiteral("unsavedRestored"), QJsonArray::fromStringList(unsavedRestored)},
        {QStringLiteral("quarantined"), quarantineJson(quarantined)},
        {QStringLiteral("sessions"), sessionsLoaded},
    };
}

QJsonObject ImportReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("imported"), imported},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("quarantined"), int(quarantined.size())},
        {QStringLiteral("quarantinedFiles"), quarantineJson(quarantined)},
        {QStringLiteral("renamed"), QJsonArray::fromStringList(renamed)},
    };
}

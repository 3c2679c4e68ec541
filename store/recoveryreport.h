#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

struct QuarantinedFile
{
    QString file;
    QString reason;
    QString movedTo;
};

// What opening a store found and did about it: the output of `hl7capture-cli recover`.
struct RecoveryReport
{
    QString dataDirectory;
    QStringList tempFilesRemoved;
    QStringList tempFilesCompleted;
    QStringList unsavedRestored;
    QList<QuarantinedFile> quarantined;
    QStringList unreadable; // files left where they are: not readable now, or opened read-only
    int sessionsLoaded = 0;
    int sessionsRead = 0; // parsed in full because the summary cache did not know them

    QJsonObject toJson() const;
};

// What `import-sessions` did.
struct ImportReport
{
    int imported = 0;
    int skipped = 0;
    QList<QuarantinedFile> quarantined;
    QStringList renamed; // "old -> new" where an id was taken by a different session

    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(RecoveryReport)
Q_DECLARE_METATYPE(ImportReport)

#include "quarantine.h"

#include "durablefile.h"
#include "storelog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Quarantine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Quarantine)
};

void log(const DataDirectory &dir, const QuarantinedFile &q)
{
    qCWarning(lcStore).noquote() << "quarantined" << q.file << "to" << q.movedTo << "because" << q.reason;
    QFile logFile(dir.quarantine() + QStringLiteral("/quarantine.log"));
    if (logFile.open(QIODevice::Append | QIODevice::Text)) {
        logFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString line = QStringLiteral("%1\t%2\t%3\t%4\n")
                                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), q.file,
                                      q.movedTo, q.reason);
        logFile.write(line.toUtf8());
    }
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

Result<QuarantinedFile> moveIn(const DataDirectory &dir, const QString &path, const QString &reason)
{
    if (Status s = DurableFile::ensurePrivateDirectory(dir.quarantine()); !s)
        return Result<QuarantinedFile>::failure(s.error());
    const QString target = DurableFile::freeName(dir.quarantine(), QFileInfo(path).fileName());
    if (Status s = DurableFile::move(path, target); !s)
        return Result<QuarantinedFile>::failure(s.error());
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QuarantinedFile q{path, reason, target};
    log(dir, q);
    return Result<QuarantinedFile>::success(q);
}

Result<QuarantinedFile> copyIn(const DataDirectory &dir, const QString &path, const QString &reason)
{
    if (Status s = DurableFile::ensurePrivateDirectory(dir.quarantine()); !s)
        return Result<QuarantinedFile>::failure(s.error());
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return Result<QuarantinedFile>::failure(Tr::tr("cannot read %1: %2").arg(path, source.errorString()));
    const QByteArray bytes = source.readAll();
    const QString name = QFileInfo(path).fileName();
    const QDir quarantine(dir.quarantine());
    QString target = quarantine.filePath(name);
    for (int n = 1; QFileInfo::exists(target); ++n) {
        if (readAll(target) == bytes)
            return Result<QuarantinedFile>::success({path, reason, target});
        target = quarantine.filePath(QStringLiteral("%1.%2").arg(name).arg(n));
    }
    if (Status s = DurableFile::write(target, bytes); !s)
        return Result<QuarantinedFile>::failure(s.error());
    QuarantinedFile q{path, reason, target};
    log(dir, q);
    return Result<QuarantinedFile>::success(q);
}

} // namespace Quarantine

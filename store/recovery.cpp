#include "recovery.h"

#include "directoryscan.h"
#include "durablefile.h"
#include "quarantine.h"
#include "sessioncodec.h"
#include "storelog.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QRegularExpression>

namespace Recovery {

namespace {

const QRegularExpression &temporaryName()
{
    static const QRegularExpression re(QStringLiteral("^(.+)\\.json\\.[A-Za-z0-9]{6}$"));
    return re;
}

std::optional<Session> readSession(const QString &path, const QString &expectedId)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    Result<Session> r = SessionCodec::decode(f.readAll(), expectedId);
    if (!r)
        return std::nullopt;
    return std::move(r).value();
}

// Out of the sessions folder, but not deleted: a person's own "session-1.json.backup" has the
// same shape as QSaveFile's temporary names, so its bytes go to quarantine instead.
void setAsideLeftover(const DataDirectory &dir, const QString &path, const QString &name, RecoveryReport &report)
{
    const auto moved = Quarantine::moveIn(dir, path, QStringLiteral("left by an interrupted write"));
    if (moved)
        report.tempFilesRemoved.append(name);
    else
        qCWarning(lcStore).noquote() << "cannot set aside a leftover of an interrupted write:" << moved.error();
}

void removeCacheLeftover(const QString &path, const QString &name, RecoveryReport &report)
{
    if (QFile::remove(path))
        report.tempFilesRemoved.append(name);
    else
        qCWarning(lcStore) << "cannot remove leftover of an interrupted write:" << path;
}

} // namespace

bool isTemporarySessionFile(const QString &fileName)
{
    return temporaryName().match(fileName).hasMatch();
}

bool recoverInterruptedWrites(const DataDirectory &dir, const QList<ScannedFile> &sessionFiles, RecoveryReport &report)
{
    const QDir sessions(dir.sessions());
    bool changed = false;
    for (const ScannedFile &file : sessionFiles) {
        if (file.name.endsWith(QLatin1StringView(".json")))
            continue; // the common case, without a regular expression
        const QRegularExpressionMatch match = temporaryName().match(file.name);
        if (!match.hasMatch())
            continue;
        const QString id = match.captured(1);
        const QString tempPath = sessions.filePath(file.name);
        const QString targetPath = sessions.filePath(id + QStringLiteral(".json"));
        changed = true;
        const std::optional<Session> candidate = readSession(tempPath, id);
        if (!candidate) {
            setAsideLeftover(dir, tempPath, file.name, report);
            continue;
        }
        if (QFile::exists(targetPath)) {
            QFile target(targetPath);
            const bool targetReadable = target.open(QIODevice::ReadOnly);
            Result<Session> current = SessionCodec::decode(targetReadable ? target.readAll() : QByteArray(), id);
            target.close();
            if (current && current->savedAt >= candidate->savedAt) {
                setAsideLeftover(dir, tempPath, file.name, report);
                continue;
            }
            if (!current) {
                auto moved = Quarantine::moveIn(dir, targetPath, current.error());
                if (!moved)
                    continue;
                report.quarantined.append(moved.value());
            }
        }
        if (Status s = DurableFile::move(tempPath, targetPath); s)
            report.tempFilesCompleted.append(file.name);
        else
            qCWarning(lcStore).noquote() << s.error();
    }
    // The summary cache is rebuilt from the sessions whenever it is missing, so its leftovers just go.
    const QDir root(dir.root());
    const QString cacheName = QFileInfo(dir.summaryCache()).fileName();
    for (const ScannedFile &file : scanRegularFiles(dir.root())) {
        if (file.name.startsWith(cacheName + QLatin1Char('.')) && file.name.size() == cacheName.size() + 7)
            removeCacheLeftover(root.filePath(file.name), file.name, report);
    }
    return changed;
}

} // namespace Recovery

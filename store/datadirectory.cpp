#include "datadirectory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

DataDirectory::DataDirectory(QString root)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
{
}

DataDirectory DataDirectory::resolve(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return DataDirectory(explicitPath);
    const QString fromEnvironment = qEnvironmentVariable("HL7CAPTURE_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return DataDirectory(fromEnvironment);
    return DataDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString DataDirectory::sessions() const { return m_root + QStringLiteral("/sessions"); }
QString DataDirectory::quarantine() const { return m_root + QStringLiteral("/quarantine"); }
QString DataDirectory::trash() const { return m_root + QStringLiteral("/trash"); }
QString DataDirectory::unsaved() const { return m_root + QStringLiteral("/unsaved"); }
QString DataDirectory::unsavedFallback() const
{
    const QByteArray tag = QCryptographicHash::hash(m_root.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/hl7capture-unsaved-")
        + QString::fromLatin1(tag);
}

QString DataDirectory::settingsFile() const { return m_root + QStringLiteral("/settings.ini"); }
QString DataDirectory::summaryCache() const { return m_root + QStringLiteral("/summaries.cache"); }
QString DataDirectory::lockFile() const { return m_root + QStringLiteral("/hl7capture.lock"); }

#pragma once

#include <QString>
#include <QTemporaryDir>

// A tmpfs of a few hundred kilobytes mounted on a temporary folder, so a write really fails with
// ENOSPC, or with EROFS once remounted read-only. Only root can mount; the tests that need it
// skip elsewhere (permissions alone do not stop root, so chmod cannot stand in for it).
class SmallDisk
{
public:
    explicit SmallDisk(qint64 bytes);
    ~SmallDisk();
    Q_DISABLE_COPY_MOVE(SmallDisk)

    bool isMounted() const { return m_mounted; }
    const QString &error() const { return m_error; }
    QString path() const { return m_dir.path(); }

    bool setReadOnly(bool readOnly);
    // Writes a file that takes all the space left; removing it frees the space again.
    bool fill(const QString &fileName = QStringLiteral("filler"));

private:
    QTemporaryDir m_dir;
    qint64 m_bytes = 0;
    bool m_mounted = false;
    QString m_error;
};

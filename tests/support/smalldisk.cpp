#include "smalldisk.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>

SmallDisk::SmallDisk(qint64 bytes)
    : m_bytes(bytes)
{
    if (::geteuid() != 0) {
        m_error = QStringLiteral("mounting a tmpfs needs root");
        return;
    }
    const QByteArray options = QByteArray("size=") + QByteArray::number(bytes) + ",mode=0700";
    if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) != 0) {
        m_error = QStringLiteral("mount failed: ") + QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    m_mounted = true;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

bool SmallDisk::setReadOnly(bool readOnly)
{
    const QByteArray options = QByteArray("size=") + QByteArray::number(m_bytes);
    const unsigned long flags = MS_REMOUNT | (readOnly ? MS_RDONLY : 0);
    return ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", flags, options.constData()) == 0;
}

bool SmallDisk::fill(const QString &fileName)
{
    QFile f(m_dir.path() + QLatin1Char('/') + fileName);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray chunk(4096, 'x');
    while (f.write(chunk) == chunk.size() && f.flush()) {
    }
    f.close();
    return true;
}

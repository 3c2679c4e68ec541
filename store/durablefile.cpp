#include "durablefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DurableFile {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DurableFile)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

Status write(const QString &path, const QByteArray &data, FolderSync folderSync)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("cannot create %1: %2").arg(path, file.errorString()));
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Status::failure(Tr::tr("cannot make %1 private: %2").arg(path, file.errorString()));
    // QSaveFile buffers small writes, and commit() does not report a flush that fails on a full
    // disk (QTBUG-75077): it would publish an empty file. Flushing here surfaces the error.
    if (file.write(data) != data.size() || !file.flush())
        return Status::failure(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    if (!file.commit())
        return Status::failure(Tr::tr("cannot save %1: %2").arg(path, file.errorString()));
    if (folderSync == FolderSync::ByCaller)
        return succeeded();
    return syncDirectory(QFileInfo(path).absolutePath());
}

Status move(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Status::failure(Tr::tr("cannot move %1 to %2: %3").arg(from, to, systemError(errno)));
    const QString fromDir = QFileInfo(from).absolutePath();
    const QString toDir = QFileInfo(to).absolutePath();
    if (Status s = syncDirectory(toDir); !s)
        return s;
    return fromDir == toDir ? succeeded() : syncDirectory(fromDir);
}

Status syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Status::failure(Tr::tr("cannot open folder %1: %2").arg(path, systemError(errno)));
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        return Status::failure(Tr::tr("cannot sync folder %1: %2").arg(path, systemError(error)));
    return succeeded();
}

Status ensurePrivateDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return Status::failure(Tr::tr("cannot create folder %1").arg(path));
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0)
        return Status::failure(Tr::tr("cannot read folder %1: %2").arg(path, systemError(errno)));
    if ((st.st_mode & 07777) != 0700 && ::chmod(native.constData(), 0700) != 0)
        return Status::failure(Tr::tr("cannot make folder %1 private: %2").arg(path, systemError(errno)));
    return succeeded();
}

QString freeName(const QString &folder, const QString &name)
{
    const QDir dir(folder);
    QString candidate = name;
    for (int n = 1; QFileInfo::exists(dir.filePath(candidate)); ++n)
        candidate = QStringLiteral("%1.%2").arg(name).arg(n);
    return dir.filePath(candidate);
}

} // namespace DurableFile

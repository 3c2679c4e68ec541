#pragma once

#include <QList>
#include <QString>

#include <optional>

// One regular file of a folder with what identifies its current content: a rename-based save
// always produces a new inode, and in-place edits change size or modification time.
struct FileStamp
{
    quint64 inode = 0;
    qint64 size = -1;
    qint64 modifiedNs = 0;

    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

struct ScannedFile
{
    QString name;
    FileStamp stamp;
    int mode = 0; // permission bits
};

std::optional<FileStamp> stampOf(const QString &path);

// readdir + fstatat: a folder of 100 000 sessions is listed in a fraction of what QDir needs.
QList<ScannedFile> scanRegularFiles(const QString &folder);

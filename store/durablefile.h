#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// Writes that survive a crash or a power cut at any moment: the old file or the new one, never a mix.
namespace DurableFile {

// Who makes a new name last: write() itself, or the caller, who saves many files and then calls
// syncDirectory() once for all of them (a folder sync costs about as much as the file's own).
enum class FolderSync { Now, ByCaller };

// QSaveFile into a private (0600) file: the data is synced before the rename that publishes it
// (QSaveFile::commit() does the fdatasync), then the folder is synced so the rename itself lasts.
// With FolderSync::ByCaller the file is still never seen incomplete, but until the caller syncs
// the folder a crash may take its new name away.
Status write(const QString &path, const QByteArray &data, FolderSync folderSync = FolderSync::Now);

// Renames within one file system, then syncs the folders of both names.
Status move(const QString &from, const QString &to);

Status syncDirectory(const QString &path);

// Creates the folder with its parents if needed and makes it private (0700).
Status ensurePrivateDirectory(const QString &path);

// A name in folder that is not taken yet: name, else name.1, name.2, …
QString freeName(const QString &folder, const QString &name);

} // namespace DurableFile

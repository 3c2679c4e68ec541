#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sys/stat.h>

inline QString fixturePath(const QString &relative)
{
    return QStringLiteral(HL7_TEST_FIXTURES "/") + relative;
}

inline QByteArray readFileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The permission bits of a file or folder, e.g. 0600.
inline int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

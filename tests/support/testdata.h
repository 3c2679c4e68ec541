#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

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

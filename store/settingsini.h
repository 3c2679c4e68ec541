#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The INI dialect of settings.ini: what Settings writes, and what QSettings (IniFormat) writes for
// plain values (true/false, integers, strings, quoted or not, with its backslash escapes).
namespace SettingsIni {

struct Entry
{
    QString key;
    QString raw; // the value as the file has it, so what is not ours goes back unchanged
};

struct Document
{
    QList<Entry> general; // [General], or before any section, in file order
    QByteArray otherSections; // every other section, byte for byte
};

// Fails, saying which line, on what is not a settings file: not UTF-8, NUL bytes, a line that is
// neither blank, a comment, a [section] nor key=value.
Result<Document> parse(const QByteArray &bytes);

QString unescape(QStringView raw);
QString escape(const QString &value);

// [General] with the entries as given, then the other sections.
QByteArray serialize(const QList<Entry> &general, const QByteArray &otherSections);

} // namespace SettingsIni

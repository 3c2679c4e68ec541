#include "autostart.h"

#include "datadirectory.h"
#include "desktoplog.h"
#include "durablefile.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace {

const QString SettingKey = QStringLiteral("startAtLogin");
constexpr auto FolderKey = "X-HL7Capture-DataDir";

// The Desktop Entry spec's escapes for a string value (\s only matters at the start, but is
// valid anywhere).
QString escapeValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        default: out += c;
        }
    }
    if (out.startsWith(QLatin1Char(' ')))
        out.replace(0, 1, QStringLiteral("\\s"));
    return out;
}

QString unescapeValue(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != QLatin1Char('\\') || i + 1 == value.size()) {
            out += value[i];
            continue;
        }
        switch (value[++i].unicode()) {
        case 's': out += QLatin1Char(' '); break;
        case 'n': out += QLatin1Char('\n'); break;
        case 't': out += QLatin1Char('\t'); break;
        case 'r': out += QLatin1Char('\r'); break;
        default: out += value[i];
        }
    }
    return out;
}

// An Exec argument: quoted when it holds a reserved character, with ", `, $ and \ escaped inside
// the quotes; a literal % is written %%.
QString quoteArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString arg = argument;
    arg.replace(QLatin1Char('%'), QStringLiteral("%%"));
    const bool needsQuotes = arg.isEmpty() || std::any_of(arg.cbegin(), arg.cend(), [](QChar c) { return reserved.contains(c); });
    if (!needsQuotes)
        return arg;
    QString quoted = QStringLiteral("\"");
    for (const QChar c : std::as_const(arg)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return quoted + QLatin1Char('"');
}

QString cleanFolder(const QString &folder)
{
    return DataDirectory(folder).root();
}

} // namespace

Autostart::Autostart(Settings *settings, const QString &dataFolder, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_dataFolder(cleanFolder(dataFolder))
{
    connect(m_settings, &Settings::changed, this, &Autostart::handleSettingChanged);
}

void Autostart::handleSettingChanged(const QString &key)
{
    if (key == SettingKey)
        apply();
}

Status Autostart::apply()
{
    // Settings without the key (an older table) read as an invalid QVariant: off.
    const bool wanted = m_settings->value(SettingKey).toBool();
    Status done = wanted ? enable(entryFor(m_dataFolder)) : disable(m_dataFolder);
    if (!done) {
        qCWarning(lcDesktop).noquote() << "autostart:" << done.error();
        emit failed(done.error());
    }
    return done;
}

QString Autostart::entryPath()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    // The spec says a relative path is invalid and must be ignored.
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return QDir::cleanPath(config) + QStringLiteral("/autostart/hl7capture.desktop");
}

Autostart::Entry Autostart::entryFor(const QString &dataFolder)
{
    Entry entry;
    entry.executable = QCoreApplication::applicationFilePath();
    entry.dataFolder = cleanFolder(dataFolder);
    const QString standard = cleanFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    entry.passDataFolder = entry.dataFolder != standard;
    entry.minimized = true;
    return entry;
}

QString Autostart::execLine(const Entry &entry)
{
    QStringList arguments{quoteArgument(entry.executable)};
    if (entry.passDataFolder)
        arguments << QStringLiteral("--data-dir") << quoteArgument(entry.dataFolder);
    if (entry.minimized)
        arguments << QStringLiteral("--minimized");
    return arguments.join(QLatin1Char(' '));
}

QByteArray Autostart::entryText(const Entry &entry)
{
    const QString comment = QCoreApplication::translate("Autostart", "Capture HL7 traffic from the start of the session");
    QString text = QStringLiteral("[Desktop Entry]\n"
                                  "Type=Application\n"
                                  "Version=1.4\n"
                                  "Name=HL7 Capture\n");
    text += QStringLiteral("Comment=") + escapeValue(comment) + QLatin1Char('\n');
    text += QStringLiteral("Exec=") + escapeValue(execLine(entry)) + QLatin1Char('\n');
    text += QStringLiteral("Icon=hl7capture\n"
                           "Terminal=false\n"
                           "X-GNOME-Autostart-enabled=true\n");
    text += QLatin1StringView(FolderKey) + QLatin1Char('=') + escapeValue(entry.dataFolder) + QLatin1Char('\n');
    return text.toUtf8();
}

Status Autostart::enable(const Entry &entry)
{
    const QString path = entryPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(QCoreApplication::translate("Autostart", "cannot create the folder of %1").arg(path));
    const QByteArray text = entryText(entry);
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == text)
        return succeeded();
    if (Status written = DurableFile::write(path, text); !written)
        return written;
    qCInfo(lcDesktop) << "autostart entry written";
    return succeeded();
}

Status Autostart::disable(const QString &dataFolder)
{
    const QString path = entryPath();
    if (!QFileInfo::exists(path) || enabledFolder() != cleanFolder(dataFolder))
        return succeeded();
    if (!QFile::remove(path))
        return Status::failure(QCoreApplication::translate("Autostart", "cannot remove %1").arg(path));
    qCInfo(lcDesktop) << "autostart entry removed";
    return succeeded();
}

QString Autostart::enabledFolder()
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString prefix = QLatin1StringView(FolderKey) + QLatin1Char('=');
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        if (line.endsWith(QLatin1Char('\n')))
            line.chop(1);
        if (line.startsWith(prefix))
            return unescapeValue(line.mid(prefix.size()));
    }
    return {};
}

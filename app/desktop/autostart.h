#pragma once

#include "result.h"

#include <QObject>
#include <QString>

class Settings;

// Starting the app at login through an XDG autostart entry,
// $XDG_CONFIG_HOME/autostart/hl7capture.desktop (~/.config when unset), as the setting
// "startAtLogin" says. The entry names the data folder it starts, so a launch on another folder
// never removes it.
class Autostart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autostart)

public:
    struct Entry
    {
        QString executable;
        QString dataFolder;        // always recorded; passed as --data-dir unless passDataFolder is false
        bool passDataFolder = false;
        bool minimized = true;     // --minimized
    };

    // Applies the setting now and whenever it changes. settings must outlive this object.
    Autostart(Settings *settings, const QString &dataFolder, QObject *parent = nullptr);

    Status apply(); // writes or removes the entry as "startAtLogin" says

    static QString entryPath();
    // This executable on dataFolder, minimized; --data-dir only when dataFolder is not the
    // default one (QStandardPaths::AppDataLocation), since the environment at login may differ.
    static Entry entryFor(const QString &dataFolder);
    static QByteArray entryText(const Entry &entry);
    // The Exec value as the Desktop Entry spec wants it: arguments quoted where needed, % doubled.
    static QString execLine(const Entry &entry);
    static Status enable(const Entry &entry);
    // Removes the entry if it starts dataFolder; an entry for another folder stays. Absent: success.
    static Status disable(const QString &dataFolder);
    // The data folder the present entry starts; empty when there is none.
    static QString enabledFolder();

signals:
    void failed(const QString &error);

private:
    void handleSettingChanged(const QString &key);

    Settings *m_settings;
    QString m_dataFolder;
};

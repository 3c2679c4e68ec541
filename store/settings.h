#pragma once

#include "datadirectory.h"
#include "result.h"
#include "settingsini.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>

class QFileSystemWatcher;

// The app's settings in DIR/settings.ini (0600, atomic and durable writes), shared by the app and
// the CLI. Every key, default and range lives in SettingSpec; getters always answer within range.
// A value the file holds wrongly falls back to the default with a warning and stays in the file
// until someone sets that key; a file that cannot be read at all is never overwritten.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    explicit Settings(const DataDirectory &dir, QObject *parent = nullptr);
    ~Settings() override;

    // Missing file = all defaults, success. Emits changed() for every key whose value differs
    // from what this object held before.
    Status load();
    QStringList loadWarnings() const;
    // Why the file could not be read, empty when it could; set() refuses while it stays so.
    const QString &loadError() const { return m_loadError; }
    QString filePath() const { return m_dir.settingsFile(); }

    bool enablePersistence() const;
    int retentionDays() const;
    int cleanupIntervalHours() const;
    bool dryRunMode() const;
    bool purgeUnsubmitted() const;
    QString submissionEndpoint() const;
    QString submissionAuthHeader() const;
    QString submissionPerformer() const;
    int submissionConcurrency() const;
    int submissionMaxRetries() const;
    int submissionIntervalMinutes() const;
    int submissionTimeoutSeconds() const;
    QString submissionCaFile() const;

    QString captureSource() const; // "interface", "file" or "proxy"
    QString captureInterface() const;
    QString captureFilter() const;
    QString captureFraming() const; // "auto", "astm", "e1381" or "mllp"
    QString deviceIP() const;
    QString lisIP() const;
    int lisPort() const; // 0: none
    QString proxyListen() const; // [ADDR:]PORT
    QString proxyUpstream() const; // HOST:PORT, or empty
    int startByte() const; // the three differ, and none is STX, NAK, CR or LF
    int ackByte() const;
    int endByte() const;
    int idleGapSeconds() const;

    bool autoStartCapture() const;
    bool startMinimized() const;
    bool minimizeToTray() const;
    bool startAtLogin() const;
    QString language() const; // empty: the system's
    QString logLevel() const; // "error", "warning", "info" or "debug"

    QVariant value(const QString &key) const; // invalid QVariant for an unknown key
    // Whether the file holds a valid value for key; if not, the default applies.
    bool isSet(const QString &key) const;
    static QVariant defaultValue(const QString &key);
    static QStringList keys(); // in table order

    // Validates, re-reads the file (another process may have changed it), saves durably, then
    // emits changed(key). No write and no signal when the value is already key's.
    Status set(const QString &key, const QVariant &value);
    // What a person typed: "true"/"false"/"1"/"0"/"yes"/"no" for bools, decimal integers.
    Status setText(const QString &key, const QString &text);

    using Changes = QList<std::pair<QString, QVariant>>;
    // Several keys in one write, all or nothing (a dialog's OK): what set() does for one key.
    // Rules across keys (the marker bytes must differ) see these values together, so they can
    // be swapped in one call.
    Status set(const Changes &changes);
    // Why set(changes) would refuse each value, by key; empty when it would take them all.
    // Only the values are checked here: not whether the file can be read or written.
    QHash<QString, QString> validate(const Changes &changes) const;

    // Another process (the CLI's `config set`) may change the file: re-read it when it does and
    // emit changed() for every key whose value changed.
    void setWatchingFile(bool watch);

signals:
    void changed(const QString &key);

private:
    struct FileStamp
    {
        bool exists = false;
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = 0;
        qint64 modifiedNs = 0;
        bool operator==(const FileStamp &) const = default;
    };
    // What one reading of the file gave, indexed as SettingSpec::all().
    struct State
    {
        QList<QVariant> values;
        QList<bool> present;
        SettingsIni::Document document;
        int version = 0;
        QStringList warnings; // about the file as a whole
        QStringList valueWarnings; // per key, empty when its value is fine; setting the key clears it
    };

    State defaults() const;
    Result<State> readFile() const;
    void adopt(State next);
    void reloadChangedFile();
    void watchPaths();
    QByteArray serialize(const State &state) const;
    const QVariant &at(const char *key) const;
    int number(const char *key) const;

    DataDirectory m_dir;
    State m_state;
    QString m_loadError;
    std::unique_ptr<QFileSystemWatcher> m_watcher;
    std::optional<FileStamp> m_seen; // the file as the watcher last read it
};

#pragma once

#include <QString>

// The layout of a data folder, shared by the app, the CLI and the tests.
class DataDirectory
{
public:
    explicit DataDirectory(QString root);

    // --data-dir, else $HL7CAPTURE_DATA_DIR, else QStandardPaths::AppDataLocation.
    static DataDirectory resolve(const QString &explicitPath = {});

    const QString &root() const { return m_root; }
    QString sessions() const;
    QString quarantine() const;
    QString trash() const;
    QString unsaved() const;
    // Where unsaved sessions go when the data folder itself refuses writes: a folder of the
    // temp location named after this data folder, so the next start can find them.
    QString unsavedFallback() const;
    QString settingsFile() const;
    QString summaryCache() const;
    QString lockFile() const;

private:
    QString m_root;
};

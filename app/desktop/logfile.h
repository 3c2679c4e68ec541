#pragma once

#include "result.h"

#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <optional>

// The app's log: every Qt message at or above a level goes to FOLDER/hl7capture.log (0600, in a
// 0700 folder), which rotates at a size cap into hl7capture.log.1 … .N-1 (the oldest is dropped).
// Messages come from the GUI, store, capture and submission threads; each line is written whole.
//
// HL7 content (patient data) may appear only at debug level: code logs ids and counts at info and
// above, and this class adds nothing of a message's payload on its own.
class LogFile final
{
    Q_DISABLE_COPY_MOVE(LogFile)

public:
    enum class Level { Error, Warning, Info, Debug };

    static constexpr qint64 DefaultMaxBytes = 1024 * 1024;
    static constexpr int DefaultMaxFiles = 5; // the current file and four older ones

    struct Options
    {
        qint64 maxBytes = DefaultMaxBytes;
        int maxFiles = DefaultMaxFiles;
        Level level = Level::Info;
        bool forwardToPrevious = true; // also hand kept messages to the handler installed before (stderr)
    };

    explicit LogFile(const QString &folder);
    LogFile(const QString &folder, const Options &options);
    ~LogFile(); // uninstalls

    // Creates the folder (0700) and opens the file for appending (0600).
    Status open();
    // Makes this the process's message handler; the one installed before is restored by
    // uninstall(). One LogFile at a time may be installed. While installed, install() and
    // setLevel() also turn the hl7capture.* categories' debug output on or off with the level
    // (QLoggingCategory::setFilterRules; QT_LOGGING_RULES still wins).
    void install();
    void uninstall();

    void setLevel(Level level);
    Level level() const;
    QString filePath() const;
    QString folder() const { return m_folder; }
    bool forwardsToPrevious() const { return m_options.forwardToPrevious; } // fixed at construction

    // Writes one message as the handler does (level filter, rotation); false when the level
    // filtered it out.
    bool write(QtMsgType type, const QMessageLogContext &context, const QString &message);

    // "error", "warning", "info", "debug" (case-insensitive); nullopt for anything else.
    static std::optional<Level> levelFromName(const QString &name);
    static QString nameOf(Level level);
    static bool passes(QtMsgType type, Level level);

private:
    bool openFile();
    void rotate();
    void applyCategoryRules() const;

    QString m_folder;
    Options m_options;
    // The store, capture and submission threads log at the same time as the GUI thread: without
    // this lock their lines would interleave mid-line, and one thread could write into a file
    // another is renaming away during rotation. It guards m_file, m_size and the level.
    mutable QMutex m_mutex;
    QFile m_file;
    qint64 m_size = 0;
};

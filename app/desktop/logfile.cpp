#include "logfile.h"

#include "durablefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QReadWriteLock>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogFile)
};

constexpr auto FileName = "hl7capture.log";
constexpr QFileDevice::Permissions PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The installed LogFile and the handler it replaced. Any thread may log while main() uninstalls
// and destroys the LogFile, so the handler reads them under this lock and uninstall() changes
// them under its write side.
QReadWriteLock installLock;
LogFile *installed = nullptr;
QtMessageHandler previous = nullptr;

// A warning raised while writing (QFile's own) comes back into the handler on the same thread;
// it must not take the locks again.
thread_local bool insideHandler = false;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (insideHandler) {
        if (previous)
            previous(type, context, message);
        return;
    }
    insideHandler = true;
    {
        QReadLocker locker(&installLock);
        const bool kept = !installed || installed->write(type, context, message);
        if (kept && previous && (!installed || installed->forwardsToPrevious()))
            previous(type, context, message);
    }
    insideHandler = false;
}

QChar letterOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return QLatin1Char('D');
    case QtInfoMsg: return QLatin1Char('I');
    case QtWarningMsg: return QLatin1Char('W');
    case QtCriticalMsg: return QLatin1Char('E');
    case QtFatalMsg: return QLatin1Char('F');
    }
    return QLatin1Char('?');
}

QString rotatedName(const QString &base, int index)
{
    return index == 0 ? base : base + QLatin1Char('.') + QString::number(index);
}

} // namespace

LogFile::LogFile(const QString &folder)
    : LogFile(folder, Options{})
{
}

LogFile::LogFile(const QString &folder, const Options &options)
    : m_folder(QDir::cleanPath(folder))
    , m_options(options)
{
    m_options.maxFiles = qMax(1, m_options.maxFiles);
    m_options.maxBytes = qMax<qint64>(1, m_options.maxBytes);
}

LogFile::~LogFile()
{
    uninstall();
}

QString LogFile::filePath() const
{
    return m_folder + QLatin1Char('/') + QLatin1StringView(FileName);
}

Status LogFile::open()
{
    if (Status made = DurableFile::ensurePrivateDirectory(m_folder); !made)
        return made;
    QMutexLocker locker(&m_mutex);
    if (!openFile())
        return Status::failure(Tr::tr("cannot open the log file %1: %2").arg(filePath(), m_file.errorString()));
    return succeeded();
}

bool LogFile::openFile()
{
    m_file.close();
    m_file.setFileName(filePath());
    // Created private from the start; an older file made by hand is made private too.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered, PrivateFile))
        return false;
    m_file.setPermissions(PrivateFile);
    m_size = m_file.size();
    return true;
}

void LogFile::rotate()
{
    m_file.close();
    const QString base = filePath();
    QFile::remove(rotatedName(base, m_options.maxFiles - 1));
    for (int i = m_options.maxFiles - 2; i >= 0; --i)
        QFile::rename(rotatedName(base, i), rotatedName(base, i + 1));
    QFile::remove(base); // only left when maxFiles is 1
    openFile();
}

void LogFile::install()
{
    QWriteLocker locker(&installLock);
    if (installed == this)
        return;
    if (!installed)
        previous = qInstallMessageHandler(handleMessage);
    installed = this;
    applyCategoryRules();
}

void LogFile::uninstall()
{
    QWriteLocker locker(&installLock);
    if (installed != this)
        return;
    qInstallMessageHandler(previous);
    installed = nullptr;
    previous = nullptr;
}

void LogFile::setLevel(Level level)
{
    {
        QMutexLocker locker(&m_mutex);
        m_options.level = level;
    }
    QReadLocker locker(&installLock);
    if (installed == this)
        applyCategoryRules();
}

LogFile::Level LogFile::level() const
{
    QMutexLocker locker(&m_mutex);
    return m_options.level;
}

// Our categories' debug messages cost nothing unless debug is asked for; QT_LOGGING_RULES in the
// environment still overrides this.
void LogFile::applyCategoryRules() const
{
    const bool debug = level() == Level::Debug;
    QLoggingCategory::setFilterRules(debug ? QStringLiteral("hl7capture.*.debug=true")
                                           : QStringLiteral("hl7capture.*.debug=false"));
}

bool LogFile::passes(QtMsgType type, Level level)
{
    switch (type) {
    case QtFatalMsg:
    case QtCriticalMsg: return true;
    case QtWarningMsg: return level >= Level::Warning;
    case QtInfoMsg: return level >= Level::Info;
    case QtDebugMsg: return level >= Level::Debug;
    }
    return false;
}

bool LogFile::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker locker(&m_mutex);
    if (!passes(type, m_options.level))
        return false;
    QString text = message;
    // One record per line: a later line of a message is indented, so it cannot pass for a record.
    text.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + QString(letterOf(type)).toLatin1() + ' ' + QByteArray(context.category ? context.category : "default")
        + ": " + text.toUtf8() + '\n';
    if (m_file.isOpen() && m_size > 0 && m_size + line.size() > m_options.maxBytes)
        rotate();
    if (m_file.isOpen()) {
        const qint64 written = m_file.write(line);
        if (written > 0)
            m_size += written;
    }
    return true;
}

std::optional<LogFile::Level> LogFile::levelFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"error")
        return Level::Error;
    if (n == u"warning")
        return Level::Warning;
    if (n == u"info")
        return Level::Info;
    if (n == u"debug")
        return Level::Debug;
    return std::nullopt;
}

QString LogFile::nameOf(Level level)
{
    switch (level) {
    case Level::Error: return QStringLiteral("error");
    case Level::Warning: return QStringLiteral("warning");
    case Level::Info: return QStringLiteral("info");
    case Level::Debug: return QStringLiteral("debug");
    }
    return {};
}

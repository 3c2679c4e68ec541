#include "autostart.h"
#include "settings.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// The value of key in an entry's text, with the string escapes undone.
QString valueOf(const QString &text, const QString &key)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(key + QLatin1Char('=')))
            continue;
        const QString raw = line.mid(key.size() + 1);
        QString out;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] == QLatin1Char('\\') && i + 1 < raw.size()) {
                const QChar c = raw[++i];
                out += c == QLatin1Char('s') ? QLatin1Char(' ') : c == QLatin1Char('n') ? QLatin1Char('\n') : c;
            } else {
                out += raw[i];
            }
        }
        return out;
    }
    return {};
}

// Splits an Exec value into arguments as a launcher does (Desktop Entry spec, "The Exec key").
QStringList execArguments(const QString &exec)
{
    QStringList args;
    QString current;
    bool inQuotes = false;
    bool any = false;
    for (qsizetype i = 0; i < exec.size(); ++i) {
        const QChar c = exec[i];
        if (c == QLatin1Char('%') && i + 1 < exec.size() && exec[i + 1] == QLatin1Char('%')) {
            current += c; // %% is a literal %, in quotes or not
            ++i;
            any = true;
        } else if (inQuotes) {
            if (c == QLatin1Char('\\') && i + 1 < exec.size())
                current += exec[++i];
            else if (c == QLatin1Char('"'))
                inQuotes = false;
            else
                current += c;
        } else if (c == QLatin1Char('"')) {
            inQuotes = any = true;
        } else if (c == QLatin1Char(' ')) {
            if (any)
                args.append(current);
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any)
        args.append(current);
    return args;
}

} // namespace

// The XDG autostart entry, in a temporary XDG_CONFIG_HOME.
class tst_Autostart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void entryPathFollowsXdgConfigHome_data();
    void entryPathFollowsXdgConfigHome();
    void enableWritesEntry_data();
    void enableWritesEntry();
    void defaultFolderNeedsNoDataDir();
    void entryIsValid();
    void disableRemovesEntry();
    void disableLeavesAnotherFoldersEntry();
    void disableWithoutEntry();
    void followsTheSetting();

private:
    QString entryText() const { return QString::fromUtf8(readFileBytes(Autostart::entryPath())); }

    std::unique_ptr<QTemporaryDir> m_temp;
};

void tst_Autostart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Autostart::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_temp->filePath(QStringLiteral("config"))));
}

void tst_Autostart::entryPathFollowsXdgConfigHome_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("set") << QByteArray("/tmp/cfg") << QStringLiteral("/tmp/cfg/autostart/hl7capture.desktop");
    QTest::newRow("unset") << QByteArray() << QDir::homePath() + QStringLiteral("/.config/autostart/hl7capture.desktop");
    QTest::newRow("relative, so ignored") << QByteArray("cfg") << QDir::homePath() + QStringLiteral("/.config/autostart/hl7capture.desktop");
}

void tst_Autostart::entryPathFollowsXdgConfigHome()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    if (value.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", value);
    QCOMPARE(Autostart::entryPath(), expected);
}

void tst_Autostart::enableWritesEntry_data()
{
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("exec"); // the Exec line as the file holds it
    QTest::newRow("plain") << QStringLiteral("/usr/bin/hl7capture") << QStringLiteral("/srv/hl7")
                           << QStringLiteral("/usr/bin/hl7capture --data-dir /srv/hl7 --minimized");
    QTest::newRow("space") << QStringLiteral("/opt/HL7 Capture/hl7capture") << QStringLiteral("/srv/lab data")
                           << QStringLiteral("\"/opt/HL7 Capture/hl7capture\" --data-dir \"/srv/lab data\" --minimized");
    QTest::newRow("quote, dollar and percent") << QStringLiteral("/usr/bin/hl7capture") << QStringLiteral("/srv/a\"b$c%d")
                                               << QStringLiteral("/usr/bin/hl7capture --data-dir \"/srv/a\\\\\"b\\\\$c%%d\" --minimized");
    QTest::newRow("backslash") << QStringLiteral("/usr/bin/hl7capture") << QStringLiteral("/srv/a\\b")
                               << QStringLiteral("/usr/bin/hl7capture --data-dir \"/srv/a\\\\\\\\b\" --minimized");
}

void tst_Autostart::enableWritesEntry()
{
    QFETCH(QString, executable);
    QFETCH(QString, folder);
    QFETCH(QString, exec);
    Autostart::Entry entry;
    entry.executable = executable;
    entry.dataFolder = folder;
    entry.passDataFolder = true;
    entry.minimized = true;
    const Status enabled = Autostart::enable(entry);
    QVERIFY2(enabled.ok(), qPrintable(enabled.error()));
    QCOMPARE(Autostart::entryPath(), m_temp->filePath(QStringLiteral("config/autostart/hl7capture.desktop")));

    const QString text = entryText();
    QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
    QCOMPARE(valueOf(text, QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(valueOf(text, QStringLiteral("Icon")), QStringLiteral("hl7capture"));
    QVERIFY(text.contains(QStringLiteral("\nExec=") + exec + QLatin1Char('\n')));
    // What a launcher runs, read back the way the spec says.
    QCOMPARE(execArguments(valueOf(text, QStringLiteral("Exec"))),
             (QStringList{executable, QStringLiteral("--data-dir"), folder, QStringLiteral("--minimized")}));
    QCOMPARE(Autostart::enabledFolder(), folder);
}

void tst_Autostart::defaultFolderNeedsNoDataDir()
{
    const QString standard = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const Autostart::Entry atDefault = Autostart::entryFor(standard);
    QVERIFY(!atDefault.passDataFolder);
    QCOMPARE(atDefault.executable, QCoreApplication::applicationFilePath());
    QCOMPARE(execArguments(Autostart::execLine(atDefault)),
             (QStringList{QCoreApplication::applicationFilePath(), QStringLiteral("--minimized")}));

    const Autostart::Entry elsewhere = Autostart::entryFor(m_temp->filePath(QStringLiteral("data")));
    QVERIFY(elsewhere.passDataFolder);
    QCOMPARE(execArguments(Autostart::execLine(elsewhere)),
             (QStringList{QCoreApplication::applicationFilePath(), QStringLiteral("--data-dir"),
                          m_temp->filePath(QStringLiteral("data")), QStringLiteral("--minimized")}));
}

void tst_Autostart::entryIsValid()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
    QVERIFY(Autostart::enable(Autostart::entryFor(m_temp->filePath(QStringLiteral("lab data \"2\"")))).ok());
    QProcess process;
    process.start(validator, {Autostart::entryPath()});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, output.constData());
    QVERIFY2(!output.contains("error"), output.constData());
}

void tst_Autostart::disableRemovesEntry()
{
    const QString folder = m_temp->filePath(QStringLiteral("data"));
    QVERIFY(Autostart::enable(Autostart::entryFor(folder)).ok());
    QVERIFY(QFile::exists(Autostart::entryPath()));
    const Status disabled = Autostart::disable(folder + QStringLiteral("/")); // the same folder
    QVERIFY2(disabled.ok(), qPrintable(disabled.error()));
    QVERIFY(!QFile::exists(Autostart::entryPath()));
    QCOMPARE(Autostart::enabledFolder(), QString());
}

void tst_Autostart::disableLeavesAnotherFoldersEntry()
{
    QVERIFY(Autostart::enable(Autostart::entryFor(m_temp->filePath(QStringLiteral("a")))).ok());
    QVERIFY(Autostart::disable(m_temp->filePath(QStringLiteral("b"))).ok());
    QVERIFY(QFile::exists(Autostart::entryPath()));
    QCOMPARE(Autostart::enabledFolder(), m_temp->filePath(QStringLiteral("a")));
}

void tst_Autostart::disableWithoutEntry()
{
    QVERIFY(Autostart::disable(m_temp->filePath(QStringLiteral("data"))).ok());
    QVERIFY(!QFile::exists(Autostart::entryPath()));
}

void tst_Autostart::followsTheSetting()
{
    const QString folder = m_temp->filePath(QStringLiteral("data"));
    Settings settings{DataDirectory(folder)};
    QVERIFY(settings.load().ok());
    Autostart autostart(&settings, folder);
    QVERIFY(autostart.apply().ok());
    QVERIFY(!QFile::exists(Autostart::entryPath())); // off by default

    QVERIFY(settings.set(QStringLiteral("startAtLogin"), true).ok());
    QVERIFY(QFile::exists(Autostart::entryPath()));
    QCOMPARE(Autostart::enabledFolder(), folder);
    QCOMPARE(execArguments(valueOf(entryText(), QStringLiteral("Exec"))),
             (QStringList{QCoreApplication::applicationFilePath(), QStringLiteral("--data-dir"), folder,
                          QStringLiteral("--minimized")}));

    QVERIFY(settings.set(QStringLiteral("startAtLogin"), false).ok());
    QVERIFY(!QFile::exists(Autostart::entryPath()));
}

QTEST_GUILESS_MAIN(tst_Autostart)
#include "tst_autostart.moc"

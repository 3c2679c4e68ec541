#include "captureservice.h"
#include "demodata.h"
#include "logfile.h"
#include "sessionstore.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

Q_LOGGING_CATEGORY(lcTest, "hl7capture.test")

// The app's log file: rotation at its cap, private files, the level, many threads at once, and no
// HL7 content from the app's own code at info.
class tst_LogFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void privateFileInPrivateFolder();
    void existingFileMadePrivate();
    void rotatesAtTheCap();
    void keepsOneFileWhenAskedTo();
    void levelFilter_data();
    void levelFilter();
    void levelNames_data();
    void levelNames();
    void installedHandlerFollowsLevel();
    void concurrentWritesStayWhole();
    void noMessageContentAtInfo_data();
    void noMessageContentAtInfo();

private:
    QString folder() const { return m_temp->filePath(QStringLiteral("logs")); }
    QString logText(int rotated = 0) const
    {
        const QString base = folder() + QStringLiteral("/hl7capture.log");
        return QString::fromUtf8(readFileBytes(rotated == 0 ? base : base + QLatin1Char('.') + QString::number(rotated)));
    }
    static void log(LogFile &file, QtMsgType type, const QString &text)
    {
        const QMessageLogContext context(nullptr, 0, nullptr, "hl7capture.test");
        file.write(type, context, text);
    }

    std::unique_ptr<QTemporaryDir> m_temp;
};

void tst_LogFile::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
}

void tst_LogFile::cleanup()
{
    QLoggingCategory::setFilterRules({});
}

void tst_LogFile::privateFileInPrivateFolder()
{
    LogFile file(folder());
    const Status opened = file.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    log(file, QtWarningMsg, QStringLiteral("hello"));
    QCOMPARE(file.filePath(), folder() + QStringLiteral("/hl7capture.log"));
    QCOMPARE(modeOf(folder()), 0700);
    QCOMPARE(modeOf(file.filePath()), 0600);
    QVERIFY(logText().contains(QStringLiteral(" W hl7capture.test: hello\n")));
}

void tst_LogFile::existingFileMadePrivate()
{
    QVERIFY(QDir().mkpath(folder()));
    QVERIFY(QFile::setPermissions(folder(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                | QFileDevice::ExeOther));
    QVERIFY(writeFileBytes(folder() + QStringLiteral("/hl7capture.log"), "earlier line\n"));
    QVERIFY(QFile::setPermissions(folder() + QStringLiteral("/hl7capture.log"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    LogFile file(folder());
    QVERIFY(file.open().ok());
    log(file, QtWarningMsg, QStringLiteral("later line"));
    QCOMPARE(modeOf(folder()), 0700);
    QCOMPARE(modeOf(file.filePath()), 0600);
    const QString text = logText();
    QVERIFY(text.startsWith(QStringLiteral("earlier line\n"))); // appended, not replaced
    QVERIFY(text.contains(QStringLiteral("later line")));
}

void tst_LogFile::rotatesAtTheCap()
{
    LogFile::Options options;
    options.maxBytes = 1000;
    options.maxFiles = 3;
    LogFile file(folder(), options);
    QVERIFY(file.open().ok());
    // About 70 bytes a line: 14 lines to a file, so 100 lines rotate several times.
    for (int i = 0; i < 100; ++i)
        log(file, QtWarningMsg, QStringLiteral("line %1 padding padding").arg(i, 3, 10, QLatin1Char('0')));

    QVERIFY(QFile::exists(file.filePath() + QStringLiteral(".1")));
    QVERIFY(QFile::exists(file.filePath() + QStringLiteral(".2")));
    QVERIFY(!QFile::exists(file.filePath() + QStringLiteral(".3"))); // three files in all
    const QRegularExpression number(QStringLiteral("line (\\d+)"));
    int previous = -1;
    // Oldest first: .2, .1, then the current file; every file within the cap and private.
    for (int rotated : {2, 1, 0}) {
        const QString name = rotated ? file.filePath() + QLatin1Char('.') + QString::number(rotated) : file.filePath();
        QVERIFY(QFileInfo(name).size() <= 1000);
        if (rotated)
            QVERIFY(QFileInfo(name).size() > 1000 - 80); // full: the next line would not have fit
        QCOMPARE(modeOf(name), 0600);
        auto it = number.globalMatch(logText(rotated));
        QVERIFY(it.hasNext());
        while (it.hasNext()) {
            const int n = it.next().captured(1).toInt();
            QCOMPARE(n, previous == -1 ? n : previous + 1); // no line lost within what is kept
            previous = n;
        }
    }
    QCOMPARE(previous, 99);
    QVERIFY(!logText(2).contains(QStringLiteral("line 000"))); // the oldest were dropped
}

void tst_LogFile::keepsOneFileWhenAskedTo()
{
    LogFile::Options options;
    options.maxBytes = 200;
    options.maxFiles = 1;
    LogFile file(folder(), options);
    QVERIFY(file.open().ok());
    for (int i = 0; i < 20; ++i)
        log(file, QtWarningMsg, QStringLiteral("entry %1").arg(i));
    QVERIFY(!QFile::exists(file.filePath() + QStringLiteral(".1")));
    QVERIFY(QFileInfo(file.filePath()).size() <= 200);
    QVERIFY(logText().contains(QStringLiteral("entry 19")));
    QVERIFY(!logText().contains(QStringLiteral("entry 0\n")));
}

void tst_LogFile::levelFilter_data()
{
    QTest::addColumn<LogFile::Level>("level");
    QTest::addColumn<QtMsgType>("type");
    QTest::addColumn<bool>("kept");
    const struct
    {
        const char *name;
        LogFile::Level level;
    } levels[] = {{"error", LogFile::Level::Error},
                  {"warning", LogFile::Level::Warning},
                  {"info", LogFile::Level::Info},
                  {"debug", LogFile::Level::Debug}};
    const struct
    {
        const char *name;
        QtMsgType type;
        int rank; // the lowest level index that keeps it
    } types[] = {{"critical", QtCriticalMsg, 0}, {"warning", QtWarningMsg, 1}, {"info", QtInfoMsg, 2}, {"debug", QtDebugMsg, 3}};
    for (int l = 0; l < 4; ++l) {
        for (const auto &t : types)
            QTest::addRow("%s level, %s message", levels[l].name, t.name) << levels[l].level << t.type << (l >= t.rank);
    }
}

void tst_LogFile::levelFilter()
{
    QFETCH(LogFile::Level, level);
    QFETCH(QtMsgType, type);
    QFETCH(bool, kept);
    LogFile::Options options;
    options.level = level;
    LogFile file(folder(), options);
    QVERIFY(file.open().ok());
    const QMessageLogContext context(nullptr, 0, nullptr, "hl7capture.test");
    QCOMPARE(file.write(type, context, QStringLiteral("the message")), kept);
    QCOMPARE(logText().contains(QStringLiteral("the message")), kept);
}

void tst_LogFile::levelNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("level"); // -1: not a level
    QTest::newRow("error") << QStringLiteral("error") << int(LogFile::Level::Error);
    QTest::newRow("warning") << QStringLiteral("warning") << int(LogFile::Level::Warning);
    QTest::newRow("info") << QStringLiteral("info") << int(LogFile::Level::Info);
    QTest::newRow("debug") << QStringLiteral("debug") << int(LogFile::Level::Debug);
    QTest::newRow("upper case") << QStringLiteral("DEBUG") << int(LogFile::Level::Debug);
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("unknown") << QStringLiteral("verbose") << -1;
}

void tst_LogFile::levelNames()
{
    QFETCH(QString, name);
    QFETCH(int, level);
    const std::optional<LogFile::Level> parsed = LogFile::levelFromName(name);
    QCOMPARE(parsed.has_value(), level >= 0);
    if (parsed) {
        QCOMPARE(int(*parsed), level);
        QCOMPARE(LogFile::nameOf(*parsed), name.toLower());
    }
}

void tst_LogFile::installedHandlerFollowsLevel()
{
    LogFile::Options options;
    options.forwardToPrevious = false;
    LogFile file(folder(), options);
    QVERIFY(file.open().ok());
    file.install();
    qCDebug(lcTest) << "debug one";
    qCInfo(lcTest) << "info one";
    file.setLevel(LogFile::Level::Debug);
    qCDebug(lcTest) << "debug two";
    file.setLevel(LogFile::Level::Warning);
    qCInfo(lcTest) << "info two";
    qCWarning(lcTest) << "warning two";
    file.uninstall();
    qCWarning(lcTest) << "after uninstall";

    const QString text = logText();
    QVERIFY(!text.contains(QStringLiteral("debug one")));
    QVERIFY(text.contains(QStringLiteral("I hl7capture.test: info one")));
    QVERIFY(text.contains(QStringLiteral("D hl7capture.test: debug two")));
    QVERIFY(!text.contains(QStringLiteral("info two")));
    QVERIFY(text.contains(QStringLiteral("W hl7capture.test: warning two")));
    QVERIFY(!text.contains(QStringLiteral("after uninstall")));
}

void tst_LogFile::concurrentWritesStayWhole()
{
    constexpr int Threads = 8;
    constexpr int PerThread = 300;
    LogFile::Options options;
    options.maxBytes = 16 * 1024; // rotates while the threads write
    options.maxFiles = 100;
    options.forwardToPrevious = false;
    LogFile file(folder(), options);
    QVERIFY(file.open().ok());
    file.install();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([t] {
            for (int i = 0; i < PerThread; ++i)
                qCWarning(lcTest).noquote() << QStringLiteral("thread %1 entry %2 end").arg(t).arg(i);
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    file.uninstall();

    const QRegularExpression whole(QStringLiteral("^\\S+ W hl7capture\\.test: thread (\\d+) entry (\\d+) end$"));
    QSet<QString> seen;
    int files = 0;
    for (int rotated = 0; rotated < options.maxFiles; ++rotated) {
        const QString text = logText(rotated);
        if (text.isEmpty())
            break;
        ++files;
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = whole.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line)); // never two lines run together
            QVERIFY(!seen.contains(m.captured(1) + QLatin1Char('/') + m.captured(2)));
            seen.insert(m.captured(1) + QLatin1Char('/') + m.captured(2));
        }
    }
    QVERIFY(files > 2);
    QCOMPARE(seen.size(), Threads * PerThread);
}

void tst_LogFile::noMessageContentAtInfo_data()
{
    QTest::addColumn<LogFile::Level>("level");
    QTest::addColumn<bool>("contentExpected");
    QTest::newRow("info") << LogFile::Level::Info << false;
    QTest::newRow("debug") << LogFile::Level::Debug << true;
}

// The app's own code at work: the sample capture read through the capture thread into the store,
// with the log installed. At info only counts reach the file; at debug content may.
void tst_LogFile::noMessageContentAtInfo()
{
    QFETCH(LogFile::Level, level);
    QFETCH(bool, contentExpected);
    LogFile::Options options;
    options.level = level;
    options.forwardToPrevious = false;
    LogFile file(folder(), options);
    QVERIFY(file.open().ok());
    file.install();
    {
        DemoData demo;
        const Result<QString> sample = demo.sampleCapture();
        QVERIFY2(sample.ok(), qPrintable(sample.error()));
        SessionStore store(DataDirectory(m_temp->filePath(QStringLiteral("data"))));
        QSignalSpy opened(&store, &SessionStore::opened);
        store.open();
        QVERIFY(opened.wait());
        CaptureService capture(&store);
        QSignalSpy done(&capture, &CaptureService::finished);
        QVERIFY(capture.start(CaptureSource::file(sample.value()), CaptureSettings{}));
        QVERIFY(done.wait(30000));
        store.shutdown();
        // Content that reaches a log at debug, and must not at info.
        qCDebug(lcTest).noquote() << "received PID|1||TEST0001^^^LAB^MR||SAMPLE^PATIENT^A";
    }
    file.uninstall();

    const QString text = logText();
    QVERIFY2(text.contains(QStringLiteral("capture ended: 2 sessions")), qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("SAMPLE^PATIENT^A")), contentExpected);
    if (!contentExpected) {
        for (const char *content : {"MSH|", "PID|", "OBX|", "SAMPLE^PATIENT", "DEMO^CASE", "EXAMPLE^PERSON", "TEST000"})
            QVERIFY2(!text.contains(QLatin1StringView(content)), content);
    }
}

QTEST_GUILESS_MAIN(tst_LogFile)
#include "tst_logfile.moc"

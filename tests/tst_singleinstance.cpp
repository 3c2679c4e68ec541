#include "singleinstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <memory>

// One app per data folder: two SingleInstance objects in this process stand for two launches.
class tst_SingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void secondLaunchRaisesTheFirst_data();
    void secondLaunchRaisesTheFirst();
    void severalLaunchesEachHeard();
    void staleSocketTakenOver();
    void nextLaunchAfterTheFirstEnds();
    void differentFoldersDoNotClash();
    void sameFolderSpelledOtherwise_data();
    void sameFolderSpelledOtherwise();

private:
    QString dataFolder(const QString &name = QStringLiteral("data")) const
    {
        const QString path = m_temp->filePath(name);
        QDir().mkpath(path);
        return path;
    }

    QTemporaryDir m_runtime;
    std::unique_ptr<QTemporaryDir> m_temp;
};

void tst_SingleInstance::initTestCase()
{
    // Sockets in a runtime folder of the test's own (0700, as QStandardPaths requires).
    QVERIFY(m_runtime.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
}

void tst_SingleInstance::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
}

void tst_SingleInstance::secondLaunchRaisesTheFirst_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::newRow("no files") << QStringList();
    QTest::newRow("relative and absolute files")
        << QStringList{QStringLiteral("capture.pcap"), QStringLiteral("/srv/captures/night shift.pcapng")};
}

void tst_SingleInstance::secondLaunchRaisesTheFirst()
{
    QFETCH(QStringList, files);
    SingleInstance first(dataFolder());
    QCOMPARE(first.claim(), SingleInstance::Role::Primary);
    QVERIFY(QFileInfo(first.serverName()).absolutePath().startsWith(m_runtime.path()));
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    QSignalSpy opened(&first, &SingleInstance::openRequested);

    SingleInstance second(dataFolder());
    QCOMPARE(second.claim(files), SingleInstance::Role::Secondary);
    QCOMPARE(second.serverName(), first.serverName());

    QTRY_COMPARE(raised.size(), 1);
    QStringList absolute;
    for (const QString &file : files)
        absolute.append(QFileInfo(file).absoluteFilePath());
    // One request is handled at once: the open request, when there is one, comes with the raise.
    QCOMPARE(opened.size(), files.isEmpty() ? 0 : 1);
    if (!files.isEmpty())
        QCOMPARE(opened.first().first().toStringList(), absolute);
}

void tst_SingleInstance::severalLaunchesEachHeard()
{
    SingleInstance first(dataFolder());
    QCOMPARE(first.claim(), SingleInstance::Role::Primary);
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    QSignalSpy opened(&first, &SingleInstance::openRequested);
    for (int i = 0; i < 5; ++i) {
        SingleInstance later(dataFolder());
        QCOMPARE(later.claim({QStringLiteral("/c/%1.pcap").arg(i)}), SingleInstance::Role::Secondary);
    }
    QTRY_COMPARE(raised.size(), 5);
    QTRY_COMPARE(opened.size(), 5);
    QStringList all;
    for (const QList<QVariant> &call : std::as_const(opened))
        all += call.first().toStringList();
    all.sort();
    QCOMPARE(all, (QStringList{QStringLiteral("/c/0.pcap"), QStringLiteral("/c/1.pcap"), QStringLiteral("/c/2.pcap"),
                               QStringLiteral("/c/3.pcap"), QStringLiteral("/c/4.pcap")}));
}

// A crash leaves the socket file behind with nobody listening on it.
void tst_SingleInstance::staleSocketTakenOver()
{
    const QString name = SingleInstance::serverNameFor(dataFolder());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(name);
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd); // never listened, never unlinked: what a killed process leaves
    QVERIFY(QFileInfo::exists(name));

    SingleInstance first(dataFolder());
    QCOMPARE(first.claim(), SingleInstance::Role::Primary);
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    SingleInstance second(dataFolder());
    QCOMPARE(second.claim(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(raised.size(), 1);
}

void tst_SingleInstance::nextLaunchAfterTheFirstEnds()
{
    QString name;
    {
        SingleInstance first(dataFolder());
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
        name = first.serverName();
    }
    SingleInstance next(dataFolder());
    QCOMPARE(next.claim(), SingleInstance::Role::Primary);
    QCOMPARE(next.serverName(), name);
}

void tst_SingleInstance::differentFoldersDoNotClash()
{
    SingleInstance a(dataFolder(QStringLiteral("a")));
    SingleInstance b(dataFolder(QStringLiteral("b")));
    QVERIFY(a.serverName() != b.serverName());
    QCOMPARE(a.claim(), SingleInstance::Role::Primary);
    QCOMPARE(b.claim(), SingleInstance::Role::Primary); // b found nobody on its own name
}

void tst_SingleInstance::sameFolderSpelledOtherwise_data()
{
    QTest::addColumn<QString>("other"); // relative to the temporary folder
    QTest::newRow("dot-dot") << QStringLiteral("data/../data");
    QTest::newRow("trailing slash") << QStringLiteral("data/");
    QTest::newRow("symbolic link") << QStringLiteral("link");
}

void tst_SingleInstance::sameFolderSpelledOtherwise()
{
    QFETCH(QString, other);
    const QString folder = dataFolder();
    QVERIFY(QFile::link(folder, m_temp->filePath(QStringLiteral("link"))));
    QCOMPARE(SingleInstance::serverNameFor(m_temp->filePath(other)), SingleInstance::serverNameFor(folder));
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"

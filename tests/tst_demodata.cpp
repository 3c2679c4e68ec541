#include "captureservice.h"
#include "demodata.h"
#include "sessionstore.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The bundled sample capture and the --demo data folder.
class tst_DemoData : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsARealPrivateFile();
    void dataFolderIsPrivateEmptyAndStable();
    void everythingGoesWithTheObject();
    void sampleHoldsAnMllpAndAnAstmSession();
};

void tst_DemoData::sampleIsARealPrivateFile()
{
    DemoData demo;
    QVERIFY(demo.isValid());
    const Result<QString> sample = demo.sampleCapture();
    QVERIFY2(sample.ok(), qPrintable(sample.error()));
    QVERIFY(!sample.value().startsWith(QLatin1Char(':')));
    QVERIFY(sample.value().startsWith(demo.path() + QLatin1Char('/')));
    QVERIFY(sample.value().endsWith(QStringLiteral(".pcapng")));
    QCOMPARE(modeOf(sample.value()), 0600);
    const QByteArray bytes = readFileBytes(sample.value());
    QCOMPARE(bytes, readFileBytes(QString::fromLatin1(DemoData::SampleResource)));
    QVERIFY(bytes.startsWith(QByteArray::fromHex("0a0d0d0a"))); // a pcapng section header
    QCOMPARE(demo.sampleCapture().value(), sample.value()); // copied once
}

void tst_DemoData::dataFolderIsPrivateEmptyAndStable()
{
    DemoData demo;
    const Result<QString> folder = demo.dataFolder();
    QVERIFY2(folder.ok(), qPrintable(folder.error()));
    QVERIFY(QFileInfo(folder.value()).isDir());
    QCOMPARE(modeOf(folder.value()), 0700);
    QCOMPARE(modeOf(demo.path()), 0700);
    QVERIFY(QDir(folder.value()).isEmpty());
    QCOMPARE(demo.dataFolder().value(), folder.value());

    DemoData other;
    QVERIFY(other.dataFolder().value() != folder.value()); // two demos never share a folder
}

void tst_DemoData::everythingGoesWithTheObject()
{
    QString root;
    {
        DemoData demo;
        root = demo.path();
        QVERIFY(demo.dataFolder().ok());
        QVERIFY(demo.sampleCapture().ok());
        QVERIFY(writeFileBytes(demo.dataFolder().value() + QStringLiteral("/settings.ini"), "[General]\n"));
    }
    QVERIFY(!root.isEmpty());
    QVERIFY(!QFileInfo::exists(root));
}

// What --demo shows: the sample read into the demo's store.
void tst_DemoData::sampleHoldsAnMllpAndAnAstmSession()
{
    DemoData demo;
    SessionStore store(DataDirectory(demo.dataFolder().value()));
    QSignalSpy opened(&store, &SessionStore::opened);
    QSignalSpy saved(&store, &SessionStore::saved);
    store.open();
    QVERIFY(opened.wait());
    CaptureService capture(&store);
    QSignalSpy completed(&capture, &CaptureService::sessionCompleted);
    QSignalSpy finished(&capture, &CaptureService::finished);
    QVERIFY(capture.start(CaptureSource::file(demo.sampleCapture().value()), CaptureSettings{}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(finished.first().at(0).value<CaptureStatistics>().sessions, 2);
    QTRY_COMPARE(saved.size(), 2);

    QCOMPARE(completed.size(), 2);
    QStringList framings;
    for (const QList<QVariant> &call : std::as_const(completed)) {
        const Session session = call.first().value<Session>();
        QCOMPARE(session.messages.size(), 3);
        bool enq = false;
        bool vt = false;
        for (const Element &element : session.elements) {
            enq = enq || element.bytes == QByteArray("\x05");
            vt = vt || element.bytes.startsWith('\x0b');
        }
        QVERIFY(enq != vt);
        framings.append(enq ? QStringLiteral("astm") : QStringLiteral("mllp"));
    }
    framings.sort();
    QCOMPARE(framings, (QStringList{QStringLiteral("astm"), QStringLiteral("mllp")}));
    store.shutdown();
}

QTEST_GUILESS_MAIN(tst_DemoData)
#include "tst_demodata.moc"

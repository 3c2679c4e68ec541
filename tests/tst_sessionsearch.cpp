#include "directoryscan.h"
#include "hl7message.h"
#include "messagetokens.h"
#include "searchindex.h"
#include "searchquery.h"
#include "sessionrepository.h"
#include "sessionsearch.h"
#include "testdata.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

// The search over a real data folder: every kind of term against sessions made of made-up
// messages, and the index file it keeps: written, reused, caught up, rebuilt when damaged,
// never written by a read-only open.
class tst_SessionSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void findsSessions_data();
    void findsSessions();
    void tokensAgreeWithTheParser_data();
    void tokensAgreeWithTheParser();
    void summaryTermsNeedNoIndex();
    void indexIsPersistedAndReused();
    void statusChangeDoesNotReindex();
    void catchesUpWithNewAndRemovedSessions();
    void changedCaptureIsIndexedAgain();
    void damagedIndexIsRebuilt_data();
    void damagedIndexIsRebuilt();
    void readOnlyOpenNeverWritesTheIndex();
    void searchesOnAnotherThread();
    void indexKeepsAnswersThroughSegmentsCompactionAndFile();

private:
    struct Sample
    {
        QString label;
        qint64 start;
        QString device;
        SubmissionStatus status;
        QStringList messages;   // from the device
        QStringList lisReplies; // HL7 acknowledgements from the LIS, as MLLP elements
    };

    static QList<Sample> samples();
    static Session sessionOf(const Sample &sample);
    // Saves the samples into dir; label -> id.
    static QHash<QString, QString> populate(SessionRepository &repository);
    QStringList labelsOf(const QList<SessionSummary> &found) const;
    QList<SessionSummary> search(SessionSearch &search, const QString &query, SessionRepository &repository);

    std::unique_ptr<QTemporaryDir> m_temp;
    QHash<QString, QString> m_ids; // label -> id of the folder of the current test
};

namespace {

constexpr qint64 T0 = 1'793'000'000'000;
constexpr qint64 Hour = 3'600'000;

QStringList labels(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *l : list)
        out.append(QString::fromUtf16(l));
    return out;
}

} // namespace

QList<tst_SessionSearch::Sample> tst_SessionSearch::samples()
{
    const QString glucose = u"MSH|^~\\&|CHEM|LAB|LIS|HOSP|20261101080000||ORU^R01|C100|P|2.5.1\r"
                            u"PID|1||12345^^^LAB^MR||DOE^JOHN||19700101|M\r"
                            u"OBR|1|ORD100||BMP^Basic Panel^L\r"
                            u"OBX|1|NM|GLU^Glucose^L||105|mg/dL|70-99|H|||F\r"
                            u"OBX|2|NM|NA^Sodium^L||140|mmol/L|135-145|N|||F\r"
                            u"NTE|1||Sample hemolysed\r"_s;
    const QString sodium = u"MSH|^~\\&|CHEM|LAB|LIS|HOSP|20261101090000||ORU^R01|C200|P|2.5.1\r"
                           u"PID|1||67890^^^LAB^MR||ROE^JANE\r"
                           u"OBX|1|NM|NA^Sodium^L||140|mmol/L|135-145|N|||F\r"
                           u"OBX|2|NM|GLU^Glucose^L||90|mg/dL|70-99|N|||F\r"_s;
    const QString admission = u"MSH|^~\\&|ADM|WARD|LIS|HOSP|20261101100000||ADT^A01|C300|P|2.5.1\r"
                              u"PID|1||99999^^^X^PI~12345^^^LAB^MR||SMITH&JR^ANNA\r"
                              u"PV1|1|I\r"_s;
    // Its own component separator ($): values are compared with the standard ^ all the same.
    const QString hematology = u"MSH|$~\\&|HEMA|LAB|LIS|HOSP|20261101110000||ORU$R01|C400|P|2.5.1\r"
                               u"PID|1||55555\r"
                               u"OBX|1|NM|WBC$Leukocytes$L||7.1|10*9/L|4-10|N|||F\r"_s;
    const QString ack = u"MSH|^~\\&|LIS|HOSP|HEMA|LAB|20261101110001||ACK^R01|A400|P|2.5.1\rMSA|AA|C400\r"_s;
    // An escaped field separator: the value is 5|10 once decoded.
    const QString escaped = u"MSH|^~\\&|CHEM|LAB|LIS|HOSP|20261101120000||ORU^R01|C500|P|2.5.1\r"
                            u"OBX|1|ST|RATIO^Ratio^L||5\\F\\10||||||F\r"_s;
    return {
        {u"glucose"_s, T0, u"10.0.0.1"_s, SubmissionStatus::Failed, {glucose}, {}},
        {u"sodium"_s, T0 + Hour, u"10.0.0.2"_s, SubmissionStatus::Submitted, {sodium}, {}},
        {u"admission"_s, T0 + 2 * Hour, u"10.0.0.1"_s, SubmissionStatus::Pending, {admission}, {}},
        {u"acknowledged"_s, T0 + 3 * Hour, u"10.0.0.3"_s, SubmissionStatus::Ignored, {hematology}, {ack}},
        {u"escaped"_s, T0 + 4 * Hour, u"10.0.0.2"_s, SubmissionStatus::Pending, {escaped}, {}},
    };
}

Session tst_SessionSearch::sessionOf(const Sample &sample)
{
    Session s;
    s.startTime = sample.start;
    s.endTime = sample.start + 1'000;
    s.deviceIp = sample.device;
    s.lisIp = u"10.9.9.9"_s;
    s.complete = true;
    s.submissionStatus = sample.status;
    qint64 t = sample.start;
    for (const QString &m : sample.messages) {
        s.elements.append(Element{QString(), t++, Direction::DeviceToPc, ElementType::Message, m.toUtf8(), {}, {}, {}});
        s.messages.append(m);
    }
    for (const QString &r : sample.lisReplies) {
        const QByteArray framed = '\x0b' + r.toUtf8() + "\x1c\r";
        s.elements.append(Element{QString(), t++, Direction::PcToDevice, ElementType::Ack, framed, {{u"content"_s, r}}, {}, {}});
    }
    return s;
}

QHash<QString, QString> tst_SessionSearch::populate(SessionRepository &repository)
{
    QHash<QString, QString> ids;
    for (const Sample &sample : samples()) {
        const Result<SessionSummary> saved = repository.save(sessionOf(sample));
        if (!saved)
            qFatal("cannot save a sample session: %s", qPrintable(saved.error()));
        ids.insert(sample.label, saved->id);
    }
    return ids;
}

QStringList tst_SessionSearch::labelsOf(const QList<SessionSummary> &found) const
{
    QStringList list;
    for (const SessionSummary &s : found)
        list.append(m_ids.key(s.id, s.id));
    return list;
}

QList<SessionSummary> tst_SessionSearch::search(SessionSearch &search, const QString &query, SessionRepository &repository)
{
    const Result<SearchQuery> parsed = SearchQuery::parse(query);
    if (!parsed) {
        qWarning("%s: %s", qPrintable(query), qPrintable(parsed.error()));
        return {};
    }
    return search.search(parsed.value(), repository);
}

void tst_SessionSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void tst_SessionSearch::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_ids.clear();
}

void tst_SessionSearch::findsSessions_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // newest first

    const QStringList all = labels({u"escaped", u"acknowledged", u"admission", u"sodium", u"glucose"});
    const QStringList none;

    // Field terms: any occurrence of the segment and any repetition, unless the path names one.
    QTest::newRow("component") << u"PID-3.1=12345"_s << labels({u"admission", u"glucose"});
    QTest::newRow("component in lower case") << u"pid-3.1=12345"_s << labels({u"admission", u"glucose"});
    QTest::newRow("first repetition named") << u"PID-3(1).1=12345"_s << labels({u"glucose"});
    QTest::newRow("second repetition named") << u"PID-3(2).1=12345"_s << labels({u"admission"});
    QTest::newRow("component of any repetition") << u"PID-3.4=LAB"_s << labels({u"admission", u"sodium", u"glucose"});
    QTest::newRow("whole repetition") << u"PID-3=12345^^^LAB^MR"_s << labels({u"admission", u"glucose"});
    QTest::newRow("whole field with components") << u"PID-5=DOE^JOHN"_s << labels({u"glucose"});
    QTest::newRow("whole field is not its first component") << u"PID-5=DOE"_s << none;
    QTest::newRow("first component") << u"PID-5.1=doe"_s << labels({u"glucose"});
    QTest::newRow("first sub-component of a plain component") << u"PID-5.1.1=DOE"_s << labels({u"glucose"});
    QTest::newRow("component with sub-components") << u"PID-5.1=SMITH&JR"_s << labels({u"admission"});
    QTest::newRow("sub-component") << u"PID-5.1.1=smith"_s << labels({u"admission"});
    QTest::newRow("component is not its first sub-component") << u"PID-5.1=SMITH"_s << none;
    QTest::newRow("message type component") << u"MSH-9.2=R01"_s << labels({u"escaped", u"acknowledged", u"sodium", u"glucose"});
    QTest::newRow("LIS acknowledgement type") << u"MSH-9=ACK^R01"_s << labels({u"acknowledged"});
    QTest::newRow("LIS acknowledgement code") << u"MSA-1=AA"_s << labels({u"acknowledged"});
    QTest::newRow("observation code") << u"OBX-3.1=GLU"_s << labels({u"sodium", u"glucose"});
    QTest::newRow("first OBX named") << u"OBX(1)-3.1=GLU"_s << labels({u"glucose"});
    QTest::newRow("second OBX named") << u"OBX(2)-3.1=GLU"_s << labels({u"sodium"});
    QTest::newRow("message with its own separators") << u"OBX-3=WBC^LEUKOCYTES^L"_s << labels({u"acknowledged"});
    QTest::newRow("escape sequences decoded") << u"OBX-5=5|10"_s << labels({u"escaped"});
    QTest::newRow("value in two sessions") << u"OBX-5=140"_s << labels({u"sodium", u"glucose"});
    QTest::newRow("value nowhere") << u"OBX-5=141"_s << none;
    // Free text: words, case-insensitive; phrases in order.
    QTest::newRow("word") << u"glucose"_s << labels({u"sodium", u"glucose"});
    QTest::newRow("word in capitals") << u"HEMOLYSED"_s << labels({u"glucose"});
    QTest::newRow("part of a word with punctuation") << u"mg"_s << labels({u"sodium", u"glucose"});
    QTest::newRow("word with punctuation") << u"mg/dl"_s << labels({u"sodium", u"glucose"});
    QTest::newRow("word of the LIS reply") << u"a400"_s << labels({u"acknowledged"});
    QTest::newRow("phrase across components") << u"\"doe john\""_s << labels({u"glucose"});
    QTest::newRow("phrase in the wrong order") << u"\"john doe\""_s << none;
    QTest::newRow("phrase in one value") << u"\"basic panel\""_s << labels({u"glucose"});
    QTest::newRow("no such word") << u"nothingmatcheshere"_s << none;
    // Summary terms.
    QTest::newRow("device") << u"device:10.0.0.1"_s << labels({u"admission", u"glucose"});
    QTest::newRow("lis") << u"lis:10.9.9.9"_s << all;
    QTest::newRow("status") << u"status:failed"_s << labels({u"glucose"});
    QTest::newRow("either status") << u"status:failed,submitted"_s << labels({u"sodium", u"glucose"});
    QTest::newRow("not a status") << u"-status:pending"_s << labels({u"acknowledged", u"sodium", u"glucose"});
    QTest::newRow("from") << u"from:%1"_s.arg(T0 + Hour) << labels({u"escaped", u"acknowledged", u"admission", u"sodium"});
    QTest::newRow("to, inclusive") << u"to:%1"_s.arg(T0 + Hour) << labels({u"sodium", u"glucose"});
    QTest::newRow("time range") << u"from:%1 to:%2"_s.arg(T0 + Hour).arg(T0 + 2 * Hour) << labels({u"admission", u"sodium"});
    QTest::newRow("type") << u"type:ADT"_s << labels({u"admission"});
    QTest::newRow("type with trigger") << u"type:adt^a01"_s << labels({u"admission"});
    QTest::newRow("type is compared by component") << u"type:ADT^A0"_s << none;
    QTest::newRow("type with the message's separator") << u"type:ORU^R01"_s << labels({u"escaped", u"acknowledged", u"sodium", u"glucose"});
    QTest::newRow("not a type") << u"-type:ORU"_s << labels({u"admission"});
    // Combinations and negations.
    QTest::newRow("field, status and device") << u"OBX-3.1=GLU status:failed device:10.0.0.1"_s << labels({u"glucose"});
    QTest::newRow("field without a status") << u"OBX-3.1=GLU -status:failed"_s << labels({u"sodium"});
    QTest::newRow("not a field") << u"-OBX-3.1=GLU"_s << labels({u"escaped", u"acknowledged", u"admission"});
    QTest::newRow("not a phrase") << u"-\"doe john\""_s << labels({u"escaped", u"acknowledged", u"admission", u"sodium"});
    QTest::newRow("not a named repetition") << u"-PID-3(2).1=12345"_s << labels({u"escaped", u"acknowledged", u"sodium", u"glucose"});
    QTest::newRow("word without a phrase") << u"glucose -\"basic panel\""_s << labels({u"sodium"});
    QTest::newRow("two fields in different sessions") << u"OBX-5=140 OBX-3.1=WBC"_s << none;
    QTest::newRow("field and word") << u"OBX-5=140 jane"_s << labels({u"sodium"});
}

void tst_SessionSearch::findsSessions()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    SessionRepository repository{DataDirectory(m_temp->path())};
    QVERIFY(repository.open().ok());
    m_ids = populate(repository);
    SessionSearch search(repository);
    const QList<SessionSummary> found = this->search(search, query, repository);
    QCOMPARE(labelsOf(found), expected);
    for (const SessionSummary &s : found)
        QCOMPARE(s, repository.summary(s.id).value());
}

void tst_SessionSearch::tokensAgreeWithTheParser_data()
{
    QTest::addColumn<QByteArray>("raw");
    for (const Sample &sample : samples()) {
        const QStringList messages = sample.messages + sample.lisReplies;
        for (qsizetype i = 0; i < messages.size(); ++i)
            QTest::addRow("%s %d", qPrintable(sample.label), int(i + 1)) << messages.at(i).toUtf8();
    }
    QTest::newRow("LF, blank lines, sub-components") << QByteArray("MSH|^~\\&|A|B\n\nPID|1||X^Y~Z\nOBX|1||A&B&&^C^^\r\n");
    QTest::newRow("segment without fields") << QByteArray("MSH|^~\\&|A\rZZZ\rPID|1||7");
    QTest::newRow("header of encoding characters only") << QByteArray("MSH|^~\\&\rPID|||9");
    QTest::newRow("no header") << QByteArray("PID|1||123^^^X\rOBX|1|NM|GLU||5");
    QTest::newRow("spaces and trailing separators") << QByteArray("MSH|^~\\&|A|B\rPID|1||  Doe   John ^ ^&&|x|\r");
    QTest::newRow("repeated segments and repetitions") << QByteArray("MSH|^~\\&|A\rOBX|1|A\rOBX|2|B\rOBX|3|C~D~~E^F");
    QTest::newRow("UTF-8 declared") << QByteArray("MSH|^~\\&|A|||||||||2.5.1||||||UNICODE UTF-8\rPID|1||\xc3\x84\xc3\x96^Stra\xc3\x9f" "e");
    QTest::newRow("escapes") << QByteArray("MSH|^~\\&|A\rOBX|1|ST|X||A\\X41\\B\\.br\\C^D\\T\\E|\\Z99\\");
    QTest::newRow("other delimiters") << QByteArray("MSH#*%@!#A#B\rPID#1##P1*P2!S2%R2*X##N@AME");
}

void tst_SessionSearch::tokensAgreeWithTheParser()
{
    // Every value the parser reads is where the search reads it, and the index holds it.
    QFETCH(QByteArray, raw);
    const Hl7::Message message = Hl7::Message::parse(raw);
    const QList<QByteArray> messages{raw};
    const std::vector<quint64> tokens = MessageTokens::tokensOf(messages);
    QHash<QByteArray, int> occurrences;
    int checked = 0;
    for (const Hl7::Segment &segment : message.segments()) {
        const int occurrence = ++occurrences[segment.name];
        const bool header = segment.name == "MSH" || segment.name == "BHS" || segment.name == "FHS";
        if (!Hl7::Path::parse(QString::fromLatin1(segment.name)))
            continue;
        for (qsizetype f = header ? 2 : 0; f < segment.fields.size(); ++f) {
            const Hl7::Field &field = segment.fields.at(f);
            for (qsizetype r = 0; r < field.repetitions.size(); ++r) {
                const Hl7::Repetition &repetition = field.repetitions.at(r);
                for (qsizetype c = 0; c < repetition.components.size(); ++c) {
                    for (qsizetype sc = 0; sc < repetition.components.at(c).subcomponents.size(); ++sc) {
                        const Hl7::Path path{segment.name, occurrence, int(f + 1), int(r + 1), int(c + 1), int(sc + 1)};
                        const QString value = MessageTokens::normalise(message.value(path));
                        if (value.isEmpty())
                            continue;
                        QVERIFY2(MessageTokens::hasFieldValue(messages, path, true, value),
                                 qPrintable(path.toString() + u" = "_s + value));
                        const QList<quint64> keys = MessageTokens::fieldTokens(path, value);
                        QVERIFY2(std::any_of(keys.begin(), keys.end(),
                                             [&](quint64 k) { return std::binary_search(tokens.begin(), tokens.end(), k); }),
                                 qPrintable(path.toString() + u" = "_s + value));
                        for (const QString &word : MessageTokens::words(value)) {
                            if (word.size() <= MessageTokens::MaxWordLength)
                                QVERIFY2(std::binary_search(tokens.begin(), tokens.end(), MessageTokens::wordToken(word)), qPrintable(word));
                        }
                        ++checked;
                    }
                }
            }
        }
    }
    QVERIFY(checked > 0);
}

void tst_SessionSearch::summaryTermsNeedNoIndex()
{
    SessionRepository repository{DataDirectory(m_temp->path())};
    QVERIFY(repository.open().ok());
    m_ids = populate(repository);
    SessionSearch search(repository);
    QCOMPARE(labelsOf(this->search(search, u"status:failed device:10.0.0.1"_s, repository)), labels({u"glucose"}));
    QCOMPARE(search.statistics().sessionsParsed, 0);
    QVERIFY(!QFile::exists(SearchIndex::pathIn(repository.directory())));
}

void tst_SessionSearch::indexIsPersistedAndReused()
{
    const DataDirectory dir(m_temp->path());
    const QString indexFile = SearchIndex::pathIn(dir);
    {
        SessionRepository repository(dir);
        QVERIFY(repository.open().ok());
        m_ids = populate(repository);
        SessionSearch first(repository);
        QCOMPARE(labelsOf(search(first, u"PID-3.1=12345"_s, repository)), labels({u"admission", u"glucose"}));
        QCOMPARE(first.statistics().sessionsParsed, 5);
        QCOMPARE(first.statistics().indexLoads, 0);
        QCOMPARE(first.statistics().indexWrites, 1);
        QVERIFY(QFile::exists(indexFile));
        QCOMPARE(modeOf(indexFile), 0600);
        // Nothing changed: the next query neither reads a session nor writes the file.
        QCOMPARE(labelsOf(search(first, u"glucose"_s, repository)), labels({u"sodium", u"glucose"}));
        QCOMPARE(first.statistics().sessionsParsed, 5);
        QCOMPARE(first.statistics().indexWrites, 1);
    }
    const std::optional<FileStamp> written = stampOf(indexFile);
    SessionRepository repository(dir);
    QVERIFY(repository.open().ok());
    SessionSearch second(repository);
    QCOMPARE(labelsOf(search(second, u"PID-3.1=12345"_s, repository)), labels({u"admission", u"glucose"}));
    QCOMPARE(labelsOf(search(second, u"\"doe john\""_s, repository)), labels({u"glucose"}));
    QCOMPARE(second.statistics().indexLoads, 1);
    QCOMPARE(second.statistics().sessionsParsed, 0);
    QCOMPARE(second.statistics().indexWrites, 0);
    QCOMPARE(stampOf(indexFile), written);
}

void tst_SessionSearch::statusChangeDoesNotReindex()
{
    SessionRepository repository{DataDirectory(m_temp->path())};
    QVERIFY(repository.open().ok());
    m_ids = populate(repository);
    SessionSearch search(repository);
    QCOMPARE(labelsOf(this->search(search, u"OBX-3.1=GLU status:submitted"_s, repository)), labels({u"sodium"}));

    Result<Session> glucose = repository.load(m_ids.value(u"glucose"_s));
    QVERIFY(glucose.ok());
    Session retried = glucose.value();
    retried.submissionStatus = SubmissionStatus::Submitted;
    retried.submissionAttempts = 4;
    QVERIFY(repository.save(retried).ok());

    QCOMPARE(labelsOf(this->search(search, u"OBX-3.1=GLU status:submitted"_s, repository)), labels({u"sodium", u"glucose"}));
    QCOMPARE(search.statistics().sessionsParsed, 5);
    QCOMPARE(search.statistics().indexWrites, 1);
}

void tst_SessionSearch::catchesUpWithNewAndRemovedSessions()
{
    const DataDirectory dir(m_temp->path());
    SessionRepository repository(dir);
    QVERIFY(repository.open().ok());
    m_ids = populate(repository);
    SessionSearch search(repository);
    QCOMPARE(labelsOf(this->search(search, u"PID-3.1=12345"_s, repository)), labels({u"admission", u"glucose"}));

    // The same search object, after the store changed under it.
    Sample late = samples().constFirst();
    late.label = u"late"_s;
    late.start = T0 + 5 * Hour;
    late.messages.first().replace(u"DOE^JOHN"_s, u"LATE^LUCY"_s);
    const Result<SessionSummary> saved = repository.save(sessionOf(late));
    QVERIFY(saved.ok());
    m_ids.insert(late.label, saved->id);
    QVERIFY(repository.remove(m_ids.value(u"admission"_s)).ok());
    QCOMPARE(labelsOf(this->search(search, u"PID-3.1=12345"_s, repository)), labels({u"late", u"glucose"}));
    QCOMPARE(labelsOf(this->search(search, u"lucy"_s, repository)), labels({u"late"}));
    QCOMPARE(search.statistics().sessionsParsed, 6);
    // A few changes wait for flush() rather than rewrite the whole file.
    QCOMPARE(search.statistics().indexWrites, 1);
    QVERIFY(search.flush().ok());
    QCOMPARE(search.statistics().indexWrites, 2);

    // A new search object reads the file that was caught up, then catches up with a removal and
    // writes it when it goes.
    QVERIFY(repository.remove(m_ids.value(u"glucose"_s)).ok());
    {
        SessionSearch next(repository);
        QCOMPARE(labelsOf(this->search(next, u"PID-3.1=12345"_s, repository)), labels({u"late"}));
        QCOMPARE(next.statistics().indexLoads, 1);
        QCOMPARE(next.statistics().sessionsParsed, 0);
        QCOMPARE(next.statistics().indexWrites, 0);
    }
    Result<SearchIndex> written = SearchIndex::load(SearchIndex::pathIn(dir));
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written->sessionCount(), 4);
    QVERIFY(!written->ordinalOf(m_ids.value(u"glucose"_s)));
}

void tst_SessionSearch::changedCaptureIsIndexedAgain()
{
    SessionRepository repository{DataDirectory(m_temp->path())};
    QVERIFY(repository.open().ok());
    m_ids = populate(repository);
    SessionSearch search(repository);
    QCOMPARE(labelsOf(this->search(search, u"PID-5.1=roe"_s, repository)), labels({u"sodium"}));

    // Another capture under the same id (an import that replaced it): its fingerprint differs.
    Session replaced = sessionOf(samples().at(1));
    replaced.id = m_ids.value(u"sodium"_s);
    replaced.messages.first().replace(u"ROE^JANE"_s, u"POE^EDGAR"_s);
    replaced.elements[0].bytes = replaced.messages.constFirst().toUtf8();
    QVERIFY(repository.save(replaced).ok());

    QCOMPARE(labelsOf(this->search(search, u"PID-5.1=roe"_s, repository)), QStringList());
    QCOMPARE(labelsOf(this->search(search, u"PID-5.1=poe"_s, repository)), labels({u"sodium"}));
    QCOMPARE(search.statistics().sessionsParsed, 6);
}

void tst_SessionSearch::damagedIndexIsRebuilt_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("empty") << u"empty"_s;
    QTest::newRow("not an index") << u"garbage"_s;
    QTest::newRow("cut in half") << u"truncated"_s;
    QTest::newRow("one byte changed in the middle") << u"flipped"_s;
    QTest::newRow("one byte changed near the end") << u"flipped-late"_s;
    QTest::newRow("a byte too many") << u"appended"_s;
    QTest::newRow("another format version") << u"version"_s;
}

void tst_SessionSearch::damagedIndexIsRebuilt()
{
    QFETCH(QString, damage);
    const DataDirectory dir(m_temp->path());
    const QString indexFile = SearchIndex::pathIn(dir);
    {
        SessionRepository repository(dir);
        QVERIFY(repository.open().ok());
        m_ids = populate(repository);
        SessionSearch search(repository);
        QCOMPARE(labelsOf(this->search(search, u"glucose"_s, repository)), labels({u"sodium", u"glucose"}));
    }
    QByteArray bytes = readFileBytes(indexFile);
    QVERIFY(bytes.size() > 64);
    if (damage == u"empty")
        bytes.clear();
    else if (damage == u"garbage")
        bytes = "this is not a search index";
    else if (damage == u"truncated")
        bytes.truncate(bytes.size() / 2);
    else if (damage == u"flipped")
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    else if (damage == u"flipped-late")
        bytes[bytes.size() - 20] = char(bytes[bytes.size() - 20] ^ 0x01);
    else if (damage == u"appended")
        bytes.append('\0');
    else if (damage == u"version")
        bytes[4] = char(bytes[4] + 1);
    QVERIFY(writeFileBytes(indexFile, bytes));
    QVERIFY(!SearchIndex::load(indexFile).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"search index .* (is damaged|is of another version) - building it afresh"_s));

    SessionRepository repository(dir);
    QVERIFY(repository.open().ok());
    SessionSearch search(repository);
    QCOMPARE(labelsOf(this->search(search, u"glucose"_s, repository)), labels({u"sodium", u"glucose"}));
    QCOMPARE(labelsOf(this->search(search, u"OBX(2)-3.1=GLU"_s, repository)), labels({u"sodium"}));
    QCOMPARE(search.statistics().indexLoads, 0);
    QCOMPARE(search.statistics().sessionsParsed, 5);
    QCOMPARE(search.statistics().indexWrites, 1);
    QVERIFY(SearchIndex::load(indexFile).ok());
}

void tst_SessionSearch::readOnlyOpenNeverWritesTheIndex()
{
    const DataDirectory dir(m_temp->path());
    const QString indexFile = SearchIndex::pathIn(dir);
    SessionRepository app(dir); // holds the folder, as the running app does
    QVERIFY(app.open().ok());
    m_ids = populate(app);

    {
        SessionRepository reader(dir);
        QVERIFY(reader.open(SessionRepository::Access::ReadOnly).ok());
        SessionSearch search(reader);
        QCOMPARE(labelsOf(this->search(search, u"PID-3.1=12345"_s, reader)), labels({u"admission", u"glucose"}));
        QCOMPARE(search.statistics().sessionsParsed, 5);
        QCOMPARE(search.statistics().indexWrites, 0);
        QVERIFY(!QFile::exists(indexFile));
    }

    SessionSearch appSearch(app);
    QCOMPARE(labelsOf(search(appSearch, u"PID-3.1=12345"_s, app)), labels({u"admission", u"glucose"}));
    QVERIFY(QFile::exists(indexFile));
    const std::optional<FileStamp> written = stampOf(indexFile);

    Sample late = samples().constFirst();
    late.label = u"late"_s;
    late.start = T0 + 5 * Hour;
    const Result<SessionSummary> saved = app.save(sessionOf(late));
    QVERIFY(saved.ok());
    m_ids.insert(late.label, saved->id);

    SessionRepository reader(dir);
    QVERIFY(reader.open(SessionRepository::Access::ReadOnly).ok());
    SessionSearch search(reader);
    QCOMPARE(labelsOf(this->search(search, u"PID-3.1=12345"_s, reader)), labels({u"late", u"admission", u"glucose"}));
    QCOMPARE(search.statistics().indexLoads, 1);
    QCOMPARE(search.statistics().sessionsParsed, 1);
    QCOMPARE(search.statistics().indexWrites, 0);
    QCOMPARE(stampOf(indexFile), written);
}

void tst_SessionSearch::searchesOnAnotherThread()
{
    const DataDirectory dir(m_temp->path());
    SessionRepository repository(dir);
    QVERIFY(repository.open().ok());
    m_ids = populate(repository);
    const Result<SearchQuery> query = SearchQuery::parse(u"OBX-3.1=GLU -status:failed"_s);
    QVERIFY(query.ok());

    // As the app would: a copy of the summaries to a worker with a search of its own.
    const QList<SessionSummary> snapshot = repository.summaries();
    QList<SessionSummary> found;
    std::thread worker([&] {
        SessionSearch search(dir, SessionSearch::Persistence::InMemory);
        found = search.search(query.value(), snapshot);
    });
    worker.join();
    QCOMPARE(labelsOf(found), labels({u"sodium"}));
}

void tst_SessionSearch::indexKeepsAnswersThroughSegmentsCompactionAndFile()
{
    // Small limits, so thirty sessions make segments, merge them and compact the ordinals.
    SearchIndex index(SearchIndex::Limits{4, 3, 2});
    constexpr int Count = 30;
    auto idOf = [](int i) { return u"session-%1"_s.arg(i); };
    auto fingerprintOf = [](int i) { return QByteArray::number(i * 7919); };
    constexpr quint64 Common = 1, Even = 2, Odd = 3, Fifth = 100, Own = 1'000;
    for (int i = 0; i < Count; ++i) {
        std::vector<quint64> tokens{Common, i % 2 ? Odd : Even, Fifth + quint64(i % 5), Own + quint64(i)};
        std::sort(tokens.begin(), tokens.end());
        index.add(idOf(i), fingerprintOf(i), tokens);
    }
    QCOMPARE(index.segmentCount(), Count / 4);
    QCOMPARE(index.pendingCount(), Count % 4);

    auto idsWith = [&index, &idOf](quint64 token) {
        QStringList ids;
        const OrdinalSet set = index.sessionsWith(token);
        for (int i = 0; i < Count; ++i) {
            const std::optional<quint32> o = index.ordinalOf(idOf(i));
            if (o && set.contains(*o))
                ids.append(idOf(i));
        }
        return ids;
    };
    auto expected = [&idOf](const std::function<bool(int)> &keep) {
        QStringList ids;
        for (int i = 0; i < Count; ++i) {
            if (keep(i))
                ids.append(idOf(i));
        }
        return ids;
    };

    // A catch-up in which every session is current reads no file, merges segments beyond the limit.
    QList<SessionSummary> summaries;
    for (int i = 0; i < Count; ++i) {
        SessionSummary s;
        s.id = idOf(i);
        s.fingerprint = fingerprintOf(i);
        summaries.append(s);
    }
    QList<const SessionSummary *> current;
    for (const SessionSummary &s : std::as_const(summaries))
        current.append(&s);
    const DataDirectory empty(m_temp->filePath(u"empty"_s));
    SearchIndex::CatchUpReport report = index.catchUp(empty, current);
    QCOMPARE(report.indexed, 0);
    QCOMPARE(report.forgotten, 0);
    QVERIFY(index.segmentCount() <= 3);
    QCOMPARE(idsWith(Common), expected([](int) { return true; }));
    QCOMPARE(idsWith(Odd), expected([](int i) { return i % 2 == 1; }));
    QCOMPARE(idsWith(Own + 13), QStringList{idOf(13)});
    // In another order than indexed, every session still finds its own ordinal.
    QList<const SessionSummary *> reversed(current.rbegin(), current.rend());
    const std::vector<quint32> ordinals = index.ordinalsOf(reversed);
    for (qsizetype i = 0; i < reversed.size(); ++i)
        QCOMPARE(ordinals[size_t(i)], index.ordinalOf(reversed.at(i)->id).value());

    // A third gone: forgotten, then the ordinals compacted.
    current.removeIf([](const SessionSummary *s) { return s->id.mid(8).toInt() % 3 == 0; });
    report = index.catchUp(empty, current);
    QCOMPARE(report.forgotten, Count / 3);
    QCOMPARE(index.sessionCount(), Count - Count / 3);
    QCOMPARE(index.ordinalCount(), quint32(Count - Count / 3));
    auto kept = [](int i) { return i % 3 != 0; };
    QCOMPARE(idsWith(Common), expected(kept));
    QCOMPARE(idsWith(Even), expected([&](int i) { return kept(i) && i % 2 == 0; }));
    QCOMPARE(idsWith(Fifth + 2), expected([&](int i) { return kept(i) && i % 5 == 2; }));
    QCOMPARE(idsWith(Own + 12), QStringList());
    QCOMPARE(idsWith(Own + 13), QStringList{idOf(13)});
    QVERIFY(index.contains(idOf(13), fingerprintOf(13)));
    QVERIFY(!index.contains(idOf(13), fingerprintOf(14)));

    // The file gives back the same answers.
    const QString file = m_temp->filePath(u"search.index"_s);
    QVERIFY(index.save(file).ok());
    QCOMPARE(modeOf(file), 0600);
    Result<SearchIndex> loaded = SearchIndex::load(file);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    for (const quint64 token : {Common, Even, Odd, Fifth, Fifth + 4, Own + 13, Own + 12, quint64(999)})
        QCOMPARE(loaded->sessionsWith(token).count(), index.sessionsWith(token).count());
    QCOMPARE(loaded->sessionCount(), index.sessionCount());
    QCOMPARE(loaded->ordinalOf(idOf(13)), index.ordinalOf(idOf(13)));
}

QTEST_GUILESS_MAIN(tst_SessionSearch)
#include "tst_sessionsearch.moc"

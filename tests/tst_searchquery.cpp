#include "searchquery.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

// The query language: what a person types and what it means, and a clear error for the rest.
class tst_SearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesValidQueries_data();
    void parsesValidQueries();
    void refusesInvalidQueries_data();
    void refusesInvalidQueries();
    void canonicalFormParsesToItself_data();
    void canonicalFormParsesToItself();
    void fieldTermKeepsItsPath();
};

namespace {

QString ms(const QDateTime &t)
{
    return QString::number(t.toMSecsSinceEpoch());
}

} // namespace

void tst_SearchQuery::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void tst_SearchQuery::parsesValidQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("needsIndex");
    QTest::addColumn<bool>("needsMessages"); // some term the index can only narrow down

    // Local times are computed here as the parser must: the test holds in any time zone.
    const QDate day(2026, 11, 1);
    const QString midnight = ms(QDateTime(day, QTime(0, 0)));
    const QString lastOfDay = QString::number(QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1);
    const QString half8 = ms(QDateTime(day, QTime(8, 30)));

    QTest::newRow("field: component") << u"PID-3.1=12345"_s << u"PID-3.1=12345"_s << true << false;
    QTest::newRow("field: path and value in any case") << u"pid-3.1=AbC"_s << u"PID-3.1=abc"_s << true << false;
    QTest::newRow("field: message type component") << u"MSH-9.2=R01"_s << u"MSH-9.2=r01"_s << true << false;
    QTest::newRow("field: observation code") << u"OBX-3.1=GLU"_s << u"OBX-3.1=glu"_s << true << false;
    QTest::newRow("field: whole field with components") << u"PID-5=DOE^JOHN"_s << u"PID-5=doe^john"_s << true << false;
    QTest::newRow("field: trailing empty components dropped") << u"PID-5=DOE^JOHN^^"_s << u"PID-5=doe^john"_s << true << false;
    QTest::newRow("field: quoted value keeps its spaces, collapsed") << u"PID-5=\"DOE^JOHN  PAUL\""_s << u"PID-5=\"doe^john paul\""_s << true << false;
    QTest::newRow("field: sub-component") << u"PID-3.4.1=LAB"_s << u"PID-3.4.1=lab"_s << true << false;
    QTest::newRow("field: value with a colon") << u"OBX-5=12:30"_s << u"OBX-5=12:30"_s << true << false;
    QTest::newRow("field: value with an equals sign") << u"OBX-5=a=b"_s << u"OBX-5=a=b"_s << true << false;
    QTest::newRow("field: named occurrence") << u"OBX(2)-5=7.1"_s << u"OBX(2)-5=7.1"_s << true << true;
    QTest::newRow("field: first occurrence named") << u"OBX(1)-5=7.1"_s << u"OBX(1)-5=7.1"_s << true << true;
    QTest::newRow("field: named repetition") << u"PID-3(2).1=X"_s << u"PID-3(2).1=x"_s << true << true;
    QTest::newRow("field: negated") << u"-OBX-8=H"_s << u"-OBX-8=h"_s << true << false;
    QTest::newRow("text: a word") << u"Glucose"_s << u"glucose"_s << true << false;
    QTest::newRow("text: two words are two terms") << u"glucose  HIGH"_s << u"glucose high"_s << true << false;
    QTest::newRow("text: a phrase") << u"\"basic   Panel\""_s << u"\"basic panel\""_s << true << true;
    QTest::newRow("text: punctuation inside a word") << u"2345-7"_s << u"2345-7"_s << true << false;
    QTest::newRow("text: quoted colon is text") << u"\"status:failed\""_s << u"\"status:failed\""_s << true << false;
    QTest::newRow("text: negated phrase") << u"-\"basic panel\""_s << u"-\"basic panel\""_s << true << true;
    QTest::newRow("text: surrounding spaces") << u"   glucose   "_s << u"glucose"_s << true << false;
    QTest::newRow("status") << u"status:failed"_s << u"status:failed"_s << false << false;
    QTest::newRow("status: several, any case") << u"status:Failed,PENDING"_s << u"status:pending,failed"_s << false << false;
    QTest::newRow("status: negated") << u"-status:submitted"_s << u"-status:submitted"_s << false << false;
    QTest::newRow("device and lis") << u"device:10.1.1.5 lis:10.1.1.9"_s << u"device:10.1.1.5 lis:10.1.1.9"_s << false << false;
    QTest::newRow("filter key in any case") << u"DEVICE:10.1.1.5"_s << u"device:10.1.1.5"_s << false << false;
    QTest::newRow("type") << u"type:ORU^R01"_s << u"type:oru^r01"_s << false << false;
    QTest::newRow("from: epoch ms") << u"from:1793000000000"_s << u"from:1793000000000"_s << false << false;
    QTest::newRow("to: epoch ms, inclusive") << u"to:1793000000000"_s << u"to:1793000000000"_s << false << false;
    QTest::newRow("from: a date is its local midnight") << u"from:2026-11-01"_s << u"from:"_s + midnight << false << false;
    QTest::newRow("to: a date includes the whole day") << u"to:2026-11-01"_s << u"to:"_s + lastOfDay << false << false;
    QTest::newRow("from: date-time") << u"from:2026-11-01T08:30"_s << u"from:"_s + half8 << false << false;
    QTest::newRow("to: date-time includes its minute") << u"to:2026-11-01T08:30"_s << u"to:"_s + QString::number(half8.toLongLong() + 59'999) << false << false;
    QTest::newRow("to: date-time with seconds includes its second")
        << u"to:2026-11-01T08:30:15"_s << u"to:"_s + QString::number(half8.toLongLong() + 15'999) << false << false;
    QTest::newRow("from: quoted date-time with a space") << u"from:\"2026-11-01 08:30\""_s << u"from:"_s + half8 << false << false;
    QTest::newRow("from: UTC") << u"from:2026-11-01T08:30:00Z"_s << u"from:"_s + ms(QDateTime(day, QTime(8, 30), Qt::UTC)) << false << false;
    QTest::newRow("from: offset") << u"from:2026-11-01T08:30+02:00"_s << u"from:"_s + ms(QDateTime(day, QTime(6, 30), Qt::UTC)) << false << false;
    QTest::newRow("from: milliseconds") << u"from:2026-11-01T08:30:00.250Z"_s
                                        << u"from:"_s + ms(QDateTime(day, QTime(8, 30, 0, 250), Qt::UTC)) << false << false;
    QTest::newRow("combination") << u"PID-3.1=12345 glucose status:failed from:1793000000000 -type:ADT"_s
                                 << u"PID-3.1=12345 glucose status:failed from:1793000000000 -type:adt"_s << true << false;
}

void tst_SearchQuery::parsesValidQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, canonical);
    QFETCH(bool, needsIndex);
    QFETCH(bool, needsMessages);
    const Result<SearchQuery> parsed = SearchQuery::parse(query);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->toString(), canonical);
    QCOMPARE(parsed->needsIndex(), needsIndex);
    const QList<SearchQuery::Term> &terms = parsed->terms();
    QCOMPARE(std::any_of(terms.begin(), terms.end(), [](const SearchQuery::Term &t) { return t.needsMessages(); }), needsMessages);
}

void tst_SearchQuery::refusesInvalidQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << u""_s << u"empty"_s;
    QTest::newRow("only spaces") << u"   "_s << u"empty"_s;
    QTest::newRow("quote not closed") << u"glucose \"basic panel"_s << u"not closed"_s;
    QTest::newRow("quote not closed in a value") << u"PID-5=\"DOE"_s << u"not closed"_s;
    QTest::newRow("unknown filter") << u"colour:red"_s << u"colour:"_s;
    QTest::newRow("not a path") << u"XYZW-1=2"_s << u"XYZW-1"_s;
    QTest::newRow("field zero") << u"PID-0=2"_s << u"PID-0"_s;
    QTest::newRow("whole segment") << u"PID=12345"_s << u"whole segment"_s;
    QTest::newRow("quoted path") << u"\"PID-3\"=1"_s << u"quoted"_s;
    QTest::newRow("no value") << u"PID-3.1="_s << u"needs a value"_s;
    QTest::newRow("only empty components") << u"PID-5=^^"_s << u"needs a value"_s;
    QTest::newRow("repetition separator") << u"PID-3=A~B"_s << u"~"_s;
    QTest::newRow("component with ^") << u"PID-5.1=DOE^JOHN"_s << u"component"_s;
    QTest::newRow("sub-component with &") << u"PID-3.4.1=A&B"_s << u"sub-component"_s;
    QTest::newRow("separator field MSH-1") << u"MSH-1=|"_s << u"separators"_s;
    QTest::newRow("encoding characters MSH-2") << u"MSH-2=x"_s << u"separators"_s;
    QTest::newRow("unknown status") << u"status:done"_s << u"done"_s;
    QTest::newRow("status without value") << u"status:"_s << u"needs a value"_s;
    QTest::newRow("status of commas only") << u"status:,,"_s << u"needs a value"_s;
    QTest::newRow("device without address") << u"device:"_s << u"needs a value"_s;
    QTest::newRow("time in words") << u"from:yesterday"_s << u"yesterday"_s;
    QTest::newRow("no such day") << u"to:2026-02-30"_s << u"2026-02-30"_s;
    QTest::newRow("no such hour") << u"from:2026-11-01T25:00"_s << u"2026-11-01T25:00"_s;
    QTest::newRow("month out of range") << u"from:2026-13-01"_s << u"2026-13-01"_s;
    QTest::newRow("lone minus") << u"glucose -"_s << u"negates nothing"_s;
    QTest::newRow("empty quotes") << u"\"\""_s << u"no words"_s;
    QTest::newRow("not a message type") << u"type:^"_s << u"message type"_s;
    QTest::newRow("word too long") << QString(70, u'x') << u"longer than"_s;
}

void tst_SearchQuery::refusesInvalidQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, mentions);
    const Result<SearchQuery> parsed = SearchQuery::parse(query);
    QVERIFY2(!parsed.ok(), qPrintable(parsed ? parsed->toString() : QString()));
    QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
    QVERIFY(!parsed.error().contains(u'\n'));
}

void tst_SearchQuery::canonicalFormParsesToItself_data()
{
    parsesValidQueries_data();
}

void tst_SearchQuery::canonicalFormParsesToItself()
{
    QFETCH(QString, canonical);
    const Result<SearchQuery> parsed = SearchQuery::parse(canonical);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->toString(), canonical);
}

void tst_SearchQuery::fieldTermKeepsItsPath()
{
    const Result<SearchQuery> parsed = SearchQuery::parse(u"-obx(3)-5(2).1.2=7");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed->terms().size(), 1);
    const SearchQuery::Term &t = parsed->terms().constFirst();
    QCOMPARE(t.kind, SearchQuery::Kind::Field);
    QVERIFY(t.negated);
    QVERIFY(t.occurrenceGiven);
    QCOMPARE(t.path, (Hl7::Path{"OBX", 3, 5, 2, 1, 2}));
    QCOMPARE(t.value, QStringLiteral("7"));
}

QTEST_GUILESS_MAIN(tst_SearchQuery)
#include "tst_searchquery.moc"

#include "messagetreemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

#include <functional>

namespace {

// An ORU^R01 with a repeating field (PID-3), components, sub-components (OBX(2)-5.2), an
// escape (OBX(3)-5), empty fields, three OBX and a Z-segment.
const QByteArray oru = QByteArrayLiteral(
    "MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20240101120000||ORU^R01|MSG0001|P|2.5.1\r"
    "PID|1||12345^^^HOSP^MR~67890^^^NATL^NI||Doe^John^Q||19800101|M\r"
    "OBR|1|ORD1|FIL1|CBC^Complete Blood Count^L\r"
    "OBX|1|NM|WBC^White cells^L||7.5|10*9/L^^UCUM|4.0-11.0|N|||F\r"
    "OBX|2|CE|ABO^Blood group^L||A^A pos&sub^L||||||F\r"
    "OBX|3|ST|NOTE^Note^L||a \\T\\ b\r"
    "ZPD|custom|x^y");

Hl7::Path path(const char *text)
{
    return Hl7::Path::parse(QString::fromLatin1(text)).value_or(Hl7::Path{});
}

// Every index of column 0 below parent, depth first.
void walk(const QAbstractItemModel &model, const QModelIndex &parent, const std::function<void(const QModelIndex &)> &visit)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        visit(index);
        walk(model, index, visit);
    }
}

QByteArray bytesOf(const Hl7::Message &message, Hl7::Range range)
{
    return message.raw().mid(range.begin, range.size());
}

} // namespace

class tst_MessageTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void header();
    void nodes_data();
    void nodes();
    void missingParts_data();
    void missingParts();
    void roundTrips_data();
    void roundTrips();
    void hideEmptyFields();
    void offsetInHiddenField();
    void resetUnderTester();
    void largeMessage();
};

void tst_MessageTreeModel::header()
{
    MessageTreeModel model;
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(MessageTreeModel::PositionColumn, Qt::Horizontal).toString(), QStringLiteral("Position"));
    QCOMPARE(model.headerData(MessageTreeModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(MessageTreeModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value"));
    QCOMPARE(model.rowCount(), 0);
    model.setMessage(Hl7::Message::parse(oru));
    QCOMPARE(model.rowCount(), 7);
}

void tst_MessageTreeModel::nodes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("children");
    QTest::addColumn<QString>("toolTip");

    auto row = [](const char *tag, const char *path, const char *position, const char *name, const char *value, int children,
                  const char *toolTip) {
        QTest::newRow(tag) << QString::fromLatin1(path) << QString::fromLatin1(position) << QString::fromUtf8(name)
                           << QString::fromUtf8(value) << children << QString::fromUtf8(toolTip);
    };
    row("segment", "MSH", "MSH", "Message Header", "MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20240101120000||ORU^R01|MSG0001|P|2.5.1", 12,
        "Message Header");
    row("field separator", "MSH-1", "MSH-1", "Field Separator", "|", 0, "Field Separator (ST)");
    row("encoding characters", "MSH-2", "MSH-2", "Encoding Characters", "^~\\&", 0, "Encoding Characters (ST)");
    row("field with components", "MSH-9", "MSH-9", "Message Type", "ORU^R01", 2, "Message Type (MSG)");
    row("component", "MSH-9.2", "MSH-9.2", "Trigger Event", "R01", 0, "Trigger Event (ID)");
    row("empty field", "MSH-8", "MSH-8", "Security", "", 0, "Security (ST)");
    row("repeating field", "PID-3", "PID-3", "Patient Identifier List", "12345^^^HOSP^MR~67890^^^NATL^NI", 2,
        "Patient Identifier List (CX)");
    row("repetition", "PID-3(2)", "PID-3(2)", "Patient Identifier List", "67890^^^NATL^NI", 5, "Patient Identifier List (CX)");
    row("component of a repetition", "PID-3(2).4", "PID-3(2).4", "Assigning Authority", "NATL", 0, "Assigning Authority (HD)");
    row("component of the first repetition", "PID-3(1).1", "PID-3(1).1", "ID Number", "12345", 0, "ID Number (ST)");
    row("name component", "PID-5.1", "PID-5.1", "Family Name", "Doe", 0, "Family Name (FN)");
    row("leaf field", "PID-7", "PID-7", "Date/Time of Birth", "19800101", 0, "Date/Time of Birth (TS)");
    row("first of several segments", "OBX", "OBX(1)", "Observation/Result", "OBX|1|NM|WBC^White cells^L||7.5|10*9/L^^UCUM|4.0-11.0|N|||F", 11,
        "Observation/Result");
    row("second segment", "OBX(2)", "OBX(2)", "Observation/Result", "OBX|2|CE|ABO^Blood group^L||A^A pos&sub^L||||||F", 11,
        "Observation/Result");
    row("field of a repeated segment", "OBX(2)-3", "OBX(2)-3", "Observation Identifier", "ABO^Blood group^L", 3,
        "Observation Identifier (CE)");
    row("observation value typed by OBX-2", "OBX(2)-5", "OBX(2)-5", "Observation Value", "A^A pos&sub^L", 3, "Observation Value (CE)");
    row("component with sub-components", "OBX(2)-5.2", "OBX(2)-5.2", "Text", "A pos&sub", 2, "Text (ST)");
    row("sub-component", "OBX(2)-5.2.2", "OBX(2)-5.2.2", "", "sub", 0, "OBX(2)-5.2.2");
    row("numeric observation value", "OBX(1)-5", "OBX(1)-5", "Observation Value", "7.5", 0, "Observation Value (NM)");
    row("escaped value decoded", "OBX(3)-5", "OBX(3)-5", "Observation Value", "a & b", 0, "Observation Value (ST)");
    row("Z-segment", "ZPD", "ZPD", "Z-segment (site-defined)", "ZPD|custom|x^y", 2, "Z-segment (site-defined)");
    row("Z-segment field", "ZPD-2", "ZPD-2", "", "x^y", 2, "ZPD-2");
}

void tst_MessageTreeModel::nodes()
{
    QFETCH(QString, path);
    QFETCH(QString, position);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(int, children);
    QFETCH(QString, toolTip);

    MessageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessage(Hl7::Message::parse(oru));
    const std::optional<Hl7::Path> parsed = Hl7::Path::parse(path);
    QVERIFY(parsed);
    const QModelIndex index = model.indexForPath(*parsed);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), position);
    QCOMPARE(index.data(MessageTreeModel::PathRole).toString(), position);
    QCOMPARE(index.siblingAtColumn(MessageTreeModel::NameColumn).data().toString(), name);
    QCOMPARE(index.siblingAtColumn(MessageTreeModel::ValueColumn).data().toString(), value);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), toolTip);
    QCOMPARE(model.rowCount(index), children);
    QCOMPARE(model.hasChildren(index), children > 0);
    QCOMPARE(index.data(MessageTreeModel::EmptyRole).toBool(), model.rangeOf(index).size() == 0);
    QCOMPARE(model.indexForPath(*parsed, MessageTreeModel::ValueColumn), index.siblingAtColumn(MessageTreeModel::ValueColumn));
}

void tst_MessageTreeModel::missingParts_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("segment not there") << QStringLiteral("NTE");
    QTest::newRow("fourth OBX") << QStringLiteral("OBX(4)");
    QTest::newRow("field past the end") << QStringLiteral("PID-9");
    QTest::newRow("third repetition") << QStringLiteral("PID-3(3)");
    QTest::newRow("second repetition of a field that does not repeat") << QStringLiteral("PID-5(2)");
    QTest::newRow("component past the end") << QStringLiteral("PID-5.4");
    QTest::newRow("component of a field without components") << QStringLiteral("PID-7.2");
    QTest::newRow("sub-component past the end") << QStringLiteral("OBX(2)-5.2.3");
    QTest::newRow("sub-component of a plain component") << QStringLiteral("PID-5.1.2");
}

void tst_MessageTreeModel::missingParts()
{
    QFETCH(QString, path);
    MessageTreeModel model;
    const Hl7::Message message = Hl7::Message::parse(oru);
    model.setMessage(message);
    const std::optional<Hl7::Path> parsed = Hl7::Path::parse(path);
    QVERIFY(parsed);
    QVERIFY(!message.range(*parsed));
    QVERIFY(!model.indexForPath(*parsed).isValid());
}

void tst_MessageTreeModel::roundTrips_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("hideEmpty");

    QTest::newRow("ORU^R01") << oru << false;
    QTest::newRow("ORU^R01, empty fields hidden") << oru << true;
    QTest::newRow("CR LF and empty lines") << QByteArray("MSH|^~\\&|A|B\r\n\r\nPID|||1^^^X~2^^^Y||A&B^C\r\n") << false;
    QTest::newRow("LF only, trailing empty fields") << QByteArray("MSH|^~\\&|A|||\nOBX|1||||\n") << false;
    QTest::newRow("other delimiters") << QByteArray("MSH#*%$@#A*B#C%D@E#\rPID#1#2*3@4%5") << false;
    QTest::newRow("repeated sub-components") << QByteArray("MSH|^~\\&\rOBX|1|CE|a&b&c^d&&~^&|x") << false;
    QTest::newRow("MSH without fields") << QByteArray("MSH|") << false;
    QTest::newRow("not HL7") << QByteArray("hello\rworld") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

// Every node: its path names it, its range holds the very bytes of that part, its value is the
// message's value of that path, and the offset of its first byte leads back to it.
void tst_MessageTreeModel::roundTrips()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, hideEmpty);

    const Hl7::Message message = Hl7::Message::parse(raw);
    MessageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHideEmptyFields(hideEmpty);
    model.setMessage(message);

    int nodes = 0;
    walk(model, {}, [&](const QModelIndex &index) {
        ++nodes;
        const std::optional<Hl7::Path> path = model.pathOf(index);
        QCOMPARE(model.indexForPath(*path), index);
        // A path reads back unless the segment's name is malformed ("hello").
        const QString pathText = index.data(MessageTreeModel::PathRole).toString();
        if (const std::optional<Hl7::Path> parsed = Hl7::Path::parse(pathText); parsed || path->segment.size() == 3)
            QCOMPARE(parsed, path);

        const Hl7::Range range = model.rangeOf(index);
        QCOMPARE(message.range(*path), std::optional<Hl7::Range>(range));
        QCOMPARE(index.data(MessageTreeModel::BeginRole).toLongLong(), range.begin);
        QCOMPARE(index.data(MessageTreeModel::EndRole).toLongLong(), range.end);
        QCOMPARE(index.data(MessageTreeModel::EmptyRole).toBool(), range.size() == 0);
        QCOMPARE(bytesOf(message, range), raw.mid(range.begin, range.size()));
        QCOMPARE(index.siblingAtColumn(MessageTreeModel::ValueColumn).data().toString(), message.value(*path));

        // A child lies inside its parent.
        const QModelIndex parent = index.parent();
        if (parent.isValid()) {
            const Hl7::Range outer = model.rangeOf(parent);
            QVERIFY(range.begin >= outer.begin && range.end <= outer.end);
        }
        if (!model.hasChildren(index) && range.size() > 0)
            QCOMPARE(model.indexForOffset(range.begin), index);
    });
    QVERIFY(nodes >= message.segments().size());

    // Every byte leads to the deepest node that holds it: no child of that node holds it.
    for (qsizetype offset = 0; offset < raw.size(); ++offset) {
        const QModelIndex index = model.indexForOffset(offset);
        QVERIFY2(index.isValid(), qPrintable(QString::number(offset)));
        const Hl7::Range range = model.rangeOf(index);
        const bool segment = !index.parent().isValid();
        // A separator belongs to the part it opens or closes; a line end to its segment.
        QVERIFY2(segment || (offset >= range.begin - 1 && offset <= range.end), qPrintable(QString::number(offset)));
        for (int row = 0; row < model.rowCount(index); ++row)
            QVERIFY(!model.rangeOf(model.index(row, 0, index)).contains(offset));
    }
    QVERIFY(!model.indexForOffset(-1).isValid());
    QVERIFY(!model.indexForOffset(raw.size()).isValid());
}

void tst_MessageTreeModel::hideEmptyFields()
{
    MessageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessage(Hl7::Message::parse(oru));
    const QModelIndex pid = model.indexForPath(path("PID"));
    QCOMPARE(model.rowCount(pid), 8);
    QVERIFY(model.indexForPath(path("PID-2")).isValid());

    model.setHideEmptyFields(true);
    QVERIFY(model.hideEmptyFields());
    const QModelIndex hiddenPid = model.indexForPath(path("PID"));
    QStringList shown;
    for (int row = 0; row < model.rowCount(hiddenPid); ++row)
        shown << model.index(row, 0, hiddenPid).data().toString();
    QCOMPARE(shown, QStringList({QStringLiteral("PID-1"), QStringLiteral("PID-3"), QStringLiteral("PID-5"), QStringLiteral("PID-7"),
                                 QStringLiteral("PID-8")}));
    QVERIFY(!model.indexForPath(path("PID-2")).isValid());
    QCOMPARE(model.indexForPath(path("PID-5.2")).data().toString(), QStringLiteral("PID-5.2"));

    model.setHideEmptyFields(false);
    QCOMPARE(model.rowCount(model.indexForPath(path("PID"))), 8);
}

void tst_MessageTreeModel::offsetInHiddenField()
{
    MessageTreeModel model;
    model.setHideEmptyFields(true);
    const Hl7::Message message = Hl7::Message::parse(oru);
    model.setMessage(message);
    // The separators around the empty PID-2, whichever part Message::pathAt() gives them to.
    const qsizetype begin = message.range(path("PID-2"))->begin;
    QCOMPARE(model.indexForOffset(begin - 1), model.indexForPath(path("PID")));
    QCOMPARE(model.indexForOffset(begin), model.indexForPath(path("PID")));
}

void tst_MessageTreeModel::resetUnderTester()
{
    MessageTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessage(Hl7::Message::parse(oru));
    model.setMessage(Hl7::Message::parse("MSH|^~\\&|X\rPID|1"));
    QCOMPARE(model.rowCount(), 2);
    model.setHideEmptyFields(true);
    model.setMessage(Hl7::Message());
    QCOMPARE(model.rowCount(), 0);
    model.setMessage(Hl7::Message::parse(oru));
    model.setHideEmptyFields(false);
    QCOMPARE(model.rowCount(), 7);
}

// An 85 KB message of 1000 segments is built once and read without rebuilding anything.
void tst_MessageTreeModel::largeMessage()
{
    QByteArray raw = "MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20240101120000||ORU^R01|MSG0001|P|2.5.1\rPID|1||12345^^^HOSP^MR||Doe^John\r";
    for (int i = 0; raw.size() < 85 * 1024; ++i)
        raw += "OBX|" + QByteArray::number(i) + "|NM|WBC^White cells^L~X^Y||7.5|10*9/L^^UCUM|4.0-11.0|N|||F\r";
    const Hl7::Message message = Hl7::Message::parse(raw);
    QVERIFY(message.segments().size() >= 1000);

    QElapsedTimer timer;
    timer.start();
    MessageTreeModel model;
    model.setMessage(message);
    const qint64 built = timer.elapsed();
    int nodes = 0;
    walk(model, {}, [&](const QModelIndex &index) {
        ++nodes;
        for (int column = 0; column < MessageTreeModel::ColumnCount; ++column)
            QVERIFY(!index.siblingAtColumn(column).data().isNull());
    });
    const qint64 read = timer.elapsed() - built;
    for (qsizetype offset = 0; offset < raw.size(); offset += 31)
        QVERIFY(model.indexForOffset(offset).isValid());
    qDebug("%lld segments, %d nodes: built in %lld ms, read in %lld ms, offsets in %lld ms", qlonglong(message.segments().size()),
           nodes, built, read, timer.elapsed() - built - read);
}

QTEST_GUILESS_MAIN(tst_MessageTreeModel)
#include "tst_messagetreemodel.moc"

#include "hl7escape.h"
#include "hl7message.h"
#include "hl7testhelpers.h"
#include "testdata.h"

#include <QDir>
#include <QTest>

#include <random>

using namespace Hl7;

namespace {

// The fixtures in tests/fixtures/hl7 (made up; see the README there) and how many messages each
// file holds. A fixture missing here fails fixtures(), so none is left untested.
const QHash<QString, int> &fixtureMessageCounts()
{
    static const QHash<QString, int> counts{
        {QStringLiteral("adt_a01_v23_quoted_nulls.hl7"), 1},
        {QStringLiteral("adt_a04_v25_lf.hl7"), 1},
        {QStringLiteral("adt_a24_v24_custom_delims.hl7"), 1},
        {QStringLiteral("erp_z99_v231_8859-1_zseg.hl7"), 1},
        {QStringLiteral("fhs_bhs_batch.hl7"), 3},
        {QStringLiteral("mllp_framed.hl7"), 3},
        {QStringLiteral("omd_o03_v25_reps.hl7"), 1},
        {QStringLiteral("oml_o21_utf8_unicode.hl7"), 1},
        {QStringLiteral("oml_o21_v251.hl7"), 1},
        {QStringLiteral("orm_o01_v23_missing_trailing.hl7"), 1},
        {QStringLiteral("oru_r01_v23_crlf.hl7"), 1},
        {QStringLiteral("oru_r01_v24_many_obx.hl7"), 1},
        {QStringLiteral("oru_r01_v25_long_escaped_obx5.hl7"), 1},
        {QStringLiteral("oru_r01_v27_truncation.hl7"), 1},
        {QStringLiteral("reps_components.hl7"), 1},
    };
    return counts;
}

QByteArray hl7Fixture(const QString &name)
{
    return readFileBytes(fixturePath(QStringLiteral("hl7/") + name));
}

// The index-th message of a fixture file.
Message fixtureMessage(const QString &name, int index)
{
    const QByteArray bytes = hl7Fixture(name);
    const QList<Range> ranges = splitMessages(bytes);
    if (index >= ranges.size())
        return {};
    return Message::parse(bytes.sliced(ranges[index].begin, ranges[index].size()));
}

QByteArray bytesOf(const Message &m, Range r)
{
    return m.raw().sliced(r.begin, r.size());
}

// Small edits of real-looking input that reach the odd corners: stray delimiters and line ends,
// other encoding characters, lost or doubled spans, framing bytes, a second header.
QByteArray mutate(QByteArray bytes, std::minstd_rand &rng, const QList<QByteArray> &others)
{
    auto below = [&rng](qsizetype n) { return n <= 0 ? qsizetype(0) : qsizetype(rng() % quint64(n)); };
    static const QByteArray specials("|^~\\&#\r\n\x0b\x1c\"XFSTREP0DA.HNZ ");
    static const QByteArray inserts[] = {"MSH|", "\rMSH|^~\\&|", "\nBHS|^~\\&\r", "\rBTS|1", "\\X0D\\", "\\F\\", "\\", "\r\n", "\x0b", "\x1c\r"};
    const int edits = 1 + int(below(4));
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = below(bytes.size() + 1);
        switch (below(9)) {
        case 0:
            if (!bytes.isEmpty())
                bytes[below(bytes.size())] = char(rng());
            break;
        case 1:
            bytes.insert(at, specials[below(specials.size())]);
            break;
        case 2:
            bytes.remove(at, below(16) + 1);
            break;
        case 3:
            bytes.insert(at, bytes.mid(below(bytes.size()), below(64)));
            break;
        case 4:
            bytes.truncate(at);
            break;
        case 5:
            bytes.insert(at, inserts[below(std::size(inserts))]);
            break;
        case 6: // other encoding characters, including a truncation character or none
            for (qsizetype i = 3; i < std::min<qsizetype>(bytes.size(), 9); ++i) {
                if (below(3) == 0)
                    bytes[i] = specials[below(specials.size())];
            }
            break;
        case 7: {
            const QByteArray &other = others[below(others.size())];
            bytes.insert(at, other.mid(below(other.size()), below(200)));
            break;
        }
        default:
            bytes.replace(at, below(4), QByteArray(int(below(40)), specials[below(6)]));
        }
    }
    return bytes;
}

} // namespace

class tst_Hl7Message : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void headers_data();
    void headers();
    void values_data();
    void values();
    void absent_data();
    void absent();
    void longEscapedValue();
    void wholeBatchFile();
    void charset_data();
    void charset();
    void pathAt_data();
    void pathAt();
    void problems_data();
    void problems();
    void split_data();
    void split();
    void lineEnds_data();
    void lineEnds();
    void garbage_data();
    void garbage();
    void randomizedMutations();
};

void tst_Hl7Message::fixtures_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(fixturePath(QStringLiteral("hl7"))).entryList({QStringLiteral("*.hl7")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= fixtureMessageCounts().size());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

// Every fixture parses exactly: the messages are where they should be, each is rebuilt byte for
// byte from its parts, every part is where its path says, and pathAt() names the right part for
// every byte.
void tst_Hl7Message::fixtures()
{
    QFETCH(QString, file);
    QVERIFY2(fixtureMessageCounts().contains(file), "a fixture without an expected message count");
    const QByteArray bytes = hl7Fixture(file);
    QVERIFY(!bytes.isEmpty());
    const QList<Range> ranges = splitMessages(bytes);
    QCOMPARE(ranges.size(), fixtureMessageCounts().value(file));
    QCOMPARE(Hl7Test::checkMessages(bytes, ranges), QString());
    for (const Range &r : ranges) {
        const Message m = Message::parse(bytes.sliced(r.begin, r.size()));
        QCOMPARE(m.serialize(), bytes.sliced(r.begin, r.size()));
        QCOMPARE(m.problems(), QStringList());
        QCOMPARE(m.segments().constFirst().name, QByteArray("MSH"));
        QCOMPARE(Hl7Test::checkMessage(m), QString());
    }
    // The file as one message too (a batch file starts with FHS, not MSH).
    const Message whole = Message::parse(bytes);
    QCOMPARE(whole.serialize(), bytes);
    QCOMPARE(Hl7Test::checkMessage(whole), QString());
}

void tst_Hl7Message::headers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("controlId");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QByteArray>("encoding"); // component, repetition, escape, sub-component, truncation

    auto row = [](const char *name, const char *file, int index, const char *type, const char *id, const char *version, const char *charset, QByteArray encoding) {
        QTest::newRow(name) << QString::fromLatin1(file) << index << QString::fromLatin1(type) << QString::fromLatin1(id) << QString::fromLatin1(version)
                            << QString::fromLatin1(charset) << encoding;
    };
    const QByteArray standard("^~\\&", 5); // no truncation character: 0
    row("ADT^A01 v2.3", "adt_a01_v23_quoted_nulls.hl7", 0, "ADT^A01", "ADT20240312081500001", "2.3", "", standard);
    row("custom delimiters", "adt_a24_v24_custom_delims.hl7", 0, "ADT~A24~ADT_A24", "LNK0001", "2.4", "", QByteArray("~|\\&", 5));
    row("8859/1", "erp_z99_v231_8859-1_zseg.hl7", 0, "ERP^Z99^ERP_R09", "b1c2d3e4-0001", "2.3.1", "8859/1", standard);
    row("UTF-8", "oml_o21_utf8_unicode.hl7", 0, "OML^O21^OML_O21", "OML-U-0001", "2.5", "UNICODE UTF-8", standard);
    row("OML^O21 v2.5.1", "oml_o21_v251.hl7", 0, "OML^O21^OML_O21", "OML251-0042", "2.5.1", "", standard);
    row("OMD^O03", "omd_o03_v25_reps.hl7", 0, "OMD^O03^OMD_O03", "20240820181700", "2.5", "", standard);
    row("ORU^R01 v2.4", "oru_r01_v24_many_obx.hl7", 0, "ORU^R01", "CTRL-9001", "2.4", "", standard);
    row("batch 1", "fhs_bhs_batch.hl7", 0, "ADT^A04^ADT_A01", "BATCHMSG0001", "2.5", "ASCII", standard);
    row("batch 2", "fhs_bhs_batch.hl7", 1, "ADT^A08^ADT_A01", "BATCHMSG0002", "2.5", "ASCII", standard);
    row("batch 3", "fhs_bhs_batch.hl7", 2, "ADT^A03^ADT_A03", "BATCHMSG0003", "2.5", "ASCII", standard);
    row("v2.7 truncation", "oru_r01_v27_truncation.hl7", 0, "ORU^R01^ORU_R01", "V27-0001", "2.7", "UNICODE UTF-8", QByteArray("^~\\&#"));
    row("LF", "adt_a04_v25_lf.hl7", 0, "ADT^A04", "LF000001", "2.5", "", standard);
    row("CR LF", "oru_r01_v23_crlf.hl7", 0, "ORU^R01", "CRLF-0001", "2.3", "", standard);
    row("missing trailing", "orm_o01_v23_missing_trailing.hl7", 0, "ORM^O01", "MSGTRAIL0001", "2.3", "", standard);
    row("MLLP 1", "mllp_framed.hl7", 0, "ORU^R01", "MLLP-0001", "2.5.1", "", standard);
    row("MLLP 3", "mllp_framed.hl7", 2, "ACK^R01^ACK", "MLLP-A002", "2.5.1", "", standard);
    row("long escaped", "oru_r01_v25_long_escaped_obx5.hl7", 0, "ORU^R01", "LONGESC0001", "2.5", "", standard);
}

void tst_Hl7Message::headers()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const Message m = fixtureMessage(file, index);
    QTEST(m.type(), "type");
    QTEST(m.controlId(), "controlId");
    QTEST(m.version(), "version");
    QTEST(m.charset(), "charset");
    const Delimiters &d = m.delimiters();
    QByteArray encoding;
    for (const char c : {d.component, d.repetition, d.escape, d.subcomponent, d.truncation})
        encoding.append(c);
    QTEST(encoding, "encoding");
    QCOMPARE(d.field, m.raw().at(3));
}

void tst_Hl7Message::values_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("raw");  // the bytes range(path) names
    QTest::addColumn<QString>("value");   // value(path)

    auto row = [](const char *file, int index, const char *path, const QByteArray &raw, const QString &value) {
        QTest::addRow("%s #%d %s", file, index, path) << QString::fromLatin1(file) << index << QString::fromLatin1(path) << raw << value;
    };
    // A leaf's value is its raw text decoded; shorthand for the rows where nothing is escaped.
    auto plain = [&row](const char *file, int index, const char *path, const char *text) {
        row(file, index, path, QByteArray(text), QString::fromUtf8(text));
    };

    const char *adt = "adt_a01_v23_quoted_nulls.hl7";
    plain(adt, 0, "MSH-1", "|");
    plain(adt, 0, "MSH-2", "^~\\&");
    plain(adt, 0, "MSH-9", "ADT^A01"); // a part with children: its text as written
    plain(adt, 0, "MSH-9.1", "ADT");
    plain(adt, 0, "MSH-9.2", "A01");
    plain(adt, 0, "MSH-10", "ADT20240312081500001");
    plain(adt, 0, "MSH-12", "2.3");
    plain(adt, 0, "PID-2", "\"\""); // HL7's explicit null is data: kept as written
    plain(adt, 0, "PID-3", "700123^^^NCL^MR~55501^^^NCL^PN");
    plain(adt, 0, "PID-3.1", "700123");
    plain(adt, 0, "PID-3(1).5", "MR");
    plain(adt, 0, "PID-3(2)", "55501^^^NCL^PN");
    plain(adt, 0, "PID-3(2).1", "55501");
    plain(adt, 0, "PID-3(2).5", "PN");
    plain(adt, 0, "PID-3.2", "");
    plain(adt, 0, "PID-5.1", "SAMPLE");
    plain(adt, 0, "PID-5.2", "HOLLY");
    plain(adt, 0, "PID-5.7", "L");
    plain(adt, 0, "PID-7", "19880214");
    plain(adt, 0, "PID-8", "F");
    plain(adt, 0, "PID-11.2", "APT \"\"");
    plain(adt, 0, "PID-19", "\"\"");
    plain(adt, 0, "PV1-7.2", "MEDIC");
    plain(adt, 0, "PV1(1)-8", "\"\"");
    plain(adt, 0, "EVN-5.3", "OLIVER");
    plain(adt, 0, "AL1-3.2", "PENICILLIN");

    const char *custom = "adt_a24_v24_custom_delims.hl7";
    plain(custom, 0, "MSH-1", "^");
    plain(custom, 0, "MSH-2", "~|\\&");
    plain(custom, 0, "MSH-9", "ADT~A24~ADT_A24");
    plain(custom, 0, "MSH-9.2", "A24");
    plain(custom, 0, "MSH-12", "2.4");
    plain(custom, 0, "PID-3", "880011~~~HOSPA&&ISO~MR|DL-55~~~DMV&&ISO~DL");
    plain(custom, 0, "PID-3.1", "880011");
    plain(custom, 0, "PID-3.4", "HOSPA&&ISO");
    plain(custom, 0, "PID-3.4.1", "HOSPA");
    plain(custom, 0, "PID-3.4.3", "ISO");
    plain(custom, 0, "PID-3(2).1", "DL-55");
    plain(custom, 0, "PID-3(2).4.1", "DMV");
    plain(custom, 0, "PID-5.2", "ROBIN");
    plain(custom, 0, "PID-7", "19750505");
    plain(custom, 0, "PID(2)-1", "2");
    plain(custom, 0, "PID(2)-5.3", "JAY");
    // \F\ \S\ \R\ decode to this message's own delimiters.
    row(custom, 0, "NTE-3", "Text with \\F\\ field, \\S\\ component and \\R\\ repetition", QStringLiteral("Text with ^ field, ~ component and | repetition"));

    const char *latin1 = "erp_z99_v231_8859-1_zseg.hl7";
    plain(latin1, 0, "MSH-4", "REGION^1.2.3.4.5^ISO");
    plain(latin1, 0, "MSH-4.2", "1.2.3.4.5");
    plain(latin1, 0, "MSH-18", "8859/1");
    plain(latin1, 0, "MSA-2", "REQ00017");
    plain(latin1, 0, "QAK-3.2", "Z99");
    plain(latin1, 0, "ERQ-3(2).1", "@PID.8");
    // ISO-8859-1 bytes, decoded as MSH-18 says.
    row(latin1, 0, "ERQ-3(3).2", "\xc5", QStringLiteral("\u00c5"));
    row(latin1, 0, "ZPN-2.1", "GR\xdcNWALD", QStringLiteral("GR\u00dcNWALD"));
    row(latin1, 0, "ZPN-2.2", "JOS\xc9", QStringLiteral("JOS\u00c9"));
    row(latin1, 0, "ZPN-3.1", "Stra\xdf" "e 9", QStringLiteral("Stra\u00dfe 9"));
    row(latin1, 0, "ZPN-3.3", "K\xf6ln", QStringLiteral("K\u00f6ln"));
    row(latin1, 0, "ZPN-4", "\xd1" "and\xfa p\xe5legg", QStringLiteral("\u00d1and\u00fa p\u00e5legg"));
    row(latin1, 0, "ZPN(2)-2.1", "D\xd8RUM", QStringLiteral("D\u00d8RUM"));
    row(latin1, 0, "ZPN(2)-2.2", "\xc6SA", QStringLiteral("\u00c6SA"));
    row(latin1, 0, "ZPN(2)-3.1", "\xc5sveien 3", QStringLiteral("\u00c5sveien 3"));

    const char *utf8 = "oml_o21_utf8_unicode.hl7";
    row(utf8, 0, "PID-5.1", "\xc5\x81UKASZEWICZ", QStringLiteral("\u0141UKASZEWICZ"));
    row(utf8, 0, "PID-5.2", "ZOFIA \xc5\xbb" "ANETA", QStringLiteral("ZOFIA \u017bANETA"));
    plain(utf8, 0, "PID-3.1", "4711");
    plain(utf8, 0, "PID-3.5", "HC-HCE");
    plain(utf8, 0, "PID-7", "19920707");
    plain(utf8, 0, "PID-8", "F");
    plain(utf8, 0, "OBR-4.1", "2345-7");
    plain(utf8, 0, "OBR-4.2", "Glucose");
    plain(utf8, 0, "SPM-4.2", "Serum");
    plain(utf8, 0, "TQ1-9", "R");
    // \X…\ spells bytes of the message's charset: here the UTF-8 of U+201C and U+201D.
    row(utf8, 0, "NTE-3", "Kommentar: gr\xc3\xb6\xc3\x9f" "er als 10 \xc2\xb5mol/L; \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \\XE2809C\\quoted\\XE2809D\\",
        QStringLiteral("Kommentar: gr\u00f6\u00dfer als 10 \u00b5mol/L; \u65e5\u672c\u8a9e \u201cquoted\u201d"));

    const char *oml = "oml_o21_v251.hl7";
    plain(oml, 0, "MSH-13", "77");
    plain(oml, 0, "PID-3.1", "9000042");
    plain(oml, 0, "PID-3.4", "General_Hosp");
    plain(oml, 0, "PID-5.4", "JR");
    plain(oml, 0, "ORC-10.2", "NURSE");
    plain(oml, 0, "ORC-19.1", "General Hosp");
    plain(oml, 0, "ORC-19.10", "GH01");
    plain(oml, 0, "ORC(2)-2.1", "ORD5552");
    plain(oml, 0, "OBR-4.1", "1558-6");
    plain(oml, 0, "OBR-4.2", "Glucose fasting");
    plain(oml, 0, "OBR-10.2", "COLLECTOR");
    plain(oml, 0, "OBR(2)-4.2", "Cholesterol");
    plain(oml, 0, "SPM-2", "SP5551&ORDERAPP");
    plain(oml, 0, "SPM-2.1", "SP5551&ORDERAPP");
    plain(oml, 0, "SPM-2.1.1", "SP5551");
    plain(oml, 0, "SPM-2.1.2", "ORDERAPP");
    plain(oml, 0, "SPM(2)-2.1.1", "SP5552");

    const char *omd = "omd_o03_v25_reps.hl7";
    plain(omd, 0, "PID-3(1).9", "EX&&ES-XX");
    plain(omd, 0, "PID-3.9.1", "EX");
    plain(omd, 0, "PID-3.9.2", "");
    plain(omd, 0, "PID-3.9.3", "ES-XX");
    plain(omd, 0, "PID-3(2)", "NUM002");
    plain(omd, 0, "PID-3(3).1", "NUM003");
    plain(omd, 0, "PID-3(3).4", "ALT");
    plain(omd, 0, "PID-5.2", "ANNA MARIA");
    plain(omd, 0, "PID-33", "A~B~C");
    plain(omd, 0, "PID-33(3)", "C");
    plain(omd, 0, "PV1-3.3", "ROOM12-3");
    plain(omd, 0, "PV1-3.10.2", "UNIT5");
    plain(omd, 0, "PV1-3.10.3", "FLOOR 3");
    plain(omd, 0, "TQ1-3", "BK~LN~DN");
    plain(omd, 0, "TQ1-3(2)", "LN");
    plain(omd, 0, "TQ1-8", "20240823");
    plain(omd, 0, "ODS-3(2).2", "Diabetic diet");
    plain(omd, 0, "ODS(2)-3.1", "NOLACT");

    const char *oru = "oru_r01_v24_many_obx.hl7";
    plain(oru, 0, "PID-3.1", "321-54-9876");
    plain(oru, 0, "PID-5.1", "EXEMPLAR");
    plain(oru, 0, "PID-5.2", "EVA");
    plain(oru, 0, "PID-7", "19700412");
    plain(oru, 0, "PID-8", "F");
    plain(oru, 0, "PID-11.3", "TESTVILLE");
    plain(oru, 0, "OBR-4.1", "58410-2");
    plain(oru, 0, "OBR-15.9", "SAMPLE HEALTH, INC.");
    plain(oru, 0, "OBX-5", "7.2");
    plain(oru, 0, "OBX(2)-5", "4.61");
    plain(oru, 0, "OBX(2)-3.1", "789-8");
    plain(oru, 0, "OBX(8)-8", "H");
    plain(oru, 0, "OBX(9)-5", "128");
    plain(oru, 0, "OBX(9)-8", "L");
    plain(oru, 0, "OBX(12)-1", "12");
    plain(oru, 0, "OBX(12)-3.2", "Monocytes");
    plain(oru, 0, "OBX(12)-5", "7");
    plain(oru, 0, "NTE-3", "Sample slightly hemolyzed");

    const char *reps = "reps_components.hl7";
    plain(reps, 0, "PID-1", "Field1");
    plain(reps, 0, "PID-2", "Comp1^Comp2");
    plain(reps, 0, "PID-2.2", "Comp2");
    plain(reps, 0, "PID-3.2", "Sub1&Sub2");
    plain(reps, 0, "PID-3.2.1", "Sub1");
    plain(reps, 0, "PID-3.2.2", "Sub2");
    plain(reps, 0, "PID-3.3", "Comp3");
    plain(reps, 0, "PID-4", "Rep1~Rep2");
    plain(reps, 0, "PID-4(2)", "Rep2");
    plain(reps, 0, "PID-4.1", "Rep1"); // a component path reads the first repetition
    plain(reps, 0, "PID-5(2).2", "D&E");
    plain(reps, 0, "PID-5(2).2.2", "E");
    plain(reps, 0, "PID-5(3)", "");
    plain(reps, 0, "PID-5(4)", "F");
    plain(reps, 0, "PID-5.2", "B");
    plain(reps, 0, "PID-6", "");
    plain(reps, 0, "PID-7", "^^^");
    plain(reps, 0, "PID-7.4", "");
    plain(reps, 0, "PID-8.1.3", "");
    plain(reps, 0, "PID-9(3)", "");

    const char *batch = "fhs_bhs_batch.hl7";
    plain(batch, 0, "PID-5.1", "ALPHA");
    plain(batch, 1, "PID-5.1", "BETA");
    plain(batch, 2, "PID-5.1", "GAMMA");
    plain(batch, 1, "PID-3.4", "100");
    plain(batch, 2, "PID-8", "U");
    plain(batch, 2, "EVN-1", "A03");

    const char *v27 = "oru_r01_v27_truncation.hl7";
    plain(v27, 0, "MSH-2", "^~\\&#");
    plain(v27, 0, "PID-5.2", "TINA#"); // a truncation character in data is data
    plain(v27, 0, "OBX-5", "182");
    plain(v27, 0, "OBX-7", "<200");
    row(v27, 0, "OBX(2)-5", "Value cut here\\P\\ and kept", QStringLiteral("Value cut here# and kept"));

    const char *lf = "adt_a04_v25_lf.hl7";
    plain(lf, 0, "MSH-8", "SECUR");
    plain(lf, 0, "MSH-13", "");
    plain(lf, 0, "PID-2.5", "ID 1");
    plain(lf, 0, "PID-5.1", "ROE");
    plain(lf, 0, "PID-18(2)", "1120000");
    plain(lf, 0, "PID-19", "");
    plain(lf, 0, "PV1-3(1)", "168 ");
    plain(lf, 0, "PV1-3(2)", "219");
    plain(lf, 0, "PV1-3(4).1", "PMA");
    plain(lf, 0, "PV1-7.2", "DOCTOR");

    const char *crlf = "oru_r01_v23_crlf.hl7";
    plain(crlf, 0, "MSH-12", "2.3");
    plain(crlf, 0, "PID-5.2", "CARL");
    plain(crlf, 0, "PID-8", "M");
    plain(crlf, 0, "OBX-5", "5.4");
    plain(crlf, 0, "OBX-11", "F");

    const char *trailing = "orm_o01_v23_missing_trailing.hl7";
    plain(trailing, 0, "PID-5.2", "JOHANNA");
    plain(trailing, 0, "PV1-2", "O");
    plain(trailing, 0, "NTE", "NTE");
    plain(trailing, 0, "OBR-4.2", "Urinalysis");
    plain(trailing, 0, "OBR-4.3", "L");

    const char *mllp = "mllp_framed.hl7";
    plain(mllp, 0, "PID-5.2", "FRIEDA");
    plain(mllp, 1, "PID-5.2", "FRANZ");
    plain(mllp, 1, "OBX-3.2", "Creatinine");
    plain(mllp, 2, "MSA-2", "MLLP-0002");

    const char *escaped = "oru_r01_v25_long_escaped_obx5.hl7";
    plain(escaped, 0, "OBX-3.2", "Narrative report");
    // \Zxx\ is for the applications that agreed on it: kept as written.
    plain(escaped, 0, "NTE-3", "See \\Zappendix\\ for the method");
}

void tst_Hl7Message::values()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, path);
    QFETCH(QByteArray, raw);
    QFETCH(QString, value);
    const Message m = fixtureMessage(file, index);
    const std::optional<Path> p = Path::parse(path);
    QVERIFY(p);
    const std::optional<Range> r = m.range(*p);
    QVERIFY(r);
    QCOMPARE(bytesOf(m, *r), raw);
    QCOMPARE(m.value(*p), value);
    QVERIFY(m.segment(*p));
}

void tst_Hl7Message::absent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    auto row = [](const char *file, const char *path) {
        QTest::addRow("%s %s", file, path) << QString::fromLatin1(file) << QString::fromLatin1(path);
    };
    row("reps_components.hl7", "PID-10");
    row("reps_components.hl7", "PID-1.2");
    row("reps_components.hl7", "PID-1.1.2");
    row("reps_components.hl7", "PID-4(3)");
    row("reps_components.hl7", "PID-7.5");
    row("reps_components.hl7", "PID-8.2");
    row("reps_components.hl7", "PID-9(4)");
    row("reps_components.hl7", "PID(2)");
    row("reps_components.hl7", "OBX-1");
    row("oru_r01_v24_many_obx.hl7", "OBX(13)-5");
    row("orm_o01_v23_missing_trailing.hl7", "PID-6");
    row("orm_o01_v23_missing_trailing.hl7", "PV1-3");
    row("orm_o01_v23_missing_trailing.hl7", "NTE-1");
    row("orm_o01_v23_missing_trailing.hl7", "OBR-5");
    row("adt_a04_v25_lf.hl7", "MSH-14");
    row("adt_a01_v23_quoted_nulls.hl7", "MSH-2.2"); // the encoding characters are not split
}

void tst_Hl7Message::absent()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    const Message m = fixtureMessage(file, 0);
    const std::optional<Path> p = Path::parse(path);
    QVERIFY(p);
    QVERIFY(!m.range(*p));
    QCOMPARE(m.value(*p), QString());
}

// The expected text was written before it was escaped (make_long_escaped.py): \X0D\\X0A\,
// \X0D0A\, \.br\, \F\ \S\ \T\ \R\ \E\ decoded, \H\ and \N\ dropped.
void tst_Hl7Message::longEscapedValue()
{
    const Message m = fixtureMessage(QStringLiteral("oru_r01_v25_long_escaped_obx5.hl7"), 0);
    const QString expected = QString::fromUtf8(hl7Fixture(QStringLiteral("oru_r01_v25_long_escaped_obx5.expected.txt")));
    QVERIFY(expected.size() > 10000);
    const Path obx5{"OBX", 1, 5, 0, 0, 0};
    QCOMPARE(m.value(obx5), expected);
    const QByteArray raw = bytesOf(m, *m.range(obx5));
    QVERIFY(raw.size() > expected.size());
    QVERIFY(raw.contains("\\X0D\\\\X0A\\") && raw.contains("\\S\\") && raw.contains("\\H\\"));
    // Escaping the shown text again and decoding that gives it back.
    QCOMPARE(QString::fromUtf8(unescape(escape(expected.toUtf8(), m.delimiters()), m.delimiters())), expected);
}

// A batch file read as one message: FHS gives the delimiters, every segment is addressable.
void tst_Hl7Message::wholeBatchFile()
{
    const QByteArray bytes = hl7Fixture(QStringLiteral("fhs_bhs_batch.hl7"));
    const Message m = Message::parse(bytes);
    QCOMPARE(m.problems(), QStringList());
    QCOMPARE(m.segments().size(), 13);
    QCOMPARE(m.value(*Path::parse(u"FHS-10")), QStringLiteral("file20240707.hl7"));
    QCOMPARE(m.value(*Path::parse(u"BHS-11")), QStringLiteral("batch20240707-1"));
    QCOMPARE(m.value(*Path::parse(u"MSH(3)-10")), QStringLiteral("BATCHMSG0003"));
    QCOMPARE(m.value(*Path::parse(u"PID(2)-5.1")), QStringLiteral("BETA"));
    QCOMPARE(m.value(*Path::parse(u"BTS-1")), QStringLiteral("3"));
    QCOMPARE(m.value(*Path::parse(u"FTS-1")), QStringLiteral("1"));
    // The header accessors read the first MSH wherever it is; the charset only applies when the
    // message starts with it.
    QCOMPARE(m.type(), QStringLiteral("ADT^A04^ADT_A01"));
    QCOMPARE(m.charset(), QString());
}

void tst_Hl7Message::charset_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QString>("name"); // PID-5.1

    const QByteArray msh("MSH|^~\\&|A|B|C|D|20240101||ADT^A01|1|P|2.5||||||");
    QTest::newRow("none, UTF-8") << QByteArray("MSH|^~\\&|A|B|C|D|20240101||ADT^A01|1|P|2.5\rPID|||1||M\xc3\xbcller")
                                 << QString() << QStringLiteral("M\u00fcller");
    QTest::newRow("8859/1") << msh + "8859/1\rPID|||1||M\xfcller" << QStringLiteral("8859/1") << QStringLiteral("M\u00fcller");
    QTest::newRow("ISO IR100") << msh + "ISO IR100\rPID|||1||M\xfcller" << QStringLiteral("ISO IR100") << QStringLiteral("M\u00fcller");
    QTest::newRow("8859/15 euro") << msh + "8859/15\rPID|||1||\xa4uro" << QStringLiteral("8859/15") << QStringLiteral("\u20acuro");
    QTest::newRow("UTF-8") << msh + "UNICODE UTF-8\rPID|||1||M\xc3\xbcller" << QStringLiteral("UNICODE UTF-8") << QStringLiteral("M\u00fcller");
    // MSH-18 may repeat: the first repetition is the message's charset, the others are those
    // escape sequences may switch to.
    QTest::newRow("repeated, UTF-8 first") << msh + "UNICODE UTF-8~8859/1\rPID|||1||\xc5\x81" "ad\xc5\xba"
                                           << QStringLiteral("UNICODE UTF-8") << QStringLiteral("\u0141ad\u017a");
    QTest::newRow("repeated, 8859/1 first") << msh + "8859/1~UNICODE UTF-8\rPID|||1||M\xfcller" << QStringLiteral("8859/1") << QStringLiteral("M\u00fcller");
    QTest::newRow("says UTF-8, is not") << msh + "UNICODE UTF-8\rPID|||1||M\xfcller" << QStringLiteral("UNICODE UTF-8") << QStringLiteral("M\u00fcller");
    QTest::newRow("\\X\\ bytes in 8859/1") << msh + "8859/1\rPID|||1||M\\XFC\\ller" << QStringLiteral("8859/1") << QStringLiteral("M\u00fcller");
    QTest::newRow("\\X\\ bytes in UTF-8") << msh + "UNICODE UTF-8\rPID|||1||M\\XC3BC\\ller" << QStringLiteral("UNICODE UTF-8") << QStringLiteral("M\u00fcller");
}

void tst_Hl7Message::charset()
{
    QFETCH(QByteArray, message);
    const Message m = Message::parse(message);
    QTEST(m.charset(), "charset");
    QTEST(m.value(Path{"PID", 1, 5, 0, 1, 0}), "name");
    QCOMPARE(m.serialize(), message);
}

void tst_Hl7Message::pathAt_data()
{
    QTest::addColumn<QByteArray>("needle"); // the first place of these bytes in the message
    QTest::addColumn<int>("at");            // which byte of them
    QTest::addColumn<QString>("path");

    auto row = [](const char *name, const QByteArray &needle, int at, const char *path) {
        QTest::newRow(name) << needle << at << QString::fromLatin1(path);
    };
    row("segment name", "MSH|", 0, "MSH");
    row("MSH-1 is the field separator", "MSH|", 3, "MSH-1");
    row("MSH-2 first", "^~\\&", 0, "MSH-2");
    row("MSH-2 last", "^~\\&", 3, "MSH-2");
    row("separator after MSH-2", "&|APP", 1, "MSH");
    row("MSH-3", "APP", 1, "MSH-3");
    row("component 1", "ORU^R01", 2, "MSH-9.1");
    row("component separator", "ORU^R01", 3, "MSH-9");
    row("component 2", "ORU^R01", 4, "MSH-9.2");
    row("CR", "2.5\r", 3, "MSH");
    row("field separator", "PID|1", 3, "PID");
    row("field 1", "PID|1", 4, "PID-1");
    row("repetition 1 component 1", "123^", 0, "PID-3(1).1");
    row("between empty components", "^^^MRN", 1, "PID-3(1)");
    row("repetition separator", "~456", 0, "PID-3");
    row("repetition 2 component 1", "456", 2, "PID-3(2).1");
    row("repetition 2 component 4", "SSN", 2, "PID-3(2).4");
    row("component without sub-components", "DOE", 0, "PID-5.1");
    row("separator before split component", "^JANE", 0, "PID-5");
    row("sub-component 1", "JANE", 0, "PID-5.2.1");
    row("sub-component separator", "&X", 0, "PID-5.2");
    row("sub-component 2", "&X", 1, "PID-5.2.2");
    row("plain field", "19700101", 4, "PID-7");
    row("last field", "|F\r", 1, "PID-8");
    row("separator before the last field", "|F\r", 0, "PID");
    row("CR after the last field", "|F\r", 2, "PID");
    row("separators of an empty field", "GLU||5.5", 3, "OBX");
    row("first OBX", "5.5", 0, "OBX-5");
    row("second OBX", "6.1", 1, "OBX(2)-5");
    row("CR of CR LF", "6.1\r\n", 3, "OBX(2)");
    row("LF of CR LF", "6.1\r\n", 4, "OBX(2)");
}

// pathAt names the smallest part that holds a byte, as a person writes it: a repetition only when
// the field repeats, a component only when the repetition has several. A separator is held by the
// part it separates the children of; a line end by the segment it ends.
void tst_Hl7Message::pathAt()
{
    QFETCH(QByteArray, needle);
    QFETCH(int, at);
    QFETCH(QString, path);
    const QByteArray message = "MSH|^~\\&|APP|FAC|||20240101||ORU^R01|P1|P|2.5\r"
                               "PID|1||123^^^MRN~456^^^SSN||DOE^JANE&X||19700101|F\r"
                               "OBX|1|NM|GLU||5.5\r"
                               "OBX|2|NM|HBA||6.1\r\n";
    const Message m = Message::parse(message);
    const qsizetype offset = message.indexOf(needle) + at;
    QVERIFY(offset >= at);
    const std::optional<Path> p = m.pathAt(offset);
    QVERIFY(p);
    QCOMPARE(p->toString(), path);
    QCOMPARE(Path::parse(path), p);
    const Segment *s = m.segment(*p);
    QVERIFY(s);
    if (s->range.contains(offset))
        QVERIFY(m.range(*p)->contains(offset));
    else
        QVERIFY(s->terminator.contains(offset));
}

void tst_Hl7Message::problems_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("problems");
    QTest::newRow("valid") << QByteArray("MSH|^~\\&|A|B\rPID|1\r") << 0;
    QTest::newRow("empty") << QByteArray() << 1;
    QTest::newRow("PID first") << QByteArray("PID|1|2\r") << 1;
    QTest::newRow("text") << QByteArray("hello world") << 2; // no MSH, and not a segment name
    QTest::newRow("MLLP framing left on") << QByteArray("\x0bMSH|^~\\&|A\r\x1c\r") << 3; // and two odd segment names
    QTest::newRow("blank line first") << QByteArray("\rMSH|^~\\&|A\r") << 1;
    QTest::newRow("lowercase msh") << QByteArray("msh|^~\\&|A\r") << 1;
    QTest::newRow("BHS first") << QByteArray("BHS|^~\\&|A\rMSH|^~\\&|B\r") << 0;
    QTest::newRow("long segment name") << QByteArray("MSH|^~\\&|A\rPIDX|1\r") << 1;
    QTest::newRow("short segment name") << QByteArray("MSH|^~\\&|A\rP|1\r") << 1;
}

void tst_Hl7Message::problems()
{
    QFETCH(QByteArray, message);
    QFETCH(int, problems);
    const Message m = Message::parse(message);
    QCOMPARE(m.problems().size(), problems);
    if (!message.startsWith("MSH") && !message.startsWith("BHS"))
        QVERIFY2(m.problems().constFirst().contains(u"MSH"), qPrintable(m.problems().constFirst()));
    QCOMPARE(m.serialize(), message);
    QCOMPARE(Hl7Test::checkMessage(m), QString());
}

void tst_Hl7Message::split_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QByteArray>>("messages");

    const QByteArray a("MSH|^~\\&|A|||||ORU^R01|1|P|2.5\rPID|1\r");
    const QByteArray b("MSH|^~\\&|B|||||ORU^R01|2|P|2.5\rPID|2\r");
    QTest::newRow("empty") << QByteArray() << QList<QByteArray>{};
    QTest::newRow("no MSH") << QByteArray("PID|1\rOBX|1\r") << QList<QByteArray>{};
    QTest::newRow("one") << a << QList<QByteArray>{a};
    QTest::newRow("two") << a + b << QList<QByteArray>{a, b};
    QTest::newRow("LF") << QByteArray(a + b).replace('\r', '\n') << QList<QByteArray>{QByteArray(a).replace('\r', '\n'), QByteArray(b).replace('\r', '\n')};
    QTest::newRow("CR LF and blank lines") << QByteArray(a).replace("\r", "\r\n") + "\r\n\r\n" + b
                                           << QList<QByteArray>{QByteArray(a).replace("\r", "\r\n") + "\r\n\r\n", b};
    QTest::newRow("no line end between") << a.chopped(1) + "\r" + b.chopped(1) << QList<QByteArray>{a, b.chopped(1)};
    QTest::newRow("text before") << "garbage\r" + a << QList<QByteArray>{a};
    QTest::newRow("MSH inside a field") << QByteArray("MSH|^~\\&|A\rNTE|1||MSH|x\r") << QList<QByteArray>{"MSH|^~\\&|A\rNTE|1||MSH|x\r"};
    QTest::newRow("batch") << "FHS|^~\\&|F\rBHS|^~\\&|B\r" + a + b + "BTS|2\rFTS|1\r" << QList<QByteArray>{a, b};
    QTest::newRow("batch without file") << "BHS|^~\\&|B\r" + a + "BTS|1\r" << QList<QByteArray>{a};
    QTest::newRow("MLLP") << "\x0b" + a + "\x1c\r\x0b" + b + "\x1c\r" << QList<QByteArray>{a, b};
    QTest::newRow("MLLP without CR after FS") << "\x0b" + a + "\x1c\x0b" + b + "\x1c" << QList<QByteArray>{a, b};
    QTest::newRow("MLLP, last CR missing") << "\x0b" + a.chopped(1) + "\x1c\r" << QList<QByteArray>{a.chopped(1)};
    QTest::newRow("MSH alone") << QByteArray("MSH") << QList<QByteArray>{"MSH"};
}

void tst_Hl7Message::split()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QByteArray>, messages);
    const QList<Range> ranges = splitMessages(bytes);
    QList<QByteArray> got;
    for (const Range &r : ranges)
        got.append(bytes.sliced(r.begin, r.size()));
    QCOMPARE(got, messages);
    QCOMPARE(Hl7Test::checkMessages(bytes, ranges), QString());
}

void tst_Hl7Message::lineEnds_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::addColumn<bool>("last"); // whether the last segment has one
    QTest::newRow("CR") << QByteArray("\r") << true;
    QTest::newRow("LF") << QByteArray("\n") << true;
    QTest::newRow("CR LF") << QByteArray("\r\n") << true;
    QTest::newRow("LF CR") << QByteArray("\n\r") << true;
    QTest::newRow("CR CR (blank line)") << QByteArray("\r\r") << true;
    QTest::newRow("CR, none at the end") << QByteArray("\r") << false;
    QTest::newRow("CR LF, none at the end") << QByteArray("\r\n") << false;
}

// The same message with any line ends reads the same; the line ends are kept, not read.
void tst_Hl7Message::lineEnds()
{
    QFETCH(QByteArray, lineEnd);
    QFETCH(bool, last);
    const QList<QByteArray> lines{"MSH|^~\\&|A|B|C|D|20240101||ORU^R01|LE1|P|2.5", "PID|1||42^^^X||LINE^END", "OBX|1|NM|A^B||1.5|", "OBX|2|ST|C^D||x\\X0A\\y"};
    QByteArray message = lines.join(lineEnd);
    if (last)
        message += lineEnd;
    const Message m = Message::parse(message);
    QCOMPARE(m.serialize(), message);
    QCOMPARE(m.problems(), QStringList());
    QCOMPARE(m.segments().size(), 4);
    for (qsizetype i = 0; i < 4; ++i) {
        QCOMPARE(bytesOf(m, m.segments()[i].range), lines[i]);
        QCOMPARE(bytesOf(m, m.segments()[i].terminator), i < 3 || last ? lineEnd : QByteArray());
    }
    QCOMPARE(m.controlId(), QStringLiteral("LE1"));
    QCOMPARE(m.value(Path{"PID", 1, 5, 0, 2, 0}), QStringLiteral("END"));
    QCOMPARE(m.value(Path{"OBX", 1, 6, 0, 0, 0}), QString());
    QCOMPARE(m.value(Path{"OBX", 2, 5, 0, 0, 0}), QStringLiteral("x\ny"));
    QVERIFY(!m.range(Path{"OBX", 1, 7, 0, 0, 0}));
    QCOMPARE(Hl7Test::checkMessage(m), QString());
    const QList<Range> ranges = splitMessages(message);
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(ranges[0], (Range{0, message.size()}));
}

void tst_Hl7Message::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("MSH") << QByteArray("MSH");
    QTest::newRow("MSH|") << QByteArray("MSH|");
    QTest::newRow("MSH|^~\\&") << QByteArray("MSH|^~\\&");
    QTest::newRow("MSH|^~\\&|") << QByteArray("MSH|^~\\&|");
    QTest::newRow("MSH and CR") << QByteArray("MSH\r");
    QTest::newRow("MSH, CR as field separator") << QByteArray("MSH\r^~\\&\rPID\r");
    QTest::newRow("MSH||") << QByteArray("MSH||A|B");
    QTest::newRow("all encoding characters alike") << QByteArray("MSH|^^^^|A^B~C&D\\E\rPID|^^|~~|&&");
    QTest::newRow("field separator letter") << QByteArray("MSHA^~\\&AbAc^dAe\rPIDA1AB");
    QTest::newRow("escape is a letter") << QByteArray("MSH|^~F&|A|FXF|FFF|F\rNTE|1|FX0DF");
    QTest::newRow("NUL delimiters") << QByteArray("MSH\0\0\0\0\0\0A\0B", 12);
    QTest::newRow("only line ends") << QByteArray("\r\n\r\n\n\n\r");
    QTest::newRow("only framing") << QByteArray("\x0b\x1c\r\x0b\x1c");
    QTest::newRow("huge field count") << "MSH|^~\\&" + QByteArray(100000, '|');
    QTest::newRow("huge component count") << "MSH|^~\\&|" + QByteArray(100000, '^');
    QTest::newRow("huge repetition count") << "MSH|^~\\&|A\rPID|" + QByteArray(50000, '~') + "|x";
    QTest::newRow("huge sub-component count") << "MSH|^~\\&|A\rPID|" + QByteArray(50000, '&');
    QTest::newRow("many segments") << "MSH|^~\\&|A\r" + QByteArray("OBX|1|2\r").repeated(20000);
    QTest::newRow("many MSH") << QByteArray("MSH|^~\\&|A\r").repeated(5000);
    QTest::newRow("escape characters") << "MSH|^~\\&|" + QByteArray(50000, '\\');
    QTest::newRow("unterminated escapes") << QByteArray("MSH|^~\\&|\\X|\\X0|\\X0D|\\F|\\");
    std::minstd_rand rng(7);
    for (int i = 0; i < 20; ++i) {
        QByteArray bytes(int(rng() % 2000), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng());
        if (i % 2)
            bytes.prepend("MSH|^~\\&|");
        QTest::addRow("random %d", i) << bytes;
    }
}

// Nothing crashes, everything round-trips, and every invariant holds on input that is not HL7.
void tst_Hl7Message::garbage()
{
    QFETCH(QByteArray, bytes);
    // The brute-force pathAt() oracle is linear in a segment's parts: sample the big inputs.
    const qsizetype budget = bytes.size() > 5000 ? 64 : -1;
    QCOMPARE(Hl7Test::exercise(bytes, 1, budget), QString());
    const Message m = Message::parse(bytes);
    QCOMPARE(m.serialize(), bytes);
    (void)m.type();
    (void)m.charset();
}

// The fuzz target's checks over mutated fixtures, so that ctest covers its ground without clang.
// HL7_TEST_SEED and HL7_TEST_ITERATIONS override the fixed seed and the count.
void tst_Hl7Message::randomizedMutations()
{
    QList<QByteArray> fixtures;
    for (const QString &file : fixtureMessageCounts().keys())
        fixtures.append(hl7Fixture(file));
    std::sort(fixtures.begin(), fixtures.end());
    const quint32 seed = qEnvironmentVariableIsSet("HL7_TEST_SEED") ? quint32(qEnvironmentVariableIntValue("HL7_TEST_SEED")) : 20241124u;
    const int iterations = qEnvironmentVariableIsSet("HL7_TEST_ITERATIONS") ? qEnvironmentVariableIntValue("HL7_TEST_ITERATIONS") : 3000;
    std::minstd_rand rng(seed);
    for (int i = 0; i < iterations; ++i) {
        QByteArray input = fixtures[rng() % quint32(fixtures.size())];
        const int rounds = 1 + int(rng() % 3);
        for (int r = 0; r < rounds; ++r)
            input = mutate(input, rng, fixtures);
        const QString broken = Hl7Test::exercise(input, quint32(i), 48);
        if (!broken.isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("seed %1, iteration %2: %3\ninput (base64): %4")
                                 .arg(seed).arg(i).arg(broken, QString::fromLatin1(input.toBase64()))));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Hl7Message)
#include "tst_hl7message.moc"

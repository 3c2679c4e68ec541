#include "hl7header.h"
#include "hl7message.h"
#include "phimasker.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <utility>

// Made-up messages only. Every check parses what the masker wrote: the point of masking is a
// message other tools still read as the same structure.
namespace {

const QByteArray TestKey("tst_phimasker key");

QByteArray fields(const QList<QByteArray> &values)
{
    return values.join('|');
}

// An ADT^A04 with every kind of PHI the masker knows, beside values it must keep: codes,
// a provider, a result, a Z-segment. Segments end in CR.
QByteArray sampleMessage()
{
    QList<QByteArray> pid(30);
    pid[0] = "PID";
    pid[1] = "1";
    pid[2] = "P2ID77";
    pid[3] = "12345678^^^HOSP^MR~987654^^^LAB^PI";
    pid[5] = "DOE^JOHN^QUINCY^JR^DR^^L";
    pid[6] = "MAIDEN^MARY";
    pid[7] = "19800512103000";
    pid[8] = "M";
    pid[9] = "ALIAS^AL";
    pid[10] = "2106-3^White^HL70005";
    pid[11] = "12 ELM STREET^APT 4B^SPRINGFIELD^IL^62701^USA^H";
    pid[12] = "COOK";
    pid[13] = "(555)555-1234^PRN^PH~^NET^Internet^john.doe@example.com";
    pid[14] = "555-987-6543";
    pid[18] = "ACC998877";
    pid[19] = "123-45-6789";
    pid[20] = "D1234567^IL^20300101";
    pid[21] = "MOM5544^^^HOSP^MR";
    pid[23] = "CHICAGO";
    pid[29] = "20250101";
    QList<QByteArray> nk1(34);
    nk1[0] = "NK1";
    nk1[1] = "1";
    nk1[2] = "ROE^JANE";
    nk1[3] = "SPO^Spouse^HL70063";
    nk1[4] = "9 OAK AVENUE^^SHELBYVILLE^IL^62565";
    nk1[5] = "(555)555-0000";
    nk1[6] = "(555)555-0001";
    nk1[30] = "CONTACT^CARL";
    nk1[31] = "555-222-3333";
    nk1[32] = "7 PINE ROAD^^OGDENVILLE^IL^62999";
    nk1[33] = "NKID4242^^^HOSP^PI";
    QList<QByteArray> pv1(20);
    pv1[0] = "PV1";
    pv1[1] = "1";
    pv1[2] = "O";
    pv1[3] = "LAB^^^HOSP";
    pv1[7] = "1234^SMITH^ADAM^^^DR";
    pv1[19] = "VN445566";
    return "MSH|^~\\&|LAB|FAC|LIS|HOSP|20260101120000||ADT^A04^ADT_A01|MSG0001|P|2.5.1\r"
           "EVN|A04|20260101120000\r"
        + fields(pid) + '\r' + fields(nk1) + '\r' + fields(pv1) + '\r'
        + "OBR|1|ORD1|FIL1|GLU^Glucose^L|||20260101120000|||||||||1234^SMITH^ADAM\r"
          "OBX|1|NM|GLU^Glucose^L||90|mg/dL|70-99|N|||F\r"
          "ZPI|1|Z-SEGMENT VALUE\r";
}

// Each PHI leaf of sampleMessage() and the shape its replacement must have.
struct MaskedLeaf
{
    const char *path;
    const char *pattern;
};

const MaskedLeaf sampleLeaves[] = {
    {"PID-2.1", "[A-Z]\\d[A-Z]{2}\\d{2}"},
    {"PID-3(1).1", "\\d{8}"},
    {"PID-3(2).1", "\\d{6}"},
    {"PID-5.1", "PATIENT[A-Z]{5}"},
    {"PID-5.2", "PATIENT[A-Z]{5}"},
    {"PID-5.3", "PATIENT[A-Z]{5}"},
    {"PID-6.1", "PATIENT[A-Z]{5}"},
    {"PID-6.2", "PATIENT[A-Z]{5}"},
    {"PID-7.1", "1980(0[1-9]|1[0-2])(0[1-9]|1\\d|2[0-8])([01]\\d|2[0-3])[0-5]\\d[0-5]\\d"},
    {"PID-9.1", "PATIENT[A-Z]{5}"},
    {"PID-9.2", "PATIENT[A-Z]{5}"},
    {"PID-11.1", "STREET[A-Z]{5}"},
    {"PID-11.2", "[A-Z]{3} \\d[A-Z]"},
    {"PID-11.3", "CITY[A-Z]{5}"},
    {"PID-11.5", "\\d{5}"},
    {"PID-12.1", "[A-Z]{4}"},
    {"PID-13(1).1", "\\(\\d{3}\\)\\d{3}-\\d{4}"},
    {"PID-13(2).4", "[a-z]{4}\\.[a-z]{3}@[a-z]{7}\\.[a-z]{3}"},
    {"PID-14.1", "\\d{3}-\\d{3}-\\d{4}"},
    {"PID-18.1", "[A-Z]{3}\\d{6}"},
    {"PID-19.1", "\\d{3}-\\d{2}-\\d{4}"},
    {"PID-20.1", "[A-Z]\\d{7}"},
    {"PID-21.1", "[A-Z]{3}\\d{4}"},
    {"PID-23.1", "[A-Z]{7}"},
    {"PID-29.1", "2025(0[1-9]|1[0-2])(0[1-9]|1\\d|2[0-8])"},
    {"NK1-2.1", "PATIENT[A-Z]{5}"},
    {"NK1-2.2", "PATIENT[A-Z]{5}"},
    {"NK1-4.1", "STREET[A-Z]{5}"},
    {"NK1-4.3", "CITY[A-Z]{5}"},
    {"NK1-4.5", "\\d{5}"},
    {"NK1-5.1", "\\(\\d{3}\\)\\d{3}-\\d{4}"},
    {"NK1-6.1", "\\(\\d{3}\\)\\d{3}-\\d{4}"},
    {"NK1-30.1", "PATIENT[A-Z]{5}"},
    {"NK1-30.2", "PATIENT[A-Z]{5}"},
    {"NK1-31.1", "\\d{3}-\\d{3}-\\d{4}"},
    {"NK1-32.1", "STREET[A-Z]{5}"},
    {"NK1-32.3", "CITY[A-Z]{5}"},
    {"NK1-32.5", "\\d{5}"},
    {"NK1-33.1", "[A-Z]{4}\\d{4}"},
    {"PV1-19.1", "[A-Z]{2}\\d{6}"},
};

Hl7::Path path(const char *text)
{
    return *Hl7::Path::parse(QString::fromLatin1(text));
}

QByteArray bytesAt(const Hl7::Message &m, const Hl7::Range &r)
{
    return m.raw().sliced(r.begin, r.size());
}

// Segment names, and the number of fields, repetitions, components and sub-components of each.
QString structureError(const Hl7::Message &a, const Hl7::Message &b)
{
    if (a.segments().size() != b.segments().size())
        return QStringLiteral("%1 segments, expected %2").arg(b.segments().size()).arg(a.segments().size());
    for (qsizetype s = 0; s < a.segments().size(); ++s) {
        const Hl7::Segment &x = a.segments()[s];
        const Hl7::Segment &y = b.segments()[s];
        const QString where = QString::fromLatin1(x.name);
        if (x.name != y.name || x.fields.size() != y.fields.size() || bytesAt(a, x.terminator) != bytesAt(b, y.terminator))
            return QStringLiteral("segment %1 differs").arg(s + 1);
        for (qsizetype f = 0; f < x.fields.size(); ++f) {
            const auto &xr = x.fields[f].repetitions;
            const auto &yr = y.fields[f].repetitions;
            if (xr.size() != yr.size())
                return QStringLiteral("%1-%2: repetitions differ").arg(where).arg(f + 1);
            for (qsizetype r = 0; r < xr.size(); ++r) {
                if (xr[r].components.size() != yr[r].components.size())
                    return QStringLiteral("%1-%2: components differ").arg(where).arg(f + 1);
                for (qsizetype c = 0; c < xr[r].components.size(); ++c) {
                    if (xr[r].components[c].subcomponents.size() != yr[r].components[c].subcomponents.size())
                        return QStringLiteral("%1-%2.%3: sub-components differ").arg(where).arg(f + 1).arg(c + 1);
                }
            }
        }
    }
    if (a.type() != b.type() || a.controlId() != b.controlId())
        return QStringLiteral("MSH-9 or MSH-10 differs");
    return {};
}

// Calls check(original leaf, masked leaf, original leaf range) for every leaf of both messages,
// which must have the same structure.
template<typename Check>
void forEachLeaf(const Hl7::Message &a, const Hl7::Message &b, Check check)
{
    for (qsizetype s = 0; s < a.segments().size(); ++s) {
        for (qsizetype f = 0; f < a.segments()[s].fields.size(); ++f) {
            const auto &xr = a.segments()[s].fields[f].repetitions;
            const auto &yr = b.segments()[s].fields[f].repetitions;
            for (qsizetype r = 0; r < xr.size(); ++r) {
                for (qsizetype c = 0; c < xr[r].components.size(); ++c) {
                    const auto &xs = xr[r].components[c].subcomponents;
                    const auto &ys = yr[r].components[c].subcomponents;
                    for (qsizetype k = 0; k < xs.size(); ++k)
                        check(bytesAt(a, xs[k]), bytesAt(b, ys[k]), xs[k]);
                }
            }
        }
    }
}

// A segment with the given fields set and the others empty.
QByteArray segment(const char *name, std::initializer_list<std::pair<int, const char *>> values, char separator = '|')
{
    int last = 0;
    for (const auto &v : values)
        last = std::max(last, v.first);
    QList<QByteArray> fields(last + 1);
    fields[0] = name;
    for (const auto &v : values)
        fields[v.first] = v.second;
    return fields.join(separator) + '\r';
}

QByteArray withDelimiters(QByteArray message, const QByteArray &encoding)
{
    // From the standard ones: field, component, repetition, escape, sub-component, truncation.
    const QByteArray standard("|^~\\&#");
    for (char &c : message) {
        const qsizetype i = standard.indexOf(c);
        if (i >= 0 && i < encoding.size())
            c = encoding[i];
    }
    return message;
}

} // namespace

class tst_PhiMasker : public QObject
{
    Q_OBJECT

private slots:
    void masksField_data();
    void masksField();
    void keepsEverythingElse();
    void delimitersAndEscapes_data();
    void delimitersAndEscapes();
    void sameValueSameReplacement();
    void maskersDiffer();
    void emptyAndNullUntouched_data();
    void emptyAndNullUntouched();
    void nonAsciiText_data();
    void nonAsciiText();
    void dates_data();
    void dates();
    void fragments_data();
    void fragments();
};

void tst_PhiMasker::masksField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pattern");
    for (const MaskedLeaf &leaf : sampleLeaves)
        QTest::newRow(leaf.path) << QString::fromLatin1(leaf.path) << QString::fromLatin1(leaf.pattern);
}

void tst_PhiMasker::masksField()
{
    QFETCH(QString, path);
    QFETCH(QString, pattern);
    const Hl7::Message original = Hl7::Message::parse(sampleMessage());
    PhiMasker masker(TestKey);
    const Hl7::Message masked = Hl7::Message::parse(masker.mask(original.raw()));
    const std::optional<Hl7::Path> p = Hl7::Path::parse(path);
    QVERIFY(p);
    const QString before = original.value(*p);
    const QString after = masked.value(*p);
    QVERIFY2(!before.isEmpty(), "the sample has a value there");
    QVERIFY2(after != before, qPrintable(after));
    QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(after).hasMatch(),
             qPrintable(QStringLiteral("%1 became %2").arg(before, after)));
}

void tst_PhiMasker::keepsEverythingElse()
{
    const Hl7::Message original = Hl7::Message::parse(sampleMessage());
    PhiMasker masker(TestKey);
    const Hl7::Message masked = Hl7::Message::parse(masker.mask(original.raw()));
    QVERIFY(masked.problems().isEmpty());
    const QString structure = structureError(original, masked);
    QVERIFY2(structure.isEmpty(), qPrintable(structure));
    QList<Hl7::Range> phi;
    for (const MaskedLeaf &leaf : sampleLeaves)
        phi.append(*original.range(path(leaf.path)));
    int changed = 0;
    forEachLeaf(original, masked, [&](const QByteArray &before, const QByteArray &after, const Hl7::Range &where) {
        const bool isPhi = std::any_of(phi.cbegin(), phi.cend(), [&](const Hl7::Range &r) {
            return where.begin >= r.begin && where.end <= r.end;
        });
        if (isPhi) {
            QVERIFY2(before != after, before.constData());
            ++changed;
        } else {
            QCOMPARE(after, before);
        }
    });
    QCOMPARE(changed, int(std::size(sampleLeaves)));
}

void tst_PhiMasker::delimitersAndEscapes_data()
{
    QTest::addColumn<QByteArray>("encoding"); // field, component, repetition, escape, sub-component[, truncation]
    QTest::newRow("standard") << QByteArray("|^~\\&");
    QTest::newRow("custom") << QByteArray("#$*!@");
    QTest::newRow("v2.7 truncation character") << QByteArray("|^~\\&#");
    QTest::newRow("quote, apostrophe and slash") << QByteArray("!\"%'/");
}

void tst_PhiMasker::delimitersAndEscapes()
{
    QFETCH(QByteArray, encoding);
    // Escaped delimiters inside an identifier and a name; three repetitions; a \X..\ escape.
    const QByteArray header = encoding.size() > 5 ? QByteArray("MSH|^~\\&#|") : QByteArray("MSH|^~\\&|");
    const QByteArray message = withDelimiters(header + "LAB|FAC|LIS|HOSP|20260101||ORU^R01|C1|P|2.7\r"
                                                       "PID|1||AB\\S\\12^^^H^MR~77\\F\\88^^^H~X9\\T\\Y^^^H||O\\R\\BR\\X49\\EN^ANN||19900102\r"
                                                       "OBX|1|ST|NOTE||a\\S\\b\\F\\c|||N\r",
                                              encoding);
    PhiMasker masker(TestKey);
    const QByteArray out = masker.mask(message);
    const Hl7::Message before = Hl7::Message::parse(message);
    const Hl7::Message after = Hl7::Message::parse(out);
    QCOMPARE(after.delimiters().field, encoding[0]);
    const QString structure = structureError(before, after);
    QVERIFY2(structure.isEmpty(), qPrintable(structure));
    QVERIFY(after.problems().isEmpty());

    // The escaped delimiter stays a delimiter character inside the value, escaped again.
    const QString id = after.value(path("PID-3(1).1"));
    QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z]{2}\\%1\\d{2}").arg(QLatin1Char(encoding[1]))))
                 .match(id).hasMatch(), qPrintable(id));
    QVERIFY(id != before.value(path("PID-3(1).1")));
    QVERIFY(after.value(path("PID-3(2).1")).contains(QLatin1Char(encoding[0])));
    QVERIFY(after.value(path("PID-3(3).1")).contains(QLatin1Char(encoding[4])));
    QVERIFY(after.value(path("PID-5.1")).startsWith(u"PATIENT"));
    QCOMPARE(after.value(path("PID-3(3).4")), QStringLiteral("H"));
    // Results are not PHI: the OBX, escapes and all, is byte for byte the same.
    QCOMPARE(out.sliced(out.indexOf("OBX")), message.sliced(message.indexOf("OBX")));
    QVERIFY(!out.contains("BRIEN"));
}

void tst_PhiMasker::sameValueSameReplacement()
{
    PhiMasker masker(TestKey);
    const Hl7::Message first = Hl7::Message::parse(masker.mask(
        "MSH|^~\\&|A|B|C|D|20260101||ADT^A04|1|P|2.5.1\r"
        + segment("PID", {{1, "1"}, {3, "556677^^^H^MR"}, {5, "DOE^JOHN"}, {7, "19800512"}, {8, "M"}, {13, "555-1234"}})));
    // Another message of the session, other delimiters, the same person in other fields.
    const Hl7::Message second = Hl7::Message::parse(masker.mask(
        "MSH#$*!@#A#B#C#D#20260101##ADT$A40#2#P#2.5.1\r"
        + segment("PID", {{1, "1"}, {3, "999$$$H$MR"}, {5, "SMITH$ANN"}}, '#')
        + segment("MRG", {{1, "556677$$$H$MR"}, {7, "DOE$JOHN"}}, '#')
        + segment("NK1", {{1, "1"}, {2, "DOE$JOHN"}, {5, "555-1234"}}, '#')
        + segment("IN1", {{1, "1"}, {16, "DOE$JOHN"}, {18, "19800512"}}, '#')));
    const QString id = first.value(path("PID-3.1"));
    const QString family = first.value(path("PID-5.1"));
    const QString given = first.value(path("PID-5.2"));
    QVERIFY(id != u"556677");
    QCOMPARE(second.value(path("MRG-1.1")), id);
    QCOMPARE(second.value(path("MRG-7.1")), family);
    QCOMPARE(second.value(path("MRG-7.2")), given);
    QCOMPARE(second.value(path("NK1-2.1")), family);
    QCOMPARE(second.value(path("IN1-16.1")), family);
    QCOMPARE(second.value(path("IN1-18.1")), first.value(path("PID-7.1")));
    QCOMPARE(second.value(path("NK1-5.1")), first.value(path("PID-13.1")));
    // Different people stay different.
    QVERIFY(second.value(path("PID-5.1")) != family);
    QVERIFY(second.value(path("PID-3.1")) != id);
    QVERIFY(family != given);
}

void tst_PhiMasker::maskersDiffer()
{
    const QByteArray message("MSH|^~\\&|A|B|C|D|20260101||ADT^A04|1|P|2.5.1\rPID|1||55667788^^^H^MR||DOE^JOHN||19800512\r");
    const QByteArray a = PhiMasker().mask(message);
    const QByteArray b = PhiMasker().mask(message);
    QVERIFY(a != message);
    // Random keys: a different pseudonym for every field (one chance in ten million or less each).
    for (const char *p : {"PID-3.1", "PID-5.1", "PID-5.2"})
        QVERIFY2(Hl7::Message::parse(a).value(path(p)) != Hl7::Message::parse(b).value(path(p)), p);
    // The same key: the same pseudonyms, so a test (or an audit) can reproduce a masking.
    QCOMPARE(PhiMasker(TestKey).mask(message), PhiMasker(TestKey).mask(message));
    QVERIFY(PhiMasker(TestKey).mask(message) != PhiMasker(TestKey + '2').mask(message));
}

void tst_PhiMasker::emptyAndNullUntouched_data()
{
    QTest::addColumn<QByteArray>("pid");
    QTest::addColumn<QStringList>("changedPaths");
    QTest::newRow("empty fields") << QByteArray("PID|1||||||||||||") << QStringList();
    QTest::newRow("null fields") << QByteArray("PID|1|\"\"|\"\"||\"\"|\"\"|\"\"") << QStringList();
    QTest::newRow("null family name only") << QByteArray("PID|1||123^^^H||\"\"^JOHN") << QStringList{QStringLiteral("PID-3.1"), QStringLiteral("PID-5.2")};
    QTest::newRow("empty components") << QByteArray("PID|1||^^^H^MR||^^^^^^L") << QStringList();
    QTest::newRow("no alphanumerics") << QByteArray("PID|1||-^^^H||.^-") << QStringList();
    QTest::newRow("segment ends early") << QByteArray("PID|1||123") << QStringList{QStringLiteral("PID-3.1")};
}

void tst_PhiMasker::emptyAndNullUntouched()
{
    QFETCH(QByteArray, pid);
    QFETCH(QStringList, changedPaths);
    const QByteArray message = "MSH|^~\\&|A|B|C|D|20260101||ADT^A04|1|P|2.5.1\r" + pid + '\r';
    const QByteArray out = PhiMasker(TestKey).mask(message);
    const Hl7::Message before = Hl7::Message::parse(message);
    const Hl7::Message after = Hl7::Message::parse(out);
    QVERIFY(structureError(before, after).isEmpty());
    QList<Hl7::Range> changed;
    for (const QString &p : changedPaths)
        changed.append(*before.range(*Hl7::Path::parse(p)));
    forEachLeaf(before, after, [&](const QByteArray &x, const QByteArray &y, const Hl7::Range &where) {
        if (changed.contains(where))
            QVERIFY(x != y);
        else
            QCOMPARE(y, x);
    });
}

void tst_PhiMasker::nonAsciiText_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("family");     // bytes in that charset
    QTest::addColumn<QByteArray>("identifier"); // bytes in that charset
    QTest::newRow("ISO-8859-1") << QByteArray("8859/1") << QByteArray("M\xdcLLER") << QByteArray("\xc4" "B12");
    QTest::newRow("UTF-8 declared") << QByteArray("UNICODE UTF-8") << QByteArray("M\xc3\x9cLLER") << QByteArray("\xc3\x84" "B12");
    QTest::newRow("UTF-8 by default") << QByteArray() << QByteArray("\xe5\xb1\xb1\xe7\x94\xb0") << QByteArray("\xe5\xb1\xb1" "7");
}

void tst_PhiMasker::nonAsciiText()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, family);
    QFETCH(QByteArray, identifier);
    const QByteArray message = "MSH|^~\\&|A|B|C|D|20260101||ADT^A04|1|P|2.5.1||||||" + charset + "\r"
                               "PID|1||" + identifier + "^^^H||" + family + "^J\xc3\xb6RG\r"
                               "OBX|1|ST|NOTE||Gr\xc3\xb6\xc3\x9f" "e|||N\r";
    const QByteArray out = PhiMasker(TestKey).mask(message);
    const Hl7::Message before = Hl7::Message::parse(message);
    const Hl7::Message after = Hl7::Message::parse(out);
    QVERIFY(structureError(before, after).isEmpty());
    // Masked leaves are ASCII, so they are valid in any charset, and their neighbours keep theirs.
    const QByteArray id = after.raw().sliced(after.range(path("PID-3.1"))->begin, after.range(path("PID-3.1"))->size());
    QCOMPARE(id.size(), identifier.size());
    QVERIFY(std::all_of(id.cbegin(), id.cend(), [](char c) { return quint8(c) < 0x80; }));
    QVERIFY(after.value(path("PID-5.1")).startsWith(u"PATIENT"));
    QVERIFY(after.value(path("PID-5.2")).startsWith(u"PATIENT"));
    QVERIFY(!out.contains(family));
    QCOMPARE(after.value(path("OBX-5")), before.value(path("OBX-5")));
    QCOMPARE(Hl7Header::read(out).charset, Hl7Header::read(message).charset);

    // The same name in another charset is the same person: the pseudonym follows the text.
    PhiMasker masker(TestKey);
    const QString inThisCharset = Hl7::Message::parse(masker.mask(message)).value(path("PID-5.1"));
    const QString inUtf8 = Hl7::Message::parse(masker.mask("MSH|^~\\&|A|B|C|D|20260101||ADT^A04|2|P|2.5.1\rPID|1||X||"
                                                           + before.value(path("PID-5.1")).toUtf8() + "\r"))
                               .value(path("PID-5.1"));
    QCOMPARE(inUtf8, inThisCharset);
}

void tst_PhiMasker::dates_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QString>("pattern"); // of the replacement; empty: unchanged
    QTest::newRow("year only") << QByteArray("1980") << QString();
    QTest::newRow("month") << QByteArray("198005") << QStringLiteral("1980(0[1-9]|1[0-2])");
    QTest::newRow("day") << QByteArray("19800512") << QStringLiteral("1980(0[1-9]|1[0-2])(0[1-9]|1\\d|2[0-8])");
    QTest::newRow("minute") << QByteArray("198005121030") << QStringLiteral("1980\\d{4}([01]\\d|2[0-3])[0-5]\\d");
    QTest::newRow("second") << QByteArray("19800512103045") << QStringLiteral("1980\\d{4}([01]\\d|2[0-3])[0-5]\\d[0-5]\\d");
    QTest::newRow("fraction") << QByteArray("19800512103045.1234") << QStringLiteral("1980\\d{10}\\.\\d{4}");
    QTest::newRow("time zone") << QByteArray("19800512103045+0130") << QStringLiteral("1980\\d{10}\\+0130");
    QTest::newRow("day and time zone") << QByteArray("19800512-0500") << QStringLiteral("1980\\d{4}-0500");
    QTest::newRow("not a date") << QByteArray("UNKNOWN") << QStringLiteral("[A-Z]{7}");
    QTest::newRow("dashes") << QByteArray("1980-05-12") << QStringLiteral("\\d{4}-\\d{2}-\\d{2}");
}

void tst_PhiMasker::dates()
{
    QFETCH(QByteArray, date);
    QFETCH(QString, pattern);
    const QByteArray message = "MSH|^~\\&|A|B|C|D|20260101||ADT^A04|1|P|2.5.1\rPID|1||1||X||" + date + "^Y|F\r";
    const Hl7::Message after = Hl7::Message::parse(PhiMasker(TestKey).mask(message));
    const QString masked = after.value(path("PID-7.1"));
    QCOMPARE(after.value(path("PID-7.2")), QStringLiteral("Y")); // the precision component stays
    if (pattern.isEmpty()) {
        QCOMPARE(masked, QString::fromLatin1(date));
        return;
    }
    QVERIFY(masked != QString::fromLatin1(date));
    QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(masked).hasMatch(), qPrintable(masked));
}

void tst_PhiMasker::fragments_data()
{
    QTest::addColumn<QByteArray>("before"); // masked first, to set the delimiters
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QByteArray>>("gone");
    QTest::addColumn<QList<QByteArray>>("kept");
    const QByteArray standard("MSH|^~\\&|A|B|C|D|20260101||ORU^R01|1|P|2.5.1\rPID|1||1\r");
    QTest::newRow("capture began mid-segment")
        << standard << QByteArray("E^JOHN||19800512|M\rOBX|1|NM|GLU||90\r")
        << QList<QByteArray>{"JOHN", "19800512"} << QList<QByteArray>{"OBX|1|NM|GLU||90\r", "||"};
    QTest::newRow("segments without their MSH")
        << standard << QByteArray("PID|1||556677^^^H||DOE^JOHN\rZXX|secret\r")
        << QList<QByteArray>{"556677", "DOE", "JOHN"} << QList<QByteArray>{"PID|1||", "^^^H||", "\rZXX|secret\r"};
    QTest::newRow("custom delimiters from the last MSH")
        << QByteArray("MSH#$*!@#A#B#C#D#20260101##ORU$R01#1#P#2.5.1\r") << QByteArray("PID#1##556677$$$H##DOE$JOHN\r")
        << QList<QByteArray>{"556677", "DOE", "JOHN"} << QList<QByteArray>{"PID#1##", "$$$H##"};
    QTest::newRow("batch")
        << QByteArray() << QByteArray("FHS|^~\\&|A\rBHS|^~\\&|A\rMSH|^~\\&|A|B|C|D|1||ADT^A04|1|P|2.5.1\rPID|1||556677||DOE\r"
                                      "MSH|^~\\&|A|B|C|D|1||ADT^A04|2|P|2.5.1\rPID|1||778899||ROE\rBTS|2\rFTS|1\r")
        << QList<QByteArray>{"556677", "778899", "DOE", "ROE"}
        << QList<QByteArray>{"FHS|^~\\&|A\rBHS|^~\\&|A\rMSH|", "|ADT^A04|2|P|2.5.1\rPID|1||", "\rBTS|2\rFTS|1\r"};
    QTest::newRow("MLLP-framed and cut off")
        << QByteArray() << QByteArray("\x0bMSH|^~\\&|A|B|C|D|1||ADT^A04|1|P|2.5.1\rPID|1||556677||DOE\r\x1c\r\x0bMSH|^~\\&|A|B|C|D|1||ADT^A04|2|P|2.5.1\rPID|1||778899||RO")
        << QList<QByteArray>{"556677", "778899", "DOE"} << QList<QByteArray>{"\x1c\r\x0bMSH|", "\x0b"};
    QTest::newRow("control bytes only") << QByteArray() << QByteArray("\x05\x06\x04\r\n") << QList<QByteArray>{}
                                        << QList<QByteArray>{"\x05\x06\x04\r\n"};
}

void tst_PhiMasker::fragments()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, text);
    QFETCH(QList<QByteArray>, gone);
    QFETCH(QList<QByteArray>, kept);
    PhiMasker masker(TestKey);
    if (!before.isEmpty())
        masker.mask(before);
    const QByteArray out = masker.maskText(text);
    for (const QByteArray &g : gone)
        QVERIFY2(!out.contains(g), g.constData());
    for (const QByteArray &k : kept)
        QVERIFY2(out.contains(k), k.constData());
    // Line ends and framing bytes are where they were.
    auto controls = [](const QByteArray &b) {
        QByteArray c;
        for (const char x : b) {
            if (quint8(x) < 0x20)
                c.append(x);
        }
        return c;
    };
    QCOMPARE(controls(out), controls(text));
}

QTEST_GUILESS_MAIN(tst_PhiMasker)
#include "tst_phimasker.moc"

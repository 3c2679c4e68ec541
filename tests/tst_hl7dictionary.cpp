#include "hl7dictionary.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <string_view>

namespace {

// Types without components: primitives, "varies" (OBX-5, QPD-3) and "" (reserved fields).
const QSet<QString> primitiveTypes = {
    QStringLiteral("ST"), QStringLiteral("TX"), QStringLiteral("FT"), QStringLiteral("NM"),
    QStringLiteral("SI"), QStringLiteral("ID"), QStringLiteral("IS"), QStringLiteral("DT"),
    QStringLiteral("TM"), QStringLiteral("DTM"), QStringLiteral("GTS"), QStringLiteral("varies"),
    QString(),
};

// Every segment id the dictionary knows, found through the public API: all three-character ids
// [A-Z][A-Z0-9][A-Z0-9] except the site-defined Z ones.
QList<QByteArray> knownStandardSegments()
{
    static const char first[] = "ABCDEFGHIJKLMNOPQRSTUVWXY";
    static const char other[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QList<QByteArray> known;
    for (const char a : std::string_view(first))
        for (const char b : std::string_view(other))
            for (const char c : std::string_view(other)) {
                const char id[] = {a, b, c};
                if (Hl7Dictionary::knowsSegment(QByteArrayView(id, 3)))
                    known.append(QByteArray(id, 3));
            }
    return known;
}

// The highest number n in 1..limit for which name(n) is not empty.
template<typename NameOf>
int lastNamed(NameOf name, int limit = 200)
{
    int last = 0;
    for (int n = 1; n <= limit; ++n)
        if (!name(n).isEmpty())
            last = n;
    return last;
}

// Hands back every "Hl7Dictionary" text in upper case, to show the names go through translate().
class UpperCaseTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Hl7Dictionary") != 0)
            return {};
        return QString::fromUtf8(sourceText).toUpper();
    }
};

} // namespace

class tst_Hl7Dictionary : public QObject
{
    Q_OBJECT

private slots:
    void segmentName_data();
    void segmentName();
    void field_data();
    void field();
    void component_data();
    void component();
    void requiredSegmentsAreKnown();
    void fieldsAreNumberedContiguously();
    void componentsAreNumberedContiguously();
    void everyCompositeTypeHasComponents();
    void namesGoThroughTranslate();
};

void tst_Hl7Dictionary::segmentName_data()
{
    QTest::addColumn<QByteArray>("segment");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("name");

    QTest::newRow("MSH") << QByteArray("MSH") << true << QStringLiteral("Message Header");
    QTest::newRow("PID") << QByteArray("PID") << true << QStringLiteral("Patient Identification");
    QTest::newRow("OBX") << QByteArray("OBX") << true << QStringLiteral("Observation/Result");
    QTest::newRow("SPM") << QByteArray("SPM") << true << QStringLiteral("Specimen");
    QTest::newRow("MSA") << QByteArray("MSA") << true << QStringLiteral("Message Acknowledgment");
    QTest::newRow("QRD") << QByteArray("QRD") << true << QStringLiteral("Original-Style Query Definition");
    QTest::newRow("Z segment") << QByteArray("ZPD") << true << QStringLiteral("Z-segment (site-defined)");
    QTest::newRow("Z segment with digits") << QByteArray("Z01") << true << QStringLiteral("Z-segment (site-defined)");
    QTest::newRow("unknown segment") << QByteArray("XYZ") << false << QString();
    QTest::newRow("lower case") << QByteArray("pid") << false << QString();
    QTest::newRow("lower case Z") << QByteArray("zpd") << false << QString();
    QTest::newRow("too short") << QByteArray("PI") << false << QString();
    QTest::newRow("too long") << QByteArray("PIDX") << false << QString();
    QTest::newRow("Z alone") << QByteArray("Z") << false << QString();
    QTest::newRow("long Z") << QByteArray("ZPDX") << false << QString();
    QTest::newRow("empty") << QByteArray() << false << QString();
}

void tst_Hl7Dictionary::segmentName()
{
    QFETCH(QByteArray, segment);
    QFETCH(bool, known);
    QFETCH(QString, name);
    QCOMPARE(Hl7Dictionary::knowsSegment(segment), known);
    QCOMPARE(Hl7Dictionary::segmentName(segment), name);
}

void tst_Hl7Dictionary::field_data()
{
    QTest::addColumn<QByteArray>("segment");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");

    auto row = [](const char *segment, int field, const char *name, const char *type) {
        QTest::addRow("%s-%d", segment, field) << QByteArray(segment) << field << QString::fromUtf8(name) << QString::fromLatin1(type);
    };
    row("MSH", 1, "Field Separator", "ST");
    row("MSH", 2, "Encoding Characters", "ST");
    row("MSH", 3, "Sending Application", "HD");
    row("MSH", 7, "Date/Time of Message", "TS");
    row("MSH", 9, "Message Type", "MSG");
    row("MSH", 10, "Message Control ID", "ST");
    row("MSH", 11, "Processing ID", "PT");
    row("MSH", 12, "Version ID", "VID");
    row("MSH", 18, "Character Set", "ID");
    row("MSH", 21, "Message Profile Identifier", "EI");
    row("EVN", 1, "Event Type Code", "ID");
    row("PID", 1, "Set ID - PID", "SI");
    row("PID", 3, "Patient Identifier List", "CX");
    row("PID", 5, "Patient Name", "XPN");
    row("PID", 7, "Date/Time of Birth", "TS");
    row("PID", 8, "Administrative Sex", "IS");
    row("PID", 11, "Patient Address", "XAD");
    row("PID", 13, "Phone Number - Home", "XTN");
    row("PID", 18, "Patient Account Number", "CX");
    row("PID", 39, "Tribal Citizenship", "CWE");
    row("PD1", 4, "Patient Primary Care Provider Name & ID No.", "XCN");
    row("NK1", 2, "Name", "XPN");
    row("NK1", 3, "Relationship", "CE");
    row("PV1", 2, "Patient Class", "IS");
    row("PV1", 3, "Assigned Patient Location", "PL");
    row("PV1", 19, "Visit Number", "CX");
    row("PV1", 52, "Other Healthcare Provider", "XCN");
    row("PV2", 49, "Notify Clergy Code", "IS");
    row("ORC", 1, "Order Control", "ID");
    row("ORC", 2, "Placer Order Number", "EI");
    row("ORC", 7, "Quantity/Timing", "TQ");
    row("ORC", 31, "Parent Universal Service Identifier", "CWE");
    row("OBR", 4, "Universal Service Identifier", "CE");
    row("OBR", 7, "Observation Date/Time", "TS");
    row("OBR", 15, "Specimen Source", "SPS");
    row("OBR", 25, "Result Status", "ID");
    row("OBR", 32, "Principal Result Interpreter", "NDL");
    row("OBX", 2, "Value Type", "ID");
    row("OBX", 3, "Observation Identifier", "CE");
    row("OBX", 5, "Observation Value", "varies");
    row("OBX", 6, "Units", "CE");
    row("OBX", 8, "Abnormal Flags", "IS");
    row("OBX", 11, "Observation Result Status", "ID");
    row("OBX", 14, "Date/Time of the Observation", "TS");
    row("OBX", 18, "Equipment Instance Identifier", "EI");
    row("OBX", 20, "Reserved for harmonization with V2.6", "");
    row("OBX", 23, "Performing Organization Name", "XON");
    row("NTE", 3, "Comment", "FT");
    row("SPM", 2, "Specimen ID", "EIP");
    row("SPM", 4, "Specimen Type", "CWE");
    row("SPM", 17, "Specimen Collection Date/Time", "DR");
    row("SAC", 3, "Container Identifier", "EI");
    row("SAC", 11, "Position in Carrier", "NA");
    row("MSA", 1, "Acknowledgment Code", "ID");
    row("MSA", 2, "Message Control ID", "ST");
    row("ERR", 1, "Error Code and Location", "ELD");
    row("ERR", 2, "Error Location", "ERL");
    row("ERR", 3, "HL7 Error Code", "CWE");
    row("ERR", 4, "Severity", "ID");
    row("QRD", 1, "Query Date/Time", "TS");
    row("QRD", 8, "Who Subject Filter", "XCN");
    row("QAK", 2, "Query Response Status", "ID");
    row("QPD", 1, "Message Query Name", "CE");
    row("QPD", 3, "User Parameters (in successive fields)", "varies");
    row("RCP", 1, "Query Priority", "ID");
    row("TQ1", 3, "Repeat Pattern", "RPT");
    row("TQ1", 7, "Start Date/Time", "TS");
    row("FHS", 9, "File Name/ID", "ST");
    row("FTS", 1, "File Batch Count", "NM");
    row("BHS", 11, "Batch Control ID", "ST");
    row("BTS", 1, "Batch Message Count", "ST");

    // Past either end, and what the dictionary does not know.
    row("PID", 0, "", "");
    row("PID", 999, "", "");
    row("PID", -1, "", "");
    row("MSH", 22, "", "");
    row("OBX", 26, "", "");
    row("ZPD", 1, "", "");
    row("XYZ", 1, "", "");
    row("pid", 5, "", "");
}

void tst_Hl7Dictionary::field()
{
    QFETCH(QByteArray, segment);
    QFETCH(int, field);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QCOMPARE(Hl7Dictionary::fieldName(segment, field), name);
    QCOMPARE(Hl7Dictionary::fieldType(segment, field), type);
}

void tst_Hl7Dictionary::component_data()
{
    QTest::addColumn<QByteArray>("dataType");
    QTest::addColumn<int>("component");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");

    auto row = [](const char *dataType, int component, const char *name, const char *type) {
        QTest::addRow("%s-%d", dataType, component) << QByteArray(dataType) << component << QString::fromUtf8(name) << QString::fromLatin1(type);
    };
    row("XPN", 1, "Family Name", "FN");
    row("XPN", 2, "Given Name", "ST");
    row("XPN", 3, "Second and Further Given Names or Initials Thereof", "ST");
    row("XPN", 7, "Name Type Code", "ID");
    row("FN", 1, "Surname", "ST");
    row("CX", 1, "ID Number", "ST");
    row("CX", 4, "Assigning Authority", "HD");
    row("CX", 5, "Identifier Type Code", "ID");
    row("CE", 1, "Identifier", "ST");
    row("CE", 2, "Text", "ST");
    row("CE", 3, "Name of Coding System", "ID");
    row("CWE", 9, "Original Text", "ST");
    row("CNE", 1, "Identifier", "ST");
    row("XAD", 1, "Street Address", "SAD");
    row("XAD", 2, "Other Designation", "ST");
    row("XAD", 3, "City", "ST");
    row("XAD", 4, "State or Province", "ST");
    row("XAD", 5, "Zip or Postal Code", "ST");
    row("XAD", 6, "Country", "ID");
    row("SAD", 1, "Street or Mailing Address", "ST");
    row("XTN", 1, "Telephone Number", "ST");
    row("XTN", 4, "Email Address", "ST");
    row("XCN", 1, "ID Number", "ST");
    row("XCN", 2, "Family Name", "FN");
    row("XON", 1, "Organization Name", "ST");
    row("HD", 1, "Namespace ID", "IS");
    row("HD", 2, "Universal ID", "ST");
    row("HD", 3, "Universal ID Type", "ID");
    row("EI", 1, "Entity Identifier", "ST");
    row("MSG", 1, "Message Code", "ID");
    row("MSG", 2, "Trigger Event", "ID");
    row("MSG", 3, "Message Structure", "ID");
    row("PT", 1, "Processing ID", "ID");
    row("VID", 1, "Version ID", "ID");
    row("TS", 1, "Time", "DTM");
    row("TS", 2, "Degree of Precision", "ID");
    row("PL", 1, "Point of Care", "IS");
    row("PL", 4, "Facility", "HD");
    row("CQ", 1, "Quantity", "NM");
    row("CQ", 2, "Units", "CE");
    row("SPS", 1, "Specimen Source Name or Code", "CWE");
    row("EIP", 1, "Placer Assigned Identifier", "EI");
    row("EIP", 2, "Filler Assigned Identifier", "EI");
    row("ELD", 4, "Code Identifying Error", "CE");
    row("ERL", 1, "Segment ID", "ST");
    row("TQ", 10, "Order Sequencing", "OSD");

    // No components, out of range, unknown.
    row("DTM", 1, "", "");
    row("ST", 1, "", "");
    row("XPN", 0, "", "");
    row("XPN", 15, "", "");
    row("XPN", 999, "", "");
    row("MSG", 4, "", "");
    row("QQQ", 1, "", "");
    row("", 1, "", "");
}

void tst_Hl7Dictionary::component()
{
    QFETCH(QByteArray, dataType);
    QFETCH(int, component);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QCOMPARE(Hl7Dictionary::componentName(dataType, component), name);
    QCOMPARE(Hl7Dictionary::componentType(dataType, component), type);
}

void tst_Hl7Dictionary::requiredSegmentsAreKnown()
{
    const QList<QByteArray> known = knownStandardSegments();
    const char *const required[] = {"MSH", "EVN", "PID", "PD1", "NK1", "PV1", "PV2", "ORC", "OBR", "OBX", "NTE", "SPM",
                                    "SAC", "MSA", "ERR", "QRD", "QAK", "QPD", "RCP", "TQ1", "FHS", "FTS", "BHS", "BTS"};
    for (const char *segment : required) {
        QVERIFY2(known.contains(QByteArray(segment)), segment);
        QVERIFY2(!Hl7Dictionary::segmentName(segment).isEmpty(), segment);
        QVERIFY2(!Hl7Dictionary::fieldName(segment, 1).isEmpty(), segment);
    }
}

void tst_Hl7Dictionary::fieldsAreNumberedContiguously()
{
    const QList<QByteArray> known = knownStandardSegments();
    QVERIFY(known.size() >= 24);
    for (const QByteArray &segment : known) {
        const QByteArray what = "segment " + segment;
        QVERIFY2(!Hl7Dictionary::segmentName(segment).isEmpty(), what.constData());
        const int count = lastNamed([&](int n) { return Hl7Dictionary::fieldName(segment, n); });
        QVERIFY2(count > 0, what.constData());
        // No gap: 1..count all named (the tables themselves are checked 1..N, in order, without
        // duplicates, by a static_assert in hl7dictionary.cpp).
        for (int n = 1; n <= count; ++n) {
            const QByteArray where = segment + '-' + QByteArray::number(n);
            QVERIFY2(!Hl7Dictionary::fieldName(segment, n).isEmpty(), where.constData());
        }
        QVERIFY2(Hl7Dictionary::fieldName(segment, 0).isEmpty(), what.constData());
        QVERIFY2(Hl7Dictionary::fieldType(segment, count + 1).isEmpty(), what.constData());
    }
}

void tst_Hl7Dictionary::componentsAreNumberedContiguously()
{
    // Every composite type that a known field uses, plus the types of their components.
    QSet<QString> types;
    for (const QByteArray &segment : knownStandardSegments())
        for (int n = 1; !Hl7Dictionary::fieldName(segment, n).isEmpty(); ++n)
            types.insert(Hl7Dictionary::fieldType(segment, n));
    const QSet<QString> fieldTypes = types;
    for (const QString &type : fieldTypes) {
        const QByteArray id = type.toLatin1();
        for (int n = 1; !Hl7Dictionary::componentName(id, n).isEmpty(); ++n)
            types.insert(Hl7Dictionary::componentType(id, n));
    }
    types -= primitiveTypes;
    QVERIFY(types.size() >= 20);
    for (const QString &type : std::as_const(types)) {
        const QByteArray id = type.toLatin1();
        const int count = lastNamed([&](int n) { return Hl7Dictionary::componentName(id, n); }, 100);
        QVERIFY2(count > 0, qPrintable(type));
        for (int n = 1; n <= count; ++n)
            QVERIFY2(!Hl7Dictionary::componentName(id, n).isEmpty(), qPrintable(type + QLatin1Char('-') + QString::number(n)));
    }
}

void tst_Hl7Dictionary::everyCompositeTypeHasComponents()
{
    // A field or component type that is not primitive has component names, so the viewer can
    // always name the parts of a composite it shows.
    for (const QByteArray &segment : knownStandardSegments()) {
        for (int n = 1; !Hl7Dictionary::fieldName(segment, n).isEmpty(); ++n) {
            const QString type = Hl7Dictionary::fieldType(segment, n);
            if (primitiveTypes.contains(type))
                continue;
            const QByteArray id = type.toLatin1();
            QVERIFY2(!Hl7Dictionary::componentName(id, 1).isEmpty(),
                     qPrintable(QStringLiteral("%1-%2 (%3)").arg(QString::fromLatin1(segment)).arg(n).arg(type)));
            for (int c = 1; !Hl7Dictionary::componentName(id, c).isEmpty(); ++c) {
                const QString sub = Hl7Dictionary::componentType(id, c);
                QVERIFY2(primitiveTypes.contains(sub) || !Hl7Dictionary::componentName(sub.toLatin1(), 1).isEmpty(),
                         qPrintable(QStringLiteral("%1.%2 (%3)").arg(type).arg(c).arg(sub)));
            }
        }
    }
}

void tst_Hl7Dictionary::namesGoThroughTranslate()
{
    UpperCaseTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString segmentText = Hl7Dictionary::segmentName("PID");
    const QString zSegmentText = Hl7Dictionary::segmentName("ZPD");
    const QString fieldText = Hl7Dictionary::fieldName("PID", 5);
    const QString fieldTypeText = Hl7Dictionary::fieldType("PID", 5);
    const QString componentText = Hl7Dictionary::componentName("XPN", 1);
    const QString componentTypeText = Hl7Dictionary::componentType("XPN", 1);
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(segmentText, QStringLiteral("PATIENT IDENTIFICATION"));
    QCOMPARE(zSegmentText, QStringLiteral("Z-SEGMENT (SITE-DEFINED)"));
    QCOMPARE(fieldText, QStringLiteral("PATIENT NAME"));
    QCOMPARE(componentText, QStringLiteral("FAMILY NAME"));
    // Data type ids are codes, never translated.
    QCOMPARE(fieldTypeText, QStringLiteral("XPN"));
    QCOMPARE(componentTypeText, QStringLiteral("FN"));
    // Without the translator, English again.
    QCOMPARE(Hl7Dictionary::fieldName("PID", 5), QStringLiteral("Patient Name"));
}

QTEST_GUILESS_MAIN(tst_Hl7Dictionary)
#include "tst_hl7dictionary.moc"

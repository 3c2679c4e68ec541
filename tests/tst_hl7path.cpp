#include "hl7path.h"

#include <QTest>

#include <random>

using Hl7::Path;

Q_DECLARE_METATYPE(Hl7::Path)

class tst_Hl7Path : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void toString_data();
    void toString();
    void roundTrip();
};

void tst_Hl7Path::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("segment");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("repetition");
    QTest::addColumn<int>("component");
    QTest::addColumn<int>("subcomponent");
    QTest::addColumn<QString>("canonical"); // toString() of what was read

    auto valid = [](const char *text, const char *segment, int occurrence, int field, int repetition, int component, int subcomponent, const char *canonical) {
        QTest::newRow(text) << QString::fromUtf8(text) << true << QByteArray(segment) << occurrence << field << repetition << component << subcomponent
                            << QString::fromLatin1(canonical);
    };
    auto invalid = [](const char *name, const QString &text) {
        QTest::newRow(name) << text << false << QByteArray() << 0 << 0 << 0 << 0 << 0 << QString();
    };

    valid("PID", "PID", 1, 0, 0, 0, 0, "PID");
    valid("PID-5", "PID", 1, 5, 0, 0, 0, "PID-5");
    valid("PID-5.1", "PID", 1, 5, 0, 1, 0, "PID-5.1");
    valid("PID-5.1.2", "PID", 1, 5, 0, 1, 2, "PID-5.1.2");
    valid("OBX(2)-5", "OBX", 2, 5, 0, 0, 0, "OBX(2)-5");
    valid("OBX(12)-5.1", "OBX", 12, 5, 0, 1, 0, "OBX(12)-5.1");
    valid("PID-3(2)", "PID", 1, 3, 2, 0, 0, "PID-3(2)");
    valid("PID-3(2).1", "PID", 1, 3, 2, 1, 0, "PID-3(2).1");
    valid("PID-3(2).4.2", "PID", 1, 3, 2, 4, 2, "PID-3(2).4.2");
    valid("OBX(3)-5(2).1.1", "OBX", 3, 5, 2, 1, 1, "OBX(3)-5(2).1.1");
    valid("PID(2)", "PID", 2, 0, 0, 0, 0, "PID(2)");
    valid("ZP1-2", "ZP1", 1, 2, 0, 0, 0, "ZP1-2");
    valid("MSH-1", "MSH", 1, 1, 0, 0, 0, "MSH-1");
    valid("PID-999999", "PID", 1, 999999, 0, 0, 0, "PID-999999");
    // Tolerated on input, written in the usual form.
    valid("PID.5", "PID", 1, 5, 0, 0, 0, "PID-5");           // python-hl7's notation
    valid(" PID-5 ", "PID", 1, 5, 0, 0, 0, "PID-5");         // pasted with spaces
    valid("pid-5", "PID", 1, 5, 0, 0, 0, "PID-5");           // typed in a search box
    valid("PID(1)-5", "PID", 1, 5, 0, 0, 0, "PID-5");        // the first occurrence is the default
    valid("PID-5(1)", "PID", 1, 5, 1, 0, 0, "PID-5(1)");     // a repetition given stays given
    valid("PID-05", "PID", 1, 5, 0, 0, 0, "PID-5");

    invalid("empty", QString());
    invalid("spaces", QStringLiteral("   "));
    invalid("PI", QStringLiteral("PI"));
    invalid("PIDX", QStringLiteral("PIDX"));
    invalid("PIDX-5", QStringLiteral("PIDX-5"));
    invalid("1ID-5", QStringLiteral("1ID-5"));
    invalid("PID-", QStringLiteral("PID-"));
    invalid("PID-0", QStringLiteral("PID-0"));
    invalid("PID-x", QStringLiteral("PID-x"));
    invalid("PID--5", QStringLiteral("PID--5"));
    invalid("PID-+5", QStringLiteral("PID-+5"));
    invalid("PID-5-6", QStringLiteral("PID-5-6"));
    invalid("PID-5.", QStringLiteral("PID-5."));
    invalid("PID-5..1", QStringLiteral("PID-5..1"));
    invalid("PID-5.0", QStringLiteral("PID-5.0"));
    invalid("PID-5.1.0", QStringLiteral("PID-5.1.0"));
    invalid("PID-3(2).1.2.3", QStringLiteral("PID-3(2).1.2.3"));
    invalid("OBX(0)-5", QStringLiteral("OBX(0)-5"));
    invalid("OBX(-1)-5", QStringLiteral("OBX(-1)-5"));
    invalid("OBX()-5", QStringLiteral("OBX()-5"));
    invalid("OBX(2-5", QStringLiteral("OBX(2-5"));
    invalid("PID(2", QStringLiteral("PID(2"));
    invalid("PID-3(0)", QStringLiteral("PID-3(0)"));
    invalid("PID-3(2)(3)", QStringLiteral("PID-3(2)(3)"));
    invalid("PID-3.1(2)", QStringLiteral("PID-3.1(2)"));
    invalid("PID-5 .1", QStringLiteral("PID-5 .1"));
    invalid("seven digits", QStringLiteral("PID-1234567"));
    invalid("non-ASCII letter", QStringLiteral("P\u00cdD-5"));
    invalid("Arabic-Indic digit", QStringLiteral("PID-\u0665"));
    invalid("fullwidth digit", QStringLiteral("PID-\uff15"));
    invalid("superscript digit", QStringLiteral("PID-\u00b2"));
}

void tst_Hl7Path::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<Path> p = Path::parse(text);
    QCOMPARE(p.has_value(), valid);
    if (!valid)
        return;
    QTEST(p->segment, "segment");
    QTEST(p->occurrence, "occurrence");
    QTEST(p->field, "field");
    QTEST(p->repetition, "repetition");
    QTEST(p->component, "component");
    QTEST(p->subcomponent, "subcomponent");
    QTEST(p->toString(), "canonical");
    QCOMPARE(Path::parse(p->toString()), p);
}

void tst_Hl7Path::toString_data()
{
    QTest::addColumn<Path>("path");
    QTest::addColumn<QString>("text");
    QTest::newRow("segment") << Path{"PID", 1, 0, 0, 0, 0} << QStringLiteral("PID");
    QTest::newRow("second segment") << Path{"OBX", 2, 0, 0, 0, 0} << QStringLiteral("OBX(2)");
    QTest::newRow("field") << Path{"PID", 1, 5, 0, 0, 0} << QStringLiteral("PID-5");
    QTest::newRow("repetition") << Path{"PID", 1, 3, 2, 0, 0} << QStringLiteral("PID-3(2)");
    QTest::newRow("component") << Path{"PID", 1, 5, 0, 1, 0} << QStringLiteral("PID-5.1");
    QTest::newRow("sub-component") << Path{"PID", 1, 5, 0, 1, 2} << QStringLiteral("PID-5.1.2");
    QTest::newRow("all") << Path{"OBX", 3, 5, 2, 1, 1} << QStringLiteral("OBX(3)-5(2).1.1");
    // A segment path ignores what lies below.
    QTest::newRow("segment with leftovers") << Path{"PID", 1, 0, 2, 3, 4} << QStringLiteral("PID");
}

void tst_Hl7Path::toString()
{
    QFETCH(Path, path);
    QTEST(path.toString(), "text");
}

// Every path in the usual form reads back as itself.
void tst_Hl7Path::roundTrip()
{
    std::minstd_rand rng(42);
    const QByteArray names[] = {"MSH", "PID", "OBX", "ZP1", "Z99", "NTE"};
    for (int i = 0; i < 5000; ++i) {
        Path p;
        p.segment = names[rng() % std::size(names)];
        p.occurrence = 1 + int(rng() % 20);
        p.field = int(rng() % 40);
        if (p.field > 0) {
            p.repetition = int(rng() % 4);
            p.component = int(rng() % 6);
            p.subcomponent = p.component > 0 ? int(rng() % 4) : 0;
        }
        const QString text = p.toString();
        QVERIFY2(Path::parse(text) == p, qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(tst_Hl7Path)
#include "tst_hl7path.moc"

#include "hl7header.h"

#include <QTest>

namespace {
QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *item : list)
        out.append(QString::fromLatin1(item));
    return out;
}
} // namespace

class tst_Hl7Header : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void decode_data();
    void decode();
};

void tst_Hl7Header::read_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QStringList>("expected"); // type, control id, application, facility, version, charset

    QTest::newRow("ORU with charset") << QByteArray("MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20261101||ORU^R01|C1|P|2.5.1||||||UNICODE UTF-8\rPID|1")
                                      << strings({"ORU^R01", "C1", "ANALYZER", "LAB", "2.5.1", "UNICODE UTF-8"});
    QTest::newRow("no charset") << QByteArray("MSH|^~\\&|A|B|C|D|20261101||ADT^A04|C2|P|2.3\r")
                                << strings({"ADT^A04", "C2", "A", "B", "2.3", ""});
    QTest::newRow("other separators") << QByteArray("MSH^|~\\&^A^B^C^D^20261101^^ADT|A24^C3^P^2.4")
                                      << strings({"ADT|A24", "C3", "A", "B", "2.4", ""});
    QTest::newRow("LF segment ends") << QByteArray("MSH|^~\\&|A|B|C|D|1||ACK|C4|P|2.5\nMSA|AA|C1\n")
                                     << strings({"ACK", "C4", "A", "B", "2.5", ""});
    QTest::newRow("repeated charset") << QByteArray("MSH|^~\\&|A|B|C|D|1||ORU^R01|C5|P|2.5||||||8859/1~UNICODE UTF-8")
                                      << strings({"ORU^R01", "C5", "A", "B", "2.5", "8859/1"});
    QTest::newRow("not HL7") << QByteArray("hello") << strings({"", "", "", "", "", ""});
    QTest::newRow("short MSH") << QByteArray("MSH|^~\\&|A") << strings({"", "", "A", "", "", ""});
}

void tst_Hl7Header::read()
{
    QFETCH(QByteArray, message);
    QFETCH(QStringList, expected);
    const Hl7Header h = Hl7Header::read(message);
    QCOMPARE((QStringList{h.type, h.controlId, h.sendingApplication, h.sendingFacility, h.version, h.charset}), expected);
}

void tst_Hl7Header::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("used");

    QTest::newRow("UTF-8 as declared") << QByteArray("PID|M\xc3\xbcller") << QStringLiteral("UNICODE UTF-8") << QStringLiteral("PID|M\u00fcller") << QStringLiteral("UTF-8");
    QTest::newRow("nothing declared, UTF-8") << QByteArray("PID|M\xc3\xbcller") << QStringLiteral("") << QStringLiteral("PID|M\u00fcller") << QStringLiteral("UTF-8");
    QTest::newRow("8859/1 as declared") << QByteArray("PID|M\xfcller") << QStringLiteral("8859/1") << QStringLiteral("PID|M\u00fcller") << QStringLiteral("ISO-8859-1");
    QTest::newRow("8859/15 euro") << QByteArray("NTE|\xa4") << QStringLiteral("8859/15") << QStringLiteral("NTE|\u20ac") << QStringLiteral("ISO-8859-15");
    QTest::newRow("says UTF-8, is not") << QByteArray("PID|M\xfcller") << QStringLiteral("UNICODE UTF-8") << QStringLiteral("PID|M\u00fcller") << QStringLiteral("ISO-8859-1");
    QTest::newRow("unknown charset") << QByteArray("PID|\xe9") << QStringLiteral("KLINGON") << QStringLiteral("PID|\u00e9") << QStringLiteral("ISO-8859-1");
}

void tst_Hl7Header::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, charset);
    QFETCH(QString, text);
    QFETCH(QString, used);
    QString charsetUsed;
    const QString decoded = decodeHl7Text(bytes, charset, &charsetUsed);
    QCOMPARE(decoded, text);
    QCOMPARE(charsetUsed, used);
    if (used == u"ISO-8859-1")
        QCOMPARE(decoded.toLatin1(), bytes); // nothing lost
}

QTEST_GUILESS_MAIN(tst_Hl7Header)
#include "tst_hl7header.moc"

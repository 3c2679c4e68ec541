#include "hl7escape.h"
#include "hl7message.h"

#include <QTest>

#include <random>

using Hl7::Delimiters;

Q_DECLARE_METATYPE(Delimiters)

namespace {

// field, component, repetition, escape, sub-component, truncation
const Delimiters Standard{'|', '^', '~', '\\', '&', 0};
const Delimiters Truncation{'|', '^', '~', '\\', '&', '#'};
const Delimiters Custom{'^', '~', '|', '\\', '&', 0}; // MSH^~|\&
const Delimiters OtherEscape{'|', '^', '~', '!', '&', 0};
const Delimiters Control{'\x01', '\x02', '\x03', '\x04', '\x05', '\x06'};

} // namespace

class tst_Hl7Escape : public QObject
{
    Q_OBJECT

private slots:
    void unescape_data();
    void unescape();
    void escape_data();
    void escape();
    void canonical_data();
    void canonical();
    void randomRoundTrip_data();
    void randomRoundTrip();
};

void tst_Hl7Escape::unescape_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<Delimiters>("delimiters");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("plain") << QByteArray("plain text") << Standard << QByteArray("plain text");
    QTest::newRow("empty") << QByteArray() << Standard << QByteArray();
    QTest::newRow("\\F\\") << QByteArray("a\\F\\b") << Standard << QByteArray("a|b");
    QTest::newRow("\\S\\") << QByteArray("a\\S\\b") << Standard << QByteArray("a^b");
    QTest::newRow("\\T\\") << QByteArray("a\\T\\b") << Standard << QByteArray("a&b");
    QTest::newRow("\\R\\") << QByteArray("a\\R\\b") << Standard << QByteArray("a~b");
    QTest::newRow("\\E\\") << QByteArray("a\\E\\b") << Standard << QByteArray("a\\b");
    QTest::newRow("all delimiters") << QByteArray("1\\S\\2\\T\\3\\R\\4\\F\\5\\E\\6") << Standard << QByteArray("1^2&3~4|5\\6");
    QTest::newRow("adjacent") << QByteArray("\\F\\\\F\\\\E\\\\E\\") << Standard << QByteArray("||\\\\");
    QTest::newRow("\\P\\ with truncation") << QByteArray("cut\\P\\") << Truncation << QByteArray("cut#");
    QTest::newRow("\\P\\ without truncation") << QByteArray("cut\\P\\") << Standard << QByteArray("cut\\P\\");
    QTest::newRow("delimiters with truncation") << QByteArray("\\F\\\\S\\\\T\\\\R\\\\E\\") << Truncation << QByteArray("|^&~\\");
    QTest::newRow("custom delimiters") << QByteArray("\\F\\\\S\\\\R\\\\T\\") << Custom << QByteArray("^~|&");
    QTest::newRow("other escape character") << QByteArray("a!F!b!E!c\\F\\") << OtherEscape << QByteArray("a|b!c\\F\\");
    QTest::newRow("control characters as delimiters") << QByteArray("\x04" "F\x04\x04" "P\x04") << Control << QByteArray("\x01\x06");
    QTest::newRow("\\X0D\\") << QByteArray("a\\X0D\\b") << Standard << QByteArray("a\rb");
    QTest::newRow("\\X0D0A\\") << QByteArray("a\\X0D0A\\b") << Standard << QByteArray("a\r\nb");
    QTest::newRow("\\X0D\\\\X0A\\") << QByteArray("a\\X0D\\\\X0A\\b") << Standard << QByteArray("a\r\nb");
    QTest::newRow("lowercase hex") << QByteArray("\\x0d\\\\X0a\\") << Standard << QByteArray("\\x0d\\\n");
    QTest::newRow("\\X\\ bytes as they are") << QByteArray("\\XC3A9FF00\\") << Standard << QByteArray("\xc3\xa9\xff\x00", 4);
    QTest::newRow("\\X\\ delimiter bytes") << QByteArray("\\X7C5E\\") << Standard << QByteArray("|^");
    QTest::newRow("\\H\\ \\N\\ dropped") << QByteArray("a \\H\\bold\\N\\ b") << Standard << QByteArray("a bold b");
    QTest::newRow("\\.br\\") << QByteArray("one\\.br\\two") << Standard << QByteArray("one\ntwo");
    // Sequences for the applications that agreed on them, or formatting we do not lay out.
    QTest::newRow("\\Zxx\\ kept") << QByteArray("a\\Zabc\\b") << Standard << QByteArray("a\\Zabc\\b");
    QTest::newRow("\\Cxxyy\\ kept") << QByteArray("\\C2842\\x") << Standard << QByteArray("\\C2842\\x");
    QTest::newRow("\\Mxxyyzz\\ kept") << QByteArray("\\M2442\\x") << Standard << QByteArray("\\M2442\\x");
    QTest::newRow("\\.sp\\ kept") << QByteArray("\\.sp2\\x") << Standard << QByteArray("\\.sp2\\x");
    QTest::newRow("\\.in\\ kept") << QByteArray("\\.in+4\\x") << Standard << QByteArray("\\.in+4\\x");
    // Malformed: kept as written, and the closing escape character opens nothing.
    QTest::newRow("odd hex digits") << QByteArray("a\\X1\\b") << Standard << QByteArray("a\\X1\\b");
    QTest::newRow("not hex") << QByteArray("a\\XZZ\\b") << Standard << QByteArray("a\\XZZ\\b");
    QTest::newRow("no hex") << QByteArray("a\\X\\b") << Standard << QByteArray("a\\X\\b");
    QTest::newRow("unknown letter") << QByteArray("a\\Q\\b") << Standard << QByteArray("a\\Q\\b");
    QTest::newRow("empty sequence") << QByteArray("a\\\\b") << Standard << QByteArray("a\\\\b");
    QTest::newRow("kept, then text") << QByteArray("a\\Zx\\F\\b") << Standard << QByteArray("a\\Zx\\F\\b");
    QTest::newRow("unterminated") << QByteArray("abc\\F") << Standard << QByteArray("abc\\F");
    QTest::newRow("unterminated hex") << QByteArray("abc\\X0D") << Standard << QByteArray("abc\\X0D");
    QTest::newRow("lone escape") << QByteArray("\\") << Standard << QByteArray("\\");
    QTest::newRow("after a good one") << QByteArray("\\F\\\\") << Standard << QByteArray("|\\");
}

void tst_Hl7Escape::unescape()
{
    QFETCH(QByteArray, raw);
    QFETCH(Delimiters, delimiters);
    QTEST(Hl7::unescape(raw, delimiters), "text");
}

void tst_Hl7Escape::escape_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Delimiters>("delimiters");
    QTest::addColumn<QByteArray>("raw");

    QTest::newRow("plain") << QByteArray("plain") << Standard << QByteArray("plain");
    QTest::newRow("field") << QByteArray("a|b") << Standard << QByteArray("a\\F\\b");
    QTest::newRow("component") << QByteArray("a^b") << Standard << QByteArray("a\\S\\b");
    QTest::newRow("sub-component") << QByteArray("a&b") << Standard << QByteArray("a\\T\\b");
    QTest::newRow("repetition") << QByteArray("a~b") << Standard << QByteArray("a\\R\\b");
    QTest::newRow("escape") << QByteArray("a\\b") << Standard << QByteArray("a\\E\\b");
    QTest::newRow("truncation") << QByteArray("a#b") << Truncation << QByteArray("a\\P\\b");
    QTest::newRow("no truncation character") << QByteArray("a#b") << Standard << QByteArray("a#b");
    QTest::newRow("CR LF") << QByteArray("a\r\nb") << Standard << QByteArray("a\\X0D\\\\X0A\\b");
    QTest::newRow("other bytes stay") << QByteArray("\xc3\xa9\t\x00", 4) << Standard << QByteArray("\xc3\xa9\t\x00", 4);
    QTest::newRow("custom delimiters") << QByteArray("^~|&\\") << Custom << QByteArray("\\F\\\\S\\\\R\\\\T\\\\E\\");
    QTest::newRow("other escape character") << QByteArray("!\\") << OtherEscape << QByteArray("!E!\\");
    QTest::newRow("NUL with no truncation character") << QByteArray("\x00", 1) << Standard << QByteArray("\x00", 1);
}

void tst_Hl7Escape::escape()
{
    QFETCH(QByteArray, text);
    QFETCH(Delimiters, delimiters);
    QTEST(Hl7::escape(text, delimiters), "raw");
    QCOMPARE(Hl7::unescape(Hl7::escape(text, delimiters), delimiters), text);
}

void tst_Hl7Escape::canonical_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<Delimiters>("delimiters");
    QTest::newRow("plain") << QByteArray("plain") << Standard;
    QTest::newRow("empty") << QByteArray() << Standard;
    QTest::newRow("delimiters") << QByteArray("a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\") << Standard;
    QTest::newRow("CR LF") << QByteArray("\\X0D\\\\X0A\\") << Standard;
    QTest::newRow("truncation") << QByteArray("\\P\\") << Truncation;
    QTest::newRow("custom") << QByteArray("\\F\\\\R\\") << Custom;
    QTest::newRow("other escape character") << QByteArray("!E!!F!") << OtherEscape;
}

// Text in the form escape() writes comes back unchanged through unescape() and escape().
void tst_Hl7Escape::canonical()
{
    QFETCH(QByteArray, raw);
    QFETCH(Delimiters, delimiters);
    QCOMPARE(Hl7::escape(Hl7::unescape(raw, delimiters), delimiters), raw);
}

void tst_Hl7Escape::randomRoundTrip_data()
{
    QTest::addColumn<Delimiters>("delimiters");
    QTest::newRow("standard") << Standard;
    QTest::newRow("truncation") << Truncation;
    QTest::newRow("custom") << Custom;
    QTest::newRow("other escape character") << OtherEscape;
    QTest::newRow("control characters") << Control;
    QTest::newRow("all alike") << Delimiters{'|', '|', '|', '\\', '|', 0};
    QTest::newRow("escape is a delimiter too") << Delimiters{'|', '\\', '~', '\\', '&', 0};
}

// unescape(escape(x)) == x for any bytes, and escape(unescape(y)) == y for y = escape(x); the
// bytes lean on the delimiters and the letters of sequences, where mistakes would be.
void tst_Hl7Escape::randomRoundTrip()
{
    QFETCH(Delimiters, delimiters);
    std::minstd_rand rng(1234);
    QByteArray alphabet("FSTREPXHNZ0DA.br \r\n\x00\xff", 21);
    for (const char c : {delimiters.field, delimiters.component, delimiters.repetition, delimiters.escape, delimiters.subcomponent, delimiters.truncation})
        alphabet.append(QByteArray(3, c));
    for (int i = 0; i < 20000; ++i) {
        QByteArray x(int(rng() % 40), Qt::Uninitialized);
        for (char &c : x)
            c = (rng() % 4) ? alphabet[rng() % alphabet.size()] : char(rng());
        const QByteArray escaped = Hl7::escape(x, delimiters);
        QCOMPARE(Hl7::unescape(escaped, delimiters), x);
        QCOMPARE(Hl7::escape(Hl7::unescape(escaped, delimiters), delimiters), escaped);
        (void)Hl7::unescape(x, delimiters); // anything at all decodes without harm
    }
}

QTEST_GUILESS_MAIN(tst_Hl7Escape)
#include "tst_hl7escape.moc"

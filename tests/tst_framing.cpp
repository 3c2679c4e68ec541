#include "framing.h"
#include "framingdecoder.h"

#include "astmdecoder.h"
#include "e1381decoder.h"
#include "mllpdecoder.h"

#include <QTest>

class tst_Framing : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void unknownNames_data();
    void unknownNames();
    void detect_data();
    void detect();
    void createDecoder();
};

void tst_Framing::names_data()
{
    QTest::addColumn<Framing>("framing");
    QTest::addColumn<QString>("name");

    QTest::newRow("auto") << Framing::Auto << QStringLiteral("auto");
    QTest::newRow("astm") << Framing::Astm << QStringLiteral("astm");
    QTest::newRow("e1381") << Framing::E1381 << QStringLiteral("e1381");
    QTest::newRow("mllp") << Framing::Mllp << QStringLiteral("mllp");
}

void tst_Framing::names()
{
    QFETCH(Framing, framing);
    QFETCH(QString, name);
    QCOMPARE(framingName(framing), name);
    QCOMPARE(framingFromString(name), std::optional(framing));
    QCOMPARE(framingFromString(name.toUpper()), std::optional(framing));
}

void tst_Framing::unknownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("misspelt") << QStringLiteral("e1394");
    QTest::newRow("with space") << QStringLiteral(" mllp");
    QTest::newRow("prefix") << QStringLiteral("ml");
}

void tst_Framing::unknownNames()
{
    QFETCH(QString, name);
    QVERIFY(!framingFromString(name));
}

void tst_Framing::detect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a framing name, or empty while undecided

    const QString astm = QStringLiteral("astm");
    const QString e1381 = QStringLiteral("e1381");
    const QString mllp = QStringLiteral("mllp");
    const QString undecided;
    QTest::newRow("MLLP block") << QByteArray("\x0bMSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20261101120000||ORU^R01|CTRL1|P|2.5.1\r") << mllp;
    QTest::newRow("VT alone") << QByteArray("\x0b") << mllp;
    QTest::newRow("MLLP after junk") << QByteArray("\r\n\x0bMSH") << mllp;
    QTest::newRow("ENQ alone") << QByteArray("\x05") << undecided;
    QTest::newRow("VT after ENQ is not MLLP") << QByteArray("\x05\x0b") << undecided;
    QTest::newRow("ENQ then HL7 frame") << QByteArray("\x05\x02MSH|^~\\&|") << astm;
    QTest::newRow("STX then HL7") << QByteArray("\x02MSH|") << astm;
    QTest::newRow("LIS ACK before the device frame") << QByteArray("\x06\x02MSH") << astm;
    QTest::newRow("STX alone") << QByteArray("\x05\x02") << undecided;
    QTest::newRow("ENQ then EOT") << QByteArray("\x05\x04") << astm;
    QTest::newRow("E1381 last frame") << QByteArray("\x05\x02" "1H|\\^&\r\x03" "4A\r\n\x04") << e1381;
    QTest::newRow("E1381 intermediate frame") << QByteArray("\x02" "1H|\\^&\r\x17" "b2\r\n") << e1381;
    QTest::newRow("E1381 frame 7") << QByteArray("\x02" "7A\x03" "7B\r\n") << e1381;
    QTest::newRow("E1381 frame before its trailer") << QByteArray("\x02" "1H|\r\x03" "4A\r") << undecided;
    QTest::newRow("E1381 frame before its end") << QByteArray("\x02" "1H|\\^&\r") << undecided;
    QTest::newRow("digit frame ending in CR LF") << QByteArray("\x02" "1abc\r\n") << astm;
    QTest::newRow("frame number 0 is not a first frame") << QByteArray("\x02" "0A\x03" "74\r\n") << astm;
    QTest::newRow("frame number 8") << QByteArray("\x02" "8A\x03" "7C\r\n") << astm;
    QTest::newRow("ETX without hex checksum") << QByteArray("\x02" "1A\x03" "ZZ\r\n") << astm;
    QTest::newRow("ETX without CR LF") << QByteArray("\x02" "1A\x03" "75\n\r") << astm;
    QTest::newRow("EOT inside a digit frame") << QByteArray("\x02" "1A\x04") << astm;
    QTest::newRow("nothing yet") << QByteArray() << undecided;
    QTest::newRow("only junk") << QByteArray("abc\r\n") << undecided;
    QTest::newRow("junk up to the detection limit") << QByteArray(FramingDetectionLimit, 'x') << astm;
    QTest::newRow("junk just below the limit") << QByteArray(FramingDetectionLimit - 1, 'x') << undecided;
}

void tst_Framing::detect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const std::optional<Framing> detected = detectFraming(bytes);
    QCOMPARE(detected ? framingName(*detected) : QString(), expected);
    // More bytes never change a decision: every shorter prefix is undecided or agrees.
    if (bytes.size() < 1000) {
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            const std::optional<Framing> early = detectFraming(QByteArrayView(bytes).first(n));
            QVERIFY2(!early || early == detected, qPrintable(QStringLiteral("prefix of %1 bytes").arg(n)));
        }
    }
}

void tst_Framing::createDecoder()
{
    QVERIFY(!createFramingDecoder(Framing::Auto));
    QVERIFY(dynamic_cast<AstmDecoder *>(createFramingDecoder(Framing::Astm).get()));
    QVERIFY(dynamic_cast<E1381Decoder *>(createFramingDecoder(Framing::E1381).get()));
    QVERIFY(dynamic_cast<MllpDecoder *>(createFramingDecoder(Framing::Mllp).get()));
    FramingOptions options;
    options.endByte = 0x13;
    QCOMPARE(createFramingDecoder(Framing::Astm, options)->options().endByte, char(0x13));
}

QTEST_GUILESS_MAIN(tst_Framing)
#include "tst_framing.moc"

#include "mllpdecoder.h"
#include "framingtesthelpers.h"

#include <QTest>

using namespace FramingTest;

namespace {

QByteArray block(const QByteArray &text) { return '\x0b' + text + "\x1c\r"; }

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<ElementType>)

class tst_MllpDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void controlBytesAreText();
    void overlongBlockIsCutOff();
    void acknowledgement_data();
    void acknowledgement();
    void randomStreams();
};

void tst_MllpDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");

    const QByteArray msg = sampleMessage();
    QTest::newRow("one message") << block(msg) << QStringList{QStringLiteral("Message [%1]").arg(escaped(msg))};
    QTest::newRow("message and acknowledgement")
        << QByteArray(block("MSH|^~\\&|LIS|HOSP|ANALYZER|LAB|20261101120001||ACK^R01|ACK1|P|2.5.1\rMSA|AA|CTRL1\r") + block("B\r"))
        << list({"Message [MSH|^~\\x5c&|LIS|HOSP|ANALYZER|LAB|20261101120001||ACK^R01|ACK1|P|2.5.1\\rMSA|AA|CTRL1\\r]",
                 "Message [B\\r]"});
    QTest::newRow("empty block") << block("") << list({"Message"});
    QTest::newRow("empty stream") << QByteArray() << QStringList();
    QTest::newRow("data before VT") << QByteArray("junk" + block("A"))
                                    << list({"Other !bytes outside any frame", "Message [A]"});
    QTest::newRow("data after the block") << QByteArray(block("A") + "\n")
                                          << list({"Message [A]", "Other !bytes outside any frame"});
    QTest::newRow("FS without CR") << QByteArray("\x0b" "A\x1cX")
                                   << list({"Message [A] !end block FS not followed by CR", "Other !bytes outside any frame"});
    QTest::newRow("FS without CR before VT") << QByteArray("\x0b" "A\x1c" + block("B"))
                                             << list({"Message [A] !end block FS not followed by CR", "Message [B]"});
    QTest::newRow("FS at end of stream") << QByteArray("\x0b" "A\x1c")
                                         << list({"Message [A] !end block FS not followed by CR"});
    QTest::newRow("VT inside a block starts over")
        << QByteArray("\x0b" "AB" + block("C"))
        << list({"Other !block cut off by a new start block (VT) before its FS CR", "Message [C]"});
    QTest::newRow("incomplete block at end") << QByteArray(block("A") + "\x0bMSH|")
                                             << list({"Message [A]", "Other !incomplete frame at end of stream"});
    QTest::newRow("CR alone does not end a block") << QByteArray("\x0b" "A\r\rB\x1c\r") << list({"Message [A\\r\\rB]"});
}

void tst_MllpDecoder::decode()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);
    QCOMPARE(summaries(FramingTest::decode(Framing::Mllp, {}, stream)), expected);
    const QString error = checkEverySplit(Framing::Mllp, {}, stream);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_MllpDecoder::controlBytesAreText()
{
    // ENQ, ACK, NAK, EOT and STX mean nothing in MLLP, inside or outside blocks.
    const QByteArray stream("\x05\x06" + block("A\x02\x04") + "\x15");
    QCOMPARE(summaries(FramingTest::decode(Framing::Mllp, {}, stream)),
             list({"Other !bytes outside any frame", "Message [A\\x02\\x04]", "Other !bytes outside any frame"}));
}

void tst_MllpDecoder::overlongBlockIsCutOff()
{
    FramingOptions options;
    options.maxElementBytes = 8;
    const QByteArray stream = block("0123456789") + block("OK");
    const QList<FramedElement> elements = FramingTest::decode(Framing::Mllp, options, stream);
    QVERIFY(elements.size() >= 2);
    QCOMPARE(elements.first().type, ElementType::Other);
    QCOMPARE(elements.first().bytes.size(), 8);
    QVERIFY2(elements.first().problem.contains(QLatin1StringView("longer than 8 bytes")), qPrintable(elements.first().problem));
    QCOMPARE(summary(elements.last()), QStringLiteral("Message [OK]"));
    const QString error = checkEverySplit(Framing::Mllp, options, stream);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_MllpDecoder::acknowledgement_data()
{
    QTest::addColumn<QByteArray>("hl7");
    QTest::addColumn<std::optional<ElementType>>("expected");

    const QByteArray ack("MSH|^~\\&|LIS|HOSP|ANALYZER|LAB|20261101120001||ACK^R01|ACK1|P|2.5.1\r");
    const std::optional<ElementType> none;
    QTest::newRow("ACK with AA") << QByteArray(ack + "MSA|AA|CTRL1\r") << std::optional(ElementType::Ack);
    QTest::newRow("ACK with CA") << QByteArray(ack + "MSA|CA|CTRL1\r") << std::optional(ElementType::Ack);
    QTest::newRow("ACK with AE") << QByteArray(ack + "MSA|AE|CTRL1\r") << std::optional(ElementType::Nak);
    QTest::newRow("ACK with AR") << QByteArray(ack + "MSA|AR|CTRL1\r") << std::optional(ElementType::Nak);
    QTest::newRow("ACK with CE") << QByteArray(ack + "MSA|CE|CTRL1\r") << std::optional(ElementType::Nak);
    QTest::newRow("ACK with CR") << QByteArray(ack + "MSA|CR|CTRL1\r") << std::optional(ElementType::Nak);
    QTest::newRow("ACK without MSA") << ack << std::optional(ElementType::Ack);
    QTest::newRow("ACK with unknown MSA code") << QByteArray(ack + "MSA|ZZ|CTRL1\r") << std::optional(ElementType::Ack);
    QTest::newRow("MSA with only a code") << QByteArray(ack + "MSA|AE") << std::optional(ElementType::Nak);
    QTest::newRow("LF segment ends") << QByteArray("MSH|^~\\&|A|B|C|D|1||ACK|C4|P|2.5\nMSA|AR|C1\n")
                                     << std::optional(ElementType::Nak);
    QTest::newRow("other separator") << QByteArray("MSH#^~\\&#A#B#C#D#1##ACK#C4#P#2.5\rMSA#AE#C1\r")
                                     << std::optional(ElementType::Nak);
    QTest::newRow("query response with MSA AA") << QByteArray("MSH|^~\\&|LIS|H|A|L|1||RSP^K11|Q1|P|2.5.1\rMSA|AA|Q0\r")
                                                << std::optional(ElementType::Ack);
    QTest::newRow("observation result") << sampleMessage() << none;
    QTest::newRow("MSA text in another segment") << QByteArray("MSH|^~\\&|A|B|C|D|1||ORU^R01|C1|P|2.5\rNTE|MSA|AE\r")
                                                 << none;
    QTest::newRow("MSH-9 ACK elsewhere") << QByteArray("MSH|^~\\&|ACK|B|C|D|1||ORU^R01|C1|P|2.5\r") << none;
    QTest::newRow("empty") << QByteArray() << none;
    QTest::newRow("not HL7") << QByteArray("hello\rMSAX|AA") << none;
}

void tst_MllpDecoder::acknowledgement()
{
    QFETCH(QByteArray, hl7);
    QFETCH(std::optional<ElementType>, expected);
    const std::optional<ElementType> actual = mllpAcknowledgement(hl7);
    QCOMPARE(actual.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(typeName(*actual), typeName(*expected));
}

void tst_MllpDecoder::randomStreams()
{
    const QString error = checkRandomStreams(Framing::Mllp, [](QRandomGenerator &random, bool wellFormed, QByteArray &stream, QStringList &expected) {
        const int choice = int(random.bounded(wellFormed ? 1 : 3));
        if (choice == 0) {
            const QByteArray text = randomText(random, 60);
            stream += block(text);
            expected.append(expectedMessage(text));
        } else if (choice == 1) {
            stream += randomGarbage(random, 20);
        } else {
            stream += block(randomText(random, 60)).first(random.bounded(4)); // a cut-off block
        }
    }, 10, 40);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_MllpDecoder)
#include "tst_mllpdecoder.moc"

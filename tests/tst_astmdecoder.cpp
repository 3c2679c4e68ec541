#include "astmdecoder.h"
#include "framingtesthelpers.h"

#include <QTest>

using namespace FramingTest;

namespace {

QByteArray frame(const QByteArray &text) { return '\x02' + text + "\r\n"; }

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

class tst_AstmDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void customMarkers();
    void timestampsComeFromFirstByte();
    void overlongFrameIsCutOff();
    void defaultLimitIs16MiB();
    void finishResetsForANewStream();
    void randomStreams();
};

void tst_AstmDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");

    const QByteArray msg = sampleMessage();
    QTest::newRow("full transmission") << QByteArray("\x05" + frame(msg) + "\x04")
                                       << QStringList{QStringLiteral("Start"), QStringLiteral("Message [%1]").arg(escaped(msg)),
                                                      QStringLiteral("End")};
    QTest::newRow("two messages") << QByteArray("\x05" + frame("A|1\r") + frame("B|2\r") + "\x04")
                                  << list({"Start", "Message [A|1\\r]", "Message [B|2\\r]", "End"});
    QTest::newRow("LIS answers") << QByteArray("\x06\x15\x06") << list({"Ack", "Nak", "Ack"});
    QTest::newRow("empty stream") << QByteArray() << QStringList();
    QTest::newRow("empty message") << frame("") << list({"Message"});
    QTest::newRow("CR without LF stays in the message") << QByteArray("\x02" "A\rB\r\n") << list({"Message [A\\rB]"});
    QTest::newRow("LF without CR stays in the message") << QByteArray("\x02" "A\nB\r\n") << list({"Message [A\\nB]"});
    QTest::newRow("message ends at first CR LF") << QByteArray("\x02" "A\r\nB\r\n")
                                                 << list({"Message [A]", "Other !bytes outside any frame"});
    QTest::newRow("ACK and NAK inside a message are text") << QByteArray("\x02" "A\x06" "B\x15\r\n")
                                                           << list({"Message [A\\x06B\\x15]"});
    QTest::newRow("garbage between frames")
        << QByteArray("xx\x05yy\x02M\r\n\r\n\x04")
        << list({"Other !bytes outside any frame", "Start", "Other !bytes outside any frame", "Message [M]",
                 "Other !bytes outside any frame", "End"});
    QTest::newRow("EOT cuts a message off") << QByteArray("\x02" "ABC\x04")
                                            << list({"Other !frame cut off by control byte 0x04 before its CR LF", "End"});
    QTest::newRow("ENQ cuts a message off") << QByteArray("\x02" "ABC\x05")
                                            << list({"Other !frame cut off by control byte 0x05 before its CR LF", "Start"});
    QTest::newRow("STX starts over") << QByteArray("\x02" "AB\x02" "CD\r\n")
                                     << list({"Other !frame cut off by control byte 0x02 before its CR LF", "Message [CD]"});
    QTest::newRow("incomplete frame at end") << QByteArray("\x05\x02MSH|partial")
                                             << list({"Start", "Other !incomplete frame at end of stream"});
    QTest::newRow("CR at end") << QByteArray("\x02MSH\r") << list({"Other !incomplete frame at end of stream"});
    QTest::newRow("garbage at end") << QByteArray("\x04zz") << list({"End", "Other !bytes outside any frame"});
    QTest::newRow("only garbage") << QByteArray("\x00\xff\r\n", 4) << list({"Other !bytes outside any frame"});
    QTest::newRow("E1381 bytes are not special") << QByteArray("\x02" "1A\x03" "3E\r\n")
                                                 << list({"Message [1A\\x033E]"});
}

void tst_AstmDecoder::decode()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);
    const QList<FramedElement> elements = FramingTest::decode(Framing::Astm, {}, stream);
    QCOMPARE(summaries(elements), expected);
    const QString error = checkEverySplit(Framing::Astm, {}, stream);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_AstmDecoder::customMarkers()
{
    FramingOptions options;
    options.startByte = 0x11;
    options.ackByte = 0x12;
    options.endByte = 0x13;
    const QByteArray stream("\x11\x02M\r\n\x13\x12\x15\x05\x06\x04");
    QCOMPARE(summaries(FramingTest::decode(Framing::Astm, options, stream)),
             list({"Start", "Message [M]", "End", "Ack", "Nak", "Other !bytes outside any frame"}));
    const QString error = checkEverySplit(Framing::Astm, options, stream);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_AstmDecoder::timestampsComeFromFirstByte()
{
    AstmDecoder decoder;
    QList<FramedElement> out = decoder.feed("\x05\x02MS", 10);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).timestampUs, 10);
    QVERIFY(decoder.feed("H|\r", 20).isEmpty());
    out = decoder.feed("\n\x04", 30);
    QCOMPARE(summaries(out), list({"Message [MSH|]", "End"}));
    QCOMPARE(out.at(0).timestampUs, 10);
    QCOMPARE(out.at(0).bytes, QByteArray("\x02MSH|\r\n"));
    QCOMPARE(out.at(1).timestampUs, 30);
    QVERIFY(decoder.finish().isEmpty());
}

void tst_AstmDecoder::overlongFrameIsCutOff()
{
    FramingOptions options;
    options.maxElementBytes = 16;
    const QByteArray stream = '\x02' + QByteArray(30, 'A') + "\r\n\x05" + frame("OK");
    const QList<FramedElement> elements = FramingTest::decode(Framing::Astm, options, stream);
    QVERIFY(elements.size() >= 3);
    QCOMPARE(elements.first().type, ElementType::Other);
    QCOMPARE(elements.first().bytes.size(), 16);
    QVERIFY2(elements.first().problem.contains(QLatin1StringView("longer than 16 bytes")),
             qPrintable(elements.first().problem));
    QCOMPARE(summaries(elements.last(2)), list({"Start", "Message [OK]"}));
    for (const FramedElement &e : elements)
        QVERIFY(e.bytes.size() <= 16);
    const QString error = checkEverySplit(Framing::Astm, options, stream);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_AstmDecoder::defaultLimitIs16MiB()
{
    constexpr qsizetype limit = 16 * 1024 * 1024;
    QCOMPARE(FramingOptions().maxElementBytes, limit);
    const QByteArray big = '\x02' + QByteArray(limit + 100, 'A') + "\r\n" + frame("OK");
    AstmDecoder decoder;
    QList<FramedElement> elements = decoder.feed(big, 1);
    elements += decoder.finish();
    QCOMPARE(elements.size(), 3);
    QCOMPARE(elements.at(0).bytes.size(), limit);
    QVERIFY(!elements.at(0).problem.isEmpty());
    QCOMPARE(elements.at(1).type, ElementType::Other); // the rest of the cut-off frame
    QCOMPARE(elements.at(1).bytes.size(), 103); // 101 A and CR LF
    QCOMPARE(summary(elements.at(2)), QStringLiteral("Message [OK]"));
    const QString error = conservationError(elements, big);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_AstmDecoder::finishResetsForANewStream()
{
    AstmDecoder decoder;
    decoder.feed("\x02" "half", 1);
    QCOMPARE(summaries(decoder.finish()), list({"Other !incomplete frame at end of stream"}));
    QList<FramedElement> out = decoder.feed("\x02" "B\r\n", 2);
    QCOMPARE(summaries(out), list({"Message [B]"}));
    QVERIFY(decoder.finish().isEmpty());
}

void tst_AstmDecoder::randomStreams()
{
    const QString error = checkRandomStreams(Framing::Astm, [](QRandomGenerator &random, bool wellFormed, QByteArray &stream, QStringList &expected) {
        const int choice = int(random.bounded(wellFormed ? 5 : 7));
        if (choice < 4) {
            addControl(choice, stream, expected);
        } else if (choice == 4) {
            const QByteArray text = randomText(random, 60);
            stream += frame(text);
            expected.append(expectedMessage(text));
        } else if (choice == 5) {
            stream += randomGarbage(random, 20);
        } else {
            stream += frame(randomText(random, 60)).first(random.bounded(3)); // a cut-off frame
        }
    }, 12, 40);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_AstmDecoder)
#include "tst_astmdecoder.moc"

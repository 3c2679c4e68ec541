#include "e1381decoder.h"
#include "framingtesthelpers.h"

#include <QTest>

using namespace FramingTest;

namespace {

QByteArray checksum(QByteArrayView numberTextEnd)
{
    int sum = 0;
    for (const char c : numberTextEnd)
        sum += quint8(c);
    return QByteArray::number(sum % 256, 16).rightJustified(2, '0').toUpper();
}

// STX, number, text, ETX or ETB, checksum, CR LF; sumOverride replaces the checksum.
QByteArray frame(char number, const QByteArray &text, bool last, const QByteArray &sumOverride = {})
{
    const QByteArray body = number + text + (last ? '\x03' : '\x17');
    return '\x02' + body + (sumOverride.isNull() ? checksum(body) : sumOverride) + "\r\n";
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

class tst_E1381Decoder : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void messageKeepsAllFrameBytes();
    void overlongMessageIsCutOff();
    void randomStreams();
};

void tst_E1381Decoder::decode_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("single frame transmission") << QByteArray("\x05" + frame('1', "H|\\^&\rL|1\r", true) + "\x04")
                                               << list({"Start", "Message [H|\\x5c^&\\rL|1\\r]", "End"});
    QTest::newRow("HL7 message in three frames")
        << QByteArray(frame('1', "MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20261101120000||ORU^R01|CTRL1|P|2.5.1\r", false)
                      + frame('2', "PID|1||TEST1\r", false) + frame('3', "OBX|1|NM|GLU||5.4\r", true))
        << QStringList{QStringLiteral("Message [%1]").arg(escaped("MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20261101120000||ORU^R01|"
                                                                  "CTRL1|P|2.5.1\rPID|1||TEST1\rOBX|1|NM|GLU||5.4\r"))};
    QTest::newRow("frame numbers wrap from 7 to 0") << QByteArray(frame('7', "AB", false) + frame('0', "CD", true))
                                                    << list({"Message [ABCD]"});
    QTest::newRow("known checksum") << QByteArray("\x02" "1A\x03" "75\r\n") << list({"Message [A]"});
    QTest::newRow("wrong checksum") << QByteArray("\x02" "1A\x03" "3F\r\n")
                                    << list({"Message [A] !frame 1: checksum 3F, expected 75"});
    QTest::newRow("wrong checksum in the middle frame")
        << QByteArray(frame('1', "AB", false) + frame('2', "CD", false, "00") + frame('3', "EF", true))
        << QStringList{QStringLiteral("Message [ABCDEF] !frame 2: checksum 00, expected %1")
                           .arg(QString::fromLatin1(checksum("2CD\x17")))};
    QTest::newRow("two wrong checksums") << QByteArray(frame('1', "A", false, "00") + frame('2', "B", true, "01"))
                                         << QStringList{QStringLiteral("Message [AB] !frame 1: checksum 00, expected %1; "
                                                                       "frame 2: checksum 01, expected %2")
                                                            .arg(QString::fromLatin1(checksum("1A\x17")),
                                                                 QString::fromLatin1(checksum("2B\x03")))};
    QTest::newRow("lowercase checksum accepted") << QByteArray("\x02" "1Z\x03" "8e\r\n") << list({"Message [Z]"});
    QTest::newRow("missing checksum") << QByteArray("\x02" "1A\x03\r\n")
                                      << list({"Message [A] !frame 1: malformed end, expected two hex checksum digits and CR LF"});
    QTest::newRow("checksum not hex") << QByteArray("\x02" "1A\x03" "G5\r\n")
                                      << list({"Message [A] !frame 1: malformed end, expected two hex checksum digits and CR LF"});
    QTest::newRow("end without LF takes four bytes")
        << QByteArray("\x02" "1A\x03" "75\rX\x04")
        << list({"Message [A] !frame 1: malformed end, expected two hex checksum digits and CR LF", "End"});
    QTest::newRow("EOT right after the checksum")
        << QByteArray("\x02" "1A\x03" "75\x04")
        << list({"Message [A] !frame 1: malformed end, expected two hex checksum digits and CR LF", "End"});
    QTest::newRow("no frame number") << QByteArray("\x02\x03" "03\r\n") << list({"Message !frame without a frame number 0-7"});
    QTest::newRow("frame number not a digit") << frame('9', "A", true) << list({"Message [A] !frame without a frame number 0-7"});
    QTest::newRow("retransmitted frame replaces its text")
        << QByteArray(frame('1', "AB", false) + frame('1', "AB", false) + frame('2', "C", true)) << list({"Message [ABC]"});
    QTest::newRow("retransmission after a bad checksum")
        << QByteArray(frame('1', "AB", false, "00") + frame('1', "AB", false) + frame('2', "C", true))
        << QStringList{QStringLiteral("Message [ABC] !frame 1: checksum 00, expected %1").arg(QString::fromLatin1(checksum("1AB\x17")))};
    QTest::newRow("messages in a row") << QByteArray(frame('1', "A", true) + frame('2', "B", true))
                                       << list({"Message [A]", "Message [B]"});
    QTest::newRow("EOT after an intermediate frame")
        << QByteArray(frame('1', "AB", false) + "\x04")
        << list({"Other !message ends with an intermediate frame (ETB) and no last frame (ETX)", "End"});
    QTest::newRow("intermediate frame at end of stream") << frame('1', "AB", false)
                                                         << list({"Other !incomplete frame at end of stream"});
    QTest::newRow("EOT inside the text") << QByteArray("\x02" "1AB\x04")
                                         << list({"Other !frame cut off by control byte 0x04 before its ETB or ETX", "End"});
    QTest::newRow("STX inside the text starts over")
        << QByteArray("\x02" "1AB" + frame('1', "C", true))
        << list({"Other !frame cut off by control byte 0x02 before its ETB or ETX", "Message [C]"});
    QTest::newRow("incomplete frame at end") << QByteArray("\x05\x02" "1AB") << list({"Start", "Other !incomplete frame at end of stream"});
    QTest::newRow("garbage around frames")
        << QByteArray("zz" + frame('1', "A", true) + "\r\n\x04")
        << list({"Other !bytes outside any frame", "Message [A]", "Other !bytes outside any frame", "End"});
    QTest::newRow("LIS answers") << QByteArray("\x06\x15\x06") << list({"Ack", "Nak", "Ack"});
    QTest::newRow("empty stream") << QByteArray() << QStringList();
}

void tst_E1381Decoder::decode()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);
    QCOMPARE(summaries(FramingTest::decode(Framing::E1381, {}, stream)), expected);
    const QString error = checkEverySplit(Framing::E1381, {}, stream);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_E1381Decoder::messageKeepsAllFrameBytes()
{
    const QByteArray frames = frame('1', "AB", false) + frame('2', "CD", true);
    E1381Decoder decoder;
    QVERIFY(decoder.feed(frames.first(10), 5).isEmpty());
    const QList<FramedElement> out = decoder.feed(frames.sliced(10), 6);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.at(0).type, ElementType::Message);
    QCOMPARE(out.at(0).bytes, frames);
    QCOMPARE(out.at(0).message, QByteArray("ABCD"));
    QCOMPARE(out.at(0).timestampUs, 5);
    QVERIFY(out.at(0).problem.isEmpty());
}

void tst_E1381Decoder::overlongMessageIsCutOff()
{
    FramingOptions options;
    options.maxElementBytes = 20;
    const QByteArray stream = frame('1', "0123456789", false) + frame('2', "0123456789", true) + "\x05" + frame('1', "A", true);
    const QList<FramedElement> elements = FramingTest::decode(Framing::E1381, options, stream);
    QVERIFY(elements.size() >= 3);
    QCOMPARE(elements.first().type, ElementType::Other);
    QCOMPARE(elements.first().bytes.size(), 20);
    QVERIFY2(elements.first().problem.contains(QLatin1StringView("longer than 20 bytes")), qPrintable(elements.first().problem));
    QCOMPARE(summaries(elements.last(2)), list({"Start", "Message [A]"}));
    const QString error = checkEverySplit(Framing::E1381, options, stream);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_E1381Decoder::randomStreams()
{
    const QString error = checkRandomStreams(Framing::E1381, [](QRandomGenerator &random, bool wellFormed, QByteArray &stream, QStringList &expected) {
        const int choice = int(random.bounded(wellFormed ? 5 : 7));
        if (choice < 4) {
            addControl(choice, stream, expected);
        } else if (choice == 4) {
            const int frames = 1 + int(random.bounded(4));
            QByteArray joined;
            for (int f = 0; f < frames; ++f) {
                const QByteArray text = randomText(random, 30);
                stream += frame(char('0' + (f + 1) % 8), text, f == frames - 1);
                joined += text;
            }
            expected.append(expectedMessage(joined));
        } else if (choice == 5) {
            stream += randomGarbage(random, 20);
        } else { // a damaged frame
            QByteArray f = frame(char('0' + random.bounded(8)), randomText(random, 20), random.bounded(2) == 0);
            f[random.bounded(int(f.size()))] = char(random.bounded(256));
            stream += f.first(random.bounded(int(f.size()) + 1));
        }
    }, 10, 60);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_E1381Decoder)
#include "tst_e1381decoder.moc"

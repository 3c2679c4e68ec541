#pragma once

// Shared checks for the framing decoder tests: decode a stream cut into pieces, and verify that
// every byte is kept once and in order, that timestamps come from the right piece, and that
// where the pieces are cut does not change the result.

#include "framingdecoder.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace FramingTest {

inline QString typeName(ElementType type)
{
    switch (type) {
    case ElementType::Start: return QStringLiteral("Start");
    case ElementType::Ack: return QStringLiteral("Ack");
    case ElementType::Nak: return QStringLiteral("Nak");
    case ElementType::Message: return QStringLiteral("Message");
    case ElementType::End: return QStringLiteral("End");
    case ElementType::Other: return QStringLiteral("Other");
    }
    return QStringLiteral("?");
}

// Printable bytes as they are, CR and LF as \r and \n, other bytes as \xNN.
inline QString escaped(QByteArrayView bytes)
{
    QString out;
    for (const char c : bytes) {
        const auto u = quint8(c);
        if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (u >= 0x20 && u < 0x7F && c != '\\')
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

// "Type", "Type [message]", "Type !problem" or "Type [message] !problem".
inline QString summary(const FramedElement &e)
{
    QString s = typeName(e.type);
    if (!e.message.isEmpty())
        s += QStringLiteral(" [%1]").arg(escaped(e.message));
    if (!e.problem.isEmpty())
        s += QStringLiteral(" !%1").arg(e.problem);
    return s;
}

inline QStringList summaries(const QList<FramedElement> &elements)
{
    QStringList out;
    for (const FramedElement &e : elements)
        out.append(summary(e));
    return out;
}

// Piece i is stream[cuts[i-1], cuts[i]) and carries timestamp 1000 + i.
inline qint64 pieceTimestamp(qsizetype piece) { return 1000 + piece; }

inline QList<FramedElement> decode(Framing framing, const FramingOptions &options, const QByteArray &stream,
                                   QList<qsizetype> cuts = {})
{
    std::sort(cuts.begin(), cuts.end());
    cuts.append(stream.size());
    auto decoder = createFramingDecoder(framing, options);
    QList<FramedElement> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < cuts.size(); ++i) {
        const qsizetype end = std::clamp(cuts.at(i), start, stream.size());
        out += decoder->feed(QByteArrayView(stream).sliced(start, end - start), pieceTimestamp(i));
        start = end;
    }
    out += decoder->finish();
    return out;
}

// Empty when the elements' bytes put together are the stream and no element is empty.
inline QString conservationError(const QList<FramedElement> &elements, const QByteArray &stream)
{
    QByteArray joined;
    for (const FramedElement &e : elements) {
        if (e.bytes.isEmpty())
            return QStringLiteral("an element of type %1 without bytes").arg(typeName(e.type));
        joined += e.bytes;
    }
    if (joined == stream)
        return {};
    qsizetype at = 0;
    while (at < joined.size() && at < stream.size() && joined.at(at) == stream.at(at))
        ++at;
    return QStringLiteral("bytes differ from the stream at offset %1 (%2 bytes joined, %3 fed)")
        .arg(at)
        .arg(joined.size())
        .arg(stream.size());
}

// Empty when every element carries the timestamp of the piece that held its first byte.
inline QString timestampError(const QList<FramedElement> &elements, QList<qsizetype> cuts, qsizetype streamSize)
{
    std::sort(cuts.begin(), cuts.end());
    cuts.append(streamSize);
    qsizetype offset = 0;
    for (const FramedElement &e : elements) {
        qsizetype piece = 0;
        while (piece < cuts.size() && cuts.at(piece) <= offset)
            ++piece;
        if (e.timestampUs != pieceTimestamp(piece))
            return QStringLiteral("element at offset %1 has timestamp %2, expected %3")
                .arg(offset)
                .arg(e.timestampUs)
                .arg(pieceTimestamp(piece));
        offset += e.bytes.size();
    }
    return {};
}

// Empty when both lists hold the same elements, timestamps aside.
inline QString difference(const QList<FramedElement> &actual, const QList<FramedElement> &expected)
{
    for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        const FramedElement &a = actual.at(i);
        const FramedElement &e = expected.at(i);
        if (a.type != e.type || a.bytes != e.bytes || a.message != e.message || a.problem != e.problem)
            return QStringLiteral("element %1: got %2 {%3}, expected %4 {%5}")
                .arg(i)
                .arg(summary(a), escaped(a.bytes), summary(e), escaped(e.bytes));
    }
    if (actual.size() != expected.size())
        return QStringLiteral("got %1 elements, expected %2").arg(actual.size()).arg(expected.size());
    return {};
}

// All the checks for one way of cutting the stream, against the stream decoded in one piece.
inline QString checkCuts(Framing framing, const FramingOptions &options, const QByteArray &stream,
                         const QList<qsizetype> &cuts, const QList<FramedElement> &whole)
{
    const QList<FramedElement> elements = decode(framing, options, stream, cuts);
    QString error = conservationError(elements, stream);
    if (error.isEmpty())
        error = timestampError(elements, cuts, stream.size());
    if (error.isEmpty())
        error = difference(elements, whole);
    for (const FramedElement &e : elements) {
        if (error.isEmpty() && e.bytes.size() > options.maxElementBytes)
            error = QStringLiteral("an element of %1 bytes, above the limit").arg(e.bytes.size());
    }
    return error;
}

// Cut at every single position, and into single bytes: the result must not change.
inline QString checkEverySplit(Framing framing, const FramingOptions &options, const QByteArray &stream)
{
    const QList<FramedElement> whole = decode(framing, options, stream);
    QString error = conservationError(whole, stream);
    for (qsizetype cut = 0; error.isEmpty() && cut <= stream.size(); ++cut) {
        error = checkCuts(framing, options, stream, {cut}, whole);
        if (!error.isEmpty())
            error = QStringLiteral("split at %1: %2").arg(cut).arg(error);
    }
    if (error.isEmpty()) {
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < stream.size(); ++i)
            everyByte.append(i);
        error = checkCuts(framing, options, stream, everyByte, whole);
        if (!error.isEmpty())
            error = QStringLiteral("one byte at a time: %1").arg(error);
    }
    return error;
}

// Up to maxCuts random cut positions, repeats (empty pieces) allowed.
inline QList<qsizetype> randomCuts(QRandomGenerator &random, qsizetype size, int maxCuts)
{
    QList<qsizetype> cuts;
    const int count = int(random.bounded(maxCuts + 1));
    for (int i = 0; i < count; ++i)
        cuts.append(qsizetype(random.bounded(quint32(size + 1))));
    return cuts;
}

// The seed for randomized tests: HL7_TEST_SEED when set, else a fresh one. Logged so a
// failure can be repeated.
inline quint32 testSeed()
{
    bool ok = false;
    quint32 seed = qEnvironmentVariable("HL7_TEST_SEED").toUInt(&ok);
    if (!ok)
        seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u (set HL7_TEST_SEED=%u to repeat)", seed, seed);
    return seed;
}

// Text made of letters, digits, HL7 separators and CR.
inline QByteArray randomText(QRandomGenerator &random, int maxLength)
{
    static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789|^~&.- \r");
    QByteArray text;
    const int length = int(random.bounded(maxLength + 1));
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(random.bounded(int(alphabet.size()))));
    return text;
}

// Random bytes, control bytes more often than chance would have them.
inline QByteArray randomGarbage(QRandomGenerator &random, int maxLength)
{
    static const QByteArray controls("\x02\x03\x04\x05\x06\x0b\x15\x17\x1c\r\n0123456789ABCDEF");
    QByteArray bytes;
    const int length = int(random.bounded(maxLength + 1));
    for (int i = 0; i < length; ++i) {
        if (random.bounded(2) == 0)
            bytes.append(controls.at(random.bounded(int(controls.size()))));
        else
            bytes.append(char(random.bounded(256)));
    }
    return bytes;
}

inline const QByteArray &sampleMessage()
{
    static const QByteArray message("MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20261101120000||ORU^R01|CTRL1|P|2.5.1\r"
                                    "PID|1||TEST1\r"
                                    "OBX|1|NM|GLU^Glucose||5.4|mmol/L\r");
    return message;
}

// The summary a well-formed message with this text decodes to.
inline QString expectedMessage(const QByteArray &text)
{
    return text.isEmpty() ? QStringLiteral("Message") : QStringLiteral("Message [%1]").arg(escaped(text));
}

// Adds one of the four control bytes (choice 0-3: ENQ, ACK, NAK, EOT) and its summary.
inline void addControl(int choice, QByteArray &stream, QStringList &expected)
{
    static const char bytes[] = {'\x05', '\x06', '\x15', '\x04'};
    static const char *const names[] = {"Start", "Ack", "Nak", "End"};
    stream += bytes[choice];
    expected.append(QString::fromLatin1(names[choice]));
}

// Adds one random part to a stream: in a well-formed stream only what decodes to the summaries
// it appends to expected, otherwise anything.
using PartGenerator = std::function<void(QRandomGenerator &random, bool wellFormed, QByteArray &stream, QStringList &expected)>;

// Thousands of random streams (half well formed, a quarter with a small size limit), each decoded
// whole and cut at random places: well-formed streams give the expected summaries, and cuts never
// change the result or lose a byte. Returns the first failure, or an empty string.
inline QString checkRandomStreams(Framing framing, const PartGenerator &addPart, int maxParts, int maxSmallLimit)
{
    QRandomGenerator random(testSeed());
    for (int iteration = 0; iteration < 3000; ++iteration) {
        const bool wellFormed = random.bounded(2) == 0;
        FramingOptions options;
        if (random.bounded(4) == 0)
            options.maxElementBytes = 1 + random.bounded(maxSmallLimit);
        QByteArray stream;
        QStringList expected;
        const int parts = int(random.bounded(maxParts));
        for (int p = 0; p < parts; ++p)
            addPart(random, wellFormed, stream, expected);
        const QList<FramedElement> whole = decode(framing, options, stream);
        if (wellFormed && options.maxElementBytes == FramingOptions().maxElementBytes && summaries(whole) != expected)
            return QStringLiteral("iteration %1: decoded {%2}, expected {%3}")
                .arg(iteration)
                .arg(summaries(whole).join(QStringLiteral(", ")), expected.join(QStringLiteral(", ")));
        const QList<qsizetype> cuts = randomCuts(random, stream.size(), 8);
        const QString error = checkCuts(framing, options, stream, cuts, whole);
        if (!error.isEmpty())
            return QStringLiteral("iteration %1: %2 in {%3}").arg(iteration).arg(error, escaped(stream));
    }
    return {};
}

} // namespace FramingTest

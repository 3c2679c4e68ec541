#include "hl7header.h"

#include "utf8.h"

#include <QList>
#include <QStringDecoder>

#include <array>

namespace {

// MSH-1 … MSH-18 as raw bytes (index n is MSH-n), in one pass over the MSH segment: the capture
// engine reads a header for every message it sees. A field the segment does not reach is null.
struct MshFields
{
    static constexpr int Count = 18;
    std::array<QByteArrayView, Count + 1> field{};
};

MshFields mshFields(QByteArrayView message)
{
    MshFields f;
    if (message.size() < 4 || !message.startsWith("MSH"))
        return f;
    const char separator = message.at(3);
    qsizetype end = message.size();
    for (qsizetype i = 3; i < message.size(); ++i) {
        if (message.at(i) == '\r' || message.at(i) == '\n') {
            end = i;
            break;
        }
    }
    const QByteArrayView segment = message.first(end);
    f.field[1] = message.sliced(3, 1); // the separator, even when it also ends the segment
    qsizetype position = 3;            // the separator that ends MSH-1
    for (int n = 2; n <= MshFields::Count; ++n) {
        const qsizetype start = position + 1;
        if (start > segment.size())
            break;
        const qsizetype stop = segment.indexOf(separator, start);
        f.field[n] = segment.sliced(start, (stop < 0 ? segment.size() : stop) - start);
        if (stop < 0)
            break;
        position = stop;
    }
    return f;
}

QString latin1(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.data(), bytes.size());
}

// HL7 table 0211 names to the names ICU and Qt know.
QByteArray codecName(const QString &hl7Charset)
{
    const QString c = hl7Charset.trimmed().toUpper();
    if (c.isEmpty() || c == u"ASCII" || c == u"UNICODE UTF-8" || c == u"UNICODE" || c == u"ISO IR192")
        return "UTF-8";
    if (c == u"ISO IR6")
        return "US-ASCII";
    if (c == u"ISO IR100")
        return "ISO-8859-1";
    if (c.startsWith(u"8859/"))
        return "ISO-8859-" + c.mid(5).toLatin1();
    if (c == u"UNICODE UTF-16")
        return "UTF-16";
    if (c == u"UNICODE UTF-32")
        return "UTF-32";
    if (c == u"BIG-5")
        return "Big5";
    if (c == u"GB 18030-2000")
        return "GB18030";
    if (c == u"KS X 1001")
        return "EUC-KR";
    if (c == u"ISO IR87")
        return "ISO-2022-JP";
    return c.toLatin1();
}

} // namespace

Hl7Header Hl7Header::read(QByteArrayView message)
{
    const MshFields f = mshFields(message);
    Hl7Header h;
    h.sendingApplication = latin1(f.field[3]);
    h.sendingFacility = latin1(f.field[4]);
    h.type = latin1(f.field[9]);
    h.controlId = latin1(f.field[10]);
    h.version = latin1(f.field[12]);
    h.charset = latin1(f.field[18]);
    // MSH-18 may repeat; the first repetition is the message's own charset.
    const QByteArrayView encoding = f.field[2];
    if (!encoding.isEmpty() && encoding.size() >= 2) {
        const QChar repetition = QLatin1Char(encoding.at(1));
        if (h.charset.contains(repetition))
            h.charset = h.charset.section(repetition, 0, 0);
    }
    return h;
}

QString decodeHl7Text(QByteArrayView message, const QString &declaredCharset, QString *charsetUsed)
{
    const QByteArray name = codecName(declaredCharset);
    auto used = [&](const QString &what) {
        if (charsetUsed)
            *charsetUsed = what;
    };
    if (name == "UTF-8" || name == "US-ASCII") {
        if (Utf8::isValid(message)) {
            used(QStringLiteral("UTF-8"));
            return QString::fromUtf8(message);
        }
    } else if (name == "ISO-8859-1") {
        used(QStringLiteral("ISO-8859-1"));
        return latin1(message);
    } else {
        QStringDecoder decoder(name.constData());
        if (decoder.isValid()) {
            const QString text = decoder.decode(message);
            if (!decoder.hasError()) {
                used(QString::fromLatin1(name));
                return text;
            }
        }
    }
    used(QStringLiteral("ISO-8859-1"));
    return latin1(message);
}

#include "hl7header.h"

#include "utf8.h"

#include <QList>
#include <QStringDecoder>

namespace {

// MSH field n (1-based, MSH-1 being the separator itself) as raw bytes.
QByteArrayView mshField(QByteArrayView message, int n)
{
    if (message.size() < 4 || !message.startsWith("MSH"))
        return {};
    const char separator = message.at(3);
    qsizetype end = message.size();
    for (qsizetype i = 3; i < message.size(); ++i) {
        if (message.at(i) == '\r' || message.at(i) == '\n') {
            end = i;
            break;
        }
    }
    const QByteArrayView segment = message.first(end);
    if (n == 1)
        return segment.sliced(3, 1);
    qsizetype position = 3; // the separator that ends MSH-1
    for (int field = 2; field < n; ++field) {
        position = segment.indexOf(separator, position + 1);
        if (position < 0)
            return {};
    }
    const qsizetype start = position + 1;
    if (start > segment.size())
        return {};
    qsizetype stop = segment.indexOf(separator, start);
    if (stop < 0)
        stop = segment.size();
    return segment.sliced(start, stop - start);
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
    Hl7Header h;
    h.sendingApplication = latin1(mshField(message, 3));
    h.sendingFacility = latin1(mshField(message, 4));
    h.type = latin1(mshField(message, 9));
    h.controlId = latin1(mshField(message, 10));
    h.version = latin1(mshField(message, 12));
    h.charset = latin1(mshField(message, 18));
    // MSH-18 may repeat; the first repetition is the message's own charset.
    const QByteArrayView encoding = mshField(message, 2);
    if (!encoding.isEmpty() && encoding.size() >= 2) {
        const QChar repetition = QLatin1Char(encoding.at(1));
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

#include "capturechecks.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <arpa/inet.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaptureChecks)
};

QString hexByte(int byte)
{
    return QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

const char *reservedName(int byte)
{
    switch (byte) {
    case 0x02: return "STX";
    case 0x15: return "NAK";
    case 0x0d: return "CR";
    case 0x0a: return "LF";
    }
    return "";
}

} // namespace

namespace CaptureChecks {

bool isReservedMarkerByte(int byte)
{
    return std::find(ReservedMarkerBytes.begin(), ReservedMarkerBytes.end(), byte) != ReservedMarkerBytes.end();
}

QString reservedMarkerBytesText()
{
    QStringList names;
    for (int byte : ReservedMarkerBytes)
        names.append(QStringLiteral("%1 (%2)").arg(hexByte(byte), QLatin1StringView(reservedName(byte))));
    const QString last = names.takeLast();
    return Tr::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

std::optional<int> parseByte(QStringView text)
{
    bool ok = false;
    const uint value = text.startsWith(u"0x", Qt::CaseInsensitive) ? text.mid(2).toUInt(&ok, 16) : text.toUInt(&ok, 10);
    if (!ok || value > 0xff)
        return std::nullopt;
    return int(value);
}

QString markerBytesProblem(int start, int ack, int end)
{
    if (start == ack || start == end || ack == end)
        return Tr::tr("the start, acknowledge and end bytes must differ");
    for (int byte : {start, ack, end}) {
        if (isReservedMarkerByte(byte))
            return Tr::tr("%1 cannot be a marker byte: the framing uses it already").arg(hexByte(byte));
    }
    return {};
}

bool splitHostPort(QStringView text, QString &host, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    QStringView portText = text;
    host.clear();
    if (colon >= 0) {
        QStringView hostText = text.left(colon);
        portText = text.mid(colon + 1);
        if (hostText.startsWith(QLatin1Char('[')) && hostText.endsWith(QLatin1Char(']')))
            hostText = hostText.mid(1, hostText.size() - 2);
        host = hostText.toString();
    }
    bool ok = false;
    const uint value = portText.toUInt(&ok);
    port = quint16(value);
    return ok && value > 0 && value <= 65535 && (colon < 0 || !host.isEmpty());
}

bool isIpAddress(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    const QByteArray latin = text.toLatin1();
    unsigned char buffer[16];
    if (inet_pton(AF_INET, latin.constData(), buffer) == 1)
        return true;
    const qsizetype percent = latin.indexOf('%');
    if (percent > 0 && percent + 1 == latin.size())
        return false; // an empty zone
    const QByteArray address = percent > 0 ? latin.left(percent) : latin;
    return inet_pton(AF_INET6, address.constData(), buffer) == 1;
}

bool isHostName(const QString &text)
{
    if (isIpAddress(text))
        return true;
    if (text.isEmpty() || text.size() > 253)
        return false;
    const QStringList labels = text.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-';
            if (!ok)
                return false;
        }
    }
    return true;
}

} // namespace CaptureChecks

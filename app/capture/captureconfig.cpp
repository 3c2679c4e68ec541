#include "captureconfig.h"

#include "capturechecks.h"
#include "framing.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaptureConfig)
};

// The interface libpcap captures every interface through (Linux).
constexpr QLatin1StringView AnyInterface("any");

bool isOneLine(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

// An address as the sessions record it: "fe80:0:0::1" and "fe80::1" name the same peer.
QString normalizedAddress(const QString &text)
{
    return text.isEmpty() ? QString() : QHostAddress(text).toString();
}

} // namespace

CaptureConfig CaptureConfig::fromSettings(const Settings &settings)
{
    CaptureConfig c;
    c.kind = kindFromName(settings.captureSource()).value_or(c.kind);
    c.interfaceName = settings.captureInterface();
    c.filter = settings.captureFilter();
    c.framing = settings.captureFraming();
    c.deviceIp = settings.deviceIP();
    c.lisIp = settings.lisIP();
    c.lisPort = settings.lisPort();
    c.proxyListen = settings.proxyListen();
    c.proxyUpstream = settings.proxyUpstream();
    c.startByte = settings.startByte();
    c.ackByte = settings.ackByte();
    c.endByte = settings.endByte();
    c.idleGapSeconds = settings.idleGapSeconds();
    return c;
}

Settings::Changes CaptureConfig::settingsChanges() const
{
    return {
        {QStringLiteral("captureSource"), kindName(kind)},
        {QStringLiteral("captureInterface"), interfaceName},
        {QStringLiteral("captureFilter"), filter},
        {QStringLiteral("captureFraming"), framing},
        {QStringLiteral("deviceIP"), deviceIp},
        {QStringLiteral("lisIP"), lisIp},
        {QStringLiteral("lisPort"), lisPort},
        {QStringLiteral("proxyListen"), proxyListen},
        {QStringLiteral("proxyUpstream"), proxyUpstream},
        {QStringLiteral("startByte"), startByte},
        {QStringLiteral("ackByte"), ackByte},
        {QStringLiteral("endByte"), endByte},
        {QStringLiteral("idleGapSeconds"), idleGapSeconds},
    };
}

QString CaptureConfig::kindName(CaptureSource::Kind kind)
{
    switch (kind) {
    case CaptureSource::Kind::Interface: return QStringLiteral("interface");
    case CaptureSource::Kind::File: return QStringLiteral("file");
    case CaptureSource::Kind::Proxy: return QStringLiteral("proxy");
    }
    return {};
}

std::optional<CaptureSource::Kind> CaptureConfig::kindFromName(QStringView name)
{
    for (auto kind : {CaptureSource::Kind::Interface, CaptureSource::Kind::File, CaptureSource::Kind::Proxy}) {
        if (name.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

std::optional<CaptureConfig::Problem> CaptureConfig::problem() const
{
    using P = Problem;
    if (!isOneLine(interfaceName))
        return P{Field::Interface, Tr::tr("The interface name must be one line.")};
    if (!isOneLine(filter))
        return P{Field::Filter, Tr::tr("The capture filter must be one line.")};
    if (!framingFromString(framing))
        return P{Field::Framing, Tr::tr("Unknown framing \"%1\"; choose auto, astm, e1381 or mllp.").arg(framing)};
    if (!deviceIp.isEmpty() && !CaptureChecks::isIpAddress(deviceIp))
        return P{Field::DeviceIp, Tr::tr("The device address \"%1\" is not an IP address such as 192.168.1.20 or fe80::1.").arg(deviceIp)};
    if (!lisIp.isEmpty() && !CaptureChecks::isIpAddress(lisIp))
        return P{Field::LisIp, Tr::tr("The LIS address \"%1\" is not an IP address such as 192.168.1.30 or fe80::1.").arg(lisIp)};
    if (lisPort < 0 || lisPort > 65535)
        return P{Field::LisPort, Tr::tr("The LIS port must be a number from 1 to 65535, or empty for any port.")};
    QString host;
    quint16 port = 0;
    if (!CaptureChecks::splitHostPort(proxyListen, host, port) || (!host.isEmpty() && !CaptureChecks::isIpAddress(host)))
        return P{Field::ProxyListen,
                 Tr::tr("The proxy listens on PORT or ADDRESS:PORT, such as 2575 or 0.0.0.0:2575; \"%1\" is neither.").arg(proxyListen)};
    if (proxyUpstream.isEmpty()) {
        if (kind == CaptureSource::Kind::Proxy)
            return P{Field::ProxyUpstream, Tr::tr("The proxy needs the LIS to forward to, as HOST:PORT such as 192.168.1.30:2575.")};
    } else if (!CaptureChecks::splitHostPort(proxyUpstream, host, port) || !CaptureChecks::isHostName(host)) {
        return P{Field::ProxyUpstream,
                 Tr::tr("The LIS to forward to must be HOST:PORT, such as 192.168.1.30:2575 or lis.example:2575; \"%1\" is not.")
                     .arg(proxyUpstream)};
    }
    for (int byte : {startByte, ackByte, endByte}) {
        if (byte < 0 || byte > 0xff)
            return P{Field::MarkerBytes, Tr::tr("A marker byte must be from 0 to 255 (0x00 to 0xff).")};
    }
    if (const QString why = CaptureChecks::markerBytesProblem(startByte, ackByte, endByte); !why.isEmpty())
        return P{Field::MarkerBytes, Tr::tr("These marker bytes cannot be used: %1.").arg(why)};
    if (idleGapSeconds < 1 || idleGapSeconds > 3600)
        return P{Field::IdleGap, Tr::tr("The idle gap must be from 1 to 3600 seconds.")};
    return std::nullopt;
}

CaptureSettings CaptureConfig::captureSettings() const
{
    CaptureSettings settings;
    settings.framing = framingFromString(framing).value_or(Framing::Auto);
    settings.framingOptions.startByte = char(startByte);
    settings.framingOptions.ackByte = char(ackByte);
    settings.framingOptions.endByte = char(endByte);
    settings.sessions.deviceIp = normalizedAddress(deviceIp);
    settings.sessions.lisIp = normalizedAddress(lisIp);
    if (lisPort > 0 && lisPort <= 65535)
        settings.sessions.lisPort = quint16(lisPort);
    settings.sessions.idleGapUs = qint64(idleGapSeconds) * 1'000'000;
    // As the CLI's proxy: the LIS is whoever the proxy forwards to, unless a port was given.
    QString host;
    quint16 port = 0;
    if (kind == CaptureSource::Kind::Proxy && !settings.sessions.lisPort && CaptureChecks::splitHostPort(proxyUpstream, host, port))
        settings.sessions.lisPort = port;
    return settings;
}

CaptureSource CaptureConfig::source(const QString &filePath) const
{
    switch (kind) {
    case CaptureSource::Kind::File:
        return CaptureSource::file(filePath);
    case CaptureSource::Kind::Interface:
        return CaptureSource::networkInterface(interfaceName.isEmpty() ? QString(AnyInterface) : interfaceName, filter);
    case CaptureSource::Kind::Proxy:
        break;
    }
    QString listenHost, upstreamHost;
    quint16 listenPort = 0, upstreamPort = 0;
    CaptureChecks::splitHostPort(proxyListen, listenHost, listenPort);
    CaptureChecks::splitHostPort(proxyUpstream, upstreamHost, upstreamPort);
    const QHostAddress listenAddress = listenHost.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(listenHost);
    return CaptureSource::proxy(listenAddress, listenPort, upstreamHost, upstreamPort);
}

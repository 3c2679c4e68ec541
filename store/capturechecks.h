#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// What the capture options accept, shared by the settings table and the CLI's capture commands,
// so that `config set startByte` and `--start-byte` refuse the same values for the same reasons.
namespace CaptureChecks {

// STX, NAK, CR and LF already mean something inside every ASTM-style transmission, so none of
// them can also start, acknowledge or end one.
inline constexpr std::array<int, 4> ReservedMarkerBytes{0x02, 0x15, 0x0d, 0x0a};
bool isReservedMarkerByte(int byte);
// "0x02 (STX), 0x15 (NAK), 0x0d (CR) and 0x0a (LF)", for messages.
QString reservedMarkerBytesText();

// "0x05" or "5" (hex needs the 0x prefix); nullopt when not a byte.
std::optional<int> parseByte(QStringView text);

// Empty when these three can mark ASTM-style transmissions; otherwise why not, for a person.
QString markerBytesProblem(int start, int ack, int end);

// "PORT", "ADDR:PORT", "HOST:PORT" or "[IPV6]:PORT", the port 1-65535. host is empty for a bare
// port; false when the text is none of these.
bool splitHostPort(QStringView text, QString &host, quint16 &port);

// A literal IPv4 address in dotted decimal ("192.168.1.5") or an IPv6 address ("fe80::1",
// optionally with a "%zone"), as inet_pton reads them: no names, no shorthand like "10.1".
bool isIpAddress(const QString &text);

// An IP address, or a host name of letters, digits and hyphens in dot-separated labels.
bool isHostName(const QString &text);

} // namespace CaptureChecks

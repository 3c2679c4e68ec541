#pragma once

#include "session.h"

#include <QByteArray>
#include <QString>

#include <array>

// Shared vocabulary of the capture engine: where bytes came from, and what the framing decoders
// make of them. Times are microseconds since the epoch, as capture files keep them.

// An IPv4 or IPv6 address and TCP port. IPv4 is kept as an IPv4-mapped IPv6 address so both
// families compare and hash alike.
struct Endpoint
{
    std::array<quint8, 16> address{};
    quint16 port = 0;

    static Endpoint ipv4(quint32 address, quint16 port);
    static Endpoint ipv6(const quint8 *address16, quint16 port);
    bool isIpv4() const;
    QString addressText() const; // "192.168.1.5", "fe80::1"
    QString toString() const;    // "192.168.1.5:2575", "[fe80::1]:2575"

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
    friend auto operator<=>(const Endpoint &, const Endpoint &) = default;
};

size_t qHash(const Endpoint &endpoint, size_t seed = 0);

// One TCP segment as decoded from a captured frame.
struct TcpSegment
{
    qint64 timestampUs = 0;
    Endpoint source;
    Endpoint destination;
    quint32 sequence = 0;
    quint32 acknowledgement = 0;
    bool syn = false;
    bool ack = false;
    bool fin = false;
    bool rst = false;
    QByteArray payload;
};

// A unit the framing decoders cut from one direction of a byte stream.
struct FramedElement
{
    ElementType type = ElementType::Other;
    qint64 timestampUs = 0; // when its first byte was captured
    QByteArray bytes;       // exactly as on the wire, framing included
    QByteArray message;     // for a message: its HL7 text without framing bytes
    QString problem;        // e.g. "checksum 3F expected 3E"; empty when none
};

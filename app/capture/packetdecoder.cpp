#include "packetdecoder.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PacketDecoder)
};

constexpr quint16 EtherTypeIpv4 = 0x0800;
constexpr quint16 EtherTypeIpv6 = 0x86dd;
constexpr quint16 EtherTypeVlan = 0x8100;     // 802.1Q
constexpr quint16 EtherTypeQinQ = 0x88a8;     // 802.1ad

constexpr qsizetype EthernetHeaderSize = 14;
constexpr qsizetype VlanTagSize = 4;
constexpr qsizetype LoopbackHeaderSize = 4;
constexpr qsizetype SllHeaderSize = 16;
constexpr qsizetype Sll2HeaderSize = 20;
constexpr qsizetype Ipv4MinHeaderSize = 20;
constexpr qsizetype Ipv6HeaderSize = 40;
constexpr qsizetype TcpMinHeaderSize = 20;

constexpr quint32 AfInet = 2;
constexpr quint32 AfInet6Bsd = 24;     // NetBSD, OpenBSD
constexpr quint32 AfInet6FreeBsd = 28; // FreeBSD, DragonFly
constexpr quint32 AfInet6Darwin = 30;  // macOS, iOS

constexpr quint8 ProtocolTcp = 6;
constexpr quint8 Ipv6HopByHop = 0;
constexpr quint8 Ipv6Routing = 43;
constexpr quint8 Ipv6Fragment = 44;
constexpr quint8 Ipv6Esp = 50;
constexpr quint8 Ipv6Ah = 51;
constexpr quint8 Ipv6DestinationOptions = 60;
constexpr quint8 Ipv6Mobility = 135;
constexpr quint8 Ipv6Hip = 139;
constexpr quint8 Ipv6Shim6 = 140;
constexpr quint8 Ipv6Experimental1 = 253;
constexpr quint8 Ipv6Experimental2 = 254;

constexpr quint8 TcpFin = 0x01;
constexpr quint8 TcpSyn = 0x02;
constexpr quint8 TcpRst = 0x04;
constexpr quint8 TcpAck = 0x10;

// Callers check the bounds first; these only assemble bytes.
quint8 u8(QByteArrayView d, qsizetype at)
{
    return quint8(d[at]);
}

quint16 be16(QByteArrayView d, qsizetype at)
{
    return quint16(u8(d, at) << 8 | u8(d, at + 1));
}

quint32 be32(QByteArrayView d, qsizetype at)
{
    return quint32(be16(d, at)) << 16 | be16(d, at + 2);
}

quint32 le32(QByteArrayView d, qsizetype at)
{
    return quint32(u8(d, at + 3)) << 24 | quint32(u8(d, at + 2)) << 16 | quint32(u8(d, at + 1)) << 8
           | u8(d, at);
}

using Decoded = std::optional<TcpSegment>;

class Decoder
{
public:
    Decoder(qint64 timestampUs, QString *problem) : m_timestampUs(timestampUs), m_problem(problem) {}

    Decoded frame(int linkType, QByteArrayView frame)
    {
        switch (linkType) {
        case LinkType::Ethernet:
            if (frame.size() < EthernetHeaderSize)
                return truncated(Tr::tr("Ethernet header"), frame.size(), EthernetHeaderSize);
            return etherType(be16(frame, 12), frame.sliced(EthernetHeaderSize));
        case LinkType::Null:
        case LinkType::Loop:
            return loopback(frame);
        case LinkType::Raw:
        case LinkType::LinktypeRaw:
            return rawIp(frame);
        case LinkType::LinuxSll:
            if (frame.size() < SllHeaderSize)
                return truncated(Tr::tr("Linux cooked header"), frame.size(), SllHeaderSize);
            return etherType(be16(frame, 14), frame.sliced(SllHeaderSize));
        case LinkType::LinuxSll2:
            if (frame.size() < Sll2HeaderSize)
                return truncated(Tr::tr("Linux cooked v2 header"), frame.size(), Sll2HeaderSize);
            return etherType(be16(frame, 0), frame.sliced(Sll2HeaderSize));
        default:
            return fail(Tr::tr("link type %1 is not supported").arg(linkType));
        }
    }

private:
    Decoded fail(const QString &text)
    {
        if (m_problem)
            *m_problem = text;
        return std::nullopt;
    }

    Decoded truncated(const QString &what, qsizetype have, qsizetype need)
    {
        return fail(Tr::tr("frame truncated in the %1: %2 of %3 bytes").arg(what).arg(have).arg(need));
    }

    // Ethernet and Linux cooked frames: an EtherType, possibly behind VLAN tags.
    Decoded etherType(quint16 type, QByteArrayView rest)
    {
        while (type == EtherTypeVlan || type == EtherTypeQinQ) {
            if (rest.size() < VlanTagSize)
                return truncated(Tr::tr("VLAN tag"), rest.size(), VlanTagSize);
            type = be16(rest, 2);
            rest = rest.sliced(VlanTagSize);
        }
        if (type == EtherTypeIpv4)
            return ipv4(rest);
        if (type == EtherTypeIpv6)
            return ipv6(rest);
        // ARP, 802.3 length fields and any other protocol: not ours.
        return std::nullopt;
    }

    Decoded loopback(QByteArrayView frame)
    {
        if (frame.size() < LoopbackHeaderSize)
            return truncated(Tr::tr("loopback header"), frame.size(), LoopbackHeaderSize);
        // The family is in the byte order of the capturing host (DLT_NULL) or in network order
        // (DLT_LOOP), and files travel between hosts: accept either order for both.
        const quint32 little = le32(frame, 0);
        const quint32 big = be32(frame, 0);
        const auto is = [&](quint32 family) { return little == family || big == family; };
        const QByteArrayView packet = frame.sliced(LoopbackHeaderSize);
        if (is(AfInet))
            return ipv4(packet);
        if (is(AfInet6Bsd) || is(AfInet6FreeBsd) || is(AfInet6Darwin))
            return ipv6(packet);
        return std::nullopt;
    }

    Decoded rawIp(QByteArrayView packet)
    {
        if (packet.isEmpty())
            return truncated(Tr::tr("IP header"), 0, Ipv4MinHeaderSize);
        const int version = u8(packet, 0) >> 4;
        if (version == 4)
            return ipv4(packet);
        if (version == 6)
            return ipv6(packet);
        return fail(Tr::tr("raw IP frame with IP version %1").arg(version));
    }

    Decoded ipv4(QByteArrayView packet)
    {
        if (packet.size() < Ipv4MinHeaderSize)
            return truncated(Tr::tr("IPv4 header"), packet.size(), Ipv4MinHeaderSize);
        const int version = u8(packet, 0) >> 4;
        if (version != 4)
            return fail(Tr::tr("IPv4 packet with IP version %1").arg(version));
        const qsizetype headerSize = (u8(packet, 0) & 0x0f) * 4;
        if (headerSize < Ipv4MinHeaderSize)
            return fail(Tr::tr("IPv4 header length %1 is below the minimum of %2 bytes")
                            .arg(headerSize)
                            .arg(Ipv4MinHeaderSize));
        if (packet.size() < headerSize)
            return truncated(Tr::tr("IPv4 header"), packet.size(), headerSize);
        qsizetype totalLength = be16(packet, 2);
        if (totalLength == 0) {
            totalLength = packet.size(); // segmentation offload on the capturing host
        } else {
            if (totalLength < headerSize)
                return fail(Tr::tr("IPv4 total length %1 is smaller than its header length %2")
                                .arg(totalLength)
                                .arg(headerSize));
            if (packet.size() < totalLength)
                return truncated(Tr::tr("IPv4 packet"), packet.size(), totalLength);
        }
        if (u8(packet, 9) != ProtocolTcp)
            return std::nullopt;

        const quint16 fragment = be16(packet, 6);
        const int fragmentOffset = (fragment & 0x1fff) * 8;
        const bool moreFragments = fragment & 0x2000;
        if (fragmentOffset != 0)
            return fail(Tr::tr("IPv4 fragment at offset %1 skipped: fragments are not reassembled")
                            .arg(fragmentOffset));
        const Endpoint source = Endpoint::ipv4(be32(packet, 12), 0);
        const Endpoint destination = Endpoint::ipv4(be32(packet, 16), 0);
        Decoded segment = tcp(packet.sliced(headerSize, totalLength - headerSize), source, destination);
        if (segment && moreFragments)
            fail(Tr::tr("first IPv4 fragment: the rest of the TCP segment is in fragments, which are "
                        "not reassembled"));
        return segment;
    }

    Decoded ipv6(QByteArrayView packet)
    {
        if (packet.size() < Ipv6HeaderSize)
            return truncated(Tr::tr("IPv6 header"), packet.size(), Ipv6HeaderSize);
        const int version = u8(packet, 0) >> 4;
        if (version != 6)
            return fail(Tr::tr("IPv6 packet with IP version %1").arg(version));
        qsizetype payloadLength = be16(packet, 4);
        if (payloadLength == 0) {
            payloadLength = packet.size() - Ipv6HeaderSize; // jumbogram or segmentation offload
        } else if (packet.size() - Ipv6HeaderSize < payloadLength) {
            return truncated(Tr::tr("IPv6 packet"), packet.size(), Ipv6HeaderSize + payloadLength);
        }
        const Endpoint source = Endpoint::ipv6(reinterpret_cast<const quint8 *>(packet.data()) + 8, 0);
        const Endpoint destination = Endpoint::ipv6(reinterpret_cast<const quint8 *>(packet.data()) + 24, 0);

        QByteArrayView rest = packet.sliced(Ipv6HeaderSize, payloadLength);
        quint8 next = u8(packet, 6);
        bool firstFragment = false;
        for (;;) {
            switch (next) {
            case ProtocolTcp: {
                Decoded segment = tcp(rest, source, destination);
                if (segment && firstFragment)
                    fail(Tr::tr("first IPv6 fragment: the rest of the TCP segment is in fragments, "
                                "which are not reassembled"));
                return segment;
            }
            case Ipv6HopByHop:
            case Ipv6Routing:
            case Ipv6DestinationOptions:
            case Ipv6Ah:
            case Ipv6Fragment: {
                if (rest.size() < 2)
                    return truncated(Tr::tr("IPv6 extension header %1").arg(next), rest.size(), 8);
                qsizetype length = 8;
                if (next == Ipv6Ah)
                    length = (qsizetype(u8(rest, 1)) + 2) * 4;
                else if (next != Ipv6Fragment)
                    length = (qsizetype(u8(rest, 1)) + 1) * 8;
                if (rest.size() < length)
                    return truncated(Tr::tr("IPv6 extension header %1").arg(next), rest.size(), length);
                if (next == Ipv6Fragment) {
                    const quint16 field = be16(rest, 2);
                    const int offset = (field & 0xfff8);
                    if (offset != 0)
                        return fail(Tr::tr("IPv6 fragment at offset %1 skipped: fragments are not "
                                           "reassembled")
                                        .arg(offset));
                    firstFragment = field & 0x0001;
                }
                next = u8(rest, 0);
                rest = rest.sliced(length);
                break;
            }
            case Ipv6Esp:
            case Ipv6Mobility:
            case Ipv6Hip:
            case Ipv6Shim6:
            case Ipv6Experimental1:
            case Ipv6Experimental2:
                return fail(Tr::tr("IPv6 extension header %1 cannot be walked; packet skipped").arg(next));
            default:
                return std::nullopt; // UDP, ICMPv6, no next header, ...: not ours
            }
        }
    }

    Decoded tcp(QByteArrayView segment, Endpoint source, Endpoint destination)
    {
        if (segment.size() < TcpMinHeaderSize)
            return truncated(Tr::tr("TCP header"), segment.size(), TcpMinHeaderSize);
        const qsizetype headerSize = (u8(segment, 12) >> 4) * 4;
        if (headerSize < TcpMinHeaderSize)
            return fail(Tr::tr("TCP data offset %1 is below the minimum of %2 bytes")
                            .arg(headerSize)
                            .arg(TcpMinHeaderSize));
        if (segment.size() < headerSize)
            return truncated(Tr::tr("TCP header"), segment.size(), headerSize);

        TcpSegment s;
        s.timestampUs = m_timestampUs;
        s.source = source;
        s.source.port = be16(segment, 0);
        s.destination = destination;
        s.destination.port = be16(segment, 2);
        s.sequence = be32(segment, 4);
        s.acknowledgement = be32(segment, 8);
        const quint8 flags = u8(segment, 13);
        s.fin = flags & TcpFin;
        s.syn = flags & TcpSyn;
        s.rst = flags & TcpRst;
        s.ack = flags & TcpAck;
        s.payload = segment.sliced(headerSize).toByteArray();
        return s;
    }

    qint64 m_timestampUs;
    QString *m_problem;
};

} // namespace

bool LinkType::isSupported(int linkType)
{
    switch (linkType) {
    case Null:
    case Ethernet:
    case Raw:
    case LinktypeRaw:
    case Loop:
    case LinuxSll:
    case LinuxSll2:
        return true;
    default:
        return false;
    }
}

std::optional<TcpSegment> decodeFrame(int linkType, QByteArrayView frame, qint64 timestampUs,
                                      QString *problem)
{
    if (problem)
        problem->clear();
    return Decoder(timestampUs, problem).frame(linkType, frame);
}

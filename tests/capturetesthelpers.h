#pragma once

// What a capture holds, built byte by byte for the capture robustness test and the fuzz target:
// TCP segments of a conversation with sequence numbers kept as a real stack would, those segments
// as frames of every link type the packet decoder reads, and classic pcap files around them.
// Checksums are left at zero: nothing in the capture engine reads them.

#include "capturetypes.h"
#include "framing.h"
#include "packetdecoder.h"
#include "session.h"
#include "tcpreassembler.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <map>

namespace CaptureTest {

inline void appendBe16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value));
}

inline void appendBe32(QByteArray &out, quint32 value)
{
    appendBe16(out, quint16(value >> 16));
    appendBe16(out, quint16(value));
}

inline void appendLe16(QByteArray &out, quint16 value)
{
    out.append(char(value));
    out.append(char(value >> 8));
}

inline void appendLe32(QByteArray &out, quint32 value)
{
    appendLe16(out, quint16(value));
    appendLe16(out, quint16(value >> 16));
}

inline void appendAddress(QByteArray &out, const Endpoint &e, bool v4)
{
    const auto *bytes = reinterpret_cast<const char *>(e.address.data());
    out.append(v4 ? QByteArrayView(bytes + 12, 4) : QByteArrayView(bytes, 16));
}

// The IPv4 packet (both ends IPv4) or IPv6 packet that carries the segment. IPv4 can carry at
// most 65 495 bytes of payload; more is cut off there.
inline QByteArray ipPacket(const TcpSegment &s)
{
    QByteArray tcp;
    appendBe16(tcp, s.source.port);
    appendBe16(tcp, s.destination.port);
    appendBe32(tcp, s.sequence);
    appendBe32(tcp, s.acknowledgement);
    tcp.append(char(0x50)); // data offset: 5 words, no options
    tcp.append(char((s.fin ? 0x01 : 0) | (s.syn ? 0x02 : 0) | (s.rst ? 0x04 : 0) | (s.ack ? 0x10 : 0)));
    appendBe16(tcp, 0xffff); // window
    appendBe32(tcp, 0);      // checksum, urgent pointer
    tcp.append(s.payload.left(0xffff - 40));

    QByteArray ip;
    const bool v4 = s.source.isIpv4() && s.destination.isIpv4();
    if (v4) {
        ip.append(char(0x45));
        ip.append(char(0));
        appendBe16(ip, quint16(20 + tcp.size()));
        appendBe32(ip, 0x00004000); // id 0, don't fragment
        ip.append(char(64));
        ip.append(char(6));
        appendBe16(ip, 0);
    } else {
        appendBe32(ip, 0x60000000);
        appendBe16(ip, quint16(tcp.size()));
        ip.append(char(6));
        ip.append(char(64));
    }
    appendAddress(ip, s.source, v4);
    appendAddress(ip, s.destination, v4);
    return ip + tcp;
}

// The link types a frame can be built for, in the order the fuzz target picks them.
inline constexpr int FrameLinkTypes[] = {LinkType::Ethernet, LinkType::LinktypeRaw, LinkType::Raw,
                                         LinkType::LinuxSll, LinkType::LinuxSll2, LinkType::Null};

inline QByteArray frame(int linkType, const TcpSegment &s)
{
    const QByteArray packet = ipPacket(s);
    const bool v4 = (quint8(packet.at(0)) >> 4) == 4;
    const quint16 etherType = v4 ? 0x0800 : 0x86dd;
    QByteArray header;
    switch (linkType) {
    case LinkType::Ethernet:
        header = QByteArray::fromHex("020000000002" "020000000001");
        appendBe16(header, etherType);
        break;
    case LinkType::LinuxSll:
        header = QByteArray::fromHex("0000" "0001" "0006" "020000000001" "0000");
        appendBe16(header, etherType);
        break;
    case LinkType::LinuxSll2:
        appendBe16(header, etherType);
        header += QByteArray::fromHex("0000" "00000001" "0001" "00" "06" "0200000000010000");
        break;
    case LinkType::Null:
        appendLe32(header, v4 ? 2 : 30); // AF_INET; AF_INET6 as macOS numbers it
        break;
    default: // LinktypeRaw, Raw: the bare packet
        break;
    }
    return header + packet;
}

struct Record
{
    qint64 timestampUs = 0;
    QByteArray frame;
};

inline constexpr qsizetype PcapHeaderSize = 24;
inline constexpr qsizetype PcapRecordHeaderSize = 16;

// A classic little-endian pcap file with microsecond timestamps.
inline QByteArray pcapFile(int linkType, const QList<Record> &records, quint32 snapLength = 262144)
{
    QByteArray out;
    appendLe32(out, 0xa1b2c3d4);
    appendLe16(out, 2);
    appendLe16(out, 4);
    appendLe32(out, 0); // thiszone
    appendLe32(out, 0); // sigfigs
    appendLe32(out, snapLength);
    appendLe32(out, quint32(linkType));
    for (const Record &r : records) {
        appendLe32(out, quint32(r.timestampUs / 1'000'000));
        appendLe32(out, quint32(r.timestampUs % 1'000'000));
        appendLe32(out, quint32(r.frame.size()));
        appendLe32(out, quint32(r.frame.size()));
        out += r.frame;
    }
    return out;
}

// One TCP connection as a stack would number it: every segment carries the next sequence number
// of its side, and SYN and FIN take one each.
class Conversation
{
public:
    Conversation(const Endpoint &client, const Endpoint &server, quint32 clientIsn, quint32 serverIsn)
        : m_client(client), m_server(server), m_next{serverIsn, clientIsn}
    {
    }

    const Endpoint &client() const { return m_client; }
    const Endpoint &server() const { return m_server; }
    quint32 &nextSequence(bool fromClient) { return m_next[fromClient]; }

    TcpSegment syn(qint64 timestampUs) { return segment(true, {}, timestampUs, Flag::Syn); }
    TcpSegment synAck(qint64 timestampUs) { return segment(false, {}, timestampUs, Flag::Syn | Flag::Ack); }
    TcpSegment data(bool fromClient, const QByteArray &payload, qint64 timestampUs)
    {
        return segment(fromClient, payload, timestampUs, Flag::Ack);
    }
    TcpSegment fin(bool fromClient, qint64 timestampUs) { return segment(fromClient, {}, timestampUs, Flag::Fin | Flag::Ack); }
    TcpSegment reset(bool fromClient, qint64 timestampUs) { return segment(fromClient, {}, timestampUs, Flag::Rst); }

    // Any segment at all; the sequence number is where this side stands plus offset, and the
    // side moves on only past what it has not sent before.
    struct Flag
    {
        static constexpr int Syn = 1, Ack = 2, Fin = 4, Rst = 8;
    };
    TcpSegment segment(bool fromClient, const QByteArray &payload, qint64 timestampUs, int flags, qint32 offset = 0)
    {
        TcpSegment s;
        s.timestampUs = timestampUs;
        s.source = fromClient ? m_client : m_server;
        s.destination = fromClient ? m_server : m_client;
        s.sequence = m_next[fromClient] + quint32(offset);
        s.acknowledgement = m_next[!fromClient];
        s.syn = flags & Flag::Syn;
        s.ack = flags & Flag::Ack;
        s.fin = flags & Flag::Fin;
        s.rst = flags & Flag::Rst;
        s.payload = payload;
        const quint32 end = s.sequence + quint32(payload.size()) + (s.syn ? 1 : 0) + (s.fin ? 1 : 0);
        if (qint32(end - m_next[fromClient]) > 0)
            m_next[fromClient] = end;
        return s;
    }

private:
    Endpoint m_client;
    Endpoint m_server;
    quint32 m_next[2]; // [fromClient]
};

// An HL7 result message, different for each n, free of the framings' control bytes and of LF.
inline QByteArray hl7Message(int n, int observations = 3)
{
    QByteArray m = "MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20261101120000||ORU^R01|CTRL" + QByteArray::number(n)
        + "|P|2.5.1\rPID|1||PAT" + QByteArray::number(n) + "\r";
    for (int i = 1; i <= observations; ++i)
        m += "OBX|" + QByteArray::number(i) + "|NM|GLU^Glucose||" + QByteArray::number(n * 7 + i) + "|mmol/L\r";
    return m;
}

// What one side writes at a time.
struct Chunk
{
    bool fromDevice = true;
    QByteArray bytes;
};

// E1381 frames of at most 64 bytes of text each: numbers 1-7, 0, 1, ..., ETB between, ETX last.
inline QByteArray e1381Frames(const QByteArray &text)
{
    QByteArray out;
    int number = 1;
    for (qsizetype at = 0; at == 0 || at < text.size(); at += 64, number = (number + 1) % 8) {
        const bool last = at + 64 >= text.size();
        QByteArray body = QByteArray::number(number) + text.mid(at, 64) + (last ? FramingByte::Etx : FramingByte::Etb);
        int sum = 0;
        for (const char c : std::as_const(body))
            sum += quint8(c);
        out += FramingByte::Stx + body + QByteArray::number(sum & 0xff, 16).rightJustified(2, '0').toUpper() + "\r\n";
    }
    return out;
}

// A well-formed exchange of the messages from device to LIS in a framing (not Auto): for the
// ASTM-style and E1381 framings one transmission (ENQ ... EOT) with every frame acknowledged,
// for MLLP every message answered by an HL7 ACK.
inline QList<Chunk> exchange(Framing framing, const QList<QByteArray> &messages)
{
    using namespace FramingByte;
    QList<Chunk> out;
    const QByteArray ack(1, Ack);
    if (framing != Framing::Mllp)
        out << Chunk{true, QByteArray(1, Enq)} << Chunk{false, ack};
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QByteArray &m = messages.at(i);
        if (framing == Framing::Mllp) {
            out << Chunk{true, Vt + m + Fs + Cr};
            out << Chunk{false, Vt + QByteArray("MSH|^~\\&|LIS|HOSP|ANALYZER|LAB|20261101120000||ACK^R01|ACK")
                                   + QByteArray::number(i) + "|P|2.5.1\rMSA|AA|CTRL" + QByteArray::number(i) + "\r" + Fs + Cr};
        } else {
            out << Chunk{true, framing == Framing::E1381 ? e1381Frames(m) : Stx + m + Cr + Lf} << Chunk{false, ack};
        }
    }
    if (framing != Framing::Mllp)
        out << Chunk{true, QByteArray(1, Eot)};
    return out;
}

// "address:port>address:port", the direction bytes travelled in.
inline QString directionKey(const Endpoint &from, const Endpoint &to)
{
    return from.toString() + u'>' + to.toString();
}

// The directions a session's bytes travel in, keyed as directionKey() does: [0] from the
// device to the LIS, [1] back.
inline std::array<QString, 2> sessionDirections(const Session &s)
{
    const auto endpoint = [&](bool ofDevice) {
        const QString address = ofDevice ? s.deviceIp : s.lisIp;
        const int port = s.extra.value(ofDevice ? QLatin1StringView("devicePort") : QLatin1StringView("lisPort")).toInt();
        return (address.contains(u':') ? u'[' + address + u']' : address) + u':' + QString::number(port);
    };
    const QString device = endpoint(true), lis = endpoint(false);
    return {device + u'>' + lis, lis + u'>' + device};
}

// Every element's bytes, joined per direction of travel in the order the sessions hold them.
inline QMap<QString, QByteArray> bytesByDirection(const QList<Session> &sessions)
{
    QMap<QString, QByteArray> out;
    for (const Session &s : sessions) {
        const std::array<QString, 2> directions = sessionDirections(s);
        QByteArray *joined[2] = {};
        for (const Element &e : s.elements) {
            const int toDevice = e.direction == Direction::DeviceToPc ? 0 : 1;
            if (!joined[toDevice])
                joined[toDevice] = &out[directions[toDevice]];
            *joined[toDevice] += e.bytes;
        }
    }
    return out;
}

// What TcpReassembler makes of segments, joined per direction as bytesByDirection() keys them:
// what a capture's sessions must hold, byte for byte, when nothing is lost on the way.
class ReassembledBytes
{
public:
    ReassembledBytes() : m_reassembler([this](const TcpReassembler::Event &event) { record(event); }) {}

    void addSegment(const TcpSegment &segment) { m_reassembler.addSegment(segment); }
    void addFrame(int linkType, QByteArrayView frame, qint64 timestampUs)
    {
        if (const std::optional<TcpSegment> segment = decodeFrame(linkType, frame, timestampUs, nullptr))
            m_reassembler.addSegment(*segment);
    }
    void closeIdle(qint64 nowUs, qint64 idleUs) { m_reassembler.closeIdle(nowUs, idleUs); }
    void finish(qint64 timestampUs) { m_reassembler.finish(timestampUs); }

    const QMap<QString, QByteArray> &bytes() const { return m_bytes; }

private:
    void record(const TcpReassembler::Event &event)
    {
        if (const auto *opened = std::get_if<TcpReassembler::ConnectionOpened>(&event)) {
            m_keys[opened->connectionId] = {directionKey(opened->server, opened->client),
                                            directionKey(opened->client, opened->server)};
        } else if (const auto *data = std::get_if<TcpReassembler::Data>(&event)) {
            m_bytes[m_keys.at(data->connectionId)[data->fromClient]] += data->bytes;
        }
    }

    TcpReassembler m_reassembler;
    std::map<quint64, std::array<QString, 2>> m_keys; // [fromClient]
    QMap<QString, QByteArray> m_bytes;
};

} // namespace CaptureTest

#include "packetdecoder.h"

#include <QTest>

#include <vector>

// Frames are built by hand, layer by layer, so every field a row changes is visible.
namespace {

enum TcpFlag : quint8 { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10 };

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v >> 8));
    b.append(char(v & 0xff));
}

void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v >> 16));
    put16(b, quint16(v & 0xffff));
}

struct Tcp
{
    quint16 sourcePort = 40000;
    quint16 destinationPort = 2575;
    quint32 sequence = 0x01020304;
    quint32 acknowledgement = 0x0a0b0c0d;
    quint8 flags = Ack | Psh;
    QByteArray options; // a multiple of 4 bytes
    QByteArray payload = "MSH|^~\\&|";

    QByteArray bytes() const
    {
        QByteArray b;
        put16(b, sourcePort);
        put16(b, destinationPort);
        put32(b, sequence);
        put32(b, acknowledgement);
        b.append(char(((20 + options.size()) / 4) << 4));
        b.append(char(flags));
        put16(b, 65535); // window
        put16(b, 0);     // checksum: not checked
        put16(b, 0);     // urgent pointer
        return b + options + payload;
    }
};

QByteArray ipv4(const QByteArray &payload, quint8 protocol = 6, quint16 fragment = 0,
                const QByteArray &options = {}, int totalLength = -1)
{
    QByteArray b;
    b.append(char(0x40 | ((20 + options.size()) / 4)));
    b.append(char(0));
    put16(b, quint16(totalLength >= 0 ? totalLength : 20 + options.size() + payload.size()));
    put16(b, 0x1234); // identification
    put16(b, fragment);
    b.append(char(64)); // TTL
    b.append(char(protocol));
    put16(b, 0); // checksum
    put32(b, 0xc0a80105); // 192.168.1.5
    put32(b, 0x0a000002); // 10.0.0.2
    return b + options + payload;
}

QByteArray v6Address(quint16 first, quint16 last)
{
    QByteArray b;
    put16(b, first);
    for (int i = 0; i < 6; ++i)
        put16(b, 0);
    put16(b, last);
    return b;
}

// extensions: the bytes of the extension headers, already chained; firstNext: what follows the
// fixed header.
QByteArray ipv6(const QByteArray &payload, quint8 firstNext = 6, const QByteArray &extensions = {})
{
    QByteArray b;
    put32(b, 0x60000000);
    put16(b, quint16(extensions.size() + payload.size()));
    b.append(char(firstNext));
    b.append(char(64)); // hop limit
    b += v6Address(0x2001, 0x0005);
    b += v6Address(0xfe80, 0x0001);
    return b + extensions + payload;
}

// Hop-by-hop, routing or destination options: next header, length in 8-byte units beyond the first.
QByteArray optionsHeader(quint8 next, int units = 0)
{
    QByteArray b(8 * (units + 1), '\0');
    b[0] = char(next);
    b[1] = char(units);
    return b;
}

QByteArray fragmentHeader(quint8 next, int offsetBytes, bool more)
{
    QByteArray b;
    b.append(char(next));
    b.append(char(0));
    put16(b, quint16(offsetBytes | (more ? 1 : 0)));
    put32(b, 0xabcdef01); // identification
    return b;
}

QByteArray authenticationHeader(quint8 next)
{
    QByteArray b(16, '\0'); // 12 fixed bytes and a 4-byte ICV: length field (16 / 4) - 2 = 2
    b[0] = char(next);
    b[1] = char(2);
    return b;
}

QByteArray ethernet(quint16 etherType, const QByteArray &payload, const QList<quint16> &vlanTypes = {},
                    int padTo = 0)
{
    QByteArray b = QByteArray::fromHex("001122334455" "66778899aabb");
    for (quint16 tpid : vlanTypes) {
        put16(b, tpid);
        put16(b, 0x0064); // VLAN 100
    }
    put16(b, etherType);
    b += payload;
    if (b.size() < padTo)
        b.append(padTo - b.size(), '\0');
    return b;
}

QByteArray loopback(quint32 family, bool networkOrder, const QByteArray &payload)
{
    QByteArray b;
    if (networkOrder) {
        put32(b, family);
    } else {
        for (int i = 0; i < 4; ++i)
            b.append(char((family >> (8 * i)) & 0xff));
    }
    return b + payload;
}

QByteArray sll(quint16 protocol, const QByteArray &payload)
{
    QByteArray b;
    put16(b, 0);   // packet type: to us
    put16(b, 1);   // ARPHRD_ETHER
    put16(b, 6);   // address length
    b += QByteArray::fromHex("001122334455") + QByteArray(2, '\0');
    put16(b, protocol);
    return b + payload;
}

QByteArray sll2(quint16 protocol, const QByteArray &payload)
{
    QByteArray b;
    put16(b, protocol);
    put16(b, 0);  // reserved
    put32(b, 2);  // interface index
    put16(b, 1);  // ARPHRD_ETHER
    b.append(char(0)); // packet type
    b.append(char(6)); // address length
    b += QByteArray::fromHex("001122334455") + QByteArray(2, '\0');
    return b + payload;
}

const QString v4Source = QStringLiteral("192.168.1.5:40000");
const QString v4Destination = QStringLiteral("10.0.0.2:2575");
const QString v6Source = QStringLiteral("[2001::5]:40000");
const QString v6Destination = QStringLiteral("[fe80::1]:2575");

QString flagsText(const TcpSegment &s)
{
    QString t;
    if (s.syn)
        t += QLatin1Char('S');
    if (s.ack)
        t += QLatin1Char('A');
    if (s.fin)
        t += QLatin1Char('F');
    if (s.rst)
        t += QLatin1Char('R');
    return t;
}

} // namespace

class tst_PacketDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void notOurs_data();
    void notOurs();
    void malformed_data();
    void malformed();
    void everyTruncationFails_data();
    void everyTruncationFails();
    void supportedLinkTypes();
};

void tst_PacketDecoder::decodes_data()
{
    QTest::addColumn<int>("linkType");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<quint32>("sequence");
    QTest::addColumn<quint32>("acknowledgement");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("problem"); // a warning along with the segment

    const Tcp tcp;
    const QByteArray seg = tcp.bytes();
    const QByteArray p = tcp.payload;
    const quint32 seq = tcp.sequence;
    const quint32 ack = tcp.acknowledgement;

    QTest::newRow("ethernet ipv4") << LinkType::Ethernet << ethernet(0x0800, ipv4(seg)) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("ethernet ipv6") << LinkType::Ethernet << ethernet(0x86dd, ipv6(seg)) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("ethernet 802.1Q vlan") << LinkType::Ethernet << ethernet(0x0800, ipv4(seg), {0x8100}) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("ethernet 802.1ad QinQ") << LinkType::Ethernet << ethernet(0x86dd, ipv6(seg), {0x88a8, 0x8100}) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << false;

    Tcp small;
    small.payload = "AB";
    QTest::newRow("ethernet padding is not payload") << LinkType::Ethernet << ethernet(0x0800, ipv4(small.bytes()), {}, 60) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << QByteArray("AB") << false;
    Tcp empty;
    empty.payload.clear();
    empty.flags = Syn;
    QTest::newRow("ethernet padded SYN has no payload") << LinkType::Ethernet << ethernet(0x0800, ipv4(empty.bytes()), {}, 60) << v4Source << v4Destination << seq << ack << QStringLiteral("S") << QByteArray() << false;
    QTest::newRow("ipv4 with header options") << LinkType::Ethernet << ethernet(0x0800, ipv4(seg, 6, 0, QByteArray::fromHex("01010101"))) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("ipv4 total length 0 (segmentation offload)") << LinkType::Ethernet << ethernet(0x0800, ipv4(seg, 6, 0, {}, 0)) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("ipv4 don't-fragment bit") << LinkType::Ethernet << ethernet(0x0800, ipv4(seg, 6, 0x4000)) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("ipv4 first fragment is a warning") << LinkType::Ethernet << ethernet(0x0800, ipv4(seg, 6, 0x2000)) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << true;

    Tcp withOptions = tcp;
    withOptions.options = QByteArray::fromHex("020405b4" "01030307" "0101080a" "00000001" "00000002" "0000"
                                              "0101"); // MSS, NOP, WS, NOPs, timestamps: 24 bytes
    QTest::newRow("tcp header options") << LinkType::Ethernet << ethernet(0x0800, ipv4(withOptions.bytes())) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;

    Tcp flagsFinAck = tcp;
    flagsFinAck.flags = Fin | Ack;
    flagsFinAck.payload.clear();
    QTest::newRow("tcp FIN ACK") << LinkType::Ethernet << ethernet(0x0800, ipv4(flagsFinAck.bytes())) << v4Source << v4Destination << seq << ack << QStringLiteral("AF") << QByteArray() << false;
    Tcp flagsSynAck = tcp;
    flagsSynAck.flags = Syn | Ack;
    flagsSynAck.sequence = 0xffffffff;
    flagsSynAck.payload.clear();
    QTest::newRow("tcp SYN ACK, top sequence") << LinkType::Ethernet << ethernet(0x0800, ipv4(flagsSynAck.bytes())) << v4Source << v4Destination << quint32(0xffffffff) << ack << QStringLiteral("SA") << QByteArray() << false;
    Tcp flagsRst = tcp;
    flagsRst.flags = Rst;
    flagsRst.payload.clear();
    QTest::newRow("tcp RST") << LinkType::Ethernet << ethernet(0x0800, ipv4(flagsRst.bytes())) << v4Source << v4Destination << seq << ack << QStringLiteral("R") << QByteArray() << false;

    QTest::newRow("null, AF_INET little endian") << LinkType::Null << loopback(2, false, ipv4(seg)) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("null, AF_INET big endian") << LinkType::Null << loopback(2, true, ipv4(seg)) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("null, AF_INET6 24 (BSD)") << LinkType::Null << loopback(24, false, ipv6(seg)) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("null, AF_INET6 28 (FreeBSD)") << LinkType::Null << loopback(28, false, ipv6(seg)) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("null, AF_INET6 30 (macOS)") << LinkType::Null << loopback(30, false, ipv6(seg)) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("loop, AF_INET network order") << LinkType::Loop << loopback(2, true, ipv4(seg)) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("loop, AF_INET6 host order") << LinkType::Loop << loopback(24, false, ipv6(seg)) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("raw 12 ipv4") << LinkType::Raw << ipv4(seg) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("raw 12 ipv6") << LinkType::Raw << ipv6(seg) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("raw 101 ipv4") << LinkType::LinktypeRaw << ipv4(seg) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("raw 101 ipv6") << LinkType::LinktypeRaw << ipv6(seg) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("linux sll ipv4") << LinkType::LinuxSll << sll(0x0800, ipv4(seg)) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("linux sll ipv6") << LinkType::LinuxSll << sll(0x86dd, ipv6(seg)) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("linux sll2 ipv4") << LinkType::LinuxSll2 << sll2(0x0800, ipv4(seg)) << v4Source << v4Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("linux sll2 ipv6") << LinkType::LinuxSll2 << sll2(0x86dd, ipv6(seg)) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << false;

    // hop-by-hop -> routing -> destination options -> AH -> TCP
    const QByteArray chain = optionsHeader(43, 1) + optionsHeader(60) + optionsHeader(51, 2)
                             + authenticationHeader(6);
    QTest::newRow("ipv6 hop-by-hop, routing, destination options, AH") << LinkType::Ethernet << ethernet(0x86dd, ipv6(seg, 0, chain)) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("ipv6 atomic fragment header") << LinkType::Ethernet << ethernet(0x86dd, ipv6(seg, 44, fragmentHeader(6, 0, false))) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << false;
    QTest::newRow("ipv6 first fragment is a warning") << LinkType::Ethernet << ethernet(0x86dd, ipv6(seg, 44, fragmentHeader(6, 0, true))) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << p << true;
    QTest::newRow("ipv6 padded to 60 keeps payload length") << LinkType::Ethernet << ethernet(0x86dd, ipv6(small.bytes()), {}, 100) << v6Source << v6Destination << seq << ack << QStringLiteral("A") << QByteArray("AB") << false;
}

void tst_PacketDecoder::decodes()
{
    QFETCH(int, linkType);
    QFETCH(QByteArray, frame);
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(quint32, sequence);
    QFETCH(quint32, acknowledgement);
    QFETCH(QString, flags);
    QFETCH(QByteArray, payload);
    QFETCH(bool, problem);

    QString text = QStringLiteral("stale");
    const std::optional<TcpSegment> s = decodeFrame(linkType, frame, Q_INT64_C(1'700'000'000'123'456), &text);
    QVERIFY2(s, qPrintable(text));
    QCOMPARE(s->timestampUs, Q_INT64_C(1'700'000'000'123'456));
    QCOMPARE(s->source.toString(), source);
    QCOMPARE(s->destination.toString(), destination);
    QCOMPARE(s->sequence, sequence);
    QCOMPARE(s->acknowledgement, acknowledgement);
    QCOMPARE(flagsText(*s), flags);
    QCOMPARE(s->payload, payload);
    QCOMPARE(!text.isEmpty(), problem);
    if (problem)
        QVERIFY2(text.contains(QLatin1StringView("fragment")), qPrintable(text));

    // A null problem pointer is fine too.
    QVERIFY(decodeFrame(linkType, frame, 0, nullptr));
}

void tst_PacketDecoder::notOurs_data()
{
    QTest::addColumn<int>("linkType");
    QTest::addColumn<QByteArray>("frame");

    const QByteArray seg = Tcp().bytes();
    QTest::newRow("arp") << LinkType::Ethernet << ethernet(0x0806, QByteArray(28, '\1'));
    QTest::newRow("802.3 length field") << LinkType::Ethernet << ethernet(0x0040, QByteArray(64, '\1'));
    QTest::newRow("ipv4 udp") << LinkType::Ethernet << ethernet(0x0800, ipv4(QByteArray(16, '\0'), 17));
    QTest::newRow("ipv4 icmp") << LinkType::Ethernet << ethernet(0x0800, ipv4(QByteArray(8, '\0'), 1));
    QTest::newRow("ipv4 udp fragment is not ours either") << LinkType::Ethernet << ethernet(0x0800, ipv4(QByteArray(16, '\0'), 17, 0x0010));
    QTest::newRow("ipv6 icmpv6") << LinkType::Ethernet << ethernet(0x86dd, ipv6(QByteArray(8, '\0'), 58));
    QTest::newRow("ipv6 no next header") << LinkType::Ethernet << ethernet(0x86dd, ipv6({}, 59));
    QTest::newRow("ipv6 udp behind hop-by-hop") << LinkType::Ethernet << ethernet(0x86dd, ipv6(QByteArray(8, '\0'), 0, optionsHeader(17)));
    QTest::newRow("vlan arp") << LinkType::Ethernet << ethernet(0x0806, QByteArray(28, '\1'), {0x8100});
    QTest::newRow("loopback unknown family") << LinkType::Null << loopback(7, false, ipv4(seg));
    QTest::newRow("sll arp") << LinkType::LinuxSll << sll(0x0806, QByteArray(28, '\1'));
    QTest::newRow("sll2 arp") << LinkType::LinuxSll2 << sll2(0x0806, QByteArray(28, '\1'));
}

void tst_PacketDecoder::notOurs()
{
    QFETCH(int, linkType);
    QFETCH(QByteArray, frame);
    QString problem = QStringLiteral("stale");
    QVERIFY(!decodeFrame(linkType, frame, 0, &problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_PacketDecoder::malformed_data()
{
    QTest::addColumn<int>("linkType");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("expected"); // part of the problem text

    const QByteArray seg = Tcp().bytes();
    Tcp badOffset;
    QByteArray badOffsetBytes = badOffset.bytes();
    badOffsetBytes[12] = char(4 << 4);
    Tcp longOffset;
    QByteArray longOffsetBytes = longOffset.bytes().left(20);
    longOffsetBytes[12] = char(15 << 4); // 60-byte header in a 20-byte segment

    QByteArray wrongVersion = ipv4(seg);
    wrongVersion[0] = char(0x65);
    QByteArray shortIhl = ipv4(seg);
    shortIhl[0] = char(0x44);
    QByteArray v6WrongVersion = ipv6(seg);
    v6WrongVersion[0] = char(0x40);

    QTest::newRow("unsupported link type") << 9999 << ipv4(seg) << QStringLiteral("link type 9999");
    QTest::newRow("ipv4 non-first fragment") << LinkType::Ethernet << ethernet(0x0800, ipv4(seg, 6, 0x0003)) << QStringLiteral("fragment at offset 24");
    QTest::newRow("ipv4 last fragment") << LinkType::Ethernet << ethernet(0x0800, ipv4(seg, 6, 0x0100)) << QStringLiteral("fragment at offset 2048");
    QTest::newRow("ipv6 non-first fragment") << LinkType::Ethernet << ethernet(0x86dd, ipv6(seg, 44, fragmentHeader(6, 1448, true))) << QStringLiteral("fragment at offset 1448");
    QTest::newRow("ipv6 ESP cannot be walked") << LinkType::Ethernet << ethernet(0x86dd, ipv6(seg, 50)) << QStringLiteral("extension header 50");
    QTest::newRow("ipv6 extension header longer than the packet") << LinkType::Ethernet << ethernet(0x86dd, ipv6({}, 0, optionsHeader(6, 3).left(8))) << QStringLiteral("extension header 0: 8 of 32 bytes");
    QTest::newRow("ipv6 mobility header behind hop-by-hop") << LinkType::Ethernet << ethernet(0x86dd, ipv6(seg, 0, optionsHeader(135))) << QStringLiteral("extension header 135");
    QTest::newRow("ipv4 header length below 20") << LinkType::Ethernet << ethernet(0x0800, shortIhl) << QStringLiteral("header length 16");
    QTest::newRow("ipv4 total length below header") << LinkType::Ethernet << ethernet(0x0800, ipv4(seg, 6, 0, {}, 19)) << QStringLiteral("total length 19");
    QTest::newRow("ipv4 total length beyond frame") << LinkType::Ethernet << ethernet(0x0800, ipv4(seg, 6, 0, {}, 1500)) << QStringLiteral("IPv4 packet");
    QTest::newRow("ipv4 ethertype with version 6") << LinkType::Ethernet << ethernet(0x0800, wrongVersion) << QStringLiteral("IP version 6");
    QTest::newRow("ipv6 ethertype with version 4") << LinkType::Ethernet << ethernet(0x86dd, v6WrongVersion) << QStringLiteral("IP version 4");
    QTest::newRow("raw frame with IP version 5") << LinkType::Raw << QByteArray(40, '\x50') << QStringLiteral("IP version 5");
    QTest::newRow("raw frame of version 0") << LinkType::Raw << QByteArray(40, '\0') << QStringLiteral("IP version 0");
    QTest::newRow("tcp data offset below 20") << LinkType::Ethernet << ethernet(0x0800, ipv4(badOffsetBytes)) << QStringLiteral("data offset 16");
    QTest::newRow("tcp data offset beyond segment") << LinkType::Ethernet << ethernet(0x0800, ipv4(longOffsetBytes)) << QStringLiteral("20 of 60 bytes");
}

void tst_PacketDecoder::malformed()
{
    QFETCH(int, linkType);
    QFETCH(QByteArray, frame);
    QFETCH(QString, expected);
    QString problem;
    QVERIFY(!decodeFrame(linkType, frame, 0, &problem));
    QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void tst_PacketDecoder::everyTruncationFails_data()
{
    QTest::addColumn<int>("linkType");
    QTest::addColumn<QByteArray>("frame");

    const QByteArray seg = Tcp().bytes();
    Tcp withOptions;
    withOptions.options = QByteArray::fromHex("020405b401010101");
    // hop-by-hop -> routing -> destination options -> AH -> fragment -> TCP
    const QByteArray chain = optionsHeader(43, 1) + optionsHeader(60) + optionsHeader(51)
                             + authenticationHeader(44) + fragmentHeader(6, 0, false);
    QTest::newRow("ethernet ipv4") << LinkType::Ethernet << ethernet(0x0800, ipv4(seg));
    QTest::newRow("ethernet vlan ipv6") << LinkType::Ethernet << ethernet(0x86dd, ipv6(seg), {0x88a8, 0x8100});
    QTest::newRow("ethernet ipv4 options, tcp options") << LinkType::Ethernet << ethernet(0x0800, ipv4(withOptions.bytes(), 6, 0, QByteArray::fromHex("0101010101010101")));
    QTest::newRow("ethernet ipv6 extension headers") << LinkType::Ethernet << ethernet(0x86dd, ipv6(seg, 0, chain));
    QTest::newRow("null ipv4") << LinkType::Null << loopback(2, false, ipv4(seg));
    QTest::newRow("loop ipv6") << LinkType::Loop << loopback(30, true, ipv6(seg));
    QTest::newRow("raw ipv4") << LinkType::Raw << ipv4(seg);
    QTest::newRow("raw ipv6") << LinkType::LinktypeRaw << ipv6(seg);
    QTest::newRow("sll ipv4") << LinkType::LinuxSll << sll(0x0800, ipv4(seg));
    QTest::newRow("sll2 ipv6") << LinkType::LinuxSll2 << sll2(0x86dd, ipv6(seg));
}

void tst_PacketDecoder::everyTruncationFails()
{
    QFETCH(int, linkType);
    QFETCH(QByteArray, frame);
    QVERIFY(decodeFrame(linkType, frame, 0, nullptr)); // the whole frame is fine

    for (qsizetype length = 0; length < frame.size(); ++length) {
        // An exact-size heap copy, so a sanitizer build catches any read past the end.
        const std::vector<char> copy(frame.cbegin(), frame.cbegin() + length);
        QString problem;
        const auto s = decodeFrame(linkType, QByteArrayView(copy.data(), length), 0, &problem);
        QVERIFY2(!s, qPrintable(QStringLiteral("decoded at length %1 of %2").arg(length).arg(frame.size())));
        QVERIFY2(problem.contains(QLatin1StringView("truncated")),
                 qPrintable(QStringLiteral("length %1: \"%2\"").arg(length).arg(problem)));
    }
}

void tst_PacketDecoder::supportedLinkTypes()
{
    for (int type : {0, 1, 12, 101, 108, 113, 276})
        QVERIFY2(LinkType::isSupported(type), qPrintable(QString::number(type)));
    for (int type : {-1, 9, 105, 127, 228, 9999})
        QVERIFY2(!LinkType::isSupported(type), qPrintable(QString::number(type)));
}

QTEST_GUILESS_MAIN(tst_PacketDecoder)
#include "tst_packetdecoder.moc"

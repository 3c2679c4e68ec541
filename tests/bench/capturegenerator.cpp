#include "capturegenerator.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <array>
#include <deque>
#include <queue>
#include <vector>

namespace CaptureGenerator {

namespace {

constexpr qint64 CaptureStartUs = 1'762'761'600'000'000; // 2025-11-10 08:00:00 UTC
constexpr char Vt = 0x0b;
constexpr char Fs = 0x1c;
constexpr quint8 TcpFin = 0x01;
constexpr quint8 TcpSyn = 0x02;
constexpr quint8 TcpPsh = 0x08;
constexpr quint8 TcpAck = 0x10;
constexpr qsizetype FlushBytes = 4 << 20;
constexpr quint16 FirstClientPort = 40'000;
constexpr quint16 LastClientPort = 60'999;

// SplitMix64: the standard library's distributions differ between implementations, and the
// file must not.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T, size_t N>
    const T &pick(const std::array<T, N> &items) { return items[size_t(between(0, qint64(N) - 1))]; }

private:
    quint64 m_state;
};

struct Host
{
    quint32 ip = 0;
    std::array<quint8, 6> mac{};
    quint16 ipId = 0;
};

// Values and normal ranges in units of 10^-decimals.
struct Analyte
{
    const char *code;
    const char *name;
    const char *unit;
    int decimals;
    int normalLow;
    int normalHigh;
    int low;
    int high;
};

constexpr std::array<Analyte, 24> Analytes{{
    {"6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", 1, 40, 100, 20, 150},
    {"789-8", "Erythrocytes [#/volume] in Blood by Automated count", "10*6/uL", 2, 420, 580, 350, 650},
    {"718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 1, 120, 175, 90, 190},
    {"4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count", "%", 1, 360, 500, 280, 560},
    {"787-2", "MCV [Entitic volume] by Automated count", "fL", 1, 800, 1000, 700, 1100},
    {"785-6", "MCH [Entitic mass] by Automated count", "pg", 1, 270, 330, 240, 360},
    {"786-4", "MCHC [Mass/volume] by Automated count", "g/dL", 1, 320, 360, 300, 380},
    {"777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", 0, 150, 400, 80, 520},
    {"2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 0, 70, 99, 55, 260},
    {"2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 2, 60, 130, 40, 300},
    {"3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL", 0, 7, 20, 4, 45},
    {"2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", 0, 136, 145, 128, 152},
    {"2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", 1, 35, 51, 30, 62},
    {"2075-0", "Chloride [Moles/volume] in Serum or Plasma", "mmol/L", 0, 98, 107, 92, 114},
    {"2028-9", "Carbon dioxide, total [Moles/volume] in Serum or Plasma", "mmol/L", 0, 22, 29, 17, 33},
    {"17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", 1, 86, 103, 75, 115},
    {"1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 0, 7, 56, 4, 140},
    {"1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 0, 10, 40, 6, 120},
    {"6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 0, 44, 147, 30, 260},
    {"1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", 1, 1, 12, 1, 40},
    {"2885-2", "Protein [Mass/volume] in Serum or Plasma", "g/dL", 1, 60, 83, 50, 92},
    {"1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", 1, 35, 50, 25, 56},
    {"2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", 0, 120, 200, 100, 320},
    {"2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "mg/dL", 0, 40, 150, 30, 480},
}};

constexpr std::array<const char *, 8> Models{"COBAS8000", "ARCHITECT", "XN1000", "ATELLICA", "AU5800", "DXI800", "VITROS5600", "ALINITY"};
constexpr std::array<const char *, 12> LastNames{"MUELLER", "SCHMIDT", "GARCIA", "ROSSI", "DUBOIS", "JANSEN", "NOWAK", "SILVA", "MÜLLER", "GARCÍA", "NØRGAARD", "ÅSTRÖM"};
constexpr std::array<const char *, 10> FirstNames{"ANNA", "LUCAS", "MARIA", "NOAH", "EMMA", "PAUL", "SOFIA", "JONAS", "RENÉ", "ZOË"};
constexpr std::array<const char *, 6> Wards{"ER", "ICU2", "CARD", "ONC3", "PED1", "OUTPAT"};
constexpr std::array<const char *, 5> Operators{"JSMITH^John^Smith", "MLEE^Mei^Lee", "KOVAC^Karl^Kovac", "ABERG^Anna^Berg", "TNGUYEN^Thi^Nguyen"};

struct Packet
{
    qint64 timestampUs = 0;
    bool fromDevice = true;
    quint8 flags = 0;
    quint32 sequence = 0;
    quint32 acknowledgement = 0;
    QByteArray payload;
};

struct Device
{
    explicit Device(quint64 seed) : random(seed) {}

    int index = 0;
    Host host;
    Random random;
    QByteArray application;
    QByteArray facility;
    QByteArray charset;   // MSH-18 as the device writes it
    bool latin1 = false;  // names are written in ISO-8859-1 (MSH-18 "8859/1"), else UTF-8
    quint16 nextPort = FirstClientPort;
    qint64 clockUs = 0;   // time of the last packet generated
    std::deque<Packet> queue;
    bool connected = false;
    int messagesLeft = 0;
    quint16 port = 0;
    quint32 deviceSequence = 0; // the next sequence number each side sends
    quint32 lisSequence = 0;
    quint64 messageNumber = 0;
};

quint32 add16(const uchar *p, qsizetype n, quint32 sum)
{
    qsizetype i = 0;
    for (; i + 1 < n; i += 2)
        sum += quint32(p[i]) << 8 | p[i + 1];
    if (i < n)
        sum += quint32(p[i]) << 8;
    return sum;
}

quint16 checksum(quint32 sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

void put16(uchar *p, quint16 v)
{
    p[0] = uchar(v >> 8);
    p[1] = uchar(v);
}

void put32(uchar *p, quint32 v)
{
    put16(p, quint16(v >> 16));
    put16(p + 2, quint16(v));
}

void putLe32(uchar *p, quint32 v)
{
    p[0] = uchar(v);
    p[1] = uchar(v >> 8);
    p[2] = uchar(v >> 16);
    p[3] = uchar(v >> 24);
}

QByteArray hl7Time(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
}

QByteArray fixed(int scaled, int decimals)
{
    if (decimals == 0)
        return QByteArray::number(scaled);
    int divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    QByteArray fraction = QByteArray::number(scaled % divisor);
    while (fraction.size() < decimals)
        fraction.prepend('0');
    return QByteArray::number(scaled / divisor) + '.' + fraction;
}

class Generator
{
public:
    Generator(const Options &options, Summary &summary) : m_options(options), m_summary(summary)
    {
        m_lis.ip = 0x0a14000a; // 10.20.0.10
        m_lis.mac = {0x02, 0x00, 0x5e, 0x10, 0x00, 0x0a};
        Random setup(options.seed);
        m_lis.ipId = quint16(setup.next());
        for (int i = 0; i < options.devices; ++i) {
            Device d(options.seed * 0x100000001b3ULL + quint64(i) + 1);
            d.index = i;
            d.host.ip = 0x0a140100 + quint32(10 + i); // 10.20.1.10, .11, ...
            d.host.mac = {0x02, 0x00, 0x5e, 0x10, 0x01, quint8(i)};
            d.host.ipId = quint16(d.random.next());
            d.application = QByteArray(Models[size_t(i) % Models.size()]);
            if (i >= int(Models.size()))
                d.application += QByteArray::number(i / int(Models.size()) + 1);
            d.facility = "LAB" + QByteArray::number(1 + i % 3);
            switch (i % 4) {
            case 0: break; // no MSH-18: UTF-8 by default
            case 2: d.charset = "8859/1"; d.latin1 = true; break;
            default: d.charset = "UNICODE UTF-8"; break;
            }
            d.nextPort = quint16(d.random.between(FirstClientPort, LastClientPort));
            d.clockUs = CaptureStartUs + d.random.between(0, 1'000'000);
            m_devices.push_back(std::move(d));
        }
    }

    bool run(QFile &file)
    {
        m_file = &file;
        m_out.reserve(FlushBytes + 128 * 1024);
        uchar header[24];
        putLe32(header, 0xa1b2c3d4);          // microsecond timestamps
        header[4] = 2, header[5] = 0;         // version 2.4, little endian
        header[6] = 4, header[7] = 0;
        putLe32(header + 8, 0);               // thiszone
        putLe32(header + 12, 0);              // sigfigs
        putLe32(header + 16, 262'144);        // snaplen
        putLe32(header + 20, 1);              // LINKTYPE_ETHERNET
        m_out.append(reinterpret_cast<const char *>(header), sizeof header);

        using Head = std::pair<qint64, int>; // (timestamp, device): ties go to the lower index
        std::priority_queue<Head, std::vector<Head>, std::greater<Head>> heads;
        for (Device &d : m_devices) {
            refill(d);
            if (!d.queue.empty())
                heads.emplace(d.queue.front().timestampUs, d.index);
        }
        m_summary.firstTimestampUs = heads.empty() ? 0 : heads.top().first;
        while (!heads.empty()) {
            Device &d = m_devices[size_t(heads.top().second)];
            heads.pop();
            const Packet p = std::move(d.queue.front());
            d.queue.pop_front();
            write(d, p);
            m_summary.lastTimestampUs = p.timestampUs;
            if (m_out.size() >= FlushBytes && !flush())
                return false;
            if (d.queue.empty())
                refill(d);
            if (!d.queue.empty())
                heads.emplace(d.queue.front().timestampUs, d.index);
        }
        return flush();
    }

private:
    bool flush()
    {
        if (m_file->write(m_out) != m_out.size()) {
            m_summary.error = QStringLiteral("cannot write %1: %2").arg(m_file->fileName(), m_file->errorString());
            return false;
        }
        m_written += m_out.size();
        m_out.clear();
        return true;
    }

    bool stopping() const { return m_written + m_out.size() >= m_options.targetBytes; }

    // Generates the device's next step: a connection, an exchange, the close. Once the file is
    // large enough, devices finish their connection and start no new one.
    void refill(Device &d)
    {
        if (!d.connected) {
            if (!stopping())
                open(d);
        } else if (d.messagesLeft > 0) {
            exchange(d);
        } else {
            close(d);
        }
    }

    void add(Device &d, qint64 t, bool fromDevice, quint8 flags, QByteArray payload = {})
    {
        Packet p;
        p.timestampUs = t;
        p.fromDevice = fromDevice;
        p.flags = flags;
        p.sequence = fromDevice ? d.deviceSequence : d.lisSequence;
        p.acknowledgement = (flags & TcpAck) ? (fromDevice ? d.lisSequence : d.deviceSequence) : 0;
        p.payload = std::move(payload);
        d.queue.push_back(std::move(p));
        d.clockUs = std::max(d.clockUs, t);
    }

    void open(Device &d)
    {
        ++m_summary.connections;
        d.port = d.nextPort;
        d.nextPort = d.nextPort >= LastClientPort ? FirstClientPort : quint16(d.nextPort + 1);
        qint64 t = d.clockUs + d.random.between(200'000, 3'000'000);
        d.deviceSequence = quint32(d.random.next());
        d.lisSequence = quint32(d.random.next());
        add(d, t, true, TcpSyn);
        ++d.deviceSequence;
        t += d.random.between(80, 300);
        add(d, t, false, TcpSyn | TcpAck);
        ++d.lisSequence;
        t += d.random.between(20, 80);
        add(d, t, true, TcpAck);
        d.connected = true;
        d.messagesLeft = int(d.random.between(m_options.minMessagesPerConnection, m_options.maxMessagesPerConnection));
    }

    void close(Device &d)
    {
        qint64 t = d.clockUs + d.random.between(500, 5'000);
        add(d, t, true, TcpFin | TcpAck);
        ++d.deviceSequence;
        t += d.random.between(50, 300);
        add(d, t, false, TcpFin | TcpAck);
        ++d.lisSequence;
        t += d.random.between(20, 100);
        add(d, t, true, TcpAck);
        d.connected = false;
    }

    // One write of the device (one to three messages), the LIS's delayed ACKs, its MLLP
    // acknowledgements in one segment, and the device's ACK of those.
    void exchange(Device &d)
    {
        const qint64 start = d.clockUs + d.random.between(2'000, 60'000);
        int count = d.random.chance(15) ? int(d.random.between(2, 3)) : 1;
        count = std::min(count, d.messagesLeft);
        d.messagesLeft -= count;

        QByteArray stream, acks;
        std::vector<std::pair<qsizetype, qsizetype>> spans; // [begin, end) of each block
        for (int i = 0; i < count; ++i) {
            QByteArray controlId;
            const QByteArray message = oru(d, start, controlId);
            spans.emplace_back(stream.size(), stream.size() + message.size() + 3);
            stream += Vt + message + Fs + '\r';
            acks += Vt + ack(d, start, controlId) + Fs + '\r';
        }
        m_summary.messages += quint64(count);
        m_summary.acknowledgements += quint64(count);
        m_summary.hl7Bytes += quint64(stream.size() + acks.size());

        std::vector<Packet> packets;
        const qsizetype mss = m_options.mss;
        const qsizetype segments = (stream.size() + mss - 1) / mss;
        qint64 t = start;
        const quint32 base = d.deviceSequence;
        for (qsizetype i = 0; i < segments; ++i) {
            const qsizetype from = i * mss;
            const qsizetype to = std::min(stream.size(), from + mss);
            Packet p;
            p.timestampUs = t;
            p.fromDevice = true;
            p.flags = TcpAck | (to == stream.size() ? TcpPsh : 0);
            p.sequence = base + quint32(from);
            p.acknowledgement = d.lisSequence;
            p.payload = stream.sliced(from, to - from);
            packets.push_back(std::move(p));
            const auto overlapping = std::count_if(spans.begin(), spans.end(), [&](const auto &s) { return s.first < to && s.second > from; });
            if (overlapping > 1)
                ++m_summary.sharedSegments;
            if (i % 2 == 1 || to == stream.size()) { // delayed ACK: every second segment, and the last
                Packet a;
                a.timestampUs = t + d.random.between(20, 60);
                a.fromDevice = false;
                a.flags = TcpAck;
                a.sequence = d.lisSequence;
                a.acknowledgement = base + quint32(to);
                packets.push_back(std::move(a));
            }
            t += d.random.between(8, 15); // about one full frame at 1 Gbit/s
        }
        for (const auto &s : spans) {
            if (s.first / mss != (s.second - 1) / mss)
                ++m_summary.splitMessages;
        }
        d.deviceSequence = base + quint32(stream.size());
        std::stable_sort(packets.begin(), packets.end(), [](const Packet &a, const Packet &b) { return a.timestampUs < b.timestampUs; });
        for (Packet &p : packets)
            d.queue.push_back(std::move(p));
        d.clockUs = d.queue.back().timestampUs;

        t = d.clockUs + d.random.between(1'000, 8'000); // the LIS stores the results, then answers
        for (qsizetype from = 0; from < acks.size(); from += mss) {
            add(d, t, false, TcpAck | (from + mss >= acks.size() ? TcpPsh : 0), acks.sliced(from, std::min(mss, acks.size() - from)));
            d.lisSequence += quint32(d.queue.back().payload.size());
            t += d.random.between(8, 15);
        }
        add(d, d.clockUs + d.random.between(30, 200), true, TcpAck);
    }

    QByteArray name(Device &d, const char *utf8)
    {
        const QString text = QString::fromUtf8(utf8);
        return d.latin1 ? text.toLatin1() : text.toUtf8();
    }

    QByteArray oru(Device &d, qint64 t, QByteArray &controlId)
    {
        const qint64 target = d.random.between(m_options.minMessageBytes, m_options.maxMessageBytes);
        const QByteArray now = hl7Time(t);
        const QByteArray collected = hl7Time(t - d.random.between(1'800, 14'400) * 1'000'000);
        const QByteArray number = QByteArray::number(++d.messageNumber).rightJustified(8, '0');
        controlId = d.application + '-' + number;
        const QByteArray placer = "PO" + QByteArray::number(d.random.between(1'000'000, 9'999'999));
        const QByteArray filler = "SP" + QByteArray::number(d.index) + number;

        QByteArray m;
        m.reserve(target + 512);
        m += "MSH|^~\\&|" + d.application + '|' + d.facility + "|LIS|CENTRAL_LAB|" + now + "||ORU^R01^ORU_R01|" + controlId + "|P|2.5.1|||AL|NE";
        if (!d.charset.isEmpty())
            m += "||" + d.charset;
        m += '\r';
        m += "PID|1||" + QByteArray::number(d.random.between(100'000, 999'999)) + "^^^HOSP^MR||" + name(d, d.random.pick(LastNames)) + '^'
            + name(d, d.random.pick(FirstNames)) + "||19" + QByteArray::number(d.random.between(30, 99)) + "0"
            + QByteArray::number(d.random.between(1, 9)) + '1' + QByteArray::number(d.random.between(0, 9)) + '|'
            + (d.random.chance(50) ? 'F' : 'M') + '\r';
        m += "PV1|1|O|" + QByteArray(d.random.pick(Wards)) + "^^^HOSP\r";
        m += "ORC|RE|" + placer + '|' + filler + "||CM\r";
        m += "OBR|1|" + placer + '|' + filler + "|24323-8^Comprehensive metabolic and blood count panel^LN|||" + collected
            + "|||||||" + collected + "|SER^Serum|||||||" + now + "||CH|F\r";
        const QByteArray operatorId(d.random.pick(Operators));
        size_t analyte = size_t(d.random.between(0, Analytes.size() - 1));
        for (int set = 1; m.size() < target; ++set, analyte = (analyte + 1) % Analytes.size()) {
            const Analyte &a = Analytes[analyte];
            const int value = int(d.random.between(a.low, a.high));
            const char *flag = value < a.normalLow ? "L" : value > a.normalHigh ? "H" : "N";
            m += "OBX|" + QByteArray::number(set) + "|NM|" + a.code + '^' + a.name + "^LN||" + fixed(value, a.decimals) + '|' + a.unit + '|'
                + fixed(a.normalLow, a.decimals) + '-' + fixed(a.normalHigh, a.decimals) + '|' + flag + "|||F|||" + collected + "||"
                + operatorId + "||" + d.application + "^SN" + QByteArray::number(4711 + d.index) + '|' + now + '\r';
            if (*flag != 'N' && d.random.chance(20))
                m += "NTE|1|L|Result verified by repeat analysis.\r";
        }
        return m;
    }

    QByteArray ack(Device &d, qint64 t, const QByteArray &controlId)
    {
        return "MSH|^~\\&|LIS|CENTRAL_LAB|" + d.application + '|' + d.facility + '|' + hl7Time(t + 3'000) + "||ACK^R01^ACK|ACK-"
            + controlId + "|P|2.5.1\rMSA|AA|" + controlId + '\r';
    }

    void write(Device &d, const Packet &p)
    {
        Host &source = p.fromDevice ? d.host : m_lis;
        const Host &destination = p.fromDevice ? m_lis : d.host;
        const bool syn = p.flags & TcpSyn;
        const qsizetype tcpHeader = syn ? 24 : 20; // the SYNs carry an MSS option
        const qsizetype tcpLength = tcpHeader + p.payload.size();
        const qsizetype ipLength = 20 + tcpLength;
        const qsizetype frameLength = 14 + ipLength;

        uchar h[16 + 14 + 20 + 24] = {};
        putLe32(h, quint32(p.timestampUs / 1'000'000));
        putLe32(h + 4, quint32(p.timestampUs % 1'000'000));
        putLe32(h + 8, quint32(frameLength));
        putLe32(h + 12, quint32(frameLength));
        uchar *eth = h + 16;
        std::copy(destination.mac.begin(), destination.mac.end(), eth);
        std::copy(source.mac.begin(), source.mac.end(), eth + 6);
        put16(eth + 12, 0x0800);
        uchar *ip = eth + 14;
        ip[0] = 0x45;
        put16(ip + 2, quint16(ipLength));
        put16(ip + 4, source.ipId++);
        put16(ip + 6, 0x4000); // don't fragment
        ip[8] = 64;
        ip[9] = 6;
        put32(ip + 12, source.ip);
        put32(ip + 16, destination.ip);
        put16(ip + 10, checksum(add16(ip, 20, 0)));
        uchar *tcp = ip + 20;
        put16(tcp, p.fromDevice ? d.port : m_options.lisPort);
        put16(tcp + 2, p.fromDevice ? m_options.lisPort : d.port);
        put32(tcp + 4, p.sequence);
        put32(tcp + 8, p.acknowledgement);
        tcp[12] = uchar((tcpHeader / 4) << 4);
        tcp[13] = p.flags;
        put16(tcp + 14, 64'240);
        if (syn) {
            tcp[20] = 2; // MSS
            tcp[21] = 4;
            put16(tcp + 22, quint16(m_options.mss));
        }
        uchar pseudo[12] = {};
        put32(pseudo, source.ip);
        put32(pseudo + 4, destination.ip);
        pseudo[9] = 6;
        put16(pseudo + 10, quint16(tcpLength));
        quint32 sum = add16(pseudo, sizeof pseudo, 0);
        sum = add16(tcp, tcpHeader, sum);
        sum = add16(reinterpret_cast<const uchar *>(p.payload.constData()), p.payload.size(), sum);
        put16(tcp + 16, checksum(sum));

        m_out.append(reinterpret_cast<const char *>(h), 16 + 14 + 20 + tcpHeader);
        m_out.append(p.payload);
        ++m_summary.packets;
        if (!p.payload.isEmpty())
            ++m_summary.dataSegments;
    }

    const Options &m_options;
    Summary &m_summary;
    Host m_lis;
    std::vector<Device> m_devices;
    QFile *m_file = nullptr;
    QByteArray m_out;
    qint64 m_written = 0;
};

} // namespace

Summary write(const QString &path, const Options &options)
{
    Summary summary;
    QElapsedTimer clock;
    clock.start();
    if (options.devices < 1 || options.mss < 64 || options.minMessageBytes < 200
        || options.minMessageBytes > options.maxMessageBytes
        || options.minMessagesPerConnection < 1 || options.minMessagesPerConnection > options.maxMessagesPerConnection) {
        summary.error = QStringLiteral("capture generator: inconsistent options");
        return summary;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        summary.error = QStringLiteral("cannot create %1: %2").arg(path, file.errorString());
        return summary;
    }
    Generator generator(options, summary);
    if (generator.run(file) && !file.flush())
        summary.error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    file.close();
    summary.fileBytes = QFile(path).size();
    summary.seconds = double(clock.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace CaptureGenerator

// libFuzzer target over the whole capture pipeline: frames or a capture file in, sessions out.
// fuzzinput.h describes the input. Besides the sanitizers' reports and libFuzzer's own limits
// (time, memory), a broken invariant aborts:
// - every byte reassembled for a direction ends up in exactly one element, in order (checked
//   against a second TcpReassembler fed the same segments), no element is empty or longer than
//   the element limit, and nothing stays open after the end;
// - in Parts mode also: reassembly events come in a valid order, the out-of-order buffer keeps
//   its limit, and where a decoder's input was cut does not change what it decodes.

#include "../capturetesthelpers.h"
#include "fuzzinput.h"

#include "captureengine.h"
#include "framingdecoder.h"
#include "packetdecoder.h"
#include "pcapfile.h"
#include "sessionbuilder.h"
#include "tcpreassembler.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

using namespace FuzzInput;
using CaptureTest::Conversation;

namespace {

[[noreturn]] void broken(const char *what, int line)
{
    std::fprintf(stderr, "fuzz_capture: invariant broken at line %d: %s\n", line, what);
    std::abort();
}

#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (!(condition))                                                                          \
            broken(#condition, __LINE__);                                                          \
    } while (false)

struct Config
{
    quint8 flags = 0;
    CaptureSettings capture;
    int linkType = LinkType::Ethernet;
    qint64 maxBufferedBytes = 0;
};

Config readConfig(Reader &in)
{
    Config config;
    config.flags = in.byte();
    const quint8 elementLimit = in.byte();
    const quint8 linkOrBuffer = in.byte();
    config.capture.framing = Framing(config.flags & Setting::FramingMask);
    if (config.flags & Setting::SmallElements)
        config.capture.framingOptions.maxElementBytes = 1 + elementLimit;
    if (config.flags & Setting::ControlBytes) {
        config.capture.framingOptions.startByte = char(in.byte());
        config.capture.framingOptions.ackByte = char(in.byte());
        config.capture.framingOptions.endByte = char(in.byte());
    }
    if (config.flags & Setting::DeviceIp)
        config.capture.sessions.deviceIp = (config.flags & Setting::Ipv6) ? QStringLiteral("fd00::1") : QStringLiteral("10.0.0.1");
    if (config.flags & Setting::LisPort)
        config.capture.sessions.lisPort = 2575;
    config.linkType = CaptureTest::FrameLinkTypes[linkOrBuffer % std::size(CaptureTest::FrameLinkTypes)];
    config.maxBufferedBytes = qint64(linkOrBuffer) * 8;
    return config;
}

// The four clients of a record's connection bits, all talking to one server; their initial
// sequence numbers sit just below the 32-bit wrap so that it is always crossed.
struct Clients
{
    explicit Clients(bool ipv6)
    {
        for (int k = 0; k < 4; ++k) {
            Endpoint client, server;
            if (ipv6) {
                quint8 a[16] = {0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, quint8(k + 1)};
                client = Endpoint::ipv6(a, quint16(40000 + k));
                a[15] = 0x64;
                server = Endpoint::ipv6(a, 2575);
            } else {
                client = Endpoint::ipv4(0x0a000001 + quint32(k), quint16(40000 + k));
                server = Endpoint::ipv4(0x0a000064, 2575);
            }
            conversations.emplace_back(client, server, 0xfffffff0u - quint32(k) * 0x100, 1000u * quint32(k + 1));
        }
    }
    std::vector<Conversation> conversations;
};

struct Step
{
    quint8 flags = 0;
    int connection = 0;
    bool fromClient = false;
    qint32 offset = 0;
    qint64 timestampUs = 0;
    QByteArray payload;
};

// Reads the next record; the clock only moves forward.
Step readStep(Reader &in, qint64 &clockUs)
{
    Step s;
    s.flags = in.byte();
    const quint8 length = in.byte();
    qint64 stepUs = 1000;
    if (s.flags & Record::Extended) {
        const auto offset = qint8(in.byte());
        s.offset = offset == -128 ? (1 << 30) : offset;
        const quint8 t = in.byte();
        stepUs = t == 255 ? 2 * CaptureEngine::ConnectionIdleUs : qint64(t) * t * 1000;
    }
    s.payload = in.bytes(length);
    s.connection = (s.flags & Record::ConnectionMask) >> Record::ConnectionShift;
    s.fromClient = s.flags & Record::FromClient;
    clockUs += stepUs;
    s.timestampUs = clockUs;
    return s;
}

TcpSegment segmentOf(Clients &clients, const Step &step)
{
    int flags = 0;
    if (step.flags & Record::Syn)
        flags |= Conversation::Flag::Syn;
    if (step.flags & Record::Ack)
        flags |= Conversation::Flag::Ack;
    if (step.flags & Record::Fin)
        flags |= Conversation::Flag::Fin;
    if (step.flags & Record::Rst)
        flags |= Conversation::Flag::Rst;
    return clients.conversations[size_t(step.connection)].segment(step.fromClient, step.payload, step.timestampUs,
                                                                   flags, step.offset);
}

void checkSessions(const QList<Session> &sessions, const FramingOptions &options)
{
    for (const Session &s : sessions) {
        for (const Element &e : s.elements) {
            CHECK(!e.bytes.isEmpty());
            CHECK(e.bytes.size() <= options.maxElementBytes);
        }
    }
}

// What reaches the sessions, against what a second reassembler makes of the same segments.
class Pipeline
{
public:
    explicit Pipeline(const Config &config) : m_config(config), m_engine(config.capture) {}

    void addFrame(int linkType, QByteArrayView frame, qint64 timestampUs)
    {
        m_engine.addFrame(linkType, frame, timestampUs);
        m_shadow.addFrame(linkType, frame, timestampUs);
        if (m_config.flags & Setting::AdvanceTime) {
            m_engine.advanceTime(timestampUs);
            m_shadow.closeIdle(timestampUs, CaptureEngine::ConnectionIdleUs);
        }
        m_sessions += m_engine.takeCompleted();
    }

    void finish(qint64 timestampUs)
    {
        m_engine.finish(timestampUs);
        m_shadow.finish(timestampUs);
        m_sessions += m_engine.takeCompleted();
        CHECK(m_engine.openSessions().isEmpty());
        CHECK(m_engine.warnings().size() <= 101);
        checkSessions(m_sessions, m_config.capture.framingOptions);
        CHECK(CaptureTest::bytesByDirection(m_sessions) == m_shadow.bytes());
    }

private:
    Config m_config;
    CaptureEngine m_engine;
    CaptureTest::ReassembledBytes m_shadow;
    QList<Session> m_sessions;
};

void runFrames(Reader &in)
{
    const Config config = readConfig(in);
    Clients clients(config.flags & Setting::Ipv6);
    Pipeline pipeline(config);
    qint64 clockUs = 1'700'000'000'000'000;
    while (!in.atEnd()) {
        const Step step = readStep(in, clockUs);
        if ((step.flags & Record::RawFrame) == Record::RawFrame)
            pipeline.addFrame(config.linkType, step.payload, step.timestampUs);
        else
            pipeline.addFrame(config.linkType, CaptureTest::frame(config.linkType, segmentOf(clients, step)),
                              step.timestampUs);
    }
    pipeline.finish(clockUs);
}

// A fixed path per process: libFuzzer runs one input at a time, and -jobs starts processes.
const QString &capturePath()
{
    static const QString path = [] {
        const QString dir = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        return QStringLiteral("%1/fuzz_capture-%2.pcap").arg(dir).arg(QCoreApplication::applicationPid());
    }();
    return path;
}

void runFile(Reader &in)
{
    {
        QFile file(capturePath());
        const QByteArray bytes = in.rest();
        CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size());
    }
    Result<std::unique_ptr<PcapFile>> opened = PcapFile::open(capturePath());
    QFile::remove(capturePath()); // libpcap reads on from its open handle; nothing is left behind
    if (!opened) {
        CHECK(opened.error().contains(capturePath()));
        return;
    }
    PcapFile &file = *opened.value();
    CHECK(!file.linkTypeName().isEmpty());
    Config config;
    Pipeline pipeline(config);
    QByteArrayView frame;
    qint64 timestampUs = 0, lastUs = 0;
    PcapFile::Next next;
    while ((next = file.next(frame, timestampUs)) == PcapFile::Next::Frame) {
        pipeline.addFrame(file.linkType(), frame, timestampUs);
        lastUs = timestampUs;
        CHECK(file.position() <= file.fileSize());
    }
    if (next == PcapFile::Next::Error)
        CHECK(file.error().contains(capturePath()));
    pipeline.finish(lastUs);
}

// TcpReassembler, decoders and SessionBuilder wired by hand, as CaptureEngine does, so that
// every event can be checked on its way.
class Parts
{
public:
    explicit Parts(const Config &config)
        : m_config(config)
        , m_framing(config.capture.framing == Framing::Auto ? Framing::E1381 : config.capture.framing)
        , m_builder(config.capture.sessions)
        , m_reassembler([this](const TcpReassembler::Event &event) { handle(event); }, config.maxBufferedBytes)
    {
    }

    void addSegment(const TcpSegment &segment)
    {
        m_reassembler.addSegment(segment);
        // Each direction keeps its own limit.
        CHECK(m_reassembler.bufferedBytes() <= 2 * m_config.maxBufferedBytes * m_reassembler.openConnections());
        if (m_config.flags & Setting::AdvanceTime) {
            m_reassembler.closeIdle(segment.timestampUs, CaptureEngine::ConnectionIdleUs);
            m_builder.expireIdle(segment.timestampUs);
        }
        m_builder.takeCompleted();
    }

    void finish(qint64 timestampUs)
    {
        m_reassembler.finish(timestampUs);
        CHECK(m_reassembler.openConnections() == 0);
        CHECK(m_reassembler.bufferedBytes() == 0);
        for (const auto &[id, c] : m_connections)
            CHECK(c.closed);
        checkSessions(m_builder.takeCompleted(), m_config.capture.framingOptions);
        CHECK(m_builder.openSessions().isEmpty());
    }

private:
    struct Stream
    {
        std::unique_ptr<FramingDecoder> decoder;
        QByteArray fed;            // everything reassembled
        QByteArray decoded;        // every element's bytes
        QByteArray sinceFlush;     // fed since the decoder last finished
        QList<FramedElement> elementsSinceFlush;
    };
    struct Connection
    {
        bool closed = false;
        Stream streams[2]; // [fromClient]
    };

    Connection &live(quint64 id)
    {
        const auto it = m_connections.find(id);
        CHECK(it != m_connections.end());
        CHECK(!it->second.closed);
        return it->second;
    }

    void take(quint64 id, bool fromClient, Stream &s, const QList<FramedElement> &elements)
    {
        for (const FramedElement &e : elements) {
            CHECK(!e.bytes.isEmpty());
            CHECK(e.bytes.size() <= m_config.capture.framingOptions.maxElementBytes);
            s.decoded += e.bytes;
        }
        s.elementsSinceFlush += elements;
        m_builder.addElements(id, fromClient, elements);
    }

    void flush(quint64 id, bool fromClient, Stream &s)
    {
        take(id, fromClient, s, s.decoder->finish());
        CHECK(s.decoded == s.fed);
        // The same bytes in one piece decode to the same elements.
        auto whole = createFramingDecoder(m_framing, m_config.capture.framingOptions);
        QList<FramedElement> expected = whole->feed(s.sinceFlush, 0);
        expected += whole->finish();
        CHECK(expected.size() == s.elementsSinceFlush.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const FramedElement &a = s.elementsSinceFlush.at(i);
            const FramedElement &b = expected.at(i);
            CHECK(a.type == b.type && a.bytes == b.bytes && a.message == b.message && a.problem == b.problem);
        }
        s.sinceFlush.clear();
        s.elementsSinceFlush.clear();
    }

    void handle(const TcpReassembler::Event &event)
    {
        if (const auto *opened = std::get_if<TcpReassembler::ConnectionOpened>(&event)) {
            CHECK(opened->connectionId == ++m_lastId);
            Connection &c = m_connections[opened->connectionId];
            for (Stream &s : c.streams)
                s.decoder = createFramingDecoder(m_framing, m_config.capture.framingOptions);
            m_builder.openConnection(opened->connectionId, opened->client, opened->server, opened->timestampUs);
            m_builder.setFraming(opened->connectionId, m_framing);
        } else if (const auto *data = std::get_if<TcpReassembler::Data>(&event)) {
            CHECK(!data->bytes.isEmpty());
            Stream &s = live(data->connectionId).streams[data->fromClient];
            s.fed += data->bytes;
            s.sinceFlush += data->bytes;
            take(data->connectionId, data->fromClient, s, s.decoder->feed(data->bytes, data->timestampUs));
        } else if (const auto *gap = std::get_if<TcpReassembler::Gap>(&event)) {
            CHECK(gap->missingBytes > 0);
            flush(gap->connectionId, gap->fromClient, live(gap->connectionId).streams[gap->fromClient]);
            m_builder.addGap(gap->connectionId, gap->fromClient, qint64(gap->missingBytes), gap->timestampUs);
        } else if (const auto *closed = std::get_if<TcpReassembler::ConnectionClosed>(&event)) {
            Connection &c = live(closed->connectionId);
            for (bool fromClient : {true, false})
                flush(closed->connectionId, fromClient, c.streams[fromClient]);
            m_builder.closeConnection(closed->connectionId, closed->timestampUs);
            c.closed = true;
        }
    }

    Config m_config;
    Framing m_framing;
    SessionBuilder m_builder;
    TcpReassembler m_reassembler;
    quint64 m_lastId = 0;
    std::map<quint64, Connection> m_connections;
};

void runParts(Reader &in)
{
    const Config config = readConfig(in);
    Clients clients(config.flags & Setting::Ipv6);
    Parts parts(config);
    qint64 clockUs = 1'700'000'000'000'000;
    while (!in.atEnd())
        parts.addSegment(segmentOf(clients, readStep(in, clockUs)));
    parts.finish(clockUs);
}

// The proxy's path: each connection's streams arrive in order; a FIN record closes the
// connection and the next record of that client opens a new one.
void runStreams(Reader &in)
{
    const Config config = readConfig(in);
    Clients clients(config.flags & Setting::Ipv6);
    CaptureEngine engine(config.capture);
    QList<Session> sessions;
    QMap<QString, QByteArray> fed;
    std::array<QString, 2> keys[4]; // [connection][fromClient]
    for (size_t k = 0; k < 4; ++k) {
        const Conversation &c = clients.conversations[k];
        keys[k] = {CaptureTest::directionKey(c.server(), c.client()), CaptureTest::directionKey(c.client(), c.server())};
    }
    quint64 ids[4] = {};
    quint64 lastId = 0;
    qint64 clockUs = 1'700'000'000'000'000;
    while (!in.atEnd()) {
        const Step step = readStep(in, clockUs);
        const Conversation &c = clients.conversations[size_t(step.connection)];
        quint64 &id = ids[step.connection];
        if (id == 0) {
            id = ++lastId;
            engine.openConnection(id, c.client(), c.server(), step.timestampUs);
        }
        engine.addStreamData(id, step.fromClient, step.payload, step.timestampUs);
        fed[keys[step.connection][step.fromClient]] += step.payload;
        if (step.flags & Record::Fin) {
            engine.closeConnection(id, step.timestampUs);
            id = 0;
        }
        if (config.flags & Setting::AdvanceTime)
            engine.advanceTime(step.timestampUs);
        sessions += engine.takeCompleted();
    }
    engine.finish(clockUs);
    sessions += engine.takeCompleted();
    CHECK(engine.openSessions().isEmpty());
    checkSessions(sessions, config.capture.framingOptions);
    fed.removeIf([](const auto &entry) { return entry.value().isEmpty(); });
    CHECK(CaptureTest::bytesByDirection(sessions) == fed);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Reader in(data, size);
    switch (Mode(in.byte() % 4)) {
    case Mode::Frames:
        runFrames(in);
        break;
    case Mode::File:
        runFile(in);
        break;
    case Mode::Parts:
        runParts(in);
        break;
    case Mode::Streams:
        runStreams(in);
        break;
    }
    return 0;
}

#include "tcpreassembler.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <vector>

using Reassembler = TcpReassembler;

namespace {

const Endpoint clientA = Endpoint::ipv4(0x0a000001, 40000);
const Endpoint clientB = Endpoint::ipv4(0x0a000001, 40001);
const Endpoint server = Endpoint::ipv4(0x0a000002, 2575);

QString reasonText(Reassembler::CloseReason reason)
{
    switch (reason) {
    case Reassembler::CloseReason::Fin:
        return QStringLiteral("fin");
    case Reassembler::CloseReason::Reset:
        return QStringLiteral("rst");
    case Reassembler::CloseReason::EndOfCapture:
        return QStringLiteral("end");
    case Reassembler::CloseReason::Idle:
        return QStringLiteral("idle");
    case Reassembler::CloseReason::Reused:
        return QStringLiteral("reused");
    }
    return QStringLiteral("?");
}

// Collects events and checks the ordering promises: Opened first, Closed last, ids increasing.
struct Recorder
{
    std::vector<Reassembler::ConnectionOpened> opened;
    std::vector<Reassembler::ConnectionClosed> closed;
    QHash<quint64, QByteArray> client; // stream text, gaps written as "<gap N>"
    QHash<quint64, QByteArray> server;
    QHash<quint64, int> dataEvents;
    QStringList violations;
    QSet<quint64> live;

    void record(const Reassembler::Event &event)
    {
        if (const auto *o = std::get_if<Reassembler::ConnectionOpened>(&event)) {
            if (!opened.empty() && o->connectionId <= opened.back().connectionId)
                violations << QStringLiteral("id %1 not increasing").arg(o->connectionId);
            opened.push_back(*o);
            live.insert(o->connectionId);
        } else if (const auto *d = std::get_if<Reassembler::Data>(&event)) {
            check(d->connectionId, QStringLiteral("data"));
            if (d->bytes.isEmpty())
                violations << QStringLiteral("empty data event");
            (d->fromClient ? client : server)[d->connectionId] += d->bytes;
            ++dataEvents[d->connectionId];
        } else if (const auto *g = std::get_if<Reassembler::Gap>(&event)) {
            check(g->connectionId, QStringLiteral("gap"));
            if (g->missingBytes == 0)
                violations << QStringLiteral("empty gap");
            (g->fromClient ? client : server)[g->connectionId] += "<gap " + QByteArray::number(g->missingBytes) + '>';
        } else if (const auto *c = std::get_if<Reassembler::ConnectionClosed>(&event)) {
            check(c->connectionId, QStringLiteral("close"));
            closed.push_back(*c);
            live.remove(c->connectionId);
        }
    }

    void check(quint64 id, const QString &what)
    {
        if (!live.contains(id))
            violations << QStringLiteral("%1 for connection %2, which is not open").arg(what).arg(id);
    }

    QString closeReason(quint64 id) const
    {
        for (const auto &c : closed) {
            if (c.connectionId == id)
                return reasonText(c.reason);
        }
        return QStringLiteral("open");
    }
};

TcpSegment segment(const Endpoint &from, const Endpoint &to, quint32 seq, const QByteArray &data,
                   const QString &flags = QStringLiteral("A"), qint64 timestampUs = 0, quint32 ack = 0)
{
    TcpSegment s;
    s.timestampUs = timestampUs;
    s.source = from;
    s.destination = to;
    s.sequence = seq;
    s.acknowledgement = ack;
    s.syn = flags.contains(QLatin1Char('S'));
    s.ack = flags.contains(QLatin1Char('A'));
    s.fin = flags.contains(QLatin1Char('F'));
    s.rst = flags.contains(QLatin1Char('R'));
    s.payload = data;
    return s;
}

// A script: "|"-separated steps "<C|S> <flags or -> <sequence relative to the side's ISN> [data]".
// The SYN sits at relative 0, the first data byte at 1.
QList<TcpSegment> parse(const QString &script, quint32 clientIsn, quint32 serverIsn)
{
    QList<TcpSegment> segments;
    qint64 time = 1'000'000;
    for (const QString &rawStep : script.split(QLatin1Char('|'))) {
        const QString step = rawStep.trimmed();
        const QStringList fields = step.split(QLatin1Char(' '));
        const bool fromClient = fields.value(0) == QLatin1StringView("C");
        const QString flags = fields.value(1) == QLatin1StringView("-") ? QString() : fields.value(1);
        const quint32 relative = fields.value(2).toUInt();
        const QByteArray data = step.section(QLatin1Char(' '), 3).toLatin1();
        const quint32 seq = (fromClient ? clientIsn : serverIsn) + relative;
        const quint32 ack = (fromClient ? serverIsn : clientIsn) + 1;
        segments << segment(fromClient ? clientA : server, fromClient ? server : clientA, seq, data,
                            flags, time, ack);
        time += 1000;
    }
    return segments;
}

} // namespace

class tst_TcpReassembler : public QObject
{
    Q_OBJECT

private slots:
    void streams_data();
    void streams();
    void outOfOrderPermutations();
    void twoConnectionsInterleavedNeverMix();
    void midStreamStartGuessesClient();
    void lateSegmentsAfterCloseOpenNothing();
    void newSynAfterCloseStartsNewConnection();
    void newIsnOnOpenConnectionReplacesIt();
    void idleClose();
    void finishClosesAllInIdOrder();
    void dataTimestampIsWhenBytesBecameContiguous();
    void randomizedStreamsComeOutIdentical();
};

void tst_TcpReassembler::streams_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<quint32>("clientIsn");
    QTest::addColumn<quint32>("serverIsn");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QByteArray>("clientStream");
    QTest::addColumn<QByteArray>("serverStream");
    QTest::addColumn<QString>("close"); // reason the script closes with; "end" when finish() does

    const QString h = QStringLiteral("C S 0|S SA 0|C A 1|");
    const auto s = [&](const char *steps) { return h + QLatin1StringView(steps); };
    const quint32 c = 1000, sv = 5000, wrap = 0xfffffff0;
    const qint64 big = Reassembler::DefaultMaxBufferedBytes;

    QTest::newRow("in order, FIN both sides") << s("C A 1 hello|S A 1 OK|C FA 6|S FA 3") << c << sv << big << QByteArray("hello") << QByteArray("OK") << QStringLiteral("fin");
    QTest::newRow("out of order") << s("C A 6 world|C A 1 hello") << c << sv << big << QByteArray("helloworld") << QByteArray() << QStringLiteral("end");
    QTest::newRow("exact retransmission") << s("C A 1 hello|C A 1 hello|C A 6 !") << c << sv << big << QByteArray("hello!") << QByteArray() << QStringLiteral("end");
    QTest::newRow("retransmission of a buffered segment") << s("C A 6 world|C A 6 world|C A 1 hello") << c << sv << big << QByteArray("helloworld") << QByteArray() << QStringLiteral("end");
    QTest::newRow("overlap with delivered bytes keeps the first") << s("C A 1 hello|C A 4 XX world") << c << sv << big << QByteArray("hello world") << QByteArray() << QStringLiteral("end");
    QTest::newRow("overlap with buffered bytes keeps the first") << s("C A 7 world|C A 1 hello XXXXX") << c << sv << big << QByteArray("hello world") << QByteArray() << QStringLiteral("end");
    QTest::newRow("overlap spanning buffered chunks") << s("C A 3 ll|C A 8 or|C A 1 heXXo wXXld") << c << sv << big << QByteArray("hello world") << QByteArray() << QStringLiteral("end");
    QTest::newRow("one-byte holes between buffered chunks") << s("C A 2 b|C A 4 d|C A 1 aXcXe") << c << sv << big << QByteArray("abcde") << QByteArray() << QStringLiteral("end");
    QTest::newRow("segment around a buffered chunk") << s("C A 5 o|C A 1 hellX wor") << c << sv << big << QByteArray("hello wor") << QByteArray() << QStringLiteral("end");
    QTest::newRow("keep-alive one byte below") << s("C A 1 hello|C A 5 X|C A 6 !") << c << sv << big << QByteArray("hello!") << QByteArray() << QStringLiteral("end");
    QTest::newRow("empty keep-alive") << s("C A 1 hello|C A 5|C A 6 !") << c << sv << big << QByteArray("hello!") << QByteArray() << QStringLiteral("end");
    QTest::newRow("wraparound in order") << s("C A 1 0123456789abcdef|C A 17 XYZ") << wrap << sv << big << QByteArray("0123456789abcdefXYZ") << QByteArray() << QStringLiteral("end");
    QTest::newRow("wraparound out of order") << s("C A 17 XYZ|C A 9 89abcdef|C A 1 01234567") << wrap << sv << big << QByteArray("0123456789abcdefXYZ") << QByteArray() << QStringLiteral("end");
    QTest::newRow("wraparound of the server ISN") << s("S A 3 cd|S A 1 ab") << c << quint32(0xffffffff) << big << QByteArray() << QByteArray("abcd") << QStringLiteral("end");
    QTest::newRow("wraparound with a hole and FIN") << s("C A 1 0123|C A 19 Z|C FA 20|S FA 1") << wrap << sv << big << QByteArray("0123<gap 14>Z") << QByteArray() << QStringLiteral("end");
    QTest::newRow("data on the SYN") << QStringLiteral("C S 0 early|S SA 0|C A 6 late") << c << sv << big << QByteArray("earlylate") << QByteArray() << QStringLiteral("end");
    QTest::newRow("FIN consumes one sequence number") << s("C A 1 abc|C FA 4|S FA 1|C A 5 late") << c << sv << big << QByteArray("abc") << QByteArray() << QStringLiteral("fin");
    QTest::newRow("data at and beyond the FIN is dropped") << s("C A 1 abc|C FA 4|C A 4 XYZ") << c << sv << big << QByteArray("abc") << QByteArray() << QStringLiteral("end");
    QTest::newRow("buffered data beyond a late FIN is dropped") << s("C A 8 XYZ|C A 3 cdefgh|C FA 6|C A 1 ab") << c << sv << big << QByteArray("abcde") << QByteArray() << QStringLiteral("end");
    QTest::newRow("FIN ahead of missing data waits for it") << s("C FA 6|C A 1 hello|S FA 1") << c << sv << big << QByteArray("hello") << QByteArray() << QStringLiteral("fin");
    QTest::newRow("FIN with a hole before it") << s("C A 1 ab|C FA 10|S FA 1") << c << sv << big << QByteArray("ab<gap 7>") << QByteArray() << QStringLiteral("end");
    QTest::newRow("RST closes at once") << s("C A 1 hi|S R 1|C A 3 more") << c << sv << big << QByteArray("hi") << QByteArray() << QStringLiteral("rst");
    QTest::newRow("RST reports a hole as a gap") << s("C A 1 hi|C A 5 there|S R 1") << c << sv << big << QByteArray("hi<gap 2>there") << QByteArray() << QStringLiteral("rst");
    QTest::newRow("hole reported at the end of capture") << s("C A 1 hello|C A 11 world") << c << sv << big << QByteArray("hello<gap 5>world") << QByteArray() << QStringLiteral("end");
    QTest::newRow("both directions") << s("C A 1 ping|S A 1 pong|C A 5 !|S A 5 ?") << c << sv << big << QByteArray("ping!") << QByteArray("pong?") << QStringLiteral("end");
    QTest::newRow("SYN/ACK first, SYN missed") << QStringLiteral("S SA 0|C A 1 hello|S A 1 ok") << c << sv << big << QByteArray("hello") << QByteArray("ok") << QStringLiteral("end");
    QTest::newRow("SYN/ACK first, client data out of order") << QStringLiteral("S SA 0|C A 3 llo|C A 1 he") << c << sv << big << QByteArray("hello") << QByteArray() << QStringLiteral("end");
    QTest::newRow("retransmitted SYN") << QStringLiteral("C S 0|C S 0|S SA 0|S SA 0|C A 1 hi") << c << sv << big << QByteArray("hi") << QByteArray() << QStringLiteral("end");
    QTest::newRow("pure ACKs carry nothing") << s("S A 1|C A 1|S A 1") << c << sv << big << QByteArray() << QByteArray() << QStringLiteral("end");
    QTest::newRow("buffer limit gives up the oldest hole") << s("C A 1 ab|C A 5 efghij|C A 11 klmnop|C A 3 cd") << c << sv << qint64(10) << QByteArray("ab<gap 2>efghijklmnop") << QByteArray() << QStringLiteral("end");
    QTest::newRow("buffer limit with two holes") << s("C A 1 a|C A 3 bbbb|C A 8 cccccc|C A 14 dd") << c << sv << qint64(10) << QByteArray("a<gap 1>bbbb<gap 1>ccccccdd") << QByteArray() << QStringLiteral("end");
    QTest::newRow("buffer limit exactly reached holds") << s("C A 1 a|C A 3 bbbbbbbbbb|C A 2 -") << c << sv << qint64(10) << QByteArray("a-bbbbbbbbbb") << QByteArray() << QStringLiteral("end");
    QTest::newRow("buffer limit zero gives up every hole") << s("C A 3 c|C A 1 a|C A 2 b") << c << sv << qint64(0) << QByteArray("<gap 2>c") << QByteArray() << QStringLiteral("end");
}

void tst_TcpReassembler::streams()
{
    QFETCH(QString, script);
    QFETCH(quint32, clientIsn);
    QFETCH(quint32, serverIsn);
    QFETCH(qint64, limit);
    QFETCH(QByteArray, clientStream);
    QFETCH(QByteArray, serverStream);
    QFETCH(QString, close);

    Recorder rec;
    Reassembler r([&rec](const Reassembler::Event &e) { rec.record(e); }, limit);
    for (const TcpSegment &s : parse(script, clientIsn, serverIsn)) {
        r.addSegment(s);
        QVERIFY(r.bufferedBytes() <= limit);
    }
    const bool closedByScript = r.openConnections() == 0;
    r.finish(9'000'000);

    QCOMPARE(rec.violations, QStringList());
    QCOMPARE(rec.opened.size(), size_t(1));
    QCOMPARE(rec.opened.front().client, clientA);
    QCOMPARE(rec.opened.front().server, server);
    QVERIFY(!rec.opened.front().midStream);
    QCOMPARE(rec.client.value(1), clientStream);
    QCOMPARE(rec.server.value(1), serverStream);
    QCOMPARE(rec.closeReason(1), close);
    QCOMPARE(closedByScript, close != QLatin1StringView("end"));
    QCOMPARE(r.openConnections(), 0);
    QCOMPARE(r.bufferedBytes(), 0);
}

void tst_TcpReassembler::outOfOrderPermutations()
{
    const QList<QByteArray> parts{"aa", "bbb", "c", "dddd", "ee"};
    std::vector<int> order(parts.size());
    std::iota(order.begin(), order.end(), 0);
    int runs = 0;
    do {
        Recorder rec;
        Reassembler r([&rec](const Reassembler::Event &e) { rec.record(e); });
        r.addSegment(segment(clientA, server, 100, {}, QStringLiteral("S")));
        r.addSegment(segment(server, clientA, 700, {}, QStringLiteral("SA"), 0, 101));
        QString label;
        for (int index : order) {
            quint32 seq = 101;
            for (int k = 0; k < index; ++k)
                seq += quint32(parts[k].size());
            r.addSegment(segment(clientA, server, seq, parts[index]));
            label += QString::number(index);
        }
        r.finish(1);
        QVERIFY2(rec.violations.isEmpty(), qPrintable(label));
        QVERIFY2(rec.client.value(1) == "aabbbcddddee", qPrintable(label + QLatin1Char(' ') + QString::fromLatin1(rec.client.value(1))));
        ++runs;
    } while (std::next_permutation(order.begin(), order.end()));
    QCOMPARE(runs, 120);
}

void tst_TcpReassembler::twoConnectionsInterleavedNeverMix()
{
    Recorder rec;
    Reassembler r([&rec](const Reassembler::Event &e) { rec.record(e); });
    r.addSegment(segment(clientA, server, 10, {}, QStringLiteral("S")));
    r.addSegment(segment(clientB, server, 10, {}, QStringLiteral("S"))); // same ISN on purpose
    r.addSegment(segment(server, clientB, 50, {}, QStringLiteral("SA"), 0, 11));
    r.addSegment(segment(server, clientA, 50, {}, QStringLiteral("SA"), 0, 11));
    r.addSegment(segment(clientB, server, 14, "BBB"));
    r.addSegment(segment(clientA, server, 11, "aaa"));
    r.addSegment(segment(clientB, server, 11, "bbb"));
    r.addSegment(segment(server, clientA, 51, "to A"));
    r.addSegment(segment(clientA, server, 14, "AAA"));
    r.addSegment(segment(server, clientB, 51, "to B"));
    r.addSegment(segment(clientA, server, 17, {}, QStringLiteral("FA")));
    r.addSegment(segment(server, clientA, 55, {}, QStringLiteral("FA")));
    QCOMPARE(r.openConnections(), 1);
    r.finish(5);

    QCOMPARE(rec.violations, QStringList());
    QCOMPARE(rec.opened.size(), size_t(2));
    QCOMPARE(rec.opened[0].connectionId, 1u);
    QCOMPARE(rec.opened[0].client, clientA);
    QCOMPARE(rec.opened[1].connectionId, 2u);
    QCOMPARE(rec.opened[1].client, clientB);
    QCOMPARE(rec.client.value(1), QByteArray("aaaAAA"));
    QCOMPARE(rec.server.value(1), QByteArray("to A"));
    QCOMPARE(rec.client.value(2), QByteArray("bbbBBB"));
    QCOMPARE(rec.server.value(2), QByteArray("to B"));
    QCOMPARE(rec.closeReason(1), QStringLiteral("fin"));
    QCOMPARE(rec.closeReason(2), QStringLiteral("end"));
}

void tst_TcpReassembler::midStreamStartGuessesClient()
{
    Recorder rec;
    Reassembler r([&rec](const Reassembler::Event &e) { rec.record(e); });
    r.addSegment(segment(server, clientA, 5000, {})); // a pure ACK opens nothing
    QCOMPARE(rec.opened.size(), size_t(0));
    r.addSegment(segment(server, clientA, 5000, "MSA|1")); // the server speaks first
    r.addSegment(segment(clientA, server, 0xfffffffe, "MSH"));
    r.addSegment(segment(server, clientA, 5005, "|2"));
    r.addSegment(segment(server, clientA, 4999, "X|")); // before the first byte seen, overlapping
    r.addSegment(segment(clientA, server, 1, "|x"));
    r.finish(10);

    QCOMPARE(rec.violations, QStringList());
    QCOMPARE(rec.opened.size(), size_t(1));
    QVERIFY(rec.opened[0].midStream);
    QCOMPARE(rec.opened[0].client, server); // the sender of the first data
    QCOMPARE(rec.opened[0].server, clientA);
    QCOMPARE(rec.client.value(1), QByteArray("MSA|1|2"));
    QCOMPARE(rec.server.value(1), QByteArray("MSH|x"));
}

void tst_TcpReassembler::lateSegmentsAfterCloseOpenNothing()
{
    Recorder rec;
    Reassembler r([&rec](const Reassembler::Event &e) { rec.record(e); });
    for (const TcpSegment &s : parse(QStringLiteral("C S 0|S SA 0|C A 1 hi|C FA 3|S FA 1"), 1, 2))
        r.addSegment(s);
    QCOMPARE(rec.closed.size(), size_t(1));
    for (const TcpSegment &s : parse(QStringLiteral("C A 4|S FA 1|C A 1 hi|S R 2"), 1, 2))
        r.addSegment(s); // final ACK, retransmitted FIN, retransmitted data, a RST
    QCOMPARE(rec.opened.size(), size_t(1));
    QCOMPARE(r.openConnections(), 0);

    // Once the closed pair is forgotten, data without a SYN opens a mid-stream connection.
    r.closeIdle(100'000'000, 1'000'000);
    r.addSegment(segment(clientA, server, 50, "again", QStringLiteral("A"), 100'000'001));
    QCOMPARE(rec.opened.size(), size_t(2));
    QVERIFY(rec.opened[1].midStream);
    QCOMPARE(rec.violations, QStringList());
}

void tst_TcpReassembler::newSynAfterCloseStartsNewConnection()
{
    Recorder rec;
    Reassembler r([&rec](const Reassembler::Event &e) { rec.record(e); });
    for (const TcpSegment &s : parse(QStringLiteral("C S 0|S SA 0|C A 1 one|S R 1"), 1, 2))
        r.addSegment(s);
    for (const TcpSegment &s : parse(QStringLiteral("C S 0|S SA 0|C A 1 two|C FA 4|S FA 1"), 7000, 9000))
        r.addSegment(s);
    QCOMPARE(rec.violations, QStringList());
    QCOMPARE(rec.opened.size(), size_t(2));
    QCOMPARE(rec.opened[1].connectionId, 2u);
    QCOMPARE(rec.client.value(1), QByteArray("one"));
    QCOMPARE(rec.client.value(2), QByteArray("two"));
    QCOMPARE(rec.closeReason(1), QStringLiteral("rst"));
    QCOMPARE(rec.closeReason(2), QStringLiteral("fin"));
}

void tst_TcpReassembler::newIsnOnOpenConnectionReplacesIt()
{
    Recorder rec;
    Reassembler r([&rec](const Reassembler::Event &e) { rec.record(e); });
    for (const TcpSegment &s : parse(QStringLiteral("C S 0|S SA 0|C A 1 old|C A 10 lost"), 1, 2))
        r.addSegment(s);
    for (const TcpSegment &s : parse(QStringLiteral("C S 0|S SA 0|C A 1 new"), 50000, 60000))
        r.addSegment(s);
    r.finish(1);
    QCOMPARE(rec.violations, QStringList());
    QCOMPARE(rec.opened.size(), size_t(2));
    QCOMPARE(rec.closeReason(1), QStringLiteral("reused"));
    QCOMPARE(rec.client.value(1), QByteArray("old<gap 6>lost"));
    QCOMPARE(rec.client.value(2), QByteArray("new"));
    QCOMPARE(rec.closeReason(2), QStringLiteral("end"));
}

void tst_TcpReassembler::idleClose()
{
    Recorder rec;
    Reassembler r([&rec](const Reassembler::Event &e) { rec.record(e); });
    r.addSegment(segment(clientA, server, 1, "ab", QStringLiteral("A"), 1000));
    r.addSegment(segment(clientA, server, 5, "ef", QStringLiteral("A"), 2000));
    r.closeIdle(2999, 1000);
    QCOMPARE(r.openConnections(), 1);
    QCOMPARE(rec.closed.size(), size_t(0));
    r.closeIdle(3000, 1000);
    QCOMPARE(r.openConnections(), 0);
    QCOMPARE(rec.closed.size(), size_t(1));
    QCOMPARE(rec.closed[0].timestampUs, 3000);
    QCOMPARE(rec.closeReason(1), QStringLiteral("idle"));
    QCOMPARE(rec.client.value(1), QByteArray("ab<gap 2>ef"));

    // A quiet connection that speaks again comes back as a new one at once.
    r.addSegment(segment(clientA, server, 7, "gh", QStringLiteral("A"), 5000));
    QCOMPARE(rec.opened.size(), size_t(2));
    QCOMPARE(rec.client.value(2), QByteArray("gh"));
    QCOMPARE(rec.violations, QStringList());
}

void tst_TcpReassembler::finishClosesAllInIdOrder()
{
    Recorder rec;
    Reassembler r([&rec](const Reassembler::Event &e) { rec.record(e); });
    for (quint16 port = 40000; port < 40020; ++port)
        r.addSegment(segment(Endpoint::ipv4(0x0a000001, port), server, 1, "x"));
    QCOMPARE(r.openConnections(), 20);
    r.finish(77);
    QCOMPARE(rec.closed.size(), size_t(20));
    for (size_t i = 0; i < rec.closed.size(); ++i) {
        QCOMPARE(rec.closed[i].connectionId, quint64(i + 1));
        QCOMPARE(rec.closed[i].timestampUs, 77);
        QCOMPARE(rec.closed[i].reason, Reassembler::CloseReason::EndOfCapture);
    }
    QCOMPARE(r.openConnections(), 0);
    QCOMPARE(rec.violations, QStringList());
}

void tst_TcpReassembler::dataTimestampIsWhenBytesBecameContiguous()
{
    std::vector<Reassembler::Event> events;
    Reassembler r([&events](const Reassembler::Event &e) { events.push_back(e); });
    r.addSegment(segment(clientA, server, 100, {}, QStringLiteral("S"), 10));
    r.addSegment(segment(clientA, server, 104, "def", QStringLiteral("A"), 20));
    r.addSegment(segment(clientA, server, 101, "abc", QStringLiteral("A"), 30));
    QCOMPARE(events.size(), size_t(2));
    const auto *data = std::get_if<Reassembler::Data>(&events[1]);
    QVERIFY(data);
    QCOMPARE(data->bytes, QByteArray("abcdef"));
    QCOMPARE(data->timestampUs, 30);
    QVERIFY(data->fromClient);
    const auto *opened = std::get_if<Reassembler::ConnectionOpened>(&events[0]);
    QVERIFY(opened);
    QCOMPARE(opened->timestampUs, 10);
}

void tst_TcpReassembler::randomizedStreamsComeOutIdentical()
{
    const bool seedGiven = qEnvironmentVariableIsSet("TCP_REASSEMBLER_SEED");
    const quint32 seed = seedGiven ? quint32(qEnvironmentVariableIntValue("TCP_REASSEMBLER_SEED"))
                                   : QRandomGenerator::global()->generate() & 0x7fffffff;
    qInfo("seed %u (set TCP_REASSEMBLER_SEED=%u to repeat)", seed, seed);
    QRandomGenerator rng(seed);

    for (int round = 0; round < 25; ++round) {
        const QString where = QStringLiteral("seed %1 round %2").arg(seed).arg(round);
        // Half the rounds start near the top of the sequence space to cross the wrap.
        const auto isn = [&] {
            return round % 2 ? quint32(0xffffffff - rng.bounded(5000)) : rng.generate();
        };
        const quint32 isns[2] = {isn(), isn()};
        QByteArray streams[2];
        QList<TcpSegment> sent[2]; // each direction in sending order
        for (int side = 0; side < 2; ++side) {
            QByteArray &bytes = streams[side];
            QList<TcpSegment> &out = sent[side];
            bytes.resize(rng.bounded(side == 0 ? 60000 : 20000));
            for (char &b : bytes)
                b = char(rng.bounded(256));
            const Endpoint from = side == 0 ? clientA : server;
            const Endpoint to = side == 0 ? server : clientA;
            const auto at = [&](qsizetype offset, qsizetype length) {
                return segment(from, to, isns[side] + 1 + quint32(offset), bytes.mid(offset, length));
            };
            for (qsizetype offset = 0; offset < bytes.size();) {
                const qsizetype length = 1 + rng.bounded(1460);
                out << at(offset, length);
                const quint32 extra = rng.bounded(20);
                if (extra == 0) // exact duplicate
                    out << at(offset, length);
                else if (extra == 1) // overlap reaching back and ahead
                    out << at(std::max<qsizetype>(0, offset - rng.bounded(800)), 1 + rng.bounded(2500));
                else if (extra == 2 && offset > 0) // keep-alive: one old byte
                    out << at(offset - 1, 1);
                offset += length;
            }
            out << segment(from, to, isns[side] + 1 + quint32(bytes.size()), {}, QStringLiteral("FA"));
        }
        // Interleave the two directions at random, then shuffle within a window of segments.
        QList<TcpSegment> traffic;
        qsizetype next[2] = {0, 0};
        while (next[0] < sent[0].size() || next[1] < sent[1].size()) {
            int side = int(rng.bounded(2));
            if (next[side] == sent[side].size())
                side = 1 - side;
            traffic << sent[side][next[side]++];
        }
        const int window = 1 + int(rng.bounded(8));
        for (qsizetype i = 0; i < traffic.size(); ++i) {
            const qsizetype j = i + rng.bounded(int(std::min<qsizetype>(window, traffic.size() - i)));
            std::swap(traffic[i], traffic[j]);
        }

        Recorder rec;
        Reassembler r([&rec](const Reassembler::Event &e) { rec.record(e); });
        r.addSegment(segment(clientA, server, isns[0], {}, QStringLiteral("S")));
        r.addSegment(segment(server, clientA, isns[1], {}, QStringLiteral("SA"), 0, isns[0] + 1));
        for (const TcpSegment &s : std::as_const(traffic))
            r.addSegment(s);
        QVERIFY2(r.openConnections() == 0, qPrintable(where + QStringLiteral(": not closed by FIN")));
        r.finish(0);

        QVERIFY2(rec.violations.isEmpty(), qPrintable(where + QLatin1Char(' ') + rec.violations.join(QLatin1Char(';'))));
        QVERIFY2(rec.opened.size() == 1, qPrintable(where));
        QVERIFY2(rec.closeReason(1) == QLatin1StringView("fin"), qPrintable(where));
        QVERIFY2(rec.client.value(1) == streams[0], qPrintable(where + QStringLiteral(": client stream differs")));
        QVERIFY2(rec.server.value(1) == streams[1], qPrintable(where + QStringLiteral(": server stream differs")));
    }
}

QTEST_GUILESS_MAIN(tst_TcpReassembler)
#include "tst_tcpreassembler.moc"

#include "capturetesthelpers.h"
#include "framingtesthelpers.h"

#include "captureengine.h"
#include "captureimport.h"
#include "pcapfile.h"
#include "sessionrepository.h"
#include "testdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// Damaged capture files and hostile traffic: truncated and corrupted files, flipped bits,
// garbage payloads, segments out of order, repeated and lost, and a long randomized run. Whatever
// comes in, reading ends (no crash, no hang), an unreadable file gets an error that names it, and
// what was intact before the damage is still found.

enum class Damage {
    Empty,
    Text,
    HeaderOnly,
    BadMagic,
    NanosecondMagic,
    MajorVersion,
    SnapLengthHuge,
    SnapLengthZero,
    SnapLengthSmall,
    LinkTypeUnknown,
    LinkTypeRaw,
    LinkTypeNull,
    RecordLengthHuge,
    RecordLengthPastEnd,
    RecordLengthZero,
    OriginalLengthSmall,
    TimestampNegative, // libpcap reads a classic pcap's seconds as signed: 0xffffffff is 1969
    NgByteOrder,
    NgMajorVersion,
    NgBlockLengthHuge,
    NgBlockLengthOdd,
    NgBlockTypeUnknown,
    NgLinkTypeUnknown,
    NgTimestampHuge, // 2^64 microseconds after 1970
};
Q_DECLARE_METATYPE(Damage)

// How reading a damaged file ends.
enum class Outcome {
    OpenFails,     // PcapFile::open refuses it
    ReadsAll,      // every frame, as in the intact file
    StopsAtDamage, // the frames before the damaged record, then an error
    ReadsSome,     // at least the frames before the damaged record; the rest depends on the bytes
};
Q_DECLARE_METATYPE(Outcome)

class tst_CaptureRobustness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void truncatedFiles_data();
    void truncatedFiles();
    void damagedHeaders_data();
    void damagedHeaders();
    void flippedBits_data();
    void flippedBits();
    void damagedPayloads_data();
    void damagedPayloads();
    void importReportsUnreadableFiles_data();
    void importReportsUnreadableFiles();
    void garbagePayloads_data();
    void garbagePayloads();
    void reorderedAndRepeatedSegments_data();
    void reorderedAndRepeatedSegments();
    void lostSegments_data();
    void lostSegments();
    void longRandomizedRun();
    void streamsWithoutFramingStayLinear_data();
    void streamsWithoutFramingStayLinear();
};

namespace {

using namespace CaptureTest;

// Reading one file is bounded: far below this even in a sanitizer build.
constexpr qint64 MaxReadMs = 10'000;

QStringList captureFixtures()
{
    const QDir dir(fixturePath(QStringLiteral("capture")));
    return dir.entryList({QStringLiteral("*.pcap"), QStringLiteral("*.pcapng")}, QDir::Files, QDir::Name);
}

// What importCaptureFile does with a file, without a store; sessions as the engine gave them.
struct Reading
{
    QString openError;         // empty when the file opened
    PcapFile::Next end = PcapFile::Next::End;
    QString readError;         // PcapFile::error() when reading stopped at damage
    int linkType = -1;
    QList<QByteArray> frames;
    QList<Session> sessions;
    QStringList warnings;
    quint64 skippedFrames = 0;
    qint64 elapsedMs = 0;

    bool opened() const { return openError.isEmpty(); }
};

Reading readCapture(const QString &path, const CaptureSettings &settings = {})
{
    QElapsedTimer timer;
    timer.start();
    Reading r;
    auto opened = PcapFile::open(path);
    if (!opened) {
        r.openError = opened.error();
        if (r.openError.isEmpty())
            r.openError = QStringLiteral("(PcapFile::open failed with an empty error)");
        return r;
    }
    PcapFile &file = *opened.value();
    r.linkType = file.linkType();
    CaptureEngine engine(settings);
    QByteArrayView frame;
    qint64 timestampUs = 0, lastUs = 0;
    while ((r.end = file.next(frame, timestampUs)) == PcapFile::Next::Frame) {
        r.frames.append(frame.toByteArray());
        engine.addFrame(file.linkType(), frame, timestampUs);
        r.sessions += engine.takeCompleted();
        lastUs = timestampUs;
    }
    if (r.end == PcapFile::Next::Error)
        r.readError = file.error();
    engine.finish(lastUs);
    r.sessions += engine.takeCompleted();
    r.warnings = engine.warnings();
    r.skippedFrames = engine.skippedFrames();
    r.elapsedMs = timer.elapsed();
    return r;
}

QStringList messagesOf(const QList<Session> &sessions)
{
    QStringList out;
    for (const Session &s : sessions)
        out += s.messages;
    return out;
}

// Empty when every message of expected occurs in found at least as often.
QString missingMessages(const QStringList &expected, const QStringList &found)
{
    QHash<QString, int> count;
    for (const QString &m : found)
        ++count[m];
    int missing = 0;
    for (const QString &m : expected) {
        if (count[m]-- <= 0)
            ++missing;
    }
    return missing == 0 ? QString()
                        : QStringLiteral("%1 of %2 intact messages not found (%3 found)")
                              .arg(missing)
                              .arg(expected.size())
                              .arg(found.size());
}

// Where the records of a capture file lie: classic pcap or little-endian pcapng.
struct Layout
{
    qsizetype opensFrom = 0;       // the file opens once it holds this many bytes
    QList<qsizetype> frameStarts;  // offset of each frame's record or block
    QList<qsizetype> dataStarts;   // offset of each frame's first byte
    QList<qsizetype> frameEnds;
    QList<qsizetype> boundaries;   // ends of every record or block: reading stops cleanly there

    // The frames a file cut at `size` still holds whole.
    qsizetype framesWithin(qsizetype size) const
    {
        return std::upper_bound(frameEnds.begin(), frameEnds.end(), size) - frameEnds.begin();
    }
    // The frames that lie wholly before a damaged byte.
    qsizetype framesBefore(qsizetype offset) const { return framesWithin(offset); }
};

quint32 le32At(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b.at(at))) | quint32(quint8(b.at(at + 1))) << 8 | quint32(quint8(b.at(at + 2))) << 16
        | quint32(quint8(b.at(at + 3))) << 24;
}

void setLe32(QByteArray &b, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char(value >> (8 * i));
}

bool isPcapng(const QByteArray &file)
{
    return file.size() >= 4 && le32At(file, 0) == 0x0a0d0d0a;
}

Layout layoutOf(const QByteArray &file)
{
    Layout l;
    if (isPcapng(file)) {
        bool sawInterface = false;
        for (qsizetype at = 0; at + 12 <= file.size();) {
            const quint32 type = le32At(file, at);
            const qsizetype length = le32At(file, at + 4);
            if (length < 12 || at + length > file.size())
                break;
            if (type == 1 && !sawInterface) { // the first Interface Description Block
                sawInterface = true;
                l.opensFrom = at + length;
            }
            if (type == 6 || type == 3 || type == 2) { // enhanced, simple, obsolete packet blocks
                l.frameStarts.append(at);
                l.dataStarts.append(at + (type == 3 ? 12 : 28));
                l.frameEnds.append(at + length);
            }
            at += length;
            l.boundaries.append(at);
        }
    } else {
        l.opensFrom = PcapHeaderSize;
        l.boundaries.append(PcapHeaderSize);
        for (qsizetype at = PcapHeaderSize; at + PcapRecordHeaderSize <= file.size();) {
            const qsizetype length = le32At(file, at + 8);
            if (at + PcapRecordHeaderSize + length > file.size())
                break;
            l.frameStarts.append(at);
            l.dataStarts.append(at + PcapRecordHeaderSize);
            at += PcapRecordHeaderSize + length;
            l.frameEnds.append(at);
            l.boundaries.append(at);
        }
    }
    return l;
}

// A fixture read whole, and what the engine knew after each of its frames.
struct Intact
{
    QString path;
    QByteArray bytes;
    Layout layout;
    Reading reading;
    QList<QStringList> messagesAfter; // [k]: messages complete after the first k frames
    QStringList messages;

    static Intact of(const QString &name)
    {
        Intact i;
        i.path = fixturePath(QStringLiteral("capture/") + name);
        i.bytes = readFileBytes(i.path);
        i.layout = layoutOf(i.bytes);
        i.reading = readCapture(i.path);
        i.messages = messagesOf(i.reading.sessions);
        CaptureEngine engine({});
        QStringList completed;
        i.messagesAfter.append(QStringList());
        for (const QByteArray &frame : std::as_const(i.reading.frames)) {
            engine.addFrame(i.reading.linkType, frame, 0);
            completed += messagesOf(engine.takeCompleted());
            i.messagesAfter.append(completed + messagesOf(engine.openSessions()));
        }
        return i;
    }

    // Empty when the fixture is what the tests below need.
    QString problem() const
    {
        if (!reading.opened() || reading.end != PcapFile::Next::End)
            return QStringLiteral("%1 does not read: %2%3").arg(path, reading.openError, reading.readError);
        if (reading.frames.size() != layout.frameEnds.size())
            return QStringLiteral("%1: %2 frames read, %3 in the layout").arg(path).arg(reading.frames.size()).arg(layout.frameEnds.size());
        if (messages.isEmpty())
            return QStringLiteral("%1 holds no message").arg(path);
        return {};
    }
};

// Empty when every time in the sessions lies in the years 1970-9999, wherever the file put them.
QString timesError(const QList<Session> &sessions)
{
    constexpr qint64 LastMs = 253'402'300'799'999;
    const auto bad = [](qint64 ms) { return ms < 0 || ms > LastMs; };
    for (const Session &s : sessions) {
        if (bad(s.startTime) || bad(s.endTime.value_or(0)))
            return QStringLiteral("session from %1 to %2 ms").arg(s.startTime).arg(s.endTime.value_or(0));
        for (const Element &e : s.elements) {
            if (bad(e.timestamp))
                return QStringLiteral("element at %1 ms").arg(e.timestamp);
        }
    }
    return {};
}

// Checks a reading of a damaged copy of intact whose first damaged byte is at damageOffset:
// every frame before the damage is read as it was, every message complete before it is found,
// an error names the file, and reading took bounded time.
QString checkDamagedReading(const Intact &intact, const Reading &r, const QString &path, qsizetype damageOffset)
{
    if (r.elapsedMs > MaxReadMs)
        return QStringLiteral("reading took %1 ms").arg(r.elapsedMs);
    if (!r.opened()) {
        if (!r.openError.contains(path))
            return QStringLiteral("open error does not name the file: %1").arg(r.openError);
        if (damageOffset >= intact.layout.opensFrom)
            return QStringLiteral("open failed with damage only after the headers: %1").arg(r.openError);
        return {};
    }
    if (r.end == PcapFile::Next::Error && (!r.readError.contains(path) || r.readError.size() <= path.size() + 10))
        return QStringLiteral("read error is not clear: '%1'").arg(r.readError);
    if (r.warnings.size() > 101)
        return QStringLiteral("%1 warnings, beyond the cap").arg(r.warnings.size());
    if (const QString error = timesError(r.sessions); !error.isEmpty())
        return error;
    if (damageOffset < intact.layout.opensFrom)
        return {}; // a changed file header may change how every frame reads
    const qsizetype before = intact.layout.framesBefore(damageOffset);
    for (qsizetype i = 0; i < before; ++i) {
        if (i >= r.frames.size())
            return QStringLiteral("%1 frames read, %2 lie before the damage").arg(r.frames.size()).arg(before);
        if (r.frames.at(i) != intact.reading.frames.at(i))
            return QStringLiteral("frame %1, before the damage, reads differently").arg(i);
    }
    return missingMessages(intact.messagesAfter.at(before), messagesOf(r.sessions));
}

QString describe(const Reading &r)
{
    return QStringLiteral("opened %1, %2 frames, end %3, open error '%4', read error '%5', %6 sessions, first warning '%7'")
        .arg(r.opened())
        .arg(r.frames.size())
        .arg(int(r.end))
        .arg(r.openError, r.readError)
        .arg(r.sessions.size())
        .arg(r.warnings.value(0));
}

// The fixed seed of the randomized tests, HL7_TEST_SEED to try another.
quint32 seed()
{
    bool ok = false;
    const quint32 fromEnvironment = qEnvironmentVariable("HL7_TEST_SEED").toUInt(&ok);
    return ok ? fromEnvironment : 20261124u;
}

QString seedNote(quint32 seed, int iteration)
{
    return QStringLiteral("seed %1, iteration %2 (HL7_TEST_SEED=%1 repeats it)").arg(seed).arg(iteration);
}

Endpoint endpoint(quint32 ipv4, quint16 port, bool ipv6)
{
    if (!ipv6)
        return Endpoint::ipv4(ipv4, port);
    quint8 address[16] = {0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    for (int i = 0; i < 4; ++i)
        address[12 + i] = quint8(ipv4 >> (24 - 8 * i));
    return Endpoint::ipv6(address, port);
}

// A capture built from segments: fed to a CaptureEngine frame by frame, and to a second
// reassembler for the bytes every session must account for.
struct Run
{
    explicit Run(const CaptureSettings &settings, int link = LinkType::Ethernet) : engine(settings), linkType(link) {}

    void add(const TcpSegment &segment)
    {
        addFrame(frame(linkType, segment), segment.timestampUs);
    }
    void addFrame(const QByteArray &bytes, qint64 timestampUs)
    {
        engine.addFrame(linkType, bytes, timestampUs);
        shadow.addFrame(linkType, bytes, timestampUs);
        records.append({timestampUs, bytes});
        sessions += engine.takeCompleted();
        lastUs = timestampUs;
    }
    void finish()
    {
        engine.finish(lastUs);
        shadow.finish(lastUs);
        sessions += engine.takeCompleted();
    }
    // Empty when nothing stayed open, no element is empty, and the sessions hold exactly the
    // bytes reassembly delivered.
    QString accountingError() const
    {
        if (!engine.openSessions().isEmpty())
            return QStringLiteral("%1 sessions still open after the end").arg(engine.openSessions().size());
        for (const Session &s : sessions) {
            for (const Element &e : s.elements) {
                if (e.bytes.isEmpty())
                    return QStringLiteral("an element without bytes");
            }
        }
        const QMap<QString, QByteArray> got = bytesByDirection(sessions);
        if (got == shadow.bytes())
            return {};
        QStringList keys = got.keys() + shadow.bytes().keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (got.value(key) != shadow.bytes().value(key))
                return QStringLiteral("%1: sessions hold %2 bytes, reassembly delivered %3")
                    .arg(key)
                    .arg(got.value(key).size())
                    .arg(shadow.bytes().value(key).size());
        }
        return QStringLiteral("different directions");
    }

    CaptureEngine engine;
    ReassembledBytes shadow;
    int linkType;
    QList<Record> records;
    QList<Session> sessions;
    qint64 lastUs = 0;
};

// One connection's segments for an exchange: handshake, each chunk cut into pieces of at most
// mss bytes, FIN both ways; and the two streams as sent.
struct Scripted
{
    QList<TcpSegment> handshake;
    QList<TcpSegment> data;
    QList<QList<TcpSegment>> turns; // data again, one list per chunk
    QList<TcpSegment> closing;
    QByteArray deviceStream;
    QByteArray lisStream;
};

Scripted script(Conversation &c, const QList<Chunk> &chunks, QRandomGenerator &random, int mss, qint64 &clockUs)
{
    Scripted s;
    s.handshake.append(c.syn(clockUs += 100));
    s.handshake.append(c.synAck(clockUs += 100));
    s.handshake.append(c.data(true, {}, clockUs += 100));
    for (const Chunk &chunk : chunks) {
        (chunk.fromDevice ? s.deviceStream : s.lisStream) += chunk.bytes;
        s.turns.append(QList<TcpSegment>());
        for (qsizetype at = 0; at < chunk.bytes.size();) {
            const qsizetype size = 1 + qsizetype(random.bounded(quint32(mss)));
            s.turns.last().append(c.data(chunk.fromDevice, chunk.bytes.mid(at, size), clockUs += 100));
            at += size;
        }
        s.data += s.turns.last();
    }
    s.closing.append(c.fin(true, clockUs += 100));
    s.closing.append(c.fin(false, clockUs += 100));
    s.closing.append(c.data(true, {}, clockUs += 100));
    return s;
}

QList<QByteArray> randomMessages(QRandomGenerator &random, int count)
{
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i)
        out.append(hl7Message(int(random.bounded(100000)), int(random.bounded(12))));
    return out;
}

QStringList asStrings(const QList<QByteArray> &messages)
{
    QStringList out;
    for (const QByteArray &m : messages)
        out.append(QString::fromLatin1(m));
    return out;
}

} // namespace

void tst_CaptureRobustness::initTestCase()
{
    QVERIFY2(!captureFixtures().isEmpty(), "no capture fixtures");
}

void tst_CaptureRobustness::truncatedFiles_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : captureFixtures())
        QTest::newRow(qPrintable(name)) << name;
}

// Cut at every offset of the headers, around every record boundary and at every 37th byte.
void tst_CaptureRobustness::truncatedFiles()
{
    QFETCH(QString, name);
    const Intact intact = Intact::of(name);
    QVERIFY2(intact.problem().isEmpty(), qPrintable(intact.problem()));

    QList<qsizetype> offsets;
    for (qsizetype at = 0; at <= std::min<qsizetype>(intact.layout.opensFrom + 64, intact.bytes.size()); ++at)
        offsets.append(at);
    for (const qsizetype end : intact.layout.boundaries)
        offsets << end - 1 << end << end + 1;
    for (qsizetype at = 0; at < intact.bytes.size(); at += 37)
        offsets.append(at);
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());

    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("cut-") + name);
    int cleanEnds = 0, errors = 0, refused = 0;
    for (const qsizetype size : std::as_const(offsets)) {
        if (size < 0 || size >= intact.bytes.size())
            continue;
        QVERIFY(writeFileBytes(path, intact.bytes.left(size)));
        const Reading r = readCapture(path);
        const QString context = QStringLiteral("cut at %1 of %2: %3").arg(size).arg(intact.bytes.size()).arg(describe(r));
        QVERIFY2(r.elapsedMs < MaxReadMs, qPrintable(context));
        // A file too short for its headers is refused, with an error that names it.
        QVERIFY2(r.opened() == (size >= intact.layout.opensFrom), qPrintable(context));
        if (!r.opened()) {
            QVERIFY2(r.openError.contains(path), qPrintable(context));
            ++refused;
            continue;
        }
        // Every whole frame is read as it was; a cut inside a record is an error naming the
        // file, a cut at a record boundary is a clean end.
        const qsizetype whole = intact.layout.framesWithin(size);
        QCOMPARE(r.frames.size(), whole);
        for (qsizetype i = 0; i < whole; ++i)
            QVERIFY2(r.frames.at(i) == intact.reading.frames.at(i), qPrintable(context));
        if (intact.layout.boundaries.contains(size)) {
            QVERIFY2(r.end == PcapFile::Next::End, qPrintable(context));
            ++cleanEnds;
        } else {
            QVERIFY2(r.end == PcapFile::Next::Error, qPrintable(context));
            QVERIFY2(r.readError.contains(path), qPrintable(context));
            ++errors;
        }
        // The messages complete before the cut are found, and nothing else: no message cut short.
        const QStringList found = messagesOf(r.sessions);
        QVERIFY2(missingMessages(intact.messagesAfter.at(whole), found).isEmpty(), qPrintable(context));
        QVERIFY2(missingMessages(found, intact.messages).isEmpty(), qPrintable(context));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(context)); // whole frames decode cleanly
    }
    QVERIFY(refused > 0 && cleanEnds > 0 && errors > 0);

    // The import keeps the sessions before the damage and says where it stopped.
    for (qsizetype i = 1; i < intact.layout.frameEnds.size(); i += std::max<qsizetype>(1, intact.layout.frameEnds.size() / 8)) {
        const qsizetype size = intact.layout.frameEnds.at(i) - 3;
        QVERIFY(writeFileBytes(path, intact.bytes.left(size)));
        QTemporaryDir dataDir;
        SessionRepository repository{DataDirectory(dataDir.path())};
        QVERIFY(repository.open());
        const Result<CaptureImportReport> report = importCaptureFile(path, {}, repository);
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY2(!report->warnings.isEmpty() && report->warnings.first().contains(path),
                 qPrintable(report->warnings.join(u'\n')));
        QCOMPARE(report->messages, int(messagesOf(readCapture(path).sessions).size()));
        QCOMPARE(report->imported, report->sessions);
    }
}

void tst_CaptureRobustness::damagedHeaders_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<bool>("messagesFound"); // every message of the intact file
    QTest::addColumn<QString>("says");       // in the error, or else in the first warning

    for (const QString &name : captureFixtures()) {
        const auto row = [&](const char *what, Damage damage, Outcome outcome, bool messages, const char *says) {
            QTest::addRow("%s, %s", qPrintable(name), what) << name << damage << outcome << messages << QString::fromLatin1(says);
        };
        row("empty", Damage::Empty, Outcome::OpenFails, false, "");
        row("text file", Damage::Text, Outcome::OpenFails, false, "unknown file format");
        row("headers only", Damage::HeaderOnly, Outcome::ReadsSome, false, "");
        row("record length past the end", Damage::RecordLengthPastEnd, Outcome::StopsAtDamage, false, "truncated");
        row("record length huge", Damage::RecordLengthHuge, Outcome::StopsAtDamage, false, "");
        row("record length zero", Damage::RecordLengthZero, Outcome::ReadsSome, false, "");
        row("bad magic", Damage::BadMagic, Outcome::OpenFails, false, "unknown file format");
        if (name.endsWith(QLatin1StringView(".pcapng"))) {
            row("byte-order magic", Damage::NgByteOrder, Outcome::OpenFails, false, "");
            row("major version 2", Damage::NgMajorVersion, Outcome::OpenFails, false, "version");
            row("block length not a multiple of 4", Damage::NgBlockLengthOdd, Outcome::StopsAtDamage, false, "multiple of 4");
            row("block length 2^31-16", Damage::NgBlockLengthHuge, Outcome::StopsAtDamage, false, "");
            row("unknown block type", Damage::NgBlockTypeUnknown, Outcome::ReadsSome, false, "");
            row("unknown link type", Damage::NgLinkTypeUnknown, Outcome::ReadsAll, false, "link type 147 is not supported");
            row("time 2^64 microseconds", Damage::NgTimestampHuge, Outcome::ReadsAll, true, "");
        } else {
            row("nanosecond magic", Damage::NanosecondMagic, Outcome::ReadsAll, true, "");
            row("major version 3", Damage::MajorVersion, Outcome::OpenFails, false, "version");
            row("snap length 2^32-1", Damage::SnapLengthHuge, Outcome::ReadsAll, true, "");
            row("snap length 0", Damage::SnapLengthZero, Outcome::ReadsAll, true, "");
            row("snap length 40", Damage::SnapLengthSmall, Outcome::ReadsSome, false, "truncated");
            row("unknown link type", Damage::LinkTypeUnknown, Outcome::ReadsAll, false, "link type 147 is not supported");
            row("raw IP link type", Damage::LinkTypeRaw, Outcome::ReadsAll, false, "raw IP frame with IP version");
            row("null link type", Damage::LinkTypeNull, Outcome::ReadsAll, false, "");
            row("original length below captured", Damage::OriginalLengthSmall, Outcome::ReadsAll, true, "");
            row("time field 0xffffffff", Damage::TimestampNegative, Outcome::ReadsAll, true, "");
        }
    }
}

void tst_CaptureRobustness::damagedHeaders()
{
    QFETCH(QString, name);
    QFETCH(Damage, damage);
    QFETCH(Outcome, outcome);
    QFETCH(bool, messagesFound);
    QFETCH(QString, says);
    const Intact intact = Intact::of(name);
    QVERIFY2(intact.problem().isEmpty(), qPrintable(intact.problem()));
    QVERIFY(intact.layout.frameStarts.size() > 6);

    QByteArray bytes = intact.bytes;
    const qsizetype record = intact.layout.frameStarts.at(5); // the sixth frame's record or block
    qsizetype damagedAt = 0;
    const bool ng = isPcapng(bytes);
    // The first Interface Description Block follows the Section Header Block.
    const qsizetype idb = ng ? qsizetype(le32At(bytes, 4)) : 0;
    switch (damage) {
    case Damage::Empty: bytes.clear(); break;
    case Damage::Text: bytes = "MSH|^~\\&|this is not a capture\r\n"; break;
    case Damage::HeaderOnly: bytes.truncate(intact.layout.opensFrom); damagedAt = bytes.size(); break;
    case Damage::BadMagic: setLe32(bytes, 0, 0xdeadbeef); break;
    case Damage::NanosecondMagic: setLe32(bytes, 0, 0xa1b23c4d); break;
    case Damage::MajorVersion: bytes[4] = 3; break;
    case Damage::SnapLengthHuge: setLe32(bytes, 16, 0xffffffff); break;
    case Damage::SnapLengthZero: setLe32(bytes, 16, 0); break;
    case Damage::SnapLengthSmall: setLe32(bytes, 16, 40); break;
    case Damage::LinkTypeUnknown: setLe32(bytes, 20, 147); break;
    case Damage::LinkTypeRaw: setLe32(bytes, 20, LinkType::LinktypeRaw); break;
    case Damage::LinkTypeNull: setLe32(bytes, 20, LinkType::Null); break;
    case Damage::RecordLengthHuge:
        setLe32(bytes, record + (ng ? 20 : 8), 0x7ffffff0);
        damagedAt = record;
        break;
    case Damage::RecordLengthPastEnd: // within what libpcap accepts, beyond the file's end
        setLe32(bytes, record + (ng ? 4 : 8), quint32(ng ? 0x10000 : 0x20000));
        damagedAt = record;
        break;
    case Damage::RecordLengthZero:
        setLe32(bytes, record + (ng ? 20 : 8), 0);
        damagedAt = record;
        break;
    case Damage::OriginalLengthSmall: setLe32(bytes, record + 12, 10); break;
    case Damage::TimestampNegative: setLe32(bytes, record, 0xffffffff); break;
    case Damage::NgByteOrder: setLe32(bytes, 8, 0x12345678); break;
    case Damage::NgMajorVersion: bytes[12] = 2; break;
    case Damage::NgBlockLengthHuge: setLe32(bytes, record + 4, 0x7ffffff0); damagedAt = record; break;
    case Damage::NgBlockLengthOdd: setLe32(bytes, record + 4, le32At(bytes, record + 4) + 1); damagedAt = record; break;
    case Damage::NgBlockTypeUnknown: setLe32(bytes, record, 0x0badbeef); damagedAt = record; break;
    case Damage::NgLinkTypeUnknown: bytes[idb + 8] = char(147); bytes[idb + 9] = 0; break;
    case Damage::NgTimestampHuge: setLe32(bytes, record + 12, 0xffffffff); setLe32(bytes, record + 16, 0xffffffff); break;
    }

    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("damaged-") + name);
    QVERIFY(writeFileBytes(path, bytes));
    const Reading r = readCapture(path);
    const QString context = describe(r);
    QVERIFY2(r.elapsedMs < MaxReadMs, qPrintable(context));
    const qsizetype before = intact.layout.framesBefore(damagedAt);

    switch (outcome) {
    case Outcome::OpenFails:
        QVERIFY2(!r.opened(), qPrintable(context));
        QVERIFY2(r.openError.contains(path), qPrintable(context));
        QVERIFY2(r.openError.contains(says), qPrintable(context));
        break;
    case Outcome::ReadsAll:
        QVERIFY2(r.opened() && r.end == PcapFile::Next::End, qPrintable(context));
        QCOMPARE(r.frames.size(), intact.reading.frames.size());
        break;
    case Outcome::StopsAtDamage:
        QVERIFY2(r.opened() && r.end == PcapFile::Next::Error, qPrintable(context));
        QCOMPARE(r.frames.size(), before);
        QVERIFY2(r.readError.contains(path) && r.readError.contains(says), qPrintable(context));
        break;
    case Outcome::ReadsSome:
        QVERIFY2(r.opened(), qPrintable(context));
        QVERIFY2(r.frames.size() >= before, qPrintable(context));
        if (r.end == PcapFile::Next::Error)
            QVERIFY2(r.readError.contains(path), qPrintable(context));
        break;
    }
    if (r.opened() && !says.isEmpty() && outcome != Outcome::StopsAtDamage)
        QVERIFY2(r.readError.contains(says) || r.warnings.value(0).contains(says), qPrintable(context));
    if (damagedAt > 0) {
        for (qsizetype i = 0; i < std::min(before, r.frames.size()); ++i)
            QVERIFY2(r.frames.at(i) == intact.reading.frames.at(i), qPrintable(context));
        const QString missing = missingMessages(intact.messagesAfter.at(before), messagesOf(r.sessions));
        QVERIFY2(missing.isEmpty(), qPrintable(missing + u' ' + context));
    }
    QVERIFY2(timesError(r.sessions).isEmpty(), qPrintable(timesError(r.sessions)));
    if (messagesFound)
        QCOMPARE(messagesOf(r.sessions), intact.messages);
    else if (outcome != Outcome::OpenFails && damagedAt == 0)
        QVERIFY2(r.sessions.isEmpty() || messagesOf(r.sessions).isEmpty(), qPrintable(context));
}

void tst_CaptureRobustness::flippedBits_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : captureFixtures())
        QTest::newRow(qPrintable(name)) << name;
}

// Bits flipped anywhere, most often in the record headers: the frames and messages before the
// first flipped byte survive, whatever the flips did to the rest.
void tst_CaptureRobustness::flippedBits()
{
    QFETCH(QString, name);
    const Intact intact = Intact::of(name);
    QVERIFY2(intact.problem().isEmpty(), qPrintable(intact.problem()));
    const quint32 s = seed();
    QRandomGenerator random(s);
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("flipped-") + name);
    int refused = 0, stopped = 0;
    for (int iteration = 0; iteration < 300; ++iteration) {
        QByteArray bytes = intact.bytes;
        qsizetype first = bytes.size();
        const int flips = 1 + int(random.bounded(4));
        for (int f = 0; f < flips; ++f) {
            qsizetype at = 0;
            switch (random.bounded(4)) {
            case 0: // the file's headers
                at = qsizetype(random.bounded(quint32(intact.layout.opensFrom)));
                break;
            case 1: // a record's header
                at = intact.layout.frameStarts.at(random.bounded(int(intact.layout.frameStarts.size())))
                    + qsizetype(random.bounded(28));
                break;
            default:
                at = qsizetype(random.bounded(quint32(bytes.size())));
                break;
            }
            at = std::min(at, bytes.size() - 1);
            bytes[at] = char(bytes.at(at) ^ (1 << random.bounded(8)));
            first = std::min(first, at);
        }
        QVERIFY(writeFileBytes(path, bytes));
        const Reading r = readCapture(path);
        const QString error = checkDamagedReading(intact, r, path, first);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("%1; first flip at %2; %3; %4")
                                                 .arg(error).arg(first).arg(describe(r), seedNote(s, iteration))));
        refused += !r.opened();
        stopped += r.end == PcapFile::Next::Error;
    }
    QVERIFY(refused > 0 && stopped > 0);
}

void tst_CaptureRobustness::damagedPayloads_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : captureFixtures())
        QTest::newRow(qPrintable(name)) << name;
}

// One byte of one segment's payload changed: every message whose bytes on the wire do not
// include it is still found, whatever the changed byte became (a control byte included).
void tst_CaptureRobustness::damagedPayloads()
{
    QFETCH(QString, name);
    const Intact intact = Intact::of(name);
    QVERIFY2(intact.problem().isEmpty(), qPrintable(intact.problem()));

    // Where each frame's payload lies in the file and in its direction's stream; only frames
    // that reassembly delivered whole and at once (not retransmitted, not reordered).
    struct Payload
    {
        qsizetype fileOffset;
        QString direction;
        qsizetype streamOffset;
        qsizetype size;
    };
    QList<Payload> payloads;
    {
        QMap<QString, qsizetype> delivered;
        std::map<quint64, std::array<QString, 2>> keys;
        QList<TcpReassembler::Data> events;
        TcpReassembler reassembler([&](const TcpReassembler::Event &event) {
            if (const auto *opened = std::get_if<TcpReassembler::ConnectionOpened>(&event))
                keys[opened->connectionId] = {directionKey(opened->server, opened->client), directionKey(opened->client, opened->server)};
            else if (const auto *data = std::get_if<TcpReassembler::Data>(&event))
                events.append(*data);
        });
        for (qsizetype i = 0; i < intact.reading.frames.size(); ++i) {
            const QByteArray &frame = intact.reading.frames.at(i);
            const std::optional<TcpSegment> segment = decodeFrame(intact.reading.linkType, frame, 0, nullptr);
            events.clear();
            if (segment)
                reassembler.addSegment(*segment);
            for (const TcpReassembler::Data &d : std::as_const(events)) {
                const QString &key = keys.at(d.connectionId)[d.fromClient];
                const qsizetype at = frame.size() - d.bytes.size();
                if (events.size() == 1 && segment->payload == d.bytes && frame.mid(at) == d.bytes)
                    payloads.append({intact.layout.dataStarts.at(i) + at, key, delivered.value(key), d.bytes.size()});
                delivered[key] += d.bytes.size();
            }
        }
    }
    QVERIFY(payloads.size() > 3);

    // The framing of the intact capture, given explicitly: detection sees different first bytes
    // when the damage is there.
    const QMap<QString, QByteArray> streams = bytesByDirection(intact.reading.sessions);
    std::optional<Framing> framing;
    for (const QByteArray &stream : streams)
        framing = framing ? framing : detectFraming(stream);
    QVERIFY(framing);
    CaptureSettings settings;
    settings.framing = *framing;
    const Reading clean = readCapture(intact.path, settings);
    QCOMPARE(messagesOf(clean.sessions), intact.messages);

    // Each device message element and where it lies in its stream.
    struct Located
    {
        QString direction;
        qsizetype offset;
        qsizetype size;
        QString text;
    };
    QList<Located> messages;
    {
        QMap<QString, qsizetype> offsets;
        for (const Session &s : clean.sessions) {
            const std::array<QString, 2> directions = sessionDirections(s);
            for (const Element &e : s.elements) {
                const QString &key = directions[e.direction == Direction::DeviceToPc ? 0 : 1];
                if (e.type == ElementType::Message && e.direction == Direction::DeviceToPc)
                    messages.append({key, offsets.value(key), e.bytes.size(), e.text});
                offsets[key] += e.bytes.size();
            }
        }
    }
    QCOMPARE(messages.size(), intact.messages.size());

    const quint32 s = seed();
    QRandomGenerator random(s);
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("payload-") + name);
    static const QByteArray controls("\x02\x03\x04\x05\x06\x0b\x15\x17\x1c\r\n");
    for (int iteration = 0; iteration < 150; ++iteration) {
        const Payload &p = payloads.at(random.bounded(int(payloads.size())));
        const qsizetype within = qsizetype(random.bounded(quint32(p.size)));
        QByteArray bytes = intact.bytes;
        const char original = bytes.at(p.fileOffset + within);
        char replacement = random.bounded(2) == 0 ? controls.at(random.bounded(int(controls.size()))) : char(random.bounded(256));
        if (replacement == original)
            replacement = char(original ^ 0x40);
        bytes[p.fileOffset + within] = replacement;
        QVERIFY(writeFileBytes(path, bytes));
        const Reading r = readCapture(path, settings);
        const QString context = QStringLiteral("byte %1 of %2 at stream offset %3 became 0x%4; %5; %6")
                                    .arg(within).arg(p.direction).arg(p.streamOffset + within)
                                    .arg(quint8(replacement), 2, 16, QLatin1Char('0'))
                                    .arg(describe(r), seedNote(s, iteration));
        QVERIFY2(r.opened() && r.end == PcapFile::Next::End, qPrintable(context));
        QCOMPARE(r.frames.size(), intact.reading.frames.size());
        QStringList untouched;
        for (const Located &m : std::as_const(messages)) {
            const qsizetype damaged = p.streamOffset + within;
            if (m.direction != p.direction || damaged < m.offset || damaged >= m.offset + m.size)
                untouched.append(m.text);
        }
        QVERIFY(untouched.size() >= messages.size() - 1);
        const QString missing = missingMessages(untouched, messagesOf(r.sessions));
        QVERIFY2(missing.isEmpty(), qPrintable(missing + u' ' + context));
    }
}

void tst_CaptureRobustness::importReportsUnreadableFiles_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("imports"); // a report (with a warning) rather than an error
    QTest::newRow("missing file") << QStringLiteral("missing") << false;
    QTest::newRow("folder") << QStringLiteral("folder") << false;
    QTest::newRow("empty file") << QStringLiteral("empty") << false;
    QTest::newRow("garbage") << QStringLiteral("garbage") << false;
    QTest::newRow("half a header") << QStringLiteral("half header") << false;
    QTest::newRow("cut in a record") << QStringLiteral("cut record") << true;
}

// importCaptureFile answers every unreadable file with an error that names it and says why.
void tst_CaptureRobustness::importReportsUnreadableFiles()
{
    QFETCH(QString, what);
    QFETCH(bool, imports);
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("capture.pcap"));
    const QByteArray fixture = readFileBytes(fixturePath(QStringLiteral("capture/") + captureFixtures().first()));
    if (what == u"folder")
        QVERIFY(QDir(temp.path()).mkdir(QStringLiteral("capture.pcap")));
    else if (what == u"empty")
        QVERIFY(writeFileBytes(path, {}));
    else if (what == u"garbage")
        QVERIFY(writeFileBytes(path, QByteArray(4096, '\xa5')));
    else if (what == u"half header")
        QVERIFY(writeFileBytes(path, fixture.left(10)));
    else if (what == u"cut record")
        QVERIFY(writeFileBytes(path, fixture.left(fixture.size() - 5)));

    SessionRepository repository{DataDirectory(temp.filePath(QStringLiteral("data")))};
    QVERIFY(repository.open());
    const Result<CaptureImportReport> report = importCaptureFile(path, {}, repository);
    if (imports) {
        QVERIFY2(report, qPrintable(report.error()));
        QVERIFY(!report->warnings.isEmpty());
        QVERIFY2(report->warnings.first().contains(path), qPrintable(report->warnings.first()));
        return;
    }
    QVERIFY(!report);
    QVERIFY2(report.error().contains(path), qPrintable(report.error()));
    // The reason, after the path: more than a bare "cannot read".
    QVERIFY2(report.error().size() > path.size() + 30, qPrintable(report.error()));
    QVERIFY(!report.error().contains(u'\n'));
    QCOMPARE(repository.count(), 0);
}

void tst_CaptureRobustness::garbagePayloads_data()
{
    QTest::addColumn<Framing>("framing");
    QTest::addColumn<int>("linkType");
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("auto, Ethernet") << Framing::Auto << LinkType::Ethernet << false;
    QTest::newRow("astm, Linux cooked v2, IPv6") << Framing::Astm << LinkType::LinuxSll2 << true;
    QTest::newRow("e1381, raw IP") << Framing::E1381 << LinkType::LinktypeRaw << false;
    QTest::newRow("mllp, loopback, IPv6") << Framing::Mllp << LinkType::Null << true;
}

// Random bytes, control bytes among them, in both directions: every byte ends up in exactly one
// element of a session, in order, and no session stays open.
void tst_CaptureRobustness::garbagePayloads()
{
    QFETCH(Framing, framing);
    QFETCH(int, linkType);
    QFETCH(bool, ipv6);
    const quint32 s = seed();
    QRandomGenerator random(s);
    for (int iteration = 0; iteration < 60; ++iteration) {
        CaptureSettings settings;
        settings.framing = framing;
        if (random.bounded(3) == 0)
            settings.framingOptions.maxElementBytes = 1 + random.bounded(64);
        Run run(settings, linkType);
        Conversation c(endpoint(0x0a000001, 40000, ipv6), endpoint(0x0a000002, 2575, ipv6), random.generate(), random.generate());
        qint64 clockUs = 1'700'000'000'000'000;
        QList<Chunk> chunks;
        for (int i = int(random.bounded(40)); i > 0; --i)
            chunks.append({random.bounded(2) == 0, FramingTest::randomGarbage(random, 300)});
        const Scripted scripted = script(c, chunks, random, 100, clockUs);
        for (const QList<TcpSegment> &part : {scripted.handshake, scripted.data, scripted.closing}) {
            for (const TcpSegment &segment : part)
                run.add(segment);
        }
        run.finish();
        const QString context = seedNote(s, iteration);
        QVERIFY2(run.accountingError().isEmpty(), qPrintable(run.accountingError() + u' ' + context));
        QVERIFY2(run.engine.warnings().isEmpty(), qPrintable(run.engine.warnings().join(u'\n') + u' ' + context));
        const QMap<QString, QByteArray> sent{{directionKey(c.client(), c.server()), scripted.deviceStream},
                                             {directionKey(c.server(), c.client()), scripted.lisStream}};
        for (auto it = sent.begin(); it != sent.end(); ++it)
            QVERIFY2(run.shadow.bytes().value(it.key()) == it.value(), qPrintable(context));
    }
}

void tst_CaptureRobustness::reorderedAndRepeatedSegments_data()
{
    QTest::addColumn<Framing>("framing");
    QTest::addColumn<Framing>("settingsFraming");
    // Whether a segment may arrive before the other side's answer to the bytes before it, which
    // no TCP stack sends but a capture of both directions on different paths may record.
    QTest::addColumn<bool>("acrossTurns");
    QTest::newRow("astm") << Framing::Astm << Framing::Astm << true;
    QTest::newRow("e1381") << Framing::E1381 << Framing::E1381 << true;
    QTest::newRow("mllp") << Framing::Mllp << Framing::Mllp << true;
    QTest::newRow("astm, detected") << Framing::Astm << Framing::Auto << false;
    QTest::newRow("e1381, detected") << Framing::E1381 << Framing::Auto << false;
    QTest::newRow("mllp, detected") << Framing::Mllp << Framing::Auto << false;
}

// Segments reordered, repeated, and retransmitted cut differently (overlapping what came
// before): every message is found exactly as sent, and every session with messages is complete.
void tst_CaptureRobustness::reorderedAndRepeatedSegments()
{
    QFETCH(Framing, framing);
    QFETCH(Framing, settingsFraming);
    QFETCH(bool, acrossTurns);
    const quint32 s = seed();
    QRandomGenerator random(s);
    for (int iteration = 0; iteration < 80; ++iteration) {
        CaptureSettings settings;
        settings.framing = settingsFraming;
        Run run(settings);
        Conversation c(endpoint(0x0a000001, 40000, false), endpoint(0x0a000002, 2575, false), random.generate(), random.generate());
        qint64 clockUs = 1'700'000'000'000'000;
        const QList<QByteArray> messages = randomMessages(random, 1 + int(random.bounded(5)));
        const Scripted scripted = script(c, exchange(framing, messages), random, 1 + int(random.bounded(80)), clockUs);

        // Each turn (or the whole exchange) on its own: retransmissions of its bytes cut
        // differently, overlapping the pieces sent, then every segment moved up to 6 places.
        const quint32 deviceBase = scripted.handshake.at(0).sequence + 1;
        const quint32 lisBase = scripted.handshake.at(1).sequence + 1;
        QList<TcpSegment> data;
        for (QList<TcpSegment> turn : acrossTurns ? QList<QList<TcpSegment>>{scripted.data} : scripted.turns) {
            for (int extra = int(random.bounded(quint32(turn.size() / 2 + 1))); extra > 0; --extra) {
                const TcpSegment &a = turn.at(random.bounded(int(turn.size())));
                const bool fromDevice = a.source == c.client();
                const QByteArray &stream = fromDevice ? scripted.deviceStream : scripted.lisStream;
                const quint32 base = fromDevice ? deviceBase : lisBase;
                qsizetype first = stream.size(), last = 0; // what the turn sends this way
                for (const TcpSegment &t : std::as_const(turn)) {
                    if (t.source == a.source) {
                        first = std::min(first, qsizetype(t.sequence - base));
                        last = std::max(last, qsizetype(t.sequence - base) + t.payload.size());
                    }
                }
                const qsizetype from = std::max(first, qsizetype(a.sequence - base) - qsizetype(random.bounded(20)));
                TcpSegment copy = a;
                copy.sequence = base + quint32(from);
                copy.payload = stream.mid(from, std::min(1 + qsizetype(random.bounded(120)), last - from));
                if (!copy.payload.isEmpty())
                    turn.insert(random.bounded(int(turn.size() + 1)), copy);
            }
            for (qsizetype i = 0; i + 1 < turn.size(); ++i)
                std::swap(turn[i], turn[std::min<qsizetype>(turn.size() - 1, i + qsizetype(random.bounded(7)))]);
            data += turn;
        }
        qint64 timeUs = clockUs;
        for (const QList<TcpSegment> &part : {scripted.handshake, data, scripted.closing}) {
            for (TcpSegment segment : part) {
                segment.timestampUs = timeUs += 10;
                run.add(segment);
            }
        }
        run.finish();
        const QString context = seedNote(s, iteration);
        QVERIFY2(run.accountingError().isEmpty(), qPrintable(run.accountingError() + u' ' + context));
        QCOMPARE(run.shadow.bytes().value(directionKey(c.client(), c.server())), scripted.deviceStream);
        QCOMPARE(run.shadow.bytes().value(directionKey(c.server(), c.client())), scripted.lisStream);
        QVERIFY2(messagesOf(run.sessions) == asStrings(messages), qPrintable(context));
        for (const Session &session : std::as_const(run.sessions))
            QVERIFY2(session.messages.isEmpty() || session.complete, qPrintable(context));
    }
}

void tst_CaptureRobustness::lostSegments_data()
{
    QTest::addColumn<Framing>("framing");
    QTest::addColumn<Framing>("settingsFraming");
    QTest::newRow("astm") << Framing::Astm << Framing::Astm;
    QTest::newRow("e1381") << Framing::E1381 << Framing::E1381;
    QTest::newRow("mllp") << Framing::Mllp << Framing::Mllp;
    QTest::newRow("astm, detected") << Framing::Astm << Framing::Auto;
    QTest::newRow("e1381, detected") << Framing::E1381 << Framing::Auto;
    QTest::newRow("mllp, detected") << Framing::Mllp << Framing::Auto;
}

// One segment from the device never captured: the messages clear of it are found as sent, no
// element joins bytes from both sides of the hole, and the session says bytes never arrived.
void tst_CaptureRobustness::lostSegments()
{
    QFETCH(Framing, framing);
    QFETCH(Framing, settingsFraming);
    const quint32 s = seed();
    QRandomGenerator random(s);
    for (int iteration = 0; iteration < 150; ++iteration) {
        CaptureSettings settings;
        settings.framing = settingsFraming;
        Run run(settings);
        Conversation c(endpoint(0x0a000001, 40000, false), endpoint(0x0a000002, 2575, false), random.generate(), random.generate());
        qint64 clockUs = 1'700'000'000'000'000;
        const QList<QByteArray> messages = randomMessages(random, 1 + int(random.bounded(4)));
        const Scripted scripted = script(c, exchange(framing, messages), random, 1 + int(random.bounded(60)), clockUs);

        QList<qsizetype> fromDevice;
        for (qsizetype i = 0; i < scripted.data.size(); ++i) {
            if (scripted.data.at(i).source == c.client())
                fromDevice.append(i);
        }
        const qsizetype lostIndex = fromDevice.at(random.bounded(int(fromDevice.size())));
        const TcpSegment &lost = scripted.data.at(lostIndex);
        const qsizetype holeStart = qsizetype(lost.sequence - (scripted.handshake.at(0).sequence + 1));
        const qsizetype holeEnd = holeStart + lost.payload.size();

        for (const TcpSegment &segment : scripted.handshake)
            run.add(segment);
        for (qsizetype i = 0; i < scripted.data.size(); ++i) {
            if (i != lostIndex)
                run.add(scripted.data.at(i));
        }
        for (const TcpSegment &segment : scripted.closing)
            run.add(segment);
        run.finish();
        const QString context = QStringLiteral("bytes %1-%2 of %3 lost; %4")
                                    .arg(holeStart).arg(holeEnd).arg(scripted.deviceStream.size()).arg(seedNote(s, iteration));
        QVERIFY2(run.accountingError().isEmpty(), qPrintable(run.accountingError() + u' ' + context));
        const QByteArray withoutHole = scripted.deviceStream.left(holeStart) + scripted.deviceStream.mid(holeEnd);
        QVERIFY2(run.shadow.bytes().value(directionKey(c.client(), c.server())) == withoutHole, qPrintable(context));

        // The device's elements, and where each starts in the stream without the hole.
        QList<qsizetype> boundaries{0};
        bool incomplete = false;
        for (const Session &session : std::as_const(run.sessions)) {
            incomplete = incomplete || (!session.complete && !session.extra.value(QLatin1StringView("incompleteReason")).toString().isEmpty());
            for (const Element &e : session.elements) {
                if (e.direction == Direction::DeviceToPc)
                    boundaries.append(boundaries.last() + e.bytes.size());
            }
        }
        QVERIFY2(boundaries.contains(holeStart), qPrintable(QStringLiteral("an element spans the hole; ") + context));
        QVERIFY2(incomplete, qPrintable(context));

        // Messages whose framed bytes lie clear of the hole.
        QStringList clear;
        qsizetype at = 0;
        for (const QByteArray &m : messages) {
            const QByteArray framed = exchange(framing, {m}).at(framing == Framing::Mllp ? 0 : 2).bytes;
            at = scripted.deviceStream.indexOf(framed, at);
            QVERIFY(at >= 0);
            if (at + framed.size() <= holeStart || at >= holeEnd)
                clear.append(QString::fromLatin1(m));
            at += framed.size();
        }
        const QString missing = missingMessages(clear, messagesOf(run.sessions));
        QVERIFY2(missing.isEmpty(), qPrintable(missing + u' ' + context));
    }
}

// Several connections at once over every link type, framings given or detected, small element
// limits, segments reordered, repeated and lost, connections reset, garbage and truncated frames,
// long pauses; each capture also written as a pcap file, cut short at random and read back.
// Nothing crashes or hangs, sessions hold exactly the bytes reassembly delivered, and where
// nothing was lost every message is found as sent.
void tst_CaptureRobustness::longRandomizedRun()
{
    const quint32 s = seed();
    QRandomGenerator random(s);
    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("random.pcap"));
    QElapsedTimer total;
    total.start();
    int clean = 0;
    constexpr int Iterations = 2000;
    for (int iteration = 0; iteration < Iterations; ++iteration) {
        QElapsedTimer timer;
        timer.start();
        const QString context = seedNote(s, iteration);
        CaptureSettings settings;
        settings.framing = Framing(random.bounded(4));
        const bool smallElements = random.bounded(5) == 0;
        if (smallElements)
            settings.framingOptions.maxElementBytes = 1 + random.bounded(200);
        if (random.bounded(3) == 0)
            settings.sessions.lisPort = 2575;
        const int linkType = FrameLinkTypes[random.bounded(int(std::size(FrameLinkTypes)))];
        const bool ipv6 = random.bounded(3) == 0;
        Run run(settings, linkType);

        bool lossy = false;
        QStringList sent;
        QList<QList<TcpSegment>> connections;
        qint64 clockUs = 1'700'000'000'000'000;
        for (int k = int(1 + random.bounded(4)); k > 0; --k) {
            Conversation c(endpoint(0x0a000001 + quint32(k), quint16(40000 + k), ipv6), endpoint(0x0a000064, 2575, ipv6),
                           random.generate(), random.generate());
            const Framing framing = settings.framing == Framing::Auto ? Framing(1 + random.bounded(3)) : settings.framing;
            const QList<QByteArray> messages = randomMessages(random, int(random.bounded(4)));
            QList<Chunk> chunks = exchange(framing, messages);
            if (random.bounded(6) == 0) {
                chunks.insert(random.bounded(int(chunks.size() + 1)), Chunk{random.bounded(2) == 0, FramingTest::randomGarbage(random, 200)});
                lossy = true; // garbage may cut a message
            }
            Scripted scripted = script(c, chunks, random, 1 + int(random.bounded(200)), clockUs);
            QList<TcpSegment> segments = scripted.handshake + scripted.data;
            const int disorder = int(random.bounded(4));
            for (qsizetype i = scripted.handshake.size(); disorder > 0 && i + 1 < segments.size(); ++i)
                std::swap(segments[i], segments[std::min<qsizetype>(segments.size() - 1, i + qsizetype(random.bounded(quint32(disorder + 1))))]);
            if (random.bounded(3) == 0 && segments.size() > 3)
                segments.insert(3 + random.bounded(int(segments.size() - 2)), segments.at(random.bounded(int(segments.size()))));
            if (random.bounded(8) == 0 && segments.size() > 3) {
                segments.removeAt(3 + random.bounded(int(segments.size() - 3)));
                lossy = true;
            }
            if (random.bounded(10) == 0) {
                segments.insert(3 + random.bounded(int(segments.size() - 2)), c.reset(random.bounded(2) == 0, clockUs));
                lossy = true;
            }
            segments += random.bounded(6) == 0 ? QList<TcpSegment>{} : scripted.closing;
            connections.append(segments);
            sent += asStrings(messages);
        }

        // Interleave the connections, with the odd garbage frame and a long pause now and then.
        qint64 timeUs = 1'700'000'000'000'000;
        QList<qsizetype> next(connections.size(), 0);
        for (;;) {
            QList<qsizetype> live;
            for (qsizetype k = 0; k < connections.size(); ++k) {
                if (next[k] < connections[k].size())
                    live.append(k);
            }
            if (live.isEmpty())
                break;
            const qsizetype k = live.at(random.bounded(int(live.size())));
            TcpSegment segment = connections[k][next[k]++];
            timeUs += random.bounded(50) == 0 ? 90'000'000 : qint64(random.bounded(5000));
            segment.timestampUs = timeUs;
            QByteArray bytes = frame(linkType, segment);
            if (random.bounded(400) == 0) {
                bytes.truncate(random.bounded(int(bytes.size())));
                lossy = true;
            }
            run.addFrame(bytes, timeUs);
            if (random.bounded(30) == 0)
                run.addFrame(FramingTest::randomGarbage(random, 80), timeUs);
            if (random.bounded(10) == 0)
                run.engine.advanceTime(timeUs);
        }
        run.finish();
        QVERIFY2(run.accountingError().isEmpty(), qPrintable(run.accountingError() + u' ' + context));
        QVERIFY2(run.engine.warnings().size() <= 101, qPrintable(context));
        if (!lossy && !smallElements) {
            QVERIFY2(missingMessages(sent, messagesOf(run.sessions)).isEmpty(),
                     qPrintable(missingMessages(sent, messagesOf(run.sessions)) + u' ' + context));
            QCOMPARE(messagesOf(run.sessions).size(), sent.size());
            ++clean;
        }

        // The same frames as a capture file, cut at a random byte: it reads up to the cut.
        QByteArray file = pcapFile(linkType, run.records);
        const qsizetype fullSize = file.size();
        const qsizetype cut = random.bounded(3) == 0 ? qsizetype(random.bounded(quint32(fullSize + 1))) : fullSize;
        file.truncate(cut);
        QVERIFY(writeFileBytes(path, file));
        const Reading r = readCapture(path, settings);
        QVERIFY2(r.opened() == (cut >= PcapHeaderSize), qPrintable(describe(r) + u' ' + context));
        if (r.opened()) {
            const qsizetype whole = layoutOf(file).frameEnds.size();
            QCOMPARE(r.frames.size(), whole);
            for (qsizetype i = 0; i < whole; ++i)
                QVERIFY2(r.frames.at(i) == run.records.at(i).frame, qPrintable(context));
            if (cut == fullSize) {
                QVERIFY2(missingMessages(messagesOf(run.sessions), messagesOf(r.sessions)).isEmpty(), qPrintable(context));
                QCOMPARE(messagesOf(r.sessions).size(), messagesOf(run.sessions).size());
            }
        }
        QVERIFY2(timer.elapsed() < MaxReadMs, qPrintable(QStringLiteral("%1 ms; ").arg(timer.elapsed()) + context));
    }
    QVERIFY(clean > Iterations / 8);
    qInfo("%s", qPrintable(QStringLiteral("%1 randomized captures in %2 ms, %3 without loss (seed %4)")
                               .arg(Iterations).arg(total.elapsed()).arg(clean).arg(s)));
}

void tst_CaptureRobustness::streamsWithoutFramingStayLinear_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<char>("then"); // sent one byte per segment, 70 000 times
    QTest::newRow("text") << QByteArray() << 'A';
    QTest::newRow("text after an STX and a frame number") << QByteArray("\x02" "1") << 'A';
    QTest::newRow("VT after ENQ") << QByteArray("\x05") << '\x0b';
}

// A connection that sends 64 KiB and more one byte at a time, none of which decides the framing:
// detection looks at what came so far, and once did so after every byte, so ten times the bytes
// took a hundred times as long (47 s for 70 000 in a debug build). Now it is about ten times,
// and every byte is kept.
void tst_CaptureRobustness::streamsWithoutFramingStayLinear()
{
    QFETCH(QByteArray, first);
    QFETCH(char, then);
    const auto capture = [&](int count) {
        Run run({});
        Conversation c(endpoint(0x0a000001, 40000, false), endpoint(0x0a000002, 2575, false), 1000, 5000);
        qint64 timeUs = 1'700'000'000'000'000;
        run.add(c.syn(++timeUs));
        run.add(c.synAck(++timeUs));
        QElapsedTimer timer;
        timer.start();
        if (!first.isEmpty())
            run.add(c.data(true, first, ++timeUs));
        for (int i = 0; i < count; ++i)
            run.add(c.data(true, QByteArray(1, then), ++timeUs));
        run.finish();
        const qint64 elapsedMs = timer.elapsed();
        const QString error = run.accountingError();
        if (!error.isEmpty() || run.shadow.bytes().value(directionKey(c.client(), c.server())).size() != first.size() + count)
            QTest::qFail(qPrintable(QStringLiteral("bytes lost: %1").arg(error)), __FILE__, __LINE__);
        return elapsedMs;
    };
    const qint64 tenth = capture(7'000);
    const qint64 whole = capture(70'000);
    const QString times = QStringLiteral("7 000 bytes in %1 ms, 70 000 in %2 ms").arg(tenth).arg(whole);
    qInfo("%s", qPrintable(times));
    QVERIFY2(whole < 3'000 || whole < 30 * std::max<qint64>(tenth, 1), qPrintable(times));
}

QTEST_GUILESS_MAIN(tst_CaptureRobustness)
#include "tst_capturerobustness.moc"

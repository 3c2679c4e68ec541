// Writes fuzz_capture's seed corpus into the folder given: the recorded capture fixtures as File
// inputs, and for every other mode and framing a well-formed exchange, once in order and once
// with reordered, repeated and lost segments, so that fuzzing starts from inputs that reach
// the decoders and sessions instead of stopping at the first header check.

#include "../capturetesthelpers.h"
#include "fuzzinput.h"
#include "testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QtEndian>

#include <cstdio>

using namespace FuzzInput;

namespace {

QList<QByteArray> messages()
{
    return {CaptureTest::hl7Message(1), CaptureTest::hl7Message(2, 1), CaptureTest::hl7Message(3, 8)};
}

// One client's connection: handshake, the exchange in chunks of at most chunk bytes, FIN both
// ways. disorder sends every third chunk late, repeats every fifth and drops the seventh.
// With detect, the input leaves the framing to detection.
QByteArray conversation(Mode mode, Framing framing, quint8 settings, qsizetype chunk, bool disorder, bool detect = false)
{
    Writer w(mode, settings | quint8(detect ? Framing::Auto : framing), 16, 0);
    const quint8 client = Record::FromClient | Record::Ack;
    if (mode != Mode::Streams) {
        w.record(Record::FromClient | Record::Syn, {});
        w.record(Record::Syn | Record::Ack, {});
        w.record(client, {});
    }
    int n = 0;
    for (const CaptureTest::Chunk &c : CaptureTest::exchange(framing, messages())) {
        const quint8 flags = c.fromDevice ? client : quint8(Record::Ack);
        for (qsizetype at = 0; at < c.bytes.size(); at += chunk, ++n) {
            const QByteArray piece = c.bytes.mid(at, chunk);
            if (!disorder || mode == Mode::Streams) {
                w.record(flags, piece);
            } else if (n % 7 == 6) {
                w.record(flags, {}, qint8(piece.size())); // lost: only the sequence moves on
            } else if (n % 3 == 2) {
                w.record(flags, {}, qint8(piece.size()));
                w.record(flags, piece, qint8(-piece.size()), 3); // arrives after what follows it
            } else {
                w.record(flags, piece);
                if (n % 5 == 4)
                    w.record(flags, piece, qint8(-piece.size()));
            }
        }
    }
    w.record(client | Record::Fin, {});
    w.record(Record::Ack | Record::Fin, {});
    return w.bytes();
}

// A little-endian pcapng file with its first Enhanced Packet Block's time set to the largest
// there is: PcapFile once overflowed on it.
QByteArray latestFirstPacket(QByteArray file)
{
    for (qsizetype at = 0; at + 20 <= file.size();) {
        const auto le32 = [&](qsizetype i) { return qFromLittleEndian<quint32>(file.constData() + i); };
        if (le32(at) == 6) {
            file.replace(at + 12, 8, QByteArray(8, '\xff'));
            break;
        }
        if (le32(at + 4) < 12)
            break;
        at += le32(at + 4);
    }
    return file;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_capture_seeds DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    int written = 0;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        if (!writeFileBytes(dir.filePath(name), bytes)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(dir.filePath(name)));
            std::exit(1);
        }
        ++written;
    };

    const QDir fixtures(fixturePath(QStringLiteral("capture")));
    for (const QString &name : fixtures.entryList({QStringLiteral("*.pcap"), QStringLiteral("*.pcapng")}, QDir::Files)) {
        const QByteArray file = readFileBytes(fixtures.filePath(name));
        write(QStringLiteral("file-") + name, char(Mode::File) + file);
        if (name.endsWith(QLatin1StringView(".pcapng"))) // the first packet 2^64 microseconds after 1970
            write(QStringLiteral("file-time-") + name, char(Mode::File) + latestFirstPacket(file));
    }

    for (const Mode mode : {Mode::Frames, Mode::Parts, Mode::Streams}) {
        for (const Framing framing : {Framing::Astm, Framing::E1381, Framing::Mllp}) {
            const QString base = QStringLiteral("mode%1-%2").arg(int(mode)).arg(framingName(framing));
            write(base + QStringLiteral("-inorder"), conversation(mode, framing, Setting::LisPort, 255, false));
            write(base + QStringLiteral("-small"), conversation(mode, framing, Setting::SmallElements, 7, false));
            write(base + QStringLiteral("-disorder"), conversation(mode, framing, Setting::Ipv6, 11, true));
        }
        write(QStringLiteral("mode%1-auto").arg(int(mode)),
              conversation(mode, Framing::E1381, Setting::DeviceIp | Setting::AdvanceTime, 5, false, true));
    }
    std::printf("%d seeds in %s\n", written, qPrintable(dir.absolutePath()));
    return 0;
}

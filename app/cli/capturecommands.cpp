#include "capturecommands.h"

#include "capturechecks.h"
#include "captureimport.h"
#include "captureservice.h"
#include "clicontext.h"
#include "livecapture.h"
#include "sessionstore.h"
#include "stopsignal.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>

#include <cstdio>

namespace Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The settings table checks marker bytes without the capture engine; both must mean the same bytes.
static_assert(CaptureChecks::ReservedMarkerBytes
              == std::array<int, 4>{FramingByte::Stx, FramingByte::Nak, FramingByte::Cr, FramingByte::Lf});

// The options every capture command shares: framing, its marker bytes, the MLLP idle gap, and
// the addresses that tell device from LIS.
struct CaptureOptions
{
    QCommandLineOption framing{QStringLiteral("framing"), Tr::tr("auto (default), astm, e1381 or mllp."), Tr::tr("framing"),
                               QStringLiteral("auto")};
    QCommandLineOption deviceIp{QStringLiteral("device-ip"), Tr::tr("The analyzer's address."), Tr::tr("ip")};
    QCommandLineOption lisIp{QStringLiteral("lis-ip"), Tr::tr("The LIS's address."), Tr::tr("ip")};
    QCommandLineOption lisPort{QStringLiteral("lis-port"), Tr::tr("The LIS's TCP port."), Tr::tr("port")};
    QCommandLineOption startByte{QStringLiteral("start-byte"), Tr::tr("ASTM-style framing: the byte that starts a transmission (default 0x05, ENQ)."),
                                 Tr::tr("byte")};
    QCommandLineOption ackByte{QStringLiteral("ack-byte"), Tr::tr("ASTM-style framing: the acknowledging byte (default 0x06, ACK)."), Tr::tr("byte")};
    QCommandLineOption endByte{QStringLiteral("end-byte"), Tr::tr("ASTM-style framing: the byte that ends a transmission (default 0x04, EOT)."),
                               Tr::tr("byte")};
    QCommandLineOption idleGap{QStringLiteral("idle-gap"), Tr::tr("MLLP: a pause of this many seconds ends a session (default 60)."),
                               Tr::tr("seconds")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({framing, deviceIp, lisIp, lisPort, startByte, ackByte, endByte, idleGap});
    }

    // nullopt after a usage error was reported.
    std::optional<CaptureSettings> read(Context &context, const QCommandLineParser &parser) const
    {
        CaptureSettings settings;
        const auto parsedFraming = framingFromString(parser.value(framing));
        if (!parsedFraming) {
            context.usage(Tr::tr("unknown framing \"%1\"; use auto, astm, e1381 or mllp").arg(parser.value(framing)));
            return std::nullopt;
        }
        settings.framing = *parsedFraming;
        for (const QCommandLineOption *option : {&deviceIp, &lisIp}) {
            const QString value = parser.value(*option);
            if (!value.isEmpty() && QHostAddress(value).isNull()) {
                context.usage(Tr::tr("\"%1\" is not an IP address").arg(value));
                return std::nullopt;
            }
        }
        settings.sessions.deviceIp = parser.value(deviceIp).isEmpty() ? QString() : QHostAddress(parser.value(deviceIp)).toString();
        settings.sessions.lisIp = parser.value(lisIp).isEmpty() ? QString() : QHostAddress(parser.value(lisIp)).toString();
        if (parser.isSet(lisPort)) {
            bool ok = false;
            const uint port = parser.value(lisPort).toUInt(&ok);
            if (!ok || port == 0 || port > 65535) {
                context.usage(Tr::tr("\"%1\" is not a TCP port").arg(parser.value(lisPort)));
                return std::nullopt;
            }
            settings.sessions.lisPort = quint16(port);
        }
        const std::pair<const QCommandLineOption *, char *> markers[] = {
            {&startByte, &settings.framingOptions.startByte},
            {&ackByte, &settings.framingOptions.ackByte},
            {&endByte, &settings.framingOptions.endByte},
        };
        for (const auto &[option, target] : markers) {
            if (!parser.isSet(*option))
                continue;
            const std::optional<int> byte = CaptureChecks::parseByte(parser.value(*option));
            if (!byte) {
                context.usage(Tr::tr("\"%1\" is not a byte; write it as 0x05 or 5").arg(parser.value(*option)));
                return std::nullopt;
            }
            *target = char(*byte);
        }
        const FramingOptions &f = settings.framingOptions;
        const QString problem = CaptureChecks::markerBytesProblem(uchar(f.startByte), uchar(f.ackByte), uchar(f.endByte));
        if (!problem.isEmpty()) {
            context.usage(problem);
            return std::nullopt;
        }
        if (parser.isSet(idleGap)) {
            bool ok = false;
            const double seconds = parser.value(idleGap).toDouble(&ok);
            if (!ok || seconds <= 0 || seconds > 86400) {
                context.usage(Tr::tr("\"%1\" is not an idle gap in seconds (up to 86400)").arg(parser.value(idleGap)));
                return std::nullopt;
            }
            settings.sessions.idleGapUs = qint64(seconds * 1e6);
        }
        return settings;
    }
};

void note(const QString &line)
{
    std::fputs(QStringLiteral("hl7capture-cli: %1\n").arg(line).toLocal8Bit().constData(), stderr);
}

// The store on its own thread, opened; nullptr after reporting why it could not be opened.
std::unique_ptr<SessionStore> openStore(Context &context, const QCommandLineParser &parser)
{
    auto store = std::make_unique<SessionStore>(context.dataDirectory(parser));
    QEventLoop loop;
    QString error;
    bool opened = false;
    QObject::connect(store.get(), &SessionStore::opened, &loop, [&] {
        opened = true;
        loop.quit();
    });
    QObject::connect(store.get(), &SessionStore::openFailed, &loop, [&](const QString &why) {
        error = why;
        loop.quit();
    });
    store->open();
    loop.exec();
    if (!opened) {
        context.fail(error);
        return nullptr;
    }
    return store;
}

// Runs a capture until its source ends, SIGINT or SIGTERM arrives, or durationMs (if not 0)
// passes; then prints what it captured. Every completed session is saved before this returns.
int runUntilStopped(Context &context, const QCommandLineParser &parser, const CaptureSource &source,
                    const CaptureSettings &settings, int durationMs = 0)
{
    std::unique_ptr<SessionStore> store = openStore(context, parser);
    if (!store)
        return Failure;
    CaptureService capture(store.get());
    QEventLoop loop;
    CaptureStatistics statistics;
    QString error;
    QObject::connect(&capture, &CaptureService::started, &loop, [](const QString &description) {
        note(Tr::tr("%1; stop with Ctrl+C").arg(description));
    });
    QObject::connect(&capture, &CaptureService::finished, &loop, [&](const CaptureStatistics &s, const QString &e) {
        statistics = s;
        error = e;
        loop.quit();
    });
    StopSignal stop;
    QObject::connect(&stop, &StopSignal::received, &capture, &CaptureService::stop);
    if (durationMs > 0)
        QTimer::singleShot(durationMs, &capture, &CaptureService::stop);
    capture.start(source, settings);
    loop.exec();
    store->shutdown(); // every session handed over is written before this returns
    if (!error.isEmpty())
        return context.fail(error);
    context.printJson(statistics.toJson());
    return Success;
}

} // namespace

int importCapture(Context &context)
{
    QCommandLineParser parser;
    const CaptureOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("A .pcap or .pcapng capture file."));
    if (!context.parse(parser, 1, 1, QStringLiteral("FILE [--framing auto|astm|e1381|mllp] [--device-ip IP] [--lis-ip IP] [--lis-port N] [--start-byte B] [--ack-byte B] [--end-byte B] [--idle-gap SECONDS]")))
        return context.exitCode();
    const std::optional<CaptureSettings> settings = options.read(context, parser);
    if (!settings)
        return BadUsage;
    auto repository = context.openForWriting(parser);
    if (!repository)
        return context.fail(repository.error());
    const Result<CaptureImportReport> report =
        importCaptureFile(parser.positionalArguments().constFirst(), *settings, *repository.value());
    if (!report)
        return context.fail(report.error());
    context.printJson(report->toJson());
    return Success;
}

int runProxy(Context &context)
{
    QCommandLineParser parser;
    const CaptureOptions options;
    options.addTo(parser);
    const QCommandLineOption listen(QStringLiteral("listen"), Tr::tr("Where devices connect: [ADDR:]PORT."), Tr::tr("address"));
    const QCommandLineOption upstream(QStringLiteral("upstream"), Tr::tr("The LIS: HOST:PORT."), Tr::tr("address"));
    parser.addOptions({listen, upstream});
    if (!context.parse(parser, 0, 0, QStringLiteral("--listen [ADDR:]PORT --upstream HOST:PORT [--framing F] [capture options]")))
        return context.exitCode();
    QString listenHost, upstreamHost;
    quint16 listenPort = 0, upstreamPort = 0;
    if (!CaptureChecks::splitHostPort(parser.value(listen), listenHost, listenPort))
        return context.usage(Tr::tr("--listen needs [ADDR:]PORT"));
    if (!CaptureChecks::splitHostPort(parser.value(upstream), upstreamHost, upstreamPort) || upstreamHost.isEmpty())
        return context.usage(Tr::tr("--upstream needs HOST:PORT"));
    std::optional<CaptureSettings> settings = options.read(context, parser);
    if (!settings)
        return BadUsage;
    if (!settings->sessions.lisPort)
        settings->sessions.lisPort = upstreamPort;
    const QHostAddress listenAddress = listenHost.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(listenHost);
    if (listenAddress.isNull())
        return context.usage(Tr::tr("\"%1\" is not an IP address").arg(listenHost));

    return runUntilStopped(context, parser, CaptureSource::proxy(listenAddress, listenPort, upstreamHost, upstreamPort), *settings);
}

int runCapture(Context &context)
{
    QCommandLineParser parser;
    const CaptureOptions options;
    options.addTo(parser);
    const QCommandLineOption interfaceOption(QStringLiteral("interface"), Tr::tr("The network interface."), Tr::tr("name"));
    const QCommandLineOption filterOption(QStringLiteral("filter"), Tr::tr("A BPF filter instead of the one from the addresses."), Tr::tr("expression"));
    const QCommandLineOption durationOption(QStringLiteral("duration"), Tr::tr("Stop after this many seconds."), Tr::tr("seconds"));
    parser.addOptions({interfaceOption, filterOption, durationOption});
    if (!context.parse(parser, 0, 0, QStringLiteral("--interface IF [--framing F] [--device-ip IP] [--lis-ip IP] [--lis-port N] [--filter BPF] [--duration SECONDS] [capture options]")))
        return context.exitCode();
    if (!parser.isSet(interfaceOption))
        return context.usage(Tr::tr("--interface is required"));
    const std::optional<CaptureSettings> settings = options.read(context, parser);
    if (!settings)
        return BadUsage;
    int durationMs = 0;
    if (parser.isSet(durationOption)) {
        bool ok = false;
        const double seconds = parser.value(durationOption).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 365 * 86400)
            return context.usage(Tr::tr("\"%1\" is not a duration in seconds").arg(parser.value(durationOption)));
        durationMs = int(qMin(seconds * 1000, 2e9));
    }
    const QString filter = parser.isSet(filterOption)
        ? parser.value(filterOption)
        : captureFilter(settings->sessions.deviceIp, settings->sessions.lisIp, settings->sessions.lisPort);
    return runUntilStopped(context, parser, CaptureSource::networkInterface(parser.value(interfaceOption), filter), *settings,
                           durationMs);
}

} // namespace Cli

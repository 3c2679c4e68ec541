#include "capturecommands.h"

#include "captureimport.h"
#include "clicontext.h"
#include "livecapture.h"
#include "recordingproxy.h"
#include "sessionstore.h"
#include "stopsignal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The options every capture command shares: framing and the addresses that tell device from LIS.
struct CaptureOptions
{
    QCommandLineOption framing{QStringLiteral("framing"), Tr::tr("auto (default), astm, e1381 or mllp."), Tr::tr("framing"),
                               QStringLiteral("auto")};
    QCommandLineOption deviceIp{QStringLiteral("device-ip"), Tr::tr("The analyzer's address."), Tr::tr("ip")};
    QCommandLineOption lisIp{QStringLiteral("lis-ip"), Tr::tr("The LIS's address."), Tr::tr("ip")};
    QCommandLineOption lisPort{QStringLiteral("lis-port"), Tr::tr("The LIS's TCP port."), Tr::tr("port")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({framing, deviceIp, lisIp, lisPort}); }

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
        return settings;
    }
};

// "PORT", "ADDR:PORT" or "[IPV6]:PORT".
bool splitHostPort(const QString &text, QString &host, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    QString portText = text;
    host.clear();
    if (colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint value = portText.toUInt(&ok);
    port = quint16(value);
    return ok && value > 0 && value <= 65535 && (colon < 0 || !host.isEmpty());
}

void note(const QString &line)
{
    std::fputs(QStringLiteral("hl7capture-cli: %1\n").arg(line).toLocal8Bit().constData(), stderr);
}

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

// Hands completed sessions to the store's thread, and counts what it handed over.
struct SessionSink
{
    SessionStore &store;
    int sessions = 0;
    int messages = 0;
    int incomplete = 0;

    void take(const QList<Session> &completed)
    {
        for (const Session &s : completed) {
            ++sessions;
            messages += int(s.messages.size());
            if (!s.complete)
                ++incomplete;
            store.save(s);
        }
    }

    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("sessions"), sessions},
                           {QStringLiteral("messages"), messages},
                           {QStringLiteral("incompleteSessions"), incomplete}};
    }
};

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

} // namespace

int importCapture(Context &context)
{
    QCommandLineParser parser;
    const CaptureOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("A .pcap or .pcapng capture file."));
    if (!context.parse(parser, 1, 1, QStringLiteral("FILE [--framing auto|astm|e1381|mllp] [--device-ip IP] [--lis-ip IP] [--lis-port N]")))
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
    if (!context.parse(parser, 0, 0, QStringLiteral("--listen [ADDR:]PORT --upstream HOST:PORT [--framing F]")))
        return context.exitCode();
    QString listenHost, upstreamHost;
    quint16 listenPort = 0, upstreamPort = 0;
    if (!splitHostPort(parser.value(listen), listenHost, listenPort))
        return context.usage(Tr::tr("--listen needs [ADDR:]PORT"));
    if (!splitHostPort(parser.value(upstream), upstreamHost, upstreamPort) || upstreamHost.isEmpty())
        return context.usage(Tr::tr("--upstream needs HOST:PORT"));
    std::optional<CaptureSettings> settings = options.read(context, parser);
    if (!settings)
        return BadUsage;
    if (!settings->sessions.lisPort)
        settings->sessions.lisPort = upstreamPort;
    const QHostAddress listenAddress = listenHost.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(listenHost);
    if (listenAddress.isNull())
        return context.usage(Tr::tr("\"%1\" is not an IP address").arg(listenHost));

    std::unique_ptr<SessionStore> store = openStore(context, parser);
    if (!store)
        return Failure;
    SessionSink sink{*store};
    CaptureEngine engine(*settings);
    RecordingProxy proxy;
    QObject::connect(&proxy, &RecordingProxy::connectionOpened, &proxy, [&](quint64 id, const Endpoint &client, const Endpoint &server, qint64 t) {
        engine.openConnection(id, client, server, t);
    });
    QObject::connect(&proxy, &RecordingProxy::dataTransferred, &proxy, [&](quint64 id, bool fromClient, const QByteArray &bytes, qint64 t) {
        engine.addStreamData(id, fromClient, bytes, t);
        sink.take(engine.takeCompleted());
    });
    QObject::connect(&proxy, &RecordingProxy::connectionClosed, &proxy, [&](quint64 id, qint64 t) {
        engine.closeConnection(id, t);
        sink.take(engine.takeCompleted());
    });
    QObject::connect(&proxy, &RecordingProxy::upstreamFailed, &proxy, [](const QString &error) { note(error); });
    if (!proxy.listen(listenAddress, listenPort, upstreamHost, upstreamPort))
        return context.fail(proxy.errorString());
    note(Tr::tr("proxy: listening on port %1, forwarding to %2:%3; stop with Ctrl+C")
             .arg(proxy.port())
             .arg(upstreamHost)
             .arg(upstreamPort));

    QEventLoop loop;
    StopSignal stop;
    QObject::connect(&stop, &StopSignal::received, &loop, &QEventLoop::quit);
    loop.exec();

    proxy.close();
    engine.finish(nowUs());
    sink.take(engine.takeCompleted());
    store->shutdown(); // every session handed over is written before this returns
    context.printJson(sink.toJson());
    return Success;
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
    if (!context.parse(parser, 0, 0, QStringLiteral("--interface IF [--framing F] [--device-ip IP] [--lis-ip IP] [--lis-port N] [--filter BPF] [--duration SECONDS]")))
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
    auto capture = LiveCapture::open(parser.value(interfaceOption), filter);
    if (!capture)
        return context.fail(capture.error());

    std::unique_ptr<SessionStore> store = openStore(context, parser);
    if (!store)
        return Failure;
    SessionSink sink{*store};
    LiveCapture *live = capture.value().get();
    QString captureError;

    // Frames are read and decoded on a thread of their own; sessions go on to the store's.
    QThread *reader = QThread::create([&] {
        CaptureEngine engine(*settings);
        QByteArrayView frame;
        qint64 timestampUs = 0;
        for (;;) {
            const LiveCapture::Next next = live->next(frame, timestampUs);
            if (next == LiveCapture::Next::Frame) {
                engine.addFrame(live->linkType(), frame, timestampUs);
                sink.take(engine.takeCompleted());
            } else if (next == LiveCapture::Next::Error) {
                captureError = live->error();
                break;
            } else if (next == LiveCapture::Next::Stopped) {
                break;
            }
        }
        engine.finish(nowUs());
        sink.take(engine.takeCompleted());
    });
    note(Tr::tr("capture: on %1 with filter \"%2\"; stop with Ctrl+C").arg(parser.value(interfaceOption), filter));
    QEventLoop loop;
    QObject::connect(reader, &QThread::finished, &loop, &QEventLoop::quit);
    StopSignal stop;
    QObject::connect(&stop, &StopSignal::received, &loop, [live] { live->stop(); });
    if (durationMs > 0)
        QTimer::singleShot(durationMs, &loop, [live] { live->stop(); });
    reader->start();
    loop.exec();
    reader->wait();
    delete reader;
    store->shutdown();
    if (!captureError.isEmpty())
        return context.fail(captureError);
    context.printJson(sink.toJson());
    return Success;
}

} // namespace Cli

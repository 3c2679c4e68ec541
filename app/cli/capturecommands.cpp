#include "capturecommands.h"

#include "captureimport.h"
#include "clicontext.h"

#include <QHostAddress>

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

} // namespace Cli

#include "settingspec.h"

#include "capturechecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

using T = SettingSpec::Type;
using C = SettingSpec::Check;

// Row builders, so each row reads as what it is.
constexpr SettingSpec flag(const char *name, bool byDefault, const char *description)
{
    return {name, T::Bool, byDefault ? 1 : 0, 0, 1, C::None, false, description, "", {}};
}

constexpr SettingSpec number(const char *name, int byDefault, int minimum, int maximum, const char *description,
                             C check = C::None)
{
    return {name, T::Int, byDefault, minimum, maximum, check, false, description, "", {}};
}

constexpr SettingSpec text(const char *name, C check, const char *description, const char *byDefault = "")
{
    return {name, T::String, 0, 0, 0, check, false, description, byDefault, {}};
}

constexpr SettingSpec secretText(const char *name, const char *description)
{
    return {name, T::String, 0, 0, 0, C::None, true, description, "", {}};
}

constexpr SettingSpec choice(const char *name, std::span<const char *const> choices, const char *byDefault,
                             const char *description)
{
    return {name, T::String, 0, 0, 0, C::OneOf, false, description, byDefault, choices};
}

constexpr const char *captureSources[] = {"interface", "file", "proxy"};
constexpr const char *framings[] = {"auto", "astm", "e1381", "mllp"};
constexpr const char *languages[] = {"", "en", "de", "fr", "es"};
constexpr const char *logLevels[] = {"error", "warning", "info", "debug"};

constexpr std::array specs{
    flag("enablePersistence", true,
         QT_TRANSLATE_NOOP("Settings", "Keep captured sessions on disk (off: they live in memory only).")),
    number("retentionDays", 30, 1, 365,
           QT_TRANSLATE_NOOP("Settings", "Days a session is kept before the cleanup removes it.")),
    number("cleanupIntervalHours", 24, 1, 168,
           QT_TRANSLATE_NOOP("Settings", "Hours between two runs of the retention cleanup.")),
    flag("dryRunMode", false,
         QT_TRANSLATE_NOOP("Settings", "The cleanup only reports what it would remove, and removes nothing.")),
    flag("purgeUnsubmitted", false,
         QT_TRANSLATE_NOOP("Settings", "The cleanup also removes expired sessions that were never submitted.")),
    text("submissionEndpoint", C::HttpUrl,
         QT_TRANSLATE_NOOP("Settings", "URL of the REST collector that sessions are submitted to (empty: no submission).")),
    secretText("submissionAuthHeader",
               QT_TRANSLATE_NOOP("Settings", "Authorization header sent to the collector, e.g. \"Bearer TOKEN\" (secret).")),
    text("submissionPerformer", C::None,
         QT_TRANSLATE_NOOP("Settings", "Who the submissions are sent as (the performer).")),
    number("submissionConcurrency", 2, 1, 10,
           QT_TRANSLATE_NOOP("Settings", "Submissions sent at the same time.")),
    number("submissionMaxRetries", 3, 1, 10,
           QT_TRANSLATE_NOOP("Settings", "Attempts before a submission is marked failed.")),
    number("submissionIntervalMinutes", 5, 1, 60,
           QT_TRANSLATE_NOOP("Settings", "Minutes between two rounds of submission.")),
    number("submissionTimeoutSeconds", 30, 1, 300,
           QT_TRANSLATE_NOOP("Settings", "Seconds to wait for the collector's answer.")),
    text("submissionCaFile", C::ReadableFile,
         QT_TRANSLATE_NOOP("Settings", "PEM file of the CA that signs the collector's certificate (empty: the system's CAs).")),

    choice("captureSource", captureSources, "interface",
           QT_TRANSLATE_NOOP("Settings", "Where the traffic comes from: interface (live capture), file (a capture file) or proxy (a recording proxy).")),
    text("captureInterface", C::None,
         QT_TRANSLATE_NOOP("Settings", "Network interface to capture on (empty: every interface, libpcap's \"any\").")),
    text("captureFilter", C::None,
         QT_TRANSLATE_NOOP("Settings", "BPF filter of a live capture (empty: built from the device and LIS addresses).")),
    choice("captureFraming", framings, "auto",
           QT_TRANSLATE_NOOP("Settings", "Framing of the traffic: auto (detected), astm, e1381 or mllp.")),
    text("deviceIP", C::IpAddress,
         QT_TRANSLATE_NOOP("Settings", "IP address of the analyzer (empty: any).")),
    text("lisIP", C::IpAddress,
         QT_TRANSLATE_NOOP("Settings", "IP address of the LIS (empty: any).")),
    number("lisPort", 0, 0, 65535,
           QT_TRANSLATE_NOOP("Settings", "TCP port of the LIS (0: any).")),
    text("proxyListen", C::ListenAddress,
         QT_TRANSLATE_NOOP("Settings", "Where the recording proxy listens for devices: [ADDR:]PORT."), "2575"),
    text("proxyUpstream", C::HostPort,
         QT_TRANSLATE_NOOP("Settings", "Where the recording proxy forwards the traffic, the LIS: HOST:PORT.")),
    number("startByte", 5, 0, 255,
           QT_TRANSLATE_NOOP("Settings", "ASTM-style framing: the byte that starts a transmission (default 5, ENQ)."),
           C::MarkerByte),
    number("ackByte", 6, 0, 255,
           QT_TRANSLATE_NOOP("Settings", "ASTM-style framing: the byte that acknowledges (default 6, ACK)."),
           C::MarkerByte),
    number("endByte", 4, 0, 255,
           QT_TRANSLATE_NOOP("Settings", "ASTM-style framing: the byte that ends a transmission (default 4, EOT)."),
           C::MarkerByte),
    number("idleGapSeconds", 60, 1, 3600,
           QT_TRANSLATE_NOOP("Settings", "MLLP: a pause of this many seconds ends a session on a connection that stays open.")),

    flag("autoStartCapture", false,
         QT_TRANSLATE_NOOP("Settings", "Start capturing when the app starts.")),
    flag("startMinimized", false,
         QT_TRANSLATE_NOOP("Settings", "Start with the window minimized.")),
    flag("minimizeToTray", true,
         QT_TRANSLATE_NOOP("Settings", "Minimizing the window hides it in the system tray.")),
    flag("startAtLogin", false,
         QT_TRANSLATE_NOOP("Settings", "Start the app when you log in.")),
    choice("language", languages, "",
           QT_TRANSLATE_NOOP("Settings", "Language of the app: en, de, fr or es (empty: the system's language).")),
    choice("logLevel", logLevels, "info",
           QT_TRANSLATE_NOOP("Settings", "What the app writes to its log: error, warning, info or debug.")),
};

constexpr bool sameText(const char *a, const char *b)
{
    for (; *a && *a == *b; ++a, ++b) {
    }
    return *a == *b;
}

// Every default within its own rule, so a missing or refused value falls back to one that holds.
constexpr bool defaultsHold()
{
    for (const SettingSpec &s : specs) {
        if (s.defaultNumber < s.minimum || s.defaultNumber > s.maximum)
            return false;
        if ((s.check == C::OneOf) == s.choices.empty())
            return false;
        if (s.check == C::OneOf
            && std::none_of(s.choices.begin(), s.choices.end(), [&](const char *c) { return sameText(c, s.defaultText); }))
            return false;
        if (s.check == C::MarkerByte && (s.type != T::Int || s.maximum > 255))
            return false;
    }
    return true;
}
static_assert(defaultsHold());

// The value in a message: shortened, and left out for a secret.
QString got(const SettingSpec &spec, const QString &text)
{
    if (spec.secret)
        return {};
    const QString shown = text.size() > 80 ? text.left(80) + QStringLiteral("…") : text;
    return Tr::tr(" (got \"%1\")").arg(shown);
}

Result<QVariant> refuse(const SettingSpec &spec, const QString &text)
{
    return Result<QVariant>::failure(
        Tr::tr("%1 must be %2%3").arg(spec.key(), spec.allowedText(), got(spec, text)));
}

bool isOneLine(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            return false;
    }
    return true;
}

bool isHttpUrl(const QString &text)
{
    if (text.isEmpty())
        return true;
    for (QChar c : text) {
        if (c.isSpace())
            return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"))
        && !url.host().isEmpty();
}

bool isListenAddress(const QString &text)
{
    QString host;
    quint16 port = 0;
    return CaptureChecks::splitHostPort(text, host, port) && (host.isEmpty() || CaptureChecks::isIpAddress(host));
}

bool isHostPort(const QString &text)
{
    if (text.isEmpty())
        return true;
    QString host;
    quint16 port = 0;
    return CaptureChecks::splitHostPort(text, host, port) && CaptureChecks::isHostName(host);
}

// The rule a string must follow beyond one line of text, after OneOf was resolved.
bool holdsCheck(SettingSpec::Check check, const QString &text)
{
    switch (check) {
    case C::HttpUrl: return isHttpUrl(text);
    case C::IpAddress: return text.isEmpty() || CaptureChecks::isIpAddress(text);
    case C::ListenAddress: return isListenAddress(text);
    case C::HostPort: return isHostPort(text);
    case C::None: case C::ReadableFile: case C::OneOf: case C::MarkerByte: break;
    }
    return true;
}

QString quotedChoices(const QStringList &choices)
{
    QStringList quoted;
    for (const QString &c : choices) {
        if (!c.isEmpty())
            quoted.append(QStringLiteral("\"%1\"").arg(c));
    }
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QVariant SettingSpec::defaultValue() const
{
    switch (type) {
    case Type::Bool: return QVariant(defaultNumber != 0);
    case Type::Int: return QVariant(defaultNumber);
    case Type::String: return QVariant(QString::fromUtf8(defaultText));
    }
    return {};
}

QString SettingSpec::translatedDescription() const
{
    return QCoreApplication::translate("Settings", description);
}

QStringList SettingSpec::choiceList() const
{
    QStringList list;
    for (const char *c : choices)
        list.append(QString::fromUtf8(c));
    return list;
}

QString SettingSpec::allowedText() const
{
    switch (type) {
    case Type::Bool: return Tr::tr("true or false");
    case Type::Int:
        if (check == Check::MarkerByte)
            return Tr::tr("a byte from %1 to %2 (as 5 or 0x05) other than %3")
                .arg(minimum).arg(maximum).arg(CaptureChecks::reservedMarkerBytesText());
        return Tr::tr("a whole number from %1 to %2").arg(minimum).arg(maximum);
    case Type::String: break;
    }
    switch (check) {
    case Check::HttpUrl: return Tr::tr("empty or an absolute http:// or https:// URL");
    case Check::ReadableFile: return Tr::tr("empty or the path of a readable file");
    case Check::OneOf: {
        const QStringList list = choiceList();
        return list.contains(QString()) ? Tr::tr("empty or one of %1").arg(quotedChoices(list))
                                        : Tr::tr("one of %1").arg(quotedChoices(list));
    }
    case Check::IpAddress: return Tr::tr("empty or an IPv4 or IPv6 address, such as 192.168.1.20 or fe80::1");
    case Check::ListenAddress: return Tr::tr("a port from 1 to 65535, or ADDRESS:PORT with an IP address (such as 0.0.0.0:2575)");
    case Check::HostPort: return Tr::tr("empty or HOST:PORT, such as lis.example:2575 or 192.168.1.30:2575");
    case Check::None: case Check::MarkerByte: break;
    }
    return Tr::tr("one line of text without control characters");
}

Result<QVariant> SettingSpec::checkedNumber(qlonglong n, const QString &given) const
{
    if (n < minimum || n > maximum || (check == Check::MarkerByte && CaptureChecks::isReservedMarkerByte(int(n))))
        return refuse(*this, given);
    return Result<QVariant>::success(QVariant(int(n)));
}

Result<QVariant> SettingSpec::fromText(const QString &text) const
{
    switch (type) {
    case Type::Bool: {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1StringView("true") || t == QLatin1StringView("1") || t == QLatin1StringView("yes"))
            return Result<QVariant>::success(QVariant(true));
        if (t == QLatin1StringView("false") || t == QLatin1StringView("0") || t == QLatin1StringView("no"))
            return Result<QVariant>::success(QVariant(false));
        return refuse(*this, text);
    }
    case Type::Int: {
        if (check == Check::MarkerByte) {
            const std::optional<int> byte = CaptureChecks::parseByte(text.trimmed());
            return byte ? checkedNumber(*byte, text) : refuse(*this, text);
        }
        bool ok = false;
        const qlonglong n = text.trimmed().toLongLong(&ok, 10);
        return ok ? checkedNumber(n, text) : refuse(*this, text);
    }
    case Type::String:
        break;
    }
    if (!isOneLine(text))
        return Result<QVariant>::failure(Tr::tr("%1 must be one line of text without control characters").arg(key()));
    if (check == Check::OneOf) {
        for (const char *c : choices) {
            const QString allowed = QString::fromUtf8(c);
            if (text.trimmed().compare(allowed, Qt::CaseInsensitive) == 0)
                return Result<QVariant>::success(QVariant(allowed));
        }
        return refuse(*this, text);
    }
    if (!holdsCheck(check, text))
        return refuse(*this, text);
    return Result<QVariant>::success(QVariant(text));
}

Result<QVariant> SettingSpec::fromVariant(const QVariant &value) const
{
    const int id = value.metaType().id();
    if (id == QMetaType::QString)
        return fromText(value.toString());
    if (type == Type::Bool && id == QMetaType::Bool)
        return Result<QVariant>::success(QVariant(value.toBool()));
    if (type == Type::Int) {
        bool ok = false;
        qlonglong n = 0;
        switch (id) {
        case QMetaType::Int: case QMetaType::UInt: case QMetaType::Long: case QMetaType::ULong:
        case QMetaType::LongLong: case QMetaType::Short: case QMetaType::UShort:
            n = value.toLongLong(&ok);
            break;
        case QMetaType::ULongLong:
            ok = value.toULongLong() <= qulonglong(maximum);
            n = ok ? qlonglong(value.toULongLong()) : 0;
            break;
        case QMetaType::Double: {
            const double d = value.toDouble();
            ok = std::isfinite(d) && std::floor(d) == d && d >= minimum && d <= maximum;
            n = ok ? qlonglong(d) : 0;
            break;
        }
        default:
            break;
        }
        if (ok)
            return checkedNumber(n, value.toString());
    }
    return refuse(*this, value.toString());
}

Result<QVariant> SettingSpec::resolveInput(const QVariant &value) const
{
    Result<QVariant> typed = fromVariant(value);
    if (!typed || check != Check::ReadableFile || typed.value().toString().isEmpty())
        return typed;
    const QFileInfo info(typed.value().toString());
    const QString path = QDir::cleanPath(info.absoluteFilePath());
    QString problem;
    if (!info.exists())
        problem = Tr::tr("%1 does not exist").arg(path);
    else if (!info.isFile())
        problem = Tr::tr("%1 is not a file").arg(path);
    else if (QFile file(path); !file.open(QIODevice::ReadOnly))
        problem = Tr::tr("%1 cannot be read: %2").arg(path, file.errorString());
    if (!problem.isEmpty())
        return Result<QVariant>::failure(Tr::tr("%1 must be %2: %3").arg(key(), allowedText(), problem));
    return Result<QVariant>::success(QVariant(path));
}

QString SettingSpec::toText(const QVariant &value) const
{
    switch (type) {
    case Type::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Int: return QString::number(value.toInt());
    case Type::String: break;
    }
    return value.toString();
}

std::span<const SettingSpec> SettingSpec::all()
{
    return specs;
}

const SettingSpec *SettingSpec::find(QStringView key)
{
    for (const SettingSpec &s : specs) {
        if (key == QLatin1StringView(s.name))
            return &s;
    }
    return nullptr;
}

QString SettingSpec::unknownKeyMessage(const QString &key)
{
    QStringList names;
    for (const SettingSpec &s : specs)
        names.append(s.key());
    const QString shown = key.size() > 80 ? key.left(80) + QStringLiteral("…") : key;
    return Tr::tr("unknown setting \"%1\"; known settings: %2").arg(shown, names.join(QStringLiteral(", ")));
}

QString maskSecret(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QString stars = QStringLiteral("****");
    const qsizetype space = value.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return stars;
    const QString scheme = value.left(space);
    for (QChar c : scheme) {
        if (!c.isLetter() && c != QLatin1Char('-'))
            return stars;
    }
    return scheme + QLatin1Char(' ') + stars;
}

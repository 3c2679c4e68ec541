#include "settingspec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

#include <array>
#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

using T = SettingSpec::Type;
using C = SettingSpec::Check;

constexpr std::array<SettingSpec, 13> specs{{
    {"enablePersistence", T::Bool, 1, 0, 1, C::None, false,
     QT_TRANSLATE_NOOP("Settings", "Keep captured sessions on disk (off: they live in memory only).")},
    {"retentionDays", T::Int, 30, 1, 365, C::None, false,
     QT_TRANSLATE_NOOP("Settings", "Days a session is kept before the cleanup removes it.")},
    {"cleanupIntervalHours", T::Int, 24, 1, 168, C::None, false,
     QT_TRANSLATE_NOOP("Settings", "Hours between two runs of the retention cleanup.")},
    {"dryRunMode", T::Bool, 0, 0, 1, C::None, false,
     QT_TRANSLATE_NOOP("Settings", "The cleanup only reports what it would remove, and removes nothing.")},
    {"purgeUnsubmitted", T::Bool, 0, 0, 1, C::None, false,
     QT_TRANSLATE_NOOP("Settings", "The cleanup also removes expired sessions that were never submitted.")},
    {"submissionEndpoint", T::String, 0, 0, 0, C::HttpUrl, false,
     QT_TRANSLATE_NOOP("Settings", "URL of the REST collector that sessions are submitted to (empty: no submission).")},
    {"submissionAuthHeader", T::String, 0, 0, 0, C::None, true,
     QT_TRANSLATE_NOOP("Settings", "Authorization header sent to the collector, e.g. \"Bearer TOKEN\" (secret).")},
    {"submissionPerformer", T::String, 0, 0, 0, C::None, false,
     QT_TRANSLATE_NOOP("Settings", "Who the submissions are sent as (the performer).")},
    {"submissionConcurrency", T::Int, 2, 1, 10, C::None, false,
     QT_TRANSLATE_NOOP("Settings", "Submissions sent at the same time.")},
    {"submissionMaxRetries", T::Int, 3, 1, 10, C::None, false,
     QT_TRANSLATE_NOOP("Settings", "Attempts before a submission is marked failed.")},
    {"submissionIntervalMinutes", T::Int, 5, 1, 60, C::None, false,
     QT_TRANSLATE_NOOP("Settings", "Minutes between two rounds of submission.")},
    {"submissionTimeoutSeconds", T::Int, 30, 1, 300, C::None, false,
     QT_TRANSLATE_NOOP("Settings", "Seconds to wait for the collector's answer.")},
    {"submissionCaFile", T::String, 0, 0, 0, C::ReadableFile, false,
     QT_TRANSLATE_NOOP("Settings", "PEM file of the CA that signs the collector's certificate (empty: the system's CAs).")},
}};

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

} // namespace

QVariant SettingSpec::defaultValue() const
{
    switch (type) {
    case Type::Bool: return QVariant(defaultNumber != 0);
    case Type::Int: return QVariant(defaultNumber);
    case Type::String: return QVariant(QString());
    }
    return {};
}

QString SettingSpec::translatedDescription() const
{
    return QCoreApplication::translate("Settings", description);
}

QString SettingSpec::allowedText() const
{
    switch (type) {
    case Type::Bool: return Tr::tr("true or false");
    case Type::Int: return Tr::tr("a whole number from %1 to %2").arg(minimum).arg(maximum);
    case Type::String: break;
    }
    switch (check) {
    case Check::HttpUrl: return Tr::tr("empty or an absolute http:// or https:// URL");
    case Check::ReadableFile: return Tr::tr("empty or the path of a readable file");
    case Check::None: break;
    }
    return Tr::tr("one line of text without control characters");
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
        bool ok = false;
        const qlonglong n = text.trimmed().toLongLong(&ok, 10);
        if (!ok || n < minimum || n > maximum)
            return refuse(*this, text);
        return Result<QVariant>::success(QVariant(int(n)));
    }
    case Type::String:
        break;
    }
    if (!isOneLine(text))
        return Result<QVariant>::failure(Tr::tr("%1 must be one line of text without control characters").arg(key()));
    if (check == Check::HttpUrl && !isHttpUrl(text))
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
        if (ok && n >= minimum && n <= maximum)
            return Result<QVariant>::success(QVariant(int(n)));
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

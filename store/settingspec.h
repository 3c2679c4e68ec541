#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <span>

// The one table of settings: every key with its type, default, range and description. The names
// are the Electron app's, so its users recognise them.
struct SettingSpec
{
    enum class Type { Bool, Int, String };
    // What a value must be beyond its type and range: for a String, beyond one line of text.
    enum class Check {
        None,
        HttpUrl,       // empty, or an absolute http:// or https:// URL
        ReadableFile,  // empty, or a file that can be read when it is set
        OneOf,         // one of choices (case-insensitive, kept as spelled there)
        IpAddress,     // empty, or a literal IPv4 or IPv6 address
        ListenAddress, // [ADDR:]PORT, ADDR an IP address
        HostPort,      // empty, or HOST:PORT
        MarkerByte,    // Int: a byte that can mark ASTM-style transmissions, "5" or "0x05"
    };

    const char *name;
    Type type;
    int defaultNumber; // Bool: 0 or 1; Int: the number
    int minimum;
    int maximum;
    Check check;
    bool secret; // never printed or put in a message unless asked for
    const char *description; // QT_TRANSLATE_NOOP("Settings", …)
    const char *defaultText; // String: the default
    std::span<const char *const> choices; // OneOf: every allowed value, the default among them

    QString key() const { return QLatin1StringView(name); }
    QVariant defaultValue() const;
    QString translatedDescription() const;
    QStringList choiceList() const; // choices as strings; empty unless OneOf

    // What a person typed (the CLI, a dialog): "true"/"false"/"1"/"0"/"yes"/"no", decimal
    // integers, strings as they are. The error says what is allowed and, unless secret, what was given.
    Result<QVariant> fromText(const QString &text) const;
    // A typed value from code: a bool, an integral number, or a string (read as fromText).
    Result<QVariant> fromVariant(const QVariant &value) const;
    // fromVariant, plus what only applies to a value set now: a CA file must exist and be
    // readable, and is kept as an absolute path. A value read back from settings.ini is checked
    // for its shape only, so a CA file missing for a moment does not silently drop the setting.
    Result<QVariant> resolveInput(const QVariant &value) const;

    QString toText(const QVariant &value) const; // true/false, decimal, the string
    QString allowedText() const; // "a whole number from 1 to 365", "true or false", …

    static std::span<const SettingSpec> all();
    static const SettingSpec *find(QStringView key);
    static QString unknownKeyMessage(const QString &key);

private:
    Result<QVariant> checkedNumber(qlonglong n, const QString &given) const;
};

// "Bearer ****": keeps the scheme word of an Authorization value, hides the rest; empty stays empty.
QString maskSecret(const QString &value);

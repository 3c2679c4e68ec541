#pragma once

#include "result.h"
#include "session.h"

#include <QByteArray>
#include <QString>

// The session file format. Reads the Electron app's files (`_metadata.version` "1.0.0" and the
// older ones without `_metadata`) and our own schema 2; always writes schema 2, a superset of
// 1.0.0 that the Electron app reads as its own.
namespace SessionCodec {

inline constexpr int SchemaVersion = 2;
inline constexpr QLatin1StringView SchemaVersionString("2.0.0");
inline constexpr QLatin1StringView LegacyVersionString("1.0.0");

enum class Detail {
    Full,    // everything, including fields this version does not know
    Summary, // validated the same way, but unknown fields are skipped rather than kept
};

// Parses and validates one session file. When expectedId is given (the file's base name), the
// id inside must equal it. The error says which field is wrong and why.
Result<Session> decode(const QByteArray &json, const QString &expectedId = {}, Detail detail = Detail::Full);

QByteArray encode(const Session &session);

} // namespace SessionCodec

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

enum class SubmissionStatus { Pending, Submitted, Failed, Ignored };
enum class ElementType { Start, Ack, Nak, Message, End, Other };
enum class Direction { DeviceToPc, PcToDevice };

// The spellings the Electron app wrote; the JSON schema keeps them.
QString jsonName(SubmissionStatus status);
QString jsonName(ElementType type);
QString jsonName(Direction direction);
std::optional<SubmissionStatus> submissionStatusFromString(QStringView text);
std::optional<ElementType> elementTypeFromString(QStringView text);
std::optional<Direction> directionFromString(QStringView text);

constexpr qint64 MillisecondsPerDay = 86'400'000;
constexpr int DefaultRetentionDays = 30;
constexpr int MinRetentionDays = 1;
constexpr int MaxRetentionDays = 365;

// One unit of traffic as it crossed the wire: a control byte, an acknowledgement or a message.
// What the capture engine read in a message's MSH segment; the element's "hl7" object in the file.
struct MessageHeader
{
    QString type;
    QString controlId;
    QString sendingApplication;
    QString sendingFacility;
    QString version;
    QString charset; // the charset the text was decoded with

    friend bool operator==(const MessageHeader &, const MessageHeader &) = default;
};

struct Element
{
    QString id;
    qint64 timestamp = 0;
    Direction direction = Direction::DeviceToPc;
    ElementType type = ElementType::Other;
    QByteArray bytes;
    QJsonObject extra; // keys this version does not know, written back unchanged
    // A message's text without its framing, decoded with its charset: "content" and
    // "decodedMessage" in the file (the Electron app shows these). Null when the file has none,
    // or two that differ (those stay in extra). Fields rather than extra keys: a capture makes
    // one per message, and building JSON objects for them cost three times the decoding itself.
    QString text;
    std::optional<MessageHeader> header;

    friend bool operator==(const Element &, const Element &) = default;
};

// One device transmission: ENQ to EOT, or one MLLP connection's exchange.
struct Session
{
    QString id;
    qint64 sessionNumber = 0; // "sessionId" in the file: the number people use to name a session
    qint64 startTime = 0;
    std::optional<qint64> endTime;
    QString deviceIp;
    QString lisIp;
    QList<Element> elements;
    QStringList messages;
    bool complete = false;

    SubmissionStatus submissionStatus = SubmissionStatus::Pending;
    int submissionAttempts = 0;
    std::optional<qint64> submittedAt;
    QString submissionError;
    // Top-level keys of our own (the Electron app keeps them as unknown keys): when the last
    // attempt was made, and when the next one is due while a retry waits.
    std::optional<qint64> lastSubmissionAttemptAt;
    std::optional<qint64> nextSubmissionAttemptAt;

    int retentionDays = DefaultRetentionDays;
    qint64 savedAt = 0;
    QString schemaVersion; // what the file said when it was read; empty for a new session
    QJsonObject extra;     // top-level keys this version does not know, written back unchanged

    qint64 persistedUntil() const { return startTime + qint64(retentionDays) * MillisecondsPerDay; }

    friend bool operator==(const Session &, const Session &) = default;
};

Q_DECLARE_METATYPE(Session)

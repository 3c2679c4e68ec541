#include "benchsessions.h"

#include "sessioncodec.h"
#include "sessionfactory.h"

#include <QtGlobal>

#include <cmath>

namespace BenchSessions {

namespace {

constexpr qint64 ModelStartTime = 1'790'000'000'000;

qsizetype encodedSize(int messages, int messageBytes, int seed)
{
    return SessionCodec::encode(SessionFactory::make(messages, messageBytes, ModelStartTime, seed)).size();
}

} // namespace

Session ofSize(int targetBytes, int seed)
{
    const int messages = qBound(1, targetBytes / 6'000, 50);
    // The file grows linearly with the message length (hex, byte array and three text copies of
    // each byte), so two probes and a few secant steps find the length.
    int low = 64, high = 2'048;
    qsizetype lowSize = encodedSize(messages, low, seed), highSize = encodedSize(messages, high, seed);
    int best = std::abs(lowSize - targetBytes) < std::abs(highSize - targetBytes) ? low : high;
    qsizetype bestSize = best == low ? lowSize : highSize;
    for (int step = 0; step < 8 && highSize != lowSize; ++step) {
        const double slope = double(highSize - lowSize) / double(high - low);
        const int next = qMax(16, int(std::lround(high + (targetBytes - highSize) / slope)));
        if (next == high)
            break;
        const qsizetype nextSize = encodedSize(messages, next, seed);
        if (std::abs(nextSize - targetBytes) < std::abs(bestSize - targetBytes)) {
            best = next;
            bestSize = nextSize;
        }
        if (std::abs(nextSize - targetBytes) <= targetBytes / 100)
            break;
        low = high;
        lowSize = highSize;
        high = next;
        highSize = nextSize;
    }
    return SessionFactory::make(messages, best, ModelStartTime, seed);
}

Session numbered(const Session &model, qint64 startTime, int index)
{
    Session s = model;
    const qint64 shift = startTime - model.startTime;
    s.startTime = startTime;
    if (s.endTime)
        *s.endTime += shift;
    for (Element &e : s.elements)
        e.timestamp += shift;
    s.id = QStringLiteral("session-%1-%2").arg(startTime).arg(uint(index), 8, 16, QLatin1Char('0'));
    s.sessionNumber = index + 1;
    s.savedAt = (s.endTime ? *s.endTime : startTime) + 1'000;
    switch (index % 10) {
    case 0:
    case 1:
        s.submissionStatus = SubmissionStatus::Pending;
        break;
    case 2:
        s.submissionStatus = SubmissionStatus::Failed;
        s.submissionAttempts = 3;
        s.submissionError = QStringLiteral("connection refused by the LIS");
        break;
    case 3:
        s.submissionStatus = SubmissionStatus::Ignored;
        break;
    default:
        s.submissionStatus = SubmissionStatus::Submitted;
        s.submissionAttempts = 1;
        s.submittedAt = s.savedAt + 500;
        break;
    }
    return s;
}

QString patientIdOf(int index, int message)
{
    return QStringLiteral("TEST%1").arg(qint64(index) * 4 + message + 1);
}

Session withOwnValues(const Session &s, int index)
{
    Session out = s;
    int k = 0;
    for (Element &e : out.elements) {
        if (e.type != ElementType::Message || e.direction != Direction::DeviceToPc || k >= out.messages.size())
            continue;
        // SessionFactory ends each message with CR LF, outside the length it was asked for.
        const int length = int(out.messages.at(k).size()) - 2;
        const QString text = SessionFactory::hl7Message(int(qint64(index) * 4 + k + 1), length) + QStringLiteral("\r\n");
        out.messages[k] = text;
        e.bytes = text.toUtf8();
        ++k;
    }
    return out;
}

} // namespace BenchSessions

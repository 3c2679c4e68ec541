#include "captureimport.h"

#include "pcapfile.h"
#include "sessionrepository.h"

#include <QJsonArray>
#include <QSet>

QJsonObject CaptureImportReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("packets"), double(packets)},
        {QStringLiteral("bytes"), double(bytes)},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("incompleteSessions"), incompleteSessions},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("skipped"), skipped},
    };
}

Result<CaptureImportReport> importCaptureFile(const QString &path, const CaptureSettings &settings,
                                              SessionRepository &repository)
{
    auto opened = PcapFile::open(path);
    if (!opened)
        return Result<CaptureImportReport>::failure(opened.error());
    PcapFile &file = *opened.value();

    QSet<QByteArray> known;
    for (const SessionSummary &s : repository.summaries())
        known.insert(s.fingerprint);

    CaptureImportReport report;
    CaptureEngine engine(settings);
    auto store = [&]() -> Status {
        for (Session &session : engine.takeCompleted()) {
            ++report.sessions;
            report.messages += int(session.messages.size());
            if (!session.complete)
                ++report.incompleteSessions;
            const QByteArray fingerprint = captureFingerprint(session);
            if (known.contains(fingerprint)) {
                ++report.skipped;
                continue;
            }
            if (repository.exists(session.id)) // a new session never replaces one with its id
                session.id = repository.newId(session.startTime);
            Result<SessionSummary> saved = repository.save(std::move(session));
            if (!saved)
                return Status::failure(saved.error());
            known.insert(fingerprint);
            ++report.imported;
        }
        return succeeded();
    };

    QByteArrayView frame;
    qint64 timestampUs = 0, lastUs = 0;
    PcapFile::Next next;
    while ((next = file.next(frame, timestampUs)) == PcapFile::Next::Frame) {
        engine.addFrame(file.linkType(), frame, timestampUs);
        lastUs = timestampUs;
        if (Status s = store(); !s)
            return Result<CaptureImportReport>::failure(s.error());
    }
    if (next == PcapFile::Next::Error)
        report.warnings.append(file.error());
    engine.finish(lastUs);
    if (Status s = store(); !s)
        return Result<CaptureImportReport>::failure(s.error());
    report.packets = engine.frames();
    report.bytes = engine.bytes();
    report.warnings += engine.warnings();
    return Result<CaptureImportReport>::success(report);
}

#pragma once

#include "capturetypes.h"
#include "framing.h"
#include "framingdecoder.h"
#include "sessionbuilder.h"
#include "tcpreassembler.h"

#include <QStringList>

#include <memory>
#include <unordered_map>

struct CaptureSettings
{
    Framing framing = Framing::Auto;
    FramingOptions framingOptions;
    SessionBuilder::Options sessions;
};

// From captured frames, or from streams the proxy recorded, to sessions: TCP reassembly, the
// framing of each connection (given, or detected from its first bytes), then SessionBuilder.
class CaptureEngine
{
public:
    explicit CaptureEngine(const CaptureSettings &settings);
    ~CaptureEngine();
    Q_DISABLE_COPY_MOVE(CaptureEngine)

    // A captured frame; one that is malformed is counted and skipped, never fatal.
    void addFrame(int linkType, QByteArrayView frame, qint64 timestampUs);

    // Streams that arrive already in order (the proxy).
    void openConnection(quint64 connection, const Endpoint &client, const Endpoint &server, qint64 timestampUs);
    void addStreamData(quint64 connection, bool fromClient, const QByteArray &bytes, qint64 timestampUs);
    void closeConnection(quint64 connection, qint64 timestampUs);

    // The end of the input: open connections are closed and their sessions completed.
    void finish(qint64 timestampUs);

    // Live sources call this while no traffic arrives: MLLP sessions end after their idle gap,
    // and connections silent for ConnectionIdleUs are closed so a long capture stays bounded.
    void advanceTime(qint64 nowUs);
    static constexpr qint64 ConnectionIdleUs = 3600LL * 1000 * 1000;

    QList<Session> takeCompleted() { return m_builder.takeCompleted(); }
    QList<Session> openSessions() const { return m_builder.openSessions(); }

    quint64 frames() const { return m_frames; }
    quint64 bytes() const { return m_bytes; }
    quint64 skippedFrames() const { return m_skippedFrames; }
    QStringList warnings() const { return m_warnings; }

private:
    struct Pending
    {
        bool fromClient;
        QByteArray bytes;
        qint64 timestampUs;
        bool gap = false; // bytes never arrived here: the decoder is cut off before what follows
    };
    struct Connection
    {
        std::optional<Framing> framing;
        std::unique_ptr<FramingDecoder> decoders[2]; // [fromClient]
        QList<Pending> undecided;                    // bytes seen before the framing was known
        QByteArray firstBytes;
        qsizetype detectAgainAt = 0;                 // firstBytes' size for the next detection
    };

    void handle(const TcpReassembler::Event &event);
    void data(quint64 id, bool fromClient, const QByteArray &bytes, qint64 timestampUs);
    void decide(quint64 id, Connection &c, Framing framing);
    void feed(quint64 id, Connection &c, bool fromClient, const QByteArray &bytes, qint64 timestampUs);
    void flush(quint64 id, Connection &c, bool fromClient);
    void warn(const QString &warning);

    CaptureSettings m_settings;
    SessionBuilder m_builder;
    TcpReassembler m_reassembler;
    std::unordered_map<quint64, Connection> m_connections; // owns decoders: not copyable, so no QHash
    quint64 m_frames = 0;
    quint64 m_bytes = 0;
    quint64 m_skippedFrames = 0;
    QStringList m_warnings;
};

#pragma once

#include "capturetypes.h"
#include "framing.h"
#include "session.h"

#include <QHash>
#include <QList>

#include <optional>

// Why a session is incomplete, in words, under this key of Session::extra.
inline constexpr QLatin1StringView IncompleteReasonKey("incompleteReason");

// Turns the framed elements of TCP connections into sessions: one device transmission (ENQ to
// EOT), or for MLLP one connection's exchange, closed by the connection's end or an idle gap.
// Connections never mix, whatever their timing.
class SessionBuilder
{
public:
    struct Options
    {
        QString deviceIp;             // empty: not configured
        QString lisIp;                // empty: not configured
        std::optional<quint16> lisPort;
        qint64 idleGapUs = 60'000'000; // MLLP: a pause this long ends the session
    };

    explicit SessionBuilder(Options options);

    void openConnection(quint64 connection, const Endpoint &client, const Endpoint &server, qint64 timestampUs);
    // MLLP: sessions per exchange; the others: ENQ…EOT transmissions. Sessions record which.
    void setFraming(quint64 connection, Framing framing);
    void addElements(quint64 connection, bool fromClient, const QList<FramedElement> &elements);
    // Bytes that never arrived: the session is incomplete, and says why.
    void addGap(quint64 connection, bool fromClient, qint64 missingBytes, qint64 timestampUs);
    void closeConnection(quint64 connection, qint64 timestampUs);
    // Time passed without traffic (live sources): MLLP sessions idle for the gap are complete.
    void expireIdle(qint64 nowUs);

    QList<Session> takeCompleted();
    QList<Session> openSessions() const; // still being captured, for a live view

private:
    struct Connection
    {
        Endpoint client;
        Endpoint server;
        bool mllp = false;
        Framing framing = Framing::Astm;
        std::optional<bool> deviceIsClient;
        std::optional<Session> session;
        qint64 lastElementUs = 0;
    };

    bool deviceIsClient(Connection &c, bool fromClient, const FramedElement &first) const;
    void startSession(Connection &c, qint64 timestampUs);
    void finishSession(Connection &c, bool complete, const QString &reason = {});
    void append(Connection &c, bool fromDevice, const FramedElement &element);

    Options m_options;
    QHash<quint64, Connection> m_connections;
    QList<Session> m_completed;
};

#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Where a capture's traffic comes from: a capture file, a network interface through libpcap, or
// the recording proxy between devices and the LIS.
struct CaptureSource
{
    enum class Kind { File, Interface, Proxy };

    Kind kind = Kind::File;
    QString path;          // File
    QString interfaceName; // Interface
    QString filter;        // Interface: a BPF expression; empty: built from the addresses
    QHostAddress listenAddress{QHostAddress::Any}; // Proxy
    quint16 listenPort = 0;
    QString upstreamHost;
    quint16 upstreamPort = 0;

    static CaptureSource file(const QString &path)
    {
        CaptureSource s;
        s.kind = Kind::File;
        s.path = path;
        return s;
    }
    static CaptureSource networkInterface(const QString &name, const QString &filter = {})
    {
        CaptureSource s;
        s.kind = Kind::Interface;
        s.interfaceName = name;
        s.filter = filter;
        return s;
    }
    static CaptureSource proxy(const QHostAddress &address, quint16 port, const QString &upstreamHost, quint16 upstreamPort)
    {
        CaptureSource s;
        s.kind = Kind::Proxy;
        s.listenAddress = address;
        s.listenPort = port;
        s.upstreamHost = upstreamHost;
        s.upstreamPort = upstreamPort;
        return s;
    }
};

// What one run of a capture saw and produced.
struct CaptureStatistics
{
    quint64 frames = 0;  // packets read (files, interfaces) or pieces relayed (proxy)
    quint64 bytes = 0;
    int sessions = 0;    // completed and handed to the store
    int messages = 0;
    int incompleteSessions = 0;
    QStringList warnings;

    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(CaptureStatistics)

#pragma once

#include "captureengine.h"
#include "capturesource.h"
#include "settings.h"

#include <QString>

#include <optional>

// A capture as the app's settings describe it (the keys captureSource to idleGapSeconds), and
// the source and settings CaptureService runs it with, read by the rules the CLI's capture
// options follow (CaptureChecks for ports and marker bytes, framingFromString for framings).
struct CaptureConfig
{
    CaptureSource::Kind kind = CaptureSource::Kind::Interface;
    QString interfaceName; // empty: every interface (libpcap's "any")
    QString filter;        // empty: built from the addresses (captureFilter())
    QString framing = QStringLiteral("auto");
    QString deviceIp;      // empty: any
    QString lisIp;         // empty: any
    int lisPort = 0;       // 0: any
    QString proxyListen = QStringLiteral("2575"); // [ADDR:]PORT
    QString proxyUpstream; // HOST:PORT; the proxy needs it
    int startByte = FramingByte::Enq;
    int ackByte = FramingByte::Ack;
    int endByte = FramingByte::Eot;
    int idleGapSeconds = 60;

    static CaptureConfig fromSettings(const Settings &settings);
    // Every key above with its value, for Settings::set() (all or nothing).
    Settings::Changes settingsChanges() const;

    // "interface", "file", "proxy": the values of the setting captureSource.
    static QString kindName(CaptureSource::Kind kind);
    static std::optional<CaptureSource::Kind> kindFromName(QStringView name);

    enum class Field { Interface, Filter, Framing, DeviceIp, LisIp, LisPort, ProxyListen, ProxyUpstream, MarkerBytes, IdleGap };
    struct Problem
    {
        Field field;
        QString message; // a sentence for a person
    };
    // The first value that cannot be used; nullopt when the capture can start as configured.
    std::optional<Problem> problem() const;

    // What the capture engine runs with. Only meaningful when problem() is nullopt.
    CaptureSettings captureSettings() const;
    // Where the traffic comes from; filePath for a File capture. Only meaningful when problem() is nullopt.
    CaptureSource source(const QString &filePath = {}) const;
};

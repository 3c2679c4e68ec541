#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

typedef struct pcap pcap_t;

// The BPF filter for the configured addresses: `tcp and (host A or host B or port P)`, or plain
// `tcp` when none is set.
QString captureFilter(const QString &deviceIp, const QString &lisIp, std::optional<quint16> lisPort);

// A network interface libpcap can capture on, as pcap_findalldevs() lists it.
struct CaptureInterface
{
    QString name;        // what LiveCapture::open() takes: "eth0", "lo", "any"
    QString description; // libpcap's, often empty on Linux
    QStringList addresses; // its IPv4 and IPv6 addresses
    bool loopback = false;
    bool up = false;
    bool running = false; // up, and its link is connected
};

// Live capture on one interface through libpcap. next() waits at most a short while, so the
// thread that calls it can notice stop() from another thread.
class LiveCapture
{
public:
    // filter: a BPF expression (see captureFilter()). Without the privilege to capture, the error
    // says so in one sentence and points to the recording proxy.
    static Result<std::unique_ptr<LiveCapture>> open(const QString &interfaceName, const QString &filter);
    ~LiveCapture();
    Q_DISABLE_COPY_MOVE(LiveCapture)

    // Every interface, in libpcap's order (the busiest first). Listing needs no privilege, though
    // without one some interfaces may be missing.
    static Result<QList<CaptureInterface>> interfaces();
    // Whether this process may capture on interfaceName (root or CAP_NET_RAW): libpcap activates
    // it and closes it again. Only a refused privilege counts: other failures are open()'s to tell.
    static bool mayCapture(const QString &interfaceName);

    int linkType() const;

    enum class Next { Frame, Timeout, Stopped, Error };
    Next next(QByteArrayView &frame, qint64 &timestampUs);
    QString error() const { return m_error; }

    // From any thread: next() returns Stopped, at once even while it waits for traffic.
    void stop();

private:
    LiveCapture(pcap_t *handle, QString interfaceName);

    pcap_t *m_handle;
    QString m_interface;
    QString m_error;
    std::atomic<bool> m_stopped{false};
};

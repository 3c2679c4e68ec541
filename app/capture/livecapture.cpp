#include "livecapture.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QStringList>

#include <pcap/pcap.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiveCapture)
};

constexpr int SnapshotLength = 262144;
constexpr int ReadTimeoutMs = 100;

QString pcapError(pcap_t *handle)
{
    return QString::fromLocal8Bit(pcap_geterr(handle));
}
} // namespace

QString captureFilter(const QString &deviceIp, const QString &lisIp, std::optional<quint16> lisPort)
{
    QStringList terms;
    if (!deviceIp.isEmpty())
        terms.append(QStringLiteral("host %1").arg(deviceIp));
    if (!lisIp.isEmpty())
        terms.append(QStringLiteral("host %1").arg(lisIp));
    if (lisPort)
        terms.append(QStringLiteral("port %1").arg(*lisPort));
    if (terms.isEmpty())
        return QStringLiteral("tcp");
    return QStringLiteral("tcp and (%1)").arg(terms.join(QStringLiteral(" or ")));
}

Result<std::unique_ptr<LiveCapture>> LiveCapture::open(const QString &interfaceName, const QString &filter)
{
    using R = Result<std::unique_ptr<LiveCapture>>;
    char error[PCAP_ERRBUF_SIZE] = {};
    pcap_t *handle = pcap_create(QFile::encodeName(interfaceName).constData(), error);
    if (!handle)
        return R::failure(Tr::tr("cannot capture on %1: %2").arg(interfaceName, QString::fromLocal8Bit(error)));
    pcap_set_snaplen(handle, SnapshotLength);
    pcap_set_timeout(handle, ReadTimeoutMs);
    pcap_set_immediate_mode(handle, 1);
    const int activated = pcap_activate(handle);
    if (activated < 0) {
        QString message;
        if (activated == PCAP_ERROR_PERM_DENIED)
            message = Tr::tr("HL7 Capture may not capture on %1 without the capture privilege; give it "
                             "CAP_NET_RAW, or record through the proxy instead (hl7capture-cli proxy).")
                          .arg(interfaceName);
        else if (activated == PCAP_ERROR_NO_SUCH_DEVICE)
            message = Tr::tr("there is no network interface %1").arg(interfaceName);
        else
            message = Tr::tr("cannot capture on %1: %2").arg(interfaceName, pcapError(handle));
        pcap_close(handle);
        return R::failure(message);
    }
    bpf_program program{};
    if (pcap_compile(handle, &program, filter.toLocal8Bit().constData(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        const QString message = Tr::tr("the capture filter \"%1\" is not valid: %2").arg(filter, pcapError(handle));
        pcap_close(handle);
        return R::failure(message);
    }
    const int applied = pcap_setfilter(handle, &program);
    pcap_freecode(&program);
    if (applied != 0) {
        const QString message = Tr::tr("cannot apply the capture filter \"%1\": %2").arg(filter, pcapError(handle));
        pcap_close(handle);
        return R::failure(message);
    }
    return R::success(std::unique_ptr<LiveCapture>(new LiveCapture(handle, interfaceName)));
}

LiveCapture::LiveCapture(pcap_t *handle, QString interfaceName)
    : m_handle(handle)
    , m_interface(std::move(interfaceName))
{
}

LiveCapture::~LiveCapture()
{
    pcap_close(m_handle);
}

void LiveCapture::stop()
{
    m_stopped = true;
    pcap_breakloop(m_handle); // since libpcap 1.10 this wakes a thread blocked in pcap_next_ex()
}

int LiveCapture::linkType() const
{
    return pcap_datalink(m_handle);
}

LiveCapture::Next LiveCapture::next(QByteArrayView &frame, qint64 &timestampUs)
{
    if (m_stopped)
        return Next::Stopped;
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    const int rc = pcap_next_ex(m_handle, &header, &data);
    if (rc == 0 || rc == PCAP_ERROR_BREAK)
        return m_stopped ? Next::Stopped : Next::Timeout;
    if (rc != 1) {
        m_error = Tr::tr("capture on %1 stopped: %2").arg(m_interface, pcapError(m_handle));
        return Next::Error;
    }
    frame = QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(header->caplen));
    timestampUs = qint64(header->ts.tv_sec) * 1'000'000 + header->ts.tv_usec;
    return Next::Frame;
}

Result<QList<CaptureInterface>> LiveCapture::interfaces()
{
    using R = Result<QList<CaptureInterface>>;
    char error[PCAP_ERRBUF_SIZE] = {};
    pcap_if_t *all = nullptr;
    if (pcap_findalldevs(&all, error) != 0)
        return R::failure(Tr::tr("cannot list the network interfaces: %1").arg(QString::fromLocal8Bit(error)));
    QList<CaptureInterface> list;
    for (const pcap_if_t *device = all; device; device = device->next) {
        CaptureInterface entry;
        entry.name = QFile::decodeName(device->name);
        entry.description = QString::fromLocal8Bit(device->description);
        entry.loopback = device->flags & PCAP_IF_LOOPBACK;
        entry.up = device->flags & PCAP_IF_UP;
        entry.running = device->flags & PCAP_IF_RUNNING;
        for (const pcap_addr_t *a = device->addresses; a; a = a->next) {
            // Link-layer entries (AF_PACKET) are not addresses a person filters by.
            if (a->addr && (a->addr->sa_family == AF_INET || a->addr->sa_family == AF_INET6))
                entry.addresses.append(QHostAddress(a->addr).toString());
        }
        list.append(entry);
    }
    pcap_freealldevs(all);
    return R::success(list);
}

bool LiveCapture::mayCapture(const QString &interfaceName)
{
    char error[PCAP_ERRBUF_SIZE] = {};
    pcap_t *handle = pcap_create(QFile::encodeName(interfaceName).constData(), error);
    if (!handle)
        return true;
    const int activated = pcap_activate(handle);
    pcap_close(handle);
    return activated != PCAP_ERROR_PERM_DENIED;
}

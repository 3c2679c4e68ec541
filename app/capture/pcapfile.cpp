#include "pcapfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <pcap/pcap.h>

#include <algorithm>
#include <cstdio>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PcapFile)
};
} // namespace

Result<std::unique_ptr<PcapFile>> PcapFile::open(const QString &path)
{
    char error[PCAP_ERRBUF_SIZE] = {};
    pcap_t *handle = pcap_open_offline_with_tstamp_precision(QFile::encodeName(path).constData(),
                                                             PCAP_TSTAMP_PRECISION_MICRO, error);
    if (!handle)
        return Result<std::unique_ptr<PcapFile>>::failure(
            Tr::tr("cannot read the capture file %1: %2").arg(path, QString::fromLocal8Bit(error)));
    return Result<std::unique_ptr<PcapFile>>::success(std::unique_ptr<PcapFile>(new PcapFile(handle, path)));
}

PcapFile::PcapFile(pcap_t *handle, QString path)
    : m_handle(handle)
    , m_path(std::move(path))
    , m_fileSize(QFileInfo(m_path).size())
{
}

PcapFile::~PcapFile()
{
    pcap_close(m_handle);
}

int PcapFile::linkType() const
{
    return pcap_datalink(m_handle);
}

qint64 PcapFile::position() const
{
    FILE *stream = pcap_file(m_handle);
    const long offset = stream ? std::ftell(stream) : -1L;
    return offset < 0 ? 0 : qint64(offset);
}

QString PcapFile::linkTypeName() const
{
    const char *name = pcap_datalink_val_to_name(linkType());
    return name ? QString::fromLatin1(name) : QString::number(linkType());
}

PcapFile::Next PcapFile::next(QByteArrayView &frame, qint64 &timestampUs)
{
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    const int rc = pcap_next_ex(m_handle, &header, &data);
    if (rc == PCAP_ERROR_BREAK)
        return Next::End;
    if (rc != 1) {
        m_error = Tr::tr("%1 is damaged after %2 frames: %3")
                      .arg(m_path)
                      .arg(m_frames)
                      .arg(QString::fromLocal8Bit(pcap_geterr(m_handle)));
        return Next::Error;
    }
    frame = QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(header->caplen));
    // pcapng holds 64-bit times and libpcap reads pcap's as signed 32-bit, so a damaged file
    // can put a frame anywhere from 1901 to 584 000 years on: kept to years 1970-9999, times
    // cannot overflow here, nor differences of them later, and no session starts before 1970.
    constexpr qint64 MaxSeconds = 253'402'300'799; // 9999-12-31 23:59:59 UTC
    timestampUs = std::clamp<qint64>(header->ts.tv_sec, 0, MaxSeconds) * 1'000'000 + header->ts.tv_usec;
    ++m_frames;
    m_bytes += header->caplen;
    return Next::Frame;
}

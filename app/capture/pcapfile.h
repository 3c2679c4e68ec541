#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

typedef struct pcap pcap_t;

// A capture file read through libpcap: pcap and pcapng, any link type libpcap knows.
class PcapFile
{
public:
    static Result<std::unique_ptr<PcapFile>> open(const QString &path);
    ~PcapFile();
    Q_DISABLE_COPY_MOVE(PcapFile)

    int linkType() const;
    QString linkTypeName() const;

    enum class Next { Frame, End, Error };
    // The next frame and its capture time; the view stays valid until the next call. At Error
    // (a truncated or damaged file), error() says what libpcap found; frames before it stand.
    Next next(QByteArrayView &frame, qint64 &timestampUs);
    QString error() const { return m_error; }

    quint64 framesRead() const { return m_frames; }
    quint64 bytesRead() const { return m_bytes; }
    // How far into the file reading has come, and the file's size: progress for large files.
    qint64 position() const;
    qint64 fileSize() const { return m_fileSize; }

private:
    PcapFile(pcap_t *handle, QString path);

    pcap_t *m_handle;
    QString m_path;
    QString m_error;
    quint64 m_frames = 0;
    quint64 m_bytes = 0;
    qint64 m_fileSize = 0;
};

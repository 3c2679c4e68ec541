#pragma once

// The layout of fuzz_capture's input, read by the fuzz target and written by the seed generator.
//
//   byte 0    mode (modulo 4), see Mode
//   mode File: the rest of the input is a capture file
//   otherwise: a settings header, then records until the input ends
//     settings  flags (Setting), element limit, link type / buffer limit, and when
//               Setting::ControlBytes is set, the start, ack and end bytes
//     record    flags (Record), payload length, [when Record::Extended: sequence offset
//               (signed; -128 jumps 2^30 ahead) and time step], payload
//
// Every byte sequence is a valid input: what is missing at the end reads as zero or empty.

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace FuzzInput {

enum class Mode : quint8 {
    Frames = 0,  // records become frames for CaptureEngine::addFrame
    File = 1,    // the rest is a capture file for PcapFile
    Parts = 2,   // records go straight into TcpReassembler, the decoders and SessionBuilder
    Streams = 3, // records are in-order stream data for CaptureEngine, as the proxy feeds it
};

namespace Setting {
inline constexpr quint8 FramingMask = 0x03; // Framing: Auto, Astm, E1381, Mllp
inline constexpr quint8 SmallElements = 0x04;
inline constexpr quint8 ControlBytes = 0x08;
inline constexpr quint8 DeviceIp = 0x10;
inline constexpr quint8 LisPort = 0x20;
inline constexpr quint8 AdvanceTime = 0x40; // the live sources' idle handling after each record
inline constexpr quint8 Ipv6 = 0x80;
} // namespace Setting

namespace Record {
inline constexpr quint8 FromClient = 0x01;
inline constexpr quint8 ConnectionShift = 1; // two bits: one of four clients
inline constexpr quint8 ConnectionMask = 0x06;
inline constexpr quint8 Syn = 0x08;
inline constexpr quint8 Fin = 0x10;
inline constexpr quint8 Rst = 0x20;
inline constexpr quint8 Ack = 0x40;
inline constexpr quint8 Extended = 0x80;
// All of SYN, FIN and RST: in Frames mode the payload is a whole frame, taken as it is.
inline constexpr quint8 RawFrame = Syn | Fin | Rst;
} // namespace Record

class Reader
{
public:
    Reader(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}

    bool atEnd() const { return m_at >= m_size; }
    quint8 byte() { return m_at < m_size ? m_data[m_at++] : 0; }
    QByteArray bytes(size_t count)
    {
        const size_t n = count < m_size - m_at ? count : m_size - m_at;
        QByteArray out(reinterpret_cast<const char *>(m_data + m_at), qsizetype(n));
        m_at += n;
        return out;
    }
    QByteArray rest() { return bytes(m_size - m_at); }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

// Builds inputs for the seed corpus.
class Writer
{
public:
    Writer(Mode mode, quint8 settings, quint8 elementLimit = 0, quint8 linkOrBuffer = 0)
    {
        m_out.append(char(mode));
        m_out.append(char(settings));
        m_out.append(char(elementLimit));
        m_out.append(char(linkOrBuffer));
    }
    void controlBytes(char start, char ack, char end)
    {
        m_out.append(start);
        m_out.append(ack);
        m_out.append(end);
    }
    // payload is cut to 255 bytes; longer data needs several records.
    void record(quint8 flags, const QByteArray &payload, qint8 offset = 0, quint8 timeStep = 0)
    {
        const QByteArray p = payload.left(255);
        if (offset != 0 || timeStep != 0)
            flags |= Record::Extended;
        m_out.append(char(flags));
        m_out.append(char(p.size()));
        if (flags & Record::Extended) {
            m_out.append(char(offset));
            m_out.append(char(timeStep));
        }
        m_out += p;
    }
    // Data of any length, as records of at most chunk bytes.
    void data(quint8 flags, const QByteArray &bytes, qsizetype chunk = 255)
    {
        for (qsizetype at = 0; at < bytes.size(); at += chunk)
            record(flags, bytes.mid(at, chunk));
    }
    const QByteArray &bytes() const { return m_out; }

private:
    QByteArray m_out;
};

} // namespace FuzzInput

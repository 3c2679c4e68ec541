#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

// The framings a connection's byte stream can use, their command-line spellings, and the
// detection that picks one from the first bytes of a connection.
enum class Framing { Auto, Astm, E1381, Mllp };

// The control bytes the framings use.
namespace FramingByte {
inline constexpr char Stx = 0x02;
inline constexpr char Etx = 0x03;
inline constexpr char Eot = 0x04;
inline constexpr char Enq = 0x05;
inline constexpr char Ack = 0x06;
inline constexpr char Vt = 0x0B;
inline constexpr char Nak = 0x15;
inline constexpr char Etb = 0x17;
inline constexpr char Fs = 0x1C;
inline constexpr char Cr = '\r';
inline constexpr char Lf = '\n';
} // namespace FramingByte

// "auto", "astm", "e1381", "mllp": the values of the command-line option.
QString framingName(Framing framing);
std::optional<Framing> framingFromString(QStringView text); // case-insensitive; nullopt when unknown

// Once this many bytes have been seen without a decision, detectFraming() settles on Astm, the
// default of the system we replace, so callers never need to keep more than this.
inline constexpr qsizetype FramingDetectionLimit = 64 * 1024;

// Which framing the first bytes of a connection use (either direction, or both concatenated):
// a VT first means MLLP; an STX followed by a frame number 1-7 and, later, ETB or ETX, two hex
// digits and CR LF means E1381; ENQ or STX otherwise means the ASTM-style handshake. Bytes
// before the first of those are skipped. Never returns Framing::Auto; nullopt while undecided.
std::optional<Framing> detectFraming(QByteArrayView firstBytes);

#pragma once

#include <QtGlobal>

#include <cstring>

// Byte-level helpers shared by JsonReader and JsonWriter.
namespace JsonBytes {

// True when any byte of the eight in word is below 0x20, a quote or a backslash, or (when
// highBitToo) has its high bit set. "Has a byte below n" and "has a zero byte" are the classic
// word tricks; they are exact as a yes/no.
inline bool anySpecial(quint64 word, bool highBitToo)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const quint64 quote = word ^ (ones * '"');
    const quint64 backslash = word ^ (ones * '\\');
    quint64 found = ((word - ones * 0x20) & ~word) | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash);
    if (highBitToo)
        found |= word;
    return (found & highs) != 0;
}

// Moves p over whole words of plain string bytes; the caller goes on byte by byte from there.
inline const char *skipPlainWords(const char *p, const char *end, bool highBitToo)
{
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        if (anySpecial(word, highBitToo))
            break;
        p += 8;
    }
    return p;
}

// The value of a hexadecimal digit, or -1.
struct HexDigitValues
{
    signed char value[256] = {};
    constexpr HexDigitValues()
    {
        for (int c = 0; c < 256; ++c)
            value[c] = -1;
        for (int c = 0; c < 10; ++c)
            value['0' + c] = static_cast<signed char>(c);
        for (int c = 0; c < 6; ++c) {
            value['a' + c] = static_cast<signed char>(10 + c);
            value['A' + c] = static_cast<signed char>(10 + c);
        }
    }
};
inline constexpr HexDigitValues hexDigitValues;

inline int hexDigit(char c)
{
    return hexDigitValues.value[static_cast<unsigned char>(c)];
}

} // namespace JsonBytes

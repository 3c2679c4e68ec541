#include "utf8.h"

#include <cstring>

namespace Utf8 {

int sequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    auto continuation = [&](int i) { return p + i < end && (p[i] & 0xc0) == 0x80; };
    if (c >= 0xc2 && c <= 0xdf)
        return continuation(1) ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        if (!continuation(1) || !continuation(2))
            return 0;
        if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] >= 0xa0))
            return 0;
        return 3;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        if (!continuation(1) || !continuation(2) || !continuation(3))
            return 0;
        if ((c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

bool isValid(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        // ASCII, eight bytes at a time.
        quint64 word = 0;
        if (end - p >= 8 && (std::memcpy(&word, p, sizeof word), (word & 0x8080808080808080ULL) == 0)) {
            p += 8;
            continue;
        }
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = sequenceLength(p, end);
        if (length == 0)
            return false;
        p += length;
    }
    return true;
}

} // namespace Utf8

#include "framing.h"

#include <array>
#include <utility>

namespace {

const std::array<std::pair<Framing, QLatin1StringView>, 4> spellings{{
    {Framing::Auto, QLatin1StringView("auto")},
    {Framing::Astm, QLatin1StringView("astm")},
    {Framing::E1381, QLatin1StringView("e1381")},
    {Framing::Mllp, QLatin1StringView("mllp")},
}};

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// After an STX at stxIndex: E1381 when a frame number 1-7 follows and the frame ends in
// ETB/ETX, two hex digits, CR LF; otherwise the ASTM-style framing.
std::optional<Framing> detectAfterStx(QByteArrayView bytes, qsizetype stxIndex)
{
    using namespace FramingByte;
    const qsizetype numberIndex = stxIndex + 1;
    if (numberIndex >= bytes.size())
        return std::nullopt;
    const char number = bytes.at(numberIndex);
    if (number < '1' || number > '7')
        return Framing::Astm;
    for (qsizetype i = numberIndex + 1; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == Etb || c == Etx) {
            if (i + 4 >= bytes.size())
                return std::nullopt;
            const bool trailer = isHexDigit(bytes.at(i + 1)) && isHexDigit(bytes.at(i + 2)) && bytes.at(i + 3) == Cr
                && bytes.at(i + 4) == Lf;
            return trailer ? Framing::E1381 : Framing::Astm;
        }
        if (c == Stx || c == Enq || c == Eot || (c == Lf && bytes.at(i - 1) == Cr))
            return Framing::Astm; // the frame ended before any ETB/ETX
    }
    return std::nullopt;
}

} // namespace

QString framingName(Framing framing)
{
    for (const auto &[value, name] : spellings) {
        if (value == framing)
            return name;
    }
    return {};
}

std::optional<Framing> framingFromString(QStringView text)
{
    for (const auto &[value, name] : spellings) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

std::optional<Framing> detectFraming(QByteArrayView firstBytes)
{
    using namespace FramingByte;
    bool sawEnq = false;
    std::optional<Framing> result;
    for (qsizetype i = 0; i < firstBytes.size(); ++i) {
        const char c = firstBytes.at(i);
        if (c == Vt && !sawEnq)
            return Framing::Mllp;
        if (c == Stx) {
            result = detectAfterStx(firstBytes, i);
            break;
        }
        if (c == Enq)
            sawEnq = true;
        else if (c == Eot && sawEnq)
            return Framing::Astm; // a transmission without any frame
    }
    if (!result && firstBytes.size() >= FramingDetectionLimit)
        return Framing::Astm;
    return result;
}

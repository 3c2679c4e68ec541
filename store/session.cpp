#include "session.h"

#include <array>
#include <utility>

namespace {

template <typename Enum, std::size_t N>
using Spellings = std::array<std::pair<Enum, QStringView>, N>;

constexpr Spellings<SubmissionStatus, 4> statusSpellings{{
    {SubmissionStatus::Pending, u"pending"},
    {SubmissionStatus::Submitted, u"submitted"},
    {SubmissionStatus::Failed, u"failed"},
    {SubmissionStatus::Ignored, u"ignored"},
}};

constexpr Spellings<ElementType, 6> typeSpellings{{
    {ElementType::Start, u"start"},
    {ElementType::Ack, u"ack"},
    {ElementType::Nak, u"nak"},
    {ElementType::Message, u"message"},
    {ElementType::End, u"end"},
    {ElementType::Other, u"other"},
}};

constexpr Spellings<Direction, 2> directionSpellings{{
    {Direction::DeviceToPc, u"device-to-pc"},
    {Direction::PcToDevice, u"pc-to-device"},
}};

template <typename Enum, std::size_t N>
QString spell(const Spellings<Enum, N> &table, Enum value)
{
    for (const auto &[e, text] : table) {
        if (e == value)
            return text.toString();
    }
    Q_UNREACHABLE();
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse(const Spellings<Enum, N> &table, QStringView text)
{
    for (const auto &[e, spelling] : table) {
        if (spelling == text)
            return e;
    }
    return std::nullopt;
}

} // namespace

QString jsonName(SubmissionStatus status) { return spell(statusSpellings, status); }
QString jsonName(ElementType type) { return spell(typeSpellings, type); }
QString jsonName(Direction direction) { return spell(directionSpellings, direction); }

std::optional<SubmissionStatus> submissionStatusFromString(QStringView text) { return parse(statusSpellings, text); }
std::optional<ElementType> elementTypeFromString(QStringView text) { return parse(typeSpellings, text); }
std::optional<Direction> directionFromString(QStringView text) { return parse(directionSpellings, text); }

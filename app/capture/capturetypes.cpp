#include "capturetypes.h"

#include <QHashFunctions>
#include <QtEndian>

#include <cstring>

namespace {
constexpr std::array<quint8, 12> v4MappedPrefix{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
}

Endpoint Endpoint::ipv4(quint32 address, quint16 port)
{
    Endpoint e;
    std::memcpy(e.address.data(), v4MappedPrefix.data(), v4MappedPrefix.size());
    qToBigEndian(address, e.address.data() + 12);
    e.port = port;
    return e;
}

Endpoint Endpoint::ipv6(const quint8 *address16, quint16 port)
{
    Endpoint e;
    std::memcpy(e.address.data(), address16, 16);
    e.port = port;
    return e;
}

bool Endpoint::isIpv4() const
{
    return std::memcmp(address.data(), v4MappedPrefix.data(), v4MappedPrefix.size()) == 0;
}

QString Endpoint::addressText() const
{
    if (isIpv4())
        return QStringLiteral("%1.%2.%3.%4").arg(address[12]).arg(address[13]).arg(address[14]).arg(address[15]);
    // RFC 5952: lower case, the longest run of two or more zero groups as "::".
    std::array<quint16, 8> groups{};
    for (int i = 0; i < 8; ++i)
        groups[i] = quint16(address[2 * i] << 8 | address[2 * i + 1]);
    int bestStart = -1, bestLength = 0;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength && j - i >= 2) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString text;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(QLatin1Char(':')))
            text += QLatin1Char(':');
        text += QString::number(groups[i], 16);
    }
    return text;
}

QString Endpoint::toString() const
{
    return isIpv4() ? QStringLiteral("%1:%2").arg(addressText()).arg(port)
                    : QStringLiteral("[%1]:%2").arg(addressText()).arg(port);
}

size_t qHash(const Endpoint &endpoint, size_t seed)
{
    return qHashBits(endpoint.address.data(), endpoint.address.size(), qHash(endpoint.port, seed));
}

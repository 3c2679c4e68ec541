#pragma once

#include "capturetypes.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

// libpcap link-layer header types (the DLT_/LINKTYPE_ numbers) that decodeFrame() understands.
// Defined here so that pure decoding code does not need <pcap.h>.
namespace LinkType {
inline constexpr int Null = 0;        // DLT_NULL: BSD loopback, 4-byte address family in host order
inline constexpr int Ethernet = 1;    // DLT_EN10MB, with 802.1Q / 802.1ad VLAN tags
inline constexpr int Raw = 12;        // DLT_RAW as most platforms define it: a bare IPv4/IPv6 packet
inline constexpr int LinktypeRaw = 101; // LINKTYPE_RAW, the value capture files use for DLT_RAW
inline constexpr int Loop = 108;      // DLT_LOOP: OpenBSD loopback, address family in network order
inline constexpr int LinuxSll = 113;  // DLT_LINUX_SLL: Linux "cooked" capture, 16-byte header
inline constexpr int LinuxSll2 = 276; // DLT_LINUX_SLL2: Linux "cooked" capture v2, 20-byte header

bool isSupported(int linkType);
} // namespace LinkType

// Decodes one captured frame of the given link type down to its TCP segment.
//
// - A TCP segment over IPv4 or IPv6: returns it. *problem is cleared, except for a first IPv4/IPv6
//   fragment (fragments are not reassembled): the segment is returned with what the fragment holds
//   and *problem says so.
// - Not TCP (ARP, UDP, ICMP, other address families): returns nullopt and clears *problem.
// - Truncated or malformed, a non-first fragment, an unsupported link type, or an IPv6 header
//   that cannot be walked (ESP, ...): returns nullopt and *problem says why (translated).
//
// Never reads outside `frame`. `problem` may be null.
std::optional<TcpSegment> decodeFrame(int linkType, QByteArrayView frame, qint64 timestampUs,
                                      QString *problem);

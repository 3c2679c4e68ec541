#pragma once

#include <QString>

// Writes a large, realistic capture for the import bench: lab analyzers sending HL7 results to
// a LIS over MLLP, as an Ethernet/IPv4/TCP pcap file. Each device opens connection after
// connection to the LIS (SYN, SYN/ACK, ACK; FIN both ways at the end); each connection carries
// some tens of ORU^R01 messages with OBX segments, each answered by an MLLP ACK from the LIS.
// Messages are cut into segments of at most the MSS, and a device sometimes writes several
// messages at once, so one segment can hold the end of one and the start of the next. The LIS
// acknowledges every second data segment, like a delayed-ACK stack. Sequence numbers, IP and
// TCP checksums are correct, so tshark and libpcap read it as a real capture.
//
// The same seed and options always give the same file, byte for byte.
namespace CaptureGenerator {

struct Options
{
    quint64 seed = 1;
    qint64 targetBytes = 512'000'000; // connections are started until the file reaches this size
    int devices = 8;                  // analyzers talking to the LIS at the same time
    int minMessagesPerConnection = 10;
    int maxMessagesPerConnection = 60;
    int minMessageBytes = 1'000;      // HL7 text, without MLLP framing
    int maxMessageBytes = 4'000;
    int mss = 1'460;
    quint16 lisPort = 2'575;          // tshark decodes this port as HL7 by default
};

// What was written: what an importer should find in the file.
struct Summary
{
    QString error;                    // empty when the file was written
    qint64 fileBytes = 0;
    quint64 packets = 0;
    quint64 dataSegments = 0;         // segments with payload
    quint64 connections = 0;          // one MLLP session each
    quint64 messages = 0;             // ORU^R01 from the devices
    quint64 acknowledgements = 0;     // MLLP ACKs (MSA|AA) from the LIS, one per message
    quint64 hl7Bytes = 0;             // MLLP payload in both directions, framing included
    quint64 splitMessages = 0;        // messages that span more than one segment
    quint64 sharedSegments = 0;       // segments that hold bytes of more than one message
    double seconds = 0;               // to generate and write
    qint64 firstTimestampUs = 0;
    qint64 lastTimestampUs = 0;
};

Summary write(const QString &path, const Options &options);

} // namespace CaptureGenerator

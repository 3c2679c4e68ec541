// libFuzzer target over the HL7 v2 parser (app/hl7): the input read as one message and split into
// messages (splitMessages), each message parsed and rebuilt (serialize() must give back its bytes),
// every part found again under its path, pathAt() checked against a brute-force answer (and
// range(pathAt(o)) holding o), random paths through range(), value() and segment(), and escaping
// round-trips with the input's own delimiters. The checks live in tests/hl7testhelpers.h, which
// tst_hl7message also runs over mutated fixtures. A broken invariant aborts with what broke.
//
// The fixtures make a good seed corpus; new inputs go to the first folder:
//   fuzz_hl7 -max_len=8192 corpus/ ../../tests/fixtures/hl7

#include "../hl7testhelpers.h"

#include <QHash>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // No copy: the sanitizers see a read past libFuzzer's own buffer.
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The paths and sampled offsets follow from the input, so a crash file reproduces alone.
    const quint32 seed = quint32(qHashBits(data, size));
    const QString broken = Hl7Test::exercise(input, seed, 64);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "fuzz_hl7: %s\n", qPrintable(broken));
        std::abort();
    }
    return 0;
}

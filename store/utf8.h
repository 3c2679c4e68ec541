#pragma once

#include <QByteArrayView>

namespace Utf8 {

// Length of the valid UTF-8 sequence that starts at p (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or 0 when there is none.
int sequenceLength(const unsigned char *p, const unsigned char *end);

bool isValid(QByteArrayView bytes);

} // namespace Utf8

#include "hl7escape.h"

#include "hl7message.h"

namespace Hl7 {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The bytes \X…\ spells, or nullopt when it is not an even run of hex digits.
std::optional<QByteArray> hexBytes(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() % 2 != 0)
        return std::nullopt;
    QByteArray bytes;
    bytes.reserve(digits.size() / 2);
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const int high = hexValue(digits[i]);
        const int low = hexValue(digits[i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes.append(char(high * 16 + low));
    }
    return bytes;
}

} // namespace

QByteArray unescape(QByteArrayView raw, const Delimiters &d)
{
    if (!raw.contains(d.escape))
        return raw.toByteArray();
    QByteArray out;
    out.reserve(raw.size());
    qsizetype i = 0;
    while (i < raw.size()) {
        const char c = raw[i];
        const qsizetype close = c == d.escape ? raw.indexOf(d.escape, i + 1) : -1;
        if (close < 0) {
            out.append(c);
            ++i;
            continue;
        }
        const QByteArrayView body = raw.sliced(i + 1, close - i - 1);
        bool known = true;
        if (body.size() == 1) {
            switch (body[0]) {
            case 'F': out.append(d.field); break;
            case 'S': out.append(d.component); break;
            case 'T': out.append(d.subcomponent); break;
            case 'R': out.append(d.repetition); break;
            case 'E': out.append(d.escape); break;
            case 'P':
                if (d.truncation)
                    out.append(d.truncation);
                else
                    known = false;
                break;
            case 'H':
            case 'N':
                break;
            default: known = false;
            }
        } else if (body == ".br") {
            out.append('\n');
        } else if (!body.isEmpty() && body[0] == 'X') {
            const std::optional<QByteArray> bytes = hexBytes(body.sliced(1));
            if (bytes)
                out.append(*bytes);
            else
                known = false;
        } else {
            known = false;
        }
        // A sequence that is not ours to interpret stays as written, both escape characters
        // included, so its closing one cannot open another sequence.
        if (!known)
            out.append(raw.sliced(i, close - i + 1));
        i = close + 1;
    }
    return out;
}

QByteArray escape(QByteArrayView text, const Delimiters &d)
{
    QByteArray out;
    out.reserve(text.size());
    auto sequence = [&out, &d](const char *body) {
        out.append(d.escape);
        out.append(body);
        out.append(d.escape);
    };
    for (const char c : text) {
        if (c == d.field)
            sequence("F");
        else if (c == d.component)
            sequence("S");
        else if (c == d.subcomponent)
            sequence("T");
        else if (c == d.repetition)
            sequence("R");
        else if (c == d.escape)
            sequence("E");
        else if (d.truncation && c == d.truncation)
            sequence("P");
        else if (c == '\r')
            sequence("X0D");
        else if (c == '\n')
            sequence("X0A");
        else
            out.append(c);
    }
    return out;
}

} // namespace Hl7

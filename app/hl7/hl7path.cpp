#include "hl7path.h"

namespace Hl7 {

namespace {

// ASCII only: QChar::isDigit() also takes other scripts' digits, which toString() never writes.
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads a positive decimal number at pos; 0 when there is none or it is absurdly large.
int readNumber(QStringView text, qsizetype &pos)
{
    qsizetype start = pos;
    qint64 value = 0;
    while (pos < text.size() && isDigit(text[pos]) && pos - start < 6)
        value = value * 10 + (text[pos++].unicode() - u'0');
    if (pos < text.size() && isDigit(text[pos]))
        return 0;
    return int(value);
}

// "(n)" at pos, if there.
std::optional<int> readIndex(QStringView text, qsizetype &pos)
{
    if (pos >= text.size() || text[pos] != u'(')
        return 1;
    ++pos;
    const int n = readNumber(text, pos);
    if (n <= 0 || pos >= text.size() || text[pos] != u')')
        return std::nullopt;
    ++pos;
    return n;
}

} // namespace

std::optional<Path> Path::parse(QStringView text)
{
    text = text.trimmed();
    Path path;
    qsizetype pos = 0;
    // Segment names are three characters: letters, and digits after the first.
    while (pos < text.size() && pos < 3 && text[pos].isLetterOrNumber() && text[pos].unicode() < 128)
        ++pos;
    if (pos != 3 || !text[0].isLetter())
        return std::nullopt;
    path.segment = text.first(3).toLatin1().toUpper();
    const std::optional<int> occurrence = readIndex(text, pos);
    if (!occurrence)
        return std::nullopt;
    path.occurrence = *occurrence;
    if (pos == text.size())
        return path;
    if (text[pos] != u'-' && text[pos] != u'.')
        return std::nullopt;
    ++pos;
    path.field = readNumber(text, pos);
    if (path.field <= 0)
        return std::nullopt;
    if (pos < text.size() && text[pos] == u'(') {
        const std::optional<int> repetition = readIndex(text, pos);
        if (!repetition)
            return std::nullopt;
        path.repetition = *repetition;
    }
    for (int *part : {&path.component, &path.subcomponent}) {
        if (pos == text.size())
            return path;
        if (text[pos] != u'.')
            return std::nullopt;
        ++pos;
        *part = readNumber(text, pos);
        if (*part <= 0)
            return std::nullopt;
    }
    return pos == text.size() ? std::optional<Path>(path) : std::nullopt;
}

QString Path::toString() const
{
    QString s = QString::fromLatin1(segment);
    if (occurrence > 1)
        s += u'(' + QString::number(occurrence) + u')';
    if (field <= 0)
        return s;
    s += u'-' + QString::number(field);
    if (repetition > 0)
        s += u'(' + QString::number(repetition) + u')';
    if (component > 0)
        s += u'.' + QString::number(component);
    if (subcomponent > 0)
        s += u'.' + QString::number(subcomponent);
    return s;
}

} // namespace Hl7

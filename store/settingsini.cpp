#include "settingsini.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace SettingsIni {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

Result<Document> parse(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return Result<Document>::failure(Tr::tr("it holds NUL bytes, so it is not a text file"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return Result<Document>::failure(Tr::tr("it is not UTF-8 text"));

    Document document;
    bool inGeneral = true;
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QStringView line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u'[')) {
            if (!trimmed.endsWith(u']'))
                return Result<Document>::failure(Tr::tr("line %1 is not a [section]").arg(n + 1));
            inGeneral = trimmed == u"[General]";
            if (inGeneral)
                continue;
        }
        if (!inGeneral) {
            if (n + 1 < lines.size() || !line.isEmpty())
                document.otherSections += line.toUtf8() + '\n';
            continue;
        }
        if (trimmed.isEmpty() || trimmed.startsWith(u';') || trimmed.startsWith(u'#'))
            continue;
        const qsizetype eq = trimmed.indexOf(u'=');
        if (eq <= 0)
            return Result<Document>::failure(Tr::tr("line %1 is not key=value").arg(n + 1));
        document.general.append({trimmed.left(eq).trimmed().toString(), trimmed.mid(eq + 1).trimmed().toString()});
    }
    return Result<Document>::success(std::move(document));
}

QString unescape(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == u'"')
            continue; // quotes only keep spaces and separators as they are
        if (c != u'\\' || i + 1 == raw.size()) {
            out += c;
            continue;
        }
        const QChar e = raw.at(++i);
        switch (e.unicode()) {
        case u'a': out += u'\a'; break;
        case u'b': out += u'\b'; break;
        case u'f': out += u'\f'; break;
        case u'n': out += u'\n'; break;
        case u'r': out += u'\r'; break;
        case u't': out += u'\t'; break;
        case u'v': out += u'\v'; break;
        case u'x': {
            char16_t value = 0;
            int digits = 0;
            for (; digits < 4 && i + 1 < raw.size() && hexValue(raw.at(i + 1)) >= 0; ++digits)
                value = char16_t(value * 16 + hexValue(raw.at(++i)));
            if (digits > 0)
                out += QChar(value);
            else
                out += e;
            break;
        }
        default:
            if (e >= u'0' && e <= u'7') {
                char16_t value = char16_t(e.unicode() - u'0');
                for (int digits = 1; digits < 3 && i + 1 < raw.size() && raw.at(i + 1) >= u'0' && raw.at(i + 1) <= u'7'; ++digits)
                    value = char16_t(value * 8 + (raw.at(++i).unicode() - u'0'));
                out += QChar(value);
            } else {
                out += e; // \" \\ \' \? and anything else stand for themselves
            }
        }
    }
    // QSettings writes a string that starts with '@' as "@@", keeping "@Variant(" for its own use.
    if (out.startsWith(u"@@"))
        out.remove(0, 1);
    return out;
}

QString escape(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    bool needsQuotes = value.startsWith(u' ') || value.endsWith(u' ');
    bool hexEscaped = false;
    if (value.startsWith(u'@'))
        out += u'@';
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u';' || u == u',' || u == u'=' || u == u'#')
            needsQuotes = true;
        // A hex escape reads every hex digit after it, so a digit that follows one is escaped too.
        if (hexEscaped && hexValue(c) >= 0) {
            out += QStringLiteral("\\x%1").arg(int(u), 0, 16);
            continue;
        }
        hexEscaped = false;
        if (u == u'"' || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\x%1").arg(int(u), 0, 16);
            hexEscaped = true;
        } else {
            out += c;
        }
    }
    return needsQuotes ? u'"' + out + u'"' : out;
}

QByteArray serialize(const QList<Entry> &general, const QByteArray &otherSections)
{
    QByteArray out = "[General]\n";
    for (const Entry &e : general)
        out += e.key.toUtf8() + '=' + e.raw.toUtf8() + '\n';
    if (!otherSections.isEmpty())
        out += '\n' + otherSections;
    return out;
}

} // namespace SettingsIni

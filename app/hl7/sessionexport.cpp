#include "sessionexport.h"

#include "hl7header.h"
#include "hl7message.h"
#include "phimasker.h"
#include "sessioncodec.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringEncoder>

#include <algorithm>
#include <optional>

namespace SessionExport {

namespace {

// The framing bytes of app/capture/framing.h; this library sits below the capture engine.
namespace Byte {
constexpr char Stx = 0x02;
constexpr char Etx = 0x03;
constexpr char Vt = 0x0B;
constexpr char Etb = 0x17;
constexpr char Fs = 0x1C;
constexpr char Cr = '\r';
constexpr char Lf = '\n';
} // namespace Byte

// E1381 allows 240 characters of text in a frame.
constexpr qsizetype E1381FrameText = 240;

// An element's bytes cut as the capture engine's decoders cut them: framing around HL7 text.
// An element does not record its framing; its first bytes tell. Elements cut off (type Other)
// have the same shape with the end missing.
struct Framed
{
    enum class Layout {
        Unframed, // control bytes, bytes outside frames, and the Electron app's message elements
        Mllp,     // VT text FS CR
        Astm,     // STX text CR LF
        E1381,    // STX n text ETB|ETX checksum CR LF, …
    };
    enum class Ending { Etx, Etb, None }; // how an E1381 element's last frame ends

    Layout layout = Layout::Unframed;
    QByteArray head;
    QByteArray text; // E1381: the frames' texts joined
    QByteArray tail;
    // E1381 only
    char firstNumber = '1';
    qsizetype frameText = E1381FrameText;
    Ending ending = Ending::Etx;
};

bool isFrameNumber(char c)
{
    return c >= '0' && c <= '7';
}

Framed readE1381(const QByteArray &bytes)
{
    Framed f;
    f.layout = Framed::Layout::E1381;
    qsizetype pos = 0;
    int frames = 0;
    qsizetype firstText = 0;
    int lastNumber = -1;
    qsizetype lastTextStart = 0;
    while (pos < bytes.size() && bytes[pos] == Byte::Stx) {
        qsizetype end = pos + 1;
        while (end < bytes.size() && bytes[end] != Byte::Etb && bytes[end] != Byte::Etx && bytes[end] != Byte::Stx)
            ++end;
        const QByteArrayView content = QByteArrayView(bytes).sliced(pos + 1, end - pos - 1);
        // -1: no number. A plain int, not std::optional<char>: GCC 12 at -O2 warns that the
        // optional's payload may be read uninitialised.
        const int number = content.isEmpty() ? -1 : int(uchar(content.front()));
        const QByteArrayView text = content.isEmpty() ? content : content.sliced(1);
        if (frames++ == 0) {
            f.firstNumber = number >= 0 && isFrameNumber(char(number)) ? char(number) : '1';
            firstText = text.size();
        }
        // As the decoder reads them: a frame that repeats the previous number is a
        // retransmission and replaces it.
        if (number >= 0 && number == lastNumber)
            f.text.truncate(lastTextStart);
        lastTextStart = f.text.size();
        f.text.append(text);
        lastNumber = number;
        if (end >= bytes.size() || bytes[end] == Byte::Stx) {
            f.ending = Framed::Ending::None;
            pos = end;
            continue;
        }
        f.ending = bytes[end] == Byte::Etx ? Framed::Ending::Etx : Framed::Ending::Etb;
        // Two checksum digits and CR LF, ended early by a line feed or another control byte.
        pos = end + 1;
        const qsizetype trailer = pos;
        while (pos < bytes.size() && pos - trailer < 4) {
            const char c = bytes[pos];
            if (quint8(c) < 0x20 && c != Byte::Cr && c != Byte::Lf)
                break;
            ++pos;
            if (c == Byte::Lf)
                break;
        }
    }
    // The sender's frame size shows in every frame but the last; one frame shows only a bound.
    f.frameText = frames > 1 ? std::max<qsizetype>(1, firstText) : std::max(E1381FrameText, firstText);
    f.tail = bytes.mid(pos);
    return f;
}

Framed readFraming(const QByteArray &bytes)
{
    Framed f;
    if (bytes.startsWith(Byte::Vt)) {
        f.layout = Framed::Layout::Mllp;
        f.head = bytes.first(1);
        if (bytes.size() >= 3 && bytes.endsWith("\x1c\r"))
            f.tail = QByteArray("\x1c\r");
        else if (bytes.size() >= 2 && bytes.endsWith(Byte::Fs))
            f.tail = QByteArray(1, Byte::Fs);
    } else if (bytes.startsWith(Byte::Stx) && bytes.size() >= 2 && isFrameNumber(bytes[1])) {
        return readE1381(bytes);
    } else if (bytes.startsWith(Byte::Stx)) {
        f.layout = Framed::Layout::Astm;
        f.head = bytes.first(1);
        if (bytes.size() >= 3 && bytes.endsWith("\r\n"))
            f.tail = QByteArray("\r\n");
    }
    f.text = bytes.sliced(f.head.size(), bytes.size() - f.head.size() - f.tail.size());
    return f;
}

QByteArray checksum(QByteArrayView numberTextEnd)
{
    int sum = 0;
    for (const char c : numberTextEnd)
        sum += quint8(c);
    return QByteArray::number(sum & 0xFF, 16).toUpper().rightJustified(2, '0');
}

// E1381 frames are rebuilt rather than patched: the masked text can be longer than the
// original, and every checksum covers text that changed.
QByteArray e1381Frames(const Framed &f, const QByteArray &text)
{
    QByteArray out;
    char number = f.firstNumber;
    qsizetype pos = 0;
    do {
        const qsizetype size = std::min(f.frameText, text.size() - pos);
        const bool last = pos + size >= text.size();
        QByteArray body;
        body.append(number);
        body.append(QByteArrayView(text).sliced(pos, size));
        out.append(Byte::Stx);
        const Framed::Ending ending = last ? f.ending : Framed::Ending::Etb;
        if (ending == Framed::Ending::None) {
            out.append(body);
        } else {
            body.append(ending == Framed::Ending::Etx ? Byte::Etx : Byte::Etb);
            out.append(body);
            out.append(checksum(body));
            out.append("\r\n");
        }
        pos += size;
        number = char('0' + (number - '0' + 1) % 8);
    } while (pos < text.size());
    return out;
}

QByteArray frameAgain(const Framed &f, const QByteArray &text, PhiMasker &masker)
{
    if (f.layout == Framed::Layout::E1381)
        return e1381Frames(f, text) + masker.maskText(f.tail);
    return f.head + text + f.tail;
}

QString decodedText(QByteArrayView text)
{
    return decodeHl7Text(text, Hl7Header::read(text).charset);
}

// Each segment ends in CR, whatever ended it on the wire; blank lines go.
QByteArray withCrSegments(QByteArrayView message)
{
    QByteArray out;
    out.reserve(message.size() + 1);
    qsizetype pos = 0;
    while (pos < message.size()) {
        qsizetype end = pos;
        while (end < message.size() && message[end] != Byte::Cr && message[end] != Byte::Lf)
            ++end;
        if (end > pos) {
            out.append(message.sliced(pos, end - pos));
            out.append(Byte::Cr);
        }
        pos = end + 1;
    }
    return out;
}

void appendMessages(QList<QByteArray> &messages, QByteArrayView text)
{
    for (const Hl7::Range &range : Hl7::splitMessages(text))
        messages.append(withCrSegments(text.sliced(range.begin, range.size())));
}

QJsonValue maskedJson(const QJsonValue &value, PhiMasker &masker)
{
    switch (value.type()) {
    case QJsonValue::String:
        return masker.maskString(value.toString());
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(maskedJson(item, masker));
        return out;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), maskedJson(it.value(), masker));
        return out;
    }
    default:
        return value;
    }
}

// The MSH summary the capture engine keeps beside a message, read again from the masked text.
// The header as the capture engine reads it, from the masked text.
MessageHeader headerOf(const QByteArray &text)
{
    const Hl7Header h = Hl7Header::read(text);
    QString charset;
    decodeHl7Text(text, h.charset, &charset);
    return {h.type, h.controlId, h.sendingApplication, h.sendingFacility, h.version, charset};
}

QJsonObject maskedHeader(const QJsonObject &header, const QByteArray &text, PhiMasker &masker)
{
    const MessageHeader h = headerOf(text);
    const QHash<QString, QString> known{
        {QStringLiteral("type"), h.type},
        {QStringLiteral("controlId"), h.controlId},
        {QStringLiteral("sendingApplication"), h.sendingApplication},
        {QStringLiteral("sendingFacility"), h.sendingFacility},
        {QStringLiteral("version"), h.version},
        {QStringLiteral("charset"), h.charset},
    };
    QJsonObject out;
    for (auto it = header.begin(); it != header.end(); ++it) {
        const auto k = known.constFind(it.key());
        out.insert(it.key(), k != known.constEnd() ? QJsonValue(*k) : maskedJson(it.value(), masker));
    }
    return out;
}

} // namespace

QByteArray encodeHl7Text(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const QString charset = Hl7Header::read(utf8).charset;
    if (decodeHl7Text(utf8, charset) == text)
        return utf8;
    // decodeHl7Text() decides what the bytes mean; the encoding that it reads back as the text
    // is the one to write.
    QList<QByteArray> names;
    const QString name = charset.trimmed().toUpper();
    if (name.startsWith(u"8859/"))
        names.append("ISO-8859-" + name.mid(5).toLatin1());
    names.append("ISO-8859-1");
    names.append(name.toLatin1());
    for (const QByteArray &candidate : std::as_const(names)) {
        QStringEncoder encoder(candidate.constData());
        if (!encoder.isValid())
            continue;
        const QByteArray bytes = encoder.encode(text);
        if (!encoder.hasError() && decodeHl7Text(bytes, charset) == text)
            return bytes;
    }
    return utf8;
}

QList<QByteArray> deviceMessages(const Session &session)
{
    QList<QByteArray> messages;
    bool fromElements = false;
    for (const Element &e : session.elements) {
        if (e.type != ElementType::Message || e.direction != Direction::DeviceToPc)
            continue;
        fromElements = true;
        appendMessages(messages, readFraming(e.bytes).text);
    }
    if (!fromElements) {
        for (const QString &message : session.messages)
            appendMessages(messages, encodeHl7Text(message));
    }
    return messages;
}

Session masked(const Session &session, PhiMasker &masker)
{
    Session out = session;
    QHash<QString, QString> texts; // a message as text, before and after masking
    for (Element &e : out.elements) {
        const Framed framed = readFraming(e.bytes);
        const QByteArray text = masker.maskText(framed.text);
        e.bytes = frameAgain(framed, text, masker);
        const QString before = decodedText(framed.text);
        const QString after = decodedText(text);
        if (!before.isEmpty())
            texts.insert(before, after);
        if (!e.text.isNull())
            e.text = e.text == before ? after : masker.maskString(e.text);
        if (e.header)
            e.header = headerOf(text);
        QJsonObject extra;
        for (auto it = e.extra.begin(); it != e.extra.end(); ++it) {
            const QString &key = it.key();
            if (key == u"problem") {
                extra.insert(key, it.value()); // the decoders' own words about framing
            } else if (key == u"hl7" && it.value().isObject()) {
                extra.insert(key, maskedHeader(it.value().toObject(), text, masker));
            } else if ((key == u"content" || key == u"decodedMessage") && it.value().isString()) {
                const QString value = it.value().toString();
                extra.insert(key, value == before ? after : masker.maskString(value));
            } else {
                extra.insert(key, maskedJson(it.value(), masker));
            }
        }
        e.extra = extra;
    }
    for (QString &message : out.messages) {
        const auto it = texts.constFind(message);
        message = it != texts.constEnd() ? *it : decodedText(masker.maskText(encodeHl7Text(message)));
    }
    // The capture engine's own keys hold ports, a framing name and its reasons in its words.
    static const QStringList ownKeys{QStringLiteral("devicePort"), QStringLiteral("lisPort"),
                                     QStringLiteral("framing"), QStringLiteral("incompleteReason")};
    for (auto it = out.extra.begin(); it != out.extra.end(); ++it) {
        if (!ownKeys.contains(it.key()))
            it.value() = maskedJson(it.value(), masker);
    }
    return out;
}

QByteArray write(const Session &session, const Options &options)
{
    std::optional<Session> masking;
    if (options.maskPhi) {
        PhiMasker masker;
        masking = masked(session, masker);
    }
    const Session &s = masking ? *masking : session;
    if (options.format == Format::Json)
        return SessionCodec::encode(s).append('\n');
    QByteArray out;
    for (const QByteArray &message : deviceMessages(s)) {
        if (options.mllp)
            out.append(Byte::Vt);
        out.append(message);
        if (options.mllp)
            out.append("\x1c\r");
    }
    return out;
}

} // namespace SessionExport

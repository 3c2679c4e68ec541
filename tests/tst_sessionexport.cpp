#include "framingdecoder.h"
#include "hl7header.h"
#include "hl7message.h"
#include "phimasker.h"
#include "sessionbuilder.h"
#include "sessioncodec.h"
#include "sessionexport.h"
#include "sessionfactory.h"

#include <QJsonObject>
#include <QTest>

// Sessions are captured the way the app captures them: framed bytes through the real decoders
// and SessionBuilder. Made-up patients only.
namespace {

constexpr char Stx = 0x02;
constexpr char Etx = 0x03;
constexpr char Vt = 0x0B;
constexpr char Etb = 0x17;

QByteArray oru(const char *controlId, const char *patientId, const char *family, const char *given, int results = 2)
{
    QByteArray m = QByteArray("MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20261101120000||ORU^R01|") + controlId + "|P|2.5.1\r"
                 + "PID|1||" + patientId + "^^^HOSP^MR||" + family + '^' + given
                 + "||18540106|M|||221B BAKER ST^^LONDON^^NW16XE||(555)555-0199\r"
                   "OBR|1|ORD1|FIL1|GLU^Glucose^L|||20261101120000\r";
    for (int i = 1; i <= results; ++i)
        m += "OBX|" + QByteArray::number(i) + "|NM|GLU^Glucose^L||" + QByteArray::number(80 + i) + "|mg/dL|70-99|N|||F\r";
    return m;
}

QByteArray ack(const char *controlId)
{
    // An answer that quotes the patient, so the LIS's side is masked as well.
    return QByteArray("MSH|^~\\&|LIS|HOSP|ANALYZER|LAB|20261101120001||ACK^R01|A") + controlId
         + "|P|2.5.1\rMSA|AA|" + controlId + "\rPID|1||PIDA1001^^^HOSP^MR||HOLMES^SHERLOCK\r";
}

// What the masked export must not contain anywhere.
const QList<QByteArray> Phi{"PIDA1001", "HOLMES", "SHERLOCK", "18540106", "BAKER", "LONDON", "NW16XE",
                            "555-0199", "CUTOFF9911", "CUTNAMEXYZ", "GARBAGEPHI"};

QByteArray astm(const QByteArray &message)
{
    return Stx + message.chopped(1) + "\r\n"; // the last segment's CR is the frame's
}

QByteArray e1381(const QByteArray &text, qsizetype frameText)
{
    QByteArray out;
    char number = '1';
    for (qsizetype pos = 0; pos < text.size(); pos += frameText) {
        const bool last = pos + frameText >= text.size();
        const QByteArray body = number + text.mid(pos, frameText) + (last ? Etx : Etb);
        int sum = 0;
        for (const char c : body)
            sum += quint8(c);
        out += Stx + body + QByteArray::number(sum & 0xFF, 16).toUpper().rightJustified(2, '0') + "\r\n";
        number = char('0' + (number - '0' + 1) % 8);
    }
    return out;
}

QByteArray mllp(const QByteArray &message)
{
    return Vt + message + "\x1c\r";
}

struct Wire
{
    bool fromDevice;
    QByteArray bytes;
};

Session capture(Framing framing, const QList<Wire> &wire)
{
    SessionBuilder builder{SessionBuilder::Options{}};
    builder.openConnection(1, Endpoint::ipv4(0x0a000005, 40000), Endpoint::ipv4(0x0a000009, 2575), 0);
    builder.setFraming(1, framing);
    auto device = createFramingDecoder(framing);
    auto lis = createFramingDecoder(framing);
    qint64 t = 1'790'000'000'000'000;
    for (const Wire &w : wire)
        builder.addElements(1, w.fromDevice, (w.fromDevice ? *device : *lis).feed(w.bytes, t += 1000));
    builder.addElements(1, true, device->finish());
    builder.addElements(1, false, lis->finish());
    builder.closeConnection(1, t + 1000);
    const QList<Session> sessions = builder.takeCompleted();
    return sessions.value(0);
}

struct Sample
{
    Session session;
    QList<QByteArray> sent; // the device's messages, segments ending in CR
    QList<QByteArray> phi = Phi;
    Framing framing = Framing::Auto; // Auto: not captured through a decoder
};

// Two messages of one patient, a frame cut off with another patient in it, the LIS's answers.
Sample sample(const QString &kind)
{
    const QByteArray first = oru("C1", "PIDA1001", "HOLMES", "SHERLOCK", 4);
    const QByteArray second = oru("C2", "PIDA1001", "HOLMES", "SHERLOCK", 6);
    const QByteArray cut = oru("C9", "CUTOFF9911", "CUTNAMEXYZ", "X").first(150);
    Sample s;
    s.sent = {first, second};
    if (kind == u"astm") {
        s.framing = Framing::Astm;
        s.session = capture(s.framing, {{true, "\x05"}, {false, "\x06"}, {true, astm(first)}, {false, "\x06"},
                                        {true, "stray GARBAGEPHI\r\n"}, {true, Stx + cut}, {true, astm(second)},
                                        {false, "\x06"}, {true, "\x04"}});
    } else if (kind == u"e1381") {
        s.framing = Framing::E1381;
        s.session = capture(s.framing, {{true, "\x05"}, {false, "\x06"}, {true, e1381(first, 64)}, {false, "\x06"},
                                        {true, e1381(cut, 64).first(100)}, {true, e1381(second, 64)},
                                        {false, "\x06"}, {true, "\x04"}});
    } else if (kind == u"mllp") {
        s.framing = Framing::Mllp;
        s.session = capture(s.framing, {{true, mllp(first)}, {false, mllp(ack("C1"))}, {true, Vt + cut},
                                        {true, mllp(second)}, {false, mllp(ack("C2"))}});
    } else if (kind == u"electron") {
        // The Electron app's elements: the message and CR LF, no framing byte.
        s.session = SessionFactory::make(2, 300);
        s.session.id = QStringLiteral("session-1");
        s.phi = {"SAMPLE", "TEST1000", "TEST1001", "19700101"};
        s.sent.clear();
        for (const QString &m : std::as_const(s.session.messages))
            s.sent.append(m.toUtf8().chopped(2)); // the CR LF after the last segment's CR
    } else if (kind == u"messages only") {
        s.session.id = QStringLiteral("session-1");
        s.session.startTime = 1'790'000'000'000;
        s.session.messages = {QString::fromUtf8(first), QString::fromUtf8(second)};
    }
    return s;
}

QByteArray framed(const QList<QByteArray> &messages, bool withMllp)
{
    QByteArray out;
    for (const QByteArray &m : messages)
        out += withMllp ? mllp(m) : m;
    return out;
}

QList<QByteArray> segmentNames(const QByteArray &message)
{
    QList<QByteArray> names;
    const Hl7::Message parsed = Hl7::Message::parse(message);
    for (const Hl7::Segment &s : parsed.segments())
        names.append(s.name);
    return names;
}

QString phiIn(QByteArrayView bytes, const QList<QByteArray> &phi = Phi)
{
    for (const QByteArray &p : phi) {
        if (bytes.contains(p))
            return QString::fromLatin1(p);
    }
    return {};
}

} // namespace

class tst_SessionExport : public QObject
{
    Q_OBJECT

private slots:
    void capturedAsExpected_data();
    void capturedAsExpected();
    void hl7_data();
    void hl7();
    void json_data();
    void json();
    void maskedJsonHoldsNoPhi_data();
    void maskedJsonHoldsNoPhi();
    void maskedElementsKeepTheirFraming_data();
    void maskedElementsKeepTheirFraming();
    void samePatientSamePseudonyms();
    void unknownStringsAreMasked();
    void charsetOfMessagesKept_data();
    void charsetOfMessagesKept();

private:
    void kinds(bool captured = false);
};

void tst_SessionExport::kinds(bool captured)
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"astm", "e1381", "mllp", "electron", "messages only"}) {
        if (!captured || sample(QString::fromLatin1(kind)).framing != Framing::Auto)
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
}

void tst_SessionExport::capturedAsExpected_data()
{
    kinds();
}

// The samples are what the tests below assume: messages in session.messages, a cut-off frame.
void tst_SessionExport::capturedAsExpected()
{
    QFETCH(QString, kind);
    const Sample s = sample(kind);
    QCOMPARE(s.session.messages.size(), 2);
    if (s.framing == Framing::Auto)
        return;
    QCOMPARE(s.session.messages.first().toUtf8(), s.framing == Framing::Astm ? s.sent.first().chopped(1) : s.sent.first());
    const auto other = std::count_if(s.session.elements.cbegin(), s.session.elements.cend(),
                                     [](const Element &e) { return e.type == ElementType::Other; });
    QVERIFY(other >= 1);
}

void tst_SessionExport::hl7_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("withMllp");
    for (const char *kind : {"astm", "e1381", "mllp", "electron", "messages only"}) {
        QTest::addRow("%s", kind) << QString::fromLatin1(kind) << false;
        QTest::addRow("%s, MLLP", kind) << QString::fromLatin1(kind) << true;
    }
}

void tst_SessionExport::hl7()
{
    QFETCH(QString, kind);
    QFETCH(bool, withMllp);
    const Sample s = sample(kind);
    SessionExport::Options options;
    options.mllp = withMllp;
    const QByteArray out = SessionExport::write(s.session, options);
    // The device's messages only, segments ending in CR; no ACK, no cut-off frame.
    QCOMPARE(out, framed(s.sent, withMllp));
    const QList<Hl7::Range> ranges = Hl7::splitMessages(out);
    QCOMPARE(ranges.size(), s.sent.size());
    for (qsizetype i = 0; i < ranges.size(); ++i)
        QCOMPARE(Hl7::Message::parse(out.sliced(ranges[i].begin, ranges[i].size())).serialize(), s.sent[i]);
}

void tst_SessionExport::json_data()
{
    kinds();
}

void tst_SessionExport::json()
{
    QFETCH(QString, kind);
    const Sample s = sample(kind);
    SessionExport::Options options;
    options.format = SessionExport::Format::Json;
    options.mllp = false;
    const QByteArray out = SessionExport::write(s.session, options);
    QCOMPARE(out, SessionCodec::encode(s.session) + '\n'); // a session file, as the Electron app reads it
    const Result<Session> decoded = SessionCodec::decode(out);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(decoded->id, s.session.id);
    QCOMPARE(decoded->messages, s.session.messages);
    QCOMPARE(decoded->extra, s.session.extra);
    QCOMPARE(decoded->elements.size(), s.session.elements.size());
    for (qsizetype i = 0; i < decoded->elements.size(); ++i) {
        QCOMPARE(decoded->elements[i].bytes, s.session.elements[i].bytes);
        QCOMPARE(decoded->elements[i].type, s.session.elements[i].type);
    }
}

void tst_SessionExport::maskedJsonHoldsNoPhi_data()
{
    kinds();
}

void tst_SessionExport::maskedJsonHoldsNoPhi()
{
    QFETCH(QString, kind);
    const Sample s = sample(kind);
    const QByteArray plain = SessionExport::write(s.session, {SessionExport::Format::Json, false, false});
    const auto present = std::count_if(s.phi.cbegin(), s.phi.cend(), [&](const QByteArray &p) { return plain.contains(p); });
    QVERIFY2(present >= 4, "the sample carries PHI to mask");
    if (kind == u"astm") // in a cut-off frame and in bytes outside any frame: hexData only
        QVERIFY(plain.contains(QByteArray("CUTNAMEXYZ").toHex()) && plain.contains(QByteArray("GARBAGEPHI").toHex()));
    const QByteArray out = SessionExport::write(s.session, {SessionExport::Format::Json, false, true});

    // Nowhere in the text: not in messages, content, decodedMessage, hl7, nor as hexData.
    QString found = phiIn(out, s.phi);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    for (const QByteArray &p : s.phi)
        QVERIFY2(!out.contains(p.toHex()), p.constData());

    const Result<Session> decoded = SessionCodec::decode(out);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    const Session &m = decoded.value();
    QCOMPARE(m.id, s.session.id);
    QCOMPARE(m.elements.size(), s.session.elements.size());
    for (qsizetype i = 0; i < m.elements.size(); ++i) {
        const Element &a = s.session.elements[i];
        const Element &b = m.elements[i];
        QCOMPARE(b.type, a.type);
        QCOMPARE(b.direction, a.direction);
        QCOMPARE(b.timestamp, a.timestamp);
        found = phiIn(b.bytes, s.phi);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
    QCOMPARE(m.messages.size(), s.session.messages.size());
    for (qsizetype i = 0; i < m.messages.size(); ++i) {
        const QByteArray before = s.session.messages[i].toUtf8();
        const QByteArray after = m.messages[i].toUtf8();
        found = phiIn(after, s.phi);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        QCOMPARE(segmentNames(after), segmentNames(before));
        QCOMPARE(Hl7::Message::parse(after).type(), Hl7::Message::parse(before).type());
        QVERIFY(Hl7::Message::parse(after).problems().isEmpty());
    }

    // The masked HL7 export likewise, and it still holds the same messages.
    const QByteArray hl7 = SessionExport::write(s.session, {SessionExport::Format::Hl7, true, true});
    found = phiIn(hl7, s.phi);
    QVERIFY2(found.isEmpty(), qPrintable(found));
    QCOMPARE(Hl7::splitMessages(hl7).size(), s.sent.size());
}

void tst_SessionExport::maskedElementsKeepTheirFraming_data()
{
    kinds(true);
}

void tst_SessionExport::maskedElementsKeepTheirFraming()
{
    QFETCH(QString, kind);
    const Sample s = sample(kind);
    PhiMasker masker;
    const Session masked = SessionExport::masked(s.session, masker);
    QCOMPARE(masked.elements.size(), s.session.elements.size());
    int messages = 0;
    for (qsizetype i = 0; i < masked.elements.size(); ++i) {
        const Element &before = s.session.elements[i];
        const Element &after = masked.elements[i];
        // Each element on its own through a fresh decoder reads as the original did: the same
        // type, and no framing problem where there was none.
        const QList<FramedElement> a = createFramingDecoder(s.framing)->feed(before.bytes, 0);
        auto decoder = createFramingDecoder(s.framing);
        QList<FramedElement> b = decoder->feed(after.bytes, 0);
        const QList<FramedElement> rest = decoder->finish();
        QCOMPARE(b.size(), a.size());
        for (qsizetype k = 0; k < a.size(); ++k) {
            QCOMPARE(b[k].type, a[k].type);
            QCOMPARE(b[k].problem, a[k].problem);
            if (a[k].type != ElementType::Message)
                continue;
            ++messages;
            QVERIFY(b[k].message != a[k].message);
            QCOMPARE(segmentNames(b[k].message), segmentNames(a[k].message));
            QCOMPARE(Hl7::Message::parse(b[k].message).type(), Hl7::Message::parse(a[k].message).type());
            // The texts kept beside the bytes are those of the masked bytes.
            const QString text = decodeHl7Text(b[k].message, Hl7Header::read(b[k].message).charset);
            QCOMPARE(after.text, text);
            QVERIFY(after.header);
            QCOMPARE(after.header, before.header);
        }
        if (a.isEmpty()) // a cut-off frame: incomplete until the stream ends, masked or not
            QCOMPARE(rest.size(), 1);
        QCOMPARE(after.extra.value(QLatin1StringView("problem")), before.extra.value(QLatin1StringView("problem")));
    }
    QCOMPARE(messages, s.framing == Framing::Mllp ? 4 : 2);
}

void tst_SessionExport::samePatientSamePseudonyms()
{
    const Sample s = sample(QStringLiteral("mllp"));
    PhiMasker masker;
    const Session masked = SessionExport::masked(s.session, masker);
    const Hl7::Path id = *Hl7::Path::parse(u"PID-3.1");
    const Hl7::Path name = *Hl7::Path::parse(u"PID-5");
    const Hl7::Message first = Hl7::Message::parse(masked.messages[0].toUtf8());
    const Hl7::Message second = Hl7::Message::parse(masked.messages[1].toUtf8());
    QVERIFY(first.value(id) != u"PIDA1001");
    QCOMPARE(second.value(id), first.value(id));
    QCOMPARE(second.value(name), first.value(name));
    // The LIS's answers name the patient the same way.
    for (const Element &e : masked.elements) {
        if (e.type != ElementType::Ack)
            continue;
        const Hl7::Message answer = Hl7::Message::parse(e.text.toUtf8());
        QCOMPARE(answer.value(id), first.value(id));
        QCOMPARE(answer.value(name), first.value(name));
    }
    // Another export, another masker: other pseudonyms.
    PhiMasker other;
    const Session again = SessionExport::masked(s.session, other);
    QVERIFY(Hl7::Message::parse(again.messages[0].toUtf8()).value(name) != first.value(name));
}

void tst_SessionExport::unknownStringsAreMasked()
{
    Sample s = sample(QStringLiteral("astm"));
    s.session.extra.insert(QStringLiteral("operatorNote"), QStringLiteral("called HOLMES about 18540106"));
    s.session.elements[2].extra.insert(QStringLiteral("note"), QJsonObject{{QStringLiteral("who"), QStringLiteral("SHERLOCK")}});
    PhiMasker masker;
    const Session masked = SessionExport::masked(s.session, masker);
    const QString note = masked.extra.value(QLatin1StringView("operatorNote")).toString();
    QVERIFY(!note.contains(u"HOLMES"));
    QVERIFY(!note.contains(u"18540106"));
    QCOMPARE(note.size(), s.session.extra.value(QLatin1StringView("operatorNote")).toString().size());
    QVERIFY(!masked.elements[2].extra.value(QLatin1StringView("note")).toObject().value(QLatin1StringView("who")).toString().contains(u"SHERLOCK"));
    // The capture engine's own keys say nothing about the patient and stay.
    QCOMPARE(masked.extra.value(QLatin1StringView("framing")), s.session.extra.value(QLatin1StringView("framing")));
    QCOMPARE(masked.extra.value(QLatin1StringView("devicePort")), s.session.extra.value(QLatin1StringView("devicePort")));
}

void tst_SessionExport::charsetOfMessagesKept_data()
{
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("name"); // in that charset
    QTest::newRow("ISO-8859-1") << QByteArray("8859/1") << QByteArray("M\xdcLLER");
    QTest::newRow("ISO-8859-2") << QByteArray("8859/2") << QByteArray("DVO\xd8\xc1K");
    QTest::newRow("UTF-8") << QByteArray("UNICODE UTF-8") << QByteArray("M\xc3\x9cLLER");
}

// A session with messages and no elements: they are written in their own charset.
void tst_SessionExport::charsetOfMessagesKept()
{
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, name);
    const QByteArray message = "MSH|^~\\&|A|B|C|D|20260101||ORU^R01|1|P|2.5.1||||||" + charset + "\rPID|1||1||" + name
                             + "\rOBX|1|ST|N||" + name + "\r";
    Session session;
    session.messages.append(decodeHl7Text(message, QString::fromLatin1(charset)));
    QCOMPARE(SessionExport::encodeHl7Text(session.messages.first()), message);
    QCOMPARE(SessionExport::write(session, {}), message);
    const QByteArray masked = SessionExport::write(session, {SessionExport::Format::Hl7, false, true});
    QVERIFY(!masked.contains(name + '\r' + "OBX"));
    QVERIFY(masked.endsWith("OBX|1|ST|N||" + name + '\r')); // a result, not PHI: kept in its charset
}

QTEST_GUILESS_MAIN(tst_SessionExport)
#include "tst_sessionexport.moc"

#include "sessioncodec.h"
#include "sessionfactory.h"
#include "sessionsummary.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SessionCodec : public QObject
{
    Q_OBJECT

private slots:
    void legacyFilesLoad_data();
    void legacyFilesLoad();
    void legacyFileSurvivesRoundTrip_data();
    void legacyFileSurvivesRoundTrip();
    void writesTheLegacyShape();
    void unknownFieldsSurvive();
    void capturedTextAndHeader_data();
    void capturedTextAndHeader();
    void invalidFilesAreRefused_data();
    void invalidFilesAreRefused();
    void retentionDerivedFromPersistedUntil();
    void textIsEscaped_data();
    void textIsEscaped();
    void messageBytesOfAnyEncodingStayExact_data();
    void messageBytesOfAnyEncodingStayExact();
    void messageType_data();
    void messageType();
    void fingerprintIgnoresSubmissionState();
};

namespace {

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray withChange(const QByteArray &json, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = objectOf(json);
    change(o);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject firstElement(const QJsonObject &o)
{
    return o.value(QLatin1StringView("elements")).toArray().first().toObject();
}

void setFirstElement(QJsonObject &o, const QJsonObject &e)
{
    QJsonArray elements = o.value(QLatin1StringView("elements")).toArray();
    elements[0] = e;
    o.insert(QStringLiteral("elements"), elements);
}

} // namespace

void tst_SessionCodec::legacyFilesLoad_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("elements");
    QTest::addColumn<qint64>("submittedAt");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("retentionDays");
    QTest::addColumn<QString>("schema");

    QTest::newRow("1.0.0 pending") << "session-1" << "pending" << 0 << 1 << 4 << qint64(-1) << "" << 30 << "1.0.0";
    QTest::newRow("1.0.0 submitted") << "session-2" << "submitted" << 2 << 2 << 6 << qint64(1793100060000) << ""
                                     << 30 << "1.0.0";
    QTest::newRow("1.0.0 failed") << "session-3" << "failed" << 3 << 3 << 8 << qint64(-1) << "fetch failed" << 14
                                  << "1.0.0";
    QTest::newRow("1.0.0 ignored") << "session-4" << "ignored" << 0 << 1 << 4 << qint64(-1) << "" << 90 << "1.0.0";
    QTest::newRow("no metadata, attempts") << "session-5" << "pending" << 3 << 2 << 6 << qint64(-1) << "fetch failed"
                                           << 30 << "";
    QTest::newRow("no metadata, minimal") << "session-6" << "pending" << 0 << 1 << 4 << qint64(-1) << "" << 30 << "";
}

void tst_SessionCodec::legacyFilesLoad()
{
    QFETCH(QString, file);
    QFETCH(QString, status);
    QFETCH(int, attempts);
    QFETCH(int, messages);
    QFETCH(int, elements);
    QFETCH(qint64, submittedAt);
    QFETCH(QString, error);
    QFETCH(int, retentionDays);
    QFETCH(QString, schema);

    const QByteArray json = readFileBytes(fixturePath(QStringLiteral("legacy/%1.json").arg(file)));
    QVERIFY(!json.isEmpty());
    const Result<Session> r = SessionCodec::decode(json, file);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const Session &s = r.value();
    QCOMPARE(s.id, file);
    QCOMPARE(jsonName(s.submissionStatus), status);
    QCOMPARE(s.submissionAttempts, attempts);
    QCOMPARE(s.messages.size(), messages);
    QCOMPARE(s.elements.size(), elements);
    QCOMPARE(s.submittedAt.value_or(-1), submittedAt);
    QCOMPARE(s.submissionError, error);
    QCOMPARE(s.retentionDays, retentionDays);
    QCOMPARE(s.persistedUntil(), s.startTime + qint64(retentionDays) * 86'400'000);
    QCOMPARE(s.schemaVersion, schema);
    QVERIFY(s.complete);
    QCOMPARE(s.deviceIp, QStringLiteral("10.1.1.5"));

    // Each element's bytes are what the file's rawBytes and hexData say, and messages are intact.
    const QJsonArray fileElements = objectOf(json).value(QLatin1StringView("elements")).toArray();
    for (qsizetype i = 0; i < s.elements.size(); ++i)
        QCOMPARE(s.elements.at(i).bytes.toHex(), fileElements.at(i).toObject().value(QLatin1StringView("hexData")).toString().toLatin1());
    QVERIFY(s.elements.first().type == ElementType::Start);
    QCOMPARE(s.elements.first().bytes, QByteArray("\x05"));
    QVERIFY(s.elements.last().type == ElementType::End);
    QVERIFY(s.messages.first().startsWith(QLatin1StringView("MSH|^~\\&|CHEM-200|")));
    QVERIFY(s.messages.first().endsWith(QLatin1StringView("\r\n")));
}

void tst_SessionCodec::legacyFileSurvivesRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (int n = 1; n <= 6; ++n)
        QTest::newRow(qPrintable(QStringLiteral("session-%1").arg(n))) << QStringLiteral("session-%1").arg(n);
}

void tst_SessionCodec::legacyFileSurvivesRoundTrip()
{
    QFETCH(QString, file);
    const QByteArray original = readFileBytes(fixturePath(QStringLiteral("legacy/%1.json").arg(file)));
    const Session legacy = SessionCodec::decode(original, file).value();
    const QByteArray rewritten = SessionCodec::encode(legacy);
    const Result<Session> again = SessionCodec::decode(rewritten, file);
    QVERIFY2(again.ok(), qPrintable(again.error()));

    Session expected = legacy;
    expected.schemaVersion = SessionCodec::SchemaVersionString;
    QCOMPARE(again.value(), expected);

    // Every field the Electron app wrote is still there with the same value, so it reads the file back.
    const QJsonObject before = objectOf(original);
    const QJsonObject after = objectOf(rewritten);
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() == QLatin1StringView("_metadata"))
            continue;
        QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(after.value(it.key()), it.value());
    }
}

void tst_SessionCodec::writesTheLegacyShape()
{
    Session s = SessionFactory::make(2, 300, 1'790'000'000'000);
    s.id = QStringLiteral("session-1790000000000-00c0ffee");
    s.sessionNumber = 7;
    s.retentionDays = 45;
    s.savedAt = 1'790'000'100'000;
    s.submissionStatus = SubmissionStatus::Failed;
    s.submissionAttempts = 3;
    s.submissionError = QStringLiteral("HTTP 503: the collector is unavailable");
    const QJsonObject o = objectOf(SessionCodec::encode(s));

    QCOMPARE(o.value(QLatin1StringView("id")).toString(), s.id);
    QCOMPARE(o.value(QLatin1StringView("sessionId")).toInteger(), 7);
    QCOMPARE(o.value(QLatin1StringView("startTime")).toInteger(), s.startTime);
    QCOMPARE(o.value(QLatin1StringView("endTime")).toInteger(), *s.endTime);
    QCOMPARE(o.value(QLatin1StringView("persistedUntil")).toInteger(), s.startTime + 45 * 86'400'000LL);
    QCOMPARE(o.value(QLatin1StringView("submissionStatus")).toString(), QStringLiteral("failed"));
    QCOMPARE(o.value(QLatin1StringView("submissionAttempts")).toInt(), 3);
    QCOMPARE(o.value(QLatin1StringView("submissionError")).toString(), s.submissionError);
    QVERIFY(o.value(QLatin1StringView("isComplete")).toBool());
    QCOMPARE(o.value(QLatin1StringView("messages")).toArray().size(), 2);

    const QJsonObject meta = o.value(QLatin1StringView("_metadata")).toObject();
    QCOMPARE(meta.value(QLatin1StringView("version")).toString(), QStringLiteral("2.0.0"));
    QCOMPARE(meta.value(QLatin1StringView("schemaVersion")).toInt(), 2);
    QCOMPARE(meta.value(QLatin1StringView("savedAt")).toInteger(), s.savedAt);
    QCOMPARE(meta.value(QLatin1StringView("retentionDays")).toInt(), 45);

    const QJsonArray elements = o.value(QLatin1StringView("elements")).toArray();
    QCOMPARE(elements.size(), s.elements.size());
    const QJsonObject message = elements.at(2).toObject();
    QCOMPARE(message.value(QLatin1StringView("type")).toString(), QStringLiteral("message"));
    QCOMPARE(message.value(QLatin1StringView("direction")).toString(), QStringLiteral("device-to-pc"));
    QCOMPARE(message.value(QLatin1StringView("hexData")).toString().toLatin1(), s.elements.at(2).bytes.toHex());
    const QJsonObject buffer = message.value(QLatin1StringView("rawBytes")).toObject();
    QCOMPARE(buffer.value(QLatin1StringView("type")).toString(), QStringLiteral("Buffer"));
    QCOMPARE(buffer.value(QLatin1StringView("data")).toArray().size(), s.elements.at(2).bytes.size());
    QCOMPARE(buffer.value(QLatin1StringView("data")).toArray().first().toInt(), int('M'));
    QCOMPARE(message.value(QLatin1StringView("content")).toString(), s.messages.first());
    QVERIFY(!message.value(QLatin1StringView("id")).toString().isEmpty());
    QCOMPARE(elements.at(0).toObject().value(QLatin1StringView("type")).toString(), QStringLiteral("start"));
    QCOMPARE(elements.at(1).toObject().value(QLatin1StringView("direction")).toString(), QStringLiteral("pc-to-device"));
}

void tst_SessionCodec::unknownFieldsSurvive()
{
    const QByteArray original = readFileBytes(fixturePath(QStringLiteral("legacy/session-1.json")));
    const QByteArray extended = withChange(original, [](QJsonObject &o) {
        o.insert(QStringLiteral("analyzerSerial"), QStringLiteral("SN-42"));
        o.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("night"), 3});
        QJsonObject e = firstElement(o);
        e.insert(QStringLiteral("note"), QStringLiteral("first byte"));
        setFirstElement(o, e);
    });
    const Session s = SessionCodec::decode(extended, QStringLiteral("session-1")).value();
    const QJsonObject rewritten = objectOf(SessionCodec::encode(s));
    QCOMPARE(rewritten.value(QLatin1StringView("analyzerSerial")).toString(), QStringLiteral("SN-42"));
    QCOMPARE(rewritten.value(QLatin1StringView("tags")).toArray(), (QJsonArray{QStringLiteral("night"), 3}));
    QCOMPARE(firstElement(rewritten).value(QLatin1StringView("note")).toString(), QStringLiteral("first byte"));
}

void tst_SessionCodec::capturedTextAndHeader_data()
{
    QTest::addColumn<QJsonObject>("keys");   // put on the first element of a legacy file
    QTest::addColumn<bool>("textLifted");
    QTest::addColumn<bool>("headerLifted");

    const QJsonObject header{{u"type"_s, u"ORU^R01"_s},      {u"controlId"_s, u"C1"_s},
                             {u"sendingApplication"_s, u"A"_s}, {u"sendingFacility"_s, u"F"_s},
                             {u"version"_s, u"2.5.1"_s},     {u"charset"_s, u"UTF-8"_s}};
    QJsonObject longer = header;
    longer.insert(u"extra"_s, u"x"_s);
    QJsonObject numeric = header;
    numeric.insert(u"version"_s, 2.5);

    QTest::newRow("equal texts and a header")
        << QJsonObject{{u"content"_s, u"MSH|^~\\&|\r"_s}, {u"decodedMessage"_s, u"MSH|^~\\&|\r"_s}, {u"hl7"_s, header}}
        << true << true;
    QTest::newRow("texts that differ")
        << QJsonObject{{u"content"_s, u"a"_s}, {u"decodedMessage"_s, u"b"_s}} << false << false;
    QTest::newRow("content alone") << QJsonObject{{u"content"_s, u"a"_s}} << false << false;
    QTest::newRow("empty texts") << QJsonObject{{u"content"_s, u""_s}, {u"decodedMessage"_s, u""_s}} << true << false;
    QTest::newRow("texts that are not strings")
        << QJsonObject{{u"content"_s, 1}, {u"decodedMessage"_s, 1}} << false << false;
    QTest::newRow("a lone surrogate")
        << QJsonObject{{u"content"_s, QString(QChar(0xD800))}, {u"decodedMessage"_s, QString(QChar(0xD800))}}
        << true << false;
    QTest::newRow("a header with a seventh key") << QJsonObject{{u"hl7"_s, longer}} << false << false;
    QTest::newRow("a header with a number") << QJsonObject{{u"hl7"_s, numeric}} << false << false;
    QTest::newRow("a header that is a string") << QJsonObject{{u"hl7"_s, u"ORU"_s}} << false << false;
}

// Text and header read into their fields are written back as they were; anything else stays
// an extra key, written back unchanged.
void tst_SessionCodec::capturedTextAndHeader()
{
    QFETCH(QJsonObject, keys);
    QFETCH(bool, textLifted);
    QFETCH(bool, headerLifted);

    const QByteArray original = readFileBytes(fixturePath(QStringLiteral("legacy/session-1.json")));
    const QByteArray changed = withChange(original, [&](QJsonObject &o) {
        QJsonObject e = firstElement(o);
        e.remove(u"content"_s);
        e.remove(u"decodedMessage"_s);
        for (auto it = keys.begin(); it != keys.end(); ++it)
            e.insert(it.key(), it.value());
        setFirstElement(o, e);
    });
    const Session s = SessionCodec::decode(changed, QStringLiteral("session-1")).value();
    const Element &e = s.elements.first();
    QCOMPARE(!e.text.isNull(), textLifted);
    QCOMPARE(e.header.has_value(), headerLifted);
    QCOMPARE(e.extra.contains(u"content"_s), keys.contains(u"content"_s) && !textLifted);
    QCOMPARE(e.extra.contains(u"hl7"_s), keys.contains(u"hl7"_s) && !headerLifted);

    QJsonObject rewritten = firstElement(objectOf(SessionCodec::encode(s)));
    for (auto it = keys.begin(); it != keys.end(); ++it)
        QCOMPARE(rewritten.value(it.key()), it.value());
    // Encoding what was decoded gives the same session again.
    QCOMPARE(SessionCodec::decode(SessionCodec::encode(s), QStringLiteral("session-1")).value().elements.first(), e);
}

void tst_SessionCodec::invalidFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");

    const QByteArray valid = readFileBytes(fixturePath(QStringLiteral("legacy/session-1.json")));
    using Change = std::function<void(QJsonObject &)>;
    auto row = [&](const char *name, const Change &change, const char *reason) {
        QTest::newRow(name) << withChange(valid, change) << QString::fromLatin1(reason);
    };
    auto elementRow = [&](const char *name, const std::function<void(QJsonObject &)> &change, const char *reason) {
        row(name, [change](QJsonObject &o) {
            QJsonObject e = firstElement(o);
            change(e);
            setFirstElement(o, e);
        }, reason);
    };

    QTest::newRow("not JSON") << QByteArray("hello") << "not valid JSON";
    QTest::newRow("empty file") << QByteArray() << "not valid JSON";
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << "not valid JSON";
    QTest::newRow("array at the top") << QByteArray("[1,2]") << "not a JSON object";
    row("no id", [](QJsonObject &o) { o.remove(QStringLiteral("id")); }, "\"id\"");
    row("numeric id", [](QJsonObject &o) { o.insert(QStringLiteral("id"), 5); }, "\"id\"");
    row("id leaves the folder", [](QJsonObject &o) { o.insert(QStringLiteral("id"), QStringLiteral("../../etc/passwd")); }, "not a safe file name");
    row("id of another file", [](QJsonObject &o) { o.insert(QStringLiteral("id"), QStringLiteral("session-99")); }, "does not match");
    row("no start time", [](QJsonObject &o) { o.remove(QStringLiteral("startTime")); }, "startTime");
    row("negative start time", [](QJsonObject &o) { o.insert(QStringLiteral("startTime"), -5); }, "startTime");
    row("fractional end time", [](QJsonObject &o) { o.insert(QStringLiteral("endTime"), 1.5); }, "endTime");
    row("unknown status", [](QJsonObject &o) { o.insert(QStringLiteral("submissionStatus"), QStringLiteral("done")); }, "submissionStatus");
    row("negative attempts", [](QJsonObject &o) { o.insert(QStringLiteral("submissionAttempts"), -1); }, "submissionAttempts");
    row("elements not a list", [](QJsonObject &o) { o.insert(QStringLiteral("elements"), QStringLiteral("x")); }, "elements");
    row("messages not text", [](QJsonObject &o) { o.insert(QStringLiteral("messages"), QJsonArray{1}); }, "messages");
    row("complete as text", [](QJsonObject &o) { o.insert(QStringLiteral("isComplete"), QStringLiteral("yes")); }, "isComplete");
    row("unknown schema", [](QJsonObject &o) { o.insert(QStringLiteral("_metadata"), QJsonObject{{QStringLiteral("version"), QStringLiteral("9.0.0")}}); }, "schema version");
    row("retention of 0 days", [](QJsonObject &o) {
        o.insert(QStringLiteral("_metadata"), QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0.0")}, {QStringLiteral("retentionDays"), 0}});
    }, "retentionDays");
    row("retention of 400 days", [](QJsonObject &o) {
        o.insert(QStringLiteral("_metadata"), QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0.0")}, {QStringLiteral("retentionDays"), 400}});
    }, "retentionDays");
    elementRow("element type unknown", [](QJsonObject &e) { e.insert(QStringLiteral("type"), QStringLiteral("blob")); }, "type");
    elementRow("element direction unknown", [](QJsonObject &e) { e.insert(QStringLiteral("direction"), QStringLiteral("up")); }, "direction");
    elementRow("element without time", [](QJsonObject &e) { e.remove(QStringLiteral("timestamp")); }, "timestamp");
    elementRow("element without bytes", [](QJsonObject &e) {
        e.remove(QStringLiteral("rawBytes"));
        e.remove(QStringLiteral("hexData"));
    }, "neither");
    elementRow("rawBytes value 300", [](QJsonObject &e) {
        e.insert(QStringLiteral("rawBytes"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Buffer")}, {QStringLiteral("data"), QJsonArray{300}}});
        e.remove(QStringLiteral("hexData"));
    }, "not a byte");
    elementRow("rawBytes not a Buffer", [](QJsonObject &e) { e.insert(QStringLiteral("rawBytes"), QJsonArray{5}); }, "Buffer");
    elementRow("hexData odd", [](QJsonObject &e) {
        e.remove(QStringLiteral("rawBytes"));
        e.insert(QStringLiteral("hexData"), QStringLiteral("050"));
    }, "odd");
    elementRow("hexData not hex", [](QJsonObject &e) { e.insert(QStringLiteral("hexData"), QStringLiteral("zz")); }, "hexadecimal");
    elementRow("hexData and rawBytes disagree", [](QJsonObject &e) { e.insert(QStringLiteral("hexData"), QStringLiteral("06")); }, "disagree");
}

void tst_SessionCodec::invalidFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const Result<Session> r = SessionCodec::decode(json, QStringLiteral("session-1"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(reason), qPrintable(r.error()));
}

void tst_SessionCodec::retentionDerivedFromPersistedUntil()
{
    const QByteArray original = readFileBytes(fixturePath(QStringLiteral("legacy/session-6.json")));
    const QByteArray json = withChange(original, [](QJsonObject &o) {
        o.insert(QStringLiteral("persistedUntil"), o.value(QLatin1StringView("startTime")).toInteger() + 14 * 86'400'000LL);
    });
    QCOMPARE(SessionCodec::decode(json, QStringLiteral("session-6")).value().retentionDays, 14);
}

void tst_SessionCodec::textIsEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes and backslashes") << QStringLiteral("MSH|^~\\&|\"quoted\"|\\E\\");
    QTest::newRow("control characters") << QStringLiteral("a\x01\x0b\x1c\tb\r\n\f\b");
    QTest::newRow("latin and greek") << QStringLiteral("M\u00fcller \u00c9l\u00e8ve \u03b1\u03b2");
    QTest::newRow("outside the BMP") << QStringLiteral("sample \U0001F9EA");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b");
}

void tst_SessionCodec::textIsEscaped()
{
    QFETCH(QString, text);
    Session s = SessionFactory::make(1, 100);
    s.id = QStringLiteral("session-x");
    s.messages = QStringList{text};
    s.deviceIp = text;
    s.submissionError = text;
    const QByteArray json = SessionCodec::encode(s);
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const Session back = SessionCodec::decode(json, s.id).value();
    QCOMPARE(back.messages, QStringList{text});
    QCOMPARE(back.deviceIp, text);
    QCOMPARE(back.submissionError, text);
}

void tst_SessionCodec::messageBytesOfAnyEncodingStayExact_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("content");
    QTest::newRow("ASCII") << QByteArray("MSH|^~\\&|A\r") << QStringLiteral("MSH|^~\\&|A\r");
    QTest::newRow("UTF-8") << QByteArray("PID|M\xc3\xbcller\r") << QStringLiteral("PID|M\u00fcller\r");
    QTest::newRow("ISO-8859-1") << QByteArray("PID|M\xfcller\r") << QStringLiteral("PID|M\ufffdller\r");
    QTest::newRow("cut inside a character") << QByteArray("PID|\xe4\xb8") << QString();
    QTest::newRow("surrogate encoded") << QByteArray("x\xed\xa0\x80") << QString();
}

void tst_SessionCodec::messageBytesOfAnyEncodingStayExact()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, content);
    Session s = SessionFactory::make(1, 100);
    s.id = QStringLiteral("session-bytes");
    s.elements[2].bytes = bytes;
    const QByteArray json = SessionCodec::encode(s);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const Session back = SessionCodec::decode(json, s.id).value();
    QCOMPARE(back.elements.at(2).bytes, bytes);
    // The text the Electron app shows is the bytes read as UTF-8, with U+FFFD for what is not.
    const QString shown = o.value(QLatin1StringView("elements")).toArray().at(2).toObject().value(QLatin1StringView("content")).toString();
    if (!content.isEmpty())
        QCOMPARE(shown, content);
    QCOMPARE(shown, QString::fromUtf8(bytes));
}

void tst_SessionCodec::messageType_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("type");
    QTest::newRow("ORU") << "MSH|^~\\&|A|B|C|D|20260101||ORU^R01|1|P|2.3\rPID|1" << "ORU^R01";
    QTest::newRow("three components") << "MSH|^~\\&|A|B|C|D|20260101||OML^O21^OML_O21|1|P|2.5.1" << "OML^O21^OML_O21";
    QTest::newRow("other field separator") << "MSH^|~\\&^A^B^C^D^20260101^^ADT|A24^1^P^2.4" << "ADT|A24";
    QTest::newRow("segment ends right after") << "MSH|^~\\&|A|B|C|D|20260101||ACK\rMSA|AA|1" << "ACK";
    QTest::newRow("too few fields") << "MSH|^~\\&|A|B" << "";
    QTest::newRow("not HL7") << "hello world" << "";
}

void tst_SessionCodec::messageType()
{
    QFETCH(QString, message);
    QFETCH(QString, type);
    QCOMPARE(messageTypeOf(message), type);
}

void tst_SessionCodec::fingerprintIgnoresSubmissionState()
{
    Session a = SessionFactory::make(2, 300);
    Session b = a;
    b.id = QStringLiteral("other-id");
    b.submissionStatus = SubmissionStatus::Submitted;
    b.submissionAttempts = 4;
    QCOMPARE(captureFingerprint(a), captureFingerprint(b));
    b.elements[2].bytes[10] = 'Z';
    QVERIFY(captureFingerprint(a) != captureFingerprint(b));
}

QTEST_GUILESS_MAIN(tst_SessionCodec)
#include "tst_sessioncodec.moc"

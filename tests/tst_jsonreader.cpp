#include "jsonreader.h"
#include "sessioncodec.h"
#include "sessionfactory.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

class tst_JsonReader : public QObject
{
    Q_OBJECT

private slots:
    void acceptsWhatQJsonDocumentAccepts_data();
    void acceptsWhatQJsonDocumentAccepts();
    void refusesWhatQJsonDocumentRefuses_data();
    void refusesWhatQJsonDocumentRefuses();
    void readsByteArrays_data();
    void readsByteArrays();
    void randomDocumentsRoundTrip();
    void mutatedSessionsNeverCrashAndAgreeOnSyntax();
};

namespace {

bool readDocument(const QByteArray &json, QJsonValue &value, QString *error = nullptr)
{
    JsonReader reader(json);
    const bool ok = reader.readValue(value) && reader.finish();
    if (error)
        *error = reader.error();
    return ok;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    const int kind = depth > 3 ? int(random.bounded(4)) : int(random.bounded(6));
    switch (kind) {
    case 0: return QJsonValue(QJsonValue::Null);
    case 1: return random.bounded(2) == 1;
    case 2: return random.bounded(2) ? double(random.bounded(-1000000, 1000000)) : random.generateDouble() * 1e6;
    case 3: {
        QString text;
        const int length = int(random.bounded(12));
        for (int i = 0; i < length; ++i) {
            static const char16_t pool[] = u"aZ09 \"\\/\b\f\n\r\t\x01\x1f\u00e9\u4e2d\U0001F600|^~&";
            text.append(QChar(pool[random.bounded(int(std::size(pool)) - 1)]));
        }
        return text;
    }
    case 4: {
        QJsonArray array;
        const int length = int(random.bounded(5));
        for (int i = 0; i < length; ++i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        const int length = int(random.bounded(5));
        for (int i = 0; i < length; ++i)
            object.insert(QStringLiteral("k%1").arg(random.bounded(10)), randomValue(random, depth + 1));
        return object;
    }
    }
}

} // namespace

void tst_JsonReader::acceptsWhatQJsonDocumentAccepts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray(" [ ] ");
    QTest::newRow("nested") << QByteArray("{\"a\":[1,{\"b\":null},true,false,\"x\"]}");
    QTest::newRow("numbers") << QByteArray("[0,-0,1.5,-2e3,1E-2,123456789012]");
    QTest::newRow("escapes") << QByteArray("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"]");
    QTest::newRow("utf-8") << QByteArray("[\"M\xc3\xbcller \xe4\xb8\xad \xf0\x9f\x98\x80\"]");
    QTest::newRow("white space everywhere") << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] } \n");
}

void tst_JsonReader::acceptsWhatQJsonDocumentAccepts()
{
    QFETCH(QByteArray, json);
    QJsonValue value;
    QString error;
    QVERIFY2(readDocument(json, value, &error), qPrintable(error));
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QCOMPARE(value, document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
}

void tst_JsonReader::refusesWhatQJsonDocumentRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("nothing") << QByteArray("");
    QTest::newRow("unterminated object") << QByteArray("{\"a\":1");
    QTest::newRow("trailing comma") << QByteArray("[1,2,]");
    QTest::newRow("missing comma") << QByteArray("[1 2]");
    QTest::newRow("single quotes") << QByteArray("['a']");
    QTest::newRow("bare word") << QByteArray("[nul]");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("lone minus") << QByteArray("[-]");
    QTest::newRow("dot without digits") << QByteArray("[1.]");
    QTest::newRow("raw control character") << QByteArray("[\"a\x01\"]");
    QTest::newRow("bad escape") << QByteArray("[\"\\q\"]");
    QTest::newRow("short unicode escape") << QByteArray("[\"\\u12\"]");
    QTest::newRow("invalid UTF-8") << QByteArray("[\"\xc3\x28\"]");
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]");
    QTest::newRow("garbage after") << QByteArray("{} x");
    QTest::newRow("key without quotes") << QByteArray("{a:1}");
    QTest::newRow("deep nesting") << QByteArray(2000, '[') + QByteArray(2000, ']');
}

void tst_JsonReader::refusesWhatQJsonDocumentRefuses()
{
    QFETCH(QByteArray, json);
    QJsonValue value;
    QString error;
    QVERIFY(!readDocument(json, value, &error));
    QVERIFY2(error.startsWith(QLatin1StringView("at byte ")), qPrintable(error));
}

void tst_JsonReader::readsByteArrays_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("outOfRange");
    QTest::newRow("empty") << QByteArray("[]") << QByteArray() << true << false;
    QTest::newRow("compact") << QByteArray("[5,6,255,0]") << QByteArray("\x05\x06\xff\x00", 4) << true << false;
    QTest::newRow("pretty") << QByteArray("[\n  77,\n  83\n]") << QByteArray("MS") << true << false;
    QTest::newRow("written as real numbers") << QByteArray("[5.0,1e1]") << QByteArray("\x05\x0a") << true << false;
    QTest::newRow("256") << QByteArray("[256]") << QByteArray() << true << true;
    QTest::newRow("negative") << QByteArray("[-1]") << QByteArray() << true << true;
    QTest::newRow("fraction") << QByteArray("[1.5]") << QByteArray() << true << true;
    QTest::newRow("leading zero") << QByteArray("[05]") << QByteArray() << false << false;
    QTest::newRow("unterminated") << QByteArray("[1,2") << QByteArray() << false << false;
    QTest::newRow("trailing comma") << QByteArray("[1,]") << QByteArray() << false << false;
}

void tst_JsonReader::readsByteArrays()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(bool, outOfRange);
    JsonReader reader(json);
    QByteArray out;
    bool range = false;
    QCOMPARE(reader.readByteArray(out, range) && reader.finish(), valid);
    if (!valid)
        return;
    QCOMPARE(range, outOfRange);
    if (!outOfRange)
        QCOMPARE(out, bytes);
}

void tst_JsonReader::randomDocumentsRoundTrip()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    for (int i = 0; i < 2000; ++i) {
        const QJsonValue original = randomValue(random, 0);
        const QJsonObject wrapper{{QStringLiteral("v"), original}};
        const QByteArray json = QJsonDocument(wrapper).toJson(i % 2 ? QJsonDocument::Compact : QJsonDocument::Indented);
        QJsonValue back;
        QString error;
        QVERIFY2(readDocument(json, back, &error), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(error)));
        QVERIFY2(back == QJsonValue(wrapper), qPrintable(QStringLiteral("seed %1, document %2").arg(seed).arg(i)));
    }
}

void tst_JsonReader::mutatedSessionsNeverCrashAndAgreeOnSyntax()
{
    // A long randomized test of the session reader: random byte changes, cuts and insertions into
    // real session files. Whatever comes in, decoding ends with a session or an error, and it
    // refuses every document QJsonDocument calls malformed.
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    Session s = SessionFactory::make(2, 300);
    s.id = QStringLiteral("session-1");
    const QList<QByteArray> originals{readFileBytes(fixturePath(QStringLiteral("legacy/session-1.json"))),
                                      SessionCodec::encode(s)};
    static const char interesting[] = "{}[]\",:0123456789.-eE\\ntfu \x01\xc3\xff";
    for (int i = 0; i < 3000; ++i) {
        QByteArray json = originals.at(i % 2);
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(json.size());
            switch (random.bounded(3)) {
            case 0: json[at] = interesting[random.bounded(int(sizeof interesting) - 1)]; break;
            case 1: json.remove(at, random.bounded(1, 8)); break;
            default: json.insert(at, interesting[random.bounded(int(sizeof interesting) - 1)]); break;
            }
        }
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        const Result<Session> full = SessionCodec::decode(json, QStringLiteral("session-1"));
        const Result<Session> summary = SessionCodec::decode(json, QStringLiteral("session-1"), SessionCodec::Detail::Summary);
        QVERIFY2(full.ok() == summary.ok(), qPrintable(QStringLiteral("seed %1, case %2").arg(seed).arg(i)));
        if (error.error != QJsonParseError::NoError)
            QVERIFY2(!full.ok(), qPrintable(QStringLiteral("seed %1, case %2: accepted malformed JSON").arg(seed).arg(i)));
        if (!full.ok())
            QVERIFY(!full.error().isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_JsonReader)
#include "tst_jsonreader.moc"

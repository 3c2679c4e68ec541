// This parser against an independent one, Debian's python3-hl7 (0.4.5), over every fixture:
// tests/hl7values.py prints what python-hl7 reads at a list of paths, this test compares that
// with Message. The paths are the common ones (MSH-9, PID-5.1, OBX(n)-5, …) and every part of
// every message. Skipped where /usr/bin/python3 cannot import hl7 (apt install python3-hl7).
//
// Where python-hl7 differs by design, the comparable form is compared:
// - It splits segments on CR only, keeps MLLP framing and leaves the charset to its caller:
//   hl7values.py gives it CR line ends, no VT/FS, and the codec MSH-18 names.
// - extract_field() of a part with children gives its first leaf, value() its text as written:
//   values are compared for leaves; for every part, the text as written (python-hl7's str()).
// - Its unescape() makes \H\ and \N\ "_" and \.br\ a CR, where we drop the first two and show a
//   LF: for leaves holding those, its unescape with an application map saying so is compared.
// - Not compared, as python-hl7 has no reading of its own there: \Zxx\ \Cxxyy\ \Mxxyyzz\ and
//   other formatting (it drops them, we keep them), \P\ (it does not know v2.7's truncation
//   character), \X\ of non-ASCII bytes (it makes each byte a Latin-1 character, we decode them
//   in the message's charset), and malformed or unterminated sequences.
// - A segment without a field separator ("NTE") is no segment to python-hl7.

#include "hl7message.h"
#include "hl7testhelpers.h"
#include "testdata.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace Hl7;

namespace {

const QString Python = QStringLiteral("/usr/bin/python3");

// Whether python-hl7 decodes every escape sequence of a leaf as we do (see the top).
bool comparableEscapes(QByteArrayView raw, const Delimiters &d, bool *display)
{
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != d.escape)
            continue;
        const qsizetype close = raw.indexOf(d.escape, i + 1);
        if (close < 0)
            return false;
        const QByteArrayView body = raw.sliced(i + 1, close - i - 1);
        if (body == "H" || body == "N" || body == ".br") {
            *display = true;
        } else if (body.size() > 1 && body[0] == 'X') {
            const QByteArray bytes = QByteArray::fromHex(body.sliced(1).toByteArray());
            if (body.size() % 2 == 0 || bytes.size() * 2 != body.size() - 1 || std::any_of(bytes.begin(), bytes.end(), [](char c) { return quint8(c) >= 0x80; }))
                return false;
        } else if (body.size() != 1 || !QByteArrayView("FSTRE").contains(body[0])) {
            return false;
        }
        i = close;
    }
    return true;
}

// Where two texts part, for a failure message that fits on a screen.
QString difference(const QString &ours, const QString &theirs)
{
    qsizetype at = 0;
    while (at < ours.size() && at < theirs.size() && ours[at] == theirs[at])
        ++at;
    const qsizetype from = std::max<qsizetype>(0, at - 20);
    return QStringLiteral("differ at %1: here \"%2\", python-hl7 \"%3\"").arg(at).arg(ours.mid(from, 60), theirs.mid(from, 60));
}

struct Request
{
    int message = 0;
    Path path;
};

} // namespace

class tst_Hl7Compare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compare_data();
    void compare();
};

void tst_Hl7Compare::initTestCase()
{
    QProcess probe;
    probe.start(Python, {QStringLiteral("-c"), QStringLiteral("import hl7")});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("/usr/bin/python3 cannot import hl7 (Debian's python3-hl7)");
}

void tst_Hl7Compare::compare_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(fixturePath(QStringLiteral("hl7"))).entryList({QStringLiteral("*.hl7")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void tst_Hl7Compare::compare()
{
    QFETCH(QString, file);
    const QString path = fixturePath(QStringLiteral("hl7/") + file);
    const QByteArray bytes = readFileBytes(path);
    const QList<Range> ranges = splitMessages(bytes);
    QList<Message> messages;
    for (const Range &r : ranges)
        messages.append(Message::parse(bytes.sliced(r.begin, r.size())));

    QList<Request> requests;
    for (int i = 0; i < messages.size(); ++i) {
        const Message &m = messages[i];
        int obx = 0;
        for (const Segment &s : m.segments())
            obx += s.name == "OBX";
        QStringList common{QStringLiteral("MSH-9"), QStringLiteral("MSH-10"), QStringLiteral("MSH-12"), QStringLiteral("MSH-18"),
                           QStringLiteral("PID-3.1"), QStringLiteral("PID-5.1"), QStringLiteral("PID-5.2"), QStringLiteral("PID-7"),
                           QStringLiteral("PID-8"), QStringLiteral("OBR-4.1"), QStringLiteral("OBR-4.2")};
        for (int n = 1; n <= obx + 1; ++n) {
            common.append(QStringLiteral("OBX(%1)-3.1").arg(n));
            common.append(QStringLiteral("OBX(%1)-5").arg(n));
        }
        for (const QString &text : std::as_const(common))
            requests.append({i, *Path::parse(text)});
        for (const QList<Hl7Test::Part> &segmentParts : Hl7Test::partsOf(m)) {
            const Path segmentPath = segmentParts.constFirst().path;
            if (!Hl7Test::isSegmentName(segmentPath.segment) || m.segment(segmentPath)->fields.isEmpty())
                continue;
            for (const Hl7Test::Part &part : segmentParts)
                requests.append({i, part.path});
            // Parts that are not there: after the last field, component and sub-component.
            const Segment &s = *m.segment(segmentPath);
            requests.append({i, Path{s.name, segmentPath.occurrence, int(s.fields.size() + 1), 0, 0, 0}});
            for (qsizetype f = 2; f < s.fields.size(); ++f) {
                const Repetition &first = s.fields[f].repetitions.constFirst();
                requests.append({i, Path{s.name, segmentPath.occurrence, int(f + 1), 0, int(first.components.size() + 1), 0}});
                requests.append({i, Path{s.name, segmentPath.occurrence, int(f + 1), int(s.fields[f].repetitions.size() + 1), 0, 0}});
                requests.append({i, Path{s.name, segmentPath.occurrence, int(f + 1), 0, 1, int(first.components.constFirst().subcomponents.size() + 1)}});
            }
        }
    }

    QByteArray input;
    for (const Request &r : std::as_const(requests))
        input += QByteArray::number(r.message) + '\t' + r.path.toString().toLatin1() + '\n';
    QProcess python;
    python.start(Python, {QStringLiteral(HL7VALUES_PY), path});
    QVERIFY(python.waitForStarted());
    python.write(input);
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, python.readAllStandardError().constData());
    QJsonParseError error;
    const QJsonObject answer = QJsonDocument::fromJson(python.readAllStandardOutput(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(answer.value(u"messages").toInt(), messages.size());
    const QJsonArray values = answer.value(u"values").toArray();
    QCOMPARE(values.size(), requests.size());

    int comparedValues = 0;
    int skippedValues = 0;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const Message &m = messages[requests[i].message];
        const Path &p = requests[i].path;
        const QJsonArray python3 = values[i].toArray();
        const QJsonValue theirRaw = python3[0];
        const std::optional<Range> r = m.range(p);
        const QString where = QStringLiteral("message %1, %2").arg(requests[i].message).arg(p.toString());
        QVERIFY2(r.has_value() == !theirRaw.isNull(), qPrintable(where + QStringLiteral(": here %1, python-hl7 %2").arg(r ? QStringLiteral("present") : QStringLiteral("absent"), theirRaw.isNull() ? QStringLiteral("absent") : QStringLiteral("present"))));
        if (!r)
            continue;
        QVERIFY2(m.text(*r) == theirRaw.toString(), qPrintable(where + QStringLiteral(": texts ") + difference(m.text(*r), theirRaw.toString())));
        if (p.field == 0)
            continue;
        const QByteArrayView raw = QByteArrayView(m.raw()).sliced(r->begin, r->size());
        const Delimiters &d = m.delimiters();
        const bool header = (p.segment == "MSH" || p.segment == "BHS" || p.segment == "FHS") && p.field <= 2;
        const bool leaf = header || (!raw.contains(d.repetition) && !raw.contains(d.component) && !raw.contains(d.subcomponent));
        if (!leaf)
            continue;
        bool display = false;
        if (!header && !comparableEscapes(raw, d, &display)) {
            ++skippedValues;
            continue;
        }
        const QString theirs = python3[display ? 2 : 1].toString();
        QVERIFY2(m.value(p) == theirs, qPrintable(where + QStringLiteral(": values ") + difference(m.value(p), theirs)));
        ++comparedValues;
    }
    qDebug("%s: %lld paths, %d values compared, %d with sequences python-hl7 reads otherwise", qPrintable(file), qlonglong(requests.size()), comparedValues, skippedValues);
    QVERIFY(comparedValues >= 20);
}

QTEST_GUILESS_MAIN(tst_Hl7Compare)
#include "tst_hl7compare.moc"

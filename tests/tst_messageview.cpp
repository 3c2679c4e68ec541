#include "elementbytemodel.h"
#include "hexview.h"
#include "messagetreemodel.h"
#include "messageview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QTest>
#include <QTreeView>

namespace {

const QByteArray Message = QByteArrayLiteral("MSH|^~\\&|ANALYZER|LAB|LIS|HOSP|20261101120000||ORU^R01|MSG0001|P|2.5.1\r"
                                             "PID|1||TEST0001^^^LAB^MR||DEMO^CASE||19900303|M\r"
                                             "OBX|1|NM|WBC^White cells^L||7.5|10*9/L\r");

QByteArray mllp(const QByteArray &message)
{
    return '\x0b' + message + "\x1c\r";
}

QByteArray astm(const QByteArray &message)
{
    return '\x02' + message + "\r\n";
}

// E1381 frames cut at `cut`: STX n text ETB cc CR LF, STX n text ETX cc CR LF. The checksum is
// not checked by the view, so any two characters do.
QByteArray e1381(const QByteArray &message, qsizetype cut)
{
    return "\x02" "1" + message.left(cut) + "\x17" "00\r\n" "\x02" "2" + message.mid(cut) + "\x03" "00\r\n";
}

Element elementOf(const QByteArray &bytes, ElementType type = ElementType::Message)
{
    Element e;
    e.type = type;
    e.bytes = bytes;
    return e;
}

Hl7::Path path(const QString &text)
{
    return Hl7::Path::parse(text).value_or(Hl7::Path{});
}

// Where PID-3 begins in the message: the E1381 element is cut in its middle.
const qsizetype Pid3 = Message.indexOf("TEST0001");

// Clicks the hex cell of an element offset as a person would.
void clickByte(HexView *hex, qsizetype offset)
{
    const QModelIndex cell = hex->byteModel()->indexForOffset(offset);
    QVERIFY(cell.isValid());
    hex->scrollTo(cell);
    QTest::mouseClick(hex->viewport(), Qt::LeftButton, {}, hex->visualRect(cell).center());
}

} // namespace

Q_DECLARE_METATYPE(Element)

class tst_MessageView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nodeSelectsItsBytes_data();
    void nodeSelectsItsBytes();
    void clickedByteSelectsDeepestNode_data();
    void clickedByteSelectsDeepestNode();
    void framingByteSelectsNoNode();
    void textColumnClickSelectsThatByte();
    void keyboardInHexViewFollows();
    void handshakeShowsOnlyBytes();
    void selectionStaysAcrossElements();
    void hideEmptyFieldsKeepsSelection();
    void accessibleNames();

private:
    MessageView *m_view = nullptr;
};

void tst_MessageView::init()
{
    m_view = new MessageView;
    m_view->resize(1400, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void tst_MessageView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void tst_MessageView::nodeSelectsItsBytes_data()
{
    QTest::addColumn<QByteArray>("element");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("pieces"); // element ranges the node's bytes lie in

    const struct
    {
        const char *name;
        QByteArray bytes;
    } framings[] = {{"MLLP", mllp(Message)}, {"ASTM-style", astm(Message)}, {"E1381 cut in PID-3", e1381(Message, Pid3 + 4)}};
    for (const auto &f : framings) {
        const bool split = QByteArrayView(f.name).startsWith("E1381");
        QTest::addRow("%s, MSH-9", f.name) << f.bytes << QStringLiteral("MSH-9") << QByteArray("ORU^R01") << 1;
        QTest::addRow("%s, PID-3", f.name) << f.bytes << QStringLiteral("PID-3") << QByteArray("TEST0001^^^LAB^MR")
                                           << (split ? 2 : 1);
        QTest::addRow("%s, PID-3.1", f.name) << f.bytes << QStringLiteral("PID-3.1") << QByteArray("TEST0001")
                                             << (split ? 2 : 1);
        QTest::addRow("%s, PID-5.2", f.name) << f.bytes << QStringLiteral("PID-5.2") << QByteArray("CASE") << 1;
        QTest::addRow("%s, OBX segment", f.name) << f.bytes << QStringLiteral("OBX")
                                                 << QByteArray("OBX|1|NM|WBC^White cells^L||7.5|10*9/L") << 1;
    }
}

void tst_MessageView::nodeSelectsItsBytes()
{
    QFETCH(QByteArray, element);
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    QFETCH(int, pieces);

    QAbstractItemModelTester treeTester(m_view->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester byteTester(m_view->hexView()->byteModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->setElement(elementOf(element));
    QVERIFY(m_view->hasMessage());
    QCOMPARE(m_view->framedMessage().message(), Message);
    QCOMPARE(m_view->hexView()->byteModel()->bytes(), element);

    QVERIFY(m_view->selectPath(::path(path)));
    QCOMPARE(m_view->selectedPath()->toString(), path);
    QCOMPARE(m_view->hexView()->selectedBytes(), bytes);
    // Exactly the element bytes the message bytes lie in: framing bytes in between are left out.
    const QList<qsizetype> offsets = m_view->hexView()->selectedOffsets();
    const Hl7::Range range = m_view->treeModel()->rangeOf(m_view->treeModel()->indexForPath(::path(path)));
    QCOMPARE(offsets.size(), range.size());
    int runs = 1;
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        QCOMPARE(m_view->framedMessage().toMessage(offsets[i]), range.begin + i);
        if (i > 0 && offsets[i] != offsets[i - 1] + 1)
            ++runs;
    }
    QCOMPARE(runs, pieces);
    QCOMPARE(m_view->hexView()->currentOffset(), offsets.first());
}

void tst_MessageView::clickedByteSelectsDeepestNode_data()
{
    QTest::addColumn<QByteArray>("element");
    QTest::addColumn<QByteArray>("find");  // the byte clicked: the first of this text in the message
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes"); // what the hex view then highlights: the node's bytes

    for (const auto &[name, bytes] : {std::pair{"MLLP", mllp(Message)}, std::pair{"E1381", e1381(Message, Pid3 + 4)}}) {
        QTest::addRow("%s, trigger event", name) << bytes << QByteArray("R01") << QStringLiteral("MSH-9.2") << QByteArray("R01");
        QTest::addRow("%s, ID number after the frame cut", name)
            << bytes << QByteArray("0001^^^") << QStringLiteral("PID-3.1") << QByteArray("TEST0001");
        QTest::addRow("%s, given name", name) << bytes << QByteArray("ASE") << QStringLiteral("PID-5.2") << QByteArray("CASE");
        QTest::addRow("%s, leaf field", name) << bytes << QByteArray("19900303") << QStringLiteral("PID-7") << QByteArray("19900303");
    }
}

void tst_MessageView::clickedByteSelectsDeepestNode()
{
    QFETCH(QByteArray, element);
    QFETCH(QByteArray, find);
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);

    m_view->setElement(elementOf(element));
    const qsizetype messageOffset = Message.indexOf(find);
    const qsizetype elementOffset = m_view->framedMessage().toElement(messageOffset);
    QVERIFY(elementOffset > 0);
    clickByte(m_view->hexView(), elementOffset);

    const QModelIndex current = m_view->treeView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(m_view->treeModel()->pathOf(current).toString(), path);
    QCOMPARE(m_view->selectedPath()->toString(), path);
    QVERIFY(m_view->treeView()->selectionModel()->isRowSelected(current.row(), current.parent()));
    QCOMPARE(m_view->hexView()->selectedBytes(), bytes);
    QCOMPARE(m_view->hexView()->currentOffset(), elementOffset); // the clicked byte stays current
}

void tst_MessageView::framingByteSelectsNoNode()
{
    m_view->setElement(elementOf(mllp(Message)));
    QVERIFY(m_view->selectPath(path(QStringLiteral("PID-3"))));
    clickByte(m_view->hexView(), 0); // VT
    QVERIFY(!m_view->selectedPath());
    QVERIFY(m_view->treeView()->selectionModel()->selectedIndexes().isEmpty());
    QCOMPARE(m_view->hexView()->selectedOffsets(), QList<qsizetype>{0});
    // The FS at the end too.
    clickByte(m_view->hexView(), mllp(Message).size() - 2);
    QVERIFY(!m_view->selectedPath());
}

void tst_MessageView::textColumnClickSelectsThatByte()
{
    m_view->setElement(elementOf(mllp(Message)));
    HexView *hex = m_view->hexView();
    // Row 0's text: "<VT>MSH|^~\&|ANALY"; a click on the M of MSH selects the MSH segment's first
    // field node that holds it: the segment itself, since its name is no field.
    const QModelIndex text = hex->byteModel()->index(0, ElementByteModel::TextColumn);
    const QRect rect = hex->visualRect(text);
    const QFontMetrics metrics(hex->font());
    const int x = rect.left() + 4 + metrics.horizontalAdvance(QStringLiteral("<VT>")) + metrics.horizontalAdvance(u'M') / 2;
    QTest::mouseClick(hex->viewport(), Qt::LeftButton, {}, QPoint(x, rect.center().y()));
    QCOMPARE(hex->currentOffset(), 1);
    QCOMPARE(m_view->selectedPath()->toString(), QStringLiteral("MSH"));
}

void tst_MessageView::keyboardInHexViewFollows()
{
    m_view->setElement(elementOf(mllp(Message)));
    HexView *hex = m_view->hexView();
    const qsizetype r = m_view->framedMessage().toElement(Message.indexOf("R01"));
    clickByte(hex, r - 1); // the ^ between ORU and R01 belongs to MSH-9
    QCOMPARE(m_view->selectedPath()->toString(), QStringLiteral("MSH-9"));
    hex->setFocus();
    QTest::keyClick(hex, Qt::Key_Right);
    QCOMPARE(hex->currentOffset(), r);
    QCOMPARE(m_view->selectedPath()->toString(), QStringLiteral("MSH-9.2"));
    QCOMPARE(hex->selectedBytes(), QByteArray("R01"));
    // Shift extends a selection of the person's own: the tree stays.
    QTest::keyClick(hex, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedPath()->toString(), QStringLiteral("MSH-9.2"));
}

void tst_MessageView::handshakeShowsOnlyBytes()
{
    m_view->setElement(elementOf(mllp(Message)));
    QVERIFY(m_view->treeView()->isVisibleTo(m_view));
    m_view->setElement(elementOf(QByteArray("\x05"), ElementType::Start));
    QVERIFY(!m_view->hasMessage());
    QVERIFY(!m_view->treeView()->isVisibleTo(m_view));
    QCOMPARE(m_view->treeModel()->rowCount(), 0);
    QCOMPARE(m_view->hexView()->byteModel()->bytes(), QByteArray("\x05"));
    QCOMPARE(m_view->hexView()->byteModel()->index(0, 1).data().toString(), QStringLiteral("05"));
    const auto labels = m_view->findChildren<QLabel *>();
    const bool noted = std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *l) {
        return l->isVisibleTo(m_view) && l->text().contains(QLatin1StringView("no HL7 message"));
    });
    QVERIFY(noted);
    // A click on the byte has nothing to link to, and breaks nothing.
    clickByte(m_view->hexView(), 0);
    QVERIFY(!m_view->selectedPath());
    QCOMPARE(m_view->hexView()->selectedOffsets(), QList<qsizetype>{0});
}

void tst_MessageView::selectionStaysAcrossElements()
{
    m_view->setElement(elementOf(mllp(Message)));
    QVERIFY(m_view->selectPath(path(QStringLiteral("PID-3"))));
    QByteArray other = Message;
    other.replace("TEST0001^^^LAB^MR", "X9^^^LAB^MR");
    m_view->setElement(elementOf(astm(other)));
    QCOMPARE(m_view->selectedPath()->toString(), QStringLiteral("PID-3"));
    QCOMPARE(m_view->hexView()->selectedBytes(), QByteArray("X9^^^LAB^MR"));
    // A handshake in between forgets nothing; the next message shows the same field again.
    m_view->setElement(elementOf(QByteArray("\x06"), ElementType::Ack));
    m_view->setElement(elementOf(mllp(Message)));
    QCOMPARE(m_view->hexView()->selectedBytes(), QByteArray("TEST0001^^^LAB^MR"));
    // A message without that part selects nothing.
    m_view->setElement(elementOf(mllp(QByteArray("MSH|^~\\&|A|B\rOBX|1\r"))));
    QVERIFY(!m_view->selectedPath());
    QVERIFY(m_view->hexView()->selectedOffsets().isEmpty());
}

void tst_MessageView::hideEmptyFieldsKeepsSelection()
{
    m_view->setElement(elementOf(mllp(Message)));
    auto *hide = m_view->findChild<QCheckBox *>();
    QVERIFY(hide);
    QVERIFY(hide->isChecked());
    QVERIFY(m_view->treeModel()->hideEmptyFields());
    const QModelIndex pid = m_view->treeModel()->indexForPath(path(QStringLiteral("PID")));
    QCOMPARE(m_view->treeModel()->rowCount(pid), 5); // PID-1, -3, -5, -7, -8
    QVERIFY(m_view->selectPath(path(QStringLiteral("PID-5.1"))));
    hide->click();
    QVERIFY(!m_view->treeModel()->hideEmptyFields());
    QCOMPARE(m_view->treeModel()->rowCount(m_view->treeModel()->indexForPath(path(QStringLiteral("PID")))), 8);
    QCOMPARE(m_view->selectedPath()->toString(), QStringLiteral("PID-5.1"));
    QCOMPARE(m_view->hexView()->selectedBytes(), QByteArray("DEMO"));
}

void tst_MessageView::accessibleNames()
{
    m_view->setElement(elementOf(mllp(Message)));
    QVERIFY(!m_view->accessibleName().isEmpty());
    for (QWidget *w : m_view->findChildren<QWidget *>()) {
        if (w->inherits("QTableCornerButton")) // Qt's own, and disabled here
            continue;
        if (w->inherits("QAbstractButton") || (w->inherits("QAbstractItemView") && !w->inherits("QHeaderView"))
            || w->inherits("QLabel") || w->inherits("QSplitter"))
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
}

QTEST_MAIN(tst_MessageView)
#include "tst_messageview.moc"

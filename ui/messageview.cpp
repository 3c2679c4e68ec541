#include "messageview.h"

#include "elementbytemodel.h"
#include "hexview.h"
#include "messagetreemodel.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

bool looksLikeHl7(const QByteArray &message)
{
    return message.startsWith("MSH") || message.startsWith("FHS") || message.startsWith("BHS");
}

} // namespace

MessageView::MessageView(QWidget *parent)
    : QWidget(parent)
    , m_treeModel(new MessageTreeModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_treePane(new QWidget(m_splitter))
    , m_hideEmpty(new QCheckBox(tr("Hide &empty fields"), m_treePane))
    , m_tree(new QTreeView(m_treePane))
    , m_note(new QLabel(this))
    , m_hex(new HexView(this))
    , m_selectionInfo(new QLabel(this))
{
    m_treeModel->setHideEmptyFields(true);
    m_hideEmpty->setChecked(true);
    m_hideEmpty->setAccessibleName(tr("Hide empty fields"));
    m_hideEmpty->setToolTip(tr("Leave out the fields of the message that hold nothing"));

    m_tree->setModel(m_treeModel);
    m_tree->setAccessibleName(tr("Message tree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    // Positions are indented up to four levels deep; names are as long as the dictionary's.
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int padding = metrics.horizontalAdvance(QStringLiteral("MM"));
    m_tree->header()->resizeSection(MessageTreeModel::PositionColumn,
                                    metrics.horizontalAdvance(QStringLiteral("OBX(12)-5.1")) + 3 * m_tree->indentation() + padding);
    m_tree->header()->resizeSection(MessageTreeModel::NameColumn,
                                    metrics.horizontalAdvance(QStringLiteral("Patient Identifier List")) + padding);

    auto *treeLayout = new QVBoxLayout(m_treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_hideEmpty);
    treeLayout->addWidget(m_tree);

    auto *hexPane = new QWidget(m_splitter);
    m_hex->setParent(hexPane);
    m_note->setParent(hexPane);
    m_selectionInfo->setParent(hexPane);
    m_hex->setAccessibleName(tr("Element bytes"));
    m_note->setAccessibleName(tr("Element note"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    m_selectionInfo->setAccessibleName(tr("Selected bytes"));
    m_selectionInfo->setTextFormat(Qt::PlainText);
    m_selectionInfo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *hexLayout = new QVBoxLayout(hexPane);
    hexLayout->setContentsMargins(0, 0, 0, 0);
    hexLayout->addWidget(m_note);
    hexLayout->addWidget(m_hex);
    hexLayout->addWidget(m_selectionInfo);

    m_splitter->setAccessibleName(tr("Message tree and bytes"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_treePane);
    m_splitter->addWidget(hexPane);
    // The bytes get the width they need, the tree whatever is left.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setAccessibleName(tr("Message view"));

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { handleTreeCurrentChanged(current); });
    connect(m_hex, &HexView::byteActivated, this, &MessageView::handleByteActivated);
    connect(m_hex->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MessageView::showSelectionInfo);
    connect(m_hideEmpty, &QCheckBox::toggled, this, &MessageView::handleHideEmptyToggled);
    clear();
}

void MessageView::setElement(const Element &element)
{
    const std::optional<Hl7::Path> keep = m_lastPath;
    m_framed = Hl7::FramedMessage::fromElement(element.bytes);
    m_hasMessage = looksLikeHl7(m_framed.message());
    m_linking = true;
    m_treeModel->setMessage(m_hasMessage ? Hl7::Message::parse(m_framed.message()) : Hl7::Message());
    m_hex->setBytes(element.bytes);
    m_linking = false;
    m_lastPath = keep;

    m_treePane->setVisible(m_hasMessage);
    if (m_hasMessage) {
        m_note->hide();
        m_tree->expandToDepth(0);
        if (!m_lastPath || !selectPath(*m_lastPath))
            m_tree->scrollToTop();
    } else {
        m_note->setText(element.bytes.isEmpty()
                            ? tr("This element holds no bytes.")
                            : tr("This element holds no HL7 message, only the handshake bytes below."));
        m_note->show();
    }
    showSelectionInfo();
}

void MessageView::clear()
{
    m_linking = true;
    m_framed = {};
    m_hasMessage = false;
    m_treeModel->setMessage(Hl7::Message());
    m_hex->setBytes({});
    m_linking = false;
    m_treePane->setVisible(false);
    m_note->setText(tr("Select an element to see its message and bytes."));
    m_note->show();
    showSelectionInfo();
}

bool MessageView::selectPath(const Hl7::Path &path)
{
    const QModelIndex index = m_treeModel->indexForPath(path);
    if (!index.isValid())
        return false;
    selectNode(index);
    handleTreeCurrentChanged(index);
    return true;
}

void MessageView::selectElementOffset(qsizetype offset)
{
    m_hex->selectRanges({Hl7::Range{offset, offset + 1}});
    handleByteActivated(offset);
}

std::optional<Hl7::Path> MessageView::selectedPath() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_treeModel->pathOf(rows.first());
}

void MessageView::selectNode(const QModelIndex &index)
{
    const bool was = m_linking;
    m_linking = true;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_linking = was;
}

void MessageView::handleTreeCurrentChanged(const QModelIndex &current)
{
    if (m_linking || !current.isValid())
        return;
    m_lastPath = m_treeModel->pathOf(current);
    const QList<Hl7::Range> ranges = m_framed.toElement(m_treeModel->rangeOf(current));
    m_linking = true;
    if (ranges.isEmpty())
        m_hex->clearSelection(); // an empty part holds no bytes
    else
        m_hex->selectRanges(ranges);
    m_linking = false;
    showSelectionInfo();
}

void MessageView::handleByteActivated(qsizetype offset)
{
    if (m_linking)
        return;
    const qsizetype messageOffset = m_framed.toMessage(offset);
    const QModelIndex node = messageOffset >= 0 ? m_treeModel->indexForOffset(messageOffset) : QModelIndex();
    m_linking = true;
    if (node.isValid()) {
        selectNode(node);
        m_lastPath = m_treeModel->pathOf(node);
        m_hex->selectRanges(m_framed.toElement(m_treeModel->rangeOf(node)), false);
    } else {
        // A framing byte belongs to no part of the message.
        m_tree->selectionModel()->clear();
        m_lastPath.reset();
    }
    m_linking = false;
    showSelectionInfo();
}

void MessageView::handleHideEmptyToggled(bool hide)
{
    const std::optional<Hl7::Path> keep = m_lastPath;
    m_linking = true;
    m_treeModel->setHideEmptyFields(hide);
    m_linking = false;
    m_tree->expandToDepth(0);
    if (keep && m_hasMessage)
        selectPath(*keep);
}

void MessageView::showSelectionInfo()
{
    const QList<qsizetype> offsets = m_hex->selectedOffsets();
    if (offsets.isEmpty()) {
        m_selectionInfo->setText(tr("%n byte(s)", nullptr, int(m_hex->byteModel()->bytes().size())));
        return;
    }
    const int count = int(offsets.size());
    const QString first = QString::number(offsets.first());
    const QString last = QString::number(offsets.last());
    const std::optional<Hl7::Path> path = selectedPath();
    const QString bytes = count == 1 ? tr("byte %1").arg(first) : tr("bytes %1–%2 (%n selected)", nullptr, count).arg(first, last);
    m_selectionInfo->setText(path ? tr("%1: %2").arg(path->toString(), bytes) : bytes);
}

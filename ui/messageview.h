#pragma once

#include "framedmessage.h"
#include "hl7path.h"
#include "session.h"

#include <QWidget>

#include <optional>

class HexView;
class MessageTreeModel;
class QCheckBox;
class QLabel;
class QSplitter;
class QTreeView;

// One element: the tree of its HL7 message beside the hex view of its exact bytes, linked both
// ways. A node selected in the tree selects its bytes (framing skipped, E1381 frames crossed);
// a byte clicked in the hex view selects the deepest node that holds it. An element without a
// message (ENQ, ACK, EOT...) shows its bytes only, with a note.
class MessageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageView)

public:
    explicit MessageView(QWidget *parent = nullptr);

    // The node selected before stays selected when the new message has the same part, so a
    // person can step through messages watching one field.
    void setElement(const Element &element);
    void clear();

    bool hasMessage() const { return m_hasMessage; }
    const Hl7::FramedMessage &framedMessage() const { return m_framed; }

    // Selects the node of path and its bytes; false when the message has no such node.
    bool selectPath(const Hl7::Path &path);
    // As a click on that byte of the element: the deepest node holding it, and that node's bytes.
    void selectElementOffset(qsizetype offset);
    // The path of the selected node, if any.
    std::optional<Hl7::Path> selectedPath() const;

    MessageTreeModel *treeModel() const { return m_treeModel; }
    QTreeView *treeView() const { return m_tree; }
    HexView *hexView() const { return m_hex; }
    QSplitter *splitter() const { return m_splitter; }

private:
    void handleTreeCurrentChanged(const QModelIndex &current);
    void handleByteActivated(qsizetype offset);
    void handleHideEmptyToggled(bool hide);
    void selectNode(const QModelIndex &index);
    void showSelectionInfo();

    MessageTreeModel *m_treeModel;
    QSplitter *m_splitter;
    QWidget *m_treePane;
    QCheckBox *m_hideEmpty;
    QTreeView *m_tree;
    QLabel *m_note;
    HexView *m_hex;
    QLabel *m_selectionInfo;

    Hl7::FramedMessage m_framed;
    bool m_hasMessage = false;
    bool m_linking = false; // set while one side follows the other, so it does not echo back
    std::optional<Hl7::Path> m_lastPath;
};

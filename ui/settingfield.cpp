#include "settingfield.h"

#include "settingspec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A marker byte reads best as the hex a person finds in a protocol table: 0x05.
class ByteSpinBox final : public QSpinBox
{
public:
    explicit ByteSpinBox(QWidget *parent)
        : QSpinBox(parent)
    {
        setDisplayIntegerBase(16);
        setPrefix(QStringLiteral("0x"));
    }

protected:
    QString textFromValue(int value) const override
    {
        return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0')).toUpper();
    }
};

} // namespace

SettingField::SettingField(const SettingSpec &spec, const QString &label, QWidget *parent)
    : m_spec(spec)
    , m_label(label)
{
    m_widget = new QWidget(parent);
    auto *column = new QVBoxLayout(m_widget);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    m_editor = makeEditor(m_widget);
    m_editor->setProperty("settingKey", key());
    m_editor->setAccessibleName(spec.translatedDescription());
    m_editor->setToolTip(spec.translatedDescription());
    // A number reads best in a box its own size; text and choices take the line.
    const bool number = spec.type == SettingSpec::Type::Int;
    row->addWidget(m_editor, number ? 0 : 1);

    if (spec.secret) {
        auto *lineEdit = static_cast<QLineEdit *>(m_editor);
        lineEdit->setEchoMode(QLineEdit::Password);
        auto *show = new QToolButton(m_widget);
        show->setObjectName(key() + QStringLiteral("ShowButton"));
        show->setText(tr("Show"));
        show->setCheckable(true);
        show->setAccessibleName(tr("Show %1").arg(label));
        show->setToolTip(tr("Show or hide the value"));
        QObject::connect(show, &QToolButton::toggled, lineEdit, [lineEdit, show](bool visible) {
            lineEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
            show->setText(visible ? tr("Hide") : tr("Show"));
        });
        row->addWidget(show);
    }
    if (spec.check == SettingSpec::Check::ReadableFile) {
        auto *lineEdit = static_cast<QLineEdit *>(m_editor);
        auto *browse = new QPushButton(tr("Browse…"), m_widget);
        browse->setObjectName(key() + QStringLiteral("BrowseButton"));
        browse->setAccessibleName(tr("Choose a file for %1").arg(label));
        QObject::connect(browse, &QPushButton::clicked, lineEdit, [lineEdit, label = m_label] {
            // Not the static getOpenFileName: its own event loop would run under the dialog's.
            auto *dialog = new QFileDialog(lineEdit->window(), tr("Choose %1").arg(label),
                                           QFileInfo(lineEdit->text()).absolutePath(),
                                           tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setFileMode(QFileDialog::ExistingFile);
            QObject::connect(dialog, &QFileDialog::fileSelected, lineEdit, &QLineEdit::setText);
            dialog->open();
        });
        row->addWidget(browse);
    }
    if (number)
        row->addStretch(1);

    m_problem = new QLabel(m_widget);
    m_problem->setObjectName(key() + QStringLiteral("ProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(palette);
    m_problem->setVisible(false);
    column->addWidget(m_problem);
}

QWidget *SettingField::makeEditor(QWidget *parent)
{
    using Type = SettingSpec::Type;
    switch (m_spec.type) {
    case Type::Bool: {
        auto *box = new QCheckBox(m_label, parent);
        box->setObjectName(key() + QStringLiteral("CheckBox"));
        return box;
    }
    case Type::Int: {
        QSpinBox *spin = m_spec.check == SettingSpec::Check::MarkerByte ? new ByteSpinBox(parent) : new QSpinBox(parent);
        spin->setObjectName(key() + QStringLiteral("SpinBox"));
        spin->setRange(m_spec.minimum, m_spec.maximum);
        return spin;
    }
    case Type::String:
        break;
    }
    if (m_spec.check == SettingSpec::Check::OneOf) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(key() + QStringLiteral("ComboBox"));
        for (const QString &choice : m_spec.choiceList())
            combo->addItem(choiceText(key(), choice), choice);
        return combo;
    }
    auto *lineEdit = new QLineEdit(parent);
    lineEdit->setObjectName(key() + QStringLiteral("LineEdit"));
    lineEdit->setClearButtonEnabled(!m_spec.secret);
    return lineEdit;
}

QString SettingField::key() const
{
    return m_spec.key();
}

bool SettingField::isCheckBox() const
{
    return m_spec.type == SettingSpec::Type::Bool;
}

QVariant SettingField::value() const
{
    if (auto *box = qobject_cast<QCheckBox *>(m_editor))
        return box->isChecked();
    if (auto *spin = qobject_cast<QSpinBox *>(m_editor))
        return spin->value();
    if (auto *combo = qobject_cast<QComboBox *>(m_editor))
        return combo->currentData().toString();
    return static_cast<QLineEdit *>(m_editor)->text();
}

void SettingField::setValue(const QVariant &value)
{
    if (auto *box = qobject_cast<QCheckBox *>(m_editor)) {
        box->setChecked(value.toBool());
    } else if (auto *spin = qobject_cast<QSpinBox *>(m_editor)) {
        spin->setValue(value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        const int index = combo->findData(value.toString());
        combo->setCurrentIndex(index >= 0 ? index : combo->findData(m_spec.defaultValue()));
    } else {
        static_cast<QLineEdit *>(m_editor)->setText(value.toString());
    }
}

void SettingField::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_editor->setAccessibleDescription(problem);
}

QString SettingField::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SettingField::setSuffix(const QString &suffix)
{
    if (auto *spin = qobject_cast<QSpinBox *>(m_editor))
        spin->setSuffix(suffix);
}

void SettingField::setSpecialValueText(const QString &text)
{
    if (auto *spin = qobject_cast<QSpinBox *>(m_editor))
        spin->setSpecialValueText(text);
}

void SettingField::setPlaceholderText(const QString &text)
{
    if (auto *lineEdit = qobject_cast<QLineEdit *>(m_editor))
        lineEdit->setPlaceholderText(text);
}

QString SettingField::choiceText(const QString &key, const QString &value)
{
    if (key == u"captureSource") {
        if (value == u"interface")
            return tr("Network interface (live capture)");
        if (value == u"file")
            return tr("Capture file (.pcap, .pcapng)");
        if (value == u"proxy")
            return tr("Recording proxy (no capture privilege needed)");
    } else if (key == u"captureFraming") {
        if (value == u"auto")
            return tr("Detect from the traffic");
        if (value == u"astm")
            return tr("ASTM-style (ENQ, STX … ETX, EOT)");
        if (value == u"e1381")
            return tr("E1381 (numbered frames with checksums)");
        if (value == u"mllp")
            return tr("MLLP (VT … FS CR)");
    } else if (key == u"language") {
        if (value.isEmpty())
            return tr("The system's language");
        // Each language in its own words, so a person finds theirs whatever the app shows now.
        QString name = QLocale(value).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        return name.isEmpty() ? value : name;
    } else if (key == u"logLevel") {
        if (value == u"error")
            return tr("Errors only");
        if (value == u"warning")
            return tr("Warnings and errors");
        if (value == u"info")
            return tr("Information");
        if (value == u"debug")
            return tr("Debug (everything)");
    }
    return value;
}

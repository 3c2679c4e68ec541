#include "capturesourcedialog.h"

#include "capturechecks.h"
#include "settings.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace {

// A byte as the protocol documents write it ("0x05"); typing "5" or "0x05" both work, as in
// `config set startByte`.
class ByteSpinBox final : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

protected:
    QString textFromValue(int value) const override { return QStringLiteral("0x%1").arg(value, 2, 16, QLatin1Char('0')); }
    int valueFromText(const QString &text) const override { return CaptureChecks::parseByte(text.trimmed()).value_or(value()); }
    QValidator::State validate(QString &input, int &) const override
    {
        const QString t = input.trimmed();
        if (t.isEmpty() || t.compare(u"0x", Qt::CaseInsensitive) == 0)
            return QValidator::Intermediate;
        return CaptureChecks::parseByte(t) ? QValidator::Acceptable : QValidator::Invalid;
    }
};

QSpinBox *markerByteSpin(QWidget *parent, const QString &name)
{
    auto *spin = new ByteSpinBox(parent);
    spin->setRange(0, 0xff);
    spin->setAccessibleName(name);
    return spin;
}

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(name);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

// "eth0 (192.168.1.5)", "lo, loopback (127.0.0.1)": what a person recognizes an interface by.
QString interfaceLabel(const CaptureInterface &i)
{
    QString label = i.name;
    if (i.name == u"any")
        label = CaptureSourceDialog::tr("any (every interface)");
    else if (i.loopback)
        label = CaptureSourceDialog::tr("%1, loopback").arg(i.name);
    else if (!i.up)
        label = CaptureSourceDialog::tr("%1, down").arg(i.name);
    if (!i.addresses.isEmpty())
        label = CaptureSourceDialog::tr("%1 (%2)").arg(label, i.addresses.join(QStringLiteral(", ")));
    return label;
}

} // namespace

InterfaceScan CaptureSourceDialog::scanInterfaces()
{
    InterfaceScan scan;
    const auto listed = LiveCapture::interfaces();
    if (!listed) {
        scan.error = listed.error();
        return scan;
    }
    scan.interfaces = listed.value();
    if (!scan.interfaces.isEmpty())
        scan.mayCapture = LiveCapture::mayCapture(scan.interfaces.constFirst().name);
    return scan;
}

CaptureSourceDialog::CaptureSourceDialog(Settings *settings, QWidget *parent, Scanner scanner)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Capture Source"));
    setAccessibleName(tr("Capture source"));

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setAccessibleName(tr("Problem"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    QPalette palette = m_problemLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_problemLabel->setPalette(palette);
    m_problemLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(tr("&Start Capture"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setAccessibleName(tr("Save and start capture"));
    m_startButton->setDefault(true);
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save without starting"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    // Both accept: which one decides whether the capture starts, so neither goes through accepted().
    connect(m_startButton, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { submit(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSourceGroup());
    layout->addWidget(createTrafficGroup());
    layout->addWidget(createAdvancedGroup());
    layout->addWidget(m_problemLabel);
    layout->addStretch();
    layout->addWidget(buttons);

    if (m_settings)
        loadFrom(*m_settings);
    updateEnabled();
    updateFilterPlaceholder();

    // Listing the interfaces may take libpcap a while (it probes USB, D-Bus and more); the
    // thread outlives the dialog if it must, and the answer then goes nowhere.
    auto scan = std::make_shared<InterfaceScan>();
    QThread *thread = QThread::create([scanner = std::move(scanner), scan] { *scan = scanner(); });
    thread->setObjectName(QStringLiteral("Interfaces"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, scan] { showInterfaces(*scan); });
    thread->start();
}

QWidget *CaptureSourceDialog::createSourceGroup()
{
    auto *group = new QGroupBox(tr("Source"), this);
    m_kindGroup = new QButtonGroup(group);
    m_interfaceRadio = new QRadioButton(tr("Network &interface"), group);
    m_fileRadio = new QRadioButton(tr("Capture &file"), group);
    m_proxyRadio = new QRadioButton(tr("Recording &proxy"), group);
    m_interfaceRadio->setAccessibleName(tr("Capture on a network interface"));
    m_fileRadio->setAccessibleName(tr("Read a capture file"));
    m_proxyRadio->setAccessibleName(tr("Record through the proxy"));
    m_kindGroup->addButton(m_interfaceRadio, int(CaptureSource::Kind::Interface));
    m_kindGroup->addButton(m_fileRadio, int(CaptureSource::Kind::File));
    m_kindGroup->addButton(m_proxyRadio, int(CaptureSource::Kind::Proxy));
    m_interfaceRadio->setChecked(true);
    connect(m_kindGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateEnabled();
    });

    m_interfaceCombo = new QComboBox(group);
    m_interfaceCombo->setAccessibleName(tr("Network interface"));
    m_interfaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_interfaceCombo->setMinimumContentsLength(28);
    m_interfaceCombo->addItem(tr("Listing interfaces…"), QString());
    m_interfaceNote = new QLabel(group);
    m_interfaceNote->setObjectName(QStringLiteral("interfaceNote"));
    m_interfaceNote->setAccessibleName(tr("Interface note"));
    m_interfaceNote->setWordWrap(true);
    m_interfaceNote->hide();

    m_filePathEdit = lineEdit(group, tr("Capture file"), tr("A .pcap or .pcapng file"));
    m_browseButton = new QPushButton(tr("&Browse…"), group);
    m_browseButton->setAccessibleName(tr("Browse for a capture file"));
    connect(m_browseButton, &QPushButton::clicked, this, &CaptureSourceDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_filePathEdit, 1);
    fileRow->addWidget(m_browseButton);

    m_listenEdit = lineEdit(group, tr("Proxy listens on"), tr("[ADDRESS:]PORT, such as 2575"));
    m_upstreamEdit = lineEdit(group, tr("Proxy forwards to"), tr("HOST:PORT of the LIS, such as 192.168.1.30:2575"));

    auto *form = new QFormLayout(group);
    form->addRow(m_interfaceRadio);
    form->addRow(tr("Interface:"), m_interfaceCombo);
    form->addRow(QString(), m_interfaceNote);
    form->addRow(m_fileRadio);
    form->addRow(tr("File:"), fileRow);
    form->addRow(m_proxyRadio);
    form->addRow(tr("Listen on:"), m_listenEdit);
    form->addRow(tr("Forward to LIS:"), m_upstreamEdit);
    return group;
}

QWidget *CaptureSourceDialog::createTrafficGroup()
{
    auto *group = new QGroupBox(tr("Traffic"), this);
    m_framingCombo = new QComboBox(group);
    m_framingCombo->setAccessibleName(tr("Framing"));
    m_framingCombo->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    m_framingCombo->addItem(tr("ASTM-style (ENQ, ACK, EOT)"), QStringLiteral("astm"));
    m_framingCombo->addItem(tr("ASTM E1381"), QStringLiteral("e1381"));
    m_framingCombo->addItem(tr("MLLP (HL7)"), QStringLiteral("mllp"));

    m_deviceIpEdit = lineEdit(group, tr("Device IP address"), tr("any, or such as 192.168.1.20"));
    m_lisIpEdit = lineEdit(group, tr("LIS IP address"), tr("any, or such as 192.168.1.30"));
    m_lisPortEdit = lineEdit(group, tr("LIS port"), tr("any, or such as 2575"));
    m_filterEdit = lineEdit(group, tr("Capture filter"), QString());
    m_filterEdit->setToolTip(tr("A BPF expression; empty: built from the addresses above."));
    for (QLineEdit *edit : {m_deviceIpEdit, m_lisIpEdit, m_lisPortEdit})
        connect(edit, &QLineEdit::textChanged, this, &CaptureSourceDialog::updateFilterPlaceholder);

    auto *form = new QFormLayout(group);
    form->addRow(tr("F&raming:"), m_framingCombo);
    form->addRow(tr("&Device IP:"), m_deviceIpEdit);
    form->addRow(tr("&LIS IP:"), m_lisIpEdit);
    form->addRow(tr("LIS p&ort:"), m_lisPortEdit);
    form->addRow(tr("F&ilter:"), m_filterEdit);
    return group;
}

QWidget *CaptureSourceDialog::createAdvancedGroup()
{
    auto *group = new QGroupBox(tr("Advanced"), this);
    m_startByteSpin = markerByteSpin(group, tr("Start byte"));
    m_ackByteSpin = markerByteSpin(group, tr("Acknowledge byte"));
    m_endByteSpin = markerByteSpin(group, tr("End byte"));
    m_idleGapSpin = new QSpinBox(group);
    m_idleGapSpin->setRange(1, 3600);
    m_idleGapSpin->setSuffix(tr(" s"));
    m_idleGapSpin->setAccessibleName(tr("MLLP idle gap in seconds"));
    m_idleGapSpin->setToolTip(tr("MLLP: a pause this long ends a session on a connection that stays open."));

    auto *markers = new QHBoxLayout;
    markers->addWidget(new QLabel(tr("Start:"), group));
    markers->addWidget(m_startByteSpin);
    markers->addWidget(new QLabel(tr("Acknowledge:"), group));
    markers->addWidget(m_ackByteSpin);
    markers->addWidget(new QLabel(tr("End:"), group));
    markers->addWidget(m_endByteSpin);
    markers->addStretch();
    auto *form = new QFormLayout(group);
    form->addRow(tr("Marker bytes:"), markers);
    form->addRow(tr("MLLP idle &gap:"), m_idleGapSpin);
    return group;
}

void CaptureSourceDialog::loadFrom(const Settings &settings)
{
    const CaptureConfig c = CaptureConfig::fromSettings(settings);
    if (QAbstractButton *radio = m_kindGroup->button(int(c.kind)))
        radio->setChecked(true);
    m_savedInterface = c.interfaceName;
    m_listenEdit->setText(c.proxyListen);
    m_upstreamEdit->setText(c.proxyUpstream);
    m_framingCombo->setCurrentIndex(qMax(0, m_framingCombo->findData(c.framing)));
    m_deviceIpEdit->setText(c.deviceIp);
    m_lisIpEdit->setText(c.lisIp);
    m_lisPortEdit->setText(c.lisPort > 0 ? QString::number(c.lisPort) : QString());
    m_filterEdit->setText(c.filter);
    m_startByteSpin->setValue(c.startByte);
    m_ackByteSpin->setValue(c.ackByte);
    m_endByteSpin->setValue(c.endByte);
    m_idleGapSpin->setValue(c.idleGapSeconds);
}

void CaptureSourceDialog::showInterfaces(const InterfaceScan &scan)
{
    m_interfaceCombo->clear();
    // Empty: libpcap's "any", so the choice works where the list differs (another machine).
    m_interfaceCombo->addItem(tr("Every interface"), QString());
    for (const CaptureInterface &i : scan.interfaces) {
        if (i.name != u"any")
            m_interfaceCombo->addItem(interfaceLabel(i), i.name);
    }
    if (!m_savedInterface.isEmpty() && m_interfaceCombo->findData(m_savedInterface) < 0)
        m_interfaceCombo->addItem(tr("%1 (not found now)").arg(m_savedInterface), m_savedInterface);
    m_interfaceCombo->setCurrentIndex(qMax(0, m_interfaceCombo->findData(m_savedInterface)));
    m_interfacesListed = true;

    QString note;
    if (!scan.error.isEmpty())
        note = tr("The interfaces could not be listed: %1").arg(scan.error);
    else if (scan.interfaces.isEmpty() || !scan.mayCapture)
        note = tr("Capturing needs root or CAP_NET_RAW; use the proxy instead.");
    m_interfaceNote->setText(note);
    m_interfaceNote->setVisible(!note.isEmpty());
    // The wrapped note needs height the dialog did not have when it was shown.
    if (!note.isEmpty())
        growToFit();
    emit interfacesScanned();
}

void CaptureSourceDialog::updateEnabled()
{
    const CaptureSource::Kind k = kind();
    m_interfaceCombo->setEnabled(k == CaptureSource::Kind::Interface);
    m_filterEdit->setEnabled(k == CaptureSource::Kind::Interface);
    m_filePathEdit->setEnabled(k == CaptureSource::Kind::File);
    m_browseButton->setEnabled(k == CaptureSource::Kind::File);
    m_listenEdit->setEnabled(k == CaptureSource::Kind::Proxy);
    m_upstreamEdit->setEnabled(k == CaptureSource::Kind::Proxy);
}

void CaptureSourceDialog::updateFilterPlaceholder()
{
    // Only what is valid so far goes in: the placeholder shows what an empty filter would become.
    const QString device = m_deviceIpEdit->text().trimmed();
    const QString lis = m_lisIpEdit->text().trimmed();
    bool ok = false;
    const uint port = m_lisPortEdit->text().trimmed().toUInt(&ok);
    const QString filter = captureFilter(CaptureChecks::isIpAddress(device) ? device : QString(),
                                         CaptureChecks::isIpAddress(lis) ? lis : QString(),
                                         ok && port > 0 && port <= 65535 ? std::optional<quint16>(quint16(port)) : std::nullopt);
    m_filterEdit->setPlaceholderText(filter);
}

void CaptureSourceDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Open Capture File"), m_filePathEdit->text(),
                                   tr("Capture files (*.pcap *.pcapng *.cap);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &CaptureSourceDialog::setFilePath);
    dialog->open();
}

void CaptureSourceDialog::setFilePath(const QString &path)
{
    m_filePathEdit->setText(path);
}

QString CaptureSourceDialog::filePath() const
{
    return m_filePathEdit->text().trimmed();
}

void CaptureSourceDialog::setStartEnabled(bool enabled)
{
    m_startButton->setEnabled(enabled);
    m_startButton->setDefault(enabled);
    m_saveButton->setDefault(!enabled);
}

CaptureSource::Kind CaptureSourceDialog::kind() const
{
    return CaptureSource::Kind(m_kindGroup->checkedId());
}

CaptureConfig CaptureSourceDialog::config() const
{
    CaptureConfig c;
    c.kind = kind();
    // Before the list arrives the combo holds only a placeholder: the setting stays as it was.
    c.interfaceName = m_interfacesListed ? m_interfaceCombo->currentData().toString() : m_savedInterface;
    c.filter = m_filterEdit->text().trimmed();
    c.framing = m_framingCombo->currentData().toString();
    c.deviceIp = m_deviceIpEdit->text().trimmed();
    c.lisIp = m_lisIpEdit->text().trimmed();
    const QString port = m_lisPortEdit->text().trimmed();
    bool ok = true;
    c.lisPort = port.isEmpty() ? 0 : int(port.toUInt(&ok));
    if (!ok || (!port.isEmpty() && c.lisPort == 0))
        c.lisPort = -1;
    c.proxyListen = m_listenEdit->text().trimmed();
    c.proxyUpstream = m_upstreamEdit->text().trimmed();
    c.startByte = m_startByteSpin->value();
    c.ackByte = m_ackByteSpin->value();
    c.endByte = m_endByteSpin->value();
    c.idleGapSeconds = m_idleGapSpin->value();
    return c;
}

QWidget *CaptureSourceDialog::fieldOf(CaptureConfig::Field field) const
{
    using F = CaptureConfig::Field;
    switch (field) {
    case F::Interface: return m_interfaceCombo;
    case F::Filter: return m_filterEdit;
    case F::Framing: return m_framingCombo;
    case F::DeviceIp: return m_deviceIpEdit;
    case F::LisIp: return m_lisIpEdit;
    case F::LisPort: return m_lisPortEdit;
    case F::ProxyListen: return m_listenEdit;
    case F::ProxyUpstream: return m_upstreamEdit;
    case F::MarkerBytes: return m_startByteSpin;
    case F::IdleGap: return m_idleGapSpin;
    }
    return nullptr;
}

void CaptureSourceDialog::refuse(QWidget *field, const QString &message)
{
    m_problemLabel->setText(message);
    m_problemLabel->show();
    growToFit();
    if (field)
        field->setFocus();
}

void CaptureSourceDialog::growToFit()
{
    // Wrapped labels shown after the dialog need height it did not have; the layout's minimum
    // size does not count the height their width gives them.
    if (!isVisible())
        return;
    layout()->activate();
    if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
        resize(width(), needed);
}

QString CaptureSourceDialog::problem() const
{
    return m_problemLabel->isHidden() ? QString() : m_problemLabel->text();
}

QString CaptureSourceDialog::interfaceNote() const
{
    return m_interfaceNote->isHidden() ? QString() : m_interfaceNote->text();
}

bool CaptureSourceDialog::submit(bool start)
{
    start = start && m_startButton->isEnabled();
    const CaptureConfig c = config();
    if (const auto problem = c.problem()) {
        refuse(fieldOf(problem->field), problem->message);
        return false;
    }
    if (start && c.kind == CaptureSource::Kind::File && filePath().isEmpty()) {
        refuse(m_filePathEdit, tr("Choose the capture file to read."));
        return false;
    }
    if (m_settings) {
        // The settings have the last word (another process may have changed the file meanwhile).
        if (const Status saved = m_settings->set(c.settingsChanges()); !saved) {
            refuse(nullptr, tr("The choice could not be saved: %1").arg(saved.error()));
            return false;
        }
    }
    m_problemLabel->clear();
    m_problemLabel->hide();
    m_startRequested = start;
    accept();
    return true;
}

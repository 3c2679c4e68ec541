#pragma once

#include "captureconfig.h"
#include "livecapture.h"

#include <QDialog>

#include <functional>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class Settings;

// What the source dialog learns about the interfaces, off the GUI thread.
struct InterfaceScan
{
    QList<CaptureInterface> interfaces;
    QString error;          // why none could be listed
    bool mayCapture = true; // false: no root and no CAP_NET_RAW
};

// Where a capture's traffic comes from (an interface, a capture file, the recording proxy) and how
// to read it: framing, addresses, filter and marker bytes. OK checks every field with a clear
// message, saves the choice into the settings so it is remembered, and may start the capture.
class CaptureSourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureSourceDialog)

public:
    using Scanner = std::function<InterfaceScan()>;
    // LiveCapture::interfaces() and whether capturing is allowed.
    static InterfaceScan scanInterfaces();

    // settings must outlive the dialog. scanner runs once, on a thread of its own.
    explicit CaptureSourceDialog(Settings *settings, QWidget *parent = nullptr, Scanner scanner = &CaptureSourceDialog::scanInterfaces);

    void setFilePath(const QString &path);
    QString filePath() const;
    // While a capture runs the dialog can only save.
    void setStartEnabled(bool enabled);

    // What the fields say now (lisPort -1 when its text is not a number).
    CaptureConfig config() const;
    // Accepted through "Start capture" rather than "Save".
    bool startRequested() const { return m_startRequested; }
    // Why the last Save or Start was refused; empty when it was not.
    QString problem() const;
    // The note under the interface list: no interfaces, or no privilege to capture.
    QString interfaceNote() const;

    // What Save (start false) and Start capture do: check, save, close. False when refused.
    bool submit(bool start);

signals:
    void interfacesScanned();

private:
    QWidget *createSourceGroup();
    QWidget *createTrafficGroup();
    QWidget *createAdvancedGroup();
    void loadFrom(const Settings &settings);
    void showInterfaces(const InterfaceScan &scan);
    void updateEnabled();
    void updateFilterPlaceholder();
    void browse();
    void refuse(QWidget *field, const QString &message);
    void growToFit();
    QWidget *fieldOf(CaptureConfig::Field field) const;
    CaptureSource::Kind kind() const;

    Settings *m_settings;
    QButtonGroup *m_kindGroup = nullptr;
    QRadioButton *m_interfaceRadio = nullptr;
    QRadioButton *m_fileRadio = nullptr;
    QRadioButton *m_proxyRadio = nullptr;
    QComboBox *m_interfaceCombo = nullptr;
    QLabel *m_interfaceNote = nullptr;
    QLineEdit *m_filePathEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLineEdit *m_listenEdit = nullptr;
    QLineEdit *m_upstreamEdit = nullptr;
    QComboBox *m_framingCombo = nullptr;
    QLineEdit *m_deviceIpEdit = nullptr;
    QLineEdit *m_lisIpEdit = nullptr;
    QLineEdit *m_lisPortEdit = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QSpinBox *m_startByteSpin = nullptr;
    QSpinBox *m_ackByteSpin = nullptr;
    QSpinBox *m_endByteSpin = nullptr;
    QSpinBox *m_idleGapSpin = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_startButton = nullptr;
    QString m_savedInterface; // the setting's interface, kept selected once the list arrives
    bool m_interfacesListed = false;
    bool m_startRequested = false;
};

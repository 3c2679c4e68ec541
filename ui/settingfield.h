#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

class QLabel;
class QWidget;
struct SettingSpec;

// One setting's editor in the settings dialog, built from its row of the settings table: a check
// box for a bool, a spin box with the row's range for a number, a combo box for a choice, a line
// edit otherwise. It shows a value, gives back what the person made of it, and shows why that
// value was refused next to the editor.
class SettingField
{
    Q_DECLARE_TR_FUNCTIONS(SettingField)
    Q_DISABLE_COPY_MOVE(SettingField)

public:
    // label: the short name shown beside the editor (a check box carries it itself).
    SettingField(const SettingSpec &spec, const QString &label, QWidget *parent);

    const SettingSpec &spec() const { return m_spec; }
    QString key() const;
    QString label() const { return m_label; }
    // What goes into the form: the editor, its buttons, and the line for a problem.
    QWidget *widget() const { return m_widget; }
    // The control a person types into or toggles; focused when its value is refused.
    QWidget *editor() const { return m_editor; }
    bool isCheckBox() const;

    QVariant value() const; // bool, int or QString, as the spec's type
    void setValue(const QVariant &value);
    // Shown below the editor and told to screen readers; empty hides it.
    void showProblem(const QString &problem);
    QString problem() const;

    // For spin boxes: " days", " s"; for a number whose minimum means "none", what to show then.
    void setSuffix(const QString &suffix);
    void setSpecialValueText(const QString &text);
    void setPlaceholderText(const QString &text);

    // A person's name for a choice of a OneOf setting ("Recording proxy" for captureSource "proxy").
    static QString choiceText(const QString &key, const QString &value);

private:
    QWidget *makeEditor(QWidget *parent);

    const SettingSpec &m_spec;
    QString m_label;
    QWidget *m_widget = nullptr;
    QWidget *m_editor = nullptr;
    QLabel *m_problem = nullptr;
};

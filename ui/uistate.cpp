#include "uistate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>

namespace {

const QString SessionListGroup = QStringLiteral("sessionList");
const QString GeometryGroup = QStringLiteral("geometry");
const QString WindowStateGroup = QStringLiteral("windowState");
const QString HeaderGroup = QStringLiteral("header");

constexpr QFile::Permissions Private = QFile::ReadOwner | QFile::WriteOwner;

// QSettings replaces the file through QSaveFile, which keeps the permissions of the file it
// replaces: a private file made before the first write stays private.
void makePrivateFile(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.exists() && file.open(QIODevice::WriteOnly))
        file.close();
    if (file.exists())
        file.setPermissions(Private);
}

QString keyIn(const QString &group, const QString &key)
{
    return group + QLatin1Char('/') + key;
}

} // namespace

UiState::UiState(const QString &folder)
    : m_path(QDir(folder).filePath(fileName()))
{
    makePrivateFile(m_path);
    m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
}

UiState::~UiState()
{
    sync();
}

UiState::SessionList UiState::sessionList() const
{
    SessionList state;
    QSettings &s = *m_settings;
    s.beginGroup(SessionListGroup);
    state.status = statusFilterFromSettingsName(s.value(QStringLiteral("status")).toString());
    state.timeRange.preset = timeRangePresetFromSettingsName(s.value(QStringLiteral("timeRange")).toString());
    state.timeRange.from = s.value(QStringLiteral("timeFrom"), 0).toLongLong();
    state.timeRange.to = s.value(QStringLiteral("timeTo"), 0).toLongLong();
    if (state.timeRange.preset == TimeRange::Preset::Custom && state.timeRange.from > state.timeRange.to)
        state.timeRange = {};
    state.searchText = s.value(QStringLiteral("search")).toString();
    state.autoScroll = s.value(QStringLiteral("autoScroll"), true).toBool();
    state.sortColumn = s.value(QStringLiteral("sortColumn"), -1).toInt();
    state.sortOrder = s.value(QStringLiteral("sortOrder")).toString() == QLatin1StringView("ascending") ? Qt::AscendingOrder
                                                                                                       : Qt::DescendingOrder;
    state.headerState = s.value(QStringLiteral("header")).toByteArray();
    s.endGroup();
    return state;
}

void UiState::setSessionList(const SessionList &state)
{
    QSettings &s = *m_settings;
    s.beginGroup(SessionListGroup);
    s.setValue(QStringLiteral("status"), settingsName(state.status));
    s.setValue(QStringLiteral("timeRange"), settingsName(state.timeRange.preset));
    s.setValue(QStringLiteral("timeFrom"), state.timeRange.from);
    s.setValue(QStringLiteral("timeTo"), state.timeRange.to);
    s.setValue(QStringLiteral("search"), state.searchText);
    s.setValue(QStringLiteral("autoScroll"), state.autoScroll);
    s.setValue(QStringLiteral("sortColumn"), state.sortColumn);
    s.setValue(QStringLiteral("sortOrder"),
               state.sortOrder == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"));
    s.setValue(QStringLiteral("header"), state.headerState);
    s.endGroup();
}

void UiState::saveGeometry(const QString &key, const QWidget *widget)
{
    m_settings->setValue(keyIn(GeometryGroup, key), widget->saveGeometry());
}

bool UiState::restoreGeometry(const QString &key, QWidget *widget) const
{
    const QByteArray geometry = m_settings->value(keyIn(GeometryGroup, key)).toByteArray();
    return !geometry.isEmpty() && widget->restoreGeometry(geometry);
}

void UiState::saveWindowState(const QString &key, const QMainWindow *window)
{
    m_settings->setValue(keyIn(WindowStateGroup, key), window->saveState());
}

bool UiState::restoreWindowState(const QString &key, QMainWindow *window) const
{
    const QByteArray state = m_settings->value(keyIn(WindowStateGroup, key)).toByteArray();
    return !state.isEmpty() && window->restoreState(state);
}

void UiState::saveHeader(const QString &key, const QHeaderView *header)
{
    m_settings->setValue(keyIn(HeaderGroup, key), header->saveState());
}

bool UiState::restoreHeader(const QString &key, QHeaderView *header) const
{
    const QByteArray state = m_settings->value(keyIn(HeaderGroup, key)).toByteArray();
    return !state.isEmpty() && header->restoreState(state);
}

void UiState::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

QVariant UiState::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

Status UiState::sync()
{
    makePrivateFile(m_path);
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return succeeded();
    case QSettings::AccessError:
        return Status::failure(QCoreApplication::translate("UiState", "The window layout could not be written to %1").arg(m_path));
    case QSettings::FormatError:
        return Status::failure(QCoreApplication::translate("UiState", "The window layout in %1 could not be read").arg(m_path));
    }
    return succeeded();
}

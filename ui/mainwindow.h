#pragma once

#include "appservices.h"
#include "recoveryreport.h"
#include "sessionsummary.h"

#include <QMainWindow>

class QLabel;
class SessionStore;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppServices &services, QWidget *parent = nullptr);

private:
    void handleOpened(const QList<SessionSummary> &summaries, const RecoveryReport &report);
    void handleOpenFailed(const QString &error);

    AppServices m_services;
    SessionStore *m_store;
    QLabel *m_placeholder;
};

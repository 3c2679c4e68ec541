#pragma once

#include <QObject>

class QSocketNotifier;

// SIGINT and SIGTERM as a Qt signal, so a long-running command stops cleanly from its event loop
// (the handler only writes a byte to a socket pair; everything else happens outside it).
class StopSignal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignal)

public:
    explicit StopSignal(QObject *parent = nullptr);
    ~StopSignal() override;

signals:
    void received(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

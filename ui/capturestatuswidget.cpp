#include "capturestatuswidget.h"

#include "capturecontroller.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

#include <utility>

namespace {

// Wide enough to recognize an error or a file, narrow enough to leave the status bar its
// messages; the whole text is in the tooltip.
constexpr int ErrorWidth = 220;
constexpr int FileNameWidth = 160;

} // namespace

CaptureStatusWidget::CaptureStatusWidget(CaptureController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_capture(controller->service())
    , m_stateLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_countsLabel(new QLabel(this))
    , m_errorIcon(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setAccessibleName(tr("Capture status"));
    m_stateLabel->setAccessibleName(tr("Capture state"));
    m_progress->setAccessibleName(tr("Capture file progress"));
    m_progress->setRange(0, 100);
    m_progress->setFormat(tr("%p %"));
    m_progress->setMaximumWidth(100);
    m_progress->setMaximumHeight(fontMetrics().height() + 4);
    m_progress->hide();
    m_countsLabel->setAccessibleName(tr("Captured sessions and messages"));
    m_errorLabel->setAccessibleName(tr("Last capture error"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_errorIcon->hide();
    m_errorLabel->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_progress);
    layout->addSpacing(8);
    layout->addWidget(m_countsLabel);
    layout->addSpacing(8);
    layout->addWidget(m_errorIcon);
    layout->addWidget(m_errorLabel);

    connect(controller, &CaptureController::errorOccurred, this, &CaptureStatusWidget::showError);
    connect(controller, &CaptureController::filesChanged, this, &CaptureStatusWidget::updateState);
    if (m_capture) {
        m_lastState = m_capture->state();
        connect(m_capture, &CaptureService::stateChanged, this, &CaptureStatusWidget::handleStateChanged);
        connect(m_capture, &CaptureService::started, this, [this](const QString &description) {
            m_description = description;
            updateState();
        });
        connect(m_capture, &CaptureService::progress, this, &CaptureStatusWidget::handleProgress);
        connect(m_capture, &CaptureService::statisticsChanged, this, &CaptureStatusWidget::handleStatistics);
        connect(m_capture, &CaptureService::openSessionsChanged, this, &CaptureStatusWidget::handleOpenSessions);
        connect(m_capture, &CaptureService::finished, this, [this](const CaptureStatistics &statistics, const QString &) {
            handleStatistics(statistics);
            m_open = 0;
            updateCounts();
        });
    }
    updateState();
    updateCounts();
}

QString CaptureStatusWidget::stateText() const
{
    return m_stateLabel->text();
}

QString CaptureStatusWidget::countsText() const
{
    return m_countsLabel->text();
}

int CaptureStatusWidget::progressPercent() const
{
    return m_progress->isHidden() ? -1 : m_progress->value();
}

void CaptureStatusWidget::showError(const QString &message)
{
    m_error = message;
    m_errorLabel->setText(m_errorLabel->fontMetrics().elidedText(message, Qt::ElideRight, ErrorWidth));
    m_errorLabel->setToolTip(message);
    m_errorLabel->setAccessibleDescription(message);
    m_errorIcon->setVisible(!message.isEmpty());
    m_errorLabel->setVisible(!message.isEmpty());
}

void CaptureStatusWidget::handleStateChanged(CaptureService::State state)
{
    const bool begins = std::exchange(m_lastState, state) == CaptureService::State::Idle && state == CaptureService::State::Running;
    if (begins) {
        // A run counts from zero (its statistics arrive from the capture thread a moment later).
        m_sessions = m_messages = m_open = 0;
        m_counted = true;
        updateCounts();
        if (m_capture->source().kind == CaptureSource::Kind::File) {
            m_progress->setValue(0);
            m_progress->show();
        }
    }
    if (state == CaptureService::State::Idle) {
        m_progress->hide();
        m_description.clear();
    }
    updateState();
}

void CaptureStatusWidget::handleProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 100 / total) : 0);
}

void CaptureStatusWidget::handleStatistics(const CaptureStatistics &statistics)
{
    m_counted = true;
    m_sessions = statistics.sessions;
    m_messages = statistics.messages;
    updateCounts();
}

void CaptureStatusWidget::handleOpenSessions(const QList<SessionSummary> &open)
{
    m_open = int(open.size());
    updateCounts();
}

void CaptureStatusWidget::updateState()
{
    using S = CaptureService::State;
    const S state = m_capture ? m_capture->state() : S::Idle;
    const CaptureSource source = m_capture ? m_capture->source() : CaptureSource();
    QString text;
    switch (state) {
    case S::Idle:
        text = tr("Idle");
        break;
    case S::Stopping:
        text = tr("Stopping…");
        break;
    case S::Paused:
        text = tr("Paused");
        break;
    case S::Running:
        switch (source.kind) {
        case CaptureSource::Kind::File:
            text = tr("Reading %1").arg(m_stateLabel->fontMetrics().elidedText(QFileInfo(source.path).fileName(), Qt::ElideMiddle,
                                                                                FileNameWidth));
            break;
        case CaptureSource::Kind::Interface:
            text = source.interfaceName == u"any" ? tr("Capturing on every interface")
                                                  : tr("Capturing on %1").arg(source.interfaceName);
            break;
        case CaptureSource::Kind::Proxy:
            text = m_capture->proxyPort() ? tr("Proxy on port %1").arg(m_capture->proxyPort()) : tr("Starting the proxy…");
            break;
        }
        break;
    }
    // A new run clears the last run's error; it stays visible while nothing runs.
    if (state == S::Running && !m_description.isEmpty() && !m_error.isEmpty())
        showError({});
    const int waiting = int(m_controller->waitingFiles().size());
    if (waiting > 0)
        text = tr("%1 (%2 more waiting)").arg(text).arg(waiting);
    m_stateLabel->setText(text);
    QString tip = m_description;
    if (waiting > 0)
        tip = tr("%1\nWaiting: %2").arg(tip, m_controller->waitingFiles().join(QStringLiteral(", ")));
    m_stateLabel->setToolTip(tip.trimmed());
}

void CaptureStatusWidget::updateCounts()
{
    // Nothing to count before the first capture.
    m_countsLabel->setVisible(m_counted);
    QString text = tr("Sessions: %1  Messages: %2").arg(m_sessions).arg(m_messages);
    if (m_open > 0)
        text = tr("%1  Open: %2").arg(text).arg(m_open);
    m_countsLabel->setText(text);
}

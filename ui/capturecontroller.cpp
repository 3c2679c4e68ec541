#include "capturecontroller.h"

#include "capturesourcedialog.h"
#include "settings.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QStyle>
#include <QUrl>
#include <QWidget>

#include <utility>

namespace {

// The service's errors are clauses ("cannot read the capture file …"); the window shows sentences.
QString sentence(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return text;
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text.append(u'.');
    return text;
}

QAction *newAction(QObject *parent, const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(text, parent);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    // The tooltip names the shortcut too, for toolbar buttons.
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

CaptureController::CaptureController(CaptureService *capture, Settings *settings, QWidget *window)
    : QObject(window)
    , m_capture(capture)
    , m_settings(settings)
    , m_window(window)
{
    createActions();
    if (m_capture) {
        connect(m_capture, &CaptureService::stateChanged, this, &CaptureController::updateActions);
        connect(m_capture, &CaptureService::finished, this, &CaptureController::handleFinished);
    }
    updateActions();
}

void CaptureController::createActions()
{
    QStyle *style = m_window ? m_window->style() : nullptr;
    const auto icon = [style](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1StringView(theme), style ? style->standardIcon(fallback) : QIcon());
    };
    m_start = newAction(this, tr("&Start Capture"), Qt::Key_F5, tr("Start capturing from the chosen source"));
    m_start->setIcon(icon("media-record", QStyle::SP_MediaPlay));
    connect(m_start, &QAction::triggered, this, &CaptureController::start);

    m_stop = newAction(this, tr("S&top Capture"), QKeySequence(Qt::SHIFT | Qt::Key_F5), tr("Stop capturing"));
    m_stop->setIcon(icon("media-playback-stop", QStyle::SP_MediaStop));
    connect(m_stop, &QAction::triggered, this, &CaptureController::stop);

    m_pause = newAction(this, tr("&Pause Capture"), Qt::Key_F6, tr("Pause or resume capturing"));
    m_pause->setIcon(icon("media-playback-pause", QStyle::SP_MediaPause));
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::triggered, this, &CaptureController::setPaused);

    m_openFile = newAction(this, tr("&Open Capture File…"), QKeySequence::Open, tr("Read sessions from .pcap or .pcapng files"));
    m_openFile->setIcon(icon("document-open", QStyle::SP_DialogOpenButton));
    connect(m_openFile, &QAction::triggered, this, &CaptureController::chooseFiles);

    m_source = newAction(this, tr("Capture S&ource…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                         tr("Choose the interface, file or proxy, the framing and the addresses"));
    m_source->setIcon(icon("preferences-system-network", QStyle::SP_FileDialogDetailedView));
    connect(m_source, &QAction::triggered, this, &CaptureController::chooseSource);

    m_separator = new QAction(this);
    m_separator->setSeparator(true);
}

QList<QAction *> CaptureController::actions() const
{
    return {m_start, m_pause, m_stop, m_separator, m_openFile, m_source};
}

void CaptureController::updateActions()
{
    using S = CaptureService::State;
    const S state = m_capture ? m_capture->state() : S::Idle;
    const bool running = m_capture && (state == S::Running || state == S::Paused);
    const bool readingFile = running && m_capture->source().kind == CaptureSource::Kind::File;
    m_start->setEnabled(m_capture && m_settings && state == S::Idle);
    m_stop->setEnabled(running);
    m_pause->setEnabled(running);
    m_pause->setChecked(state == S::Paused);
    m_pause->setText(state == S::Paused ? tr("&Resume Capture") : tr("&Pause Capture"));
    m_openFile->setEnabled(m_capture && (state == S::Idle || readingFile));
    m_source->setEnabled(m_settings != nullptr);
}

bool CaptureController::isCaptureFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    for (QLatin1StringView known : {QLatin1StringView("pcap"), QLatin1StringView("pcapng"), QLatin1StringView("cap")}) {
        if (suffix.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList CaptureController::capturePathsOf(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && isCaptureFileName(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

bool CaptureController::acceptsDrop(const QMimeData *mime)
{
    return !capturePathsOf(mime).isEmpty();
}

CaptureConfig CaptureController::config() const
{
    return m_settings ? CaptureConfig::fromSettings(*m_settings) : CaptureConfig();
}

void CaptureController::start()
{
    const CaptureConfig c = config();
    if (c.kind == CaptureSource::Kind::File) {
        chooseFiles();
        return;
    }
    if (const auto problem = c.problem()) {
        fail(problem->message);
        return;
    }
    startCapture(c.source(), c.captureSettings());
}

bool CaptureController::startCapture(const CaptureSource &source, const CaptureSettings &settings)
{
    if (!m_capture) {
        fail(tr("Capturing is not available in this window."));
        return false;
    }
    if (!m_capture->start(source, settings)) {
        fail(tr("A capture is running already; stop it first."));
        return false;
    }
    m_runIsOurs = true;
    return true;
}

void CaptureController::stop()
{
    if (!m_waiting.isEmpty()) {
        m_waiting.clear();
        emit filesChanged();
    }
    if (m_capture)
        m_capture->stop();
}

void CaptureController::setPaused(bool paused)
{
    if (!m_capture)
        return;
    if (paused)
        m_capture->pause();
    else
        m_capture->resume();
    updateActions(); // when the service ignored the call, the action goes back to what is true
}

void CaptureController::openFile(const QString &path)
{
    openFiles({path});
}

void CaptureController::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_capture) {
        fail(tr("Capturing is not available in this window."));
        return;
    }
    const bool liveRuns = m_capture->state() != CaptureService::State::Idle
        && m_capture->source().kind != CaptureSource::Kind::File;
    if (liveRuns) {
        fail(tr("Stop the running capture before opening a capture file."));
        return;
    }
    m_waiting.append(paths);
    m_lastFile = paths.constLast();
    emit filesChanged();
    startNextFile();
}

void CaptureController::startNextFile()
{
    if (!m_currentFile.isEmpty() || m_waiting.isEmpty() || m_capture->state() != CaptureService::State::Idle)
        return; // handleFinished comes back here
    CaptureConfig c = config();
    c.kind = CaptureSource::Kind::File; // what only a live source needs cannot stop a file
    const QString path = m_waiting.takeFirst();
    if (!m_capture->start(c.source(path), c.captureSettings())) {
        m_waiting.prepend(path);
        return;
    }
    m_runIsOurs = true;
    m_currentFile = path;
    emit filesChanged();
}

void CaptureController::handleFinished(const CaptureStatistics &, const QString &error)
{
    const bool ours = std::exchange(m_runIsOurs, false);
    const bool wasFile = !std::exchange(m_currentFile, QString()).isEmpty();
    // A run started elsewhere (files named at launch) reports its own errors.
    if (ours && !error.isEmpty())
        fail(sentence(error));
    if (wasFile)
        emit filesChanged();
    startNextFile();
}

void CaptureController::chooseFiles()
{
    const QString folder = m_lastFile.isEmpty() ? QString() : QFileInfo(m_lastFile).absolutePath();
    auto *dialog = new QFileDialog(m_window, tr("Open Capture File"), folder,
                                   tr("Capture files (*.pcap *.pcapng *.cap);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAccessibleName(tr("Open capture file"));
    connect(dialog, &QFileDialog::filesSelected, this, &CaptureController::openFiles);
    dialog->open();
}

void CaptureController::chooseSource()
{
    if (!m_settings)
        return;
    auto *dialog = new CaptureSourceDialog(m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFilePath(m_lastFile);
    dialog->setStartEnabled(m_capture && m_capture->state() == CaptureService::State::Idle);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->startRequested())
            return;
        const CaptureConfig c = dialog->config();
        if (c.kind == CaptureSource::Kind::File)
            openFile(dialog->filePath());
        else
            startCapture(c.source(), c.captureSettings());
    });
    dialog->open();
}

void CaptureController::fail(const QString &message)
{
    emit errorOccurred(message);
}

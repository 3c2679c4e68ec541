#include "settings.h"

#include "capturechecks.h"
#include "durablefile.h"
#include "settingspec.h"
#include "storelog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>

#include <algorithm>
#include <sys/stat.h>

namespace {

// The file this version writes; one that holds a higher number came from a newer version.
constexpr int currentVersion = 1;
const QString versionKey = QStringLiteral("settingsVersion");
// Far beyond any settings file: a larger one is not ours, and is not read into memory.
constexpr qint64 maxFileSize = 1024 * 1024;

qsizetype indexOf(QStringView key)
{
    const SettingSpec *spec = SettingSpec::find(key);
    return spec ? spec - SettingSpec::all().data() : -1;
}

// The ASTM-style marker bytes are checked together: each alone may be fine, yet two equal.
constexpr const char16_t *markerKeys[] = {u"startByte", u"ackByte", u"endByte"};

bool isMarkerKey(qsizetype index)
{
    return std::any_of(std::begin(markerKeys), std::end(markerKeys),
                       [&](const char16_t *key) { return indexOf(key) == index; });
}

// For values in table order: empty when the marker bytes can work together, else why not.
QString markerBytesProblem(const QList<QVariant> &values)
{
    const int start = values.at(indexOf(u"startByte")).toInt();
    const int ack = values.at(indexOf(u"ackByte")).toInt();
    const int end = values.at(indexOf(u"endByte")).toInt();
    const QString problem = CaptureChecks::markerBytesProblem(start, ack, end);
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("Settings", "%1 (startByte %2, ackByte %3, endByte %4)")
        .arg(problem).arg(start).arg(ack).arg(end);
}

// Version 1 is the first. A later version that renames or converts keys does it here, on the
// entries as read, before their values are checked.
void migrate(int fromVersion, QList<SettingsIni::Entry> &entries)
{
    Q_UNUSED(fromVersion);
    Q_UNUSED(entries);
}

} // namespace

Settings::Settings(const DataDirectory &dir, QObject *parent)
    : QObject(parent)
    , m_dir(dir)
    , m_state(defaults())
{
}

Settings::~Settings() = default;

Settings::State Settings::defaults() const
{
    State s;
    for (const SettingSpec &spec : SettingSpec::all()) {
        s.values.append(spec.defaultValue());
        s.present.append(false);
        s.valueWarnings.append(QString());
    }
    return s;
}

Result<Settings::State> Settings::readFile() const
{
    using R = Result<State>;
    const QString path = filePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
            return R::success(defaults());
        return R::failure(tr("cannot read the settings file %1: %2").arg(path, file.errorString()));
    }
    State state = defaults();
    struct stat st {};
    if (::fstat(file.handle(), &st) != 0 || !S_ISREG(st.st_mode))
        return R::failure(tr("cannot read the settings file %1: it is not a file").arg(path));
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("cannot read the settings file %1: %2").arg(path, file.errorString()));
    if (bytes.size() > maxFileSize)
        return R::failure(tr("cannot read the settings file %1: it is larger than %2 bytes").arg(path).arg(maxFileSize));
    Result<SettingsIni::Document> document = SettingsIni::parse(bytes);
    if (!document)
        return R::failure(tr("cannot read the settings file %1: %2").arg(path, document.error()));
    state.document = std::move(document.value());

    for (const SettingsIni::Entry &e : std::as_const(state.document.general)) {
        if (e.key == versionKey) {
            bool ok = false;
            state.version = SettingsIni::unescape(e.raw).trimmed().toInt(&ok);
            if (!ok || state.version < 0) {
                state.warnings.append(tr("%1: settingsVersion must be a whole number (got \"%2\"); reading it as version %3")
                                          .arg(path, e.raw.left(80)).arg(currentVersion));
                state.version = currentVersion;
            }
        }
    }
    if (state.version > currentVersion)
        state.warnings.append(tr("%1 was written by a newer version (settings version %2); the settings this version does not know are kept as they are")
                                  .arg(path).arg(state.version));
    else if (state.version < currentVersion)
        migrate(state.version, state.document.general);

    const auto specs = SettingSpec::all();
    for (const SettingsIni::Entry &e : std::as_const(state.document.general)) {
        const qsizetype i = indexOf(e.key);
        if (i < 0)
            continue;
        const SettingSpec &spec = specs[size_t(i)];
        // The last entry of a key wins, as with QSettings.
        Result<QVariant> value = spec.fromText(SettingsIni::unescape(e.raw));
        state.present[i] = value.ok();
        state.values[i] = value ? value.value() : spec.defaultValue();
        if (!value) {
            const QString fallback = spec.toText(spec.defaultValue());
            state.valueWarnings[i] = tr("%1: %2; using the default %3")
                                         .arg(path, value.error(), fallback.isEmpty() ? tr("(empty)") : fallback);
        } else {
            state.valueWarnings[i].clear();
        }
    }
    // Marker bytes that cannot work together all fall back, as one refused value does.
    if (const QString problem = markerBytesProblem(state.values); !problem.isEmpty()) {
        for (const char16_t *key : markerKeys) {
            const qsizetype i = indexOf(key);
            if (!state.present.at(i))
                continue;
            const SettingSpec &spec = specs[size_t(i)];
            state.present[i] = false;
            state.values[i] = spec.defaultValue();
            state.valueWarnings[i] = tr("%1: %2: %3; using the default %4").arg(path, spec.key(), problem, spec.toText(spec.defaultValue()));
        }
    }
    return R::success(std::move(state));
}

QStringList Settings::loadWarnings() const
{
    QStringList all = m_state.warnings;
    for (const QString &w : m_state.valueWarnings) {
        if (!w.isEmpty())
            all.append(w);
    }
    return all;
}

Status Settings::load()
{
    Result<State> state = readFile();
    if (!state) {
        m_loadError = state.error();
        return Status::failure(m_loadError);
    }
    m_loadError.clear();
    adopt(std::move(state.value()));
    return succeeded();
}

void Settings::adopt(State next)
{
    QStringList changedKeys;
    const auto specs = SettingSpec::all();
    for (qsizetype i = 0; i < next.values.size(); ++i) {
        if (next.values.at(i) != m_state.values.at(i))
            changedKeys.append(specs[size_t(i)].key());
    }
    m_state = std::move(next);
    for (const QString &key : std::as_const(changedKeys))
        emit changed(key);
}

QByteArray Settings::serialize(const State &state) const
{
    using SettingsIni::Entry;
    QList<Entry> entries{{versionKey, QString::number(std::max(state.version, currentVersion))}};
    const auto specs = SettingSpec::all();
    for (size_t i = 0; i < specs.size(); ++i) {
        const SettingSpec &spec = specs[i];
        if (state.present.at(qsizetype(i))) {
            entries.append({spec.key(), SettingsIni::escape(spec.toText(state.values.at(qsizetype(i))))});
            continue;
        }
        // A value this version refused stays as the person wrote it, until they set the key.
        const auto &general = state.document.general;
        const auto last = std::find_if(general.rbegin(), general.rend(), [&](const Entry &e) { return e.key == spec.key(); });
        if (last != general.rend())
            entries.append(*last);
    }
    for (const Entry &e : state.document.general) {
        if (e.key != versionKey && indexOf(e.key) < 0)
            entries.append(e);
    }
    return SettingsIni::serialize(entries, state.document.otherSections);
}

Status Settings::set(const QString &key, const QVariant &value)
{
    return set(Changes{{key, value}});
}

Status Settings::set(const Changes &changes)
{
    const auto specs = SettingSpec::all();
    QList<std::pair<qsizetype, QVariant>> resolved;
    QList<qsizetype> touched; // each key once, in the order given
    for (const auto &[key, value] : changes) {
        const qsizetype i = indexOf(key);
        if (i < 0)
            return Status::failure(SettingSpec::unknownKeyMessage(key));
        Result<QVariant> checked = specs[size_t(i)].resolveInput(value);
        if (!checked)
            return Status::failure(checked.error());
        resolved.append({i, std::move(checked.value())});
        if (!touched.contains(i))
            touched.append(i);
    }
    QStringList names;
    for (qsizetype i : std::as_const(touched))
        names.append(specs[size_t(i)].key());
    const QString what = names.join(QStringLiteral(", "));
    if (touched.isEmpty())
        return succeeded();

    // Written over what the file holds now, not over what this object read earlier, so a change
    // another process made in between is kept (and reported by changed()).
    Result<State> current = readFile();
    if (!current) {
        m_loadError = current.error();
        return Status::failure(tr("%1 not changed: %2 (fix or remove the file first)").arg(what, m_loadError));
    }
    m_loadError.clear();
    adopt(std::move(current.value()));

    State next = m_state;
    for (const auto &[i, value] : std::as_const(resolved))
        next.values[i] = value;
    QList<qsizetype> differing;
    // Setting the default over a refused value in the file is a change: it replaces that line.
    bool write = false;
    bool touchesMarkers = false;
    for (qsizetype i : std::as_const(touched)) {
        if (next.values.at(i) != m_state.values.at(i))
            differing.append(i);
        write = write || next.values.at(i) != m_state.values.at(i) || !m_state.valueWarnings.at(i).isEmpty();
        touchesMarkers = touchesMarkers || isMarkerKey(i);
        next.present[i] = true;
        next.valueWarnings[i].clear();
    }
    if (touchesMarkers) {
        if (const QString problem = markerBytesProblem(next.values); !problem.isEmpty())
            return Status::failure(tr("%1 not changed: %2").arg(what, problem));
        // A marker byte the file holds but that was refused together with the others would
        // clash again at the next reading: the values in force replace it.
        for (const char16_t *key : markerKeys) {
            const qsizetype i = indexOf(key);
            if (!next.valueWarnings.at(i).isEmpty()) {
                next.present[i] = true;
                next.valueWarnings[i].clear();
            }
        }
    }
    if (!write)
        return succeeded();

    if (Status s = DurableFile::ensurePrivateDirectory(m_dir.root()); !s)
        return Status::failure(tr("%1 not changed: %2").arg(what, s.error()));
    if (Status s = DurableFile::write(filePath(), serialize(next)); !s)
        return Status::failure(tr("%1 not changed: %2").arg(what, s.error()));
    // Not the new file's stamp: another write could land between ours and a stat. The watcher's
    // next look reads the file again, which costs little and changes nothing if it is ours.
    m_seen.reset();
    next.version = std::max(next.version, currentVersion);
    m_state = std::move(next);
    watchPaths();
    for (qsizetype i : std::as_const(differing))
        emit changed(specs[size_t(i)].key());
    return succeeded();
}

QHash<QString, QString> Settings::validate(const Changes &changes) const
{
    const auto specs = SettingSpec::all();
    QHash<QString, QString> problems;
    QList<QVariant> values = m_state.values;
    QList<qsizetype> markersGiven;
    for (const auto &[key, value] : changes) {
        const qsizetype i = indexOf(key);
        if (i < 0) {
            problems.insert(key, SettingSpec::unknownKeyMessage(key));
            continue;
        }
        Result<QVariant> checked = specs[size_t(i)].resolveInput(value);
        if (!checked) {
            problems.insert(key, checked.error());
            continue;
        }
        values[i] = checked.value();
        if (isMarkerKey(i))
            markersGiven.append(i);
    }
    if (const QString problem = markerBytesProblem(values); !problem.isEmpty()) {
        for (qsizetype i : std::as_const(markersGiven))
            problems.insert(specs[size_t(i)].key(), problem);
    }
    return problems;
}

Status Settings::setText(const QString &key, const QString &text)
{
    return set(key, QVariant(text));
}

void Settings::setWatchingFile(bool watch)
{
    if (!watch) {
        m_watcher.reset();
        return;
    }
    if (m_watcher)
        return;
    m_watcher = std::make_unique<QFileSystemWatcher>();
    // The folder too: an atomic replace gives the file a new inode, and the file may not exist yet.
    connect(m_watcher.get(), &QFileSystemWatcher::fileChanged, this, &Settings::reloadChangedFile);
    connect(m_watcher.get(), &QFileSystemWatcher::directoryChanged, this, &Settings::reloadChangedFile);
    watchPaths();
}

void Settings::watchPaths()
{
    if (!m_watcher)
        return;
    const QString path = filePath();
    if (QFileInfo::exists(m_dir.root()) && !m_watcher->directories().contains(m_dir.root()))
        m_watcher->addPath(m_dir.root());
    // Watched again each time: a watch follows the inode that an atomic replace took away.
    if (m_watcher->files().contains(path))
        m_watcher->removePath(path);
    if (QFileInfo::exists(path))
        m_watcher->addPath(path);
}

void Settings::reloadChangedFile()
{
    FileStamp now;
    struct stat st {};
    if (::stat(QFile::encodeName(filePath()).constData(), &st) == 0) {
        now = {true, quint64(st.st_dev), quint64(st.st_ino), qint64(st.st_size),
               qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
    }
    // Every file of the data folder's top level makes the folder's watch fire.
    if (m_seen == now)
        return;
    m_seen = now;
    watchPaths();
    if (Status s = load(); !s)
        qCWarning(lcStore).noquote() << s.error();
}

const QVariant &Settings::at(const char *key) const
{
    return m_state.values.at(indexOf(QString::fromLatin1(key)));
}

int Settings::number(const char *key) const
{
    const SettingSpec *spec = SettingSpec::find(QString::fromLatin1(key));
    return std::clamp(at(key).toInt(), spec->minimum, spec->maximum);
}

QVariant Settings::value(const QString &key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? QVariant() : m_state.values.at(i);
}

bool Settings::isSet(const QString &key) const
{
    const qsizetype i = indexOf(key);
    return i >= 0 && m_state.present.at(i);
}

QVariant Settings::defaultValue(const QString &key)
{
    const SettingSpec *spec = SettingSpec::find(key);
    return spec ? spec->defaultValue() : QVariant();
}

QStringList Settings::keys()
{
    QStringList names;
    for (const SettingSpec &spec : SettingSpec::all())
        names.append(spec.key());
    return names;
}

bool Settings::enablePersistence() const { return at("enablePersistence").toBool(); }
int Settings::retentionDays() const { return number("retentionDays"); }
int Settings::cleanupIntervalHours() const { return number("cleanupIntervalHours"); }
bool Settings::dryRunMode() const { return at("dryRunMode").toBool(); }
bool Settings::purgeUnsubmitted() const { return at("purgeUnsubmitted").toBool(); }
QString Settings::submissionEndpoint() const { return at("submissionEndpoint").toString(); }
QString Settings::submissionAuthHeader() const { return at("submissionAuthHeader").toString(); }
QString Settings::submissionPerformer() const { return at("submissionPerformer").toString(); }
int Settings::submissionConcurrency() const { return number("submissionConcurrency"); }
int Settings::submissionMaxRetries() const { return number("submissionMaxRetries"); }
int Settings::submissionIntervalMinutes() const { return number("submissionIntervalMinutes"); }
int Settings::submissionTimeoutSeconds() const { return number("submissionTimeoutSeconds"); }
QString Settings::submissionCaFile() const { return at("submissionCaFile").toString(); }

QString Settings::captureSource() const { return at("captureSource").toString(); }
QString Settings::captureInterface() const { return at("captureInterface").toString(); }
QString Settings::captureFilter() const { return at("captureFilter").toString(); }
QString Settings::captureFraming() const { return at("captureFraming").toString(); }
QString Settings::deviceIP() const { return at("deviceIP").toString(); }
QString Settings::lisIP() const { return at("lisIP").toString(); }
int Settings::lisPort() const { return number("lisPort"); }
QString Settings::proxyListen() const { return at("proxyListen").toString(); }
QString Settings::proxyUpstream() const { return at("proxyUpstream").toString(); }
int Settings::startByte() const { return number("startByte"); }
int Settings::ackByte() const { return number("ackByte"); }
int Settings::endByte() const { return number("endByte"); }
int Settings::idleGapSeconds() const { return number("idleGapSeconds"); }

bool Settings::autoStartCapture() const { return at("autoStartCapture").toBool(); }
bool Settings::startMinimized() const { return at("startMinimized").toBool(); }
bool Settings::minimizeToTray() const { return at("minimizeToTray").toBool(); }
bool Settings::startAtLogin() const { return at("startAtLogin").toBool(); }
QString Settings::language() const { return at("language").toString(); }
QString Settings::logLevel() const { return at("logLevel").toString(); }

#include "demodata.h"

#include "durablefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
};
} // namespace

DemoData::DemoData()
    : m_temp(QDir::tempPath() + QStringLiteral("/hl7capture-demo-XXXXXX"))
{
}

Result<QString> DemoData::dataFolder()
{
    if (!m_dataFolder.isEmpty())
        return Result<QString>::success(m_dataFolder);
    if (!isValid())
        return Result<QString>::failure(Tr::tr("cannot create a temporary folder: %1").arg(errorString()));
    const QString folder = m_temp.filePath(QStringLiteral("data"));
    if (Status made = DurableFile::ensurePrivateDirectory(folder); !made)
        return Result<QString>::failure(made.error());
    m_dataFolder = folder;
    return Result<QString>::success(m_dataFolder);
}

Result<QString> DemoData::sampleCapture()
{
    if (!m_sample.isEmpty())
        return Result<QString>::success(m_sample);
    if (!isValid())
        return Result<QString>::failure(Tr::tr("cannot create a temporary folder: %1").arg(errorString()));
    QFile resource(QString::fromLatin1(SampleResource));
    if (!resource.open(QIODevice::ReadOnly))
        return Result<QString>::failure(Tr::tr("the sample capture is missing from the program: %1").arg(resource.errorString()));
    // Written rather than QFile::copy'd, which would give it the resource's read-only mode; a
    // throwaway copy needs no sync.
    const QString path = m_temp.filePath(QStringLiteral("hl7capture-sample.pcapng"));
    QFile copy(path);
    const QByteArray bytes = resource.readAll();
    if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || copy.write(bytes) != bytes.size() || !copy.flush())
        return Result<QString>::failure(Tr::tr("cannot write %1: %2").arg(path, copy.errorString()));
    m_sample = path;
    return Result<QString>::success(m_sample);
}

#pragma once

#include "result.h"

#include <QString>
#include <QTemporaryDir>

// The bundled sample capture (one MLLP and one ASTM-style exchange, made-up messages), and a
// throwaway data folder for --demo. Everything lives in one private temporary folder that is
// removed when this object goes, so keep it for the app's life.
class DemoData final
{
    Q_DISABLE_COPY_MOVE(DemoData)

public:
    static constexpr auto SampleResource = ":/samples/hl7capture-sample.pcapng";

    DemoData();

    bool isValid() const { return m_temp.isValid(); }
    QString errorString() const { return m_temp.errorString(); }
    QString path() const { return m_temp.path(); }

    // An empty data folder (0700) for --demo, the same one on every call.
    Result<QString> dataFolder();
    // The sample as a real file (libpcap reads no Qt resources), 0600, copied on the first call.
    Result<QString> sampleCapture();

private:
    QTemporaryDir m_temp;
    QString m_dataFolder;
    QString m_sample;
};

#pragma once

#include <QString>

class CaptureService;
class SessionStore;
class Settings;
class SubmissionService;

// What the windows work with. main() owns all of it and keeps it alive while any window exists;
// every pointer is set, except that a test may leave capture or submission null.
struct AppServices
{
    SessionStore *store = nullptr;
    Settings *settings = nullptr;
    SubmissionService *submission = nullptr;
    CaptureService *capture = nullptr;
    // A real file holding the bundled sample capture (one MLLP and one ASTM exchange), for the
    // window to offer when the store opens empty; empty if it could not be written.
    QString sampleCapture;
    // --demo: main() reads sampleCapture into the (temporary) store as soon as it opens, so the
    // window need not offer it.
    bool openSampleAtStart = false;
};

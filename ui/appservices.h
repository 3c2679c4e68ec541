#pragma once

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
};

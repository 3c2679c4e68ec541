#pragma once

#include <QString>

// Installs the app's translation (":/i18n/hl7capture_<lang>.qm") and Qt's own (qtbase_<lang> from
// Qt's translations folder) on the application; language as in the setting "language" ("de",
// "pt_BR"), empty for the system's languages. A second call replaces what the first installed.
// Returns whether the app's own translation was found (English needs none). Call after the
// QCoreApplication exists and before any window is made.
bool loadTranslations(const QString &language);

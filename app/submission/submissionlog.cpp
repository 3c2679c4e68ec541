#include "submissionlog.h"

// Debug lines only when asked for (QT_LOGGING_RULES="hl7capture.submit.debug=true").
Q_LOGGING_CATEGORY(lcSubmit, "hl7capture.submit", QtInfoMsg)

#include "desktoplog.h"

Q_LOGGING_CATEGORY(lcDesktop, "hl7capture.desktop")

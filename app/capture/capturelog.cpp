#include "capturelog.h"

Q_LOGGING_CATEGORY(lcCapture, "hl7capture.capture")

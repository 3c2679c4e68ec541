#include "searchlog.h"

Q_LOGGING_CATEGORY(lcSearch, "hl7capture.search")

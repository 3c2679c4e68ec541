#include "storelog.h"

Q_LOGGING_CATEGORY(lcStore, "hl7capture.store")

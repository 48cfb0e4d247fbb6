/* The storage of the published slots (see include/keyless_errors_published.h). */
#include "keyless_errors_published.h"

const void *keyless_errors_published_slots[KEYLESS_ERRORS_PUBLISHED_SLOTS];

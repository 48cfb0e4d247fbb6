/* The installed header, found through the Cflags of keyless-errors.pc (see module.modulemap). */
#include <keyless_errors.h>

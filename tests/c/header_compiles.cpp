// The header as a C++11 consumer sees it: the extern "C" guard, fixed-size
// enums, and linkage of every function.
#include "keyless_errors.h"

#include <cstdio>
#include <cstring>
#include <type_traits>

static_assert(sizeof(KeylessErrorCategory) == 4, "KeylessErrorCategory is 32 bits");
static_assert(sizeof(KeylessErrorAction) == 4, "KeylessErrorAction is 32 bits");
static_assert(std::is_same<std::underlying_type<KeylessErrorAction>::type, uint32_t>::value, "uint32_t enum");

int main() {
    char line[64];
    const bool ok = keyless_error_category_id(30004) == KEYLESS_ERROR_CATEGORY_USER &&
                    keyless_error_action(30004) == KEYLESS_ERROR_ACTION_VERIFY_ACCOUNT &&
                    keyless_error_format(30004, line, sizeof line) == std::strlen(line) &&
                    std::strcmp(keyless_error_name(-1), "UNKNOWN") == 0;
    std::printf("C++ consumer: %s\n", ok ? "ok" : "FAILED");
    return ok ? 0 : 1;
}

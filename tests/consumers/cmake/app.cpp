// A C++ program using keyless-errors through its CMake package. It links only
// if the header's extern "C" guard works (otherwise the names are mangled).
// Prints one log line and the library version; fails if any documented code
// lacks a name, or if the header and the loaded library disagree on the version.
#include <keyless_errors.h>

#include <cstdio>
#include <string>
#include <vector>

int main() {
    std::vector<int32_t> codes(keyless_error_codes(nullptr, 0));
    keyless_error_codes(codes.data(), codes.size());
    for (int32_t code : codes) {
        if (std::string(keyless_error_name(code)) == "UNKNOWN") {
            std::fprintf(stderr, "documented code %d has no name\n", code);
            return 1;
        }
    }
    const std::string header_version = std::to_string(KEYLESS_ERRORS_VERSION_MAJOR) + "." +
                                       std::to_string(KEYLESS_ERRORS_VERSION_MINOR) + "." +
                                       std::to_string(KEYLESS_ERRORS_VERSION_PATCH);
    if (header_version != keyless_errors_version()) {
        std::fprintf(stderr, "header %s but library %s\n", header_version.c_str(), keyless_errors_version());
        return 1;
    }
    std::string line(keyless_error_format(30004, nullptr, 0) + 1, '\0');
    keyless_error_format(30004, &line[0], line.size());
    line.pop_back();
    std::printf("%s\nkeyless-errors %s\n", line.c_str(), keyless_errors_version());
    return 0;
}

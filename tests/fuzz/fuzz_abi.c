/*
 * libFuzzer target over every exported function of the C ABI.
 *
 * Built by `make fuzz` / `make fuzz-smoke` (mk/hardening.mk) with the Swift
 * toolchain's clang, -fsanitize=fuzzer,address,undefined, and linked to the
 * staticlib built with debug assertions and with sanitizer coverage, so that
 * libFuzzer is guided by the Rust code's branches and comparisons too.
 *
 * The input (zero-padded when short) chooses everything:
 *   byte 0     bits 0-2: the shape of the keyless_error_format buffer (enum
 *              format_shape); bit 3: take the code from the documented list
 *              (index = code modulo their count); bits 4-6: the shape of the
 *              keyless_error_codes buffer (enum codes_shape)
 *   bytes 1-4  the code, int32_t little-endian
 *   bytes 5-6  the format size parameter, uint16_t little-endian
 *   bytes 7-8  the codes capacity parameter, uint16_t little-endian
 *   bytes 5-8  also a raw locale number, uint32_t little-endian
 *   bytes 9-   the preferences string of keyless_error_locale (up to the
 *              first NUL, if any), a tag, POSIX locale or Accept-Language list
 *
 * Seeds: tests/fuzz/corpus/, the range boundaries and INT32_MIN/MAX, each
 * with another buffer shape, and every format shape on a documented code;
 * each file is named after what it chooses.
 *
 * It checks the contract, and aborts (a libFuzzer crash) on any breach:
 * - keyless_error_format returns the full line length, the same as a
 *   measuring call and as the line built from name, category and title; the
 *   line is that text cut to size - 1 and NUL-terminated; no byte after the
 *   NUL is touched, in the buffer or in the guard bytes behind it;
 * - keyless_error_codes returns the count, writes min(capacity, count) codes
 *   in order and nothing else;
 * - every string is non-NULL, printable ASCII, the same pointer on a second
 *   call, and lies in a read-only mapping of the object that holds the
 *   library's code (static, not heap or stack);
 * - the enums are in range and agree with the strings and the range rule;
 *   undocumented codes have the documented fallbacks;
 * - keyless_error_locale answers a listed locale, the same one twice (it is
 *   pure); every localised message is static, valid UTF-8 without control
 *   characters or code points above U+FFFF; a number that is not a listed
 *   locale answers English, and its tag is "en".
 */
#include "contract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GUARD_BYTES 64
#define GUARD_BYTE 0xA5
#define GUARD_CODE INT32_C(0x5A5A5A5A)
#define MAX_KNOWN 256
#define MAX_READONLY_RANGES 32

enum format_shape {
    FORMAT_NULL_MEASURE,   /* NULL, size 0: the documented way to measure */
    FORMAT_NULL_SIZED,     /* NULL with a non-zero size: nothing written */
    FORMAT_ZERO_SIZE,      /* a buffer, size 0: nothing written */
    FORMAT_EXACT,          /* size = length + 1 */
    FORMAT_SHORT,          /* size from 1 to length: truncated */
    FORMAT_OVERSIZE,       /* size = length + 1 + parameter */
    FORMAT_ABOVE_PTRDIFF,  /* size = PTRDIFF_MAX + 1 + parameter, buffer length + 1 */
    FORMAT_NEAR_SIZE_MAX,  /* size = SIZE_MAX - parameter, buffer length + 1 */
};

enum codes_shape {
    CODES_NULL,            /* NULL with the parameter as capacity */
    CODES_NULL_HUGE,       /* NULL with SIZE_MAX */
    CODES_ZERO,            /* a buffer, capacity 0 */
    CODES_PARTIAL,         /* capacity = parameter modulo (count + 8) */
    CODES_EXACT,           /* capacity = count */
    CODES_HUGE,            /* capacity = SIZE_MAX - parameter, buffer of count */
};
#define CODES_SHAPES 6

static int32_t known[MAX_KNOWN];
static size_t known_count;
static struct {
    uintptr_t start, end;
} readonly_ranges[MAX_READONLY_RANGES];
static size_t readonly_count;

#define REQUIRE(condition, ...)                                              \
    do {                                                                     \
        if (!(condition)) {                                                  \
            fprintf(stderr, "contract broken: " __VA_ARGS__);                \
            fputc('\n', stderr);                                             \
            abort();                                                         \
        }                                                                    \
    } while (0)

/* The read-only mappings of the file that holds keyless_error_name's code:
 * the library's (or, linked statically, the program's) constant data. */
static void find_readonly_ranges(void) {
    const uintptr_t code_address = (uintptr_t)&keyless_error_name;
    char line[4096], library_path[4096] = "";
    FILE *maps = fopen("/proc/self/maps", "r");
    REQUIRE(maps != NULL, "cannot read /proc/self/maps");
    while (fgets(line, sizeof line, maps)) {
        unsigned long start, end;
        char path[4096] = "";
        if (sscanf(line, "%lx-%lx %*s %*s %*s %*s %4095s", &start, &end, path) >= 2 && start <= code_address &&
            code_address < end)
            snprintf(library_path, sizeof library_path, "%s", path);
    }
    REQUIRE(library_path[0] == '/', "no file mapping holds keyless_error_name");
    rewind(maps);
    while (fgets(line, sizeof line, maps) && readonly_count < MAX_READONLY_RANGES) {
        unsigned long start, end;
        char permissions[8], path[4096] = "";
        if (sscanf(line, "%lx-%lx %7s %*s %*s %*s %4095s", &start, &end, permissions, path) == 4 &&
            strcmp(path, library_path) == 0 && strchr(permissions, 'w') == NULL) {
            readonly_ranges[readonly_count].start = start;
            readonly_ranges[readonly_count].end = end;
            readonly_count++;
        }
    }
    fclose(maps);
}

static int is_static(const char *text) {
    const uintptr_t start = (uintptr_t)text, end = start + strlen(text) + 1;
    size_t i;
    for (i = 0; i < readonly_count; i++)
        if (readonly_ranges[i].start <= start && end <= readonly_ranges[i].end) return 1;
    return 0;
}

static void check_string(const char *name, const char *(*function)(int32_t), int32_t code, int may_be_empty) {
    const char *text = function(code);
    REQUIRE(text != NULL, "%s(%d) is NULL", name, code);
    REQUIRE(contract_is_printable_ascii(text), "%s(%d) is not printable ASCII", name, code);
    REQUIRE(may_be_empty || text[0] != '\0', "%s(%d) is empty", name, code);
    REQUIRE(function(code) == text, "%s(%d) returned another pointer the second time", name, code);
    REQUIRE(is_static(text), "%s(%d) = %p is not in the library's read-only data", name, code, (const void *)text);
}

static int is_listed(int32_t code) {
    size_t low = 0, high = known_count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (known[middle] == code) return 1;
        if (known[middle] < code) low = middle + 1;
        else high = middle;
    }
    return 0;
}

static void check_values(int32_t code) {
    const KeylessErrorCategory category = keyless_error_category_id(code);
    const KeylessErrorAction action = keyless_error_action(code);
    const int known_code = keyless_error_is_known(code);
    const int32_t replacement = keyless_error_replaced_by(code);
    size_t i;

    for (i = 0; i < contract_string_function_count; i++)
        check_string(contract_string_functions[i].name, contract_string_functions[i].function, code,
                     contract_string_functions[i].may_be_empty);
    REQUIRE(category == contract_category_by_range(code), "category_id(%d) = %u", code, (unsigned)category);
    REQUIRE(category <= KEYLESS_ERROR_CATEGORY_ANTI_INJECT &&
                strcmp(keyless_error_category(code), contract_category_labels[category]) == 0,
            "category(%d) disagrees with its id", code);
    REQUIRE(action <= KEYLESS_ERROR_ACTION_CONTACT_SUPPORT, "action(%d) = %u", code, (unsigned)action);
    REQUIRE(keyless_error_is_retryable(code) == contract_action_is_retryable(action), "is_retryable(%d)", code);
    REQUIRE(known_code == is_listed(code), "is_known(%d) disagrees with keyless_error_codes", code);
    REQUIRE(replacement == -1 || is_listed(replacement), "replaced_by(%d) = %d, undocumented", code, replacement);
    REQUIRE(!keyless_error_is_deprecated(code) || keyless_error_note(code)[0] != '\0', "deprecated %d has no note", code);
    if (!known_code) {
        REQUIRE(strcmp(keyless_error_name(code), "UNKNOWN") == 0, "undocumented %d is named", code);
        REQUIRE(keyless_error_note(code)[0] == '\0', "undocumented %d has a note", code);
        REQUIRE(!keyless_error_is_deprecated(code) && replacement == -1, "undocumented %d has a lifecycle", code);
    }
#if CONTRACT_HAS_SHARED_CODES
    {
        const int32_t shared_code = keyless_error_shared_code(code);
        const int fallback_name = strcmp(keyless_error_shared_name(code), CONTRACT_SHARED_FALLBACK_NAME) == 0;
        REQUIRE((shared_code == CONTRACT_SHARED_FALLBACK_CODE) == fallback_name, "shared code and name of %d disagree", code);
        REQUIRE(known_code || shared_code == CONTRACT_SHARED_FALLBACK_CODE, "undocumented %d has shared code %d", code,
                shared_code);
    }
#endif
}

static void check_version(void) {
    const char *version = keyless_errors_version();
    char expected[64];
    REQUIRE(version != NULL && version == keyless_errors_version() && is_static(version), "version is not static");
    snprintf(expected, sizeof expected, "%d.%d.%d", KEYLESS_ERRORS_VERSION_MAJOR, KEYLESS_ERRORS_VERSION_MINOR,
             KEYLESS_ERRORS_VERSION_PATCH);
    REQUIRE(strcmp(version, expected) == 0, "version %s, header %s", version, expected);
}

/* Bytes [from, to) of `buffer` must still hold the guard pattern. */
static void check_untouched(const unsigned char *buffer, size_t from, size_t to, const char *what, int32_t code) {
    size_t i;
    for (i = from; i < to; i++) REQUIRE(buffer[i] == GUARD_BYTE, "%s(%d) wrote byte %zu", what, code, i);
}

static void check_format(int32_t code, enum format_shape shape, uint16_t parameter) {
    char expected[256];
    const size_t length = contract_expected_line(code, expected, sizeof expected);
    const size_t measured = keyless_error_format(code, NULL, 0);
    size_t size, allocated, answer, kept;
    unsigned char *buffer;

    REQUIRE(length < sizeof expected, "line of %d too long for this target", code);
    REQUIRE(measured == length, "format(%d, NULL, 0) = %zu, the line is %zu", code, measured, length);
    switch (shape) {
    case FORMAT_NULL_MEASURE: return;
    case FORMAT_NULL_SIZED:
        REQUIRE(keyless_error_format(code, NULL, (size_t)parameter + 1) == length, "format(%d, NULL, n)", code);
        REQUIRE(keyless_error_format(code, NULL, SIZE_MAX - parameter) == length, "format(%d, NULL, huge)", code);
        return;
    case FORMAT_ZERO_SIZE: size = 0; break;
    case FORMAT_EXACT: size = length + 1; break;
    case FORMAT_SHORT: size = 1 + parameter % length; break;
    case FORMAT_OVERSIZE: size = length + 1 + parameter; break;
    case FORMAT_ABOVE_PTRDIFF: size = (size_t)PTRDIFF_MAX + 1 + parameter; break;
    case FORMAT_NEAR_SIZE_MAX: default: size = SIZE_MAX - parameter; break;
    }
    /* Sizes above PTRDIFF_MAX promise "large enough": give exactly the line. */
    allocated = size > (size_t)PTRDIFF_MAX ? length + 1 : size;
    buffer = malloc(allocated + GUARD_BYTES);
    REQUIRE(buffer != NULL, "out of memory");
    memset(buffer, GUARD_BYTE, allocated + GUARD_BYTES);
    answer = keyless_error_format(code, (char *)buffer, size);
    REQUIRE(answer == length, "format(%d, buf, %zu) = %zu, the line is %zu", code, size, answer, length);
    if (size == 0) {
        check_untouched(buffer, 0, allocated + GUARD_BYTES, "format with size 0", code);
    } else {
        kept = size - 1 < length ? size - 1 : length;
        REQUIRE(memcmp(buffer, expected, kept) == 0, "format(%d, buf, %zu) wrote another line", code, size);
        REQUIRE(buffer[kept] == '\0', "format(%d, buf, %zu) did not NUL-terminate at %zu", code, size, kept);
        check_untouched(buffer, kept + 1, allocated + GUARD_BYTES, "format", code);
    }
    free(buffer);
}

static void check_codes(enum codes_shape shape, uint16_t parameter) {
    size_t capacity, allocated, answer, written, i;
    int32_t *buffer;

    switch (shape) {
    case CODES_NULL:
        REQUIRE(keyless_error_codes(NULL, parameter) == known_count, "codes(NULL, %u)", (unsigned)parameter);
        return;
    case CODES_NULL_HUGE:
        REQUIRE(keyless_error_codes(NULL, SIZE_MAX) == known_count, "codes(NULL, SIZE_MAX)");
        return;
    case CODES_ZERO: capacity = 0; break;
    case CODES_PARTIAL: capacity = parameter % (known_count + 8); break;
    case CODES_EXACT: capacity = known_count; break;
    case CODES_HUGE: default: capacity = SIZE_MAX - parameter; break;
    }
    written = capacity < known_count ? capacity : known_count;
    allocated = capacity > known_count ? known_count : capacity;
    buffer = malloc((allocated + GUARD_BYTES) * sizeof *buffer);
    REQUIRE(buffer != NULL, "out of memory");
    for (i = 0; i < allocated + GUARD_BYTES; i++) buffer[i] = GUARD_CODE;
    answer = keyless_error_codes(buffer, capacity);
    REQUIRE(answer == known_count, "codes(buf, %zu) = %zu, not %zu", capacity, answer, known_count);
    REQUIRE(memcmp(buffer, known, written * sizeof *buffer) == 0, "codes(buf, %zu) wrote other codes", capacity);
    for (i = written; i < allocated + GUARD_BYTES; i++)
        REQUIRE(buffer[i] == GUARD_CODE, "codes(buf, %zu) wrote element %zu", capacity, i);
    free(buffer);
}

#if CONTRACT_HAS_LOCALES
#define MAX_LOCALES 256
static KeylessErrorLocale locales[MAX_LOCALES];
static size_t locale_count;

static int is_listed_locale(KeylessErrorLocale locale) {
    size_t i;
    for (i = 0; i < locale_count; i++) {
        if (locales[i] == locale) return 1;
    }
    return 0;
}

static void check_locale(int32_t code, uint32_t raw_locale, const uint8_t *text, size_t length) {
    char *preferences = malloc(length + 1);
    KeylessErrorLocale chosen;
    const char *message, *tag;
    REQUIRE(preferences != NULL, "out of memory");
    memcpy(preferences, text, length);
    preferences[length] = '\0';
    chosen = keyless_error_locale(preferences);
    REQUIRE(is_listed_locale(chosen), "locale(\"%s\") = %u, not a listed locale", preferences, (unsigned)chosen);
    REQUIRE(keyless_error_locale(preferences) == chosen, "locale(\"%s\") changed between two calls", preferences);
    free(preferences);

    tag = keyless_error_locale_tag(chosen);
    REQUIRE(contract_is_printable_ascii(tag) && tag[0] != '\0' && is_static(tag), "tag of %u", (unsigned)chosen);
    REQUIRE(keyless_error_locale(tag) == chosen, "tag %s does not resolve to itself", tag);
    message = keyless_error_user_message_localized(code, chosen);
    REQUIRE(contract_is_valid_message(message) && is_static(message), "user_message_localized(%d, %s)", code, tag);
    REQUIRE(message == keyless_error_user_message_localized(code, chosen), "user_message_localized(%d, %s) moved", code, tag);

    message = keyless_error_user_message_localized(code, raw_locale);
    REQUIRE(contract_is_valid_message(message) && is_static(message), "user_message_localized(%d, %u)", code, (unsigned)raw_locale);
    if (!is_listed_locale(raw_locale)) {
        REQUIRE(strcmp(message, keyless_error_user_message(code)) == 0, "unlisted locale %u is not English", (unsigned)raw_locale);
        REQUIRE(strcmp(keyless_error_locale_tag(raw_locale), "en") == 0, "unlisted locale %u has a tag", (unsigned)raw_locale);
    }
}
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    size_t i;
    (void)argc;
    (void)argv;
    known_count = keyless_error_codes(known, MAX_KNOWN);
    REQUIRE(known_count > 0 && known_count <= MAX_KNOWN, "%zu documented codes", known_count);
    for (i = 1; i < known_count; i++) REQUIRE(known[i - 1] < known[i], "codes not ascending at %zu", i);
    find_readonly_ranges();
    check_version();
#if CONTRACT_HAS_LOCALES
    locale_count = keyless_error_locales(locales, MAX_LOCALES);
    REQUIRE(locale_count > 0 && locale_count <= MAX_LOCALES && locales[0] == KEYLESS_ERROR_LOCALE_EN, "%zu locales", locale_count);
    REQUIRE(keyless_error_locale(NULL) == KEYLESS_ERROR_LOCALE_EN, "locale(NULL)");
#endif
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t input[9] = {0};
    uint32_t raw_code;
    int32_t code;
    memcpy(input, data, size < sizeof input ? size : sizeof input);
    raw_code = (uint32_t)input[1] | (uint32_t)input[2] << 8 | (uint32_t)input[3] << 16 | (uint32_t)input[4] << 24;
    memcpy(&code, &raw_code, sizeof code);
    if (input[0] & 0x08) code = known[raw_code % known_count];

    check_values(code);
    check_format(code, (enum format_shape)(input[0] & 0x07), (uint16_t)(input[5] | input[6] << 8));
    check_codes((enum codes_shape)(((input[0] >> 4) & 0x07) % CODES_SHAPES), (uint16_t)(input[7] | input[8] << 8));
#if CONTRACT_HAS_LOCALES
    {
        const uint32_t raw_locale = (uint32_t)input[5] | (uint32_t)input[6] << 8 | (uint32_t)input[7] << 16 | (uint32_t)input[8] << 24;
        const uint8_t *text = size > sizeof input ? data + sizeof input : data;
        size_t length = size > sizeof input ? size - sizeof input : 0;
        const uint8_t *nul = memchr(text, 0, length);
        if (nul != NULL) length = (size_t)(nul - text);
        check_locale(code, raw_locale, text, length);
    }
#endif
    return 0;
}

/*
 * The C ABI exactly as a C consumer sees it: compiled against the committed
 * include/keyless_errors.h and linked to the built library.
 *
 * Built with -Wall -Wextra -Wpedantic -Werror as C99 and C11, and run plain,
 * under ASan+UBSan and under valgrind by `make test-c`. Ends by printing
 * "N passed, N failed" and exits non-zero on any failure.
 */
#include "keyless_errors.h"
#include "contract.h"

#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long passed, failed;

#define CHECK(condition, ...)                                   \
    do {                                                        \
        if (condition) {                                        \
            passed++;                                           \
        } else {                                                \
            failed++;                                           \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
            fprintf(stderr, __VA_ARGS__);                       \
            fputc('\n', stderr);                                \
        }                                                       \
    } while (0)

/* Compile-time facts of the header itself. */
typedef char enums_are_32_bits[(sizeof(KeylessErrorCategory) == 4 && sizeof(KeylessErrorAction) == 4) ? 1 : -1];

/* The range rule, the labels, printable ASCII and the retryable actions are
 * the shared contract of tests/c/contract.c, written independently of the
 * library. */
static const char *category_label(KeylessErrorCategory category) {
    return (unsigned)category < 5 ? contract_category_labels[category] : "(out of range)";
}

static int32_t known_codes[64];
static size_t known_count;

static int listed(int32_t code) {
    size_t i;
    for (i = 0; i < known_count; i++) {
        if (known_codes[i] == code) return 1;
    }
    return 0;
}

/* Every invariant that holds for any code, known or not. Quiet on success so
 * that sweeps stay readable; returns the number of failed checks. */
static unsigned long check_invariants(int32_t code) {
    unsigned long failed_before = failed;
    const char *strings[8];
    const char *names[8] = {"category", "name", "title", "description", "advice", "user_message", "note", "shared_name"};
    char line[512], expected_line[512];
    size_t length, i;
    KeylessErrorCategory category = keyless_error_category_id(code);
    KeylessErrorAction action = keyless_error_action(code);

    strings[0] = keyless_error_category(code);
    strings[1] = keyless_error_name(code);
    strings[2] = keyless_error_title(code);
    strings[3] = keyless_error_description(code);
    strings[4] = keyless_error_advice(code);
    strings[5] = keyless_error_user_message(code);
    strings[6] = keyless_error_note(code);
    strings[7] = keyless_error_shared_name(code);
    for (i = 0; i < 8; i++) {
        if (strings[i] == NULL || !contract_is_printable_ascii(strings[i])) {
            CHECK(0, "%s(%" PRId32 ") is NULL or not printable ASCII", names[i], code);
            return failed - failed_before;
        }
        if (i != 6 && strings[i][0] == '\0') CHECK(0, "%s(%" PRId32 ") is empty", names[i], code);
    }
    if (category != contract_category_by_range(code)) CHECK(0, "category_id(%" PRId32 ") = %u", code, (unsigned)category);
    if (strcmp(strings[0], category_label(category)) != 0) CHECK(0, "category(%" PRId32 ") = %s", code, strings[0]);
    if (action > KEYLESS_ERROR_ACTION_CONTACT_SUPPORT) CHECK(0, "action(%" PRId32 ") = %u", code, (unsigned)action);
    if (keyless_error_is_retryable(code) != (contract_action_is_retryable(action) != 0)) CHECK(0, "is_retryable(%" PRId32 ")", code);
    if (keyless_error_is_known(code) != (listed(code) != 0)) CHECK(0, "is_known(%" PRId32 ") disagrees with keyless_error_codes", code);
    if (!keyless_error_is_known(code)) {
        if (strcmp(strings[1], "UNKNOWN") != 0) CHECK(0, "undocumented %" PRId32 " is named %s", code, strings[1]);
        if (strings[6][0] != '\0') CHECK(0, "undocumented %" PRId32 " has a note", code);
        if (keyless_error_is_deprecated(code)) CHECK(0, "undocumented %" PRId32 " is deprecated", code);
        if (keyless_error_replaced_by(code) != -1) CHECK(0, "undocumented %" PRId32 " has a replacement", code);
    }
    /* The shared model's fallback: code 1000 and the name SDK_ERROR go together. */
    if ((keyless_error_shared_code(code) == 1000) != (strcmp(strings[7], "SDK_ERROR") == 0))
        CHECK(0, "shared code %" PRId32 " and name %s of %" PRId32 " disagree", keyless_error_shared_code(code), strings[7], code);
    if (!keyless_error_is_known(code) && keyless_error_shared_code(code) != 1000)
        CHECK(0, "undocumented %" PRId32 " has shared code %" PRId32, code, keyless_error_shared_code(code));
    snprintf(expected_line, sizeof expected_line, "%" PRId32 " %s (%s): %s", code, strings[1], strings[0], strings[2]);
    length = keyless_error_format(code, line, sizeof line);
    if (length != strlen(expected_line) || strcmp(line, expected_line) != 0)
        CHECK(0, "format(%" PRId32 ") = \"%s\" (%lu), want \"%s\"", code, line, (unsigned long)length, expected_line);
    if (failed == failed_before) passed++;
    return failed - failed_before;
}

/* How many codes the generated vectors list: the catalog's count. */
static const size_t vector_count = 0
#define KNOWN(...) +1
#include "known_codes.inc"
#undef KNOWN
    ;

static void test_codes_list(void) {
    int32_t buffer[64];
    size_t total, i, capacity;
    const size_t capacities[] = {0, 1, 5, vector_count - 1, vector_count, vector_count + 1};

    total = keyless_error_codes(NULL, 0);
    CHECK(total == vector_count, "%lu documented codes, as the catalog's vectors, got %lu", (unsigned long)vector_count,
          (unsigned long)total);
    CHECK(total <= 64, "the harness's buffers hold 64 codes; widen them");
    CHECK(keyless_error_codes(NULL, 1000) == total, "NULL with a capacity still only counts");
    known_count = keyless_error_codes(known_codes, sizeof known_codes / sizeof known_codes[0]);
    CHECK(known_count == total, "full list");
    for (i = 1; i < known_count; i++) CHECK(known_codes[i - 1] < known_codes[i], "ascending at %lu", (unsigned long)i);

    for (i = 0; i < sizeof capacities / sizeof capacities[0]; i++) {
        size_t j, written;
        capacity = capacities[i];
        for (j = 0; j < 64; j++) buffer[j] = -7;
        CHECK(keyless_error_codes(buffer, capacity) == total, "capacity %lu returns the total", (unsigned long)capacity);
        written = capacity < total ? capacity : total;
        CHECK(memcmp(buffer, known_codes, written * sizeof(int32_t)) == 0, "capacity %lu: the first codes", (unsigned long)capacity);
        for (j = written; j < 64; j++) {
            if (buffer[j] != -7) {
                CHECK(0, "capacity %lu: wrote element %lu", (unsigned long)capacity, (unsigned long)j);
                break;
            }
        }
    }
}

static void test_known_codes(void) {
    int seen = 0;
#define KNOWN(code, name, title, category, action, deprecated, replaced_by, has_note, shared_code, shared_name) \
    seen++;                                                                                             \
    CHECK(keyless_error_is_known(code), "%d known", code);                                              \
    CHECK(strcmp(keyless_error_name(code), name) == 0, "%d name %s", code, keyless_error_name(code));  \
    CHECK(strcmp(keyless_error_title(code), title) == 0, "%d title", code);                            \
    CHECK(keyless_error_category_id(code) == category, "%d category", code);                           \
    CHECK(keyless_error_action(code) == action, "%d action", code);                                    \
    CHECK(keyless_error_is_deprecated(code) == deprecated, "%d deprecated", code);                     \
    CHECK(keyless_error_replaced_by(code) == replaced_by, "%d replaced_by", code);                     \
    CHECK((keyless_error_note(code)[0] != '\0') == has_note, "%d note", code);                         \
    CHECK(keyless_error_shared_code(code) == shared_code, "%d shared code", code);                     \
    CHECK(strcmp(keyless_error_shared_name(code), shared_name) == 0, "%d shared name", code);          \
    CHECK(check_invariants(code) == 0, "%d invariants", code);
#include "known_codes.inc"
#undef KNOWN
    CHECK(seen == (int)known_count, "the vectors cover every listed code (%d of %lu)", seen, (unsigned long)known_count);
}

static void test_boundaries(void) {
    static const struct {
        int32_t code;
        KeylessErrorCategory category;
        KeylessErrorAction action;
    } boundaries[] = {
        {INT32_MIN, KEYLESS_ERROR_CATEGORY_UNKNOWN, KEYLESS_ERROR_ACTION_NONE},
        {-1, KEYLESS_ERROR_CATEGORY_UNKNOWN, KEYLESS_ERROR_ACTION_NONE},
        {0, KEYLESS_ERROR_CATEGORY_INTERNAL, KEYLESS_ERROR_ACTION_CONTACT_SUPPORT},
        {19999, KEYLESS_ERROR_CATEGORY_INTERNAL, KEYLESS_ERROR_ACTION_CONTACT_SUPPORT},
        {20000, KEYLESS_ERROR_CATEGORY_INTEGRATION, KEYLESS_ERROR_ACTION_RE_ENROLL}, /* documented: USER_NOT_ENROLLED */
        {29999, KEYLESS_ERROR_CATEGORY_INTEGRATION, KEYLESS_ERROR_ACTION_FIX_INTEGRATION},
        {30000, KEYLESS_ERROR_CATEGORY_USER, KEYLESS_ERROR_ACTION_RETRY}, /* documented: SPOOFING */
        {39999, KEYLESS_ERROR_CATEGORY_USER, KEYLESS_ERROR_ACTION_RETRY},
        {40000, KEYLESS_ERROR_CATEGORY_ANTI_INJECT, KEYLESS_ERROR_ACTION_CONTACT_SUPPORT}, /* documented */
        {40003, KEYLESS_ERROR_CATEGORY_ANTI_INJECT, KEYLESS_ERROR_ACTION_CONTACT_SUPPORT},
        {49999, KEYLESS_ERROR_CATEGORY_ANTI_INJECT, KEYLESS_ERROR_ACTION_CONTACT_SUPPORT},
        {50000, KEYLESS_ERROR_CATEGORY_USER, KEYLESS_ERROR_ACTION_RETRY},
        {INT32_MAX, KEYLESS_ERROR_CATEGORY_USER, KEYLESS_ERROR_ACTION_RETRY},
    };
    size_t i;
    for (i = 0; i < sizeof boundaries / sizeof boundaries[0]; i++) {
        int32_t code = boundaries[i].code;
        CHECK(keyless_error_category_id(code) == boundaries[i].category, "category of %" PRId32, code);
        CHECK(keyless_error_action(code) == boundaries[i].action, "action of %" PRId32, code);
        CHECK(check_invariants(code) == 0, "invariants of %" PRId32, code);
    }
}

static void test_sweep(void) {
    int64_t code;
    unsigned long failures = 0, checked = 0;
    /* Densely around every range boundary, then a stride over all 2^32. */
    for (code = -1000; code <= 51000; code++, checked++) failures += check_invariants((int32_t)code) != 0;
    for (code = INT32_MIN; code <= INT32_MAX; code += 65521, checked++) failures += check_invariants((int32_t)code) != 0;
    CHECK(failures == 0, "sweep: %lu of %lu codes broke an invariant", failures, checked);
}

static void test_format_buffers(void) {
    const char *line = "30004 FACE_NOT_MATCHING (user): Face not matching";
    const size_t length = strlen(line);
    const size_t sizes[] = {0, 1, 10, 49, 50, 51};
    char buffer[128];
    size_t i;

    CHECK(length == 49, "the issue's example line is 49 characters");
    CHECK(keyless_error_format(30004, NULL, 0) == length, "NULL buffer, size 0, measures");
    CHECK(keyless_error_format(30004, NULL, 64) == length, "NULL buffer, size 64, writes nothing and measures");
    for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        size_t size = sizes[i], kept, j;
        memset(buffer, 'X', sizeof buffer);
        CHECK(keyless_error_format(30004, buffer, size) == length, "size %lu returns the full length", (unsigned long)size);
        if (size == 0) {
            CHECK(buffer[0] == 'X', "size 0 writes nothing");
            continue;
        }
        kept = size - 1 < length ? size - 1 : length;
        CHECK(memcmp(buffer, line, kept) == 0, "size %lu keeps the prefix", (unsigned long)size);
        CHECK(buffer[kept] == '\0', "size %lu NUL-terminates", (unsigned long)size);
        for (j = size; j < sizeof buffer; j++) {
            if (buffer[j] != 'X') {
                CHECK(0, "size %lu wrote byte %lu", (unsigned long)size, (unsigned long)j);
                break;
            }
        }
    }
    /* The longest possible prefix: INT32_MIN is 11 characters. */
    CHECK(keyless_error_format(INT32_MIN, buffer, sizeof buffer) == strlen("-2147483648 UNKNOWN (unknown): Unknown error") &&
              strcmp(buffer, "-2147483648 UNKNOWN (unknown): Unknown error") == 0,
          "INT32_MIN line: %s", buffer);
}

static void test_spec_anchors(void) {
    /* A few facts of the spec restated here, so a C consumer's view is checked
     * against the spec and not only against the generated vectors. */
    CHECK(strcmp(keyless_error_name(30004), "FACE_NOT_MATCHING") == 0, "30004");
    CHECK(keyless_error_replaced_by(20005) == 20010, "20005 -> 20010");
    CHECK(keyless_error_action(539) == KEYLESS_ERROR_ACTION_REVOKE_DEVICES, "539 revoke");
    CHECK(strstr(keyless_error_description(539), "50") != NULL, "539 mentions the 50-device limit");
    CHECK(strstr(keyless_error_description(40001), "configFile.tak") != NULL, "40001 mentions configFile.tak");
    CHECK(strstr(keyless_error_note(30001), "5.0.1") != NULL, "30001 note");
    CHECK(strstr(keyless_error_advice(12345), "TRACE") != NULL, "undocumented internal codes advise TRACE logs");
    CHECK(keyless_error_is_deprecated(30002) && strstr(keyless_error_note(30002), "4.8.0") != NULL, "30002");
    /* The shared model overlaps the native numbering: shared 1004 is not native 1004. */
    CHECK(keyless_error_shared_code(10005) == 1004 && strcmp(keyless_error_shared_name(10005), "SDK_STORAGE_FAILED") == 0, "10005 -> 1004");
    CHECK(keyless_error_shared_code(1004) == 1000 && strcmp(keyless_error_shared_name(1004), "SDK_ERROR") == 0, "native 1004 has no row");
    CHECK(keyless_error_shared_code(20000) == 3003 && strcmp(keyless_error_shared_name(20000), "CORE_USER_NOT_ENROLLED") == 0, "20000");
    CHECK(keyless_error_shared_code(20024) == 1000 && keyless_error_shared_code(20005) == 1000, "20024 and 20005 fall back");
    CHECK(strstr(keyless_error_advice(30007), "getRateLimitInfo") != NULL, "30007 names getRateLimitInfo");
}

#if CONTRACT_HAS_LOCALES
static KeylessErrorLocale locales[256];
static size_t locale_count;

static const char *locale_of(const char *preferences) {
    return keyless_error_locale_tag(keyless_error_locale(preferences));
}

/* Every carried locale's message for `code` keeps the contract; English and
 * every value that is not a carried locale answer the English message. */
static unsigned long check_localized(int32_t code) {
    unsigned long failed_before = failed;
    const KeylessErrorLocale not_locales[] = {(KeylessErrorLocale)locale_count, 1000, 65536, UINT32_MAX};
    const char *english = keyless_error_user_message(code);
    size_t i;
    for (i = 0; i < locale_count; i++) {
        const char *message = keyless_error_user_message_localized(code, locales[i]);
        if (!contract_is_valid_message(message))
            CHECK(0, "user_message_localized(%" PRId32 ", %s) breaks the string contract", code, keyless_error_locale_tag(locales[i]));
    }
    if (strcmp(keyless_error_user_message_localized(code, KEYLESS_ERROR_LOCALE_EN), english) != 0)
        CHECK(0, "user_message_localized(%" PRId32 ", en) is not the English message", code);
    for (i = 0; i < sizeof not_locales / sizeof not_locales[0]; i++) {
        if (strcmp(keyless_error_user_message_localized(code, not_locales[i]), english) != 0)
            CHECK(0, "user_message_localized(%" PRId32 ", %" PRIu32 ") is not English", code, not_locales[i]);
    }
    if (failed == failed_before) passed++;
    return failed - failed_before;
}

static void test_locales(void) {
    KeylessErrorLocale buffer[260];
    size_t i, j, translated = 0;
    const size_t capacities[] = {0, 1, 2};
    char *long_input;
    static const struct {
        const char *preferences, *tag;
    } anchors[] = {
        /* The consequences of CLDR's inheritance that the header names. */
        {"es-MX", "es-419"}, {"pt", "pt-BR"},     {"pt-AO", "pt-PT"}, {"zh-TW", "zh-Hant"}, {"zh-MO", "zh-HK"},
        {"zh-SG", "zh-Hans"}, {"iw", "he"},       {"in", "id"},       {"tl", "fil"},        {"no", "nb"},
        {"sr-Latn", "en"},    {"bs", "en"},       {"it_IT.UTF-8@euro", "it"}, {"fr-CH, de;q=0.8", "fr"},
        {"de;q=0, fr;q=0.1", "fr"},               {"*", "en"},        {"C", "en"},          {"POSIX", "en"},
        {"", "en"},           {"garbage!", "en"},
    };

    locale_count = keyless_error_locales(NULL, 0);
    CHECK(locale_count >= 1 && locale_count <= 256, "%lu locales", (unsigned long)locale_count);
    CHECK(keyless_error_locales(NULL, 99) == locale_count, "NULL with a capacity only counts");
    CHECK(keyless_error_locales(locales, 256) == locale_count, "full list");
    CHECK(locales[0] == KEYLESS_ERROR_LOCALE_EN, "en first");
    for (i = 1; i < locale_count; i++) CHECK(locales[i - 1] < locales[i], "ascending at %lu", (unsigned long)i);
    for (i = 0; i < sizeof capacities / sizeof capacities[0]; i++) {
        size_t written = capacities[i] < locale_count ? capacities[i] : locale_count;
        for (j = 0; j < 260; j++) buffer[j] = 0xABCDu;
        CHECK(keyless_error_locales(buffer, capacities[i]) == locale_count, "capacity %lu returns the total", (unsigned long)capacities[i]);
        CHECK(memcmp(buffer, locales, written * sizeof buffer[0]) == 0, "capacity %lu: the first locales", (unsigned long)capacities[i]);
        CHECK(buffer[written] == 0xABCDu, "capacity %lu: nothing written past it", (unsigned long)capacities[i]);
    }

    for (i = 0; i < locale_count; i++) {
        const char *tag = keyless_error_locale_tag(locales[i]);
        CHECK(contract_is_printable_ascii(tag) && tag[0] != '\0', "tag of %" PRIu32 " is printable ASCII", locales[i]);
        CHECK(keyless_error_locale(tag) == locales[i], "%s resolves to itself", tag);
        if (i > 0 && strcmp(keyless_error_user_message_localized(30004, locales[i]), keyless_error_user_message(30004)) != 0)
            translated++;
    }
    CHECK(translated + 2 >= locale_count, "every language but en and en-GB translates 30004 (%lu of %lu do)",
          (unsigned long)translated, (unsigned long)locale_count);
    CHECK(strcmp(keyless_error_locale_tag((KeylessErrorLocale)locale_count), "en") == 0, "the first number past the list is en");
    CHECK(strcmp(keyless_error_locale_tag(UINT32_MAX), "en") == 0, "UINT32_MAX is en");

    CHECK(keyless_error_locale(NULL) == KEYLESS_ERROR_LOCALE_EN, "NULL is en");
    for (i = 0; i < sizeof anchors / sizeof anchors[0]; i++)
        CHECK(strcmp(locale_of(anchors[i].preferences), anchors[i].tag) == 0, "%s -> %s, got %s", anchors[i].preferences,
              anchors[i].tag, locale_of(anchors[i].preferences));
    long_input = malloc(1 << 20);
    if (long_input != NULL) {
        memset(long_input, 'a', (1 << 20) - 1);
        long_input[(1 << 20) - 1] = '\0';
        CHECK(keyless_error_locale(long_input) == KEYLESS_ERROR_LOCALE_EN, "a 1 MB string is en");
        free(long_input);
    }

    for (i = 0; i < known_count; i++) CHECK(check_localized(known_codes[i]) == 0, "localised %" PRId32, known_codes[i]);
    {
        const int32_t others[] = {INT32_MIN, -1, 0, 19999, 29999, 39999, 40003, 49999, 50000, INT32_MAX};
        for (i = 0; i < sizeof others / sizeof others[0]; i++) CHECK(check_localized(others[i]) == 0, "localised %" PRId32, others[i]);
    }
}
#endif

static void test_version(void) {
    char expected[64];
    snprintf(expected, sizeof expected, "%d.%d.%d", KEYLESS_ERRORS_VERSION_MAJOR, KEYLESS_ERRORS_VERSION_MINOR,
             KEYLESS_ERRORS_VERSION_PATCH);
    CHECK(strcmp(keyless_errors_version(), expected) == 0, "header %s, library %s", expected, keyless_errors_version());
}

int main(void) {
    (void)sizeof(enums_are_32_bits);
    test_codes_list();
    test_known_codes();
    test_boundaries();
    test_sweep();
    test_format_buffers();
    test_spec_anchors();
#if CONTRACT_HAS_LOCALES
    test_locales();
#endif
    test_version();
    printf("%lu passed, %lu failed\n", passed, failed);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

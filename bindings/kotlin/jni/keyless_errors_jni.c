/*
 * The JNI glue between the Kotlin binding (class io.keyless.errors.KeylessError$Native)
 * and the C ABI.
 *
 * Written against the public include/keyless_errors.h like any other C
 * consumer, and linked to libkeyless_errors.so. It exports JNI_OnLoad only:
 * the natives are registered there with RegisterNatives, so they need no
 * exported Java_* names, and a mistake in a name or signature fails at load
 * time rather than at the first call.
 *
 * Freestanding: it includes only jni.h and the header (stdbool, stddef,
 * stdint), and calls no C library function, so it compiles with Android's
 * own jni.h and `clang --target=<abi>-linux-android21 -ffreestanding`, with no
 * NDK. The only memory it uses is the stack and the JVM's heap.
 *
 * One crossing, one packed answer. The Kotlin side reads every documented
 * code in one call (readEntries), and each language's end-user messages in
 * one call (readUserMessages): the numbers and the byte length of every
 * string go into an int[] the caller passes, and the strings themselves into
 * one new byte[], one after another. The layout of a record is generated,
 * with its Kotlin twin, from tests/codegen/kotlin.rs (keyless_errors_jni_layout.h).
 * Nothing is cached here: the Kotlin side keeps what it read.
 *
 * How text crosses JNI safely. The library's strings are UTF-8: the English
 * ones printable ASCII (checked here), the localised ones NFC, without
 * control characters or code points above U+FFFF. They cross as those very
 * bytes, copied into the byte[], and Kotlin decodes them itself: the English
 * ones as Latin-1 (exact for ASCII, and a plain copy), the localised ones with
 * String(bytes, offset, length, UTF_8), which is standard UTF-8. So JNI's
 * Modified UTF-8 (NewStringUTF, which Android's CheckJNI aborts on for a
 * 4-byte sequence, and which some JVMs silently truncate) is never involved:
 * any valid UTF-8, even above U+FFFF, would arrive intact. The one exception,
 * the version string, goes through NewStringUTF after a printable-ASCII check.
 *
 * Every JNI call that can fail is checked. On failure the glue returns at once
 * with the Java exception pending (OutOfMemoryError, ...) or throws its own
 * (NullPointerException, IllegalArgumentException, IllegalStateException),
 * and the JVM rethrows it in Kotlin.
 */
#include "keyless_errors.h"
#include "keyless_errors_jni_layout.h"

#include <jni.h>

#include <stddef.h>
#include <stdint.h>

#define NATIVE_CLASS "io/keyless/errors/KeylessError$Native"

/* Codes travel between jint and int32_t arrays without conversion. (The
 * pointer passed to keyless_error_codes below also fails to compile, under
 * -Werror, if the two are not the same type.) */
typedef char jint_is_int32_t[sizeof(jint) == sizeof(int32_t) ? 1 : -1];
/* Locales (KeylessErrorLocale, a uint32_t) travel in jint arrays: the same
 * size, and the library's locale numbers are small. */
typedef char jint_holds_a_locale[sizeof(jint) == sizeof(KeylessErrorLocale) ? 1 : -1];

/* The most strings one item of a packed answer has (a catalog entry). */
#define MAX_STRINGS_PER_ITEM STRING_FIELDS

static int is_printable_ascii(const char *text) {
    const unsigned char *byte;
    for (byte = (const unsigned char *)text; *byte != '\0'; byte++) {
        if (*byte < 0x20 || *byte > 0x7E) return 0;
    }
    return 1;
}

/* Throws a new `class_name` with `message`. Call it only with no exception
 * pending. If the class cannot be found or built, the JVM leaves its own
 * exception (NoClassDefFoundError, OutOfMemoryError) pending instead, which
 * still fails the call. */
static void throw_new(JNIEnv *env, const char *class_name, const char *message) {
    jclass exception_class = (*env)->FindClass(env, class_name);
    if (exception_class == NULL) return;
    (*env)->ThrowNew(env, exception_class, message);
    (*env)->DeleteLocalRef(env, exception_class);
}

/* ---- Packed answers ----------------------------------------------------------------------- */

/* Copies `text` to out[at...] when `out` is not NULL, never past out[capacity - 1];
 * returns its length in bytes (without the NUL, which is not copied). */
static size_t put_string(char *out, size_t capacity, size_t at, const char *text) {
    size_t length = 0;
    while (text[length] != '\0') {
        if (out != NULL && at + length < capacity) out[at + length] = text[length];
        length++;
    }
    return length;
}

/* What write_strings answers for an English string that is not printable ASCII. */
#define NOT_ASCII ((size_t)-1)

/* What one item of a packed answer holds. `key` is a code or a locale, and
 * `locale` the locale a kind may need. write_strings writes the item's
 * strings one after another at out[at...] (out NULL: only measure; never past
 * out[capacity - 1]), stores the length of each in lengths[], and returns
 * their total. */
struct item_kind {
    jsize numbers_per_item;
    jsize strings_per_item;
    void (*read_numbers)(int32_t key, jint *numbers);
    size_t (*write_strings)(int32_t key, KeylessErrorLocale locale, char *out, size_t capacity, size_t at,
                            jint *lengths);
};

/* A catalog entry: its numbers, its static strings and its log line (the layout of
 * keyless_errors_jni_layout.h). */
static void entry_numbers(int32_t code, jint *numbers) { read_numbers(code, numbers); }

static size_t entry_strings(int32_t code, KeylessErrorLocale unused, char *out, size_t capacity, size_t at,
                            jint *lengths) {
    const char *strings[STATIC_STRING_FIELDS];
    size_t total = 0, length;
    int field;
    (void)unused;
    read_static_strings(code, strings);
    for (field = 0; field < STATIC_STRING_FIELDS; field++) {
        /* The C ABI's English answers are printable ASCII, and the Kotlin side relies on it: it
         * decodes them as Latin-1, a plain copy, many times faster than UTF-8 on a cold JVM. The
         * log line is made of these strings and the code's digits. */
        if (out == NULL && !is_printable_ascii(strings[field])) return NOT_ASCII;
        length = put_string(out, capacity, at + total, strings[field]);
        lengths[field] = (jint)length; /* static strings are short: the total is checked below */
        total += length;
    }
    /* snprintf contract: the whole line and its NUL when there is room. The
     * byte array has one spare byte at its end, so there always is; the NUL
     * lands where the next string starts and is overwritten by it. */
    if (out != NULL && at + total < capacity) {
        length = keyless_error_format(code, out + at + total, capacity - (at + total));
    } else {
        length = keyless_error_format(code, NULL, 0);
    }
    lengths[STRING_LOG_LINE] = (jint)length;
    return total + length;
}

static const struct item_kind ENTRY = {NUMBER_FIELDS, STRING_FIELDS, entry_numbers, entry_strings};

/* The end-user message of a code in `locale`. */
static size_t user_message_string(int32_t code, KeylessErrorLocale locale, char *out, size_t capacity, size_t at,
                                  jint *lengths) {
    size_t length = put_string(out, capacity, at, keyless_error_user_message_localized(code, locale));
    lengths[0] = (jint)length;
    return length;
}

static const struct item_kind USER_MESSAGE = {0, 1, NULL, user_message_string};

/* The canonical BCP 47 tag of a locale. */
static size_t locale_tag_string(int32_t locale, KeylessErrorLocale unused, char *out, size_t capacity, size_t at,
                                jint *lengths) {
    size_t length = put_string(out, capacity, at, keyless_error_locale_tag((KeylessErrorLocale)locale));
    (void)unused;
    lengths[0] = (jint)length;
    return length;
}

static const struct item_kind LOCALE_TAG = {0, 1, NULL, locale_tag_string};

/* The packed answer for every key of `keys`: the numbers and string lengths
 * of each item into `records` (numbers_per_item + strings_per_item ints per
 * key), and a new byte[] with the strings, plus one spare byte at its end.
 *
 * Two passes: the first measures (and writes `records`), the second copies
 * the bytes inside one critical region, where only the library's own
 * functions are called, never JNI. Returns NULL with an exception pending on
 * failure. */
static jbyteArray pack(JNIEnv *env, jintArray keys, KeylessErrorLocale locale, jintArray records,
                       const struct item_kind *kind) {
    jsize count, item, stride = kind->numbers_per_item + kind->strings_per_item;
    jint record[NUMBER_FIELDS + MAX_STRINGS_PER_ITEM];
    jint lengths[MAX_STRINGS_PER_ITEM];
    size_t total = 0, written = 0, item_bytes;
    jbyteArray bytes;
    jint *keys_in;
    char *bytes_out;
    int mismatch = 0;

    if (keys == NULL || records == NULL) {
        throw_new(env, "java/lang/NullPointerException", "keyless-errors: a packed read needs its two arrays");
        return NULL;
    }
    count = (*env)->GetArrayLength(env, keys);
    /* Checked before any write, and before the product can overflow a jsize (in 64 bits, not
     * by a division, which 32-bit ARM would call a compiler runtime function for). */
    if ((int64_t)count * stride > INT32_MAX || (*env)->GetArrayLength(env, records) != count * stride) {
        throw_new(env, "java/lang/IllegalArgumentException",
                  "keyless-errors: the array sizes do not match the glue's layout (RECORD_INTS per code, "
                  "or one length per item)");
        return NULL;
    }

    for (item = 0; item < count; item++) {
        jint key;
        (*env)->GetIntArrayRegion(env, keys, item, 1, &key);
        if ((*env)->ExceptionCheck(env)) return NULL;
        if (kind->read_numbers != NULL) kind->read_numbers(key, record);
        item_bytes = kind->write_strings(key, locale, NULL, 0, 0, record + kind->numbers_per_item);
        if (item_bytes == NOT_ASCII) {
            throw_new(env, "java/lang/IllegalStateException",
                      "keyless-errors: the native library returned an English string that is not printable ASCII");
            return NULL;
        }
        total += item_bytes;
        /* A Java array holds at most INT32_MAX bytes, and the spare byte is one of them. */
        if (total >= (size_t)INT32_MAX) {
            throw_new(env, "java/lang/IllegalArgumentException", "keyless-errors: a packed read over 2 GB");
            return NULL;
        }
        (*env)->SetIntArrayRegion(env, records, item * stride, stride, record);
        if ((*env)->ExceptionCheck(env)) return NULL;
    }

    bytes = (*env)->NewByteArray(env, (jsize)(total + 1));
    if (bytes == NULL) return NULL; /* OutOfMemoryError pending */
    keys_in = (*env)->GetPrimitiveArrayCritical(env, keys, NULL);
    if (keys_in == NULL) return NULL; /* OutOfMemoryError pending */
    bytes_out = (*env)->GetPrimitiveArrayCritical(env, bytes, NULL);
    if (bytes_out == NULL) {
        (*env)->ReleasePrimitiveArrayCritical(env, keys, keys_in, JNI_ABORT);
        return NULL;
    }
    for (item = 0; item < count && !mismatch; item++) {
        item_bytes = kind->write_strings(keys_in[item], locale, bytes_out, total + 1, written, lengths);
        written += item_bytes;
        /* The strings are static, so they cannot change between the passes;
         * if they did, the bytes would not match the lengths already given. */
        mismatch = written > total;
    }
    (*env)->ReleasePrimitiveArrayCritical(env, bytes, bytes_out, 0);
    (*env)->ReleasePrimitiveArrayCritical(env, keys, keys_in, JNI_ABORT);
    if (mismatch || written != total) {
        throw_new(env, "java/lang/IllegalStateException", "keyless-errors: the library's strings changed during a read");
        return NULL;
    }
    return bytes;
}

/* ---- The natives ---------------------------------------------------------------------------- */

/* KeylessError.Native.readEntries(codes: IntArray, records: IntArray): ByteArray */
static jbyteArray JNICALL native_read_entries(JNIEnv *env, jclass native_class, jintArray codes, jintArray records) {
    (void)native_class;
    return pack(env, codes, KEYLESS_ERROR_LOCALE_EN, records, &ENTRY);
}

/* KeylessError.Native.readUserMessages(locale: Int, codes: IntArray, lengths: IntArray): ByteArray */
static jbyteArray JNICALL native_read_user_messages(JNIEnv *env, jclass native_class, jint locale, jintArray codes,
                                                    jintArray lengths) {
    (void)native_class;
    return pack(env, codes, (KeylessErrorLocale)locale, lengths, &USER_MESSAGE);
}

/* KeylessError.Native.readLocaleTags(locales: IntArray, lengths: IntArray): ByteArray */
static jbyteArray JNICALL native_read_locale_tags(JNIEnv *env, jclass native_class, jintArray locales,
                                                  jintArray lengths) {
    (void)native_class;
    return pack(env, locales, KEYLESS_ERROR_LOCALE_EN, lengths, &LOCALE_TAG);
}

/* A new int[] of `count` elements filled by `fill`, or NULL with an exception pending. */
static jintArray new_filled_int_array(JNIEnv *env, size_t count, void (*fill)(jint *elements, size_t count)) {
    jintArray array;
    jint *elements;
    if (count > (size_t)INT32_MAX) {
        throw_new(env, "java/lang/IllegalStateException", "keyless-errors: a list too long for a Java array");
        return NULL;
    }
    array = (*env)->NewIntArray(env, (jsize)count);
    if (array == NULL) return NULL; /* OutOfMemoryError pending */
    elements = (*env)->GetPrimitiveArrayCritical(env, array, NULL);
    if (elements == NULL) {
        (*env)->DeleteLocalRef(env, array);
        return NULL; /* OutOfMemoryError pending */
    }
    fill(elements, count);
    (*env)->ReleasePrimitiveArrayCritical(env, array, elements, 0); /* 0: copy back, then release */
    return array;
}

static void fill_codes(jint *elements, size_t count) { keyless_error_codes(elements, count); }

static void fill_locales(jint *elements, size_t count) {
    keyless_error_locales((KeylessErrorLocale *)elements, count); /* same size; unsigned and signed may alias */
}

/* KeylessError.Native.knownCodes(): IntArray */
static jintArray JNICALL native_known_codes(JNIEnv *env, jclass native_class) {
    (void)native_class;
    return new_filled_int_array(env, keyless_error_codes(NULL, 0), fill_codes);
}

/* KeylessError.Native.locales(): IntArray */
static jintArray JNICALL native_locales(JNIEnv *env, jclass native_class) {
    (void)native_class;
    return new_filled_int_array(env, keyless_error_locales(NULL, 0), fill_locales);
}

/* KeylessError.Native.resolveLocale(preferences: String): Int. The
 * preferences are a BCP 47 tag from Locale.toLanguageTag(), which is ASCII;
 * GetStringUTFChars gives any other character as bytes above 0x7F, which
 * keyless_error_locale, total over every string, answers with English. */
static jint JNICALL native_resolve_locale(JNIEnv *env, jclass native_class, jstring preferences) {
    const char *chars;
    KeylessErrorLocale locale;
    (void)native_class;
    if (preferences == NULL) {
        throw_new(env, "java/lang/NullPointerException", "keyless-errors: resolveLocale needs a tag");
        return 0;
    }
    chars = (*env)->GetStringUTFChars(env, preferences, NULL);
    if (chars == NULL) return 0; /* OutOfMemoryError pending */
    locale = keyless_error_locale(chars);
    (*env)->ReleaseStringUTFChars(env, preferences, chars);
    return (jint)locale;
}

/* KeylessError.Native.libraryVersion(): String */
static jstring JNICALL native_library_version(JNIEnv *env, jclass native_class) {
    const char *version = keyless_errors_version();
    (void)native_class;
    if (!is_printable_ascii(version)) {
        throw_new(env, "java/lang/IllegalStateException", "keyless-errors: the library's version is not printable ASCII");
        return NULL;
    }
    return (*env)->NewStringUTF(env, version); /* NULL: OutOfMemoryError pending */
}

/* ---- Loading -------------------------------------------------------------------------------- */

/* Reads the leading decimal number of *text and moves *text past it; -1 when
 * there is none or it is absurdly large. */
static long read_version_number(const char **text) {
    long value = 0;
    const char *start = *text;
    while (**text >= '0' && **text <= '9') {
        if (value > 100000) return -1;
        value = value * 10 + (**text - '0');
        (*text)++;
    }
    return *text == start ? -1 : value;
}

/* Appends `text` to the NUL-terminated `buffer` of `size` bytes, cutting it if needed. */
static void append(char *buffer, size_t size, const char *text) {
    size_t length = 0;
    while (buffer[length] != '\0') length++;
    while (*text != '\0' && length + 1 < size) buffer[length++] = *text++;
    buffer[length] = '\0';
}

/* Appends a small non-negative number in decimal. */
static void append_number(char *buffer, size_t size, long value) {
    char digits[24];
    size_t at = sizeof digits - 1;
    digits[at] = '\0';
    do {
        digits[--at] = (char)('0' + value % 10);
        value /= 10;
    } while (value > 0 && at > 0);
    append(buffer, size, digits + at);
}

/* 1 when the loaded library's MAJOR.MINOR equals the header's this glue was
 * built with. A newer patch release changes no declaration and is accepted;
 * anything else could answer with a different catalog or layout, so it is
 * refused with an UnsatisfiedLinkError that names both versions. */
static int library_version_matches(JNIEnv *env) {
    const char *loaded = keyless_errors_version();
    const char *cursor = loaded;
    long major, minor = -1;
    char message[256];

    major = read_version_number(&cursor);
    if (*cursor == '.') {
        cursor++;
        minor = read_version_number(&cursor);
    }
    if (major == KEYLESS_ERRORS_VERSION_MAJOR && minor == KEYLESS_ERRORS_VERSION_MINOR) return 1;

    message[0] = '\0';
    append(message, sizeof message, "keyless-errors: the loaded libkeyless_errors.so is version ");
    append(message, sizeof message, is_printable_ascii(loaded) ? loaded : "(unreadable)");
    append(message, sizeof message, ", but its JNI glue was built for version ");
    append_number(message, sizeof message, KEYLESS_ERRORS_VERSION_MAJOR);
    append(message, sizeof message, ".");
    append_number(message, sizeof message, KEYLESS_ERRORS_VERSION_MINOR);
    append(message, sizeof message, ".x; use the two libraries of one keyless-errors release together");
    throw_new(env, "java/lang/UnsatisfiedLinkError", message);
    return 0;
}

/* JNINativeMethod holds natives as void *, and ISO C has no conversion from a
 * function pointer to an object pointer (-Wpedantic rejects the cast). POSIX,
 * which dlsym relies on, gives both the same representation; this union makes
 * the reinterpretation explicit, one member per native's type. */
union native_function {
    jintArray (JNICALL *ints)(JNIEnv *, jclass);
    jbyteArray (JNICALL *entries)(JNIEnv *, jclass, jintArray, jintArray);
    jbyteArray (JNICALL *messages)(JNIEnv *, jclass, jint, jintArray, jintArray);
    jint (JNICALL *resolve)(JNIEnv *, jclass, jstring);
    jstring (JNICALL *string)(JNIEnv *, jclass);
    void *pointer;
};

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
    JNIEnv *env;
    jclass native_class;
    jint status;
    int index;
    union native_function functions[7];
    JNINativeMethod methods[7];
    (void)reserved;

    if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_6) != JNI_OK) return JNI_ERR;
    /* The pending UnsatisfiedLinkError is what System.load throws. */
    if (!library_version_matches(env)) return JNI_ERR;

    functions[0].ints = native_known_codes;
    methods[0].name = "knownCodes";
    methods[0].signature = "()[I";
    functions[1].entries = native_read_entries;
    methods[1].name = "readEntries";
    methods[1].signature = "([I[I)[B";
    functions[2].messages = native_read_user_messages;
    methods[2].name = "readUserMessages";
    methods[2].signature = "(I[I[I)[B";
    functions[3].ints = native_locales;
    methods[3].name = "locales";
    methods[3].signature = "()[I";
    functions[4].entries = native_read_locale_tags;
    methods[4].name = "readLocaleTags";
    methods[4].signature = "([I[I)[B";
    functions[5].resolve = native_resolve_locale;
    methods[5].name = "resolveLocale";
    methods[5].signature = "(Ljava/lang/String;)I";
    functions[6].string = native_library_version;
    methods[6].name = "libraryVersion";
    methods[6].signature = "()Ljava/lang/String;";
    for (index = 0; index < 7; index++) methods[index].fnPtr = functions[index].pointer;

    /* JNI_OnLoad runs with the class loader that called System.load or
     * System.loadLibrary, so FindClass sees the app's classes (on Android too). */
    native_class = (*env)->FindClass(env, NATIVE_CLASS);
    if (native_class == NULL) return JNI_ERR; /* NoClassDefFoundError pending: it names the class */
    status = (*env)->RegisterNatives(env, native_class, methods, (jint)(sizeof methods / sizeof methods[0]));
    (*env)->DeleteLocalRef(env, native_class);
    if (status != JNI_OK) return JNI_ERR; /* NoSuchMethodError pending: it names the method */
    return JNI_VERSION_1_6;
}

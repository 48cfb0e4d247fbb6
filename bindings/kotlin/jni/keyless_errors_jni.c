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
 * Every JNI call that can fail is checked. On failure the glue returns at once
 * with the Java exception pending (OutOfMemoryError, ArrayStoreException, ...)
 * or throws its own, and the JVM rethrows it in Kotlin. Nothing is cached here:
 * the Kotlin side reads every documented code once and keeps the strings.
 *
 * The library's strings are printable ASCII by contract, which is also valid
 * Modified UTF-8, so NewStringUTF takes them unchanged. The glue checks it
 * before each NewStringUTF and throws IllegalStateException otherwise: a
 * non-ASCII byte would be silently mangled by some JVMs and would abort under
 * Android's CheckJNI.
 */
#include "keyless_errors.h"

#include <jni.h>

#include <stddef.h>
#include <stdint.h>

#define NATIVE_CLASS "io/keyless/errors/KeylessError$Native"

/* The layout of readEntries' arrays, shared with KeylessError.kt's Native
 * object: keep the two in the same order. A wrong count fails every call with
 * an IllegalArgumentException; a wrong order fails the agreement tests. */
enum {
    NUMBER_CATEGORY,
    NUMBER_ACTION,
    NUMBER_IS_KNOWN,
    NUMBER_IS_RETRYABLE,
    NUMBER_IS_DEPRECATED,
    NUMBER_REPLACED_BY,
    NUMBER_SHARED_CODE,
    NUMBER_FIELDS
};
enum {
    STRING_NAME,
    STRING_TITLE,
    STRING_DESCRIPTION,
    STRING_ADVICE,
    STRING_USER_MESSAGE,
    STRING_NOTE,
    STRING_SHARED_NAME,
    STRING_LOG_LINE,
    STRING_FIELDS
};

/* Codes travel between jint and int32_t arrays without conversion. (The
 * pointer passed to keyless_error_codes below also fails to compile, under
 * -Werror, if the two are not the same type.) */
typedef char jint_is_int32_t[sizeof(jint) == sizeof(int32_t) ? 1 : -1];

/* Log lines are short (about 60 bytes); a longer one is formatted into a
 * Java byte array instead (see store_log_line). */
#define LOG_LINE_STACK_SIZE 256

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

/* A new String for `text`, or NULL with an exception pending. */
static jstring new_ascii_string(JNIEnv *env, const char *text) {
    if (text == NULL || !is_printable_ascii(text)) {
        throw_new(env, "java/lang/IllegalStateException",
                  "keyless-errors: the native library returned a string that is not printable ASCII");
        return NULL;
    }
    return (*env)->NewStringUTF(env, text); /* NULL: OutOfMemoryError pending */
}

/* Stores a new String for `text` at strings[index]. Returns 0 with an
 * exception pending on failure. */
static int store_string(JNIEnv *env, jobjectArray strings, jsize index, const char *text) {
    jstring string = new_ascii_string(env, text);
    if (string == NULL) return 0;
    (*env)->SetObjectArrayElement(env, strings, index, string);
    /* One local reference at a time, however many codes are read: the JVM
     * only guarantees room for 16. DeleteLocalRef is safe with an exception
     * pending. */
    (*env)->DeleteLocalRef(env, string);
    return !(*env)->ExceptionCheck(env);
}

/* Stores the keyless_error_format line of `code` at strings[index]. */
static int store_log_line(JNIEnv *env, jobjectArray strings, jsize index, int32_t code) {
    char stack_line[LOG_LINE_STACK_SIZE];
    size_t length = keyless_error_format(code, stack_line, sizeof stack_line);
    jbyteArray heap_line;
    jbyte *bytes;
    int stored;

    if (length < sizeof stack_line) return store_string(env, strings, index, stack_line);

    /* snprintf contract: the line was cut, and (length + 1) bytes hold all of
     * it. Borrow them from the Java heap: this glue has no malloc. */
    if (length >= (size_t)INT32_MAX) {
        throw_new(env, "java/lang/IllegalStateException", "keyless-errors: a log line longer than 2 GB");
        return 0;
    }
    heap_line = (*env)->NewByteArray(env, (jsize)(length + 1));
    if (heap_line == NULL) return 0; /* OutOfMemoryError pending */
    bytes = (*env)->GetByteArrayElements(env, heap_line, NULL);
    if (bytes == NULL) {
        (*env)->DeleteLocalRef(env, heap_line);
        return 0; /* OutOfMemoryError pending */
    }
    keyless_error_format(code, (char *)bytes, length + 1);
    stored = store_string(env, strings, index, (const char *)bytes);
    (*env)->ReleaseByteArrayElements(env, heap_line, bytes, JNI_ABORT); /* nothing to copy back */
    (*env)->DeleteLocalRef(env, heap_line);
    return stored;
}

/* KeylessError.Native.knownCodes(): IntArray */
static jintArray JNICALL native_known_codes(JNIEnv *env, jclass native_class) {
    size_t count = keyless_error_codes(NULL, 0);
    jintArray codes;
    jint *elements;
    (void)native_class;
    if (count > (size_t)INT32_MAX) {
        throw_new(env, "java/lang/IllegalStateException", "too many Keyless error codes for a Java array");
        return NULL;
    }
    codes = (*env)->NewIntArray(env, (jsize)count);
    if (codes == NULL) return NULL; /* OutOfMemoryError pending */
    elements = (*env)->GetIntArrayElements(env, codes, NULL);
    if (elements == NULL) {
        (*env)->DeleteLocalRef(env, codes);
        return NULL; /* OutOfMemoryError pending */
    }
    keyless_error_codes(elements, count);
    (*env)->ReleaseIntArrayElements(env, codes, elements, 0); /* 0: copy back, then release */
    return codes;
}

/* KeylessError.Native.readEntries(codes: IntArray, numbers: IntArray, strings: Array<String?>) */
static void JNICALL native_read_entries(JNIEnv *env, jclass native_class, jintArray codes, jintArray numbers,
                                        jobjectArray strings) {
    jsize count, entry;
    (void)native_class;
    if (codes == NULL || numbers == NULL || strings == NULL) {
        throw_new(env, "java/lang/NullPointerException", "readEntries needs three arrays");
        return;
    }
    count = (*env)->GetArrayLength(env, codes);
    /* Checked before any write, and before the products can overflow a jsize. */
    if (count > INT32_MAX / STRING_FIELDS || count > INT32_MAX / NUMBER_FIELDS ||
        (*env)->GetArrayLength(env, numbers) != count * NUMBER_FIELDS ||
        (*env)->GetArrayLength(env, strings) != count * STRING_FIELDS) {
        throw_new(env, "java/lang/IllegalArgumentException",
                  "readEntries: the array sizes do not match the glue's layout "
                  "(Native.NUMBER_FIELDS and STRING_FIELDS per code)");
        return;
    }
    for (entry = 0; entry < count; entry++) {
        jint code;
        jint values[NUMBER_FIELDS];
        const char *texts[STRING_LOG_LINE]; /* every string field but the last, the log line */
        jsize first_string = entry * STRING_FIELDS;
        int field;

        (*env)->GetIntArrayRegion(env, codes, entry, 1, &code);
        if ((*env)->ExceptionCheck(env)) return;

        values[NUMBER_CATEGORY] = (jint)keyless_error_category_id(code);
        values[NUMBER_ACTION] = (jint)keyless_error_action(code);
        values[NUMBER_IS_KNOWN] = keyless_error_is_known(code) ? 1 : 0;
        values[NUMBER_IS_RETRYABLE] = keyless_error_is_retryable(code) ? 1 : 0;
        values[NUMBER_IS_DEPRECATED] = keyless_error_is_deprecated(code) ? 1 : 0;
        values[NUMBER_REPLACED_BY] = keyless_error_replaced_by(code);
        values[NUMBER_SHARED_CODE] = keyless_error_shared_code(code);
        (*env)->SetIntArrayRegion(env, numbers, entry * NUMBER_FIELDS, NUMBER_FIELDS, values);
        if ((*env)->ExceptionCheck(env)) return;

        texts[STRING_NAME] = keyless_error_name(code);
        texts[STRING_TITLE] = keyless_error_title(code);
        texts[STRING_DESCRIPTION] = keyless_error_description(code);
        texts[STRING_ADVICE] = keyless_error_advice(code);
        texts[STRING_USER_MESSAGE] = keyless_error_user_message(code);
        texts[STRING_NOTE] = keyless_error_note(code);
        texts[STRING_SHARED_NAME] = keyless_error_shared_name(code);
        for (field = 0; field < STRING_LOG_LINE; field++) {
            if (!store_string(env, strings, first_string + field, texts[field])) return;
        }
        if (!store_log_line(env, strings, first_string + STRING_LOG_LINE, code)) return;
    }
}

/* KeylessError.Native.libraryVersion(): String */
static jstring JNICALL native_library_version(JNIEnv *env, jclass native_class) {
    (void)native_class;
    return new_ascii_string(env, keyless_errors_version());
}

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
 * which dlsym relies on, gives both the same representation; these unions
 * make the reinterpretation explicit. */
union known_codes_function {
    jintArray (JNICALL *function)(JNIEnv *, jclass);
    void *pointer;
};
union read_entries_function {
    void (JNICALL *function)(JNIEnv *, jclass, jintArray, jintArray, jobjectArray);
    void *pointer;
};
union library_version_function {
    jstring (JNICALL *function)(JNIEnv *, jclass);
    void *pointer;
};

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
    JNIEnv *env;
    jclass native_class;
    jint status;
    union known_codes_function known_codes;
    union read_entries_function read_entries;
    union library_version_function library_version;
    JNINativeMethod methods[3];
    (void)reserved;

    if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_6) != JNI_OK) return JNI_ERR;
    /* The pending UnsatisfiedLinkError is what System.load throws. */
    if (!library_version_matches(env)) return JNI_ERR;

    known_codes.function = native_known_codes;
    read_entries.function = native_read_entries;
    library_version.function = native_library_version;
    methods[0].name = "knownCodes";
    methods[0].signature = "()[I";
    methods[0].fnPtr = known_codes.pointer;
    methods[1].name = "readEntries";
    methods[1].signature = "([I[I[Ljava/lang/String;)V";
    methods[1].fnPtr = read_entries.pointer;
    methods[2].name = "libraryVersion";
    methods[2].signature = "()Ljava/lang/String;";
    methods[2].fnPtr = library_version.pointer;

    /* JNI_OnLoad runs with the class loader that called System.load or
     * System.loadLibrary, so FindClass sees the app's classes (on Android too). */
    native_class = (*env)->FindClass(env, NATIVE_CLASS);
    if (native_class == NULL) return JNI_ERR; /* NoClassDefFoundError pending: it names the class */
    status = (*env)->RegisterNatives(env, native_class, methods, (jint)(sizeof methods / sizeof methods[0]));
    (*env)->DeleteLocalRef(env, native_class);
    if (status != JNI_OK) return JNI_ERR; /* NoSuchMethodError pending: it names the method */
    return JNI_VERSION_1_6;
}

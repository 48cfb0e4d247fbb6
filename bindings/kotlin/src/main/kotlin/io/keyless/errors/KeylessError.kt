package io.keyless.errors

import java.io.File
import java.io.FileInputStream
import java.io.IOException
import java.io.InputStream
import java.io.InvalidObjectException
import java.io.ObjectInputStream
import java.io.OutputStream
import java.net.URISyntaxException
import java.net.URL
import java.nio.ByteBuffer
import java.nio.channels.FileChannel
import java.nio.channels.FileLock
import java.nio.channels.OverlappingFileLockException
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.LinkOption
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardOpenOption
import java.nio.file.attribute.FileTime
import java.nio.file.attribute.PosixFilePermissions
import java.util.ArrayList
import java.util.Arrays
import java.util.Collections
import java.util.Locale
import java.util.concurrent.ConcurrentHashMap
import java.util.zip.ZipFile

/**
 * Everything the library knows about one Keyless SDK error code. Get one with
 * [KeylessErrors.lookup]; only the library creates them.
 *
 * Immutable, and identified by its [code] alone: two instances with the same code are equal, and
 * [toString] is the one-line summary that `keyless_error_format` writes. Undocumented codes get
 * their category's general guidance, with [name] `"UNKNOWN"` and [isKnown] false.
 *
 * Serializable by its code alone: a deserialized error is the library's own for that code, so
 * every text comes from the library, never from the stream.
 */
public class KeylessError private constructor(
    /** The numeric code, exactly as the SDK reported it. */
    public val code: Int,
    /**
     * The packed answers of the native library's read that holds this error's answers, and which
     * of them: every undocumented code of a category shares one, so that answering a new one
     * allocates only this small object. Never serialized (see [writeReplace]).
     */
    @Transient private val entries: Entries,
    @Transient private val entry: Int,
    /** Where the code's end-user message is in each language's messages (see [Catalog.messagesFor]). */
    @Transient private val messageIndex: Int
) : java.io.Serializable { // KeylessException, a Throwable, is Serializable and holds one

    /** The group the code belongs to, which follows from its range. */
    public val category: KeylessErrorCategory get() = KeylessErrors.categoryOf(entries.number(entry, NUMBER_CATEGORY))

    /** The recommended reaction, for app logic that should not parse text. */
    public val action: KeylessErrorAction get() = KeylessErrors.actionOf(entries.number(entry, NUMBER_ACTION))

    /**
     * The stable SCREAMING_SNAKE name, such as `"FACE_NOT_MATCHING"`; `"UNKNOWN"` for an
     * undocumented code. Names never change once published: safe to log, persist, or compare.
     */
    public val name: String get() = entries.string(entry, STRING_NAME)

    /** A short title for developers and logs, such as `"Face not matching"`. Never empty. English. */
    public val title: String get() = entries.string(entry, STRING_TITLE)

    /** What the code means, for developers. Never empty. English. */
    public val description: String get() = entries.string(entry, STRING_DESCRIPTION)

    /** What the integrator should do about the code. Never empty. English. */
    public val advice: String get() = entries.string(entry, STRING_ADVICE)

    /**
     * A message that is safe to show the end user as it is, in the language of
     * [Locale.getDefault] at the time of the call (it follows a change of the default locale).
     * Never empty. The same as `userMessage(Locale.getDefault())`: see that function.
     */
    public val userMessage: String get() = userMessage(Locale.getDefault())

    /**
     * The end-user message in the language that best serves [locale]: the locale itself when the
     * library carries it, else the closest one along CLDR's fallback (`es-MX` gets `es-419`,
     * `zh-TW` gets `zh-Hant`, `iw` gets `he`), else English. See [KeylessErrors.supportedLocales].
     *
     * When the app installed a [KeylessErrors.userMessageOverride] that answers for this error
     * and locale, that answer is returned instead. Never empty unless the override returns "".
     *
     * A language's messages are read from the native library in one call, the first time it is
     * asked for; every later call is a few array reads.
     */
    public fun userMessage(locale: Locale): String {
        val override = userMessageOverride
        if (override != null) {
            val own = override.userMessage(this, locale)
            if (own != null) return own
        }
        // The fast path: the locale asked for last (Locale.getDefault() returns the same instance
        // until the default changes). Any other is one map lookup, a language's first use a read.
        val recent = recentLocale
        val messages = if (recent != null && recent.locale === locale) recent.messages else currentCatalog().messagesFor(locale)
        return messages[messageIndex]
    }

    /**
     * The lifecycle note: since when the code is no longer returned, or how its meaning changed.
     * Empty when there is none. English.
     */
    public val note: String get() = entries.string(entry, STRING_NOTE)

    /** True when the code is documented: exactly the codes of [KeylessErrors.all]. */
    public val isKnown: Boolean get() = entries.number(entry, NUMBER_IS_KNOWN) != 0

    /** True when the same user may succeed by trying again on this device, after [action]. */
    public val isRetryable: Boolean get() = entries.number(entry, NUMBER_IS_RETRYABLE) != 0

    /** True when current SDKs no longer return the code; [note] says since when. */
    public val isDeprecated: Boolean get() = entries.number(entry, NUMBER_IS_DEPRECATED) != 0

    /**
     * The code of the shared cross-platform error model (web, Android and iOS SDKs) that this
     * native code maps to, such as 3004 for 30004; 1000 (`SDK_ERROR`) when the model has no row for
     * it. The two numberings overlap: shared 1004 is not native 1004, so never pass a shared code
     * to [KeylessErrors.lookup].
     */
    public val sharedCode: Int get() = entries.number(entry, NUMBER_SHARED_CODE)

    /** The shared model's name for [sharedCode], such as `"CORE_FACE_NOT_MATCHING"`; `"SDK_ERROR"` without a row. */
    public val sharedName: String get() = entries.string(entry, STRING_SHARED_NAME)

    /** The error that replaced this one, or null when there is none. */
    public val replacedBy: KeylessError?
        get() {
            val replacement = entries.number(entry, NUMBER_REPLACED_BY)
            return if (replacement == NO_CODE) null else KeylessErrors.lookup(replacement)
        }

    /** Equal when [other] is a [KeylessError] with the same [code]. */
    override fun equals(other: Any?): Boolean = other is KeylessError && other.code == code

    /** The [code] itself. */
    override fun hashCode(): Int = code

    /**
     * The one-line summary for logs, `<code> <NAME> (<category>): <title>`, such as
     * `30004 FACE_NOT_MATCHING (user): Face not matching`. English.
     */
    override fun toString(): String = code.toString() + entries.string(entry, STRING_LOG_LINE)

    /** Serialization writes the code alone ([SerializedForm]); its texts come back from the library. */
    private fun writeReplace(): Any = SerializedForm(code)

    /** A stream that holds a [KeylessError] itself, not its [SerializedForm], was forged: refused. */
    @Suppress("UNUSED_PARAMETER")
    private fun readObject(stream: ObjectInputStream): Unit =
        throw InvalidObjectException("keyless-errors: a KeylessError is serialized as its code alone")

    /** What a serialized [KeylessError] holds: the code, nothing the stream could forge. */
    private class SerializedForm(private val code: Int) : java.io.Serializable {
        /** The library's own error for the code (loading the library if needed). */
        private fun readResolve(): Any = KeylessErrors.lookup(code)

        private companion object {
            private const val serialVersionUID: Long = 1
        }
    }

    /**
     * One packed answer of the native library ([Native.readEntries]) for a list of codes, kept
     * as it came: the numbers and string lengths of each code in [records] (the layout of
     * NativeLayout.kt), the strings' bytes one after another in [bytes]. Only what is asked for is
     * decoded, once: the first use reads every documented code, and decoding all their strings
     * in a JVM that still interprets the code took longer than the native call itself.
     */
    private class Entries(
        /** The codes read, in order: entry `i` answers `codes[i]`. */
        private val codes: IntArray,
        private val records: IntArray,
        private val bytes: ByteArray
    ) {
        /** Where each string starts in [bytes]: [STRING_FIELDS] per entry. */
        private val starts = IntArray(codes.size * STRING_FIELDS)

        /**
         * The strings decoded so far, [STRING_FIELDS] per entry; the log line without its leading
         * code. Written without a lock: two threads may both decode a string, and either copy is
         * right (a String is immutable, so a racy reference to one is safe).
         */
        private val strings = arrayOfNulls<String>(codes.size * STRING_FIELDS)

        init {
            var offset = 0
            for (entry in 0 until codes.size) {
                for (field in 0 until STRING_FIELDS) {
                    starts[entry * STRING_FIELDS + field] = offset
                    offset += records[entry * RECORD_INTS + NUMBER_FIELDS + field]
                }
            }
            if (offset >= bytes.size) throw IllegalStateException("keyless-errors: the glue's answer is shorter than its lengths")
        }

        val size: Int get() = codes.size

        fun code(entry: Int): Int = codes[entry]

        fun number(entry: Int, field: Int): Int = records[entry * RECORD_INTS + field]

        fun string(entry: Int, field: Int): String = strings[entry * STRING_FIELDS + field] ?: decode(entry, field)

        private fun decode(entry: Int, field: Int): String {
            var start = starts[entry * STRING_FIELDS + field]
            var length = records[entry * RECORD_INTS + NUMBER_FIELDS + field]
            if (field == STRING_LOG_LINE) {
                // keyless_error_format's contract: the line starts with the code and a space; what
                // follows is every code's of the category (see KeylessError.toString).
                val digits = codes[entry].toString()
                var matches = length > digits.length && bytes[start + digits.length] == ' '.toByte()
                for (index in 0 until digits.length) if (bytes[start + index] != digits[index].toByte()) matches = false
                if (!matches) throw IllegalStateException("keyless-errors: the log line of ${codes[entry]} does not start with its code")
                start += digits.length
                length -= digits.length
            }
            // Printable ASCII, which the glue checks: Latin-1 decodes it exactly, by a plain copy
            // (UTF-8's decoder is several times slower in a JVM that still interprets it).
            val text = String(bytes, start, length, StandardCharsets.ISO_8859_1)
            strings[entry * STRING_FIELDS + field] = text
            return text
        }
    }

    /**
     * Not API: the binding's own entry points, for [KeylessErrors] and the tests. Every member is
     * `@JvmSynthetic`, so Java code cannot call any of them, and this object has no other use.
     */
    internal companion object {
        /** `keyless_error_replaced_by`'s "none". */
        private const val NO_CODE: Int = -1

        /** `KEYLESS_ERROR_LOCALE_EN`: English, the locale every library carries. */
        private const val ENGLISH: Int = 0

        /** How many distinct [Locale]s a catalog remembers before it starts again. */
        private const val REMEMBERED_LOCALES: Int = 256

        /**
         * What the binding has read, once the native library is loaded: null until then, and again
         * after a failed first use, so that a later call tries again. A racy read is safe: every
         * field a lookup reads is final, and the JVM publishes final fields safely.
         */
        private var catalog: Catalog? = null
        private val catalogLock = Any()

        /**
         * The [Locale] of the last [Catalog.messagesFor] and its messages: the fast path of
         * [userMessage]. Racy by design: it holds an immutable value, so a thread that reads a
         * stale one only takes the slower path.
         */
        private var recentLocale: RecentLocale? = null

        /** The app's [KeylessUserMessageOverride], read at every [userMessage]. */
        @Volatile
        private var userMessageOverride: KeylessUserMessageOverride? = null

        @JvmSynthetic
        internal fun lookup(code: Int): KeylessError = currentCatalog().lookup(code)

        @JvmSynthetic
        internal fun all(): List<KeylessError> = currentCatalog().all

        @JvmSynthetic
        internal fun libraryVersion(): String = Native.ensureLoaded()

        @JvmSynthetic
        internal fun supportedLocales(): List<Locale> = currentCatalog().supportedLocales()

        @JvmSynthetic
        internal fun userMessageOverride(): KeylessUserMessageOverride? = userMessageOverride

        @JvmSynthetic
        internal fun setUserMessageOverride(override: KeylessUserMessageOverride?) {
            userMessageOverride = override
        }

        /** Every property of each of [codes], from one native call, cache bypassed (tests, benchmark). */
        @JvmSynthetic
        internal fun readFromNative(codes: IntArray): Array<KeylessError> {
            val catalog = currentCatalog()
            val entries = read(codes)
            return Array(codes.size) { KeylessError(codes[it], entries, it, catalog.lookup(codes[it]).messageIndex) }
        }

        /** `keyless_error_user_message` as [readFromNative] read it for [error] (tests). */
        @JvmSynthetic
        internal fun englishUserMessageAsRead(error: KeylessError): String = error.entries.string(error.entry, STRING_USER_MESSAGE)

        /** `keyless_error_codes`, as the glue reads it (tests, benchmark). */
        @JvmSynthetic
        internal fun nativeKnownCodes(): IntArray {
            Native.ensureLoaded()
            return Native.knownCodes()
        }

        /** The `KeylessErrorLocale` number [locale] resolves to, as [userMessage] uses it (tests). */
        @JvmSynthetic
        internal fun localeNumberOf(locale: Locale): Int = currentCatalog().localeNumberOf(locale)

        /** `keyless_error_locales`, as the glue reads it (tests). */
        @JvmSynthetic
        internal fun supportedLocaleNumbers(): IntArray {
            Native.ensureLoaded()
            return Native.locales()
        }

        /** The class that holds the natives, for tests that call them with bad arguments. */
        @JvmSynthetic
        internal fun nativeClass(): Class<*> {
            Native.ensureLoaded()
            return Native::class.java
        }

        /**
         * Makes a folder under [parent] for the native libraries, exactly as the jar's loader does,
         * holds its lock, and returns its path: a test kills the process that holds it, to leave
         * the folder of a JVM killed in the middle of an extraction.
         */
        @JvmSynthetic
        internal fun startExtractionForTests(parent: String): String = JvmLoader.startExtractionForTests(parent)

        /**
         * Why a native library of version [library] cannot serve this binding of version
         * [binding], or null when it can: their MAJOR.MINOR must be equal.
         */
        @JvmSynthetic
        internal fun versionMismatch(library: String, binding: String): String? =
            if (majorMinor(library) == majorMinor(binding)) {
                null
            } else {
                "keyless-errors: the native library is version $library, but this binding (jar or AAR) " +
                    "is version $binding; their MAJOR.MINOR must be equal. Use the native libraries " +
                    "that come with the binding."
            }

        /** The catalog, read at the first call (and again at the next call after a failure). */
        private fun currentCatalog(): Catalog = catalog ?: loadCatalog()

        private fun loadCatalog(): Catalog = synchronized(catalogLock) {
            val loaded = catalog
            if (loaded != null) return loaded
            Native.ensureLoaded()
            val read = Catalog()
            catalog = read
            return read
        }

        /** [version] up to its second dot. */
        private fun majorMinor(version: String): String {
            var dots = 0
            for (index in 0 until version.length) {
                if (version[index] == '.' && ++dots == 2) return version.subSequence(0, index).toString()
            }
            return version
        }

        // The first use avoids kotlin.text's string extensions (startsWith, contains, indexOf):
        // they load the multi-file facade kotlin.text.StringsKt, a dozen large classes, which cost
        // milliseconds on the host JVM. String's own members do not (nor subSequence, unlike
        // substring, whose inlined null check loads one more class).

        /** True when [part] occurs in [text] at [index]. */
        private fun occursAt(text: String, part: String, index: Int): Boolean {
            if (index < 0 || index + part.length > text.length) return false
            for (offset in 0 until part.length) if (text[index + offset] != part[offset]) return false
            return true
        }

        /** True when [part] occurs in [text]. */
        private fun contains(text: String, part: String): Boolean {
            for (index in 0..text.length - part.length) if (occursAt(text, part, index)) return true
            return false
        }

        /** Every property of each of [codes], from one native call. */
        private fun read(codes: IntArray): Entries {
            val records = IntArray(codes.size * RECORD_INTS)
            return Entries(codes, records, Native.readEntries(codes, records))
        }

        /** The strings of a packed answer with one string per item: [lengths] in bytes, one after another. */
        private fun decode(bytes: ByteArray, lengths: IntArray): Array<String> {
            var offset = 0
            return Array(lengths.size) { index ->
                val text = String(bytes, offset, lengths[index], StandardCharsets.UTF_8)
                offset += lengths[index]
                text
            }
        }
    }

    /** A [Locale] and the end-user messages it resolves to (see [recentLocale]). */
    private class RecentLocale(val locale: Locale, val messages: Array<String>)

    /**
     * What the binding has read from the native library, in memory for the life of the process:
     * built by one native call over every documented code, then one per language at its first use.
     */
    private class Catalog {
        // java.util.Arrays and plain loops rather than Kotlin's collection extensions: loading their
        // (large) facade classes added milliseconds to the first use on the host JVM.

        /**
         * The codes whose end-user messages each language's table holds, in this order: every
         * documented code, ascending (as `keyless_error_codes` lists them; the agreement tests
         * check it), then one undocumented code per category, by C value, whose message every
         * undocumented code of that category shares. The entries of the one native pass.
         */
        private val messageCodes: IntArray

        /** How many documented codes [messageCodes] starts with. */
        private val knownCount: Int

        /** Every answer of the codes of [messageCodes]. */
        private val entries: Entries

        /** The read-only list that [KeylessErrors.all] returns. */
        val all: List<KeylessError>

        /**
         * A perfect hash table of the documented codes' errors: the slot of a code is
         * `(code * multiplier) ushr shift`, and no two documented codes share a slot. A lookup is
         * one multiplication, one array read and one comparison, with no branch that depends on
         * which documented code it is.
         */
        private val multiplier: Int
        private val shift: Int
        private val slots: Array<KeylessError?>

        init {
            val knownCodes = Native.knownCodes()
            val undocumented = KeylessErrors.undocumentedCodes()
            knownCount = knownCodes.size
            messageCodes = Arrays.copyOf(knownCodes, knownCodes.size + undocumented.size)
            System.arraycopy(undocumented, 0, messageCodes, knownCodes.size, undocumented.size)
            // The one native pass: every documented code and each category's undocumented code.
            entries = read(messageCodes)
            for (cValue in 0 until undocumented.size) {
                // The generated range rule and the C library must agree on every category.
                val entry = knownCount + cValue
                if (entries.number(entry, NUMBER_CATEGORY) != cValue || entries.number(entry, NUMBER_IS_KNOWN) != 0) {
                    throw IllegalStateException("keyless-errors: the native library disagrees on the category of ${undocumented[cValue]}")
                }
            }
            val known = arrayOfNulls<KeylessError>(knownCount)
            for (entry in 0 until knownCount) known[entry] = KeylessError(knownCodes[entry], entries, entry, entry)
            @Suppress("UNCHECKED_CAST")
            all = Collections.unmodifiableList(Arrays.asList(*(known as Array<KeylessError>)))

            var bits = 3
            // At least 32 slots per documented code: a perfect hash is found in a try or two.
            while ((1 shl bits) < knownCount * 32) bits++
            var candidate = 0x2545F491
            var tries = 0
            var table: Array<KeylessError?>? = null
            while (table == null) {
                candidate = candidate * 0x5851F42D + 0x14057B7F // any sequence of multipliers will do
                table = slotsFor(known, candidate or 1, bits)
                if (++tries % 1000 == 0) bits++ // unlucky: more room
            }
            multiplier = candidate or 1
            shift = 32 - bits
            slots = table
        }

        private fun slotsFor(known: Array<KeylessError?>, multiplier: Int, bits: Int): Array<KeylessError?>? {
            val table = arrayOfNulls<KeylessError>(1 shl bits)
            for (error in known) {
                val slot = (error!!.code * multiplier) ushr (32 - bits)
                if (table[slot] != null) return null
                table[slot] = error
            }
            return table
        }

        /**
         * A documented code costs one probe of [slots]. Any other code gets a new error on its
         * category's entry: no native call, no shared state written, so nothing to race and
         * nothing kept (a JIT that sees the error not escape does not even allocate it).
         */
        fun lookup(code: Int): KeylessError {
            val error = slots[(code * multiplier) ushr shift]
            if (error != null && error.code == code) return error
            val entry = knownCount + KeylessErrors.categoryCValueOf(code)
            return KeylessError(code, entries, entry, entry)
        }

        // ---- Languages ----------------------------------------------------------------------

        /** The messages each [Locale] asked for resolves to, bounded by [REMEMBERED_LOCALES]. */
        private val byLocale = ConcurrentHashMap<Locale, Array<String>>()

        /** The messages of each `KeylessErrorLocale` number read so far. */
        private val byNumber = ConcurrentHashMap<Int, Array<String>>()

        /** [KeylessErrors.supportedLocales], once read. */
        private var supported: List<Locale>? = null

        /**
         * The end-user messages for [locale], in the order of [messageCodes]: one map lookup, and
         * at a language's first use, one read. Remembered as the most recent for [userMessage].
         */
        fun messagesFor(locale: Locale): Array<String> {
            var messages = byLocale.get(locale)
            if (messages == null) {
                messages = messagesOf(localeNumberOf(locale))
                // A server may see endless distinct locales (Accept-Language headers): forget them
                // all rather than grow without bound; each costs one native call to resolve again.
                if (byLocale.size >= REMEMBERED_LOCALES) byLocale.clear()
                byLocale.put(locale, messages)
            }
            recentLocale = RecentLocale(locale, messages)
            return messages
        }

        /** The `KeylessErrorLocale` that serves [locale]: `keyless_error_locale` of its BCP 47 tag. */
        fun localeNumberOf(locale: Locale): Int = Native.resolveLocale(locale.toLanguageTag())

        private fun messagesOf(number: Int): Array<String> {
            val known = byNumber.get(number)
            if (known != null) return known
            val read = if (number == ENGLISH) {
                // English is the catalog's own text, already read: keyless_error_user_message.
                Array(entries.size) { entries.string(it, STRING_USER_MESSAGE) }
            } else {
                // One native call reads every message of the language.
                val lengths = IntArray(messageCodes.size)
                decode(Native.readUserMessages(number, messageCodes, lengths), lengths)
            }
            return byNumber.putIfAbsent(number, read) ?: read
        }

        fun supportedLocales(): List<Locale> {
            val known = supported
            if (known != null) return known
            val numbers = Native.locales()
            val lengths = IntArray(numbers.size)
            val tags = decode(Native.readLocaleTags(numbers, lengths), lengths)
            val locales = ArrayList<Locale>(tags.size)
            for (tag in tags) locales.add(Locale.forLanguageTag(tag))
            val list = Collections.unmodifiableList(locales)
            supported = list
            return list
        }
    }

    /**
     * The JNI boundary: the only place that loads the native libraries and declares natives.
     *
     * The natives are registered by `JNI_OnLoad` in jni/keyless_errors_jni.c, by name and
     * signature, on this class (`io.keyless.errors.KeylessError$Native`). Renaming the class or a
     * native, or changing a signature, needs the same change there and in consumer-rules.pro
     * (which keeps R8 from renaming them).
     *
     * Loading is not done by a class initializer: one that fails leaves its class unusable for
     * the life of the process (`NoClassDefFoundError`). [ensureLoaded] loads under a lock instead,
     * and a failure leaves nothing behind, so that a later call tries again.
     */
    private object Native {
        private const val RUST_LIBRARY = "keyless_errors"
        private const val GLUE_LIBRARY = "keyless_errors_jni"

        /** `keyless_errors_version()` of the loaded library once loaded and checked; null before. */
        @Volatile
        private var version: String? = null

        /**
         * Loads the native libraries unless done, checks the version against [KeylessErrors.VERSION],
         * and returns the library's version.
         *
         * - **Android** (`java.vm.vendor` contains "Android": Dalvik and ART say "The Android
         *   Project"): `System.loadLibrary`, from the APK's own library folder, where the AAR's
         *   `jni/<abi>/` files land. The Rust library first: Android's linker before 6.0 does not
         *   look in the app's folder for a library's dependencies. Nothing else: [JvmLoader] uses
         *   APIs Android 21 lacks, and ART never loads it.
         * - **Any other JVM**: [JvmLoader].
         *
         * Android is recognised by its runtime's vendor. Looking for the class `android.os.Build`
         * instead would be wrong: local unit tests on a development machine have it on the class
         * path (android.jar stubs, Robolectric) while running on a desktop JVM, which needs the
         * jar's copies.
         *
         * @throws UnsatisfiedLinkError naming what was tried and why it failed.
         */
        fun ensureLoaded(): String {
            val loaded = version
            if (loaded != null) return loaded
            synchronized(this) {
                val again = version
                if (again != null) return again
                if (contains(System.getProperty("java.vm.vendor").orEmpty(), "Android")) {
                    loadOnAndroid()
                } else {
                    JvmLoader.load(RUST_LIBRARY, GLUE_LIBRARY)
                }
                val library = libraryVersion()
                versionMismatch(library, KeylessErrors.VERSION)?.let { throw UnsatisfiedLinkError(it) }
                version = library
                return library
            }
        }

        private fun loadOnAndroid() {
            try {
                System.loadLibrary(RUST_LIBRARY)
                System.loadLibrary(GLUE_LIBRARY)
            } catch (failure: UnsatisfiedLinkError) {
                throw UnsatisfiedLinkError(
                    "keyless-errors: cannot load the native libraries: System.loadLibrary(\"$RUST_LIBRARY\") " +
                        "then (\"$GLUE_LIBRARY\") from the app's native library folder failed: ${failure.message}. " +
                        "The app must package the AAR's jni/<abi>/ libraries (Gradle does for an AAR dependency). " +
                        "java.library.path: ${System.getProperty("java.library.path")}"
                )
            }
        }

        /** Every documented code, as `keyless_error_codes` lists them. */
        @JvmStatic
        external fun knownCodes(): IntArray

        /**
         * Reads every property of each of [codes] in one native call: [RECORD_INTS] ints per code
         * into [records] (its numbers, then the byte length of each string), and returns the
         * strings' UTF-8 bytes, one after another (plus one spare byte at the end).
         *
         * @throws IllegalArgumentException when [records] does not have exactly that size.
         */
        @JvmStatic
        external fun readEntries(codes: IntArray, records: IntArray): ByteArray

        /**
         * Reads `keyless_error_user_message_localized(code, locale)` of each of [codes] in one
         * native call: the byte length of each into [lengths], the UTF-8 bytes into the answer.
         */
        @JvmStatic
        external fun readUserMessages(locale: Int, codes: IntArray, lengths: IntArray): ByteArray

        /** `keyless_error_locales`: every `KeylessErrorLocale` the library carries, English (0) first. */
        @JvmStatic
        external fun locales(): IntArray

        /** `keyless_error_locale_tag` of each of [locales], packed as [readUserMessages] packs. */
        @JvmStatic
        external fun readLocaleTags(locales: IntArray, lengths: IntArray): ByteArray

        /** `keyless_error_locale(preferences)`. */
        @JvmStatic
        external fun resolveLocale(preferences: String): Int

        /** `keyless_errors_version()`. */
        @JvmStatic
        external fun libraryVersion(): String
    }

    /**
     * The loader of a desktop or server JVM (never of Android: it uses java.nio.file, which
     * Android 21 lacks, and ART never loads this class). In this order:
     *
     * 1. **The jar's copies** (resources `io/keyless/errors/native/<os>-<arch>/`, as in
     *    `keyless-errors-<version>.jar`): looked up first in the jar or folder the binding's
     *    classes came from, then as resources of their class loader (so an AAR's classes.jar
     *    ahead of the jar on a class path does not hide the jar's natives). Both are copied into
     *    a new private folder (mode 700) and loaded with `System.load`, the Rust library first,
     *    so that the glue's dependency is already satisfied by its soname; then the copies and
     *    the folder are deleted (Linux keeps a loaded file's pages).
     *
     *    The folder is made in the folder named by the system property
     *    [KeylessErrors.LIBRARY_FOLDER_PROPERTY], else `java.io.tmpdir`, but only if nobody else
     *    can swap a file there between the copy and the load: every folder on its path (symbolic
     *    links not followed) must belong to this user or to root, and be writable by nobody else
     *    or sticky (as /tmp). Otherwise it is made in the per-user folder
     *    `<user.home>/.cache/keyless-errors`, checked the same way.
     *
     *    Before that, folders that JVMs killed in the middle of an extraction left there are
     *    removed: a folder is in use exactly while its `.lock` file is locked (the kernel releases
     *    the lock of a dead process), and the two instants before the lock exists are covered by a
     *    grace period of [STALE_AFTER_MILLIS].
     * 2. **`java.library.path`**: `System.loadLibrary`, when the jar has no copy for this platform
     *    (or the binding's classes come without it), or when extracting or loading the copies
     *    failed (a read-only, full or `noexec` folder). The glue finds libkeyless_errors.so next
     *    to itself (`$ORIGIN` run path).
     *
     * When both fail: an [UnsatisfiedLinkError] that says what was tried, where, and why it failed.
     */
    private object JvmLoader {
        private const val RESOURCE_ROOT = "io/keyless/errors/native/"
        private const val FOLDER_PREFIX = "keyless-errors-"
        private const val LOCK_FILE = ".lock"

        /** How long a folder without a locked, written `.lock` file is presumed in use. */
        private const val STALE_AFTER_MILLIS: Long = 10 * 60 * 1000

        // st_mode bits, as the "unix:mode" attribute gives them (Kotlin has no octal literals).
        private const val FILE_TYPE = 0xF000 // S_IFMT, 0170000
        private const val DIRECTORY = 0x4000 // S_IFDIR, 0040000
        private const val SYMBOLIC_LINK = 0xA000 // S_IFLNK, 0120000
        private const val STICKY = 0x200 // S_ISVTX, 01000
        private const val WRITABLE_BY_OTHERS = 0x12 // S_IWGRP | S_IWOTH, 0022

        fun load(rustLibrary: String, glueLibrary: String) {
            val files = arrayOf(System.mapLibraryName(rustLibrary), System.mapLibraryName(glueLibrary))
            val tried = ArrayList<String>(2)
            val platform = platform()
            if (platform == null) {
                tried.add("the jar has no native libraries for ${System.getProperty("os.name")} ${System.getProperty("os.arch")}")
            } else {
                val directory = RESOURCE_ROOT + platform + "/"
                val natives = findNatives(directory, files)
                if (natives == null) {
                    tried.add("no $directory on the class path (the AAR's classes.jar has none; the jar has)")
                } else {
                    val failure = extractAndLoad(natives, files)
                    if (failure == null) return
                    tried.add(failure)
                }
            }
            try {
                try {
                    System.loadLibrary(rustLibrary)
                } catch (ignored: UnsatisfiedLinkError) {
                    // The glue may still find it through its run path ($ORIGIN) or LD_LIBRARY_PATH.
                }
                System.loadLibrary(glueLibrary)
                return
            } catch (failure: UnsatisfiedLinkError) {
                tried.add("System.loadLibrary(\"$glueLibrary\") from java.library.path: ${failure.message}")
            }
            val message = StringBuilder("keyless-errors: cannot load the native libraries ")
                .append(files[0]).append(" and ").append(files[1]).append(". Tried:")
            for (index in 0 until tried.size) message.append(" (").append(index + 1).append(") ").append(tried[index]).append('.')
            message.append(" Set the system property ").append(KeylessErrors.LIBRARY_FOLDER_PROPERTY)
                .append(" to a folder where this JVM may write and run native libraries (now ")
                .append(System.getProperty(KeylessErrors.LIBRARY_FOLDER_PROPERTY) ?: "unset")
                .append("; java.io.tmpdir is ").append(System.getProperty("java.io.tmpdir"))
                .append("), or put both libraries in a folder of java.library.path (now ")
                .append(System.getProperty("java.library.path")).append(").")
            throw UnsatisfiedLinkError(message.toString())
        }

        /** `<os>-<arch>` as the jar's resource folders are named, or null for a platform it has no copy for. */
        private fun platform(): String? {
            val os = System.getProperty("os.name").orEmpty()
            if (!occursAt(os, "Linux", 0)) return null
            return when (System.getProperty("os.arch")) {
                "amd64", "x86_64" -> "linux-x86_64"
                "aarch64", "arm64" -> "linux-aarch64"
                else -> null
            }
        }

        /** Extracts and loads [files]; null on success, else what failed, where. */
        private fun extractAndLoad(natives: NativeFiles, files: Array<String>): String? {
            val requested = System.getProperty(KeylessErrors.LIBRARY_FOLDER_PROPERTY)
            val parentName = requested ?: System.getProperty("java.io.tmpdir").orEmpty()
            var where = parentName
            var extraction: Extraction? = null
            try {
                var parent = Paths.get(parentName).toAbsolutePath()
                if (requested != null && !Files.isDirectory(parent)) Files.createDirectories(parent, OWNER_ONLY)
                extraction = startExtraction(parent)
                where = extraction.folder.toString()
                val unsafe = unsafeReason(parent, extraction.owner)
                if (unsafe != null) {
                    // (If the per-user folder fails too, finally finishes this one again: harmless.)
                    extraction.finish(files)
                    parent = perUserFolder(extraction.owner, unsafe)
                    extraction = startExtraction(parent)
                    where = extraction.folder.toString()
                }
                removeStale(parent, extraction)
                for (index in 0 until files.size) natives.copy(index, extraction.folder.resolve(files[index]))
                for (name in files) System.load(extraction.folder.resolve(name).toString())
                return null
            } catch (failure: Throwable) {
                if (failure is Error && failure !is LinkageError) throw failure // OutOfMemoryError and the like
                return "extracting them from the jar into $where: $failure"
            } finally {
                natives.close()
                try {
                    extraction?.finish(files)
                } catch (ignored: IOException) {
                    // A folder left behind is removed by the next start (see removeStale).
                }
            }
        }

        /** A folder being extracted into, and the lock that marks it in use. */
        private class Extraction(val folder: Path, val owner: Int, private val channel: FileChannel, private val lock: FileLock) {
            /** Deletes [files] and the lock file, releases the lock, deletes the folder. */
            fun finish(files: Array<String>) {
                try {
                    for (name in files) Files.deleteIfExists(folder.resolve(name))
                    Files.deleteIfExists(folder.resolve(LOCK_FILE))
                } finally {
                    lock.release()
                    channel.close()
                    Files.deleteIfExists(folder)
                }
            }
        }

        /**
         * A new folder in [parent], mode 700, holding a locked, written `.lock` file: in use until
         * [Extraction.finish] or the end of the process. Its name carries this process's id, so
         * that a second class loader of the same JVM never opens (and by closing, unlocks) it.
         */
        private fun startExtraction(parent: Path): Extraction {
            for (attempt in 0 until 100) {
                val folder = parent.resolve(FOLDER_PREFIX + processId + "-" + java.lang.Long.toHexString(System.nanoTime()) + "-" + attempt)
                try {
                    Files.createDirectory(folder, OWNER_ONLY)
                } catch (taken: java.nio.file.FileAlreadyExistsException) {
                    continue
                }
                val channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                val lock = channel.lock()
                channel.write(ByteBuffer.wrap(MARKER))
                val owner = Files.getAttribute(folder, "unix:uid", LinkOption.NOFOLLOW_LINKS) as Int
                return Extraction(folder, owner, channel, lock)
            }
            throw IOException("no free folder name in $parent after 100 attempts")
        }

        /** [startExtraction] in [parent], for the tests (this class alone may name java.nio.file). */
        fun startExtractionForTests(parent: String): String = startExtraction(Paths.get(parent).toAbsolutePath()).folder.toString()

        /** What the lock file holds: anything but nothing (see [removeIfStale]). */
        private val MARKER = byteArrayOf('k'.toByte(), 'e'.toByte(), 'y'.toByte(), '\n'.toByte())

        /** This process's id, from /proc/self (Linux, the only platform with copies in the jar). */
        private val processId: String = try {
            Files.readSymbolicLink(Paths.get("/proc/self")).toString()
        } catch (unknown: Exception) {
            "unknown"
        }

        private val OWNER_ONLY = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))

        /**
         * Why a library extracted under [folder] could be swapped by another user before it is
         * loaded, or null when it cannot: every folder on its path, and on its real path, must
         * belong to [owner] (this user) or root, and be writable by nobody else or sticky.
         */
        private fun unsafeReason(folder: Path, owner: Int): String? {
            var path: Path? = folder
            while (path != null) {
                unsafeEntry(path, owner)?.let { return it }
                path = path.parent
            }
            var real: Path? = folder.toRealPath()
            while (real != null) {
                unsafeEntry(real, owner)?.let { return it }
                real = real.parent
            }
            return null
        }

        private fun unsafeEntry(path: Path, owner: Int): String? {
            val attributes = Files.readAttributes(path, "unix:uid,mode", LinkOption.NOFOLLOW_LINKS)
            val uid = attributes["uid"] as Int
            val mode = attributes["mode"] as Int
            if (uid != owner && uid != 0) return "$path belongs to another user (uid $uid)"
            if (mode and FILE_TYPE == SYMBOLIC_LINK) return null // its folder is checked, and its target
            if (mode and WRITABLE_BY_OTHERS != 0 && mode and STICKY == 0) {
                return "other users may write in $path, which is not sticky (mode ${Integer.toOctalString(mode and 0xFFF)})"
            }
            return null
        }

        /** `<user.home>/.cache/keyless-errors`, made private if missing; [why]: why not the first choice. */
        private fun perUserFolder(owner: Int, why: String): Path {
            val folder = Paths.get(System.getProperty("user.home").orEmpty(), ".cache", "keyless-errors").toAbsolutePath()
            try {
                Files.createDirectories(folder, OWNER_ONLY)
            } catch (failure: IOException) {
                throw IOException("$why; the per-user folder instead failed: $failure")
            }
            val unsafe = unsafeReason(folder, owner)
            if (unsafe != null) throw IOException("$why; the per-user folder $folder is not safe either: $unsafe")
            return folder
        }

        /**
         * Removes the folders that dead JVMs left in [parent] (best effort: any failure leaves a
         * folder for a later start). Never one of this process (its id is in the name), of another
         * user, or one whose lock is held.
         */
        private fun removeStale(parent: Path, current: Extraction) {
            val names = parent.toFile().list() ?: return
            val ours = FOLDER_PREFIX + processId + "-"
            for (name in names) {
                if (!occursAt(name, FOLDER_PREFIX, 0) || occursAt(name, ours, 0)) continue
                try {
                    removeIfStale(parent.resolve(name), current.owner)
                } catch (ignored: Exception) {
                    // In use, gone already, or not ours to remove: leave it.
                }
            }
        }

        private fun removeIfStale(folder: Path, owner: Int) {
            val attributes = Files.readAttributes(folder, "unix:uid,mode,lastModifiedTime", LinkOption.NOFOLLOW_LINKS)
            if (attributes["uid"] as Int != owner || (attributes["mode"] as Int) and FILE_TYPE != DIRECTORY) return
            val lockFile = folder.resolve(LOCK_FILE)
            if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                // Made, but not locked yet (or unlocked at the end): in use for a moment only.
                if (isOld(attributes["lastModifiedTime"] as FileTime)) deleteFolder(folder)
                return
            }
            val channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)
            try {
                val lock = try {
                    channel.tryLock()
                } catch (sameProcess: OverlappingFileLockException) {
                    null
                } ?: return // held: a live JVM is extracting
                try {
                    // Empty: its JVM may be between making the file and locking it.
                    if (channel.size() == 0L && !isOld(Files.getLastModifiedTime(lockFile, LinkOption.NOFOLLOW_LINKS))) return
                    deleteFolder(folder)
                } finally {
                    lock.release()
                }
            } finally {
                channel.close()
            }
        }

        private fun isOld(time: FileTime): Boolean = System.currentTimeMillis() - time.toMillis() > STALE_AFTER_MILLIS

        /** Deletes the files of [folder] (symbolic links themselves, never their targets), then it. */
        private fun deleteFolder(folder: Path) {
            val names = folder.toFile().list() ?: return
            for (name in names) Files.deleteIfExists(folder.resolve(name))
            Files.deleteIfExists(folder)
        }

        /** [files] under [directory], or null when they are nowhere on the class path. */
        private fun findNatives(directory: String, files: Array<String>): NativeFiles? {
            val own = try {
                fromCodeSource(directory, files)
            } catch (unreadable: Exception) {
                null
            }
            return own ?: fromClassLoader(directory, files)
        }

        private fun fromCodeSource(directory: String, files: Array<String>): NativeFiles? {
            val location = KeylessError::class.java.protectionDomain?.codeSource?.location
            if (location == null || location.protocol != "file") return null
            val source = fileOf(location)
            if (source.isDirectory) {
                val found = Array<Any>(files.size) { File(source, directory + files[it]) }
                for (file in found) if (!(file as File).isFile) return null
                return NativeFiles(null, found)
            }
            val jar = ZipFile(source)
            val entries = arrayOfNulls<Any>(files.size)
            for (index in 0 until files.size) {
                entries[index] = jar.getEntry(directory + files[index])
                if (entries[index] == null) {
                    jar.close()
                    return null
                }
            }
            @Suppress("UNCHECKED_CAST")
            return NativeFiles(jar, entries as Array<Any>)
        }

        private fun fromClassLoader(directory: String, files: Array<String>): NativeFiles? {
            val loader = KeylessError::class.java.classLoader
            val urls = arrayOfNulls<Any>(files.size)
            for (index in 0 until files.size) {
                val path = directory + files[index]
                urls[index] = (if (loader != null) loader.getResource(path) else ClassLoader.getSystemResource(path)) ?: return null
            }
            @Suppress("UNCHECKED_CAST")
            return NativeFiles(null, urls as Array<Any>)
        }

        /**
         * The file of a `file:` URL. `File.toURL()`, which class loaders accept, leaves spaces
         * and other characters unescaped, so such a URL is no valid URI: its path is taken as is.
         */
        private fun fileOf(url: URL): File = try {
            File(url.toURI())
        } catch (invalid: URISyntaxException) {
            File(url.path)
        } catch (invalid: IllegalArgumentException) {
            File(url.path)
        }

        /**
         * The jar's copies of the native libraries for one platform, where [findNatives] found
         * them: the jar or folder the binding's classes came from (read directly:
         * `Class.getResource` would first open the JDK's module index, 5 to 15 ms here), else the
         * resources of their class loader.
         */
        private class NativeFiles(
            private val zip: ZipFile?,
            private val sources: Array<Any>
        ) {
            fun copy(index: Int, target: Path) {
                val source = sources[index]
                val input: InputStream = when (source) {
                    is File -> FileInputStream(source)
                    is URL -> source.openStream()
                    else -> zip!!.getInputStream(source as java.util.zip.ZipEntry)
                }
                try {
                    val output: OutputStream = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                    try {
                        val buffer = ByteArray(16 * 1024)
                        while (true) {
                            val count = input.read(buffer)
                            if (count < 0) break
                            output.write(buffer, 0, count)
                        }
                    } finally {
                        output.close()
                    }
                } finally {
                    input.close()
                }
            }

            fun close() {
                zip?.close()
            }
        }
    }
}

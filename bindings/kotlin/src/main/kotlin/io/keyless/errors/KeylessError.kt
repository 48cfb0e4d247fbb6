package io.keyless.errors

import java.io.File
import java.io.FileInputStream
import java.io.FileOutputStream
import java.io.FilterInputStream
import java.io.InputStream
import java.util.Arrays
import java.util.Collections
import java.util.zip.ZipEntry
import java.util.zip.ZipFile

/**
 * Everything the library knows about one Keyless SDK error code. Get one with
 * [KeylessErrors.lookup]; only the library creates them.
 *
 * Immutable, and identified by its [code] alone: two instances with the same code are equal, and
 * [toString] is the one-line summary that `keyless_error_format` writes. Undocumented codes get
 * their category's general guidance, with [name] `"UNKNOWN"` and [isKnown] false.
 */
public class KeylessError private constructor(
    /** The numeric code, exactly as the SDK reported it. */
    public val code: Int,
    /**
     * Everything else: shared by every undocumented code of a category, so that answering a new
     * one allocates only this small object.
     */
    private val details: Details
) : java.io.Serializable { // KeylessException, a Throwable, is Serializable and holds one

    /** The group the code belongs to, which follows from its range. */
    public val category: KeylessErrorCategory get() = details.category

    /** The recommended reaction, for app logic that should not parse text. */
    public val action: KeylessErrorAction get() = details.action

    /**
     * The stable SCREAMING_SNAKE name, such as `"FACE_NOT_MATCHING"`; `"UNKNOWN"` for an
     * undocumented code. Names never change once published: safe to log, persist, or use as the
     * key of localized strings.
     */
    public val name: String get() = details.name

    /** A short title for developers and logs, such as `"Face not matching"`. Never empty. */
    public val title: String get() = details.title

    /** What the code means, for developers. Never empty. */
    public val description: String get() = details.description

    /** What the integrator should do about the code. Never empty. */
    public val advice: String get() = details.advice

    /**
     * A message that is safe to show the end user as it is (English). Never empty. Apps that
     * localize should key their own strings on [name].
     */
    public val userMessage: String get() = details.userMessage

    /**
     * The lifecycle note: since when the code is no longer returned, or how its meaning changed.
     * Empty when there is none.
     */
    public val note: String get() = details.note

    /** True when the code is documented: exactly the codes of [KeylessErrors.all]. */
    public val isKnown: Boolean get() = details.isKnown

    /** True when the same user may succeed by trying again on this device, after [action]. */
    public val isRetryable: Boolean get() = details.isRetryable

    /** True when current SDKs no longer return the code; [note] says since when. */
    public val isDeprecated: Boolean get() = details.isDeprecated

    /**
     * The code of the shared cross-platform error model (web, Android and iOS SDKs) that this
     * native code maps to, such as 3004 for 30004; 1000 (`SDK_ERROR`) when the model has no row for
     * it. The two numberings overlap: shared 1004 is not native 1004, so never pass a shared code
     * to [KeylessErrors.lookup].
     */
    public val sharedCode: Int get() = details.sharedCode

    /** The shared model's name for [sharedCode], such as `"CORE_FACE_NOT_MATCHING"`; `"SDK_ERROR"` without a row. */
    public val sharedName: String get() = details.sharedName

    /** The error that replaced this one, or null when there is none. */
    public val replacedBy: KeylessError?
        get() = if (details.replacedByCode == NO_CODE) null else KeylessErrors.lookup(details.replacedByCode)

    /** Equal when [other] is a [KeylessError] with the same [code]. */
    override fun equals(other: Any?): Boolean = other is KeylessError && other.code == code

    /** The [code] itself. */
    override fun hashCode(): Int = code

    /**
     * The one-line summary for logs, `<code> <NAME> (<category>): <title>`, such as
     * `30004 FACE_NOT_MATCHING (user): Face not matching`.
     */
    override fun toString(): String = code.toString() + details.lineAfterCode

    /** What the library answers for a code, all but the code itself. */
    private class Details(
        val category: KeylessErrorCategory,
        val action: KeylessErrorAction,
        val name: String,
        val title: String,
        val description: String,
        val advice: String,
        val userMessage: String,
        val note: String,
        val isKnown: Boolean,
        val isRetryable: Boolean,
        val isDeprecated: Boolean,
        /** The code of [replacedBy], or [NO_CODE]. */
        val replacedByCode: Int,
        val sharedCode: Int,
        val sharedName: String,
        /** The log line after its leading code: `" <NAME> (<category>): <title>"`. */
        val lineAfterCode: String
    ) : java.io.Serializable

    /**
     * Not API: the binding's own entry points, for [KeylessErrors] and the tests. Every member is
     * `@JvmSynthetic`, so Java code cannot call any of them, and this object has no other use.
     */
    internal companion object {
        /** `keyless_error_replaced_by`'s "none". */
        private const val NO_CODE: Int = -1

        @JvmSynthetic
        internal fun lookup(code: Int): KeylessError = Cache.lookup(code)

        @JvmSynthetic
        internal fun all(): List<KeylessError> = Cache.all

        @JvmSynthetic
        internal fun libraryVersion(): String = Native.libraryVersion

        /** Every property of each of [codes], from one native call, cache bypassed (tests, benchmark). */
        @JvmSynthetic
        internal fun readFromNative(codes: IntArray): Array<KeylessError> = read(codes)

        /** `keyless_error_codes`, as the glue reads it (tests, benchmark). */
        @JvmSynthetic
        internal fun nativeKnownCodes(): IntArray = Native.knownCodes()

        /** The class that holds the natives, for tests that call them with bad arguments. */
        @JvmSynthetic
        internal fun nativeClass(): Class<*> = Native::class.java

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

        /**
         * The resource at [path] of the jar (or classes directory) this class came from, or null.
         * Read straight from that file when it is one: `Class.getResource` would first ask the
         * JDK's own modules, whose index costs 6 to 12 ms to open here. Any other class loader
         * (a jar inside a jar, an application server) gets the ordinary lookup.
         */
        private fun openResource(path: String): InputStream? {
            val location = KeylessError::class.java.protectionDomain?.codeSource?.location
            if (location == null || location.protocol != "file") return KeylessError::class.java.getResourceAsStream("/$path")
            val source = File(location.toURI())
            if (source.isDirectory) {
                val file = File(source, path)
                return if (file.isFile) FileInputStream(file) else null
            }
            val jar = ZipFile(source)
            val entry = jar.getEntry(path)
            if (entry == null) {
                jar.close()
                return null
            }
            return ZipEntryStream(jar, entry)
        }

        /** Every property of each of [codes], from one native call. */
        private fun read(codes: IntArray): Array<KeylessError> {
            val numbers = IntArray(codes.size * Native.NUMBER_FIELDS)
            val strings = arrayOfNulls<String>(codes.size * Native.STRING_FIELDS)
            Native.readEntries(codes, numbers, strings)
            return Array(codes.size) { index ->
                val number = index * Native.NUMBER_FIELDS
                val string = index * Native.STRING_FIELDS
                val code = codes[index]
                val line = stringAt(strings, string + Native.STRING_LOG_LINE)
                val codeDigits = code.toString()
                // keyless_error_format's contract: the line starts with the code and a space.
                check(occursAt(line, "$codeDigits ", 0)) { "the log line of $code does not start with its code: $line" }
                KeylessError(code, Details(
                    category = categoryOf(numbers[number + Native.NUMBER_CATEGORY]),
                    action = actionOf(numbers[number + Native.NUMBER_ACTION]),
                    name = stringAt(strings, string + Native.STRING_NAME),
                    title = stringAt(strings, string + Native.STRING_TITLE),
                    description = stringAt(strings, string + Native.STRING_DESCRIPTION),
                    advice = stringAt(strings, string + Native.STRING_ADVICE),
                    userMessage = stringAt(strings, string + Native.STRING_USER_MESSAGE),
                    note = stringAt(strings, string + Native.STRING_NOTE),
                    isKnown = numbers[number + Native.NUMBER_IS_KNOWN] != 0,
                    isRetryable = numbers[number + Native.NUMBER_IS_RETRYABLE] != 0,
                    isDeprecated = numbers[number + Native.NUMBER_IS_DEPRECATED] != 0,
                    replacedByCode = numbers[number + Native.NUMBER_REPLACED_BY],
                    sharedCode = numbers[number + Native.NUMBER_SHARED_CODE],
                    sharedName = stringAt(strings, string + Native.STRING_SHARED_NAME),
                    lineAfterCode = line.subSequence(codeDigits.length, line.length).toString()
                ))
            }
        }

        private fun stringAt(strings: Array<String?>, position: Int): String =
            checkNotNull(strings[position]) { "the JNI glue left string $position unset" }

        // A native library newer than these enums may return a value they do not list. An error
        // description must never crash the app, so such values fall back to the neutral entry.
        private fun categoryOf(cValue: Int): KeylessErrorCategory {
            for (category in KeylessErrorCategory.values()) if (category.cValue == cValue) return category
            return KeylessErrorCategory.UNKNOWN
        }

        private fun actionOf(cValue: Int): KeylessErrorAction {
            for (action in KeylessErrorAction.values()) if (action.cValue == cValue) return action
            return KeylessErrorAction.NONE
        }
    }

    /**
     * What the binding has read from the native library, in memory for the life of the process.
     *
     * A Kotlin `object` is initialized by the JVM exactly once, under the class-initialization
     * lock, and its fields are then safely published to every thread: that gives the single
     * thread-safe first pass without any lock or volatile read on the lookup path.
     */
    private object Cache {
        // java.util.Arrays and plain loops rather than Kotlin's collection extensions: loading their
        // (large) facade classes added milliseconds to the first use on the host JVM.

        /**
         * The documented codes' errors, in ascending order of code (as `keyless_error_codes` lists
         * them; the agreement tests check it): one native pass reads them all.
         */
        private val known: Array<KeylessError> = read(Native.knownCodes())

        /** The read-only view that [KeylessErrors.all] returns. */
        val all: List<KeylessError> = Collections.unmodifiableList(Arrays.asList(*known))

        /**
         * A perfect hash table of [known]: the slot of a code is `(code * multiplier) ushr shift`,
         * and no two documented codes share a slot. A lookup is one multiplication, one array read
         * and one comparison, with no branch that depends on which documented code it is. Free
         * slots also keep undocumented errors answered before (see [undocumented]).
         */
        private val multiplier: Int
        private val shift: Int
        private val slots: Array<KeylessError?>

        init {
            var bits = 3
            // At least 32 slots per documented code: a perfect hash is found in a try or two, and an
            // undocumented code seldom meets a documented one in its slot (see [undocumented]).
            while ((1 shl bits) < known.size * 32) bits++
            var candidate = 0x2545F491
            var tries = 0
            var table: Array<KeylessError?>? = null
            while (table == null) {
                candidate = candidate * 0x5851F42D + 0x14057B7F // any sequence of multipliers will do
                table = slotsFor(candidate or 1, bits)
                if (++tries % 1000 == 0) bits++ // unlucky: more room
            }
            multiplier = candidate or 1
            shift = 32 - bits
            slots = table
        }

        private fun slotsFor(multiplier: Int, bits: Int): Array<KeylessError?>? {
            val table = arrayOfNulls<KeylessError>(1 shl bits)
            for (error in known) {
                val slot = (error.code * multiplier) ushr (32 - bits)
                if (table[slot] != null) return null
                table[slot] = error
            }
            return table
        }

        /**
         * The guidance of each category, as read for the first undocumented code of that category:
         * every undocumented code of a category shares it, all but the code (and the log line's
         * leading code). Indexed by ordinal. Races are harmless: two threads may both read a
         * category, and either answer is right (every field of [KeylessError] is final, so the
         * instance is safely published without a lock).
         */
        private val categoryGuidance = arrayOfNulls<KeylessError>(KeylessErrorCategory.values().size)

        /**
         * Undocumented errors answered before, for codes whose slot in [slots] holds a documented
         * one (the others are kept in [slots] itself).
         */
        private val spares = arrayOfNulls<KeylessError>(slots.size)

        /**
         * A documented code, or an undocumented one answered before (an app's few unexpected codes
         * come back again and again), costs one probe of [slots]: the same path for both.
         */
        fun lookup(code: Int): KeylessError {
            val slot = (code * multiplier) ushr shift
            val error = slots[slot]
            return if (error != null && error.code == code) error else undocumented(code, slot, error)
        }

        /**
         * An undocumented code: kept in its slot of [slots] or of [spares], whichever is free, and
         * never in place of a documented code (those never move). Both tables race benignly, like [categoryGuidance]: a lost
         * update only costs a later allocation, and a slot that holds a documented code never changes.
         */
        private fun undocumented(code: Int, slot: Int, occupant: KeylessError?): KeylessError {
            val spare = spares[slot]
            if (spare != null && spare.code == code) return spare
            val category = KeylessErrors.categoryOf(code)
            val guidance = categoryGuidance[category.ordinal]
            if (guidance != null) {
                val error = KeylessError(code, guidance.details)
                // An empty place first; then replace an undocumented error, never a documented one.
                when {
                    occupant == null -> slots[slot] = error
                    spare == null || occupant.isKnown -> spares[slot] = error
                    else -> slots[slot] = error
                }
                return error
            }
            val read = read(intArrayOf(code))[0]
            // Cache it only if the C side agrees on the category (it always should: the Kotlin
            // range rule is generated from the catalog's); otherwise just answer.
            if (read.category == category && !read.isKnown) categoryGuidance[category.ordinal] = read
            return read
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
     * Loading ([loadLibraries]) happens in the initializer, so the JVM runs it once, under its
     * class-initialization lock, before the first native call; it ends with the version check.
     */
    private object Native {
        /** Ints per code in [readEntries]'s `numbers`, in this order (see the glue's `NUMBER_*`). */
        const val NUMBER_FIELDS: Int = 7
        const val NUMBER_CATEGORY: Int = 0
        const val NUMBER_ACTION: Int = 1
        const val NUMBER_IS_KNOWN: Int = 2
        const val NUMBER_IS_RETRYABLE: Int = 3
        const val NUMBER_IS_DEPRECATED: Int = 4
        /** The replacement code, or -1 when there is none (the C convention). */
        const val NUMBER_REPLACED_BY: Int = 5
        const val NUMBER_SHARED_CODE: Int = 6

        /** Strings per code in [readEntries]'s `strings`, in this order (see the glue's `STRING_*`). */
        const val STRING_FIELDS: Int = 8
        const val STRING_NAME: Int = 0
        const val STRING_TITLE: Int = 1
        const val STRING_DESCRIPTION: Int = 2
        const val STRING_ADVICE: Int = 3
        const val STRING_USER_MESSAGE: Int = 4
        const val STRING_NOTE: Int = 5
        const val STRING_SHARED_NAME: Int = 6
        /** The `keyless_error_format` line. */
        const val STRING_LOG_LINE: Int = 7

        /** `keyless_errors_version()` of the loaded library, checked against [KeylessErrors.VERSION]. */
        val libraryVersion: String

        init {
            loadLibraries()
            libraryVersion = libraryVersion()
            versionMismatch(libraryVersion, KeylessErrors.VERSION)?.let { throw UnsatisfiedLinkError(it) }
        }

        /** Every documented code, as `keyless_error_codes` lists them. */
        @JvmStatic
        external fun knownCodes(): IntArray

        /**
         * Reads every property of each of [codes] in one native call: [NUMBER_FIELDS] ints per code
         * into [numbers] and [STRING_FIELDS] strings per code into [strings], code by code.
         *
         * @throws IllegalArgumentException when the arrays do not have exactly those sizes.
         */
        @JvmStatic
        external fun readEntries(codes: IntArray, numbers: IntArray, strings: Array<String?>)

        /** `keyless_errors_version()`. */
        @JvmStatic
        external fun libraryVersion(): String

        private const val RUST_LIBRARY = "keyless_errors"
        private const val GLUE_LIBRARY = "keyless_errors_jni"
        private const val RESOURCE_ROOT = "io/keyless/errors/native/"

        /**
         * Finds and loads the two native libraries: libkeyless_errors.so (the Rust library) and
         * libkeyless_errors_jni.so (the glue, which needs the first).
         *
         * - **Android**: `System.loadLibrary`, from the APK's own library directory, where the AAR's
         *   `jni/<abi>/` files land. The Rust library is loaded first because Android's linker
         *   before 6.0 does not look in the app's directory for a library's dependencies.
         * - **Any other JVM** with a copy for its platform in the jar (resources under
         *   `io/keyless/errors/native/<os>-<arch>/`, as in `keyless-errors-<version>.jar`): both
         *   are copied to a new private temporary directory (mode 700) and loaded with
         *   `System.load`, the Rust library first, so that the glue's dependency is already
         *   satisfied by its soname. The copies are deleted as soon as they are loaded (Linux keeps
         *   a loaded file's pages).
         * - **Otherwise** (no copy for this platform in the jar, or the AAR's `classes.jar` on a
         *   host JVM): `System.loadLibrary("keyless_errors_jni")`, from `java.library.path`; the
         *   glue finds libkeyless_errors.so next to itself (`$ORIGIN` run path).
         *
         * Android is recognised by its runtime's vendor, `java.vm.vendor` ("The Android Project"
         * on Dalvik and ART). Looking for the class `android.os.Build` instead would be wrong: local
         * unit tests on a development machine have it on the class path (android.jar stubs,
         * Robolectric) while running on a desktop JVM, which needs the jar's copies.
         */
        private fun loadLibraries() {
            if (contains(System.getProperty("java.vm.vendor").orEmpty(), "Android")) {
                System.loadLibrary(RUST_LIBRARY)
                System.loadLibrary(GLUE_LIBRARY)
                return
            }
            val platform = platform()
            val names = arrayOf(System.mapLibraryName(RUST_LIBRARY), System.mapLibraryName(GLUE_LIBRARY))
            val directory = RESOURCE_ROOT + platform + "/"
            val bundled = if (platform == null) null else openResource(directory + names[0])
            if (bundled == null) {
                System.loadLibrary(GLUE_LIBRARY)
            } else {
                bundled.close()
                JarCopy.load(directory, names)
            }
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
    }

    /**
     * Copies libraries out of the jar and loads them (only on a desktop or server JVM). Plain
     * java.io: `Files.createTempDirectory` seeds a SecureRandom, which took about 40 ms here.
     */
    private object JarCopy {
        /** Copies [fileNames] from [resourceDirectory] of the binding's jar and loads them, in this order. */
        fun load(resourceDirectory: String, fileNames: Array<String>) {
            val directory = privateDirectory()
            try {
                for (name in fileNames) copy(resourceDirectory + name, File(directory, name))
                for (name in fileNames) System.load(File(directory, name).absolutePath)
            } finally {
                for (name in fileNames) File(directory, name).delete()
                directory.delete()
            }
        }

        /**
         * A new, empty directory under java.io.tmpdir that only this user can enter or write
         * (mode 700), so that nobody can swap a library in between its copy and its load.
         */
        private fun privateDirectory(): File {
            val parent = File(System.getProperty("java.io.tmpdir"))
            for (attempt in 0 until 100) {
                val directory = File(parent, "keyless-errors-" + System.nanoTime() + "-" + attempt)
                if (!directory.mkdir()) continue // the name is taken: try another
                val ownerOnly = directory.setReadable(false, false) && directory.setReadable(true, true) &&
                    directory.setWritable(false, false) && directory.setWritable(true, true) &&
                    directory.setExecutable(false, false) && directory.setExecutable(true, true)
                // Under a umask of 000, another user could have added a file before the chmod.
                val entries = directory.list()
                if (ownerOnly && entries != null && entries.size == 0) return directory
            }
            throw UnsatisfiedLinkError("keyless-errors: cannot make a private directory in $parent for the native libraries")
        }

        private fun copy(resource: String, target: File) {
            val input = openResource(resource) ?: throw UnsatisfiedLinkError("keyless-errors: $resource is missing from the jar")
            try {
                val output = FileOutputStream(target)
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
    }

    /** An entry's stream that closes its [ZipFile] too. */
    private class ZipEntryStream(private val jar: ZipFile, entry: ZipEntry) : FilterInputStream(jar.getInputStream(entry)) {
        override fun close() {
            try {
                super.close()
            } finally {
                jar.close()
            }
        }
    }
}

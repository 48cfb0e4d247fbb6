package io.keyless.errors

import java.io.File
import java.nio.file.Files
import java.nio.file.attribute.FileTime
import java.nio.file.attribute.PosixFilePermissions
import java.util.concurrent.TimeUnit
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TestName

/**
 * The jar's native loader on hostile hosts. Each case starts [LoaderProbe] in new JVMs, with the
 * test jar (the binding's classes and the host's natives, as in keyless-errors-<version>.jar) on
 * the class path and `java.library.path` pointing nowhere unless the case says otherwise. Folders
 * that are `noexec`, read-only or full are tmpfs mounts made in a private mount namespace
 * (`unshare -m`, which needs root): nothing outside the probe's process sees them.
 */
class NativeLoaderTest {
    @get:Rule
    val testName = TestName()

    private val jar = File(property("keyless.test.jar"))
    private val classesJar = File(property("keyless.test.classesJar"))
    private val testClasses = File(property("keyless.test.testClasses"))
    private val kotlinStdlib = File(property("keyless.test.kotlinStdlib"))
    private val natives = File(property("keyless.test.natives"))
    private lateinit var scratch: File

    private fun property(name: String): String =
        checkNotNull(System.getProperty(name)) { "run the tests with -D$name=... (see bindings/kotlin/Makefile)" }

    @Before
    fun freshScratchFolder() {
        scratch = File(property("keyless.test.work"), testName.methodName)
        if (scratch.exists()) check(scratch.deleteRecursively()) { "cannot clear $scratch" }
        check(scratch.mkdirs()) { "cannot make $scratch" }
    }

    private class Outcome(val status: Int, val lines: List<String>) {
        val last: String get() = lines.lastOrNull().orEmpty()
        override fun toString(): String = "exit $status: ${lines.joinToString(" | ")}"
    }

    /**
     * Runs [LoaderProbe] with [arguments] in a new JVM. [setup], when given, is shell run first in
     * a private mount namespace, where the JVM then runs.
     */
    private fun probe(
        tmpdir: File,
        libraryPath: String = "/nonexistent",
        classPath: List<File> = listOf(jar, kotlinStdlib, testClasses),
        properties: Map<String, String> = emptyMap(),
        arguments: List<String> = emptyList(),
        setup: String? = null,
        main: String = LoaderProbe::class.java.name
    ): Outcome {
        val java = listOf(
            System.getProperty("java.home") + "/bin/java",
            "-Djava.io.tmpdir=$tmpdir", "-Djava.library.path=$libraryPath", "-Duser.home=${File(scratch, "home")}"
        ) + properties.map { "-D${it.key}=${it.value}" } +
            listOf("-cp", classPath.joinToString(":"), main) + arguments
        val command = if (setup == null) java else listOf("unshare", "-m", "sh", "-c", "$setup && exec \"\$@\"", "sh") + java
        val process = ProcessBuilder(command).redirectErrorStream(true).start()
        val lines = process.inputStream.bufferedReader().readLines()
        check(process.waitFor(60, TimeUnit.SECONDS)) { "the probe did not finish" }
        return Outcome(process.exitValue(), lines)
    }

    private fun folder(name: String, mode: String = "700"): File {
        val folder = File(scratch, name)
        check(folder.mkdirs()) { "cannot make $folder" }
        shell("chmod $mode '$folder'")
        return folder
    }

    private fun shell(command: String) {
        val process = ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start()
        val output = process.inputStream.bufferedReader().readText()
        check(process.waitFor() == 0) { "$command failed: $output" }
    }

    private fun assertLoadedFrom(parent: File, outcome: Outcome) {
        assertTrue(outcome.toString(), outcome.status == 0 && outcome.last.startsWith("loaded "))
        val path = File(outcome.last.removePrefix("loaded "))
        assertEquals("$outcome", parent.absoluteFile, path.parentFile.parentFile)
        assertTrue("$outcome", path.parentFile.name.startsWith("keyless-errors-"))
    }

    private fun mount(folder: File, options: String) = "mount -t tmpfs -o $options tmpfs '$folder'"

    @Test
    fun theJarExtractsIntoAPrivateTmpdirAndLeavesNothingBehind() {
        val tmpdir = folder("tmp")
        assertLoadedFrom(tmpdir, probe(tmpdir))
        assertEquals(emptyList<String>(), tmpdir.list()!!.toList())
    }

    @Test
    fun aNoexecTmpdirFallsBackToTheLibraryPath() {
        // The red team's repro: the copies cannot be mapped executable ("failed to map segment").
        val tmpdir = folder("noexec")
        val outcome = probe(tmpdir, libraryPath = natives.path, setup = mount(tmpdir, "noexec,mode=1777"))
        assertEquals(outcome.toString(), "loaded ${File(natives, "libkeyless_errors_jni.so")}", outcome.last)
    }

    @Test
    fun aReadOnlyTmpdirFallsBackToTheLibraryPath() {
        val tmpdir = folder("read-only")
        val outcome = probe(tmpdir, libraryPath = natives.path, setup = mount(tmpdir, "ro,mode=1777"))
        assertEquals(outcome.toString(), "loaded ${File(natives, "libkeyless_errors_jni.so")}", outcome.last)
    }

    @Test
    fun aFullTmpdirFallsBackToTheLibraryPath() {
        // 16 KB: less than the libraries' size.
        val tmpdir = folder("full")
        val outcome = probe(tmpdir, libraryPath = natives.path, setup = mount(tmpdir, "size=16k,mode=1777"))
        assertEquals(outcome.toString(), "loaded ${File(natives, "libkeyless_errors_jni.so")}", outcome.last)
    }

    @Test
    fun thePropertyChoosesTheFolderAndItIsMadeIfMissing() {
        val chosen = File(scratch, "chosen/for/keyless")
        assertLoadedFrom(chosen, probe(folder("tmp"), properties = mapOf(KeylessErrors.LIBRARY_FOLDER_PROPERTY to chosen.path)))
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(chosen.toPath())))
    }

    @Test
    fun whenEverythingFailsTheErrorSaysWhatWasTriedAndALaterCallTriesAgain() {
        val tmpdir = folder("noexec")
        val good = folder("good")
        val outcome = probe(tmpdir, arguments = listOf("retry", good.path), setup = mount(tmpdir, "noexec,mode=1777"))
        val first = outcome.lines.firstOrNull { it.startsWith("first ") }.orEmpty()
        // An UnsatisfiedLinkError, never ExceptionInInitializerError (and no NoClassDefFoundError later).
        assertTrue(outcome.toString(), first.startsWith("first failed java.lang.UnsatisfiedLinkError: "))
        for (part in listOf("$tmpdir/keyless-errors-", "failed to map segment", KeylessErrors.LIBRARY_FOLDER_PROPERTY,
                "java.library.path", "/nonexistent", "System.loadLibrary")) {
            assertTrue("the message names $part: $first", first.contains(part))
        }
        assertLoadedFrom(good, outcome)
    }

    @Test
    fun aFullFolderIsNamedWithItsReason() {
        val tmpdir = folder("full")
        val outcome = probe(tmpdir, setup = mount(tmpdir, "size=16k,mode=1777"))
        assertEquals(outcome.toString(), 3, outcome.status)
        assertTrue(outcome.last, outcome.last.startsWith("failed java.lang.UnsatisfiedLinkError: "))
        assertTrue(outcome.last, outcome.last.contains("$tmpdir/keyless-errors-") && outcome.last.contains("No space left on device"))
    }

    @Test
    fun theAarsClassesFirstOnTheClassPathDoNotHideTheJarsNatives() {
        // The README's local unit tests: the AAR's classes.jar (no natives) and the jar, in that order.
        val tmpdir = folder("tmp")
        assertLoadedFrom(tmpdir, probe(tmpdir, classPath = listOf(classesJar, jar, kotlinStdlib, testClasses)))
    }

    @Test
    fun aClassLoaderUrlWithASpaceFromFileToUrl() {
        val spaced = File(folder("with space"), "keyless errors.jar")
        jar.copyTo(spaced)
        val tmpdir = folder("tmp")
        val outcome = probe(tmpdir, classPath = listOf(kotlinStdlib, testClasses),
            arguments = listOf("url-class-loader", spaced.path, kotlinStdlib.path))
        assertLoadedFrom(tmpdir, outcome)
    }

    @Test
    fun aSharedFolderThatIsNotStickyIsNotUsedButAPrivatePerUserFolderIs() {
        // Anyone may rename a folder in a 0777 folder without the sticky bit, and put a link to a
        // library of their own in its place: the copies go to <user.home>/.cache/keyless-errors.
        val shared = folder("shared", "777")
        assertLoadedFrom(File(scratch, "home/.cache/keyless-errors"), probe(shared))
        assertEquals(emptyList<String>(), shared.list()!!.toList())
        // /tmp's usual mode, 1777: sticky, so only the owner may rename what it made there.
        val sticky = folder("sticky", "1777")
        assertLoadedFrom(sticky, probe(sticky))
    }

    @Test
    fun aFolderOfAnotherUserOnThePathIsNotUsed() {
        val theirs = folder("theirs", "755")
        shell("chown 65534 '$theirs'")
        val inside = File(theirs, "tmp").also { it.mkdir() }
        assertLoadedFrom(File(scratch, "home/.cache/keyless-errors"), probe(inside))
        // A symbolic link whose owner is someone else, to a private folder: not used either.
        val private = folder("private")
        val link = File(scratch, "link")
        shell("ln -s '$private' '$link' && chown -h 65534 '$link'")
        assertLoadedFrom(File(scratch, "home/.cache/keyless-errors"), probe(link))
    }

    @Test
    fun foldersOfKilledJvmsAreRemovedAndOnesInUseAreKept() {
        val tmpdir = folder("tmp")
        fun holder(): Pair<Process, File> {
            val process = ProcessBuilder(
                System.getProperty("java.home") + "/bin/java", "-cp", listOf(jar, kotlinStdlib, testClasses).joinToString(":"),
                ExtractionHolder::class.java.name, tmpdir.path
            ).redirectErrorStream(true).start()
            val folder = File(process.inputStream.bufferedReader().readLine() ?: error("the holder printed nothing"))
            return process to folder
        }
        // Killed in the middle of an extraction: its folder holds a lock nobody holds any more,
        // and part of a library.
        val (killed, killedFolder) = holder()
        File(killedFolder, "libkeyless_errors.so").writeText("half a library")
        killed.destroyForcibly().waitFor()
        // Alive, in the middle of its extraction.
        val (alive, aliveFolder) = holder()
        try {
            // Made an hour ago, never locked: its JVM died before it made its lock file.
            val old = File(tmpdir, "keyless-errors-1-old-0").also { it.mkdir() }
            Files.setLastModifiedTime(old.toPath(), FileTime.fromMillis(System.currentTimeMillis() - 3_600_000))
            // Made just now, not locked yet: a JVM about to lock it.
            val fresh = File(tmpdir, "keyless-errors-1-fresh-0").also { it.mkdir() }
            // Another user's, and a symbolic link with the same prefix: never touched.
            val others = File(tmpdir, "keyless-errors-2-others-0").also { it.mkdir() }
            shell("chown 65534 '$others' && touch -d '2 hours ago' '$others'")
            val target = folder("target").also { File(it, "precious").writeText("keep") }
            shell("ln -s '$target' '$tmpdir/keyless-errors-3-link-0'")

            assertLoadedFrom(tmpdir, probe(tmpdir))

            assertFalse("the killed JVM's folder is removed", killedFolder.exists())
            assertFalse("the old folder without a lock is removed", old.exists())
            assertTrue("the live JVM's folder is kept", File(aliveFolder, ".lock").exists())
            assertTrue("the fresh folder is kept", fresh.exists())
            assertTrue("another user's folder is kept", others.exists())
            assertTrue("a link's target is kept", File(target, "precious").exists())
            assertTrue("the link is kept", Files.isSymbolicLink(File(tmpdir, "keyless-errors-3-link-0").toPath()))
        } finally {
            alive.destroyForcibly().waitFor()
        }
    }
}

package io.keyless.errors

/**
 * Proves that the JNI-warning check of the test run can fail: its native (src/test/c/
 * jni_warning_probe.c) deliberately leaks local references, which `-Xcheck:jni` reports. The
 * Makefile runs it and requires scripts/check-jni-log.sh to reject its output.
 */
object JniWarningProbe {
    @JvmStatic
    external fun leakLocalReferences()

    @JvmStatic
    fun main(args: Array<String>) {
        System.loadLibrary("jni_warning_probe")
        leakLocalReferences()
        println("probe done")
    }
}

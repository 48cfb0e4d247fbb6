/*
 * A deliberately wrong JNI native, used only to prove that the test run's
 * JNI-warning check catches what -Xcheck:jni reports (see JniWarningProbe.kt).
 * It creates local references past the 16 the JVM guarantees, without freeing
 * them.
 */
#include <jni.h>

JNIEXPORT void JNICALL Java_io_keyless_errors_JniWarningProbe_leakLocalReferences(JNIEnv *env, jclass probe_class) {
    int i;
    (void)probe_class;
    for (i = 0; i < 64; i++) {
        if ((*env)->NewStringUTF(env, "leaked on purpose") == NULL) return;
    }
}

import io.keyless.errors.KeylessErrors
import io.keyless.errors.KeylessException

/** A Kotlin consumer of the jar: what the README's JVM section shows. */
fun main() {
    val error = KeylessErrors.lookup(KeylessErrors.FACE_NOT_MATCHING)
    println(error)
    // Log the native code; send the shared name to a backend that serves every platform.
    println("shared: ${error.sharedCode} ${error.sharedName}")
    val replacement = KeylessErrors.lookup(KeylessErrors.SDK_CONFIGURE_FAILED_LEGACY).replacedBy
    println("replaced by: ${replacement?.name}, then ${replacement?.replacedBy}")
    try {
        throw KeylessException(KeylessErrors.lookup(-1))
    } catch (thrown: KeylessException) {
        println("thrown: ${thrown.message}")
    }
    println("binding ${KeylessErrors.VERSION}, library ${KeylessErrors.libraryVersion}")
}

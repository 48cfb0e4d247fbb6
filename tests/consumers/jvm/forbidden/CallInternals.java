// Must not compile: the binding's internal entry points are synthetic (@JvmSynthetic).
class CallInternals {
    Object read() {
        return io.keyless.errors.KeylessError.Companion.readFromNative$keyless_errors(new int[] {1});
    }
}

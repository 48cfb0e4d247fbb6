// Must not compile: the natives live in a private class.
class CallNatives {
    Object natives() {
        return io.keyless.errors.KeylessError.Native.INSTANCE;
    }
}

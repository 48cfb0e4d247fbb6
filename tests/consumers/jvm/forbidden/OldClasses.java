// Must not compile: the cache and the natives are no public classes (they were in 0.1).
class OldClasses {
    Object cache() {
        return io.keyless.errors.KeylessErrorCache.class;
    }
}

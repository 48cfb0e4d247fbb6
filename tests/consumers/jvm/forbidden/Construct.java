// Must not compile: only the library creates KeylessErrors (its constructors are private).
class Construct {
    Object forge(io.keyless.errors.KeylessError template) {
        return new io.keyless.errors.KeylessError(30004, template);
    }
}

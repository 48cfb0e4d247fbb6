//! The Kotlin binding's table of code constants, generated from the catalog.
//! Owned by the Kotlin binding (bindings/kotlin); see its README.

/// Where the generated Kotlin file lives, relative to the repository root.
pub const KOTLIN_CODES_PATH: &str = "bindings/kotlin/src/main/kotlin/KeylessErrorCodes.kt";

pub fn kotlin_codes() -> String {
    // Placeholder until the Kotlin binding lands.
    String::from("// Generated from src/catalog.rs by tests/generated_files.rs; do not edit.\n")
}

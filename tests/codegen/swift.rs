//! The Swift binding's table of code constants, generated from the catalog.
//! Owned by the Swift binding (bindings/swift); see its README.

/// Where the generated Swift file lives, relative to the repository root.
pub const SWIFT_CODES_PATH: &str = "bindings/swift/Sources/KeylessErrors/KeylessError+Codes.swift";

pub fn swift_codes() -> String {
    // Placeholder until the Swift binding lands.
    String::from("// Generated from src/catalog.rs by tests/generated_files.rs; do not edit.\n")
}

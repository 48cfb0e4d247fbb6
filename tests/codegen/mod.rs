//! Generators for the files derived from the catalog. Each returns the full
//! text of one committed file; `tests/generated_files.rs` keeps them current.

mod c_vectors;
mod kotlin;
mod markdown;
mod swift;

pub use c_vectors::c_known_codes;
pub use kotlin::{KOTLIN_CODES_PATH, kotlin_codes};
pub use markdown::markdown_reference;
pub use swift::{SWIFT_CODES_PATH, swift_codes};

/// `ReEnroll` -> `RE_ENROLL`: the spelling cbindgen gives the C constants.
pub fn screaming_snake(camel: &str) -> String {
    let mut out = String::new();
    for (index, character) in camel.chars().enumerate() {
        if character.is_ascii_uppercase() && index > 0 {
            out.push('_');
        }
        out.push(character.to_ascii_uppercase());
    }
    out
}

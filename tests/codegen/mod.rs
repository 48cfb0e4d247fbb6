//! Generators for the files derived from the catalog. Each returns the full
//! text of one committed file; `tests/generated_files.rs` keeps them current.

mod markdown;

pub use markdown::markdown_reference;

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

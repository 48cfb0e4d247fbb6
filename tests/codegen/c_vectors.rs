//! `tests/c/known_codes.inc`: the catalog as an X-macro list, so the C harness
//! can check every documented code through the C ABI against the Rust table.

use std::fmt::Write;

use keyless_errors::KeylessErrorCategory;
use keyless_errors::catalog::documented_entries;

pub fn c_known_codes() -> String {
    let mut out = String::new();
    out.push_str("/* Generated from src/catalog.rs by tests/generated_files.rs; do not edit. Regenerate with `make regenerate`. */\n");
    out.push_str("/* KNOWN(code, name, title, category, action, deprecated, replaced_by, has_note, shared_code, shared_name) */\n");
    for (code, entry) in documented_entries() {
        writeln!(
            out,
            "KNOWN({code}, {}, {}, KEYLESS_ERROR_CATEGORY_{}, {}, {}, {}, {}, {}, {})",
            c_string_literal(entry.name.as_str()),
            c_string_literal(entry.title.as_str()),
            KeylessErrorCategory::of(code).name(),
            super::action_constant(entry.action),
            entry.deprecated,
            entry.replaced_by.unwrap_or(-1),
            !entry.note.is_empty(),
            entry.shared_code,
            c_string_literal(entry.shared_name.as_str()),
        )
        .unwrap();
    }
    out
}

/// A C string literal for printable ASCII text.
fn c_string_literal(text: &str) -> String {
    let escaped: String = text
        .chars()
        .flat_map(|character| match character {
            '"' | '\\' => vec!['\\', character],
            other => vec![other],
        })
        .collect();
    format!("\"{escaped}\"")
}

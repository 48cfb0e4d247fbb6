//! Generators for the files derived from the catalog. Each returns the full
//! text of one committed file; `tests/generated_files.rs` keeps them current.

mod c_vectors;
mod exports;
mod kotlin;
pub mod l10n;
mod peers;
mod swift;
mod translations_doc;

pub use c_vectors::c_known_codes;
pub use exports::{EXPORTED_FUNCTIONS_PATH, exported_functions};
pub use kotlin::{
    JNI_LAYOUT_PATH, KOTLIN_CODES_PATH, KOTLIN_LAYOUT_PATH, KOTLIN_PEER_PATH, jni_layout_header, kotlin_codes, kotlin_layout,
    kotlin_peer,
};
pub use peers::{PEER_HEADER_PATH, PEER_SOURCE_PATH, peer_header, peer_source};
pub use swift::{SWIFT_CODES_PATH, SWIFT_PEER_PATH, swift_codes, swift_peer};
pub use translations_doc::{TRANSLATIONS_DOC_PATH, translations_doc};

/// The C constant of an action, such as `KEYLESS_ERROR_ACTION_RETRY`.
pub fn action_constant(action: keyless_errors::KeylessErrorAction) -> String {
    format!("KEYLESS_ERROR_ACTION_{}", action.name())
}

/// The lower bound of each range of the category rule, in ascending order.
/// Checked against `KeylessErrorCategory::of` by [`category_ranges`].
const CATEGORY_RANGE_STARTS: [i32; 6] = [i32::MIN, 0, 20_000, 30_000, 40_000, 50_000];

/// The range rule as (first code, category), checked against the library's
/// own rule at every bound, so that no generated copy of it (the C peer's `if`
/// chain, the Kotlin and Swift bindings' rules and peers) can drift from it.
pub fn category_ranges() -> Vec<(i32, keyless_errors::KeylessErrorCategory)> {
    use keyless_errors::KeylessErrorCategory;
    let ranges: Vec<_> = CATEGORY_RANGE_STARTS.iter().map(|&start| (start, KeylessErrorCategory::of(start))).collect();
    for pair in ranges.windows(2) {
        let (start, category) = pair[1];
        assert_ne!(KeylessErrorCategory::of(start - 1), category, "{start} does not start a category range");
    }
    for (start, category) in &ranges {
        let end = ranges.iter().map(|(s, _)| *s).find(|s| s > start).map_or(i32::MAX, |s| s - 1);
        // A range is uniform when its two ends and a few codes in between agree.
        for probe in [*start, end, start / 2 + end / 2, start.saturating_add(1), end.saturating_sub(1)] {
            assert_eq!(KeylessErrorCategory::of(probe), *category, "code {probe} breaks the range rule");
        }
    }
    ranges
}

/// The Rust sources whose `///` comments document the enum variants: the same
/// comments cbindgen copies into the C header, reused by the bindings' docs.
pub const CATEGORY_SOURCE: &str = include_str!("../../src/category.rs");
pub const ACTION_SOURCE: &str = include_str!("../../src/action.rs");

/// The `///` documentation of `Variant = value,` in a Rust enum's source,
/// joined into one paragraph. Panics (failing the generated-files test) when
/// the variant has none, so a new variant cannot reach a binding undocumented.
pub fn variant_doc(source: &str, variant: &str) -> String {
    let mut doc: Vec<&str> = Vec::new();
    for line in source.lines().map(str::trim) {
        if let Some(text) = line.strip_prefix("///") {
            doc.push(text.trim());
        } else if line.starts_with(&format!("{variant} =")) || line == format!("{variant},") {
            assert!(!doc.is_empty(), "the Rust variant {variant} has no documentation");
            return doc.join(" ");
        } else if !line.starts_with("#[") {
            doc.clear();
        }
    }
    panic!("the Rust variant {variant} was not found; has the enum's layout changed?");
}

/// Greedy word wrap; a word longer than `width` gets a line of its own.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The header with the marker line of `keyless_error_shared_code`'s doc
/// comment replaced by the shared-model table, from the catalog: the one
/// place the table is written, so it cannot drift from the library.
pub fn with_shared_model_table(header: &str) -> String {
    use keyless_errors::catalog::documented_entries;
    const MARKER: &str = " * @shared-model-table@";
    let rows: Vec<(i32, i32, &str)> = documented_entries()
        .filter(|(_, entry)| entry.has_shared_row)
        .map(|(code, entry)| (code, entry.shared_code, entry.shared_name.as_str()))
        .collect();
    let width = rows.iter().map(|(_, _, name)| name.len()).max().unwrap_or(0).max("shared name".len());
    let mut table = vec![
        format!(" * | native | shared | {:<width$} |", "shared name"),
        format!(" * |-------:|-------:|-{}-|", "-".repeat(width)),
    ];
    for (native, shared, name) in rows {
        table.push(format!(" * | {native:>6} | {shared:>6} | {name:<width$} |"));
    }
    assert_eq!(header.matches(MARKER).count(), 1, "src/ffi.rs must hold the marker line of the shared-model table once");
    header.replace(MARKER, &table.join("\n"))
}

/// The locales the library carries, as `keyless_error_locales` lists them (English first).
pub fn carried_locales() -> Vec<u32> {
    use keyless_errors::ffi::keyless_error_locales;
    // SAFETY: NULL with capacity 0 only asks for the count.
    let count = unsafe { keyless_error_locales(std::ptr::null_mut(), 0) };
    let mut locales = vec![0; count];
    // SAFETY: `locales` has `count` elements.
    unsafe { keyless_error_locales(locales.as_mut_ptr(), count) };
    locales
}

/// The canonical tag of a locale, from `keyless_error_locale_tag`.
pub fn locale_tag(locale: u32) -> String {
    library_string(keyless_errors::ffi::keyless_error_locale_tag(locale))
}

/// The end-user message of `code` in `locale`, from `keyless_error_user_message_localized`.
pub fn localized_message(code: i32, locale: u32) -> String {
    library_string(keyless_errors::ffi::keyless_error_user_message_localized(code, locale))
}

/// A string the library returned: static, NUL-terminated, UTF-8.
fn library_string(pointer: *const std::ffi::c_char) -> String {
    // SAFETY: the library returns static NUL-terminated strings.
    unsafe { std::ffi::CStr::from_ptr(pointer) }.to_str().expect("UTF-8").to_string()
}

//! The Swift binding's catalog file, generated from the Rust catalog and enums.
//! Owned by the Swift binding (bindings/swift); see its README.
//!
//! The generated file holds everything the Swift package would otherwise have
//! to copy by hand: one `KeylessError.Code` constant per documented code (and
//! its `KeylessError` shorthand, as `URLError` has), the `Category` and
//! `Action` enums with the C values as raw values, and, for each category, one
//! undocumented code whose texts stand for every undocumented code of that
//! category (the header's contract: they get "their category's" texts).
//! The strings themselves are not copied: the Swift package reads them from
//! the C library at run time, once.

use std::fmt::Write;

use keyless_errors::catalog::{Entry, documented, documented_entries};
use keyless_errors::{KeylessErrorAction, KeylessErrorCategory};

use super::{ACTION_SOURCE, CATEGORY_SOURCE, variant_doc, wrap};

/// Where the generated Swift file lives, relative to the repository root.
pub const SWIFT_CODES_PATH: &str = "bindings/swift/Sources/KeylessErrors/KeylessError+Catalog.swift";

/// Width that generated doc comments are wrapped to, `///` included.
const DOC_WIDTH: usize = 100;

pub fn swift_codes() -> String {
    let mut out = String::new();
    out.push_str("// Generated from src/catalog.rs, src/category.rs and src/action.rs by tests/codegen/swift.rs; do not edit.\n");
    out.push_str("// Regenerate with `make regenerate` at the repository root.\n");
    out.push_str("//\n");
    out.push_str("// Code holds only identifiers and numbers. The doc comments repeat the catalog's titles and\n");
    out.push_str("// meanings for Xcode's Quick Help; at run time every text is read from the C library, once.\n");

    write_code_constants(&mut out);
    write_error_shorthands(&mut out);
    write_generated_catalog(&mut out);
    write_category_enum(&mut out);
    write_action_enum(&mut out);
    out
}

/// `KeylessError.Code.faceNotMatching` and the other documented codes.
fn write_code_constants(out: &mut String) {
    out.push_str("\nextension KeylessError.Code {\n");
    for (index, (code, entry)) in documented_entries().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        write_code_doc(out, "    ", code, entry);
        writeln!(
            out,
            "    public static let {} = KeylessError.Code(rawValue: {code})",
            swift_identifier(&lower_camel(entry.name.as_str()))
        )
        .unwrap();
    }
    out.push_str("}\n");
}

/// `KeylessError.faceNotMatching`: the code again, on the error type itself,
/// as `URLError.notConnectedToInternet` is; what `catch KeylessError.x` uses.
fn write_error_shorthands(out: &mut String) {
    out.push_str("\nextension KeylessError {\n");
    for (index, (code, entry)) in documented_entries().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let member = lower_camel(entry.name.as_str());
        write_code_doc(out, "    ", code, entry);
        let shorthand = format!(
            "The same value as ``KeylessError/Code/{member}``, so that `catch KeylessError.{member}` matches it."
        );
        write_doc(out, "    ", &["", &shorthand]);
        writeln!(out, "    public static var {}: Code {{ .{member} }}", swift_identifier(&member)).unwrap();
    }
    out.push_str("}\n");
}

/// The list the tests compare with `keyless_error_codes` and
/// `keyless_error_name`, so a stale generated file fails `swift test` too.
fn write_generated_catalog(out: &mut String) {
    out.push_str("\nextension KeylessError {\n");
    out.push_str("    /// The documented codes and their names, in ascending order, as the Rust catalog listed them\n");
    out.push_str("    /// when this file was generated. The tests check it against the C library.\n");
    out.push_str("    static let generatedCatalog: [(code: Code, name: String)] = [\n");
    for (code, entry) in documented_entries() {
        writeln!(out, "        (.{}, \"{}\"), // {code}", lower_camel(entry.name.as_str()), entry.name.as_str()).unwrap();
    }
    out.push_str("    ]\n");
    out.push_str("}\n");
}

fn write_category_enum(out: &mut String) {
    out.push_str("\nextension KeylessError {\n");
    write_doc(
        out,
        "    ",
        &[
            "Which group of Keyless SDK errors a code belongs to; it follows from the code alone.",
            "",
            "Mirrors the C `KeylessErrorCategory`: each raw value is the value of the C constant of the \
             same name, such as `KEYLESS_ERROR_CATEGORY_USER` for ``user``.",
        ],
    );
    out.push_str("    public enum Category: UInt32, CaseIterable, Hashable, Sendable {\n");
    for (index, category) in KeylessErrorCategory::all().into_iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let variant = format!("{category:?}");
        write_doc(out, "        ", &[&variant_doc(CATEGORY_SOURCE, &variant)]);
        writeln!(out, "        case {} = {}", swift_identifier(&lower_first(&variant)), category as u32).unwrap();
    }
    out.push('\n');
    write_doc(
        out,
        "        ",
        &["The stable lowercase name that `keyless_error_category` returns, such as `\"user\"` or `\"anti_inject\"`."],
    );
    out.push_str("        public var name: String {\n");
    out.push_str("            switch self {\n");
    for category in KeylessErrorCategory::all() {
        writeln!(
            out,
            "            case .{}: \"{}\"",
            lower_first(&format!("{category:?}")),
            category.label().as_str()
        )
        .unwrap();
    }
    out.push_str("            }\n");
    out.push_str("        }\n");
    out.push('\n');
    write_doc(
        out,
        "        ",
        &[
            "An undocumented code of this category. Every undocumented code of a category has the same texts, \
             action and flags (the C header's contract), so the texts read for this one code serve them all.",
        ],
    );
    out.push_str("        var undocumentedRepresentative: Int32 {\n");
    out.push_str("            switch self {\n");
    for category in KeylessErrorCategory::all() {
        writeln!(
            out,
            "            case .{}: {}",
            lower_first(&format!("{category:?}")),
            undocumented_representative(category)
        )
        .unwrap();
    }
    out.push_str("            }\n");
    out.push_str("        }\n");
    out.push_str("    }\n");
    out.push_str("}\n");
}

fn write_action_enum(out: &mut String) {
    out.push_str("\nextension KeylessError {\n");
    write_doc(
        out,
        "    ",
        &[
            "The recommended reaction to a code, for app logic that should not parse text.",
            "",
            "Mirrors the C `KeylessErrorAction`: each raw value is the value of the C constant of the \
             same name, such as `KEYLESS_ERROR_ACTION_RETRY` for ``retry``. Later versions may add \
             cases; a `switch` that lists every case will then stop compiling, which shows where the \
             new advice needs handling.",
        ],
    );
    out.push_str("    public enum Action: UInt32, CaseIterable, Hashable, Sendable {\n");
    for (index, action) in KeylessErrorAction::all().into_iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let variant = format!("{action:?}");
        write_doc(out, "        ", &[&variant_doc(ACTION_SOURCE, &variant)]);
        writeln!(out, "        case {} = {}", swift_identifier(&lower_first(&variant)), action as u32).unwrap();
    }
    out.push_str("    }\n");
    out.push_str("}\n");
}

/// Title and meaning of a documented code, plus its lifecycle note.
fn write_code_doc(out: &mut String, indent: &str, code: i32, entry: &Entry) {
    let headline = format!(
        "{}: `{}` ({code}, {}).",
        entry.title.as_str(),
        entry.name.as_str(),
        KeylessErrorCategory::of(code).label().as_str()
    );
    let mut paragraphs = vec![headline, String::new(), entry.description.as_str().to_string()];
    if !entry.note.is_empty() {
        let status = if entry.deprecated { "Deprecated" } else { "Note" };
        paragraphs.push(String::new());
        paragraphs.push(format!("{status}: {}", entry.note.as_str()));
    }
    let lines: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    write_doc(out, indent, &lines);
}

/// Writes `///` lines, wrapping each paragraph at [`DOC_WIDTH`]; an empty
/// paragraph becomes an empty `///` line.
fn write_doc(out: &mut String, indent: &str, paragraphs: &[&str]) {
    for paragraph in paragraphs {
        if paragraph.is_empty() {
            writeln!(out, "{indent}///").unwrap();
            continue;
        }
        for line in wrap(paragraph, DOC_WIDTH - indent.len() - 4) {
            writeln!(out, "{indent}/// {line}").unwrap();
        }
    }
}

/// The undocumented code of `category` closest to zero: -1 for `Unknown`,
/// else the smallest non-negative undocumented code with that category.
fn undocumented_representative(category: KeylessErrorCategory) -> i32 {
    let undocumented_in_category = |code: &i32| KeylessErrorCategory::of(*code) == category && documented(*code).is_none();
    match category {
        KeylessErrorCategory::Unknown => (i32::MIN..0).rev().find(undocumented_in_category),
        _ => (0..=i32::MAX).find(undocumented_in_category),
    }
    .expect("every category has undocumented codes")
}

/// `FACE_NOT_MATCHING` -> `faceNotMatching`.
fn lower_camel(screaming_snake: &str) -> String {
    let mut out = String::new();
    for (index, word) in screaming_snake.split('_').filter(|word| !word.is_empty()).enumerate() {
        let lower = word.to_ascii_lowercase();
        if index == 0 {
            out.push_str(&lower);
        } else {
            let mut characters = lower.chars();
            if let Some(first) = characters.next() {
                out.push(first.to_ascii_uppercase());
                out.extend(characters);
            }
        }
    }
    out
}

/// `ReEnroll` -> `reEnroll`.
fn lower_first(camel: &str) -> String {
    let mut characters = camel.chars();
    match characters.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + characters.as_str(),
        None => String::new(),
    }
}

/// Swift keywords that need backticks where they name a declaration
/// (`case \`internal\``); after a dot (`.internal`) they need none.
const SWIFT_KEYWORDS: &[&str] = &[
    "Any", "Self", "as", "associatedtype", "break", "case", "catch", "class", "continue", "default", "defer",
    "deinit", "do", "else", "enum", "extension", "fallthrough", "false", "fileprivate", "for", "func", "guard",
    "if", "import", "in", "init", "inout", "internal", "is", "let", "nil", "open", "operator", "private",
    "precedencegroup", "protocol", "public", "repeat", "rethrows", "return", "self", "static", "struct",
    "subscript", "super", "switch", "throw", "throws", "true", "try", "typealias", "var", "where", "while",
];

/// `name`, in backticks when it is a Swift keyword.
fn swift_identifier(name: &str) -> String {
    if SWIFT_KEYWORDS.contains(&name) { format!("`{name}`") } else { name.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_lower_camel_case() {
        assert_eq!(lower_camel("FACE_NOT_MATCHING"), "faceNotMatching");
        assert_eq!(lower_camel("SPOOFING"), "spoofing");
        assert_eq!(lower_camel("SDK_CONFIGURE_FAILED_LEGACY"), "sdkConfigureFailedLegacy");
        assert_eq!(lower_first("ReEnroll"), "reEnroll");
        assert_eq!(swift_identifier("internal"), "`internal`");
        assert_eq!(swift_identifier("user"), "user");
    }

    #[test]
    fn representatives_are_undocumented_and_in_their_category() {
        for category in KeylessErrorCategory::all() {
            let code = undocumented_representative(category);
            assert_eq!(KeylessErrorCategory::of(code), category);
            assert!(documented(code).is_none());
        }
    }
}

//! The Kotlin binding's catalog-derived declarations, generated from the catalog.
//! Owned by the Kotlin binding (bindings/kotlin); see its README.
//!
//! One file holds everything that would otherwise be copied by hand from the
//! Rust sources into Kotlin:
//! - `object KeylessErrors`, with a `const val` per documented code (so apps can
//!   use them in `when`) and the two members that delegate to the cache;
//! - `enum class KeylessErrorCategory` and `enum class KeylessErrorAction`, with
//!   the C value, and the category's label, of every entry.
//!
//! The enum entries' KDoc is the `///` documentation of the Rust variants, read
//! from src/category.rs and src/action.rs, so that it cannot drift either.

use std::fmt::Write;

use keyless_errors::catalog::{self, documented_entries};
use keyless_errors::{KeylessErrorAction, KeylessErrorCategory};

use super::{ACTION_SOURCE, CATEGORY_SOURCE, variant_doc, wrap};

/// Where the generated Kotlin file lives, relative to the repository root.
pub const KOTLIN_CODES_PATH: &str = "bindings/kotlin/src/main/kotlin/io/keyless/errors/KeylessErrorCatalog.kt";


/// KDoc lines are wrapped to stay readable in an editor.
const KDOC_WIDTH: usize = 100;

pub fn kotlin_codes() -> String {
    let mut out = String::new();
    out.push_str("// Generated from src/catalog.rs, src/category.rs and src/action.rs by tests/generated_files.rs\n");
    out.push_str("// (generator: tests/codegen/kotlin.rs); do not edit. Regenerate with `make regenerate`.\n");
    out.push_str("package io.keyless.errors\n");
    write_errors_object(&mut out);
    write_category_enum(&mut out);
    write_action_enum(&mut out);
    out
}

fn write_errors_object(out: &mut String) {
    out.push_str(
        r#"
/**
 * The Keyless SDK error codes: a constant for each documented code, and [lookup] for what any
 * code means.
 *
 * The constants are `const val`s, so they work in `when`:
 * ```
 * when (code) {
 *     KeylessErrors.FACE_NOT_MATCHING -> askUserToCheckTheAccount()
 *     KeylessErrors.USER_CANCELLED -> Unit
 *     else -> showMessage(KeylessErrors.lookup(code).userMessage)
 * }
 * ```
 *
 * Thread-safe. The first call to [lookup] or [all] loads the native library and reads every
 * documented code in one pass; from then on, documented codes never cross JNI again.
 */
public object KeylessErrors {
    /**
     * What [code] means. Every [Int] has an answer, documented or not.
     *
     * A documented code returns its cached [KeylessError], the same instance every time, without
     * calling into native code. Any other value (undocumented, negative, out of range) gets the
     * general guidance of its category, read through one JNI call and not cached.
     *
     * @throws UnsatisfiedLinkError on the first use, when the native library cannot be loaded;
     *   later uses then throw [NoClassDefFoundError].
     */
    @JvmStatic
    public fun lookup(code: Int): KeylessError = KeylessErrorCache.lookup(code)

    /**
     * Every documented code, in ascending order of code: the same instances that [lookup]
     * returns. The list is read-only.
     *
     * @throws UnsatisfiedLinkError on the first use, when the native library cannot be loaded.
     */
    @JvmStatic
    public val all: List<KeylessError>
        get() = KeylessErrorCache.all
"#,
    );
    for (code, entry) in documented_entries() {
        let category = KeylessErrorCategory::of(code);
        let mut paragraphs = vec![format!(
            "**{}** ({code}, {}). {}",
            entry.title.as_str(),
            category.label().as_str(),
            entry.description.as_str()
        )];
        let mut status = Vec::new();
        match (entry.deprecated, entry.note.is_empty()) {
            (true, true) => status.push("**Deprecated:** current SDKs no longer return it.".to_string()),
            (true, false) => status.push(format!("**Deprecated:** {}", entry.note.as_str())),
            (false, false) => status.push(format!("Note: {}", entry.note.as_str())),
            (false, true) => {}
        }
        if let Some(successor) = entry.replaced_by {
            let successor_name = catalog::documented(successor)
                .expect("a replacement is documented (checked when the catalog compiles)")
                .name
                .as_str();
            status.push(format!("See [{successor_name}]."));
        }
        if !status.is_empty() {
            paragraphs.push(status.join(" "));
        }
        out.push('\n');
        write_kdoc(out, "    ", &paragraphs);
        writeln!(out, "    public const val {}: Int = {code}", entry.name.as_str()).unwrap();
    }
    out.push_str("}\n");
}

fn write_category_enum(out: &mut String) {
    out.push('\n');
    write_kdoc(
        out,
        "",
        &[
            rust_type_summary(CATEGORY_SOURCE, "KeylessErrorCategory"),
            "It follows from the code alone, by ranges: see each entry. [cValue] is the value of \
             the matching `KEYLESS_ERROR_CATEGORY_*` constant of keyless_errors.h, and [label] the \
             string that `keyless_error_category` returns."
                .to_string(),
        ],
    );
    out.push_str("public enum class KeylessErrorCategory(\n");
    out.push_str("    /** The value of the matching `KEYLESS_ERROR_CATEGORY_*` constant in keyless_errors.h. */\n");
    out.push_str("    public val cValue: Int,\n");
    out.push_str("    /** The stable lowercase name, such as `\"user\"`: what `keyless_error_category` returns. */\n");
    out.push_str("    public val label: String\n");
    out.push_str(") {\n");
    let categories = KeylessErrorCategory::all();
    for (index, category) in categories.iter().enumerate() {
        let variant = format!("{category:?}");
        write_kdoc(out, "    ", &[variant_doc(CATEGORY_SOURCE, &variant)]);
        writeln!(
            out,
            "    {}({}, {}){}",
            super::screaming_snake(&variant),
            *category as u32,
            kotlin_string_literal(category.label().as_str()),
            if index + 1 == categories.len() { ";" } else { "," }
        )
        .unwrap();
    }
    out.push_str("}\n");
}

fn write_action_enum(out: &mut String) {
    out.push('\n');
    write_kdoc(
        out,
        "",
        &[
            rust_type_summary(ACTION_SOURCE, "KeylessErrorAction"),
            "[cValue] is the value of the matching `KEYLESS_ERROR_ACTION_*` constant of \
             keyless_errors.h. Later versions may add entries, so keep an `else` branch when \
             using it in `when`."
                .to_string(),
        ],
    );
    out.push_str("public enum class KeylessErrorAction(\n");
    out.push_str("    /** The value of the matching `KEYLESS_ERROR_ACTION_*` constant in keyless_errors.h. */\n");
    out.push_str("    public val cValue: Int\n");
    out.push_str(") {\n");
    let actions = KeylessErrorAction::all();
    for (index, action) in actions.iter().enumerate() {
        let variant = format!("{action:?}");
        write_kdoc(out, "    ", &[variant_doc(ACTION_SOURCE, &variant)]);
        writeln!(
            out,
            "    {}({}){}",
            super::screaming_snake(&variant),
            *action as u32,
            if index + 1 == actions.len() { ";" } else { "," }
        )
        .unwrap();
    }
    out.push_str("}\n");
}

/// Writes a KDoc block: paragraphs separated by an empty line, each wrapped.
fn write_kdoc(out: &mut String, indent: &str, paragraphs: &[String]) {
    writeln!(out, "{indent}/**").unwrap();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        if index > 0 {
            writeln!(out, "{indent} *").unwrap();
        }
        for line in wrap(&kdoc_safe(paragraph), KDOC_WIDTH - indent.len() - 3) {
            writeln!(out, "{indent} * {line}").unwrap();
        }
    }
    writeln!(out, "{indent} */").unwrap();
}

/// Catalog text is printable ASCII; only a comment terminator could break the KDoc.
fn kdoc_safe(text: &str) -> String {
    text.replace("*/", "*&#47;")
}

/// A Kotlin string literal for printable ASCII text.
fn kotlin_string_literal(text: &str) -> String {
    let mut literal = String::from("\"");
    for character in text.chars() {
        if matches!(character, '"' | '\\' | '$') {
            literal.push('\\');
        }
        literal.push(character);
    }
    literal.push('"');
    literal
}

/// The first paragraph of the `///` documentation of `pub enum name`.
fn rust_type_summary(source: &str, name: &str) -> String {
    let mut doc: Vec<&str> = Vec::new();
    for line in source.lines().map(str::trim) {
        if let Some(text) = line.strip_prefix("///") {
            doc.push(text.trim());
        } else if line.starts_with(&format!("pub enum {name}")) {
            let summary: Vec<&str> = doc.iter().copied().take_while(|text| !text.is_empty()).collect();
            assert!(!summary.is_empty(), "the Rust enum {name} has no documentation");
            return summary.join(" ");
        } else if !line.starts_with("#[") {
            doc.clear();
        }
    }
    panic!("the Rust enum {name} was not found");
}

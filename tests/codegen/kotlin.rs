//! The Kotlin binding's catalog-derived declarations, generated from the catalog.
//! Owned by the Kotlin binding (bindings/kotlin); see its README.
//!
//! One file holds everything that would otherwise be copied by hand from the
//! Rust sources into Kotlin:
//! - `object KeylessErrors`, with a `const val` per documented code (so apps can
//!   use them in `when`), `VERSION` (Cargo.toml's), the members that delegate to
//!   the cache in KeylessError.kt, and the category range rule that lets the
//!   cache answer undocumented codes without crossing JNI;
//! - `enum class KeylessErrorCategory` and `enum class KeylessErrorAction`, with
//!   the C value, and the category's label, of every entry.
//!
//! The enum entries' KDoc is the `///` documentation of the Rust variants, read
//! from src/category.rs and src/action.rs, so that it cannot drift either.
//!
//! A second file, the benchmark's peer (`KOTLIN_PEER_PATH`), is the `when` an
//! app developer would write by hand: every documented code's user message as a
//! literal, and the category fallbacks for the rest.

use std::fmt::Write;

use keyless_errors::catalog::{self, documented_entries, undocumented};
use keyless_errors::{KeylessErrorAction, KeylessErrorCategory};

use super::peers::category_ranges;
use super::{ACTION_SOURCE, CATEGORY_SOURCE, variant_doc, wrap};

/// Where the generated Kotlin file lives, relative to the repository root.
pub const KOTLIN_CODES_PATH: &str = "bindings/kotlin/src/main/kotlin/io/keyless/errors/KeylessErrorCatalog.kt";

/// Where the generated `when` peer of the benchmark lives.
pub const KOTLIN_PEER_PATH: &str = "bindings/kotlin/src/bench/kotlin/io/keyless/errors/WhenPeer.kt";

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
        &r#"
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
 * Thread-safe. The first call to [lookup], [all] or [libraryVersion] loads the native library,
 * checks its version and reads every documented code in one pass; from then on, documented codes
 * never cross JNI again.
 */
public object KeylessErrors {
    /**
     * The version of this binding, such as `"0.3.0"`: the keyless-errors release it belongs to.
     * The native library it loads must have the same MAJOR.MINOR (see [libraryVersion]).
     */
    public const val VERSION: String = "{version}"

    /**
     * What [code] means. Every [Int] has an answer, documented or not.
     *
     * A documented code returns its cached [KeylessError], the same instance every time, without
     * calling into native code. Any other value (undocumented, negative, out of range) gets the
     * general guidance of its category: read through JNI once per category, then kept.
     *
     * @throws UnsatisfiedLinkError on the first use, when the native library cannot be loaded or
     *   its MAJOR.MINOR version differs from [VERSION]; later uses then throw [NoClassDefFoundError].
     */
    @JvmStatic
    public fun lookup(code: Int): KeylessError = KeylessError.lookup(code)

    /**
     * Every documented code, in ascending order of code: the same instances that [lookup]
     * returns. The list is read-only.
     *
     * @throws UnsatisfiedLinkError on the first use, as [lookup].
     */
    @JvmStatic
    public val all: List<KeylessError>
        get() = KeylessError.all()

    /**
     * The version of the loaded native library, `keyless_errors_version()`, such as `"0.3.0"`.
     * Its MAJOR.MINOR equals [VERSION]'s: the first use checks that.
     *
     * @throws UnsatisfiedLinkError on the first use, as [lookup].
     */
    @JvmStatic
    public val libraryVersion: String
        get() = KeylessError.libraryVersion()
"#
        .replace("{version}", env!("CARGO_PKG_VERSION")),
    );
    write_category_rule(out);
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

/// The category range rule, as a member Java cannot call (`@JvmSynthetic`): the cache uses it to
/// answer an undocumented code from its category's guidance without crossing JNI.
fn write_category_rule(out: &mut String) {
    out.push_str(
        "
    /** Not API: the category of any code, by the range rule of src/category.rs. */
    @JvmSynthetic
    internal fun categoryOf(code: Int): KeylessErrorCategory = when {
",
    );
    write_range_branches(out, "        ", |category| {
        format!("KeylessErrorCategory.{}", super::screaming_snake(&format!("{category:?}")))
    });
    out.push_str("    }\n");
}

/// One `when` branch per category range, ascending: `code < <next start> -> <answer>`, then `else`.
fn write_range_branches(out: &mut String, indent: &str, answer: impl Fn(KeylessErrorCategory) -> String) {
    let ranges = category_ranges();
    for (index, (_, category)) in ranges.iter().enumerate() {
        match ranges.get(index + 1) {
            Some((next_start, _)) => writeln!(out, "{indent}code < {next_start} -> {}", answer(*category)).unwrap(),
            None => writeln!(out, "{indent}else -> {}", answer(*category)).unwrap(),
        }
    }
}

/// The benchmark's peer: a hand-written-style `when` with the same user messages as literals.
pub fn kotlin_peer() -> String {
    let mut out = String::new();
    out.push_str("// Generated from src/catalog.rs by tests/generated_files.rs (generator: tests/codegen/kotlin.rs);\n");
    out.push_str("// do not edit. Regenerate with `make regenerate`.\n");
    out.push_str("package io.keyless.errors\n\n");
    out.push_str(
        "/**
 * The benchmark's peer: what an app developer would write by hand instead of the library, a `when`
 * over the documented codes returning their user messages as literals, and each category's
 * fallback message for every other code. It answers exactly what [KeylessError.userMessage] does.
 */
internal object WhenPeer {
    @JvmStatic
    fun userMessage(code: Int): String = when (code) {
",
    );
    for (code, entry) in documented_entries() {
        writeln!(out, "        {code} -> {}", kotlin_string_literal(entry.user_message.as_str())).unwrap();
    }
    out.push_str("        else -> when {\n");
    write_range_branches(&mut out, "            ", |category| {
        kotlin_string_literal(undocumented(category).user_message.as_str())
    });
    out.push_str("        }\n    }\n}\n");
    out
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

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
//!
//! The third and fourth, `KOTLIN_LAYOUT_PATH` and `JNI_LAYOUT_PATH`, are the two
//! halves of one fact: the layout of the JNI glue's packed answer, which the C
//! glue writes and the Kotlin side reads. Both come from [`NUMBER_FIELDS`] and
//! [`STRING_FIELDS`] below, so neither side can drift from the other.

use std::fmt::Write;

use keyless_errors::catalog::{self, documented_entries, undocumented};
use keyless_errors::{KeylessErrorAction, KeylessErrorCategory};

use super::{ACTION_SOURCE, CATEGORY_SOURCE, category_ranges, variant_doc, wrap};

/// Where the generated Kotlin file lives, relative to the repository root.
pub const KOTLIN_CODES_PATH: &str = "bindings/kotlin/src/main/kotlin/io/keyless/errors/KeylessErrorCatalog.kt";

/// Where the generated `when` peer of the benchmark lives.
pub const KOTLIN_PEER_PATH: &str = "bindings/kotlin/src/bench/kotlin/io/keyless/errors/WhenPeer.kt";

/// The Kotlin half of the glue's layout: constants Java cannot read.
pub const KOTLIN_LAYOUT_PATH: &str = "bindings/kotlin/src/main/kotlin/io/keyless/errors/NativeLayout.kt";

/// The C half of the glue's layout, included by bindings/kotlin/jni/keyless_errors_jni.c.
pub const JNI_LAYOUT_PATH: &str = "bindings/kotlin/jni/keyless_errors_jni_layout.h";

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
 * Thread-safe. The first call to [lookup], [all], [libraryVersion] or [supportedLocales] loads the
 * native library, checks its version and reads every documented code in one native call; from
 * then on, lookups never cross JNI again. The end-user messages of a language are read in one
 * native call too, the first time that language is asked for.
 */
public object KeylessErrors {
    /**
     * The version of this binding, such as `"0.3.0"`: the keyless-errors release it belongs to.
     * The native library it loads must have the same MAJOR.MINOR (see [libraryVersion]).
     */
    public const val VERSION: String = "{version}"

    /**
     * The system property that names the folder where the jar extracts its native libraries on a
     * desktop or server JVM (default: `java.io.tmpdir`). Unused on Android.
     */
    public const val LIBRARY_FOLDER_PROPERTY: String = "keyless.errors.lib.dir"

    /**
     * What [code] means. Every [Int] has an answer, documented or not.
     *
     * A documented code returns its cached [KeylessError], the same instance every time. Any other
     * value (undocumented, negative, out of range) gets the general guidance of its category, in
     * a new [KeylessError] (equal to any other for the same code). Neither calls native code.
     *
     * @throws UnsatisfiedLinkError when the native library cannot be loaded, or its MAJOR.MINOR
     *   version differs from [VERSION]; the message says what was tried. A later call tries again.
     */
    @JvmStatic
    public fun lookup(code: Int): KeylessError = KeylessError.lookup(code)

    /**
     * Every documented code, in ascending order of code: the same instances that [lookup]
     * returns. The list is read-only.
     *
     * @throws UnsatisfiedLinkError as [lookup].
     */
    @JvmStatic
    public val all: List<KeylessError>
        get() = KeylessError.all()

    /**
     * The version of the loaded native library, `keyless_errors_version()`, such as `"0.3.0"`.
     * Its MAJOR.MINOR equals [VERSION]'s: the first use checks that.
     *
     * @throws UnsatisfiedLinkError as [lookup].
     */
    @JvmStatic
    public val libraryVersion: String
        get() = KeylessError.libraryVersion()

    /**
     * The languages of [KeylessError.userMessage] that the native library carries, English first:
     * one [Locale][java.util.Locale] per canonical BCP 47 tag of `keyless_error_locales` (`en`,
     * `pt-BR`, `zh-Hant`, ...). Any other locale is served by the closest of them along CLDR's
     * fallback (`es-MX` by `es-419`, `zh-TW` by `zh-Hant`), else by English. The list is read-only.
     *
     * @throws UnsatisfiedLinkError as [lookup].
     */
    @JvmStatic
    public val supportedLocales: List<java.util.Locale>
        get() = KeylessError.supportedLocales()

    /**
     * The app's own wording of end-user messages, consulted before the library's by
     * [KeylessError.userMessage] (every read, any thread); null (the default) for the library's
     * own. See [KeylessUserMessageOverride].
     */
    @JvmStatic
    public var userMessageOverride: KeylessUserMessageOverride?
        get() = KeylessError.userMessageOverride()
        set(value) = KeylessError.setUserMessageOverride(value)
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

/// What the binding needs at run time without crossing JNI, as members Java cannot call
/// (`@JvmSynthetic`): the category range rule (as C values, so that an undocumented lookup loads
/// no enum class), an undocumented code of each category, and the C values' enum entries.
fn write_category_rule(out: &mut String) {
    out.push_str(
        "
    /**
     * Not API: the C value of the category of any code, by the range rule of src/category.rs
     * (`keyless_error_category_id`).
     */
    @JvmSynthetic
    internal fun categoryCValueOf(code: Int): Int = when {
",
    );
    write_range_branches(out, "        ", |category| (category as u32).to_string());
    out.push_str("    }\n");
    let categories = KeylessErrorCategory::all();
    for (index, category) in categories.iter().enumerate() {
        assert_eq!(*category as usize, index, "the category C values are 0, 1, 2, ...: the binding indexes by them");
    }
    let examples: Vec<String> = categories.iter().map(|&category| kotlin_int(undocumented_example(category))).collect();
    out.push_str(
        "
    /**
     * Not API: an undocumented code of each category, by C value (the first code of the
     * category's first range that the catalog does not document). Every undocumented code of a
     * category has the same answers as this one, but for the code itself.
     */
    @JvmSynthetic
",
    );
    writeln!(out, "    internal fun undocumentedCodes(): IntArray = intArrayOf({})", examples.join(", ")).unwrap();
    write_enum_of_c_value(out, "categoryOf", "KeylessErrorCategory", "UNKNOWN", categories.iter().map(|&c| (c as u32, c.name().to_string())));
    write_enum_of_c_value(out, "actionOf", "KeylessErrorAction", "NONE", KeylessErrorAction::all().iter().map(|&a| (a as u32, a.name().to_string())));
}

/// `internal fun <function>(cValue: Int)`: the entry of a C value, `fallback` for a value this
/// binding does not know (a newer library may answer one: an error description never crashes).
fn write_enum_of_c_value(
    out: &mut String,
    function: &str,
    enum_name: &str,
    fallback: &str,
    entries: impl Iterator<Item = (u32, String)>,
) {
    write!(
        out,
        "
    /** Not API: the [{enum_name}] of a C value; [{enum_name}.{fallback}] for one this binding does not know. */
    @JvmSynthetic
    internal fun {function}(cValue: Int): {enum_name} = when (cValue) {{
"
    )
    .unwrap();
    for (value, variant) in entries {
        writeln!(out, "        {value} -> {enum_name}.{variant}").unwrap();
    }
    writeln!(out, "        else -> {enum_name}.{fallback}\n    }}").unwrap();
}

/// The first undocumented code of `category`'s first range.
fn undocumented_example(category: KeylessErrorCategory) -> i32 {
    let (start, _) = category_ranges()
        .into_iter()
        .find(|&(_, of)| of == category)
        .expect("every category has a range");
    (start..=i32::MAX)
        .find(|&code| catalog::documented(code).is_none())
        .expect("a range holds an undocumented code")
}

/// A Kotlin `Int` literal (`-2147483648` would parse as a `Long`).
fn kotlin_int(value: i32) -> String {
    if value == i32::MIN { "Int.MIN_VALUE".to_string() } else { value.to_string() }
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
            category.name(),
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
            action.name(),
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

/// One number of each record of the glue's packed answer: its name (`NUMBER_<name>`), the C
/// expression that computes it from `code`, and what it is.
struct NumberField {
    name: &'static str,
    c_value: &'static str,
    about: &'static str,
}

/// One string of each record: its name (`STRING_<name>`), the C function that returns it (None:
/// the log line, which `keyless_error_format` writes into a buffer), and what it is.
struct StringField {
    name: &'static str,
    function: Option<&'static str>,
    about: &'static str,
}

const NUMBER_FIELDS: &[NumberField] = &[
    NumberField { name: "CATEGORY", c_value: "(jint)keyless_error_category_id(code)", about: "the C value of the category" },
    NumberField { name: "ACTION", c_value: "(jint)keyless_error_action(code)", about: "the C value of the action" },
    NumberField { name: "IS_KNOWN", c_value: "keyless_error_is_known(code) ? 1 : 0", about: "1 when documented" },
    NumberField { name: "IS_RETRYABLE", c_value: "keyless_error_is_retryable(code) ? 1 : 0", about: "1 when retryable" },
    NumberField { name: "IS_DEPRECATED", c_value: "keyless_error_is_deprecated(code) ? 1 : 0", about: "1 when deprecated" },
    NumberField { name: "REPLACED_BY", c_value: "keyless_error_replaced_by(code)", about: "the replacement code, -1 for none" },
    NumberField { name: "SHARED_CODE", c_value: "keyless_error_shared_code(code)", about: "the shared model's code" },
];

const STRING_FIELDS: &[StringField] = &[
    StringField { name: "NAME", function: Some("keyless_error_name"), about: "the name" },
    StringField { name: "TITLE", function: Some("keyless_error_title"), about: "the title" },
    StringField { name: "DESCRIPTION", function: Some("keyless_error_description"), about: "the description" },
    StringField { name: "ADVICE", function: Some("keyless_error_advice"), about: "the advice" },
    StringField { name: "USER_MESSAGE", function: Some("keyless_error_user_message"), about: "the English end-user message" },
    StringField { name: "NOTE", function: Some("keyless_error_note"), about: "the note, maybe empty" },
    StringField { name: "SHARED_NAME", function: Some("keyless_error_shared_name"), about: "the shared model's name" },
    StringField { name: "LOG_LINE", function: None, about: "the keyless_error_format line" },
];

/// The static strings come first and the formatted log line last: the glue reads the first ones
/// into an array and writes the last one itself.
fn static_string_fields() -> &'static [StringField] {
    let (last, statics) = STRING_FIELDS.split_last().expect("strings");
    assert!(last.function.is_none(), "the formatted log line must be the last string field");
    assert!(statics.iter().all(|field| field.function.is_some()), "only the last string field is formatted");
    statics
}

const LAYOUT_SUMMARY: &str = "The layout of the JNI glue's packed answer (readEntries), shared by the C glue and the \
Kotlin side: for each code, RECORD_INTS ints, first the NUMBER_FIELDS numbers in the order of the \
NUMBER_* constants, then the length in bytes of each of the STRING_FIELDS strings in the order of the \
STRING_* constants; the strings' UTF-8 bytes follow one another, code by code, in one byte array.";

/// The C half of the layout: the field constants and the functions that read a code's fields.
pub fn jni_layout_header() -> String {
    let mut out = String::new();
    out.push_str("/* Generated by tests/generated_files.rs (generator: tests/codegen/kotlin.rs); do not edit.\n");
    out.push_str(" * Regenerate with `make regenerate`. The Kotlin half of the same layout is\n");
    out.push_str(" * src/main/kotlin/io/keyless/errors/NativeLayout.kt.\n *\n");
    for line in wrap(LAYOUT_SUMMARY, 76) {
        writeln!(out, " * {line}").unwrap();
    }
    out.push_str(" */\n#ifndef KEYLESS_ERRORS_JNI_LAYOUT_H\n#define KEYLESS_ERRORS_JNI_LAYOUT_H\n\n");
    out.push_str("#include <jni.h>\n#include <stdint.h>\n\n#include \"keyless_errors.h\"\n\nenum {\n");
    for (index, field) in NUMBER_FIELDS.iter().enumerate() {
        writeln!(out, "    NUMBER_{} = {index}, /* {} */", field.name, field.about).unwrap();
    }
    writeln!(out, "    NUMBER_FIELDS = {}\n}};\n\nenum {{", NUMBER_FIELDS.len()).unwrap();
    for (index, field) in STRING_FIELDS.iter().enumerate() {
        writeln!(out, "    STRING_{} = {index}, /* {} */", field.name, field.about).unwrap();
    }
    writeln!(out, "    STRING_FIELDS = {},", STRING_FIELDS.len()).unwrap();
    writeln!(out, "    /* The strings a function returns, all but the last (the log line). */").unwrap();
    writeln!(out, "    STATIC_STRING_FIELDS = {}\n}};\n", static_string_fields().len()).unwrap();
    out.push_str("enum { RECORD_INTS = NUMBER_FIELDS + STRING_FIELDS };\n\n");
    out.push_str("/* The numbers of `code`, in the NUMBER_* order. */\n");
    out.push_str("static void read_numbers(int32_t code, jint numbers[NUMBER_FIELDS]) {\n");
    for field in NUMBER_FIELDS {
        writeln!(out, "    numbers[NUMBER_{}] = {};", field.name, field.c_value).unwrap();
    }
    out.push_str("}\n\n/* The static strings of `code`, in the STRING_* order, the log line excluded. */\n");
    out.push_str("static void read_static_strings(int32_t code, const char *strings[STATIC_STRING_FIELDS]) {\n");
    for field in static_string_fields() {
        writeln!(out, "    strings[STRING_{}] = {}(code);", field.name, field.function.expect("static")).unwrap();
    }
    out.push_str("}\n\n#endif /* KEYLESS_ERRORS_JNI_LAYOUT_H */\n");
    out
}

/// The Kotlin half of the layout: the same constants, as fields Java cannot read.
pub fn kotlin_layout() -> String {
    let mut out = String::new();
    out.push_str("// Generated by tests/generated_files.rs (generator: tests/codegen/kotlin.rs); do not edit.\n");
    out.push_str("// Regenerate with `make regenerate`. The C half of the same layout is\n");
    out.push_str("// bindings/kotlin/jni/keyless_errors_jni_layout.h.\n//\n");
    for line in wrap(LAYOUT_SUMMARY, KDOC_WIDTH - 3) {
        writeln!(out, "// {line}").unwrap();
    }
    out.push_str("//\n// Not API: each constant's field is synthetic (`@field:JvmSynthetic`), so javac cannot read it.\n");
    out.push_str("@file:JvmName(\"NativeLayout\")\n\npackage io.keyless.errors\n");
    let constant = |out: &mut String, name: String, value: usize, about: &str| {
        write!(out, "\n/** {about} */\n@field:JvmSynthetic\ninternal const val {name}: Int = {value}\n").unwrap();
    };
    for (index, field) in NUMBER_FIELDS.iter().enumerate() {
        constant(&mut out, format!("NUMBER_{}", field.name), index, &format!("A number: {}.", field.about));
    }
    constant(&mut out, "NUMBER_FIELDS".to_string(), NUMBER_FIELDS.len(), "How many numbers each record starts with.");
    for (index, field) in STRING_FIELDS.iter().enumerate() {
        constant(&mut out, format!("STRING_{}", field.name), index, &format!("A string: {}.", field.about));
    }
    constant(&mut out, "STRING_FIELDS".to_string(), STRING_FIELDS.len(), "How many string lengths follow the numbers.");
    constant(&mut out, "RECORD_INTS".to_string(), NUMBER_FIELDS.len() + STRING_FIELDS.len(), "The ints of one record.");
    out
}

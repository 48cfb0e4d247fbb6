//! `benches/peers/peer_switch.{h,c}`: the C peer, the code a careful app
//! developer would hand-write instead of linking the library.
//!
//! It implements every function that `include/keyless_errors.h` declares,
//! with the same signature under a `peer_` prefix and the same answers:
//! - one `switch` per function over the documented codes, returning literals;
//!   a case is left out when its answer equals its category's fallback, and
//!   cases with the same answer share one `return`;
//! - after the `switch`, the category fallback as an `if` chain over the
//!   range rule, merging neighbouring ranges that answer the same;
//! - `keyless_error_codes` as one `memcpy` from a static array;
//! - `keyless_error_format` as a manual copy of the four parts with
//!   `strlen` + `memcpy`, not `snprintf`: `snprintf` costs hundreds of
//!   instructions, and a developer who cares about speed would not use it.
//!
//! `make bench-peers` (mk/peers.mk) builds it the way the library is built
//! and compares the two; `benches/peers/peer_agrees.c` proves the answers equal.

use std::fmt::Write;

use keyless_errors::catalog::{Entry, documented_entries, undocumented};
use keyless_errors::{
    KEYLESS_ERRORS_VERSION_MAJOR, KEYLESS_ERRORS_VERSION_MINOR, KEYLESS_ERRORS_VERSION_PATCH, KeylessErrorAction,
    KeylessErrorCategory,
};

use super::{carried_locales, category_ranges, locale_tag, localized_message};

pub const PEER_HEADER_PATH: &str = "benches/peers/peer_switch.h";
pub const PEER_SOURCE_PATH: &str = "benches/peers/peer_switch.c";

/// The functions the library exports: the peer implements each of them.
const EXPORTED_FUNCTIONS: &str = include_str!("../../tests/abi/exported-functions.txt");

const GENERATED_NOTE: &str = "/* Generated from src/catalog.rs by tests/codegen/peers.rs; do not edit. Regenerate with `make regenerate`. */\n";

/// What one lookup answers for one code, in the terms a generator needs.
struct Answer {
    entry: &'static Entry,
    category: KeylessErrorCategory,
    documented: bool,
}

/// A function of the header that maps a code to one value.
struct Lookup {
    /// The name after `keyless_error_`.
    suffix: &'static str,
    /// The C return type.
    returns: &'static str,
    /// The answer as a C expression.
    answer: fn(&Answer) -> String,
}

const LOOKUPS: &[Lookup] = &[
    Lookup { suffix: "category", returns: "const char *", answer: |a| literal(a.category.label().as_str()) },
    Lookup { suffix: "category_id", returns: "uint32_t", answer: |a| category_constant(a.category) },
    Lookup { suffix: "name", returns: "const char *", answer: |a| literal(a.entry.name.as_str()) },
    Lookup { suffix: "title", returns: "const char *", answer: |a| literal(a.entry.title.as_str()) },
    Lookup { suffix: "description", returns: "const char *", answer: |a| literal(a.entry.description.as_str()) },
    Lookup { suffix: "advice", returns: "const char *", answer: |a| literal(a.entry.advice.as_str()) },
    Lookup { suffix: "user_message", returns: "const char *", answer: |a| literal(a.entry.user_message.as_str()) },
    Lookup { suffix: "note", returns: "const char *", answer: |a| literal(a.entry.note.as_str()) },
    Lookup { suffix: "action", returns: "uint32_t", answer: |a| action_constant(a.entry.action) },
    Lookup { suffix: "is_known", returns: "bool", answer: |a| a.documented.to_string() },
    Lookup { suffix: "is_retryable", returns: "bool", answer: |a| a.entry.action.is_retryable().to_string() },
    Lookup { suffix: "is_deprecated", returns: "bool", answer: |a| a.entry.deprecated.to_string() },
    Lookup { suffix: "replaced_by", returns: "int32_t", answer: |a| a.entry.replaced_by.unwrap_or(-1).to_string() },
    Lookup { suffix: "shared_code", returns: "int32_t", answer: |a| a.entry.shared_code.to_string() },
    Lookup { suffix: "shared_name", returns: "const char *", answer: |a| literal(a.entry.shared_name.as_str()) },
];

/// The functions with a hand-written body, and their prototypes after the prefix.
const SPECIAL: &[(&str, &str)] = &[
    ("error_codes", "size_t peer_error_codes(int32_t *out, size_t capacity)"),
    ("error_format", "size_t peer_error_format(int32_t code, char *buf, size_t size)"),
    ("errors_version", "const char *peer_errors_version(void)"),
    ("error_locale_tag", "const char *peer_error_locale_tag(uint32_t locale)"),
    ("error_user_message_localized", "const char *peer_error_user_message_localized(int32_t code, uint32_t locale)"),
    ("error_locales", "size_t peer_error_locales(uint32_t *out, size_t capacity)"),
];

/// Functions of the header without a peer here: what a developer would
/// hand-write for them is not a switch. `keyless_error_locale` is measured
/// against ICU4C's `uloc_acceptLanguage` instead (benches/peers/locale_driver.c).
const MEASURED_ELSEWHERE: &[&str] = &["error_locale"];

/// The names after `keyless_` of the functions the library exports, from
/// the one list every check reads (`tests/abi/exported-functions.txt`, itself
/// generated from cbindgen's reading of `src/ffi.rs`). Panics when the peer
/// does not know how to implement one.
fn header_functions() -> Vec<&'static str> {
    let mut functions = Vec::new();
    for line in EXPORTED_FUNCTIONS.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let function = line.strip_prefix("keyless_").expect("every export starts with keyless_");
        if MEASURED_ELSEWHERE.contains(&function) {
            continue;
        }
        let known = SPECIAL.iter().any(|(name, _)| *name == function)
            || LOOKUPS.iter().any(|lookup| function.strip_prefix("error_") == Some(lookup.suffix));
        assert!(known, "tests/codegen/peers.rs has no peer for keyless_{function}; add one");
        functions.push(function);
    }
    functions
}

pub fn peer_header() -> String {
    let mut out = String::new();
    out.push_str(GENERATED_NOTE);
    out.push_str("/* The C peer: the library's C API, hand-written as switches (see peer_switch.c). */\n\n");
    out.push_str("#ifndef PEER_SWITCH_H\n#define PEER_SWITCH_H\n\n");
    out.push_str("#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n\n");
    out.push_str("enum {\n");
    for category in KeylessErrorCategory::all() {
        writeln!(out, "    {} = {},", category_constant(category), category as u32).unwrap();
    }
    out.push_str("};\n\nenum {\n");
    for action in KeylessErrorAction::all() {
        writeln!(out, "    {} = {},", action_constant(action), action as u32).unwrap();
    }
    out.push_str("};\n\n");
    let functions = header_functions();
    for function in &functions {
        writeln!(out, "{};", prototype(function)).unwrap();
    }
    // An X-macro of the lookups, so that the agreement test and the benchmark
    // driver cover every function of the header without a list of their own.
    out.push_str("\n/* Every function of the API that maps a code to one answer: X(suffix, STRING or VALUE). */\n");
    out.push_str("#define PEER_LOOKUPS(X)");
    for lookup in LOOKUPS.iter().filter(|lookup| functions.iter().any(|f| f.strip_prefix("error_") == Some(lookup.suffix))) {
        let kind = if lookup.returns.ends_with('*') { "STRING" } else { "VALUE" };
        write!(out, " \\\n    X({}, {kind})", lookup.suffix).unwrap();
    }
    out.push('\n');
    out.push_str("\n#endif /* PEER_SWITCH_H */\n");
    out
}

pub fn peer_source() -> String {
    let mut out = String::new();
    out.push_str(GENERATED_NOTE);
    out.push_str(
        "/*
 * The C peer: what a careful app developer would write by hand
 * instead of linking keyless-errors. One switch per function over the
 * documented codes, returning literals; the category's answer after it, by
 * the range rule. Every answer equals the library's (benches/peers/peer_agrees.c).
 */

#include \"peer_switch.h\"

#include <string.h>
",
    );
    let functions = header_functions();
    for lookup in LOOKUPS {
        if functions.iter().any(|function| function.strip_prefix("error_") == Some(lookup.suffix)) {
            write_lookup(&mut out, lookup);
        }
    }
    for (function, _) in SPECIAL {
        if functions.contains(function) {
            write_special(&mut out, function);
        }
    }
    out
}

fn prototype(function: &str) -> String {
    if let Some((_, prototype)) = SPECIAL.iter().find(|(name, _)| *name == function) {
        return prototype.to_string();
    }
    let lookup = LOOKUPS
        .iter()
        .find(|lookup| function.strip_prefix("error_") == Some(lookup.suffix))
        .expect("header_functions admits known functions only");
    let returns = lookup.returns;
    let space = if returns.ends_with('*') { "" } else { " " };
    format!("{returns}{space}peer_error_{}(int32_t code)", lookup.suffix)
}

/// A `static inline` helper `<suffix>_of`, which `peer_error_format` reuses
/// without a call through the PLT, and the exported function around it.
fn write_lookup(out: &mut String, lookup: &Lookup) {
    let returns = lookup.returns;
    let space = if returns.ends_with('*') { "" } else { " " };
    writeln!(out, "\nstatic inline {returns}{space}{}_of(int32_t code) {{", lookup.suffix).unwrap();

    write_switch_and_fallback(
        out,
        |code, entry| (lookup.answer)(&Answer { entry, category: KeylessErrorCategory::of(code), documented: true }),
        |category| fallback(lookup, category),
    );
    out.push_str("}\n\n");
    writeln!(out, "{} {{\n    return {}_of(code);\n}}", prototype(&format!("error_{}", lookup.suffix)), lookup.suffix)
        .unwrap();
}

/// The body of a lookup: a `switch` over the documented codes whose answer
/// differs from their category's, cases with the same answer sharing one
/// `return`; then the category's answer by the range rule, one `if` per run
/// of neighbouring ranges that answer the same.
fn write_switch_and_fallback(
    out: &mut String,
    answer: impl Fn(i32, &'static Entry) -> String,
    fallback: impl Fn(KeylessErrorCategory) -> String,
) {
    let mut groups: Vec<(String, Vec<i32>)> = Vec::new();
    for (code, entry) in documented_entries() {
        let value = answer(code, entry);
        if value == fallback(KeylessErrorCategory::of(code)) {
            continue;
        }
        match groups.iter_mut().find(|(known, _)| *known == value) {
            Some((_, codes)) => codes.push(code),
            None => groups.push((value, vec![code])),
        }
    }
    if !groups.is_empty() {
        out.push_str("    switch (code) {\n");
        for (value, codes) in &groups {
            for code in codes {
                writeln!(out, "    case {code}:").unwrap();
            }
            writeln!(out, "        return {value};").unwrap();
        }
        out.push_str("    default:\n        break;\n    }\n");
    }
    let ranges = category_ranges();
    let mut index = 0;
    while index < ranges.len() {
        let value = fallback(ranges[index].1);
        let mut end = index + 1;
        while end < ranges.len() && fallback(ranges[end].1) == value {
            end += 1;
        }
        match ranges.get(end) {
            Some((next_start, _)) => writeln!(out, "    if (code < {next_start}) return {value};").unwrap(),
            None => writeln!(out, "    return {value};").unwrap(),
        }
        index = end;
    }
}

/// What an undocumented code of `category` answers.
fn fallback(lookup: &Lookup, category: KeylessErrorCategory) -> String {
    (lookup.answer)(&Answer { entry: undocumented(category), category, documented: false })
}

fn write_special(out: &mut String, function: &str) {
    let prototype = prototype(function);
    match function {
        "error_codes" => {
            let codes: Vec<String> = documented_entries().map(|(code, _)| code.to_string()).collect();
            writeln!(out, "\nstatic const int32_t documented_codes[{}] = {{", codes.len()).unwrap();
            for chunk in codes.chunks(10) {
                writeln!(out, "    {},", chunk.join(", ")).unwrap();
            }
            out.push_str("};\n\n");
            writeln!(
                out,
                "{prototype} {{
    size_t count = sizeof documented_codes / sizeof documented_codes[0];
    if (out != NULL) {{
        memcpy(out, documented_codes, (capacity < count ? capacity : count) * sizeof *out);
    }}
    return count;
}}"
            )
            .unwrap();
        }
        "error_format" => {
            writeln!(
                out,
                "
/* Copies what fits of `text` at `length`, keeping the last byte for the NUL;
   returns the length the whole line has so far. */
static inline size_t append(char *buf, size_t room, size_t length, const char *text, size_t text_length) {{
    if (length < room) {{
        size_t fitting = room - length < text_length ? room - length : text_length;
        memcpy(buf + length, text, fitting);
    }}
    return length + text_length;
}}

{prototype} {{
    char digits[11];
    size_t start = sizeof digits;
    uint32_t magnitude = code < 0 ? 0u - (uint32_t)code : (uint32_t)code;
    do {{
        digits[--start] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    }} while (magnitude != 0);
    if (code < 0) {{
        digits[--start] = '-';
    }}
    const char *name = name_of(code);
    const char *category = category_of(code);
    const char *title = title_of(code);
    size_t room = (buf != NULL && size > 0) ? size - 1 : 0;
    size_t length = append(buf, room, 0, digits + start, sizeof digits - start);
    length = append(buf, room, length, \" \", 1);
    length = append(buf, room, length, name, strlen(name));
    length = append(buf, room, length, \" (\", 2);
    length = append(buf, room, length, category, strlen(category));
    length = append(buf, room, length, \"): \", 3);
    length = append(buf, room, length, title, strlen(title));
    if (buf != NULL && size > 0) {{
        buf[length < room ? length : room] = '\\0';
    }}
    return length;
}}"
            )
            .unwrap();
        }
        "errors_version" => {
            let version =
                format!("{KEYLESS_ERRORS_VERSION_MAJOR}.{KEYLESS_ERRORS_VERSION_MINOR}.{KEYLESS_ERRORS_VERSION_PATCH}");
            writeln!(out, "\n{prototype} {{\n    return {};\n}}", literal(&version)).unwrap();
        }
        "error_locale_tag" => {
            writeln!(out, "\n{prototype} {{\n    switch (locale) {{").unwrap();
            for locale in carried_locales().into_iter().skip(1) {
                writeln!(out, "    case {locale}:\n        return {};", literal(&locale_tag(locale))).unwrap();
            }
            writeln!(out, "    default:\n        return {};\n    }}\n}}", literal(&locale_tag(0))).unwrap();
        }
        "error_locales" => {
            let locales: Vec<String> = carried_locales().iter().map(u32::to_string).collect();
            writeln!(out, "\nstatic const uint32_t carried_locales[{}] = {{", locales.len()).unwrap();
            for chunk in locales.chunks(16) {
                writeln!(out, "    {},", chunk.join(", ")).unwrap();
            }
            writeln!(
                out,
                "}};

{prototype} {{
    size_t count = sizeof carried_locales / sizeof carried_locales[0];
    if (out != NULL) {{
        memcpy(out, carried_locales, (capacity < count ? capacity : count) * sizeof *out);
    }}
    return count;
}}"
            )
            .unwrap();
        }
        "error_user_message_localized" => {
            // One switch per language, as the English user_message_of above,
            // and a switch on the language around them.
            let locales = carried_locales();
            for &locale in locales.iter().skip(1) {
                write_localized_lookup(out, locale);
            }
            writeln!(out, "\n{prototype} {{\n    switch (locale) {{").unwrap();
            for &locale in locales.iter().skip(1) {
                writeln!(out, "    case {locale}:\n        return user_message_{locale}_of(code);").unwrap();
            }
            out.push_str("    default:\n        return user_message_of(code);\n    }\n}\n");
        }
        other => unreachable!("no hand-written peer for {other}"),
    }
}

/// A C string literal. Catalog texts are printable ASCII, for which Rust's
/// debug quoting (escaping only `"` and `\`) is also valid C.
fn literal(text: &str) -> String {
    assert!(text.bytes().all(|byte| (0x20..=0x7E).contains(&byte)), "not printable ASCII: {text}");
    format!("{text:?}")
}

/// A C string literal of a localised message, in UTF-8 as GCC and Clang
/// read their sources by default; only `"` and `\` need escaping, as the
/// messages hold no control character.
fn utf8_literal(text: &str) -> String {
    assert!(!text.chars().any(char::is_control), "a control character in {text:?}");
    let mut out = String::from("\"");
    for character in text.chars() {
        if matches!(character, '"' | '\\') {
            out.push('\\');
        }
        out.push(character);
    }
    out.push('"');
    out
}

/// `user_message_<locale>_of`: the messages of one language as a switch
/// over the documented codes that differ from their category's message,
/// then the category's message by the range rule. The texts are the
/// library's own answers (which the tests compare with the PO files).
fn write_localized_lookup(out: &mut String, locale: u32) {
    writeln!(out, "\nstatic inline const char *user_message_{locale}_of(int32_t code) {{").unwrap();
    let category_message = |category: KeylessErrorCategory| {
        let representative = category_ranges().into_iter().find(|(_, c)| *c == category).map(|(start, _)| start).unwrap();
        // The first code of the range may be documented: take an undocumented one.
        let mut code = representative;
        while keyless_errors::ffi::keyless_error_is_known(code) {
            code += 1;
        }
        utf8_literal(&localized_message(code, locale))
    };
    write_switch_and_fallback(out, |code, _| utf8_literal(&localized_message(code, locale)), category_message);
    out.push_str("}\n");
}

fn category_constant(category: KeylessErrorCategory) -> String {
    format!("PEER_ERROR_CATEGORY_{}", category.name())
}

fn action_constant(action: KeylessErrorAction) -> String {
    format!("PEER_ERROR_ACTION_{}", action.name())
}

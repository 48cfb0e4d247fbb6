//! The Swift binding's generated files, from the Rust catalog and enums.
//! Owned by the Swift binding (bindings/swift); see its README.
//!
//! The binding answers every question through the C library at run time, so
//! only what Swift code needs at compile time is generated:
//! - the catalog file: one `KeylessError.Code` constant per documented code
//!   (and its `KeylessError` shorthand, as `URLError` has), with the title and
//!   meaning as its doc comment for Xcode's Quick Help; the `Category` and
//!   `Action` enums with the C values as raw values, and the range rule that
//!   gives every code its category (a fact of the catalog's shape, like the
//!   enum; no per-code data); and the binding's version, from Cargo.toml;
//! - the peer: what an app developer would hand-write instead of depending on
//!   the binding, a `switch` of literals per property, which
//!   `make -C bindings/swift check-instructions` and `bench-peers` measure the
//!   binding against.

use std::fmt::Write;

use keyless_errors::catalog::{Entry, documented_entries, undocumented};
use keyless_errors::{KeylessErrorAction, KeylessErrorCategory};

use super::{
    ACTION_SOURCE, CATEGORY_SOURCE, carried_locales, category_ranges, locale_tag, localized_message, variant_doc, wrap,
};

/// Where the generated Swift files live, relative to the repository root.
pub const SWIFT_CODES_PATH: &str = "bindings/swift/Sources/KeylessErrors/KeylessError+Catalog.swift";
pub const SWIFT_PEER_PATH: &str = "bindings/swift/Sources/KeylessErrorsBenchmark/Peer.swift";

/// Width that generated doc comments are wrapped to, `///` included.
const DOC_WIDTH: usize = 100;

pub fn swift_codes() -> String {
    let mut out = String::new();
    out.push_str(
        "// Generated from Cargo.toml, src/catalog.rs, src/category.rs and src/action.rs by tests/codegen/swift.rs;\n",
    );
    out.push_str("// do not edit. Regenerate with `make regenerate` at the repository root.\n");
    out.push_str("//\n");
    out.push_str("// Only what Swift code needs at compile time: the code constants (their doc comments repeat the\n");
    out.push_str("// catalog's titles and meanings for Xcode's Quick Help), the enums with the category's range rule,\n");
    out.push_str("// and the version. Every other answer comes from the C library at run time (Catalog.swift).\n\n");
    out.push_str(
        "/// The version of this Swift binding, such as `\"0.3.0\"`: the keyless-errors release it belongs to.\n",
    );
    out.push_str("/// Write it qualified, `KeylessErrors.VERSION`. ``libraryVersion`` is the loaded C library's.\n");
    writeln!(out, "public let VERSION = \"{}\"", env!("CARGO_PKG_VERSION")).unwrap();

    write_code_constants(&mut out);
    write_error_shorthands(&mut out);
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
        writeln!(
            out,
            "    public static var {}: Code {{ .{member} }}",
            swift_identifier(&member)
        )
        .unwrap();
    }
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
        writeln!(
            out,
            "        case {} = {}",
            swift_identifier(&lower_first(&variant)),
            category as u32
        )
        .unwrap();
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
    write_range_rule(out);
    out.push('\n');
    write_doc(
        out,
        "        ",
        &[
            "A code of this category that the catalog does not document. The binding asks the C library \
             about it for the category's general guidance, which every undocumented code of the category \
             shares.",
        ],
    );
    out.push_str("        var undocumentedSample: Int32 {\n");
    out.push_str("            switch self {\n");
    for category in KeylessErrorCategory::all() {
        writeln!(
            out,
            "            case .{}: {}",
            lower_first(&format!("{category:?}")),
            swift_number(undocumented_sample(category))
        )
        .unwrap();
    }
    out.push_str("            }\n");
    out.push_str("        }\n");
    out.push_str("    }\n");
    out.push_str("}\n");
}

/// The range rule of `KeylessErrorCategory::of` (from [`category_ranges`], which checks it against
/// the library's own rule at every bound), as the category's `init(code:)`: an `if` chain of
/// compares that the compiler inlines into every lookup that needs a category, where a call to
/// `keyless_error_category_id` would cost its call, return and value conversion. Also the ranges'
/// first codes, for the tests, which compare the rule with the C library on both sides of each.
fn write_range_rule(out: &mut String) {
    let ranges = category_ranges();
    out.push('\n');
    write_doc(
        out,
        "        ",
        &[
            "The first code of each range of the range rule, ascending, from `Int32.min`: every code of a \
             range, up to the next one's first code, has the range's category. For the tests, which \
             compare ``init(code:)`` with the C library on both sides of every bound.",
        ],
    );
    let starts: Vec<String> = ranges
        .iter()
        .map(|(start, _)| if *start == i32::MIN { "Int32.min".to_string() } else { swift_number(*start) })
        .collect();
    writeln!(out, "        static var rangeStarts: [Int32] {{ [{}] }}", starts.join(", ")).unwrap();
    out.push('\n');
    write_doc(
        out,
        "        ",
        &[
            "The category of any code, by the range rule of the library (generated from the Rust \
             `KeylessErrorCategory::of`): what `keyless_error_category_id` answers, as a few compares \
             inline instead of a call.",
        ],
    );
    out.push_str("        @inlinable @inline(__always)\n");
    out.push_str("        init(code: Int32) {\n");
    for (index, (_, category)) in ranges.iter().enumerate() {
        let case = lower_first(&format!("{category:?}"));
        match (index, ranges.get(index + 1)) {
            (0, Some((next, _))) => writeln!(out, "            if code < {} {{", swift_number(*next)).unwrap(),
            (_, Some((next, _))) => writeln!(out, "            }} else if code < {} {{", swift_number(*next)).unwrap(),
            (0, None) => {
                writeln!(out, "            self = .{case}\n        }}").unwrap();
                return;
            }
            (_, None) => writeln!(out, "            }} else {{").unwrap(),
        }
        writeln!(out, "                self = .{case}").unwrap();
    }
    out.push_str("            }\n");
    out.push_str("        }\n");
}

/// The first undocumented code of `category`'s first range of codes, counting
/// the negative range from -1: a stable sample of the category's codes that the
/// catalog does not document.
fn undocumented_sample(category: KeylessErrorCategory) -> i32 {
    let (start, _) = category_ranges()
        .into_iter()
        .find(|(_, range)| *range == category)
        .expect("every category has a range of codes");
    let mut code = start.max(-1);
    while keyless_errors::catalog::documented(code).is_some() {
        code += 1;
    }
    assert_eq!(KeylessErrorCategory::of(code), category, "no undocumented code in the first run of {category:?}");
    code
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
        writeln!(
            out,
            "        case {} = {}",
            swift_identifier(&lower_first(&variant)),
            action as u32
        )
        .unwrap();
    }
    write_c_value_init(out, &KeylessErrorAction::all().map(|a| (a as u32, format!("{a:?}"))), "None");
    out.push_str("    }\n");
    out.push_str("}\n");
}

/// `init(cValue:)`: the case of a value of the C enum, total over `UInt32`, for the values the C
/// library returns; a value with no case (from a newer library) becomes `fallback`. The `switch` of
/// consecutive values compiles to a range check, which `init?(rawValue:)` of another module does not
/// (the compiler may not inline it).
fn write_c_value_init(out: &mut String, cases: &[(u32, String)], fallback: &str) {
    out.push('\n');
    write_doc(
        out,
        "        ",
        &[&format!(
            "The case of a value of the C enum; a value this binding has no case for (from a newer C \
             library) is ``{}``.",
            lower_first(fallback)
        )],
    );
    out.push_str("        @inlinable @inline(__always)\n");
    out.push_str("        init(cValue: UInt32) {\n");
    out.push_str("            switch cValue {\n");
    for (value, variant) in cases {
        writeln!(out, "            case {value}: self = .{}", lower_first(variant)).unwrap();
    }
    writeln!(out, "            default: self = .{}", lower_first(fallback)).unwrap();
    out.push_str("            }\n");
    out.push_str("        }\n");
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
    paragraphs.push(String::new());
    paragraphs.push(format!(
        "Shared code: {} `{}`.",
        entry.shared_code,
        entry.shared_name.as_str()
    ));
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

/// One answer of the catalog about a code, as the peer's Swift source: a literal.
struct Property {
    /// The Swift name, as the public property of `KeylessError`.
    name: &'static str,
    swift_type: &'static str,
    /// The literal for an entry; `documented` tells a code's own entry from a
    /// category's general guidance.
    literal: fn(entry: &Entry, documented: bool) -> String,
}

/// Every answer that follows from the entry alone. `category` follows from
/// the code's range and `description` includes the code, so both are
/// written separately.
const PROPERTIES: &[Property] = &[
    Property {
        name: "name",
        swift_type: "String",
        literal: |entry, _| swift_string(entry.name.as_str()),
    },
    Property {
        name: "title",
        swift_type: "String",
        literal: |entry, _| swift_string(entry.title.as_str()),
    },
    Property {
        name: "meaning",
        swift_type: "String",
        literal: |entry, _| swift_string(entry.description.as_str()),
    },
    Property {
        name: "advice",
        swift_type: "String",
        literal: |entry, _| swift_string(entry.advice.as_str()),
    },
    Property {
        name: "userMessage",
        swift_type: "String",
        literal: |entry, _| swift_string(entry.user_message.as_str()),
    },
    Property {
        name: "note",
        swift_type: "String",
        literal: |entry, _| swift_string(entry.note.as_str()),
    },
    Property {
        name: "action",
        swift_type: "KeylessError.Action",
        literal: |entry, _| format!(".{}", lower_first(&format!("{:?}", entry.action))),
    },
    Property {
        name: "isKnown",
        swift_type: "Bool",
        literal: |_, documented| documented.to_string(),
    },
    Property {
        name: "isRetryable",
        swift_type: "Bool",
        literal: |entry, _| entry.action.is_retryable().to_string(),
    },
    Property {
        name: "isDeprecated",
        swift_type: "Bool",
        literal: |entry, _| entry.deprecated.to_string(),
    },
    Property {
        name: "replacedBy",
        swift_type: "Int32?",
        literal: |entry, _| {
            entry
                .replaced_by
                .map_or_else(|| "nil".to_string(), |code| code.to_string())
        },
    },
    Property {
        name: "sharedCode",
        swift_type: "Int32",
        literal: |entry, _| entry.shared_code.to_string(),
    },
    Property {
        name: "sharedName",
        swift_type: "String",
        literal: |entry, _| swift_string(entry.shared_name.as_str()),
    },
];

/// The peer's name for a property: `userMessage` -> `peerUserMessage`.
fn peer_function(property: &str) -> String {
    format!("peer{}", upper_first(property))
}

/// `switch code { case 507, 512: literal … default: fallback }`, the cases
/// with equal literals merged, in the order of their first code.
fn write_switch(out: &mut String, property: &Property, cases: &[(i32, String)], fallback: &[String]) {
    writeln!(
        out,
        "func {}(_ code: Int32) -> {} {{",
        peer_function(property.name),
        property.swift_type
    )
    .unwrap();
    writeln!(out, "    switch code {{").unwrap();
    let mut groups: Vec<(Vec<i32>, &str)> = Vec::new();
    for (code, literal) in cases {
        match groups.iter_mut().find(|(_, existing)| *existing == literal.as_str()) {
            Some((codes, _)) => codes.push(*code),
            None => groups.push((vec![*code], literal)),
        }
    }
    for (codes, literal) in groups {
        let list: Vec<String> = codes.iter().map(|code| code.to_string()).collect();
        writeln!(out, "    case {}: {literal}", list.join(", ")).unwrap();
    }
    match fallback {
        [only] => writeln!(out, "    default: {only}").unwrap(),
        lines => {
            writeln!(out, "    default:").unwrap();
            for line in lines {
                writeln!(out, "        {line}").unwrap();
            }
        }
    }
    writeln!(out, "    }}").unwrap();
    writeln!(out, "}}").unwrap();
}

/// The default branch of a property, as lines: one literal when every
/// category's general guidance agrees, else a `switch` on the category.
fn fallback(property: &Property) -> Vec<String> {
    let literals: Vec<(KeylessErrorCategory, String)> = KeylessErrorCategory::all()
        .into_iter()
        .map(|category| (category, (property.literal)(undocumented(category), false)))
        .collect();
    if literals.iter().all(|(_, literal)| *literal == literals[0].1) {
        return vec![literals[0].1.clone()];
    }
    let mut lines = vec![format!("switch {}(code) {{", peer_function("category"))];
    for (category, literal) in &literals {
        lines.push(format!("case .{}: {literal}", lower_first(&format!("{category:?}"))));
    }
    lines.push("}".to_string());
    lines
}

/// The peer's category function: `switch code { case A..<B: .x … default: .y }`.
fn write_category_function(out: &mut String) {
    writeln!(
        out,
        "func {}(_ code: Int32) -> KeylessError.Category {{",
        peer_function("category")
    )
    .unwrap();
    writeln!(out, "    switch code {{").unwrap();
    let ranges = category_ranges();
    for (index, (start, category)) in ranges.iter().enumerate() {
        let case = format!(".{}", lower_first(&format!("{category:?}")));
        match ranges.get(index + 1) {
            Some((next, _)) => {
                let low = if *start == i32::MIN {
                    "Int32.min".to_string()
                } else {
                    swift_number(*start)
                };
                writeln!(out, "    case {low}..<{}: {case}", swift_number(*next)).unwrap();
            }
            None => writeln!(out, "    default: {case}").unwrap(),
        }
    }
    writeln!(out, "    }}").unwrap();
    writeln!(out, "}}").unwrap();
}

/// `-1`, `0`, `19_999`: Swift literals as the hand-written code would spell them.
fn swift_number(value: i32) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push('_');
        }
        grouped.push(digit);
    }
    if value < 0 { format!("-{grouped}") } else { grouped }
}

/// The `keyless_error_format` line of a code, from the library's own writer.
fn format_line(code: i32) -> String {
    let mut buffer = [0u8; 512];
    let length = keyless_errors::line::write_line(code, &mut buffer);
    assert!(
        length < buffer.len(),
        "the line of {code} is longer than the generator's buffer"
    );
    String::from_utf8(buffer[..length].to_vec()).expect("ASCII line")
}

/// Every property's literal for every documented code.
fn documented_literals(property: &Property) -> Vec<(i32, String)> {
    documented_entries()
        .map(|(code, entry)| (code, (property.literal)(entry, true)))
        .collect()
}

/// The peer: what an app developer would hand-write instead of the library,
/// a `switch` returning literals per property, with the same answers.
pub fn swift_peer() -> String {
    let mut out = String::new();
    out.push_str("// Generated from src/catalog.rs and the translations (l10n/) by tests/codegen/swift.rs; do not\n");
    out.push_str("// edit. Regenerate with `make regenerate` at the repository root.\n//\n");
    out.push_str("// The peer of `make bench-peers`: the code an app developer would write instead of depending on\n");
    out.push_str(
        "// KeylessErrors, a `switch` of literals per property, with the library's answers. It lives in the\n",
    );
    out.push_str("// benchmark's module, as it would in the app's; it returns the library's enums, so that both\n");
    out.push_str("// sides return the same types. The localised messages come last: a `switch` over the codes per\n");
    out.push_str("// language, behind a `switch` on the language.\n\n");
    out.push_str("import KeylessErrors\n\n");
    write_category_function(&mut out);
    for property in PROPERTIES {
        out.push('\n');
        write_switch(&mut out, property, &documented_literals(property), &fallback(property));
    }
    out.push('\n');
    let lines: Vec<(i32, String)> = documented_entries()
        .map(|(code, _)| (code, swift_string(&format_line(code))))
        .collect();
    let undocumented_line = format!(
        "\"\\(code) {} (\\(peerCategoryName(code))): \\(peerTitle(code))\"",
        undocumented(KeylessErrorCategory::Unknown).name.as_str()
    );
    let description = Property {
        name: "description",
        swift_type: "String",
        literal: |_, _| unreachable!(),
    };
    write_switch(&mut out, &description, &lines, &[undocumented_line]);
    out.push_str("\nfunc peerCategoryName(_ code: Int32) -> String {\n    switch peerCategory(code) {\n");
    for category in KeylessErrorCategory::all() {
        writeln!(
            out,
            "    case .{}: \"{}\"",
            lower_first(&format!("{category:?}")),
            category.label().as_str()
        )
        .unwrap();
    }
    out.push_str("    }\n}\n");
    write_localized_peer(&mut out);
    out
}

/// The localised end-user messages as an app developer would hand-write them: the language from
/// the locale's identifier by a `switch` over the tags the library carries (the canonical tag and
/// its `_` spelling), then one `switch` over the codes per language, as `peerUserMessage` is for
/// English. The texts are the library's own answers.
fn write_localized_peer(out: &mut String) {
    let locales = carried_locales();
    out.push_str("\nfunc peerLocale(_ identifier: String) -> UInt32 {\n    switch identifier {\n");
    for &locale in locales.iter().skip(1) {
        let tag = locale_tag(locale);
        let underscored = tag.replace('-', "_");
        if underscored == tag {
            writeln!(out, "    case {}: {locale}", swift_text(&tag)).unwrap();
        } else {
            writeln!(out, "    case {}, {}: {locale}", swift_text(&tag), swift_text(&underscored)).unwrap();
        }
    }
    out.push_str("    default: 0\n    }\n}\n");
    out.push_str("\nfunc peerUserMessage(_ code: Int32, locale: UInt32) -> String {\n    switch locale {\n");
    for &locale in locales.iter().skip(1) {
        writeln!(out, "    case {locale}: peerUserMessage{locale}(code)").unwrap();
    }
    out.push_str("    default: peerUserMessage(code)\n    }\n}\n");
    for &locale in locales.iter().skip(1) {
        let property = Property {
            name: "userMessage",
            swift_type: "String",
            literal: |_, _| unreachable!(),
        };
        let cases: Vec<(i32, String)> = documented_entries()
            .map(|(code, _)| (code, swift_text(&localized_message(code, locale))))
            .collect();
        let categories: Vec<(KeylessErrorCategory, String)> = KeylessErrorCategory::all()
            .into_iter()
            .map(|category| (category, swift_text(&localized_message(undocumented_sample(category), locale))))
            .collect();
        let fallback = if categories.iter().all(|(_, text)| *text == categories[0].1) {
            vec![categories[0].1.clone()]
        } else {
            let mut lines = vec![format!("switch {}(code) {{", peer_function("category"))];
            for (category, text) in &categories {
                lines.push(format!("case .{}: {text}", lower_first(&format!("{category:?}"))));
            }
            lines.push("}".to_string());
            lines
        };
        out.push('\n');
        let mut function = String::new();
        write_switch(&mut function, &property, &cases, &fallback);
        out.push_str(&function.replacen("func peerUserMessage(", &format!("func peerUserMessage{locale}("), 1));
    }
}

/// A Swift string literal of any text without control characters (Swift sources are UTF-8):
/// only `\` and `"` need escaping.
fn swift_text(text: &str) -> String {
    assert!(!text.chars().any(char::is_control), "a control character in {text:?}");
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A Swift string literal; the catalog is ASCII, so only `\` and `"` need escaping.
fn swift_string(text: &str) -> String {
    assert!(text.is_ascii(), "catalog text is not ASCII: {text}");
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// `userMessage` -> `UserMessage`.
fn upper_first(name: &str) -> String {
    let mut characters = name.chars();
    match characters.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + characters.as_str(),
        None => String::new(),
    }
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
    "Any",
    "Self",
    "as",
    "associatedtype",
    "break",
    "case",
    "catch",
    "class",
    "continue",
    "default",
    "defer",
    "deinit",
    "do",
    "else",
    "enum",
    "extension",
    "fallthrough",
    "false",
    "fileprivate",
    "for",
    "func",
    "guard",
    "if",
    "import",
    "in",
    "init",
    "inout",
    "internal",
    "is",
    "let",
    "nil",
    "open",
    "operator",
    "private",
    "precedencegroup",
    "protocol",
    "public",
    "repeat",
    "rethrows",
    "return",
    "self",
    "static",
    "struct",
    "subscript",
    "super",
    "switch",
    "throw",
    "throws",
    "true",
    "try",
    "typealias",
    "var",
    "where",
    "while",
];

/// `name`, in backticks when it is a Swift keyword.
fn swift_identifier(name: &str) -> String {
    if SWIFT_KEYWORDS.contains(&name) {
        format!("`{name}`")
    } else {
        name.to_string()
    }
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
    fn numbers_are_grouped_like_hand_written_swift() {
        assert_eq!(swift_number(0), "0");
        assert_eq!(swift_number(-1), "-1");
        assert_eq!(swift_number(19_999), "19_999");
        assert_eq!(swift_number(1_000_000), "1_000_000");
        assert_eq!(swift_number(-30_004), "-30_004");
    }

    #[test]
    fn swift_strings_escape_quotes_and_backslashes() {
        assert_eq!(swift_string(r#"a "b" \ c"#), r#""a \"b\" \\ c""#);
    }
}

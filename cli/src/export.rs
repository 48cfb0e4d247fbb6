//! `export --format json|csv|md`: the whole catalog.
//!
//! - JSON: one document, versioned by [`SCHEMA_VERSION`] and described field
//!   by field in docs/export-schema.md (a test holds the two together).
//! - CSV: RFC 4180 (CRLF line ends, fields quoted when needed), one row per
//!   documented code, for spreadsheets.
//! - Markdown: docs/error-codes.md, the reference committed in the
//!   repository (a test fails when the committed copy is stale).

use std::fmt::Write;

use keyless_errors::KeylessErrorCategory;
use keyless_errors::catalog;

use crate::codes::{self, Code, Locale};
use crate::json::Json;
use crate::render;

/// Version of the JSON export's layout. Raise it when a field is removed,
/// renamed or changes type (adding a field does not break readers).
pub const SCHEMA_VERSION: i32 = 1;
/// The schema's name, as the document records it.
pub const SCHEMA_NAME: &str = "keyless-errors-export";
/// The command that rewrites the committed Markdown reference.
pub const REGENERATE_COMMAND: &str = "make regenerate";

/// The JSON export. `locales` are the languages whose user messages it carries.
pub fn json(locales: &[Locale]) -> String {
    let codes: Vec<Json> = codes::documented()
        .map(|code| render::code_json(&code, Locale::ENGLISH).with("user_messages", user_messages(code.code, locales)))
        .collect();
    let undocumented: Vec<Json> = KeylessErrorCategory::all()
        .into_iter()
        .map(|category| {
            let example = Code::of(example_code(category));
            let entry = example.entry;
            Json::object()
                .with("category", category.label().as_str())
                .with("name", entry.name.as_str())
                .with("title", entry.title.as_str())
                .with("description", entry.description.as_str())
                .with("advice", entry.advice.as_str())
                .with("user_message", Locale::ENGLISH.user_message(example.code))
                .with("user_messages", user_messages(example.code, locales))
                .with("action", example.action_name())
                .with("retryable", example.retryable())
                .with("shared_code", entry.shared_code)
                .with("shared_name", entry.shared_name.as_str())
                .with("reference", example.reference())
        })
        .collect();
    Json::object()
        .with("schema", SCHEMA_NAME)
        .with("schema_version", SCHEMA_VERSION)
        .with("catalog_version", codes::catalog_version())
        .with("generator", format!("keyless-errors {}", env!("CARGO_PKG_VERSION")))
        .with("locales", locales.iter().map(|locale| locale.tag).collect::<Vec<_>>())
        .with(
            "shared_fallback",
            Json::object().with("code", catalog::SHARED_FALLBACK_CODE).with("name", catalog::SHARED_FALLBACK_NAME.as_str()),
        )
        .with("codes", codes)
        .with("undocumented", undocumented)
        .pretty()
}

fn user_messages(code: i32, locales: &[Locale]) -> Json {
    let mut messages = Json::object();
    for locale in locales {
        messages.push(locale.tag, locale.user_message(code));
    }
    messages
}

/// A code of `category` that nobody documented, to ask the library for that
/// category's guidance (the library answers by code, not by category).
pub fn example_code(category: KeylessErrorCategory) -> i32 {
    // The first one from -1 upwards; no more than the width of a category away.
    std::iter::once(-1)
        .chain(0..=i32::MAX)
        .find(|&code| KeylessErrorCategory::of(code) == category && catalog::documented(code).is_none())
        .expect("every category has undocumented codes")
}

/// The CSV export: a header row, then one row per documented code; the user
/// message in English, then one column per other language in `locales`.
pub fn csv(locales: &[Locale]) -> String {
    let mut header: Vec<String> = [
        "code", "hex", "name", "category", "title", "description", "advice", "user_message", "action", "retryable",
        "deprecated", "replaced_by", "note", "shared_code", "shared_name", "source", "reference",
    ]
    .map(String::from)
    .to_vec();
    let others: Vec<&Locale> = locales.iter().filter(|locale| **locale != Locale::ENGLISH).collect();
    header.extend(others.iter().map(|locale| format!("user_message_{}", locale.tag)));
    let mut out = String::new();
    csv_row(&mut out, &header);
    for code in codes::documented() {
        let entry = code.entry;
        let mut row = vec![
            code.code.to_string(),
            code.hex(),
            entry.name.as_str().to_string(),
            code.category_label().to_string(),
            entry.title.as_str().to_string(),
            entry.description.as_str().to_string(),
            entry.advice.as_str().to_string(),
            Locale::ENGLISH.user_message(code.code).to_string(),
            code.action_name(),
            code.retryable().to_string(),
            entry.deprecated.to_string(),
            entry.replaced_by.map(|successor| successor.to_string()).unwrap_or_default(),
            entry.note.as_str().to_string(),
            entry.shared_code.to_string(),
            entry.shared_name.as_str().to_string(),
            code.source().unwrap_or_default().to_string(),
            code.reference(),
        ];
        row.extend(others.iter().map(|locale| locale.user_message(code.code).to_string()));
        csv_row(&mut out, &row);
    }
    out
}

fn csv_row(out: &mut String, cells: &[String]) {
    for (index, cell) in cells.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

/// `docs/error-codes.md`: the human reference of every documented code.
pub fn markdown() -> String {
    let mut out = String::new();
    out.push_str("<!-- Generated from src/catalog.rs by `keyless-errors export --format md`; do not edit. Regenerate with `make regenerate`. -->\n");
    out.push_str("# Keyless SDK error codes\n\n");
    out.push_str("Every code the library documents, with what it means and what to do. ");
    out.push_str("Codes not listed here still get an answer: the guidance of their category, at the end.\n\n");

    out.push_str("Facts come from three public documents, named per code below: the SDK's error-handling page, ");
    out.push_str("the mobile SDK guide's \"User and device management\" page, and the shared cross-platform error model 6.0.0. ");
    out.push_str("The wording is this library's own.\n\n");
    out.push_str("**Native and shared codes.** The mobile SDK reports *native* codes, the ones listed here. ");
    out.push_str("The web, Android and iOS SDKs also agree on a *shared* model with numbers of its own ");
    out.push_str("(`keyless_error_shared_code`, `keyless_error_shared_name`); every native code without a row in it maps to ");
    out.push_str(&format!("{} `{}`. ", catalog::SHARED_FALLBACK_CODE, catalog::SHARED_FALLBACK_NAME.as_str()));
    out.push_str("The numberings overlap: shared 1004 is `SDK_STORAGE_FAILED` (native 10005), native 1004 is `NET_CONNECTION_FAILED`.\n\n");
    out.push_str("The model also has codes for the web SDK alone (WebAssembly, a missing or unsupported camera, server errors), ");
    out.push_str("which no native code maps to.\n\n");
    out.push_str("**Where an app gets the code.** The SDK's error types are `KeylessSdkError` on Android and `KeylessSDKError` on iOS, ");
    out.push_str("each with a `code` and a `message`. The message is written for developers, not for end users: show the user message below instead. ");
    out.push_str("Older revisions of the error-handling page matched typed Android errors (`KeylessUserError.FaceNotMatching`, `.MaskDetected`, ");
    out.push_str("`.Spoofing`, `.Timeout`, `.UserCancelled`, `.NoNetworkConnection`) and fell back to `result.error.code` and the error's message; ");
    out.push_str("the numeric code is what this library takes.\n\n");
    out.push_str("From a shell, `keyless-errors explain <code>` prints a code's section, and `keyless-errors annotate` ");
    out.push_str("explains the codes in a log; each section below has the anchor `#code-<code>`.\n\n");
    out.push_str("| code | name | category | title | action | retryable | status | shared code |\n");
    out.push_str("|---:|---|---|---|---|---|---|---|\n");
    for code in codes::documented() {
        let entry = code.entry;
        writeln!(
            out,
            "| [{}](#{}) | `{}` | {} | {} | `{}` | {} | {} | {} `{}` |",
            code.code,
            code.anchor(),
            entry.name.as_str(),
            code.category_label(),
            entry.title.as_str(),
            action_constant(&code),
            yes_no(code.retryable()),
            code.status(),
            entry.shared_code,
            entry.shared_name.as_str(),
        )
        .unwrap();
    }

    for code in codes::documented() {
        let entry = code.entry;
        writeln!(out, "\n<a id=\"{}\"></a>\n", code.anchor()).unwrap();
        writeln!(out, "## {} `{}`: {}\n", code.code, entry.name.as_str(), entry.title.as_str()).unwrap();
        writeln!(out, "- **Category:** {}", code.category_label()).unwrap();
        writeln!(out, "- **Meaning:** {}", entry.description.as_str()).unwrap();
        writeln!(out, "- **Advice:** {}", entry.advice.as_str()).unwrap();
        writeln!(out, "- **User message:** \"{}\"", entry.user_message.as_str()).unwrap();
        writeln!(out, "- **Action:** `{}` (retryable: {})", action_constant(&code), yes_no(code.retryable())).unwrap();
        if let Some(note) = code.note() {
            writeln!(out, "- **Note:** {note}").unwrap();
        }
        writeln!(out, "- **Shared model:** {} `{}`", entry.shared_code, entry.shared_name.as_str()).unwrap();
        let source = code.source().expect("every documented code names its source");
        writeln!(out, "- **Source:** {source}").unwrap();
    }

    out.push_str("\n## Codes nobody documented\n\n");
    out.push_str("Their name is `UNKNOWN`, they have no note, they are neither deprecated nor replaced, ");
    out.push_str(&format!(
        "and their shared code is the fallback {} `{}`.\n",
        catalog::SHARED_FALLBACK_CODE,
        catalog::SHARED_FALLBACK_NAME.as_str()
    ));
    for category in KeylessErrorCategory::all() {
        let code = Code::of(example_code(category));
        let entry = code.entry;
        writeln!(out, "\n<a id=\"{}\"></a>\n", codes::category_anchor(category)).unwrap();
        writeln!(out, "### {} codes: {}\n", category.label().as_str(), entry.title.as_str()).unwrap();
        writeln!(out, "- **Meaning:** {}", entry.description.as_str()).unwrap();
        writeln!(out, "- **Advice:** {}", entry.advice.as_str()).unwrap();
        writeln!(out, "- **User message:** \"{}\"", entry.user_message.as_str()).unwrap();
        writeln!(out, "- **Action:** `{}`", action_constant(&code)).unwrap();
    }
    out
}

fn action_constant(code: &Code) -> String {
    format!("KEYLESS_ERROR_ACTION_{}", code.action_name())
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_codes_are_undocumented_and_in_their_category() {
        for category in KeylessErrorCategory::all() {
            let code = example_code(category);
            assert_eq!(KeylessErrorCategory::of(code), category);
            assert!(catalog::documented(code).is_none());
            assert_eq!(catalog::entry(code), catalog::undocumented(category));
        }
    }

    #[test]
    fn csv_quotes_what_it_must() {
        let mut out = String::new();
        csv_row(&mut out, &["a".into(), "b,c".into(), "say \"hi\"".into(), "x\ny".into()]);
        assert_eq!(out, "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\r\n");
    }
}

//! `docs/error-codes.md`: the human reference of every documented code.

use std::fmt::Write;

use keyless_errors::catalog::{self, documented_entries};
use keyless_errors::KeylessErrorCategory;

use super::action_constant;

pub fn markdown_reference() -> String {
    let mut out = String::new();
    out.push_str("<!-- Generated from src/catalog.rs by tests/generated_files.rs; do not edit. Regenerate with `make regenerate`. -->\n");
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
    out.push_str("| code | name | category | title | action | retryable | status | shared code |\n");
    out.push_str("|---:|---|---|---|---|---|---|---|\n");
    for (code, entry) in documented_entries() {
        let status = match (entry.deprecated, entry.replaced_by) {
            (true, Some(successor)) => format!("deprecated, replaced by {successor}"),
            (true, None) => "deprecated".to_string(),
            (false, _) => "current".to_string(),
        };
        writeln!(
            out,
            "| {code} | `{}` | {} | {} | `{}` | {} | {status} | {} `{}` |",
            entry.name.as_str(),
            KeylessErrorCategory::of(code).label().as_str(),
            entry.title.as_str(),
            action_constant(entry.action),
            yes_no(entry.action.is_retryable()),
            entry.shared_code,
            entry.shared_name.as_str(),
        )
        .unwrap();
    }

    for (code, entry) in documented_entries() {
        writeln!(out, "\n## {code} `{}`: {}\n", entry.name.as_str(), entry.title.as_str()).unwrap();
        writeln!(out, "- **Category:** {}", KeylessErrorCategory::of(code).label().as_str()).unwrap();
        writeln!(out, "- **Meaning:** {}", entry.description.as_str()).unwrap();
        writeln!(out, "- **Advice:** {}", entry.advice.as_str()).unwrap();
        writeln!(out, "- **User message:** \"{}\"", entry.user_message.as_str()).unwrap();
        writeln!(out, "- **Action:** `{}` (retryable: {})", action_constant(entry.action), yes_no(entry.action.is_retryable())).unwrap();
        if !entry.note.is_empty() {
            writeln!(out, "- **Note:** {}", entry.note.as_str()).unwrap();
        }
        writeln!(out, "- **Shared model:** {} `{}`", entry.shared_code, entry.shared_name.as_str()).unwrap();
        let source = entry.source.expect("every documented code names its source");
        writeln!(out, "- **Source:** {}", source.title()).unwrap();
    }

    out.push_str("\n## Codes nobody documented\n\n");
    out.push_str("Their name is `UNKNOWN`, they have no note, they are neither deprecated nor replaced, ");
    out.push_str(&format!("and their shared code is the fallback {} `{}`.\n", catalog::SHARED_FALLBACK_CODE, catalog::SHARED_FALLBACK_NAME.as_str()));
    for category in KeylessErrorCategory::all() {
        let entry = catalog::undocumented(category);
        writeln!(out, "\n### {} codes: {}\n", category.label().as_str(), entry.title.as_str()).unwrap();
        writeln!(out, "- **Meaning:** {}", entry.description.as_str()).unwrap();
        writeln!(out, "- **Advice:** {}", entry.advice.as_str()).unwrap();
        writeln!(out, "- **User message:** \"{}\"", entry.user_message.as_str()).unwrap();
        writeln!(out, "- **Action:** `{}`", action_constant(entry.action)).unwrap();
    }
    out
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

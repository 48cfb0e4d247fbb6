//! The C ABI answers from compile-time tables (`src/lookup.rs`); the code
//! generators and the Rust API read the catalog's entries (`src/catalog.rs`).
//! Both derive from the same macro table; this checks that they agree, field
//! by field, for every documented code and for codes around every boundary.

mod common;

use common::c_text;
use keyless_errors::catalog;
use keyless_errors::ffi::*;

#[test]
fn every_field_through_the_c_abi_equals_the_catalog_entry() {
    let boundaries = [i32::MIN, -1, 0, 1, 19_999, 20_000, 20_003, 29_999, 30_000, 30_011, 39_999, 40_000, 40_003, 49_999, 50_000, i32::MAX];
    let samples = catalog::KNOWN_CODES.iter().copied().chain(boundaries).chain((-3..3).map(|k| k * 1_000_003));
    let mut checked = 0;
    for code in samples {
        let entry = catalog::entry(code);
        assert_eq!(c_text(keyless_error_name(code)), entry.name.as_str(), "name of {code}");
        assert_eq!(c_text(keyless_error_title(code)), entry.title.as_str(), "title of {code}");
        assert_eq!(c_text(keyless_error_description(code)), entry.description.as_str(), "description of {code}");
        assert_eq!(c_text(keyless_error_advice(code)), entry.advice.as_str(), "advice of {code}");
        assert_eq!(c_text(keyless_error_user_message(code)), entry.user_message.as_str(), "user message of {code}");
        assert_eq!(c_text(keyless_error_note(code)), entry.note.as_str(), "note of {code}");
        assert_eq!(c_text(keyless_error_shared_name(code)), entry.shared_name.as_str(), "shared name of {code}");
        assert_eq!(keyless_error_shared_code(code), entry.shared_code, "shared code of {code}");
        assert_eq!(keyless_error_action(code), entry.action, "action of {code}");
        assert_eq!(keyless_error_is_retryable(code), entry.action.is_retryable(), "retryable of {code}");
        assert_eq!(keyless_error_is_deprecated(code), entry.deprecated, "deprecation of {code}");
        assert_eq!(keyless_error_replaced_by(code), entry.replaced_by.unwrap_or(-1), "replacement of {code}");
        assert_eq!(keyless_error_is_known(code), catalog::documented(code).is_some(), "is_known of {code}");
        checked += 1;
    }
    assert_eq!(checked, catalog::KNOWN_CODES.len() + 16 + 6);
}

#[test]
fn equal_texts_are_stored_once() {
    // The blob keeps one copy of each distinct text: two documented codes
    // with the same user message get the very same pointer.
    let (a, b) = (30006, 40002);
    assert_eq!(c_text(keyless_error_user_message(a)), c_text(keyless_error_user_message(b)));
    assert_eq!(keyless_error_user_message(a), keyless_error_user_message(b));
}

//! Every one of the 2^32 `int32_t` codes, through every function of the C ABI.
//!
//! Runs in release builds only (`make test` runs `cargo test --release`): a
//! debug build would take many minutes. The work is split over the machine's
//! cores, and the expensive checks (ASCII, non-empty) run once per distinct
//! string: undocumented codes must return the very same static pointers as
//! their category's representative, so comparing pointers proves the rest.

mod common;

use std::ffi::c_char;
use std::thread;

use common::{STRING_FUNCTIONS, c_text, listed_codes};
use keyless_errors::ffi::*;
use keyless_errors::{KeylessErrorAction, KeylessErrorCategory};

/// The range rule, written independently of the library's own.
fn expected_category(code: i32) -> KeylessErrorCategory {
    if code < 0 {
        KeylessErrorCategory::Unknown
    } else if code < 20_000 {
        KeylessErrorCategory::Internal
    } else if code < 30_000 {
        KeylessErrorCategory::Integration
    } else if (40_000..50_000).contains(&code) {
        KeylessErrorCategory::AntiInject
    } else {
        KeylessErrorCategory::User
    }
}

/// What every undocumented code of one category must return, read once from
/// a representative code and validated fully.
#[derive(Clone, Copy)]
struct Fallback {
    strings: [*const c_char; 8],
    action: KeylessErrorAction,
    line_tail_length: usize,
    /// The category's localised message in each locale, by locale number.
    localized: [*const c_char; MAX_LOCALES],
}

/// More locale numbers than any build carries; each code is checked in one
/// of them, `code mod locale_count`, so all of them are covered many times.
const MAX_LOCALES: usize = 64;

fn locale_count() -> u32 {
    // SAFETY: NULL with capacity 0 only asks for the count.
    let count = unsafe { keyless_error_locales(std::ptr::null_mut(), 0) };
    assert!(count <= MAX_LOCALES, "raise MAX_LOCALES to {count}");
    count as u32
}

/// The locale a code is checked in during the sweep.
fn locale_for(code: i32, locale_count: u32) -> u32 {
    (code as u32) % locale_count
}
// SAFETY: the pointers are to static, immutable strings.
unsafe impl Send for Fallback {}
unsafe impl Sync for Fallback {}

impl Fallback {
    /// The category string, the first of `STRING_FUNCTIONS`.
    fn category_label(&self) -> *const c_char {
        self.strings[0]
    }
}

fn fallback_of(representative: i32) -> Fallback {
    assert_eq!(STRING_FUNCTIONS[0].0, "category", "category_label reads the first string");
    let strings = STRING_FUNCTIONS.map(|(_, function)| function(representative));
    for ((field, _), pointer) in STRING_FUNCTIONS.iter().zip(strings) {
        let text = c_text(pointer);
        assert!(*field == "note" || !text.is_empty(), "{field} of {representative} is empty");
    }
    assert_eq!(c_text(keyless_error_name(representative)), "UNKNOWN");
    assert_eq!(c_text(keyless_error_note(representative)), "");
    assert_eq!(c_text(keyless_error_shared_name(representative)), "SDK_ERROR");
    // The line is "<code> UNKNOWN (<category>): <title>"; everything after the
    // code has the same length for the whole category.
    let line_tail_length = " UNKNOWN (".len()
        + c_text(keyless_error_category(representative)).len()
        + "): ".len()
        + c_text(keyless_error_title(representative)).len();
    let mut localized = [std::ptr::null(); MAX_LOCALES];
    for (locale, slot) in localized.iter_mut().enumerate().take(locale_count() as usize) {
        *slot = keyless_error_user_message_localized(representative, locale as u32);
        assert!(!slot.is_null());
    }
    Fallback { strings, action: keyless_error_action(representative), line_tail_length, localized }
}

fn decimal_length(code: i32) -> usize {
    let sign = usize::from(code < 0);
    let mut magnitude = code.unsigned_abs();
    let mut digits = 1;
    while magnitude >= 10 {
        magnitude /= 10;
        digits += 1;
    }
    sign + digits
}

#[test]
#[cfg_attr(debug_assertions, ignore = "2^32 codes: run in release, as `make test` does")]
fn every_int32_code_keeps_every_invariant() {
    let known = listed_codes();
    // One representative undocumented code per category, in the order of the
    // category ids, so that `fallbacks[id]` is the category's answer.
    let fallbacks: Vec<Fallback> = [-1, 1, 20_003, 30_100, 40_100]
        .into_iter()
        .enumerate()
        .map(|(id, representative)| {
            assert_eq!(expected_category(representative) as usize, id);
            assert!(!known.contains(&representative));
            fallback_of(representative)
        })
        .collect();

    let workers = thread::available_parallelism().map_or(2, |n| n.get()) as i64;
    let span = (1i64 << 32) / workers + 1;
    let known_seen: u64 = thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                let start = i64::from(i32::MIN) + worker * span;
                let end = (start + span - 1).min(i64::from(i32::MAX));
                let (known, fallbacks) = (&known, &fallbacks);
                scope.spawn(move || sweep(start as i32, end as i32, known, fallbacks))
            })
            .collect();
        handles.into_iter().map(|handle| handle.join().expect("sweep thread")).sum()
    });
    assert_eq!(known_seen, known.len() as u64, "is_known must agree with keyless_error_codes");
}

/// Checks `start..=end`; returns how many codes `keyless_error_is_known` accepted.
fn sweep(start: i32, end: i32, known: &[i32], fallbacks: &[Fallback]) -> u64 {
    let mut known_seen = 0;
    let locales = locale_count();
    for code in start..=end {
        let category = keyless_error_category_id(code);
        assert_eq!(category, expected_category(code), "category of {code}");
        let fallback = &fallbacks[category as usize];
        // The category string is one static per category, documented or not.
        assert_eq!(keyless_error_category(code), fallback.category_label(), "category string of {code}");

        let is_known = keyless_error_is_known(code);
        assert_eq!(is_known, known.binary_search(&code).is_ok(), "is_known({code})");
        let action = keyless_error_action(code);
        assert_eq!(keyless_error_is_retryable(code), action.is_retryable(), "retryable({code})");
        // SAFETY: NULL with size 0 only measures the line.
        let line_length = unsafe { keyless_error_format(code, std::ptr::null_mut(), 0) };

        if is_known {
            known_seen += 1;
            for (field, function) in STRING_FUNCTIONS {
                let text = c_text(function(code));
                assert!(field == "note" || !text.is_empty(), "{field} of {code} is empty");
            }
            let expected = format!(
                "{code} {} ({}): {}",
                c_text(keyless_error_name(code)),
                c_text(keyless_error_category(code)),
                c_text(keyless_error_title(code))
            );
            assert_eq!(line_length, expected.len(), "format length of {code}");
            let shared_is_fallback = keyless_error_shared_code(code) == 1000;
            assert_eq!(shared_is_fallback, c_text(keyless_error_shared_name(code)) == "SDK_ERROR", "shared model of {code}");
            assert!(!keyless_error_user_message_localized(code, locale_for(code, locales)).is_null());
            continue;
        }

        for ((field, function), expected) in STRING_FUNCTIONS.iter().zip(fallback.strings) {
            assert_eq!(function(code), expected, "{field} of undocumented code {code}");
        }
        assert_eq!(action, fallback.action, "action of undocumented code {code}");
        assert_eq!(keyless_error_shared_code(code), 1000, "shared code of undocumented code {code}");
        assert!(!keyless_error_is_deprecated(code), "undocumented {code} is deprecated");
        assert_eq!(keyless_error_replaced_by(code), -1, "undocumented {code} has a replacement");
        assert_eq!(line_length, decimal_length(code) + fallback.line_tail_length, "format length of {code}");
        let locale = locale_for(code, locales);
        assert_eq!(
            keyless_error_user_message_localized(code, locale),
            fallback.localized[locale as usize],
            "localised message of undocumented code {code} in locale {locale}"
        );
    }
    known_seen
}

#[test]
fn decimal_length_is_right_at_the_extremes() {
    for code in [i32::MIN, -1_000_000_000, -10, -9, -1, 0, 9, 10, 99, 100, 1_000_000_000, i32::MAX] {
        assert_eq!(decimal_length(code), code.to_string().len(), "{code}");
    }
}

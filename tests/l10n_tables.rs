//! The localised messages as the C ABI answers them, against the
//! translators' files read here on their own (with the same PO reader as the
//! build, but none of the library's matching or tables), and the contract of
//! every localised string.

mod common;

use std::ffi::{CStr, CString, c_char};

use keyless_errors::ffi::{self, KeylessErrorLocale};
use keyless_errors::{KNOWN_CODES, KeylessErrorCategory};

#[path = "../l10n/po.rs"]
mod po;

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The locale numbers the library lists.
fn carried_locales() -> Vec<KeylessErrorLocale> {
    // SAFETY: NULL with capacity 0 only asks for the count.
    let count = unsafe { ffi::keyless_error_locales(std::ptr::null_mut(), 0) };
    let mut locales = vec![0; count];
    // SAFETY: `locales` has `count` elements.
    let reported = unsafe { ffi::keyless_error_locales(locales.as_mut_ptr(), locales.len()) };
    assert_eq!(reported, count);
    locales
}

fn tag(locale: KeylessErrorLocale) -> &'static str {
    common::c_text(ffi::keyless_error_locale_tag(locale))
}

fn resolve(preferences: &str) -> &'static str {
    let preferences = CString::new(preferences).unwrap();
    // SAFETY: a NUL-terminated string.
    tag(unsafe { ffi::keyless_error_locale(preferences.as_ptr()) })
}

/// A localised string, checked against the contract: not NULL, UTF-8, no
/// control character, nothing above U+FFFF.
fn localized_text(pointer: *const c_char) -> &'static str {
    assert!(!pointer.is_null(), "the C ABI returned NULL");
    // SAFETY: the library returns static NUL-terminated strings.
    let text = unsafe { CStr::from_ptr(pointer) }.to_str().expect("a localised message is not UTF-8");
    assert!(!text.is_empty());
    for character in text.chars() {
        assert!(!character.is_control(), "control character U+{:04X} in {text:?}", character as u32);
        assert!((character as u32) <= 0xFFFF, "U+{:X} above U+FFFF in {text:?}", character as u32);
    }
    text
}

/// The message key of a code, as the PO files write it.
fn key_of(code: i32) -> String {
    if KNOWN_CODES.contains(&code) {
        code.to_string()
    } else {
        format!("category:{}", KeylessErrorCategory::of(code).label().as_str())
    }
}

/// Codes that cover every row: each documented code, and undocumented codes
/// of every category, at the edges of their ranges.
fn sample_codes() -> Vec<i32> {
    let mut codes: Vec<i32> = KNOWN_CODES.to_vec();
    codes.extend([i32::MIN, -1, 0, 1, 19_999, 20_999, 29_999, 30_999, 39_999, 40_003, 49_999, 50_000, i32::MAX]);
    codes
}

#[test]
fn the_library_carries_every_language_of_linguas_in_order() {
    let linguas = po::read_linguas(&std::fs::read_to_string(root().join("l10n/LINGUAS")).unwrap());
    let carried = carried_locales();
    assert_eq!(carried.len(), linguas.len(), "a default build carries every language");
    for (number, expected) in linguas.iter().enumerate() {
        assert_eq!(carried[number], number as KeylessErrorLocale, "the numbers run from 0, in the order of LINGUAS");
        assert_eq!(tag(number as KeylessErrorLocale), expected);
        // Every tag resolves to itself, whatever its case and separator.
        assert_eq!(resolve(expected), expected);
        assert_eq!(resolve(&expected.to_ascii_uppercase().replace('-', "_")), expected);
    }
    assert_eq!(carried[0], ffi::KEYLESS_ERROR_LOCALE_EN);
    assert_eq!(tag(0), "en");
}

#[test]
fn every_message_is_the_translators_text_or_the_english_for_a_gap() {
    let linguas = po::read_linguas(&std::fs::read_to_string(root().join("l10n/LINGUAS")).unwrap());
    let mut translated = 0;
    for (number, language) in linguas.iter().enumerate().skip(1) {
        let text = std::fs::read_to_string(root().join(format!("l10n/{language}.po"))).unwrap();
        let file = po::parse_po(&text).unwrap();
        for code in sample_codes() {
            let english = common::c_text(ffi::keyless_error_user_message(code));
            let answer = localized_text(ffi::keyless_error_user_message_localized(code, number as KeylessErrorLocale));
            let expected = match file.entry(&key_of(code)) {
                Some(entry) if !entry.msgstr.is_empty() && !entry.is_fuzzy() && entry.msgid == english => {
                    translated += 1;
                    entry.msgstr.as_str()
                }
                _ => english,
            };
            assert_eq!(answer, expected, "{language}, code {code}");
        }
    }
    assert!(translated > 0, "no translation at all was found: the comparison proved nothing");
}

#[test]
fn english_and_unsupported_locales_answer_the_english_message() {
    let count = carried_locales().len() as u32;
    let not_locales = [count, count + 1, 255, 1 << 16, u32::MAX - 1, u32::MAX];
    for code in sample_codes() {
        let english = common::c_text(ffi::keyless_error_user_message(code));
        for locale in std::iter::once(0).chain(not_locales) {
            let answer = common::c_text(ffi::keyless_error_user_message_localized(code, locale));
            assert_eq!(answer, english, "code {code}, locale {locale}");
        }
    }
    for locale in not_locales {
        assert_eq!(tag(locale), "en");
    }
}

#[test]
fn the_locale_list_respects_its_capacity() {
    let all = carried_locales();
    for capacity in [0, 1, 2, all.len() - 1, all.len(), all.len() + 5] {
        let mut buffer = vec![u32::MAX; capacity + 2];
        // SAFETY: the buffer has capacity + 2 elements.
        let count = unsafe { ffi::keyless_error_locales(buffer.as_mut_ptr(), capacity) };
        assert_eq!(count, all.len());
        let written = capacity.min(all.len());
        assert_eq!(&buffer[..written], &all[..written]);
        assert!(buffer[written..].iter().all(|&untouched| untouched == u32::MAX), "wrote past the capacity");
    }
    // SAFETY: NULL is allowed with any capacity.
    assert_eq!(unsafe { ffi::keyless_error_locales(std::ptr::null_mut(), 99) }, all.len());
}

#[test]
fn the_size_budget_figure_counts_every_translated_language() {
    // The figure the size check sets its budget against: each carried
    // locale's distinct messages, so it must at least cover one message of
    // each, and cannot exceed all of their messages.
    let bytes = keyless_errors::l10n::TRANSLATED_BYTES;
    let locales = carried_locales().len() - 1;
    assert!(bytes > locales * 20, "{bytes} bytes for {locales} languages");
    assert!(bytes < locales * keyless_errors::l10n::MESSAGE_ROWS * 400);
    println!("TRANSLATED_BYTES={bytes}");
}

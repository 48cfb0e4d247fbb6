//! `keyless_error_locale` against the rules it promises: RFC 4647 Lookup over
//! an Accept-Language list, CLDR's inheritance and aliases for each range,
//! and `en` for everything else. The cases are written out by hand from
//! those documents; `make check-locale-oracle` adds every identifier CLDR
//! knows, through Babel.

mod common;

use std::ffi::CString;

use keyless_errors::ffi;

/// The tag `keyless_error_locale` picks for `preferences`.
fn pick(preferences: &str) -> &'static str {
    let preferences = CString::new(preferences).expect("no NUL inside");
    // SAFETY: a NUL-terminated string.
    let locale = unsafe { ffi::keyless_error_locale(preferences.as_ptr()) };
    common::c_text(ffi::keyless_error_locale_tag(locale))
}

#[track_caller]
fn assert_picks(cases: &[(&str, &str)]) {
    for (preferences, expected) in cases {
        assert_eq!(pick(preferences), *expected, "keyless_error_locale({preferences:?})");
    }
}

#[test]
fn cldr_parent_locales_decide_regional_variants() {
    assert_picks(&[
        ("es-MX", "es-419"),
        ("es-US", "es-419"),
        ("es-AR", "es-419"),
        ("es-419", "es-419"),
        ("es-ES", "es"),
        ("es-GQ", "es"), // not on CLDR's list of es_419 children
        ("pt", "pt-BR"),
        ("pt-BR", "pt-BR"),
        ("pt-AO", "pt-PT"),
        ("pt-MZ", "pt-PT"),
        ("pt-CH", "pt-PT"),
        ("pt-PT", "pt-PT"),
        ("fr-CA", "fr-CA"),
        ("fr-CH", "fr"),
        ("fr-BE", "fr"),
        ("en-GB", "en-GB"),
        ("en-AU", "en"), // en_AU inherits from en_001, then en: not en-GB
        ("en-IE", "en"),
        ("en-US", "en"),
    ]);
}

#[test]
fn chinese_follows_its_script_never_the_other_one() {
    assert_picks(&[
        ("zh", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("zh-SG", "zh-Hans"),
        ("zh-Hans", "zh-Hans"),
        ("zh-Hans-HK", "zh-Hans"), // an explicit script wins over the region
        ("zh-TW", "zh-Hant"),
        ("zh-Hant", "zh-Hant"),
        ("zh-Hant-TW", "zh-Hant"),
        ("zh-HK", "zh-HK"),
        ("zh-Hant-HK", "zh-HK"),
        ("zh-MO", "zh-HK"),
        ("zh-Hant-MO", "zh-HK"),
        ("zh-US", "zh-Hant"), // CLDR's likely script for Chinese in the US
        ("zh-Latn", "zh-Hans"),
        ("cmn-Hant-TW", "zh-Hant"),
        ("zh-yue", "en"), // an extended language subtag is the language: Cantonese
        ("yue-Hant-HK", "en"),
    ]);
}

#[test]
fn legacy_and_overlong_codes_are_replaced_first() {
    assert_picks(&[
        ("iw", "he"),
        ("iw-IL", "he"),
        ("in", "id"),
        ("tl", "fil"),
        ("tl-PH", "fil"),
        ("no", "nb"),
        ("no-NO", "nb"),
        ("nb-NO", "nb"),
        ("nn-NO", "nn"),
        ("mo", "ro"),
        ("deu", "de"),
        ("ger-AT", "de"),
        ("zho", "zh-Hans"),
        ("fre-CA", "fr-CA"),
        ("spa-MX", "es-419"),
    ]);
}

#[test]
fn neighbouring_languages_and_scripts_are_never_taken() {
    assert_picks(&[
        ("sr-Latn", "en"),
        ("sr", "en"),
        ("sh", "en"),
        ("bs", "en"),
        ("bs-Latn-BA", "en"),
        ("ms-Arab", "en"), // CLDR: ms_Arab's parent is the root, not ms
        ("ms-MY", "ms"),
        ("ms-ID", "ms"),
        ("id-ID", "id"),
        ("ca-ES-valencia", "ca"),
        ("gl", "en"), // Galician is not Portuguese nor Spanish
        ("und", "en"),
    ]);
}

#[test]
fn posix_locales_are_read_up_to_their_codeset_and_modifier() {
    assert_picks(&[
        ("it_IT.UTF-8@euro", "it"),
        ("de_DE.UTF-8", "de"),
        ("pt_BR.ISO-8859-1", "pt-BR"),
        ("zh_TW.Big5", "zh-Hant"),
        ("zh_CN.GB18030", "zh-Hans"),
        ("sr_RS@latin", "en"),
        ("nb_NO.utf8", "nb"),
        ("C", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
    ]);
}

#[test]
fn accept_language_lists_follow_q_values_then_order() {
    assert_picks(&[
        ("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "fr"),
        ("de;q=0.5, fr;q=0.9", "fr"),
        ("de;q=0.9, fr;q=0.9", "de"), // a tie keeps the order written
        ("xx, de;q=0.1", "de"),       // an unsupported range falls through
        ("de;q=0, fr;q=0.1", "fr"),   // q=0: not acceptable
        ("de;q=0.000", "en"),
        ("*", "en"),
        ("*, ja", "ja"), // the wildcard matches nothing in particular
        ("ja;q=1.000, ko", "ja"),
        ("ja;q=1.0001, ko", "ko"), // a malformed q-value drops its range only
        ("ja;q=2, ko", "ko"),
        ("ja;q=abc, ko", "ko"),
        ("ja;Q=0.5, ko;q=0.4", "ja"),
        ("  ko ;q=0.3 ,  th ; q=0.4 ", "th"),
        ("ja;level=1, ko;q=0.5", "ja"), // other parameters are ignored
        ("en-US,en;q=0.9", "en"),
        ("sr-Latn, hr;q=0.5", "hr"),
        (",,,", "en"),
        (";q=1", "en"),
    ]);
}

#[test]
fn any_input_gets_an_answer() {
    // NULL.
    // SAFETY: NULL is allowed.
    assert_eq!(unsafe { ffi::keyless_error_locale(std::ptr::null()) }, ffi::KEYLESS_ERROR_LOCALE_EN);
    assert_picks(&[
        ("", "en"),
        (" ", "en"),
        ("garbage!!", "en"),
        ("x-private", "en"),
        ("i-klingon", "en"),
        ("en-", "en"),
        ("-en", "en"),
        ("de--DE", "de"),
        ("toolonglanguage", "en"),
        ("de-DE-u-co-phonebk-x-private", "de"),
        ("\u{e9}\u{e8}", "en"),
        ("\t\r\n", "en"),
    ]);
    // One megabyte, with the only good range at the very end.
    let long = format!("{}, it;q=0.2", "x".repeat(1 << 20));
    assert_eq!(pick(&long), "it");
    let many = format!("{}ko;q=0.5", "zz;q=0.9, ".repeat(100_000));
    assert_eq!(pick(&many), "ko");
    // Every byte value but NUL, alone and around a good tag.
    for byte in 1u8..=255 {
        let odd = String::from_utf8_lossy(&[byte]).into_owned();
        pick(&odd);
        pick(&format!("{odd}de{odd}"));
    }
}

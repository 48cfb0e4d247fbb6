//! The languages of the user message, in every subcommand that shows it,
//! for whatever locales the library lists (`keyless_error_locales`): the
//! command must answer exactly what the library answers, before and after
//! translations are added.

mod common;

use std::ffi::CStr;

use keyless_errors::ffi;
use serde_json::Value;

/// (id, tag) of every locale the library carries.
fn library_locales() -> Vec<(u32, String)> {
    // SAFETY: NULL asks for the count; then a buffer of that many.
    let count = unsafe { ffi::keyless_error_locales(std::ptr::null_mut(), 0) };
    let mut ids = vec![0u32; count];
    // SAFETY: `ids` has room for `count` locales.
    unsafe { ffi::keyless_error_locales(ids.as_mut_ptr(), ids.len()) };
    ids.into_iter().map(|id| (id, text(ffi::keyless_error_locale_tag(id)))).collect()
}

fn text(pointer: *const std::ffi::c_char) -> String {
    // SAFETY: the library's strings are static and NUL-terminated.
    unsafe { CStr::from_ptr(pointer) }.to_str().expect("UTF-8").to_string()
}

fn message(code: i32, locale: u32) -> String {
    text(ffi::keyless_error_user_message_localized(code, locale))
}

fn json_lines(output: &str) -> Vec<Value> {
    output.lines().map(|line| serde_json::from_str(line).expect("valid JSON")).collect()
}

#[test]
fn explain_answers_in_every_language_the_library_carries() {
    let locales = library_locales();
    assert_eq!(locales[0].1, "en", "English comes first");
    for (id, tag) in &locales {
        // By tag, and as the second choice of an Accept-Language list whose first is not carried.
        for preferences in [tag.clone(), format!("x-none;q=0.9, {tag};q=0.5")] {
            let objects = json_lines(&common::stdout_of(&["explain", "--json", "30004", "99999", "--locale", &preferences], 1));
            for object in objects {
                let code = object["code"].as_i64().unwrap() as i32;
                assert_eq!(object["locale"], tag.as_str(), "--locale {preferences}");
                assert_eq!(object["user_message"], message(code, *id).as_str(), "{code} in {tag}");
            }
        }
        let block = common::stdout_of(&["explain", "30009", "--locale", tag], 0);
        assert!(block.contains(&format!("user message ({tag})")), "{block}");
        let first_word = message(30009, *id).split_whitespace().next().unwrap().to_string();
        assert!(block.contains(&first_word), "{tag}: {block}");
    }
}

#[test]
fn explain_resolves_preferences_as_the_library_does() {
    for preferences in ["it_IT.UTF-8@euro", "pt-AO", "zh-TW", "sr-Latn", "de-CH, fr;q=0.5", "*", "C", ""] {
        let c_preferences = std::ffi::CString::new(preferences).unwrap();
        // SAFETY: a NUL-terminated string.
        let expected = text(ffi::keyless_error_locale_tag(unsafe { ffi::keyless_error_locale(c_preferences.as_ptr()) }));
        let object = &json_lines(&common::stdout_of(&["explain", "--json", "1004", "--locale", preferences], 0))[0];
        assert_eq!(object["locale"], expected.as_str(), "--locale {preferences:?}");
    }
}

#[test]
fn export_carries_every_language() {
    let locales = library_locales();
    let export: Value = serde_json::from_str(&common::stdout_of(&["export", "--format", "json"], 0)).unwrap();
    let tags: Vec<&str> = export["locales"].as_array().unwrap().iter().map(|tag| tag.as_str().unwrap()).collect();
    assert_eq!(tags, locales.iter().map(|(_, tag)| tag.as_str()).collect::<Vec<_>>());
    for code in export["codes"].as_array().unwrap() {
        let number = code["code"].as_i64().unwrap() as i32;
        for (id, tag) in &locales {
            assert_eq!(code["user_messages"][tag.as_str()], message(number, *id).as_str(), "{number} {tag}");
        }
    }
    let csv = common::stdout_of(&["export", "--format", "csv"], 0);
    let header = csv.lines().next().unwrap();
    for (_, tag) in locales.iter().skip(1) {
        assert!(header.split(',').any(|column| column == format!("user_message_{tag}")), "no CSV column for {tag}");
    }
}

#[test]
fn search_finds_a_code_by_its_message_in_any_language() {
    for (id, tag) in library_locales() {
        // The longest word of 30009's message in that language.
        let message = message(30009, id);
        let word = message.split_whitespace().max_by_key(|word| word.chars().count()).unwrap().to_string();
        let hits = json_lines(&common::stdout_of(&["search", "--json", &word], 0));
        let hit = hits.iter().find(|hit| hit["code"] == 30009).unwrap_or_else(|| panic!("{tag}: {word} does not find 30009"));
        let matched: Vec<&str> = hit["matched_in"].as_array().unwrap().iter().map(|field| field.as_str().unwrap()).collect();
        assert!(matched.contains(&format!("user_message:{tag}").as_str()), "{tag}: {matched:?}");
    }
}

#[test]
fn export_refuses_a_language_it_does_not_carry_and_names_those_it_does() {
    let output = common::run(&["export", "--format", "csv", "--locales", "en,x-none"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    let carried = stderr.trim_end().rsplit(": ").next().unwrap();
    let tags: Vec<String> = library_locales().into_iter().map(|(_, tag)| tag).collect();
    assert_eq!(carried.split(' ').collect::<Vec<_>>(), tags, "{stderr}");
    assert!(stderr.contains("no x-none messages"), "{stderr}");
}

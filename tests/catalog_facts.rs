//! The catalog against the SDK's error-handling page, read through the C ABI.
//!
//! The expectations here are written out from the spec by hand, on purpose:
//! they are the independent check of `src/catalog.rs`, not a copy of it.

mod common;

use common::{c_text, formatted, listed_codes};
use keyless_errors::ffi::*;
use keyless_errors::{KeylessErrorAction as A, KeylessErrorCategory as C};

struct Expected {
    code: i32,
    category: C,
    name: &'static str,
    title: &'static str,
    action: A,
    deprecated: bool,
    replaced_by: i32,
    /// Facts from the spec (versions, limits, file names, codes) that must
    /// appear in the description, advice or note.
    facts: &'static [&'static str],
    /// Facts that must appear in the lifecycle note itself; empty means the
    /// code must have no note.
    note_facts: &'static [&'static str],
}

const fn code(
    code: i32,
    category: C,
    name: &'static str,
    title: &'static str,
    action: A,
    facts: &'static [&'static str],
) -> Expected {
    Expected { code, category, name, title, action, deprecated: false, replaced_by: -1, facts, note_facts: &[] }
}

const fn with_note(mut expected: Expected, note_facts: &'static [&'static str], deprecated: bool) -> Expected {
    expected.note_facts = note_facts;
    expected.deprecated = deprecated;
    expected
}

/// The spec, code by code.
fn spec() -> Vec<Expected> {
    vec![
        code(507, C::Internal, "PROTOCOL_INVALID_MESSAGE", "Invalid protocol message", A::UpdateSdk, &["core client", "Core backend", "network"]),
        code(512, C::Internal, "PROTOCOL_FAILED_TO_AUTHENTICATE_USER", "Failed to authenticate user", A::Retry, &["threshold", "Keyless ID", "positive intent"]),
        code(523, C::Internal, "DEVICE_ACTIVATION_LOCKOUT", "Device activation lockout", A::WaitForLockout, &["new device", "30007"]),
        code(537, C::Internal, "PROTOCOL_BAD_REQUEST", "Bad request", A::Retry, &["400", "few minutes", "enroll the user again"]),
        code(539, C::Internal, "PROTOCOL_MAX_NUMBER_OF_DEVICES_REACHED", "Device limit reached", A::RevokeDevices, &["50 devices", "Keyless ID", "backup", "temporary", "dashboard", "Server API", "SaaS"]),
        code(1004, C::Internal, "NET_CONNECTION_FAILED", "Network connection failed", A::CheckConnection, &["507", "did not expect"]),
        code(1134, C::Internal, "CLIENT_INVALID_INPUT", "Invalid client input", A::Retry, &["parameter", "enrollment or authentication", "corrupted"]),
        code(1142, C::Internal, "CLIENT_UNKNOWN_ERROR", "Client out of sync", A::ReEnroll, &["core client", "time", "genuine", "enroll the user again"]),
        Expected {
            replaced_by: 20010,
            ..with_note(
                code(20005, C::Integration, "SDK_CONFIGURE_FAILED_LEGACY", "SDK configure failed (legacy)", A::FixIntegration, &["20010"]),
                &["Legacy", "20010"],
                true,
            )
        },
        with_note(
            code(20010, C::Integration, "SDK_CONFIGURE_FAILED", "SDK configure failed", A::FixIntegration, &["Keyless.configure", "feature flag", "storage"]),
            &["6.0.0", "message"],
            false,
        ),
        with_note(
            code(20021, C::Integration, "LIVENESS_ENVIRONMENT_AWARE_UNSUPPORTED", "Environment-aware liveness unsupported", A::FixIntegration, &["liveness environment aware", "turn"]),
            &["6.0.0", "internally"],
            true,
        ),
        code(30000, C::User, "SPOOFING", "Spoofing", A::Retry, &["probabilistic", "well lit", "live feedback"]),
        with_note(code(30001, C::User, "TIMEOUT", "Timeout", A::Retry, &["camera"]), &["5.0.1", "liveness timeout", "changelog"], true),
        with_note(code(30002, C::User, "MASK_DETECTED", "Mask detected", A::Retry, &["mask", "live feedback"]), &["4.8.0", "live feedback"], true),
        code(30003, C::User, "USER_CANCELLED", "User cancelled", A::Dismiss, &["back button", "logs the event"]),
        code(30004, C::User, "FACE_NOT_MATCHING", "Face not matching", A::VerifyAccount, &["biometric mismatch", "right account"]),
        code(30005, C::User, "NO_NETWORK_CONNECTION", "No network connection", A::CheckConnection, &["offline", "internet connection", "few minutes"]),
        with_note(
            code(30006, C::User, "DEVICE_TAMPERED", "Device tampered", A::UseAnotherDevice, &["rooted or jailbroken", "another device", "Keyless support"]),
            &["runtime application self-protection"],
            true,
        ),
        code(30007, C::User, "USER_LOCKOUT", "User lockout", A::WaitForLockout, &["523", "remaining time", "lockout management"]),
        code(30008, C::User, "REJECTED", "Rejected", A::Retry, &["no spoofing", "live feedback"]),
        code(30009, C::User, "CAMERA_DENIED", "Camera denied", A::GrantCameraPermission, &["camera permission", "explains why"]),
        code(40000, C::AntiInject, "ANTI_INJECT_INITIALIZATION_FAILED", "Anti-inject initialization failed", A::ContactSupport, &["Anti-Inject variant only", "internal error"]),
        code(40001, C::AntiInject, "LICENSE_EXPIRED", "License expired", A::RenewLicense, &["Anti-Inject variant only", "configFile.tak", "expired"]),
        code(40002, C::AntiInject, "DEVICE_NOT_GENUINE", "Device might not be genuine", A::UseAnotherDevice, &["Anti-Inject variant only", "compromised", "not genuine", "enrollment nor authentication"]),
    ]
}

fn category_label(category: C) -> &'static str {
    match category {
        C::Unknown => "unknown",
        C::Internal => "internal",
        C::Integration => "integration",
        C::User => "user",
        C::AntiInject => "anti_inject",
    }
}

#[test]
fn the_library_documents_exactly_the_24_codes_of_the_spec_in_ascending_order() {
    let expected: Vec<i32> = spec().iter().map(|entry| entry.code).collect();
    assert_eq!(expected.len(), 24);
    assert_eq!(listed_codes(), expected);
}

#[test]
fn every_documented_code_matches_the_spec() {
    for expected in spec() {
        let code = expected.code;
        assert!(keyless_error_is_known(code), "{code} should be known");
        assert_eq!(keyless_error_category_id(code), expected.category, "category of {code}");
        assert_eq!(c_text(keyless_error_category(code)), category_label(expected.category), "category label of {code}");
        assert_eq!(c_text(keyless_error_name(code)), expected.name, "name of {code}");
        assert_eq!(c_text(keyless_error_title(code)), expected.title, "title of {code}");
        assert_eq!(keyless_error_action(code), expected.action, "action of {code}");
        assert_eq!(keyless_error_is_deprecated(code), expected.deprecated, "deprecation of {code}");
        assert_eq!(keyless_error_replaced_by(code), expected.replaced_by, "replacement of {code}");

        for (field, text) in [
            ("description", keyless_error_description(code)),
            ("advice", keyless_error_advice(code)),
            ("user_message", keyless_error_user_message(code)),
        ] {
            assert!(!c_text(text).trim().is_empty(), "{field} of {code} is empty");
        }

        let note = c_text(keyless_error_note(code));
        let prose = format!("{} {} {note}", c_text(keyless_error_description(code)), c_text(keyless_error_advice(code)));
        for fact in expected.facts {
            // Case-insensitive: a fact may start a sentence.
            assert!(prose.to_lowercase().contains(&fact.to_lowercase()), "{code}: the spec's fact {fact:?} is missing from: {prose}");
        }
        if expected.note_facts.is_empty() {
            assert_eq!(note, "", "{code} should have no lifecycle note");
        }
        for fact in expected.note_facts {
            assert!(note.contains(fact), "{code}: note lacks {fact:?}: {note}");
        }
    }
}

#[test]
fn deprecated_codes_are_exactly_those_current_sdks_no_longer_return() {
    let deprecated: Vec<i32> = listed_codes().into_iter().filter(|&code| keyless_error_is_deprecated(code)).collect();
    assert_eq!(deprecated, [20005, 20021, 30001, 30002, 30006]);
    for code in deprecated {
        assert_ne!(c_text(keyless_error_note(code)), "", "deprecated code {code} must say why in its note");
    }
}

#[test]
fn only_20005_has_a_replacement() {
    let replaced: Vec<(i32, i32)> = listed_codes()
        .into_iter()
        .map(|code| (code, keyless_error_replaced_by(code)))
        .filter(|&(_, successor)| successor != -1)
        .collect();
    assert_eq!(replaced, [(20005, 20010)]);
}

#[test]
fn names_are_unique_screaming_snake_and_never_unknown() {
    let mut names: Vec<&str> = listed_codes().into_iter().map(|code| c_text(keyless_error_name(code))).collect();
    for name in &names {
        assert!(name.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'), "{name}");
        assert!(!name.starts_with('_') && !name.ends_with('_') && !name.contains("__"), "{name}");
        assert_ne!(*name, "UNKNOWN");
    }
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before, "duplicate names");
}

#[test]
fn retryable_follows_the_action() {
    let retryable_actions = [A::Retry, A::Dismiss, A::VerifyAccount, A::CheckConnection, A::WaitForLockout, A::GrantCameraPermission];
    let codes = listed_codes();
    for code in codes.iter().copied().chain([-5, 0, 19_999, 20_000, 29_999, 30_010, 39_999, 40_003, 49_999, 50_000, i32::MIN, i32::MAX]) {
        let action = keyless_error_action(code);
        assert_eq!(keyless_error_is_retryable(code), retryable_actions.contains(&action), "code {code}, action {action:?}");
    }
    let retryable: Vec<i32> = codes.into_iter().filter(|&code| keyless_error_is_retryable(code)).collect();
    assert_eq!(retryable, [512, 523, 537, 1004, 1134, 30000, 30001, 30002, 30003, 30004, 30005, 30007, 30008, 30009]);
}

#[test]
fn user_messages_assume_positive_intent() {
    let undocumented_samples = [-1, 7, 20_001, 30_100, 40_500, 60_000];
    for code in listed_codes().into_iter().chain(undocumented_samples) {
        let message = c_text(keyless_error_user_message(code)).to_ascii_lowercase();
        for accusation in ["spoof", "fraud", "fake", "cheat", "attack", "impostor"] {
            assert!(!message.contains(accusation), "user message of {code} accuses the user: {message}");
        }
        assert!(!message.contains("keyless"), "user message of {code} leaks the vendor name: {message}");
    }
    // The spec's example: suggest light and an unobstructed view, not spoofing.
    let spoofing = c_text(keyless_error_user_message(30000));
    assert!(spoofing.contains("well lit") && spoofing.contains("try again"), "{spoofing}");
    assert!(c_text(keyless_error_user_message(30002)).contains("covered"));
}

#[test]
fn undocumented_codes_get_their_categorys_general_guidance() {
    struct General {
        sample: i32,
        category: C,
        action: A,
        advice_facts: &'static [&'static str],
    }
    let cases = [
        General { sample: -1, category: C::Unknown, action: A::None, advice_facts: &[] },
        General { sample: 0, category: C::Internal, action: A::ContactSupport, advice_facts: &["code", "message", "stack trace", "TRACE", "support"] },
        General { sample: 25_000, category: C::Integration, action: A::FixIntegration, advice_facts: &["message", "API"] },
        General { sample: 31_234, category: C::User, action: A::Retry, advice_facts: &["positive intent", "retry"] },
        General { sample: 50_000, category: C::User, action: A::Retry, advice_facts: &["positive intent"] },
        General { sample: 45_000, category: C::AntiInject, action: A::ContactSupport, advice_facts: &["support"] },
    ];
    for case in cases {
        let code = case.sample;
        assert!(!keyless_error_is_known(code));
        assert_eq!(keyless_error_category_id(code), case.category, "{code}");
        assert_eq!(c_text(keyless_error_name(code)), "UNKNOWN");
        assert_eq!(keyless_error_action(code), case.action, "{code}");
        assert_eq!(c_text(keyless_error_note(code)), "");
        assert!(!keyless_error_is_deprecated(code));
        assert_eq!(keyless_error_replaced_by(code), -1);
        for text in [keyless_error_title(code), keyless_error_description(code), keyless_error_advice(code), keyless_error_user_message(code)] {
            assert!(!c_text(text).is_empty(), "{code}");
        }
        let advice = c_text(keyless_error_advice(code));
        for fact in case.advice_facts {
            assert!(advice.contains(fact), "{code}: advice lacks {fact:?}: {advice}");
        }
    }
}

#[test]
fn format_writes_the_documented_line() {
    assert_eq!(formatted(30004), "30004 FACE_NOT_MATCHING (user): Face not matching");
    assert_eq!(formatted(507), "507 PROTOCOL_INVALID_MESSAGE (internal): Invalid protocol message");
    assert_eq!(formatted(40001), "40001 LICENSE_EXPIRED (anti_inject): License expired");
    assert_eq!(formatted(-1), "-1 UNKNOWN (unknown): Unknown error");
    assert_eq!(formatted(i32::MIN), "-2147483648 UNKNOWN (unknown): Unknown error");
    assert_eq!(formatted(i32::MAX), "2147483647 UNKNOWN (user): User error");
    assert_eq!(formatted(0), "0 UNKNOWN (internal): Internal error");
    assert_eq!(formatted(20_000), "20000 UNKNOWN (integration): Integration error");
    for code in listed_codes() {
        let expected = format!(
            "{code} {} ({}): {}",
            c_text(keyless_error_name(code)),
            c_text(keyless_error_category(code)),
            c_text(keyless_error_title(code))
        );
        assert_eq!(formatted(code), expected);
    }
}

#[test]
fn format_follows_the_snprintf_contract_at_every_buffer_size() {
    let line = "30004 FACE_NOT_MATCHING (user): Face not matching";
    for size in 0..=line.len() + 3 {
        let mut buffer = vec![0xAAu8; size + 8];
        // SAFETY: `buffer` has at least `size` bytes.
        let needed = unsafe { keyless_error_format(30004, buffer.as_mut_ptr().cast(), size) };
        assert_eq!(needed, line.len(), "size {size}");
        if size > 0 {
            let kept = (size - 1).min(line.len());
            assert_eq!(&buffer[..kept], &line.as_bytes()[..kept], "size {size}");
            assert_eq!(buffer[kept], 0, "size {size}: missing NUL");
        }
        assert!(buffer[size..].iter().all(|&b| b == 0xAA), "size {size}: wrote past the end");
    }
    // A NULL buffer with a non-zero size writes nothing and still measures.
    // SAFETY: NULL is allowed; nothing is written.
    assert_eq!(unsafe { keyless_error_format(30004, std::ptr::null_mut(), 64) }, line.len());
}

#[test]
fn codes_never_writes_past_capacity_or_through_null() {
    let all = listed_codes();
    // SAFETY: NULL writes nothing whatever the capacity.
    assert_eq!(unsafe { keyless_error_codes(std::ptr::null_mut(), 1_000) }, all.len());
    for capacity in [0, 1, 5, all.len() - 1, all.len(), all.len() + 1] {
        let mut buffer = vec![-7i32; capacity + 4];
        // SAFETY: `buffer` has at least `capacity` elements.
        let total = unsafe { keyless_error_codes(buffer.as_mut_ptr(), capacity) };
        assert_eq!(total, all.len());
        let written = capacity.min(all.len());
        assert_eq!(&buffer[..written], &all[..written], "capacity {capacity}");
        assert!(buffer[written..].iter().all(|&c| c == -7), "capacity {capacity}: wrote past the end");
    }
}

#[test]
fn enum_values_are_the_documented_c_values() {
    let categories: Vec<u32> = C::all().iter().map(|&category| category as u32).collect();
    assert_eq!(categories, [0, 1, 2, 3, 4]);
    let header = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/include/keyless_errors.h")).unwrap();
    for (constant, value) in [
        ("KEYLESS_ERROR_CATEGORY_UNKNOWN", 0), ("KEYLESS_ERROR_CATEGORY_INTERNAL", 1), ("KEYLESS_ERROR_CATEGORY_INTEGRATION", 2),
        ("KEYLESS_ERROR_CATEGORY_USER", 3), ("KEYLESS_ERROR_CATEGORY_ANTI_INJECT", 4),
        ("KEYLESS_ERROR_ACTION_NONE", 0), ("KEYLESS_ERROR_ACTION_RETRY", 1), ("KEYLESS_ERROR_ACTION_DISMISS", 2),
        ("KEYLESS_ERROR_ACTION_VERIFY_ACCOUNT", 3), ("KEYLESS_ERROR_ACTION_CHECK_CONNECTION", 4),
        ("KEYLESS_ERROR_ACTION_USE_ANOTHER_DEVICE", 5), ("KEYLESS_ERROR_ACTION_WAIT_FOR_LOCKOUT", 6),
        ("KEYLESS_ERROR_ACTION_GRANT_CAMERA_PERMISSION", 7), ("KEYLESS_ERROR_ACTION_FIX_INTEGRATION", 8),
        ("KEYLESS_ERROR_ACTION_REVOKE_DEVICES", 9), ("KEYLESS_ERROR_ACTION_RE_ENROLL", 10), ("KEYLESS_ERROR_ACTION_UPDATE_SDK", 11),
        ("KEYLESS_ERROR_ACTION_RENEW_LICENSE", 12), ("KEYLESS_ERROR_ACTION_CONTACT_SUPPORT", 13),
    ] {
        assert!(header.contains(&format!("  {constant} = {value},")), "{constant} is not {value} in the header");
    }
    assert_eq!(A::all().len(), 14);
    for (index, action) in A::all().iter().enumerate() {
        assert_eq!(*action as usize, index);
    }
}

#[test]
fn version_macros_match_cargo_toml_and_the_library() {
    let header = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/include/keyless_errors.h")).unwrap();
    let macro_value = |name: &str| -> String {
        let prefix = format!("#define {name} ");
        header
            .lines()
            .find_map(|line| line.strip_prefix(&prefix))
            .unwrap_or_else(|| panic!("{name} is not defined in the header"))
            .trim()
            .to_string()
    };
    let from_header = format!(
        "{}.{}.{}",
        macro_value("KEYLESS_ERRORS_VERSION_MAJOR"),
        macro_value("KEYLESS_ERRORS_VERSION_MINOR"),
        macro_value("KEYLESS_ERRORS_VERSION_PATCH")
    );
    assert_eq!(from_header, env!("CARGO_PKG_VERSION"));
    assert_eq!(c_text(keyless_errors_version()), env!("CARGO_PKG_VERSION"));
}

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
        code(523, C::Internal, "DEVICE_ACTIVATION_LOCKOUT", "Device activation lockout", A::WaitForLockout, &["new device", "30007", "getRateLimitInfo", "seconds"]),
        // From the "User and device management" page.
        code(534, C::Internal, "USER_NOT_FOUND_OR_DEACTIVATED", "User not found or deactivated", A::ReEnroll, &["backend", "deactivated", "Server API", "validateUserAndDeviceActive", "validateUserDeviceActive", "enroll again"]),
        code(535, C::Internal, "DEVICE_NOT_FOUND_OR_DEACTIVATED", "Device not found or deactivated", A::ReEnroll, &["backend", "device", "deactivated", "Server API", "validateUserAndDeviceActive", "enroll again"]),
        code(537, C::Internal, "PROTOCOL_BAD_REQUEST", "Bad request", A::Retry, &["400", "few minutes", "enroll the user again"]),
        code(539, C::Internal, "PROTOCOL_MAX_NUMBER_OF_DEVICES_REACHED", "Device limit reached", A::RevokeDevices, &["50 devices", "Keyless ID", "backup", "temporary", "dashboard", "Server API", "SaaS"]),
        code(1004, C::Internal, "NET_CONNECTION_FAILED", "Network connection failed", A::CheckConnection, &["507", "did not expect"]),
        code(1131, C::Internal, "USER_NOT_ENROLLED_ON_DEVICE", "User not enrolled on this device", A::ReEnroll, &["this device", "local", "without asking the backend", "validateUserAndDeviceActive", "reset", "enrollment"]),
        code(1134, C::Internal, "CLIENT_INVALID_INPUT", "Invalid client input", A::Retry, &["parameter", "enrollment or authentication", "corrupted"]),
        code(1142, C::Internal, "CLIENT_UNKNOWN_ERROR", "Client out of sync", A::ReEnroll, &["core client", "time", "genuine", "enroll the user again"]),
        // Codes only the shared cross-platform model 6.0.0 names: say no more than the name does.
        code(10000, C::Internal, "SDK_ERROR", "SDK error", A::ContactSupport, &["SDK_ERROR", "TRACE", "support"]),
        code(10001, C::Internal, "ARTIFACT_RETRIEVE_FAILED", "Artifact retrieval failed", A::ContactSupport, &["artifact", "support"]),
        code(10003, C::Internal, "LOGGING_CONFIGURATION_FAILED", "Logging configuration failed", A::ContactSupport, &["logging", "support"]),
        code(10004, C::Internal, "CAMERA_ERROR", "Camera error", A::ContactSupport, &["camera", "30009", "support"]),
        code(10005, C::Internal, "STORAGE_FAILED", "Storage failed", A::ContactSupport, &["storage", "1004", "NET_CONNECTION_FAILED"]),
        code(10006, C::Internal, "INVALID_CUSTOMER_PROPERTIES", "Invalid customer properties", A::ContactSupport, &["customer properties"]),
        code(10100, C::Internal, "BIOMETRIC_ERROR", "Biometric error", A::ContactSupport, &["biometric", "BIOM_ERROR"]),
        code(10200, C::Internal, "CORE_ERROR", "Core error", A::ContactSupport, &["core", "CORE_ERROR"]),
        code(20000, C::Integration, "USER_NOT_ENROLLED", "User not enrolled", A::ReEnroll, &["not enrolled", "on the device", "web", "validateUserAndDeviceActive"]),
        code(20001, C::Integration, "USER_ALREADY_ENROLLED", "User already enrolled", A::FixIntegration, &["already enrolled"]),
        code(20002, C::Integration, "SDK_NOT_CONFIGURED", "SDK not configured", A::FixIntegration, &["configured", "Keyless.configure"]),
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
        code(20013, C::Integration, "NOT_ENOUGH_API_KEY_SEATS", "Not enough API key seats", A::ContactSupport, &["API key", "seats"]),
        with_note(
            code(20021, C::Integration, "LIVENESS_ENVIRONMENT_AWARE_UNSUPPORTED", "Environment-aware liveness unsupported", A::FixIntegration, &["liveness environment aware", "turn"]),
            &["6.0.0", "internally"],
            true,
        ),
        code(20022, C::Integration, "DEVICE_ENVIRONMENT_AWARE_UNSUPPORTED", "Device environment awareness unsupported", A::FixIntegration, &["device environment aware"]),
        code(20023, C::Integration, "INVALID_CLIENT_STATE", "Invalid client state", A::FixIntegration, &["client state"]),
        code(20024, C::Integration, "USER_PROFILE_ERROR", "User profile error", A::FixIntegration, &["user's profile", "1000", "SDK_ERROR"]),
        code(20150, C::Integration, "DYNAMIC_LINKING_PAYLOAD_MALFORMED", "Dynamic linking payload malformed", A::FixIntegration, &["dynamic linking payload", "malformed"]),
        code(20300, C::Integration, "SECRET_NOT_FOUND", "Secret not found", A::FixIntegration, &["secret", "not found"]),
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
        code(30007, C::User, "USER_LOCKOUT", "User lockout", A::WaitForLockout, &["523", "remaining time", "lockout management", "getRateLimitInfo", "seconds"]),
        code(30008, C::User, "REJECTED", "Rejected", A::Retry, &["no spoofing", "live feedback"]),
        code(30009, C::User, "CAMERA_DENIED", "Camera denied", A::GrantCameraPermission, &["camera permission", "explains why"]),
        code(30010, C::User, "OUTDATED_APP", "Outdated app", A::UpdateSdk, &["outdated", "update"]),
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
fn the_library_documents_exactly_the_codes_of_the_spec_in_ascending_order() {
    let expected: Vec<i32> = spec().iter().map(|entry| entry.code).collect();
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
    // The codes that send the user through enrollment again.
    let re_enroll: Vec<i32> = listed_codes().into_iter().filter(|&code| keyless_error_action(code) == A::ReEnroll).collect();
    assert_eq!(re_enroll, [534, 535, 1131, 1142, 20000]);
}

#[test]
fn user_messages_assume_positive_intent() {
    let undocumented_samples = [-1, 7, 20_003, 30_100, 40_500, 60_000];
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
    assert_eq!(formatted(20_000), "20000 USER_NOT_ENROLLED (integration): User not enrolled");
    assert_eq!(formatted(20_003), "20003 UNKNOWN (integration): Integration error");
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
    // The names the generators and the command use are the header's.
    for category in C::all() {
        assert!(header.contains(&format!("  KEYLESS_ERROR_CATEGORY_{} = {},", category.name(), category as u32)));
    }
    for action in A::all() {
        assert!(header.contains(&format!("  KEYLESS_ERROR_ACTION_{} = {},", action.name(), action as u32)));
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

/// The shared cross-platform model 6.0.0, row by row, written out from
/// the model's published table (ping-ios-sdk, `Recognize/SharedErrorCode.swift`)
/// by hand: native code, shared code, shared name.
const SHARED_MODEL: [(i32, i32, &str); 29] = [
    (10000, 1000, "SDK_ERROR"),
    (10001, 1009, "SDK_ARTIFACT_RETRIEVE_FAILED"),
    (10003, 1003, "SDK_LOGGING_CONFIGURATION_FAILED"),
    (10004, 2000, "CAMERA_ERROR"),
    (10005, 1004, "SDK_STORAGE_FAILED"),
    (10006, 1016, "SDK_INVALID_CUSTOMER_PROPERTIES"),
    (10100, 4000, "BIOM_ERROR"),
    (10200, 3000, "CORE_ERROR"),
    (20000, 3003, "CORE_USER_NOT_ENROLLED"),
    (20001, 3002, "CORE_USER_ALREADY_ENROLLED"),
    (20002, 1001, "SDK_NOT_CONFIGURED"),
    (20010, 1002, "SDK_INVALID_CONFIGURATION"),
    (20013, 3001, "CORE_NOT_ENOUGH_API_KEY_SEATS"),
    (20021, 4003, "BIOM_LIVENESS_ENVIRONMENT_AWARE_NOT_SUPPORTED"),
    (20022, 4004, "BIOM_DEVICE_ENVIRONMENT_AWARE_NOT_SUPPORTED"),
    (20023, 1010, "SDK_INVALID_CLIENT_STATE"),
    (20150, 1008, "SDK_DYNAMIC_LINKING_PAYLOAD_MALFORMED"),
    (20300, 3006, "CORE_SECRET_NOT_FOUND"),
    (30000, 4002, "BIOM_GENUINE_PRESENCE_NOT_ESTABLISHED"),
    (30001, 1006, "SDK_TIMEOUT"),
    (30003, 1005, "SDK_USER_CANCELLED"),
    (30004, 3004, "CORE_FACE_NOT_MATCHING"),
    (30005, 1007, "SDK_NO_NETWORK_CONNECTION"),
    (30007, 3007, "CORE_USER_LOCKED_OUT"),
    (30008, 4001, "BIOM_REJECTED"),
    (30009, 2002, "CAMERA_PERMISSION_DENIED"),
    (30010, 1012, "SDK_OUTDATED_APP"),
    (40000, 6000, "SECURITY_ERROR"),
    (40002, 6001, "SECURITY_DEVICE_NOT_GENUINE"),
];

#[test]
fn every_row_of_the_shared_model_maps_as_published() {
    for (native, shared, name) in SHARED_MODEL {
        assert_eq!(keyless_error_shared_code(native), shared, "shared code of native {native}");
        assert_eq!(c_text(keyless_error_shared_name(native)), name, "shared name of native {native}");
    }
}

#[test]
fn every_other_code_falls_back_to_sdk_error() {
    let mapped: Vec<i32> = SHARED_MODEL.iter().map(|&(native, _, _)| native).collect();
    // The spec's codes that the model's table does not list: among them 20024
    // (no shared code yet), 20005 (legacy) and 1004 (native NET_CONNECTION_FAILED).
    let documented_without_row: Vec<i32> = spec().iter().map(|entry| entry.code).filter(|code| !mapped.contains(code)).collect();
    for code in [1004, 20005, 20024] {
        assert!(documented_without_row.contains(&code), "{code} has no row in the shared model");
    }
    let samples = [i32::MIN, -1000, -1, 0, 1000, 1004, 3003, 19_999, 20_003, 29_999, 30_011, 40_003, 49_999, 50_000, i32::MAX];
    for code in documented_without_row.into_iter().chain(samples) {
        assert_eq!(keyless_error_shared_code(code), 1000, "shared code of {code}");
        assert_eq!(c_text(keyless_error_shared_name(code)), "SDK_ERROR", "shared name of {code}");
    }
}

#[test]
fn the_header_warns_that_the_numberings_overlap() {
    let header = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/include/keyless_errors.h")).unwrap();
    assert!(header.contains("int32_t keyless_error_shared_code(int32_t code);"));
    assert!(header.contains("const char *keyless_error_shared_name(int32_t code);"));
    assert!(header.contains("Shared 1004 is SDK_STORAGE_FAILED"), "the overlap warning is missing");
}

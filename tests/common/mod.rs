//! Helpers shared by the integration tests: read the C ABI the way C does.
#![allow(dead_code)]

use std::ffi::{CStr, c_char};

use keyless_errors::ffi;

/// Reads a string returned by the C ABI, checking the contract on the way:
/// not NULL, and printable ASCII.
pub fn c_text(pointer: *const c_char) -> &'static str {
    assert!(!pointer.is_null(), "the C ABI returned NULL");
    // SAFETY: the library returns static NUL-terminated strings.
    let text = unsafe { CStr::from_ptr(pointer) }
        .to_str()
        .expect("returned string is not UTF-8");
    assert!(
        text.bytes().all(|byte| (0x20..=0x7E).contains(&byte)),
        "returned string is not printable ASCII: {text:?}"
    );
    text
}

/// The documented codes, as `keyless_error_codes` reports them.
pub fn listed_codes() -> Vec<i32> {
    // SAFETY: NULL with capacity 0 only asks for the count.
    let count = unsafe { ffi::keyless_error_codes(std::ptr::null_mut(), 0) };
    let mut codes = vec![0; count];
    // SAFETY: `codes` has `count` elements.
    let reported = unsafe { ffi::keyless_error_codes(codes.as_mut_ptr(), codes.len()) };
    assert_eq!(reported, count);
    codes
}

/// Every string-valued function of the ABI, with its name, for sweeps.
pub const STRING_FUNCTIONS: [(&str, extern "C" fn(i32) -> *const c_char); 8] = [
    ("category", ffi::keyless_error_category),
    ("name", ffi::keyless_error_name),
    ("title", ffi::keyless_error_title),
    ("description", ffi::keyless_error_description),
    ("advice", ffi::keyless_error_advice),
    ("user_message", ffi::keyless_error_user_message),
    ("note", ffi::keyless_error_note),
    ("shared_name", ffi::keyless_error_shared_name),
];

/// The line `keyless_error_format` returns, through a buffer of exactly the
/// size it asks for.
pub fn formatted(code: i32) -> String {
    // SAFETY: NULL with size 0 only measures.
    let needed = unsafe { ffi::keyless_error_format(code, std::ptr::null_mut(), 0) };
    let mut buffer = vec![0x55u8; needed + 1];
    // SAFETY: the buffer has `needed + 1` bytes.
    let written = unsafe { ffi::keyless_error_format(code, buffer.as_mut_ptr().cast(), buffer.len()) };
    assert_eq!(written, needed);
    assert_eq!(buffer[needed], 0, "line is not NUL-terminated");
    String::from_utf8(buffer[..needed].to_vec()).expect("ASCII line")
}

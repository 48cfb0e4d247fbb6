//! The C ABI. cbindgen turns this file into `include/keyless_errors.h`.
//!
//! Every function here is total: it accepts every `int32_t`, never returns
//! NULL, never allocates, never panics, and may be called from any thread at
//! any time, including before any other call (there is nothing to initialise).

use core::ffi::c_char;

use crate::action::KeylessErrorAction;
use crate::catalog::KNOWN_CODES;
use crate::category::KeylessErrorCategory;
use crate::lookup::{TABLES, TextField};

/// The category of `code` as a stable lowercase string: `"internal"`,
/// `"integration"`, `"user"`, `"anti_inject"`, or `"unknown"` for negative codes.
///
/// Total: every `int32_t` has a category, by the range rule documented on
/// `KeylessErrorCategory`. The string is static: never NULL, never freed.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_category(code: i32) -> *const c_char {
    crate::category::by_range(
        code,
        const { KeylessErrorCategory::Unknown.label().as_ptr() },
        const { KeylessErrorCategory::Internal.label().as_ptr() },
        const { KeylessErrorCategory::Integration.label().as_ptr() },
        const { KeylessErrorCategory::User.label().as_ptr() },
        const { KeylessErrorCategory::AntiInject.label().as_ptr() },
    )
}

/// The category of `code` as an enum value; the same answer as
/// `keyless_error_category`, in numeric form. Total over every `int32_t`.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_category_id(code: i32) -> KeylessErrorCategory {
    KeylessErrorCategory::of(code)
}

/// The stable SCREAMING_SNAKE name of `code`, such as `"FACE_NOT_MATCHING"`.
///
/// Names never change once published, so they are safe to log, persist and
/// compare. Undocumented codes, negative ones included, give `"UNKNOWN"`.
/// The string is static: never NULL, never freed.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_name(code: i32) -> *const c_char {
    TABLES.text::<{ TextField::Name as usize }>(code)
}

/// A short human title for `code`, such as `"Face not matching"`; meant for
/// developers and logs, not for end users (see `keyless_error_user_message`).
///
/// Undocumented codes get their category's title, such as `"Internal error"`.
/// Never empty. The string is static: never NULL, never freed.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_title(code: i32) -> *const c_char {
    TABLES.text::<{ TextField::Title as usize }>(code)
}

/// What `code` means, in one or two sentences, for developers.
///
/// Undocumented codes get their category's general description. Never empty.
/// The string is static: never NULL, never freed.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_description(code: i32) -> *const c_char {
    TABLES.text::<{ TextField::Description as usize }>(code)
}

/// What the integrator should do about `code`.
///
/// Undocumented codes get their category's general guidance: for internal
/// codes, keep the code, message and stack trace, enable TRACE logging and
/// contact Keyless support; for integration codes, read the message and check
/// the API usage. Never empty. The string is static: never NULL, never freed.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_advice(code: i32) -> *const c_char {
    TABLES.text::<{ TextField::Advice as usize }>(code)
}

/// A message about `code` that is safe to show the end user as it is.
///
/// It never accuses the user (no mention of spoofing) and, where it helps,
/// suggests light, an unobstructed camera or another try. Undocumented codes
/// get their category's message. Never empty. English only: apps that localise
/// should key their own strings on `keyless_error_name`.
/// The string is static: never NULL, never freed.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_user_message(code: i32) -> *const c_char {
    TABLES.text::<{ TextField::UserMessage as usize }>(code)
}

/// The lifecycle note of `code`: since which SDK version it is no longer
/// returned, what superseded it, or how its meaning changed.
///
/// Returns `""` (an empty string, not NULL) when there is no note, which is
/// the case for every undocumented code. The string is static: never freed.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_note(code: i32) -> *const c_char {
    TABLES.text::<{ TextField::Note as usize }>(code)
}

/// The recommended reaction to `code`.
///
/// Undocumented codes get their category's default: `RETRY` for user codes,
/// `FIX_INTEGRATION` for integration codes, `CONTACT_SUPPORT` for internal and
/// anti-inject codes, and `NONE` for negative codes.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_action(code: i32) -> KeylessErrorAction {
    TABLES.action(code)
}

/// True when `code` is documented: exactly the codes that
/// `keyless_error_codes` lists. False for every other `int32_t`.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_is_known(code: i32) -> bool {
    TABLES.is_known(code)
}

/// True when the same user may succeed by trying again on this device, after
/// following the recommended action.
///
/// Derived from `keyless_error_action`: true for `RETRY`, `DISMISS`,
/// `VERIFY_ACCOUNT`, `CHECK_CONNECTION`, `WAIT_FOR_LOCKOUT` and
/// `GRANT_CAMERA_PERMISSION`; false for every other action.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_is_retryable(code: i32) -> bool {
    TABLES.is_retryable(code)
}

/// True when current SDK versions no longer return `code`;
/// `keyless_error_note` says since when and why. False for undocumented codes.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_is_deprecated(code: i32) -> bool {
    TABLES.is_deprecated(code)
}

/// The code that replaced `code`, or -1 when there is none.
///
/// Only 20005 has one (20010). Every other `int32_t`, including undocumented
/// and negative codes, gives -1.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_replaced_by(code: i32) -> i32 {
    crate::catalog::replaced_by_or_minus_one(code)
}

/// The code of the shared cross-platform error model (web, Android and iOS
/// SDKs, model version 6.0.0) that the native `code` maps to.
///
/// Native codes are what the mobile SDK reports and what every other function
/// here takes; shared codes are a second numbering that the SDKs agree on,
/// meant for a backend that receives errors from every platform. The mapping
/// (the generator of the C header writes the table here, from the catalog):
///
/// @shared-model-table@
///
/// Every other `int32_t`, negative ones, 20005 and 20024 included, gives the
/// fallback 1000 (SDK_ERROR). Total, thread-safe, never fails.
///
/// WARNING: the two numberings overlap. Shared 1004 is SDK_STORAGE_FAILED
/// (native 10005), while native 1004 is NET_CONNECTION_FAILED. Never pass a
/// shared code to the other functions of this header.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_shared_code(code: i32) -> i32 {
    TABLES.shared_code(code)
}

/// The shared model's name for `keyless_error_shared_code(code)`, such as
/// `"CORE_USER_NOT_ENROLLED"` for native 20000; `"SDK_ERROR"` for every
/// `int32_t` without a row in the table above, negative ones included.
///
/// The string is static: never NULL, never freed, printable ASCII.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_shared_name(code: i32) -> *const c_char {
    TABLES.text::<{ TextField::SharedName as usize }>(code)
}

/// Copies the documented codes, in ascending order, into `out`, and returns
/// how many documented codes there are in total.
///
/// At most `capacity` codes are written; when the return value is greater
/// than `capacity`, the list was cut short and a larger buffer is needed.
/// When `out` is NULL nothing is written, whatever `capacity` says, so
/// `keyless_error_codes(NULL, 0)` asks for the count. Nothing past
/// `out[capacity - 1]` is ever touched.
///
/// # Safety
/// When `out` is not NULL it must point to `capacity` writable `int32_t`s.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn keyless_error_codes(out: *mut i32, capacity: usize) -> usize {
    if !out.is_null() {
        let count = KNOWN_CODES.len().min(capacity);
        // SAFETY: `count <= capacity`, the caller promises `capacity` writable
        // elements at `out`, and the caller's buffer cannot overlap our static.
        unsafe { core::ptr::copy_nonoverlapping(KNOWN_CODES.as_ptr(), out, count) };
    }
    KNOWN_CODES.len()
}

/// Writes the one-line summary of `code` into `buf`, for logs, with the
/// contract of C99 `snprintf`.
///
/// The line is exactly `CODE NAME (CATEGORY): TITLE`, for example
/// `30004 FACE_NOT_MATCHING (user): Face not matching`, or
/// `-1 UNKNOWN (unknown): Unknown error` for an undocumented code.
///
/// - Never writes more than `size` bytes, the NUL included.
/// - Always NUL-terminates when `size > 0`, truncating the line if needed.
/// - Returns the length of the whole line, not counting the NUL; a return
///   value `>= size` therefore means the line was truncated, and a buffer of
///   (return value + 1) bytes holds all of it.
/// - A `size` above `PTRDIFF_MAX` (such as `(size_t)-1`) is treated as
///   `PTRDIFF_MAX`: the whole line and its NUL are written, nothing more.
/// - `buf` may be NULL when `size` is 0, to measure the line. When `buf` is
///   NULL and `size` is not 0, nothing is written and the length is still
///   returned.
///
/// # Safety
/// When `buf` is not NULL it must point to `size` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn keyless_error_format(code: i32, buf: *mut c_char, size: usize) -> usize {
    // A slice may not be longer than isize::MAX bytes, and no line is longer
    // than a few hundred: a larger `size` is treated as isize::MAX, which is
    // still "large enough", so the answer is the same as for any big buffer.
    let size = size.min(isize::MAX as usize);
    let out: &mut [u8] = if buf.is_null() || size == 0 {
        &mut []
    } else {
        // SAFETY: not NULL, at most isize::MAX, and the caller promises
        // `size` writable bytes.
        unsafe { core::slice::from_raw_parts_mut(buf.cast::<u8>(), size) }
    };
    crate::line::write_line(code, out)
}

/// The version of this library, such as `"0.3.0"`: the one it was built as,
/// which may differ from the header's `KEYLESS_ERRORS_VERSION_*` macros when
/// an app loads a newer shared library than it was compiled against.
/// The string is static: never NULL, never freed.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_errors_version() -> *const c_char {
    const VERSION: crate::text::Text = crate::text::text!(env!("CARGO_PKG_VERSION"));
    VERSION.as_ptr()
}

/// A language of the end-user messages, as `keyless_error_locale` picks it.
///
/// A plain integer, not a C enum: a C caller may pass any value, and an
/// out-of-range value received as a Rust enum would be undefined behaviour.
/// Every value that is not a supported locale behaves as `en` (0), which is
/// always supported. The numbers are stable across releases (new languages
/// get new numbers); get them from `keyless_error_locale` or
/// `keyless_error_locales` rather than hard-coding them.
pub type KeylessErrorLocale = u32;

/// The locale every library supports, and the answer for anything else: English.
pub const KEYLESS_ERROR_LOCALE_EN: KeylessErrorLocale = 0;

/// The supported locale that best serves `preferences`, else `en` (0).
///
/// `preferences` may be:
/// - a BCP-47 tag, in any case, with `-` or `_`: `"pt-BR"`, `"zh_hant_tw"`;
/// - a POSIX locale: `"it_IT.UTF-8@euro"`, `"sr_RS@latin"`;
/// - a priority list in HTTP `Accept-Language` syntax: `"fr-CH, de;q=0.8, *;q=0.1"`,
///   where `q=0` means "not acceptable".
///
/// Matching follows RFC 4647 section 3.4 "Lookup": ranges are tried from the
/// highest q-value down (equal q-values in the order given), and the first one
/// with a supported locale wins. Each range falls back along CLDR's
/// inheritance (UTS #35 section 4.1), with CLDR's parent locales and legacy
/// aliases, never to a neighbouring language: `es-MX` gives `es-419`, `pt`
/// gives `pt-BR`, `pt-AO` gives `pt-PT`, `zh-TW` gives `zh-Hant`, `zh-MO`
/// gives `zh-HK`, `zh-SG` gives `zh-Hans`, `iw` gives `he`, `no` gives `nb`;
/// `sr-Latn` and `bs` give `en`.
///
/// Total: NULL, `""`, `"*"`, `"C"`, `"POSIX"`, garbage and strings of any
/// length give `en`. Pure: it reads only `preferences`, never the environment
/// or `setlocale`. Thread-safe; allocates nothing.
///
/// # Safety
/// `preferences` must be NULL or point to a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn keyless_error_locale(preferences: *const c_char) -> KeylessErrorLocale {
    if preferences.is_null() {
        return KEYLESS_ERROR_LOCALE_EN;
    }
    // The length, without `strlen`: the library imports only memory functions,
    // and a volatile read keeps LLVM from turning this loop back into a call.
    let mut length = 0;
    // SAFETY: not NULL, and the caller promises a NUL-terminated string, so
    // every byte up to and including the NUL may be read.
    while unsafe { preferences.add(length).read_volatile() } != 0 {
        length += 1;
    }
    // SAFETY: the `length` bytes before the NUL were just read.
    let preferences = unsafe { core::slice::from_raw_parts(preferences.cast::<u8>(), length) };
    crate::locale::resolve(preferences)
}

/// The canonical BCP-47 tag of `locale`, such as `"pt-BR"` or `"zh-Hant"`;
/// `"en"` for every value that is not a supported locale.
///
/// The string is static: never NULL, never freed, printable ASCII.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_locale_tag(locale: KeylessErrorLocale) -> *const c_char {
    crate::l10n::TAGS.tag(locale)
}

/// The end-user message of `code` (as `keyless_error_user_message` gives it
/// in English) in the language of `locale`.
///
/// Total: any `int32_t` (undocumented codes get their category's message) and
/// any `locale` (unsupported values give English). The string is static,
/// never NULL, never freed: UTF-8 in Unicode normalisation form C, with no
/// control characters and no code point above U+FFFF, so it is also valid
/// modified UTF-8 for JNI's `NewStringUTF`. For `en` (and every value that is
/// not a supported locale) it is the text `keyless_error_user_message` returns.
#[unsafe(no_mangle)]
pub extern "C" fn keyless_error_user_message_localized(code: i32, locale: KeylessErrorLocale) -> *const c_char {
    TABLES.user_message_localized(code, locale)
}

/// Copies the supported locales, in ascending order (`en`, 0, first), into
/// `out`, and returns how many there are in total: the same contract as
/// `keyless_error_codes`. A build may carry fewer than all of the project's
/// languages (see `KEYLESS_ERRORS_LOCALES` in the README); this lists the
/// ones this library carries.
///
/// # Safety
/// When `out` is not NULL it must point to `capacity` writable `KeylessErrorLocale`s.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn keyless_error_locales(out: *mut KeylessErrorLocale, capacity: usize) -> usize {
    let carried = &crate::l10n::CARRIED_LOCALES;
    if !out.is_null() {
        let count = carried.len().min(capacity);
        // SAFETY: `count <= capacity`, the caller promises `capacity` writable
        // elements at `out`, and the caller's buffer cannot overlap our static.
        unsafe { core::ptr::copy_nonoverlapping(carried.as_ptr(), out, count) };
    }
    carried.len()
}

//! What the command knows about a code: the library's answers, read through
//! its Rust API (the catalog) and, for the languages of the user message,
//! through the same C ABI functions every other binding calls.

use std::ffi::{CStr, CString, c_char};

use keyless_errors::catalog::{self, Entry};
use keyless_errors::ffi;
use keyless_errors::{KeylessErrorAction, KeylessErrorCategory};

/// The generated reference that every documented code has a section in.
pub const REFERENCE_PATH: &str = "docs/error-codes.md";

/// One code, documented or not, with everything the library answers for it.
#[derive(Clone, Copy, Debug)]
pub struct Code {
    pub code: i32,
    pub entry: &'static Entry,
    pub documented: bool,
}

impl Code {
    /// Any `i32`: undocumented codes get their category's guidance.
    pub fn of(code: i32) -> Code {
        Code { code, entry: catalog::entry(code), documented: catalog::documented(code).is_some() }
    }

    pub fn category(&self) -> KeylessErrorCategory {
        KeylessErrorCategory::of(self.code)
    }

    pub fn category_label(&self) -> &'static str {
        self.category().label().as_str()
    }

    /// The action as the C constant's suffix, such as `VERIFY_ACCOUNT`.
    pub fn action_name(&self) -> String {
        action_name(self.entry.action)
    }

    pub fn retryable(&self) -> bool {
        self.entry.action.is_retryable()
    }

    /// `0x7534`; negative codes as `-0x1`.
    pub fn hex(&self) -> String {
        if self.code < 0 { format!("-{:#x}", self.code.unsigned_abs()) } else { format!("{:#x}", self.code) }
    }

    pub fn note(&self) -> Option<&'static str> {
        let note = self.entry.note.as_str();
        (!note.is_empty()).then_some(note)
    }

    pub fn source(&self) -> Option<&'static str> {
        self.entry.source.map(|source| source.title())
    }

    /// Where the code is explained in the generated reference: its own
    /// section, or its category's section for undocumented codes. A path
    /// relative to the repository root, with the anchor the generator writes.
    pub fn reference(&self) -> String {
        format!("{REFERENCE_PATH}#{}", self.anchor())
    }

    pub fn anchor(&self) -> String {
        if self.documented { code_anchor(self.code) } else { category_anchor(self.category()) }
    }

    /// "current", "deprecated", "deprecated, replaced by N", or "undocumented".
    pub fn status(&self) -> String {
        if !self.documented {
            return "undocumented".to_string();
        }
        match (self.entry.deprecated, self.entry.replaced_by) {
            (true, Some(successor)) => format!("deprecated, replaced by {successor}"),
            (true, None) => "deprecated".to_string(),
            (false, _) => "current".to_string(),
        }
    }

    /// The advice's first sentence, for one-line annotations.
    pub fn short_advice(&self) -> &'static str {
        first_sentence(self.entry.advice.as_str())
    }
}

/// The anchor of a documented code's section in the reference.
pub fn code_anchor(code: i32) -> String {
    format!("code-{code}")
}

/// The anchor of a category's section of undocumented codes in the reference.
pub fn category_anchor(category: KeylessErrorCategory) -> String {
    format!("undocumented-{}", category.label().as_str().replace('_', "-"))
}

/// Every documented code, ascending.
pub fn documented() -> impl Iterator<Item = Code> {
    catalog::KNOWN_CODES.iter().map(|&code| Code::of(code))
}

/// `RE_ENROLL`: the spelling of the C constants.
pub fn action_name(action: KeylessErrorAction) -> String {
    action.name().to_string()
}

/// The documented code with this name, in any case, `-` standing for `_`.
pub fn by_name(name: &str) -> Option<i32> {
    let wanted = normalise_name(name);
    documented().find(|code| code.entry.name.as_str() == wanted).map(|code| code.code)
}

pub fn normalise_name(name: &str) -> String {
    name.trim().to_ascii_uppercase().replace('-', "_")
}

/// The native codes whose shared code is `shared`. For the fallback (1000)
/// these are the documented ones only: every undocumented code maps there too.
pub fn natives_of_shared(shared: i32) -> Vec<i32> {
    documented().filter(|code| code.entry.shared_code == shared).map(|code| code.code).collect()
}

/// The shared model's name of `shared`, when a native code maps to it.
pub fn shared_name(shared: i32) -> Option<&'static str> {
    if shared == catalog::SHARED_FALLBACK_CODE {
        return Some(catalog::SHARED_FALLBACK_NAME.as_str());
    }
    documented().find(|code| code.entry.shared_code == shared).map(|code| code.entry.shared_name.as_str())
}

/// The shared code with this name, in any case.
pub fn shared_by_name(name: &str) -> Option<i32> {
    let wanted = normalise_name(name);
    if wanted == catalog::SHARED_FALLBACK_NAME.as_str() {
        return Some(catalog::SHARED_FALLBACK_CODE);
    }
    documented().find(|code| code.entry.shared_name.as_str() == wanted).map(|code| code.entry.shared_code)
}

pub fn is_fallback_shared(shared: i32) -> bool {
    shared == catalog::SHARED_FALLBACK_CODE
}

fn first_sentence(text: &'static str) -> &'static str {
    match text.find(". ") {
        Some(end) => &text[..=end],
        None => text,
    }
}

/// A language of the user messages, as the library numbers and names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    pub id: u32,
    pub tag: &'static str,
}

impl Locale {
    pub const ENGLISH: Locale = Locale { id: ffi::KEYLESS_ERROR_LOCALE_EN, tag: "en" };

    fn from_id(id: u32) -> Locale {
        Locale { id, tag: static_str(ffi::keyless_error_locale_tag(id)) }
    }

    /// The user message of `code` in this language.
    pub fn user_message(self, code: i32) -> &'static str {
        static_str(ffi::keyless_error_user_message_localized(code, self.id))
    }
}

/// Every locale this build of the library carries, `en` first.
pub fn locales() -> Vec<Locale> {
    // SAFETY: a NULL buffer asks for the count only.
    let count = unsafe { ffi::keyless_error_locales(std::ptr::null_mut(), 0) };
    let mut ids = vec![0u32; count];
    // SAFETY: `ids` holds `count` writable elements.
    let written = unsafe { ffi::keyless_error_locales(ids.as_mut_ptr(), ids.len()) };
    ids.truncate(written.min(count));
    ids.into_iter().map(Locale::from_id).collect()
}

/// The locale the library picks for a tag, a POSIX locale or an
/// Accept-Language list; English when nothing matches.
pub fn resolve_locale(preferences: &str) -> Locale {
    match CString::new(preferences) {
        // SAFETY: a NUL-terminated string that outlives the call.
        Ok(preferences) => Locale::from_id(unsafe { ffi::keyless_error_locale(preferences.as_ptr()) }),
        // An interior NUL: the C caller would have passed the part before it.
        Err(error) => {
            let nul = error.nul_position();
            resolve_locale(&preferences[..nul])
        }
    }
}

/// The catalog's version: the library's, as its C ABI reports it.
pub fn catalog_version() -> &'static str {
    static_str(ffi::keyless_errors_version())
}

/// A static string from the C ABI: never NULL, never freed, UTF-8.
fn static_str(pointer: *const c_char) -> &'static str {
    // SAFETY: every string the library returns is a static, NUL-terminated
    // string that lives as long as the process.
    let bytes = unsafe { CStr::from_ptr(pointer) }.to_bytes();
    // The library promises UTF-8; should that ever break, show the bytes
    // as U+FFFD rather than stop.
    std::str::from_utf8(bytes).unwrap_or("\u{FFFD}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_names_are_the_c_constants_suffixes() {
        assert_eq!(action_name(KeylessErrorAction::ReEnroll), "RE_ENROLL");
        assert_eq!(action_name(KeylessErrorAction::GrantCameraPermission), "GRANT_CAMERA_PERMISSION");
        assert_eq!(action_name(KeylessErrorAction::None), "NONE");
    }

    #[test]
    fn names_are_found_in_any_case() {
        assert_eq!(by_name("face_not_matching"), Some(30004));
        assert_eq!(by_name("Face-Not-Matching"), Some(30004));
        assert_eq!(by_name("UNKNOWN"), None);
        assert_eq!(by_name("FACE_NOT_MATCHIN"), None);
    }

    #[test]
    fn shared_codes_list_their_natives() {
        assert_eq!(natives_of_shared(3004), vec![30004]);
        assert_eq!(shared_name(1004), Some("SDK_STORAGE_FAILED"));
        assert_eq!(shared_by_name("core_face_not_matching"), Some(3004));
        assert!(natives_of_shared(5000).is_empty());
        assert!(natives_of_shared(1000).contains(&10000));
    }

    #[test]
    fn hex_and_short_advice() {
        assert_eq!(Code::of(30004).hex(), "0x7534");
        assert_eq!(Code::of(-1).hex(), "-0x1");
        assert_eq!(Code::of(i32::MIN).hex(), "-0x80000000");
        assert!(Code::of(507).short_advice().ends_with("supports it."));
        assert_eq!(first_sentence("One. Two."), "One.");
    }

    #[test]
    fn english_is_always_carried_first() {
        let locales = locales();
        assert_eq!(locales[0], Locale::ENGLISH);
        assert_eq!(resolve_locale(""), Locale::ENGLISH);
        assert_eq!(resolve_locale("en\0it"), Locale::ENGLISH);
        for locale in locales {
            assert_eq!(resolve_locale(locale.tag), locale, "{} resolves to itself", locale.tag);
        }
    }
}

//! Static strings that are safe to hand to C, Swift and JNI.
//!
//! Every string the library returns is a [`Text`]: NUL-terminated, printable
//! ASCII (so JNI's `NewStringUTF` accepts it unchanged) and `'static`. The
//! checks run at compile time, so a bad string in the catalog is a build error,
//! not a runtime surprise.

use core::ffi::{CStr, c_char};

/// A `'static`, NUL-terminated string of printable ASCII (bytes 0x20 to 0x7E).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text(&'static CStr);

impl Text {
    /// Builds a `Text` from a literal that ends in exactly one NUL.
    ///
    /// Call it in a const context: it panics, which there means a compile
    /// error, when the string has an interior NUL or a byte that is not
    /// printable ASCII.
    #[inline] // only ever evaluated at compile time: keep it out of the C libraries
    pub(crate) const fn from_nul_terminated(with_nul: &'static str) -> Text {
        let bytes = with_nul.as_bytes();
        let mut i = 0;
        while i + 1 < bytes.len() {
            assert!(
                bytes[i] >= 0x20 && bytes[i] <= 0x7E,
                "catalog text must be printable ASCII"
            );
            i += 1;
        }
        match CStr::from_bytes_with_nul(bytes) {
            Ok(c_string) => Text(c_string),
            Err(_) => panic!("catalog text must end in exactly one NUL"),
        }
    }

    /// The text without its NUL, for Rust callers.
    pub const fn as_str(self) -> &'static str {
        // SAFETY: `from_nul_terminated` admits printable ASCII only, which is UTF-8.
        unsafe { core::str::from_utf8_unchecked(self.0.to_bytes()) }
    }

    /// The NUL-terminated C string. Never NULL; valid for the whole life of
    /// the process; must not be freed.
    pub const fn as_ptr(self) -> *const c_char {
        self.0.as_ptr()
    }

    /// True when the text has no characters.
    pub const fn is_empty(self) -> bool {
        self.0.is_empty()
    }
}

/// True when `a` and `b` hold the same bytes; `==` for `const fn`, where the
/// catalog's compile-time checks and tables need it.
pub(crate) const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Makes a [`Text`] from a string literal, checked at compile time.
///
/// Crate-private on purpose: a public constructor would be compiled into the
/// C libraries with its (compile-time only) panic paths, and those pull the
/// unwinding machinery of `core` into the link.
macro_rules! text {
    ($literal:expr) => {
        const { $crate::text::Text::from_nul_terminated(concat!($literal, "\0")) }
    };
}
pub(crate) use text;

//! The category of a code, and the range rule that gives one to every `i32`.

use crate::text::Text;

/// Which group of Keyless SDK errors a code belongs to.
///
/// The category follows from the code alone, for every `int32_t`:
///
/// | codes              | category                                         |
/// |--------------------|--------------------------------------------------|
/// | negative           | `UNKNOWN` (the SDK never reports negative codes)  |
/// | 0 to 19999         | `INTERNAL`                                       |
/// | 20000 to 29999     | `INTEGRATION`                                    |
/// | 30000 to 39999     | `USER`                                           |
/// | 40000 to 49999     | `ANTI_INJECT` (listed on its own by the SDK)     |
/// | 50000 and above    | `USER` (the SDK's "30000 and above")             |
///
/// A plain C enum (`typedef enum ... KeylessErrorCategory;`), 4 bytes on every
/// supported platform; new values may be added, so C code should keep a `default:`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeylessErrorCategory {
    /// Not a Keyless SDK code: every negative value.
    Unknown = 0,
    /// Raised by Keyless internals, usually from the Core backend's response: 0 to 19999.
    Internal = 1,
    /// A misconfigured integration or a misuse of the SDK's API: 20000 to 29999.
    Integration = 2,
    /// Caused by what the user did, or is predicted to have done: 30000 to 39999, and 50000 and above.
    User = 3,
    /// Raised only by the Keyless Anti-Inject variant of the SDK: 40000 to 49999.
    AntiInject = 4,
}

impl KeylessErrorCategory {
    /// Every category, in the order of its C value.
    pub const fn all() -> [KeylessErrorCategory; 5] {
        [
            Self::Unknown,
            Self::Internal,
            Self::Integration,
            Self::User,
            Self::AntiInject,
        ]
    }

    /// Applies the range rule above to any code.
    pub const fn of(code: i32) -> KeylessErrorCategory {
        by_range(code, Self::Unknown, Self::Internal, Self::Integration, Self::User, Self::AntiInject)
    }

    /// The name of the value, as the C header spells it after
    /// `KEYLESS_ERROR_CATEGORY_` (`"ANTI_INJECT"`). The spec test checks
    /// each against the header.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Unknown => "UNKNOWN",
            Self::Internal => "INTERNAL",
            Self::Integration => "INTEGRATION",
            Self::User => "USER",
            Self::AntiInject => "ANTI_INJECT",
        }
    }

    /// The stable lowercase name: `"unknown"`, `"internal"`, `"integration"`,
    /// `"user"` or `"anti_inject"`.
    pub const fn label(self) -> Text {
        match self {
            Self::Unknown => crate::text::text!("unknown"),
            Self::Internal => crate::text::text!("internal"),
            Self::Integration => crate::text::text!("integration"),
            Self::User => crate::text::text!("user"),
            Self::AntiInject => crate::text::text!("anti_inject"),
        }
    }
}

/// The range rule itself: picks the value of `code`'s category. Every
/// answer that depends on the category alone goes through here, with
/// constant values, so the compiler emits a chain of compares ending in the
/// value, as a hand-written `if` chain would, and no table of pointers.
#[inline(always)]
pub const fn by_range<T: Copy>(code: i32, unknown: T, internal: T, integration: T, user: T, anti_inject: T) -> T {
    // Ascending bounds, tested in order; 50000 and above is "user" again.
    if code < 0 {
        unknown
    } else if code < 20_000 {
        internal
    } else if code < 30_000 {
        integration
    } else if code < 40_000 {
        user
    } else if code < 50_000 {
        anti_inject
    } else {
        user
    }
}

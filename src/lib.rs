//! # keyless-errors
//!
//! The single source of truth for the error codes of the Keyless biometric SDK.
//!
//! For *any* 32-bit code the library answers with its category, a stable name,
//! a title, what it means, advice for the integrator, a message that is safe to
//! show an end user (in 44 languages), the recommended action and its
//! lifecycle note. Every answer is a `'static` value, so nothing allocates and
//! everything is thread-safe.
//!
//! Layout:
//! - [`catalog`]: the one table of documented codes, plus the general guidance
//!   for codes nobody documented. Everything else derives from it.
//! - [`category`] and [`action`]: the two small enums, and the range rule that
//!   gives every `i32` a category.
//! - [`text`]: compile-time checked, NUL-terminated, printable-ASCII strings.
//! - [`lookup`]: the compact form of the catalog that the C ABI reads: a
//!   perfect hash, rows of 16-bit offsets and one string blob, built at
//!   compile time, with no pointer for the loader to relocate.
//! - [`l10n`]: the translators' files (read by `build.rs`) matched to the
//!   catalog's messages and laid out as per-language blobs, at compile time.
//! - [`locale`]: `keyless_error_locale`, from a tag, POSIX locale or
//!   Accept-Language list to a carried language, by CLDR's inheritance.
//! - [`line`]: the allocation-free `<code> <NAME> (<category>): <title>` writer.
//! - [`ffi`]: the C ABI (`keyless_*`), from which cbindgen generates
//!   `include/keyless_errors.h`.
//!
//! Release and dev builds use `panic = "abort"`, which turns this crate into a
//! `no_std` library: the C libraries then carry no unwinding or std panic
//! machinery, which keeps the stripped cdylib with English only under 48 KB
//! (`make check-size`). Tests always build
//! with unwinding, so they get std as usual.
#![cfg_attr(all(panic = "abort", not(feature = "std")), no_std)]
#![deny(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]

pub mod action;
pub mod catalog;
pub mod category;
pub mod ffi;
pub mod l10n;
pub mod line;
pub mod locale;
pub mod lookup;
pub mod text;

pub use action::KeylessErrorAction;
pub use catalog::{Entry, KNOWN_CODES};
pub use category::KeylessErrorCategory;

/// Major version of the library this header belongs to. Kept equal to
/// Cargo.toml's version by a compile-time check; compare with
/// `keyless_errors_version()` to see which library is actually loaded.
pub const KEYLESS_ERRORS_VERSION_MAJOR: u32 = 0;
/// Minor version of the library this header belongs to.
pub const KEYLESS_ERRORS_VERSION_MINOR: u32 = 3;
/// Patch version of the library this header belongs to.
pub const KEYLESS_ERRORS_VERSION_PATCH: u32 = 0;

/// Parses a decimal version component at compile time.
const fn parse_version_component(digits: &str) -> u32 {
    let bytes = digits.as_bytes();
    let mut value = 0u32;
    let mut i = 0;
    while i < bytes.len() {
        assert!(bytes[i].is_ascii_digit(), "version component is not a number");
        value = value * 10 + (bytes[i] - b'0') as u32;
        i += 1;
    }
    value
}

// The header's version macros are plain literals (cbindgen cannot evaluate
// `env!`), so they are checked against Cargo.toml here, at compile time.
const _: () = {
    assert!(KEYLESS_ERRORS_VERSION_MAJOR == parse_version_component(env!("CARGO_PKG_VERSION_MAJOR")));
    assert!(KEYLESS_ERRORS_VERSION_MINOR == parse_version_component(env!("CARGO_PKG_VERSION_MINOR")));
    assert!(KEYLESS_ERRORS_VERSION_PATCH == parse_version_component(env!("CARGO_PKG_VERSION_PATCH")));
};

// LLVM may lower copies and fills to `memcpy`/`memset` even in `no_std` code.
// They come from the C library, so record the dependency (DT_NEEDED on ELF)
// instead of relying on the host process to provide them.
#[cfg(all(panic = "abort", not(feature = "std")))]
#[link(name = "c")]
unsafe extern "C" {}

/// The instruction that traps on this architecture.
#[cfg(all(panic = "abort", not(feature = "std"), debug_assertions, any(target_arch = "x86_64", target_arch = "x86")))]
macro_rules! trap_instruction {
    () => {
        "ud2"
    };
}
/// The instruction that traps on this architecture.
#[cfg(all(panic = "abort", not(feature = "std"), debug_assertions, target_arch = "aarch64"))]
macro_rules! trap_instruction {
    () => {
        "brk #1"
    };
}
/// The instruction that traps on this architecture.
#[cfg(all(panic = "abort", not(feature = "std"), debug_assertions, target_arch = "arm"))]
macro_rules! trap_instruction {
    () => {
        "udf #0"
    };
}


// Debug builds (and release builds with debug assertions) keep panic paths for
// overflow and bounds checks. Those reach code of the precompiled `core`,
// which was built to unwind and so refers to `rust_eh_personality`, a symbol
// only `std` defines: the `.so` would fail to load and the `.a` to link. This
// weak, hidden definition satisfies the reference without exporting anything
// and without clashing with another Rust library's (a strong one wins). It is
// never called: with `panic = "abort"` nothing unwinds, so its body traps.
#[cfg(all(panic = "abort", not(feature = "std"), debug_assertions, any(target_os = "linux", target_os = "android")))]
core::arch::global_asm!(
    ".pushsection .text.rust_eh_personality,\"ax\"",
    ".weak rust_eh_personality",
    ".hidden rust_eh_personality",
    ".type rust_eh_personality, %function",
    "rust_eh_personality:",
    trap_instruction!(),
    ".size rust_eh_personality, . - rust_eh_personality",
    ".popsection",
);
#[cfg(all(panic = "abort", not(feature = "std"), debug_assertions, target_vendor = "apple"))]
core::arch::global_asm!(
    ".pushsection __TEXT,__text,regular,pure_instructions",
    ".globl _rust_eh_personality",
    ".weak_definition _rust_eh_personality",
    ".private_extern _rust_eh_personality",
    "_rust_eh_personality:",
    trap_instruction!(),
    ".popsection",
);

/// The C libraries are built with `panic = "abort"` and `no_std`, so they need
/// their own panic handler. No exported function has a reachable panic path:
/// the export check (`tests/check-library.sh`) proves it by failing when the
/// release library still imports `abort`, which only this handler uses.
#[cfg(all(panic = "abort", not(feature = "std")))]
#[panic_handler]
fn on_panic(_info: &core::panic::PanicInfo) -> ! {
    unsafe extern "C" {
        fn abort() -> !;
    }
    // SAFETY: `abort` is the C library's, present in every process that can
    // load this library; it takes no arguments and never returns.
    unsafe { abort() }
}

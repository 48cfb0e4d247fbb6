//! Link settings of the shared library that belong to the library itself,
//! so that every way of building it (cargo, cargo-ndk, CI) gets them:
//! - an ELF soname, so that whatever links it records `libkeyless_errors.so`
//!   (not a build-machine path) as its dependency; Android's loader requires
//!   one since 6.0;
//! - `-z nodelete`, so that `dlclose` never unmaps the static strings the
//!   library has handed out (the header promises them for the process' life);
//! - on Android, 16 KB LOAD alignment, which Android 15+ on 64-bit devices
//!   and Google Play require (NDK r27 and older default to 4 KB).
//!
//! Apple platforms use install names instead, and link the staticlib anyway.
fn main() {
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if matches!(target_os.as_str(), "linux" | "android") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libkeyless_errors.so");
        // The header promises that returned strings live as long as the
        // process; without this, dlclose would unmap them under the caller.
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,nodelete");
    }
    if target_os == "android" {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,max-page-size=16384");
    }
    println!("cargo:rerun-if-changed=build.rs");
}

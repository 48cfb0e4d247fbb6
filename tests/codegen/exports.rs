//! The list of the C ABI's functions, `tests/abi/exported-functions.txt`: the one answer to
//! "which functions does the header declare", read by every check that needs it (the ELF and
//! Mach-O checkers, the Apple link test, the ABI baseline check) instead of each parsing the
//! header on its own. It comes from cbindgen's own reading of `src/ffi.rs`, the same reading that
//! writes `include/keyless_errors.h`, so the list and the header cannot disagree while both are
//! current.

use std::fmt::Write;
use std::path::Path;

pub const EXPORTED_FUNCTIONS_PATH: &str = "tests/abi/exported-functions.txt";

/// The names of the functions cbindgen puts in the header, sorted.
pub fn exported_function_names(root: &Path) -> Vec<String> {
    let config = cbindgen::Config::from_file(root.join("cbindgen.toml")).expect("read cbindgen.toml");
    let bindings = cbindgen::Builder::new()
        .with_crate(root)
        .with_config(config)
        .generate()
        .expect("cbindgen reads the crate");
    let mut names: Vec<String> = bindings.functions.iter().map(|function| function.path().name().to_string()).collect();
    names.sort();
    names.dedup();
    assert!(!names.is_empty(), "cbindgen found no exported function in the crate");
    names
}

/// The committed file: a comment saying what it is and how to rewrite it, then one name a line.
pub fn exported_functions(root: &Path) -> String {
    let mut out = String::from(
        "# The functions include/keyless_errors.h declares, one per line, sorted: exactly the symbols\n\
         # every library built from this crate exports (with a leading _ in Mach-O files).\n\
         # Generated from cbindgen's reading of src/ffi.rs by tests/codegen/exports.rs; do not edit.\n\
         # Rewrite with `make regenerate`. Lines starting with # are comments.\n",
    );
    for name in exported_function_names(root) {
        writeln!(out, "{name}").unwrap();
    }
    out
}

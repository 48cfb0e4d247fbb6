//! Files generated from the catalog and the C ABI are committed, so that
//! consumers can use them without a Rust toolchain. This test regenerates each
//! one in memory and fails when the committed copy is stale.
//!
//! To rewrite them: `make regenerate`
//! (which runs `KEYLESS_REGENERATE=1 cargo test --test generated_files`).

use std::path::{Path, PathBuf};

mod codegen;

const REGENERATE_COMMAND: &str = "make regenerate";

fn repository_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Compares `fresh` with the committed file, or writes it when asked to.
fn check_or_write(relative_path: &str, fresh: &str) {
    let path = repository_root().join(relative_path);
    if std::env::var_os("KEYLESS_REGENERATE").is_some() {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create the output directory");
        }
        // Only when it changed, and by a rename: other tests of this file
        // run in parallel and may be reading it (the translations' doc reads
        // the PO files this test rewrites).
        if std::fs::read_to_string(&path).ok().as_deref() != Some(fresh) {
            let temporary = path.with_extension("regenerating");
            std::fs::write(&temporary, fresh).expect("write the generated file");
            std::fs::rename(&temporary, &path).expect("replace the generated file");
        }
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != fresh {
        let first_difference = committed
            .lines()
            .zip(fresh.lines())
            .position(|(old, new)| old != new)
            .map_or_else(
                || "one file is a prefix of the other".to_string(),
                |index| format!("first difference at line {}", index + 1),
            );
        panic!(
            "{} is stale ({first_difference}).\nRegenerate it with:\n\n    {REGENERATE_COMMAND}\n",
            display(&path)
        );
    }
}

fn display(path: &Path) -> String {
    path.strip_prefix(repository_root()).unwrap_or(path).display().to_string()
}

#[test]
fn c_header_is_current() {
    let root = repository_root();
    let config = cbindgen::Config::from_file(root.join("cbindgen.toml")).expect("read cbindgen.toml");
    let mut header = Vec::new();
    cbindgen::Builder::new()
        .with_crate(&root)
        .with_config(config)
        .generate()
        .expect("cbindgen generates the header")
        .write(&mut header);
    let header = String::from_utf8(header).expect("UTF-8 header");
    check_or_write("include/keyless_errors.h", &codegen::with_shared_model_table(&header));
}

#[test]
fn exported_function_list_is_current() {
    check_or_write(codegen::EXPORTED_FUNCTIONS_PATH, &codegen::exported_functions(&repository_root()));
}

// docs/error-codes.md is the output of `keyless-errors export --format md`:
// cli/tests/generated_docs.rs checks it, and `make regenerate` rewrites it.

#[test]
fn c_test_vectors_are_current() {
    check_or_write("tests/c/known_codes.inc", &codegen::c_known_codes());
}

#[test]
fn swift_code_table_is_current() {
    check_or_write(codegen::SWIFT_CODES_PATH, &codegen::swift_codes());
}

#[test]
fn swift_peer_is_current() {
    check_or_write(codegen::SWIFT_PEER_PATH, &codegen::swift_peer());
}

#[test]
fn kotlin_code_table_is_current() {
    check_or_write(codegen::KOTLIN_CODES_PATH, &codegen::kotlin_codes());
}

#[test]
fn kotlin_peer_is_current() {
    check_or_write(codegen::KOTLIN_PEER_PATH, &codegen::kotlin_peer());
}

#[test]
fn kotlin_native_layout_is_current() {
    check_or_write(codegen::JNI_LAYOUT_PATH, &codegen::jni_layout_header());
    check_or_write(codegen::KOTLIN_LAYOUT_PATH, &codegen::kotlin_layout());
}

#[test]
fn c_peer_is_current() {
    check_or_write(codegen::PEER_HEADER_PATH, &codegen::peer_header());
    check_or_write(codegen::PEER_SOURCE_PATH, &codegen::peer_source());
}

#[test]
fn translation_files_are_current() {
    use codegen::l10n;
    check_or_write(l10n::POT_PATH, &l10n::pot());
    let linguas = std::fs::read_to_string(repository_root().join(l10n::LINGUAS_PATH)).expect("read l10n/LINGUAS");
    for tag in l10n::translated_tags(&linguas) {
        let relative = format!("{}/{tag}.po", l10n::L10N_DIR);
        let existing = std::fs::read_to_string(repository_root().join(&relative)).ok();
        let merged = l10n::merged_po(&tag, existing.as_deref()).unwrap_or_else(|error| panic!("{relative}: {error}"));
        check_or_write(&relative, &merged);
    }
}

#[test]
fn translations_doc_is_current() {
    check_or_write(codegen::TRANSLATIONS_DOC_PATH, &codegen::translations_doc());
}

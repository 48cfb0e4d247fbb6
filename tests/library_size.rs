//! The size budget of the C library, run by `make check-size` (the host) and
//! `make check-size-targets` (every ELF target of `make dist`), which build
//! each library twice: with every language, and with English only
//! (`KEYLESS_ERRORS_LOCALES=en`). `KEYLESS_SIZE_PAIRS` lists them, one
//! `<label>=<every language .so>:<English only .so>` per word.
//!
//! - English only, a library must stay within mk/config.mk's
//!   LIBRARY_BASE_BUDGET (48 KB, stripped): the catalog, the matcher and the
//!   tables of every function.
//! - Every language may add at most 1.05 x the UTF-8 bytes of the distinct
//!   translated messages ([`TRANSLATED_BYTES`]): offsets, NULs and alignment
//!   must cost under 5 % of the text itself.

use keyless_errors::l10n::TRANSLATED_BYTES;

/// The budget of a library with English only: mk/config.mk's LIBRARY_BASE_BUDGET.
fn english_only_budget() -> u64 {
    let budget = std::env::var("LIBRARY_BASE_BUDGET").expect("LIBRARY_BASE_BUDGET (mk/config.mk) in the environment");
    budget.parse().expect("LIBRARY_BASE_BUDGET is a number of bytes")
}

fn size(path: &str) -> u64 {
    std::fs::metadata(path).unwrap_or_else(|error| panic!("{path}: {error}")).len()
}

#[test]
fn translations_cost_at_most_five_percent_over_their_text() {
    let Ok(pairs) = std::env::var("KEYLESS_SIZE_PAIRS") else {
        println!("skipped: run through `make check-size`, which builds the libraries to compare");
        return;
    };
    let english_only_budget = english_only_budget();
    let mut failures = Vec::new();
    println!("| target | every language | English only | growth | translated text | growth / text |");
    println!("|---|---:|---:|---:|---:|---:|");
    for pair in pairs.split_whitespace() {
        let (label, paths) = pair.split_once('=').expect("<label>=<full>:<english>");
        let (full, english) = paths.split_once(':').expect("<full>:<english>");
        let (full, english) = (size(full), size(english));
        let growth = full.saturating_sub(english);
        let ratio = growth as f64 / TRANSLATED_BYTES as f64;
        println!("| {label} | {full} | {english} | {growth} | {TRANSLATED_BYTES} | {ratio:.3} |");
        if english > english_only_budget {
            failures.push(format!("{label}: {english} B with English only, over {english_only_budget} B"));
        }
        if ratio > 1.05 {
            failures.push(format!("{label}: the languages add {growth} B, over 1.05 x {TRANSLATED_BYTES} B of text"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

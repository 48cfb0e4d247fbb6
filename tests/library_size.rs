//! The size budget of the C library, run by `make check-size`, which builds
//! it twice: with every language, and with English only
//! (`KEYLESS_ERRORS_LOCALES=en`). The paths come from the environment.
//!
//! - English only, the library must stay within 48 KB (stripped): the
//!   catalog, the matcher and the tables of every function.
//! - Every language may add at most 1.05 x the UTF-8 bytes of the distinct
//!   translated messages ([`TRANSLATED_BYTES`]): the offsets, the NULs and
//!   the alignment must cost under 5 % of the text itself.

use keyless_errors::l10n::TRANSLATED_BYTES;

const ENGLISH_ONLY_BUDGET: u64 = 48 * 1024;

fn size(variable: &str) -> Option<u64> {
    let path = std::env::var_os(variable)?;
    Some(std::fs::metadata(&path).unwrap_or_else(|error| panic!("{}: {error}", path.to_string_lossy())).len())
}

#[test]
fn translations_cost_at_most_five_percent_over_their_text() {
    let (Some(full), Some(english)) = (size("KEYLESS_SIZE_FULL"), size("KEYLESS_SIZE_ENGLISH")) else {
        println!("skipped: run through `make check-size`, which builds both libraries");
        return;
    };
    let growth = full - english;
    let budget = TRANSLATED_BYTES as f64 * 1.05;
    println!(
        "stripped library: {english} B with English only, {full} B with every language; \
         growth {growth} B for {TRANSLATED_BYTES} B of distinct translated text = {:.3}x (budget 1.05x)",
        growth as f64 / TRANSLATED_BYTES as f64
    );
    assert!(english <= ENGLISH_ONLY_BUDGET, "English only, the library is {english} B: over {ENGLISH_ONLY_BUDGET} B");
    assert!(
        (growth as f64) <= budget,
        "the languages add {growth} B, over 1.05 x {TRANSLATED_BYTES} B of translated text"
    );
}

//! `keyless_error_locale`: from what a user prefers to a language this
//! library carries.
//!
//! The input is a BCP-47 tag (`pt-BR`, any case, `-` or `_`), a POSIX locale
//! (`it_IT.UTF-8@euro`) or an HTTP `Accept-Language` list
//! (`fr-CH, fr;q=0.9, de;q=0.7, *;q=0.1`). Matching is RFC 4647 §3.4
//! "Lookup": the ranges are tried from the highest q-value down (ties in the
//! order written; `q=0` means "not acceptable"; `*` matches nothing in
//! particular), and the first range that reaches a carried locale wins. Each
//! range falls back along CLDR's inheritance chain (UTS #35 §4.1) instead of
//! plain truncation: legacy and overlong language codes are replaced first
//! (`iw` → `he`), Chinese without a script gets its likely one (`zh-TW` →
//! `zh-Hant-TW`), and CLDR's parent locales send `es-MX` to `es-419`,
//! `pt-AO` to `pt-PT`, `zh-Hant-MO` to `zh-Hant-HK`, and `zh-Hant` and
//! `ms-Arab` to the root, so that a range never lands on a neighbouring
//! language or script. Nothing found: `en`.
//!
//! One pass over the input, no allocation, no recursion, no table of
//! pointers; the input may be of any length.
//!
//! The CLDR facts below are those of CLDR 41 (supplemental `parentLocales`,
//! `languageAlias` and `likelySubtags`), limited to the languages carried;
//! `make check-locale-oracle` compares this matcher with Babel's copy of CLDR
//! for every locale identifier CLDR knows.

use crate::l10n::{LOCALE_COUNT, LOCALE_TAGS, is_carried};

/// A subtag of at most 4 ASCII letters or digits, packed into a `u32` (first
/// byte lowest), lowercased: comparisons of subtags are integer compares.
type Packed = u32;

/// Packs up to 4 bytes, lowercased; `None` when there are more, or a byte
/// that is not an ASCII letter or digit.
const fn pack(bytes: &[u8]) -> Option<Packed> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    let mut packed = 0;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if !byte.is_ascii_alphanumeric() {
            return None;
        }
        packed |= (byte.to_ascii_lowercase() as u32) << (8 * i);
        i += 1;
    }
    Some(packed)
}

/// A packed subtag from a literal; a build error when it cannot be packed.
const fn p(text: &str) -> Packed {
    match pack(text.as_bytes()) {
        Some(packed) => packed,
        None => panic!("not a subtag"),
    }
}

/// "No subtag here": no packed subtag is 0.
const NONE: Packed = 0;

/// A locale identifier: language, script and region, packed.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Id {
    language: Packed,
    script: Packed,
    region: Packed,
}

/// Languages replaced before matching: CLDR's legacy and overlong aliases
/// whose replacement is a carried language, and `no` (Norwegian), which the
/// Bokmål locale serves.
const LANGUAGE_ALIASES: &[(&str, &str)] = &[
    ("ara", "ar"), ("arb", "ar"), ("bul", "bg"), ("cat", "ca"), ("ces", "cs"), ("chi", "zh"),
    ("cmn", "zh"), ("cze", "cs"), ("dan", "da"), ("deu", "de"), ("dut", "nl"), ("ekk", "et"),
    ("ell", "el"), ("eng", "en"), ("est", "et"), ("fin", "fi"), ("fra", "fr"), ("fre", "fr"),
    ("ger", "de"), ("gre", "el"), ("heb", "he"), ("hrv", "hr"), ("hun", "hu"), ("in", "id"),
    ("ind", "id"), ("ita", "it"), ("iw", "he"), ("jpn", "ja"), ("kor", "ko"), ("lav", "lv"),
    ("lit", "lt"), ("lvs", "lv"), ("may", "ms"), ("mlt", "mt"), ("mo", "ro"), ("mol", "ro"),
    ("msa", "ms"), ("nld", "nl"), ("nno", "nn"), ("no", "nb"), ("nob", "nb"), ("nor", "nb"),
    ("pol", "pl"), ("por", "pt"), ("ron", "ro"), ("rum", "ro"), ("rus", "ru"), ("scr", "hr"),
    ("slk", "sk"), ("slo", "sk"), ("slv", "sl"), ("spa", "es"), ("swe", "sv"), ("tgl", "fil"),
    ("tha", "th"), ("tl", "fil"), ("tur", "tr"), ("vie", "vi"), ("zho", "zh"), ("zsm", "ms"),
];

/// Regions whose Spanish inherits from Latin American Spanish (`es_419`).
const ES_419_REGIONS: &[&str] = &[
    "ar", "bo", "br", "bz", "cl", "co", "cr", "cu", "do", "ec", "gt", "hn", "mx", "ni", "pa", "pe", "pr", "py",
    "sv", "us", "uy", "ve",
];
/// Regions whose Portuguese inherits from European Portuguese (`pt_PT`).
const PT_PT_REGIONS: &[&str] = &["ao", "ch", "cv", "fr", "gq", "gw", "lu", "mo", "mz", "st", "tl"];
/// Regions where Chinese without a script is likely written in Traditional
/// characters; everywhere else it is Simplified.
const ZH_HANT_REGIONS: &[&str] = &["au", "bn", "gb", "gf", "hk", "id", "mo", "pa", "pf", "ph", "sr", "th", "tw", "us", "vn"];
/// Language and script pairs whose parent is the root, not the language.
const ROOT_PARENTED: &[(&str, &str)] = &[("ms", "arab"), ("zh", "hant")];

/// Carried locales that CLDR knows under another identifier too: CLDR's `pt`
/// is Brazilian Portuguese and its `zh` Simplified Chinese.
const SAME_CONTENT: &[(&str, &str)] = &[("pt", "pt-BR"), ("zh", "zh-Hans")];

/// A list of subtags, packed when the crate compiles.
const fn packed<const N: usize>(list: &[&str]) -> [Packed; N] {
    assert!(list.len() == N);
    let mut out = [NONE; N];
    let mut i = 0;
    while i < N {
        out[i] = p(list[i]);
        i += 1;
    }
    out
}

/// A list of subtag pairs, packed when the crate compiles.
const fn packed_pairs<const N: usize>(list: &[(&str, &str)]) -> [(Packed, Packed); N] {
    assert!(list.len() == N);
    let mut out = [(NONE, NONE); N];
    let mut i = 0;
    while i < N {
        out[i] = (p(list[i].0), p(list[i].1));
        i += 1;
    }
    out
}

/// The aliases as 5-bit-per-letter codes (a language code has at most 3
/// letters): half the size of packed pairs, and the table is the largest of
/// the matcher's.
static ALIASES: [(u16, u16); LANGUAGE_ALIASES.len()] = {
    let pairs: [(Packed, Packed); LANGUAGE_ALIASES.len()] = packed_pairs(LANGUAGE_ALIASES);
    let mut out = [(0u16, 0u16); LANGUAGE_ALIASES.len()];
    let mut i = 0;
    while i < pairs.len() {
        let (Some(alias), Some(replacement)) = (letters5(pairs[i].0), letters5(pairs[i].1)) else {
            panic!("a language alias is not 2 or 3 letters")
        };
        out[i] = (alias, replacement);
        i += 1;
    }
    out
};

/// A packed language of 2 or 3 lowercase letters as 5 bits per letter.
const fn letters5(language: Packed) -> Option<u16> {
    let mut code = 0u16;
    let mut shift = 0;
    while shift < 32 {
        let byte = ((language >> shift) & 0xFF) as u8;
        if byte != 0 {
            if !byte.is_ascii_lowercase() {
                return None;
            }
            code = (code << 5) | (byte - b'a' + 1) as u16;
        }
        shift += 8;
    }
    Some(code)
}

/// The packed language that [`letters5`] encoded.
const fn unletters5(code: u16) -> Packed {
    let mut letters = [0u8; 3];
    let mut count = 0;
    let mut rest = code;
    while rest != 0 && count < 3 {
        letters[count] = (rest & 31) as u8 - 1 + b'a';
        rest >>= 5;
        count += 1;
    }
    // Collected last letter first.
    let mut packed = 0;
    let mut i = 0;
    while i < count {
        packed |= (letters[count - 1 - i] as u32) << (8 * i);
        i += 1;
    }
    packed
}
const ES_419: [Packed; ES_419_REGIONS.len()] = packed(ES_419_REGIONS);
const PT_PT: [Packed; PT_PT_REGIONS.len()] = packed(PT_PT_REGIONS);
const ZH_HANT: [Packed; ZH_HANT_REGIONS.len()] = packed(ZH_HANT_REGIONS);
const ROOTS: [(Packed, Packed); ROOT_PARENTED.len()] = packed_pairs(ROOT_PARENTED);

const ZH: Packed = p("zh");
const ES: Packed = p("es");
const PT: Packed = p("pt");
const HANT: Packed = p("hant");
const HANS: Packed = p("hans");
const REGION_MO: Packed = p("mo");
const REGION_HK: Packed = p("hk");
const REGION_419: Packed = p("419");
const REGION_PT: Packed = p("pt");

const fn contains(list: &[Packed], subtag: Packed) -> bool {
    let mut i = 0;
    while i < list.len() {
        if list[i] == subtag {
            return true;
        }
        i += 1;
    }
    false
}

/// The CLDR identifier of a tag of `l10n/LINGUAS`: parsed, with Chinese
/// given its script (`zh-HK` is CLDR's `zh_Hant_HK`).
const fn id_of_tag(tag: &str) -> Id {
    let bytes = tag.as_bytes();
    let mut id = Id { language: NONE, script: NONE, region: NONE };
    let mut start = 0;
    let mut index = 0;
    while start <= bytes.len() {
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'-' {
            end += 1;
        }
        let (_, rest) = bytes.split_at(start);
        let (subtag, _) = rest.split_at(end - start);
        let Some(packed) = pack(subtag) else { panic!("a tag of l10n/LINGUAS has a subtag this matcher cannot read") };
        if index == 0 {
            id.language = packed;
        } else if subtag.len() == 4 {
            id.script = packed;
        } else {
            id.region = packed;
        }
        index += 1;
        start = end + 1;
    }
    with_likely_script(id)
}

/// Chinese without a script gets the script CLDR's likely subtags give it.
const fn with_likely_script(id: Id) -> Id {
    if id.language == ZH && id.script == NONE {
        let script = if contains(&ZH_HANT, id.region) { HANT } else { HANS };
        return Id { script, ..id };
    }
    id
}

/// Every carried locale's CLDR identifier, plus the other identifiers of
/// [`SAME_CONTENT`], each with its locale number.
const CANDIDATES: usize = LOCALE_COUNT + SAME_CONTENT.len();
const CARRIED: [(Id, u32); CANDIDATES] = {
    assert!(LOCALE_COUNT <= u8::MAX as usize, "locale numbers are stored in a u8: widen CANDIDATE_LOCALES");
    let mut table = [(Id { language: NONE, script: NONE, region: NONE }, 0); CANDIDATES];
    let mut locale = 0;
    while locale < LOCALE_COUNT {
        table[locale] = (id_of_tag(LOCALE_TAGS[locale]), locale as u32);
        locale += 1;
    }
    let mut i = 0;
    while i < SAME_CONTENT.len() {
        let (cldr, tag) = SAME_CONTENT[i];
        let mut number = 0;
        while number < LOCALE_COUNT && !crate::text::same_bytes(LOCALE_TAGS[number].as_bytes(), tag.as_bytes()) {
            number += 1;
        }
        assert!(number < LOCALE_COUNT, "SAME_CONTENT names a tag that l10n/LINGUAS lacks");
        // Without a script, as a user would write it; Chinese gets its
        // script before the lookup anyway.
        table[LOCALE_COUNT + i] = (Id { language: p(cldr), script: NONE, region: NONE }, number as u32);
        i += 1;
    }
    table
};

/// [`CARRIED`] as two arrays, the form the library stores (no padding).
static CANDIDATE_IDS: [Id; CANDIDATES] = {
    let mut ids = [Id { language: NONE, script: NONE, region: NONE }; CANDIDATES];
    let mut i = 0;
    while i < CANDIDATES {
        ids[i] = CARRIED[i].0;
        i += 1;
    }
    ids
};
static CANDIDATE_LOCALES: [u8; CANDIDATES] = {
    let mut locales = [0u8; CANDIDATES];
    let mut i = 0;
    while i < CANDIDATES {
        locales[i] = CARRIED[i].1 as u8;
        i += 1;
    }
    locales
};

/// The carried locale with exactly this identifier.
fn carried(id: Id) -> Option<u32> {
    for (candidate, &locale) in CANDIDATE_IDS.iter().zip(CANDIDATE_LOCALES.iter()) {
        if *candidate == id && is_carried(locale as usize) {
            return Some(locale as u32);
        }
    }
    None
}

/// The language `language` stands for, after CLDR's aliases.
fn canonical_language(language: Packed) -> Packed {
    let Some(code) = letters5(language) else { return language };
    for &(alias, replacement) in &ALIASES {
        if alias == code {
            return unletters5(replacement);
        }
    }
    language
}

/// The parent of `id` along CLDR's inheritance chain; `None` at the root.
fn parent(id: Id) -> Option<Id> {
    if id.region != NONE {
        if id.language == ZH && id.script == HANT && id.region == REGION_MO {
            return Some(Id { region: REGION_HK, ..id });
        }
        if id.script == NONE && id.language == ES && contains(&ES_419, id.region) {
            return Some(Id { region: REGION_419, ..id });
        }
        if id.script == NONE && id.language == PT && contains(&PT_PT, id.region) {
            return Some(Id { region: REGION_PT, ..id });
        }
        return Some(Id { region: NONE, ..id });
    }
    if id.script != NONE {
        for (language, script) in ROOTS {
            if language == id.language && script == id.script {
                return None;
            }
        }
        return Some(Id { script: NONE, ..id });
    }
    None
}

/// The first carried locale on the inheritance chain of one language range.
fn lookup(range: &[u8]) -> Option<u32> {
    let mut id = parse_range(range)?;
    id.language = canonical_language(id.language);
    id = with_likely_script(id);
    // language-script-region, language-script or language-region, language:
    // four steps at most, and one more for a parent-locale exception.
    for _ in 0..5 {
        if let Some(locale) = carried(id) {
            return Some(locale);
        }
        id = parent(id)?;
    }
    None
}

/// The language, script and region of a BCP-47 range or POSIX locale:
/// subtags separated by `-` or `_`, up to a POSIX codeset (`.`) or modifier
/// (`@`); extended language subtags replace the language (`zh-yue` is
/// `yue`), variants are skipped, and an extension or private-use singleton
/// ends the tag. `None` for anything that is not a language range.
fn parse_range(range: &[u8]) -> Option<Id> {
    let tag = range.split(|&byte| byte == b'.' || byte == b'@').next().unwrap_or_default();
    let mut subtags = tag.split(|&byte| byte == b'-' || byte == b'_');
    let language = subtags.next()?;
    if !(2..=3).contains(&language.len()) || !language.iter().all(u8::is_ascii_alphabetic) {
        return None; // "*", "C", "POSIX", "x-private", "i-klingon", garbage
    }
    let mut id = Id { language: pack(language)?, script: NONE, region: NONE };
    let mut extended_allowed = true;
    for subtag in subtags {
        if subtag.is_empty() {
            continue; // "de-", "de--DE": a stray separator costs nothing
        }
        let letters = subtag.iter().all(u8::is_ascii_alphabetic);
        let digits = subtag.iter().all(u8::is_ascii_digit);
        match subtag.len() {
            3 if letters && extended_allowed && id.script == NONE && id.region == NONE => id.language = pack(subtag)?,
            4 if letters && id.script == NONE && id.region == NONE => id.script = pack(subtag)?,
            2 if letters && id.region == NONE => id.region = pack(subtag)?,
            3 if digits && id.region == NONE => id.region = pack(subtag)?,
            // A variant (5 to 8 characters, or a digit and 3): skipped.
            5..=8 => {}
            4 if subtag.first().is_some_and(u8::is_ascii_digit) => {}
            // A singleton starts an extension or private use: the rest is
            // not about language.
            1 => break,
            _ => return None,
        }
        extended_allowed = false;
    }
    Some(id)
}

/// The q-value of the parameters after a range (`;q=0.8`), in thousandths;
/// 1000 without one. `None` when the parameters are malformed: the range is
/// then ignored, as a list with a broken entry should not fail whole.
fn quality(parameters: &[u8]) -> Option<u32> {
    let mut quality = 1000;
    for parameter in parameters.split(|&byte| byte == b';') {
        let parameter = trim(parameter);
        if parameter.is_empty() {
            continue;
        }
        let value = match parameter {
            [b'q' | b'Q', b'=', value @ ..] => value,
            _ => continue, // another parameter: not ours to judge
        };
        quality = match value {
            [b'1'] => 1000,
            [b'1', b'.', zeros @ ..] if zeros.len() <= 3 && zeros.iter().all(|&byte| byte == b'0') => 1000,
            [b'0'] => 0,
            [b'0', b'.', digits @ ..] if digits.len() <= 3 && digits.iter().all(u8::is_ascii_digit) => {
                let mut thousandths = 0;
                for place in 0..3 {
                    thousandths = thousandths * 10 + digits.get(place).map_or(0, |&digit| digit.wrapping_sub(b'0') as u32);
                }
                thousandths
            }
            _ => return None,
        };
    }
    Some(quality)
}

/// `bytes` without the spaces and tabs around it.
fn trim(bytes: &[u8]) -> &[u8] {
    let blank = |byte: &u8| *byte == b' ' || *byte == b'\t';
    let mut trimmed = bytes;
    while let [first, rest @ ..] = trimmed {
        if !blank(first) {
            break;
        }
        trimmed = rest;
    }
    while let [rest @ .., last] = trimmed {
        if !blank(last) {
            break;
        }
        trimmed = rest;
    }
    trimmed
}

/// The carried locale that best serves `preferences` (see the module
/// documentation); 0 (`en`) when none does.
pub(crate) fn resolve(preferences: &[u8]) -> u32 {
    // The best match so far, as (q-value, locale): a later range wins only
    // with a strictly higher q-value, so ties keep the order written.
    let mut best: Option<(u32, u32)> = None;
    for element in preferences.split(|&byte| byte == b',') {
        let mut parts = element.splitn(2, |&byte| byte == b';');
        let range = parts.next().unwrap_or_default();
        let parameters = parts.next().unwrap_or_default();
        let Some(quality) = quality(parameters) else { continue };
        if quality == 0 || best.is_some_and(|(best_quality, _)| quality <= best_quality) {
            continue;
        }
        if let Some(locale) = lookup(trim(range)) {
            if quality == 1000 {
                return locale; // nothing later can be preferred to it
            }
            best = Some((quality, locale));
        }
    }
    best.map_or(0, |(_, locale)| locale)
}

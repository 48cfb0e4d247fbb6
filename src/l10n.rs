//! The end-user messages in every language, built at compile time from the
//! translators' files.
//!
//! `build.rs` reads `l10n/LINGUAS` (the languages, in the order of their
//! `KeylessErrorLocale` numbers) and `l10n/<tag>.po` into constants, included
//! below. `const` evaluation then matches each translation to its message by
//! key (a documented code, or `category:<label>` for the message of a
//! category's undocumented codes) and checks that it was made for the current
//! English: a translation of an English text that has since changed, or a
//! missing one, gives the English message instead, so the library always
//! builds and always answers, while `make check-l10n` names every gap.
//!
//! The strings go into one blob per locale, each distinct text once, and
//! [`crate::lookup::Tables`] holds 16-bit offsets to them: no pointer table,
//! so nothing for the dynamic loader to relocate.

use crate::catalog::{self, KNOWN_CODES};
use crate::category::KeylessErrorCategory;
use crate::text::same_bytes;

/// Which message a translation belongs to.
#[derive(Clone, Copy)]
// A build with English only (KEYLESS_ERRORS_LOCALES=en) has no translation to key.
#[allow(dead_code)]
pub(crate) enum MessageKey {
    /// A documented code.
    Code(i32),
    /// The message of a category's undocumented codes, by its label.
    Category(&'static str),
}

/// One usable entry of a PO file.
#[derive(Clone, Copy)]
pub(crate) struct Translation {
    pub(crate) key: MessageKey,
    /// The English it was translated from (the PO file's msgid).
    pub(crate) english: &'static str,
    pub(crate) text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/translations.rs"));

/// How many locales the project has (those of `l10n/LINGUAS`), carried by
/// this build or not; their numbers run from 0 (`en`) to `LOCALE_COUNT - 1`.
pub const LOCALE_COUNT: usize = LOCALE_TAGS.len();

/// How many locales this build carries.
const CARRIED_COUNT: usize = {
    let mut count = 0;
    let mut locale = 0;
    while locale < LOCALE_COUNT {
        if LOCALE_INCLUDED[locale] {
            count += 1;
        }
        locale += 1;
    }
    count
};

/// The numbers of the carried locales, in ascending order: `keyless_error_locales`.
pub(crate) static CARRIED_LOCALES: [u32; CARRIED_COUNT] = {
    let mut numbers = [0u32; CARRIED_COUNT];
    let mut next = 0;
    let mut locale = 0;
    while locale < LOCALE_COUNT {
        if LOCALE_INCLUDED[locale] {
            numbers[next] = locale as u32;
            next += 1;
        }
        locale += 1;
    }
    assert!(LOCALE_INCLUDED[0] && numbers[0] == 0, "en is always carried");
    numbers
};

/// The messages a locale translates: one per documented code (rows
/// `0..KNOWN_CODES.len()`, in the catalog's order), then one per category
/// for its undocumented codes (in the order of [`KeylessErrorCategory::all`]).
pub const MESSAGE_ROWS: usize = KNOWN_CODES.len() + CATEGORY_COUNT;
const CATEGORY_COUNT: usize = KeylessErrorCategory::all().len();

/// The row of the message of `category`'s undocumented codes.
#[inline] // evaluated at compile time; `inline` keeps its panic paths out of the C libraries
pub const fn category_row(category: KeylessErrorCategory) -> usize {
    KNOWN_CODES.len() + category as usize
}

/// The English message of a row, as the catalog has it.
#[inline] // evaluated at compile time; `inline` keeps its panic paths out of the C libraries
pub const fn english(row: usize) -> &'static str {
    if row < KNOWN_CODES.len() {
        match catalog::documented(KNOWN_CODES[row]) {
            Some(entry) => entry.user_message.as_str(),
            None => panic!("a listed code has no entry"),
        }
    } else {
        catalog::undocumented(KeylessErrorCategory::all()[row - KNOWN_CODES.len()]).user_message.as_str()
    }
}

/// True when `key` names the message of `row`.
#[inline] // evaluated at compile time; `inline` keeps its panic paths out of the C libraries
const fn key_is_row(key: MessageKey, row: usize) -> bool {
    match key {
        MessageKey::Code(code) => row < KNOWN_CODES.len() && KNOWN_CODES[row] == code,
        MessageKey::Category(label) => {
            row >= KNOWN_CODES.len()
                && same_bytes(
                    label.as_bytes(),
                    KeylessErrorCategory::all()[row - KNOWN_CODES.len()].label().as_str().as_bytes(),
                )
        }
    }
}

/// True when this build carries `locale` (a number below [`LOCALE_COUNT`]).
/// The language matcher calls it at run time; the bounds test comes first,
/// so the index can never panic.
#[inline]
pub const fn is_carried(locale: usize) -> bool {
    locale < LOCALE_COUNT && LOCALE_INCLUDED[locale]
}

/// The message of `row` in `locale`: its translation when the locale is
/// carried and has a current one, else the English. `en` is the English.
#[inline] // evaluated at compile time; `inline` keeps its panic paths out of the C libraries
pub const fn message(locale: usize, row: usize) -> &'static str {
    MESSAGES[locale][row]
}

/// Every locale's message for every row, worked out once.
const MESSAGES: [[&str; MESSAGE_ROWS]; LOCALE_COUNT] = {
    let mut messages = [[""; MESSAGE_ROWS]; LOCALE_COUNT];
    let mut locale = 0;
    while locale < LOCALE_COUNT {
        let mut row = 0;
        while row < MESSAGE_ROWS {
            messages[locale][row] = translation_or_english(locale, row);
            row += 1;
        }
        locale += 1;
    }
    messages
};

#[inline] // evaluated at compile time; `inline` keeps its panic paths out of the C libraries
const fn translation_or_english(locale: usize, row: usize) -> &'static str {
    if locale == 0 || !is_carried(locale) {
        return english(row);
    }
    let translations = TRANSLATIONS[locale];
    let mut i = 0;
    while i < translations.len() {
        let translation = translations[i];
        if key_is_row(translation.key, row) {
            // A translation of an older English is not used: the checks
            // report it as stale until a translator updates it.
            return if same_bytes(translation.english.as_bytes(), english(row).as_bytes()) {
                translation.text
            } else {
                english(row)
            };
        }
        i += 1;
    }
    english(row)
}

/// Rows whose messages are equal in every language share a column of the
/// offset table (several codes share one English sentence, and its
/// translations): `COLUMN_OF_ROW[row]` is a row's column.
pub(crate) const COLUMN_OF_ROW: [u8; MESSAGE_ROWS] = {
    assert!(MESSAGE_ROWS <= u8::MAX as usize, "row and column numbers are stored in a u8: widen COLUMN_OF_ROW");
    let mut columns = [0u8; MESSAGE_ROWS];
    let mut next = 0u8;
    let mut row = 0;
    while row < MESSAGE_ROWS {
        let mut earlier = 0;
        while earlier < row && !same_in_every_locale(earlier, row) {
            earlier += 1;
        }
        if earlier < row {
            columns[row] = columns[earlier];
        } else {
            columns[row] = next;
            next += 1;
        }
        row += 1;
    }
    columns
};

/// How many columns the offset table has.
pub(crate) const COLUMN_COUNT: usize = {
    let mut count = 0;
    let mut row = 0;
    while row < MESSAGE_ROWS {
        if COLUMN_OF_ROW[row] as usize + 1 > count {
            count = COLUMN_OF_ROW[row] as usize + 1;
        }
        row += 1;
    }
    count
};

/// The first row of each column: the one whose messages it holds.
pub(crate) const COLUMN_ROW: [usize; COLUMN_COUNT] = {
    let mut rows = [usize::MAX; COLUMN_COUNT];
    let mut row = MESSAGE_ROWS;
    while row > 0 {
        row -= 1;
        rows[COLUMN_OF_ROW[row] as usize] = row;
    }
    rows
};

#[inline] // evaluated at compile time; `inline` keeps its panic paths out of the C libraries
const fn same_in_every_locale(a: usize, b: usize) -> bool {
    let mut locale = 0;
    while locale < LOCALE_COUNT {
        if !same_bytes(message(locale, a).as_bytes(), message(locale, b).as_bytes()) {
            return false;
        }
        locale += 1;
    }
    true
}

/// True when the locale's messages are stored in the translations' blob:
/// every carried locale but `en`, whose messages are the English blob's.
#[inline] // evaluated at compile time; `inline` keeps its panic paths out of the C libraries
pub(crate) const fn has_own_block(locale: usize) -> bool {
    locale != 0 && is_carried(locale)
}

/// For each locale and column, the first column of that locale with the same
/// message (the column itself when it is the first): a block stores each
/// distinct message once.
pub(crate) const FIRST_COLUMNS: [[u8; COLUMN_COUNT]; LOCALE_COUNT] = {
    let mut first = [[0u8; COLUMN_COUNT]; LOCALE_COUNT];
    let mut locale = 0;
    while locale < LOCALE_COUNT {
        let mut column = 0;
        while column < COLUMN_COUNT {
            let text = message(locale, COLUMN_ROW[column]).as_bytes();
            let mut earlier = 0;
            while earlier < column && !same_bytes(message(locale, COLUMN_ROW[earlier]).as_bytes(), text) {
                earlier += 1;
            }
            first[locale][column] = if earlier < column { first[locale][earlier] } else { column as u8 };
            column += 1;
        }
        locale += 1;
    }
    first
};

/// True when a locale's message of `column` is the English one word for word
/// (as most of `en-GB`'s are): it can then be read from the English blob.
#[inline] // evaluated at compile time; `inline` keeps its panic paths out of the C libraries
pub(crate) const fn is_english(locale: usize, column: usize) -> bool {
    let row = COLUMN_ROW[column];
    same_bytes(message(locale, row).as_bytes(), english(row).as_bytes())
}

/// The size of one locale's block: its distinct messages, each with a NUL,
/// leaving out those read from the English blob when `share_english`.
#[inline] // evaluated at compile time; `inline` keeps its panic paths out of the C libraries
pub(crate) const fn block_length(locale: usize, share_english: bool) -> usize {
    if !has_own_block(locale) {
        return 0;
    }
    let mut length = 0;
    let mut column = 0;
    while column < COLUMN_COUNT {
        if FIRST_COLUMNS[locale][column] as usize == column && !(share_english && is_english(locale, column)) {
            length += message(locale, COLUMN_ROW[column]).len() + 1;
        }
        column += 1;
    }
    length
}

/// The UTF-8 bytes of the distinct translated messages this build carries,
/// NULs excluded, summed over the locales (English excluded): the figure the
/// size budget of the library is set against.
pub const TRANSLATED_BYTES: usize = {
    let mut bytes = 0;
    let mut locale = 0;
    while locale < LOCALE_COUNT {
        let mut column = 0;
        while has_own_block(locale) && column < COLUMN_COUNT {
            if FIRST_COLUMNS[locale][column] as usize == column {
                bytes += message(locale, COLUMN_ROW[column]).len();
            }
            column += 1;
        }
        locale += 1;
    }
    bytes
};

/// The tags of the locales, NUL-terminated, one after the other, and where
/// each starts: `keyless_error_locale_tag`'s answers, without pointers.
const TAG_BLOB_LENGTH: usize = {
    let mut length = 0;
    let mut locale = 0;
    while locale < LOCALE_COUNT {
        length += LOCALE_TAGS[locale].len() + 1;
        locale += 1;
    }
    length
};

/// The tag of every locale (an uncarried one answers `en`'s), as offsets
/// from the start of this struct to NUL-terminated printable ASCII. One more
/// offset than there are locales, `en`'s, answers every other number: the
/// lookup is then a clamp and a load, with no branch.
#[repr(C)]
pub(crate) struct Tags {
    offsets: [u16; LOCALE_COUNT + 1],
    blob: [u8; TAG_BLOB_LENGTH],
}

pub(crate) static TAGS: Tags = {
    let mut tags = Tags { offsets: [0; LOCALE_COUNT + 1], blob: [0; TAG_BLOB_LENGTH] };
    let base = core::mem::offset_of!(Tags, blob);
    let mut end = 0;
    let mut locale = 0;
    while locale < LOCALE_COUNT {
        let tag = LOCALE_TAGS[locale].as_bytes();
        assert!(!tag.is_empty() && tag.len() <= 16, "a tag of l10n/LINGUAS is empty or too long");
        // `en` is first, at the blob's start.
        tags.offsets[locale] = if is_carried(locale) { (base + end) as u16 } else { base as u16 };
        let mut b = 0;
        while b < tag.len() {
            assert!(tag[b].is_ascii_alphanumeric() || tag[b] == b'-', "a tag of l10n/LINGUAS is not BCP-47");
            tags.blob[end] = tag[b];
            end += 1;
            b += 1;
        }
        tags.blob[end] = 0;
        end += 1;
        locale += 1;
    }
    tags.offsets[LOCALE_COUNT] = base as u16;
    assert!(base + end <= u16::MAX as usize);
    tags
};

impl Tags {
    /// The tag of `locale` as a static C string; `en` for any value that is
    /// not a carried locale.
    #[inline(always)]
    pub(crate) fn tag(&'static self, locale: u32) -> *const core::ffi::c_char {
        let index = if (locale as usize) < LOCALE_COUNT { locale as usize } else { LOCALE_COUNT };
        // SAFETY: `index` is at most LOCALE_COUNT, the last element. Unchecked,
        // because a checked index would be a panic path in a C function.
        let offset = unsafe { *self.offsets.get_unchecked(index) } as usize;
        // SAFETY: every offset was recorded above as the start of a
        // NUL-terminated tag inside this struct's `blob`.
        unsafe { (self as *const Tags).cast::<u8>().add(offset).cast() }
    }
}

//! The tables the C ABI reads, built from the catalog at compile time.
//!
//! The catalog ([`crate::catalog`]) is written for people: one entry per code,
//! with its texts side by side. Answering from it directly costs a comparison
//! tree per call and a table of pointers, which the dynamic loader must
//! relocate one by one. So the C ABI reads this compact form instead, which
//! `const` evaluation derives from the catalog, so the two cannot disagree:
//!
//! - **A perfect hash.** `slot_of` maps each documented code to its own slot of
//!   [`SLOTS`] with one multiplication and one shift; the multiplier is found
//!   at compile time. A lookup is then one load and one comparison, whatever
//!   the code, documented or not.
//! - **Rows.** Each slot holds the answers of the code in it. A code that
//!   misses gets its category's general guidance straight from the catalog
//!   ([`catalog::undocumented`]), whose values are constants: the compiler
//!   folds "range rule, then guidance" into a few compares that end in the
//!   answer, as a hand-written `switch` would.
//! - **One string blob.** Every distinct text is stored once, NUL-terminated,
//!   in one byte array; rows hold 16-bit offsets into it. Offsets, unlike
//!   pointers, need no relocation: the library has no pointer table at all.

use core::ffi::c_char;

use crate::action::KeylessErrorAction;
use crate::catalog::{self, Entry, KNOWN_CODES};
use crate::category::KeylessErrorCategory;
use crate::l10n::{self, COLUMN_COUNT, LOCALE_COUNT};
use crate::text::Text;

/// Slots of the perfect hash: a power of two, at least twice the catalog, so
/// that a multiplier without collisions is quick to find. It grows with the
/// catalog by itself; 128 serves up to 64 codes.
const SLOTS: usize = {
    let twice = (KNOWN_CODES.len() * 2).next_power_of_two();
    if twice > 128 { twice } else { 128 }
};
const SLOT_BITS: u32 = SLOTS.trailing_zeros();
// Rows of a slot are stored as u8 (see `slot_entry_indices`).
const _: () = assert!(
    KNOWN_CODES.len() <= u8::MAX as usize,
    "over 255 documented codes: store slot_entry_indices and Tables::slot_columns as u16"
);

/// The text fields of an entry, in the order of [`Tables::text_offsets`].
#[derive(Clone, Copy)]
#[repr(usize)]
pub enum TextField {
    /// [`Entry::name`]
    Name,
    /// [`Entry::title`]
    Title,
    /// [`Entry::description`]
    Description,
    /// [`Entry::advice`]
    Advice,
    /// [`Entry::user_message`]
    UserMessage,
    /// [`Entry::note`]
    Note,
    /// [`Entry::shared_name`]
    SharedName,
}
const TEXT_FIELDS: usize = 7;

impl TextField {
    /// Every field, in the order of its number.
    const ALL: [TextField; TEXT_FIELDS] = [
        TextField::Name,
        TextField::Title,
        TextField::Description,
        TextField::Advice,
        TextField::UserMessage,
        TextField::Note,
        TextField::SharedName,
    ];

    /// The field numbered `index`. Const generics cannot take an enum on
    /// stable Rust, so [`Tables::text`] takes the number; this turns it back
    /// into the enum at compile time, where a bad number is a build error.
    #[inline] // evaluated at compile time; `inline` keeps its panic paths out of the C libraries
    pub const fn from_index(index: usize) -> TextField {
        assert!(index < TEXT_FIELDS, "not a TextField number");
        let field = Self::ALL[index];
        assert!(field as usize == index, "TextField::ALL is out of order");
        field
    }
}

/// One text of an entry; exhaustive, so a new field cannot be missed.
const fn text_of(entry: &Entry, field: TextField) -> Text {
    match field {
        TextField::Name => entry.name,
        TextField::Title => entry.title,
        TextField::Description => entry.description,
        TextField::Advice => entry.advice,
        TextField::UserMessage => entry.user_message,
        TextField::Note => entry.note,
        TextField::SharedName => entry.shared_name,
    }
}

/// The slot of `code` for a given multiplier: the top bits of the product.
#[inline(always)]
const fn slot_for(code: i32, multiplier: u32) -> usize {
    ((code as u32).wrapping_mul(multiplier) >> (32 - SLOT_BITS)) as usize
}

/// The first odd multiplier (from a golden-ratio start) under which no two
/// documented codes share a slot. Compilation fails if none is found.
const fn find_multiplier() -> u32 {
    assert!(KNOWN_CODES.len() * 2 <= SLOTS, "SLOTS must be at least twice the catalog");
    let mut multiplier: u32 = 0x9E37_79B1;
    let mut attempts = 0;
    while attempts < 1_000_000 {
        let mut used = [false; SLOTS];
        let mut i = 0;
        let mut collision = false;
        while i < KNOWN_CODES.len() {
            let slot = slot_for(KNOWN_CODES[i], multiplier);
            if used[slot] {
                collision = true;
                break;
            }
            used[slot] = true;
            i += 1;
        }
        if !collision {
            return multiplier;
        }
        multiplier = multiplier.wrapping_add(2);
        attempts += 1;
    }
    panic!("no perfect hash multiplier found for the catalog");
}

/// The multiplier of the perfect hash.
const MULTIPLIER: u32 = find_multiplier();

/// The slot of `code`; a documented code is alone in its slot.
#[inline(always)]
pub const fn slot_of(code: i32) -> usize {
    slot_for(code, MULTIPLIER)
}

/// The documented entries, in catalog order.
const ENTRY_COUNT: usize = KNOWN_CODES.len();
const fn documented_entries() -> [&'static Entry; ENTRY_COUNT] {
    let mut entries = [catalog::undocumented(KeylessErrorCategory::Unknown); ENTRY_COUNT];
    let mut i = 0;
    while i < KNOWN_CODES.len() {
        let Some(entry) = catalog::documented(KNOWN_CODES[i]) else { panic!("listed code has no entry") };
        entries[i] = entry;
        i += 1;
    }
    entries
}
const ENTRIES: [&Entry; ENTRY_COUNT] = documented_entries();

/// The index in [`ENTRIES`] of each slot's entry. Empty slots are never
/// read (their key never matches); they point at the first entry.
const fn slot_entry_indices() -> [u8; SLOTS] {
    let mut slots = [0u8; SLOTS];
    let mut i = 0;
    while i < KNOWN_CODES.len() {
        slots[slot_of(KNOWN_CODES[i])] = i as u8;
        i += 1;
    }
    slots
}

/// The texts of the English blob: every field of every documented entry,
/// entry by entry, then the user message of each category's undocumented
/// codes (the English row of the localised messages; the other fields of
/// undocumented codes are constants of the catalog, see `guidance!`).
const fn text_number(index: usize) -> &'static [u8] {
    if index < DOCUMENTED_TEXT_COUNT {
        text_of(ENTRIES[index / TEXT_FIELDS], TextField::from_index(index % TEXT_FIELDS)).as_str().as_bytes()
    } else {
        l10n::english(KNOWN_CODES.len() + (index - DOCUMENTED_TEXT_COUNT)).as_bytes()
    }
}
const DOCUMENTED_TEXT_COUNT: usize = ENTRY_COUNT * TEXT_FIELDS;
const TEXT_COUNT: usize = DOCUMENTED_TEXT_COUNT + KeylessErrorCategory::all().len();

/// For each text, the number of the first text equal to it (itself when it
/// is the first): the blob stores only those.
const fn first_occurrences() -> [u16; TEXT_COUNT] {
    let mut first = [0u16; TEXT_COUNT];
    let mut i = 0;
    while i < TEXT_COUNT {
        let mut j = 0;
        while j < i && !crate::text::same_bytes(text_number(j), text_number(i)) {
            j += 1;
        }
        first[i] = if j < i { first[j] } else { i as u16 };
        i += 1;
    }
    first
}
const FIRST_OCCURRENCE: [u16; TEXT_COUNT] = first_occurrences();

/// The blob's size: every distinct text once, each with its NUL.
const fn blob_length() -> usize {
    let mut length = 0;
    let mut i = 0;
    while i < TEXT_COUNT {
        if FIRST_OCCURRENCE[i] as usize == i {
            length += text_number(i).len() + 1;
        }
        i += 1;
    }
    length
}
const BLOB_LENGTH: usize = blob_length();

/// Everything the C ABI reads, in one immutable static.
///
/// `repr(C)`, so that the English blob and the translations' blob are
/// adjacent, in this order, at the end: a locale whose block starts within
/// 64 KB of the English blob can then read its messages that are the English
/// ones word for word (most of `en-GB`'s) from the English blob, with the
/// same 16-bit offsets.
#[repr(C)]
pub struct Tables {
    /// The code in each slot. An empty slot holds a documented code of
    /// another slot, which can never hash here, so it never matches.
    keys: [i32; SLOTS],
    /// For each text field, each row's offset into `blob`.
    text_offsets: [[u16; SLOTS]; TEXT_FIELDS],
    actions: [KeylessErrorAction; SLOTS],
    retryable: [bool; SLOTS],
    deprecated: [bool; SLOTS],
    shared_codes: [i32; SLOTS],
    /// The lengths of each row's name and title, for the line writer.
    name_lengths: [u8; SLOTS],
    title_lengths: [u8; SLOTS],
    /// The user messages in every language: a message is found by its
    /// column (see [`l10n::COLUMN_OF_ROW`]) and its locale.
    /// `message_bases[locale]` is where the locale's offsets count from,
    /// counted from the start of the English blob, and
    /// `message_offsets[locale][column]` where the message starts from there.
    /// `en` reads the English blob; a locale this build does not carry has
    /// `en`'s base and offsets.
    message_bases: [u32; LOCALE_COUNT],
    message_offsets: [[u16; COLUMN_COUNT]; LOCALE_COUNT],
    /// The column of the message of each slot's documented code.
    slot_columns: [u8; SLOTS],
    /// Every distinct text, NUL-terminated, printable ASCII.
    blob: [u8; BLOB_LENGTH],
    /// Every carried locale's distinct messages but `en`'s, NUL-terminated
    /// UTF-8, locale after locale; it must directly follow `blob`.
    translations_blob: [u8; TRANSLATIONS_LENGTH],
}

/// Where each locale's block goes in the translations' blob, and whether it
/// reads its English-identical messages from the English blob: it does when
/// all of its block then lies within 16-bit offsets of the English blob.
struct BlockLayout {
    starts: [usize; LOCALE_COUNT],
    shares_english: [bool; LOCALE_COUNT],
    total: usize,
}
const LAYOUT: BlockLayout = {
    let mut layout = BlockLayout { starts: [0; LOCALE_COUNT], shares_english: [false; LOCALE_COUNT], total: 0 };
    let mut locale = 0;
    while locale < LOCALE_COUNT {
        layout.starts[locale] = layout.total;
        let shared = l10n::block_length(locale, true);
        let shares = BLOB_LENGTH + layout.total + shared <= u16::MAX as usize;
        layout.shares_english[locale] = shares;
        let length = if shares { shared } else { l10n::block_length(locale, false) };
        assert!(length <= u16::MAX as usize, "a locale's messages outgrew 16-bit offsets");
        layout.total += length;
        locale += 1;
    }
    layout
};
const TRANSLATIONS_LENGTH: usize = LAYOUT.total;

const fn build() -> Tables {
    assert!(BLOB_LENGTH <= u16::MAX as usize, "the blob outgrew 16-bit offsets");
    let mut tables = Tables {
        // An empty slot keeps KNOWN_CODES[0], which hashes to another slot.
        keys: [KNOWN_CODES[0]; SLOTS],
        text_offsets: [[0; SLOTS]; TEXT_FIELDS],
        actions: [KeylessErrorAction::None; SLOTS],
        retryable: [false; SLOTS],
        deprecated: [false; SLOTS],
        shared_codes: [0; SLOTS],
        name_lengths: [0; SLOTS],
        title_lengths: [0; SLOTS],
        message_bases: [0; LOCALE_COUNT],
        message_offsets: [[0; COLUMN_COUNT]; LOCALE_COUNT],
        slot_columns: [0; SLOTS],
        blob: [0; BLOB_LENGTH],
        translations_blob: [0; TRANSLATIONS_LENGTH],
    };
    let mut i = 0;
    while i < KNOWN_CODES.len() {
        tables.keys[slot_of(KNOWN_CODES[i])] = KNOWN_CODES[i];
        i += 1;
    }

    // The blob, and the offset of every text in it.
    let mut offsets = [0u16; TEXT_COUNT];
    let mut end = 0;
    let mut t = 0;
    while t < TEXT_COUNT {
        let first = FIRST_OCCURRENCE[t] as usize;
        if first == t {
            offsets[t] = end as u16;
            let text = text_number(t);
            let mut b = 0;
            while b < text.len() {
                tables.blob[end] = text[b];
                end += 1;
                b += 1;
            }
            tables.blob[end] = 0;
            end += 1;
        } else {
            offsets[t] = offsets[first];
        }
        t += 1;
    }
    assert!(end == BLOB_LENGTH);

    // The localised messages. Offsets count from the English blob, which is
    // where `en` (and any locale this build does not carry) reads them; a
    // carried locale's base is the English blob's when it shares it, else
    // the start of its own block.
    assert!(
        core::mem::offset_of!(Tables, translations_blob) == core::mem::offset_of!(Tables, blob) + BLOB_LENGTH,
        "the translations' blob must directly follow the English blob"
    );
    let english_base = core::mem::offset_of!(Tables, blob);
    let mut english_offsets = [0u16; COLUMN_COUNT];
    let mut column = 0;
    while column < COLUMN_COUNT {
        let row = l10n::COLUMN_ROW[column];
        english_offsets[column] = if row < ENTRY_COUNT {
            offsets[row * TEXT_FIELDS + TextField::UserMessage as usize]
        } else {
            offsets[DOCUMENTED_TEXT_COUNT + (row - ENTRY_COUNT)]
        };
        column += 1;
    }
    let mut locale = 0;
    while locale < LOCALE_COUNT {
        if !l10n::has_own_block(locale) {
            tables.message_bases[locale] = english_base as u32;
            tables.message_offsets[locale] = english_offsets;
            locale += 1;
            continue;
        }
        let shares = LAYOUT.shares_english[locale];
        let start = LAYOUT.starts[locale];
        // Offsets of this block's messages count from its base.
        let (base, block_offset) = if shares { (english_base, BLOB_LENGTH + start) } else { (english_base + BLOB_LENGTH + start, 0) };
        tables.message_bases[locale] = base as u32;
        let mut end = 0;
        let mut column = 0;
        while column < COLUMN_COUNT {
            let first = l10n::FIRST_COLUMNS[locale][column] as usize;
            if shares && l10n::is_english(locale, column) {
                tables.message_offsets[locale][column] = english_offsets[column];
            } else if first == column {
                tables.message_offsets[locale][column] = (block_offset + end) as u16;
                let text = l10n::message(locale, l10n::COLUMN_ROW[column]).as_bytes();
                let mut b = 0;
                while b < text.len() {
                    tables.translations_blob[start + end] = text[b];
                    end += 1;
                    b += 1;
                }
                tables.translations_blob[start + end] = 0;
                end += 1;
            } else {
                tables.message_offsets[locale][column] = tables.message_offsets[locale][first];
            }
            column += 1;
        }
        assert!(end == l10n::block_length(locale, shares));
        locale += 1;
    }
    let rows = slot_entry_indices();
    let mut row = 0;
    while row < SLOTS {
        let index = rows[row] as usize;
        let entry = ENTRIES[index];
        tables.actions[row] = entry.action;
        tables.retryable[row] = entry.action.is_retryable();
        tables.deprecated[row] = entry.deprecated;
        tables.shared_codes[row] = entry.shared_code;
        tables.slot_columns[row] = l10n::COLUMN_OF_ROW[index];
        assert!(entry.name.as_str().len() <= u8::MAX as usize && entry.title.as_str().len() <= u8::MAX as usize);
        tables.name_lengths[row] = entry.name.as_str().len() as u8;
        tables.title_lengths[row] = entry.title.as_str().len() as u8;
        let mut field = 0;
        while field < TEXT_FIELDS {
            tables.text_offsets[field][row] = offsets[index * TEXT_FIELDS + field];
            field += 1;
        }
        row += 1;
    }
    tables
}

/// The column of the message of `category`'s undocumented codes.
const fn category_column(category: KeylessErrorCategory) -> usize {
    l10n::COLUMN_OF_ROW[l10n::category_row(category)] as usize
}

/// The tables, built when the crate compiles.
pub(crate) static TABLES: Tables = build();

/// The value of an undocumented `code`: `$value`, read from its category's
/// general guidance `$entry`, with each category's value a constant.
macro_rules! guidance {
    ($code:expr, |$entry:ident| $value:expr) => {
        crate::category::by_range(
            $code,
            const { let $entry = catalog::undocumented(KeylessErrorCategory::Unknown); $value },
            const { let $entry = catalog::undocumented(KeylessErrorCategory::Internal); $value },
            const { let $entry = catalog::undocumented(KeylessErrorCategory::Integration); $value },
            const { let $entry = catalog::undocumented(KeylessErrorCategory::User); $value },
            const { let $entry = catalog::undocumented(KeylessErrorCategory::AntiInject); $value },
        )
    };
}

impl Tables {
    /// The slot of `code` when it is documented.
    #[inline(always)]
    fn documented_slot(&self, code: i32) -> Option<usize> {
        let slot = slot_of(code);
        if self.keys[slot] == code { Some(slot) } else { None }
    }

    /// True when `code` is documented.
    #[inline(always)]
    pub fn is_known(&self, code: i32) -> bool {
        self.documented_slot(code).is_some()
    }

    /// Text `FIELD` (a [`TextField`]) of `code`, as a static C string.
    #[inline(always)]
    pub fn text<const FIELD: usize>(&self, code: i32) -> *const c_char {
        match self.documented_slot(code) {
            Some(slot) => {
                let offset = self.text_offsets[FIELD][slot] as usize;
                // SAFETY: every offset was recorded by `build` as the start
                // of a NUL-terminated string inside `blob`.
                unsafe { self.blob.as_ptr().add(offset).cast() }
            }
            None => guidance!(code, |entry| text_of(entry, TextField::from_index(FIELD)).as_ptr()),
        }
    }

    /// The name and title of `code`, without their NULs, for the line writer.
    #[inline(always)]
    pub fn name_and_title(&'static self, code: i32) -> (&'static [u8], &'static [u8]) {
        match self.documented_slot(code) {
            Some(slot) => (
                self.bytes_at(self.text_offsets[TextField::Name as usize][slot], self.name_lengths[slot]),
                self.bytes_at(self.text_offsets[TextField::Title as usize][slot], self.title_lengths[slot]),
            ),
            None => guidance!(code, |entry| (entry.name.as_str().as_bytes(), entry.title.as_str().as_bytes())),
        }
    }

    #[inline(always)]
    fn bytes_at(&'static self, offset: u16, length: u8) -> &'static [u8] {
        // SAFETY: `build` recorded this offset and length for a string it
        // wrote inside `blob`.
        unsafe { core::slice::from_raw_parts(self.blob.as_ptr().add(offset as usize), length as usize) }
    }

    /// The recommended action for `code`.
    #[inline(always)]
    pub fn action(&self, code: i32) -> KeylessErrorAction {
        match self.documented_slot(code) {
            Some(slot) => self.actions[slot],
            None => guidance!(code, |entry| entry.action),
        }
    }

    /// Whether the action for `code` lets the user simply try again.
    #[inline(always)]
    pub fn is_retryable(&self, code: i32) -> bool {
        match self.documented_slot(code) {
            Some(slot) => self.retryable[slot],
            None => guidance!(code, |entry| entry.action.is_retryable()),
        }
    }

    /// Whether current SDKs no longer return `code`.
    #[inline(always)]
    pub fn is_deprecated(&self, code: i32) -> bool {
        match self.documented_slot(code) {
            Some(slot) => self.deprecated[slot],
            None => guidance!(code, |entry| entry.deprecated),
        }
    }

    /// The user message of `code` in `locale` (a `KeylessErrorLocale`: any
    /// value that is not a carried locale answers in English).
    #[inline(always)]
    pub fn user_message_localized(&'static self, code: i32, locale: u32) -> *const c_char {
        let locale = if (locale as usize) < LOCALE_COUNT { locale as usize } else { 0 };
        let column = match self.documented_slot(code) {
            Some(slot) => self.slot_columns[slot] as usize,
            None => crate::category::by_range(
                code,
                const { category_column(KeylessErrorCategory::Unknown) },
                const { category_column(KeylessErrorCategory::Internal) },
                const { category_column(KeylessErrorCategory::Integration) },
                const { category_column(KeylessErrorCategory::User) },
                const { category_column(KeylessErrorCategory::AntiInject) },
            ),
        };
        // SAFETY: `locale` was just clamped below LOCALE_COUNT, and `column`
        // is a slot's or a category's column, each below COLUMN_COUNT by the
        // construction of COLUMN_OF_ROW. Unchecked, because a checked index
        // would be a panic path in a C function.
        let (base, offset) = unsafe {
            (
                *self.message_bases.get_unchecked(locale),
                *self.message_offsets.get_unchecked(locale).get_unchecked(column),
            )
        };
        // SAFETY: `build` recorded every base and offset so that their sum
        // is the start of a NUL-terminated message inside this `Tables`.
        unsafe { (self as *const Tables).cast::<u8>().add(base as usize + offset as usize).cast() }
    }

    /// The shared-model code of `code`.
    #[inline(always)]
    pub fn shared_code(&self, code: i32) -> i32 {
        match self.documented_slot(code) {
            Some(slot) => self.shared_codes[slot],
            None => guidance!(code, |entry| entry.shared_code),
        }
    }
}

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
use crate::l10n::{self, LOCALE_COUNT, MESSAGE_ROWS};
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
    "over 255 documented codes: store slot_entry_indices and Localized::slot_rows as u16"
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
    /// Every distinct text, NUL-terminated, printable ASCII.
    blob: [u8; BLOB_LENGTH],
    /// The user messages in every language.
    localized: Localized,
}

/// The user messages in every language. A message is found by its row (see
/// [`l10n::MESSAGE_ROWS`]) and its locale: `bases[locale]` is where the
/// locale's block starts, counted from the start of [`Tables`], and
/// `offsets[locale][row]` where the message starts in that block. `en`'s
/// block is the English blob itself; a locale this build does not carry has
/// `en`'s base and offsets.
struct Localized {
    /// The row of each slot's documented code.
    slot_rows: [u8; SLOTS],
    bases: [u32; LOCALE_COUNT],
    offsets: [[u16; MESSAGE_ROWS]; LOCALE_COUNT],
    /// Every carried locale's distinct messages but `en`'s, NUL-terminated UTF-8.
    blob: [u8; LOCALIZED_BLOB_LENGTH],
}
const LOCALIZED_BLOB_LENGTH: usize = l10n::blob_length();

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
        blob: [0; BLOB_LENGTH],
        localized: Localized {
            slot_rows: slot_entry_indices(),
            bases: [0; LOCALE_COUNT],
            offsets: [[0; MESSAGE_ROWS]; LOCALE_COUNT],
            blob: [0; LOCALIZED_BLOB_LENGTH],
        },
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

    // The localised messages: `en` points into the English blob (the user
    // message of each documented entry, then each category's), every other
    // carried locale into its own block of the translations' blob.
    let english_base = core::mem::offset_of!(Tables, blob);
    let mut english_offsets = [0u16; MESSAGE_ROWS];
    let mut row = 0;
    while row < MESSAGE_ROWS {
        english_offsets[row] = if row < ENTRY_COUNT {
            offsets[row * TEXT_FIELDS + TextField::UserMessage as usize]
        } else {
            offsets[DOCUMENTED_TEXT_COUNT + (row - ENTRY_COUNT)]
        };
        row += 1;
    }
    let localized_base = core::mem::offset_of!(Tables, localized) + core::mem::offset_of!(Localized, blob);
    let mut block_start = 0;
    let mut locale = 0;
    while locale < LOCALE_COUNT {
        if !l10n::has_own_block(locale) {
            tables.localized.bases[locale] = english_base as u32;
            tables.localized.offsets[locale] = english_offsets;
        } else {
            tables.localized.bases[locale] = (localized_base + block_start) as u32;
            let mut end = 0;
            let mut row = 0;
            while row < MESSAGE_ROWS {
                let first = l10n::FIRST_ROWS[locale][row] as usize;
                if first == row {
                    tables.localized.offsets[locale][row] = end as u16;
                    let text = l10n::message(locale, row).as_bytes();
                    let mut b = 0;
                    while b < text.len() {
                        tables.localized.blob[block_start + end] = text[b];
                        end += 1;
                        b += 1;
                    }
                    tables.localized.blob[block_start + end] = 0;
                    end += 1;
                } else {
                    tables.localized.offsets[locale][row] = tables.localized.offsets[locale][first];
                }
                row += 1;
            }
            assert!(end == l10n::block_length(locale));
            block_start += end;
        }
        locale += 1;
    }
    assert!(block_start == LOCALIZED_BLOB_LENGTH);

    let rows = slot_entry_indices();
    let mut row = 0;
    while row < SLOTS {
        let index = rows[row] as usize;
        let entry = ENTRIES[index];
        tables.actions[row] = entry.action;
        tables.retryable[row] = entry.action.is_retryable();
        tables.deprecated[row] = entry.deprecated;
        tables.shared_codes[row] = entry.shared_code;
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
        let localized = &self.localized;
        let locale = if (locale as usize) < LOCALE_COUNT { locale as usize } else { 0 };
        let row = match self.documented_slot(code) {
            Some(slot) => localized.slot_rows[slot] as usize,
            None => crate::category::by_range(
                code,
                const { l10n::category_row(KeylessErrorCategory::Unknown) },
                const { l10n::category_row(KeylessErrorCategory::Internal) },
                const { l10n::category_row(KeylessErrorCategory::Integration) },
                const { l10n::category_row(KeylessErrorCategory::User) },
                const { l10n::category_row(KeylessErrorCategory::AntiInject) },
            ),
        };
        // SAFETY: `locale` was just clamped below LOCALE_COUNT, and `row` is
        // a slot's row (below KNOWN_CODES.len(), checked when the rows were
        // built) or a category's row: both below MESSAGE_ROWS. Unchecked,
        // because a checked index would be a panic path in a C function.
        let (base, offset) = unsafe {
            (
                *localized.bases.get_unchecked(locale),
                *localized.offsets.get_unchecked(locale).get_unchecked(row),
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

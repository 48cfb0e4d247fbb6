//! The one-line summary `<code> <NAME> (<category>): <title>`, written into a
//! caller's buffer with `snprintf` semantics and no allocation.

use crate::category::KeylessErrorCategory;
use crate::lookup::TABLES;

/// Writes the summary line of `code` into `out`, truncating when it does not
/// fit and always NUL-terminating when `out` is not empty.
///
/// Returns the length of the whole line, not counting the NUL, so a return
/// value `>= out.len()` means the line was truncated.
pub fn write_line(code: i32, out: &mut [u8]) -> usize {
    let (name, title) = TABLES.name_and_title(code);
    let category = KeylessErrorCategory::of(code).label().as_str().as_bytes();
    let mut digits = [0u8; 11];
    let number = decimal(code, &mut digits);
    let pieces: [&[u8]; 7] = [number, b" ", name, b" (", category, b"): ", title];

    let mut needed = 0;
    for piece in pieces {
        needed += piece.len();
    }
    if needed < out.len() {
        // The usual case: the whole line and its NUL fit, so no piece needs
        // clipping, and the separators are stored as constants.
        // SAFETY: the pieces add up to `needed` bytes and `out` has at least
        // `needed + 1`, so every write below stays inside `out`; a caller's
        // buffer cannot overlap our statics or our stack.
        unsafe {
            let mut at = out.as_mut_ptr();
            at = append(at, number);
            at.write(b' ');
            at = append(at.add(1), name);
            at.cast::<[u8; 2]>().write_unaligned(*b" (");
            at = append(at.add(2), category);
            at.cast::<[u8; 3]>().write_unaligned(*b"): ");
            at = append(at.add(3), title);
            at.write(0);
        }
        return needed;
    }
    write_clipped(&pieces, out);
    needed
}

/// Copies `piece` to `at` and returns the address just past it.
///
/// # Safety
/// `at` must have room for `piece.len()` bytes, and not overlap `piece`.
#[inline(always)]
unsafe fn append(at: *mut u8, piece: &[u8]) -> *mut u8 {
    // SAFETY: as the caller promises.
    unsafe {
        core::ptr::copy_nonoverlapping(piece.as_ptr(), at, piece.len());
        at.add(piece.len())
    }
}

/// Writes what fits of `pieces` into `out`, keeping its last byte for the
/// NUL; writes nothing when `out` is empty.
#[cold]
fn write_clipped(pieces: &[&[u8]], out: &mut [u8]) {
    let Some(text_room) = out.len().checked_sub(1) else { return };
    let mut written = 0;
    for piece in pieces {
        let fitting = (text_room - written).min(piece.len());
        if let Some(destination) = out.get_mut(written..written + fitting) {
            // `zip` rather than `copy_from_slice`, whose length check is a panic path.
            for (slot, &byte) in destination.iter_mut().zip(piece.iter()) {
                *slot = byte;
            }
        }
        written += fitting;
    }
    if let Some(terminator) = out.get_mut(written) {
        *terminator = 0;
    }
}

/// Formats `code` in decimal into the tail of `digits`, with a leading '-'
/// when negative; `i32::MIN` needs all 11 bytes.
#[inline(always)]
fn decimal(code: i32, digits: &mut [u8; 11]) -> &[u8] {
    let mut magnitude = code.unsigned_abs();
    let mut start = digits.len();
    loop {
        start = start.saturating_sub(1);
        if let Some(slot) = digits.get_mut(start) {
            *slot = b'0' + (magnitude % 10) as u8;
        }
        magnitude /= 10;
        if magnitude == 0 {
            break;
        }
    }
    if code < 0 {
        start = start.saturating_sub(1);
        if let Some(slot) = digits.get_mut(start) {
            *slot = b'-';
        }
    }
    digits.get(start..).unwrap_or(&[])
}

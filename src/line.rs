//! The one-line summary `<code> <NAME> (<category>): <title>`, written into a
//! caller's buffer with `snprintf` semantics and no allocation.

use crate::catalog;
use crate::category::KeylessErrorCategory;

/// Writes the summary line of `code` into `out`, truncating when it does not
/// fit and always NUL-terminating when `out` is not empty.
///
/// Returns the length of the whole line, not counting the NUL, so a return
/// value `>= out.len()` means the line was truncated.
pub fn write_line(code: i32, out: &mut [u8]) -> usize {
    let entry = catalog::entry(code);
    // Room for the text is one byte less than the buffer: the NUL needs one.
    let text_room = out.len().saturating_sub(1);
    let mut sink = Sink { out, text_room, written: 0 };
    let mut digits = [0u8; 11];
    sink.push(decimal(code, &mut digits));
    sink.push(b" ");
    sink.push(entry.name.as_str().as_bytes());
    sink.push(b" (");
    sink.push(KeylessErrorCategory::of(code).label().as_str().as_bytes());
    sink.push(b"): ");
    sink.push(entry.title.as_str().as_bytes());
    let needed = sink.written;
    if let Some(terminator) = sink.out.get_mut(needed.min(text_room)) {
        *terminator = 0;
    }
    needed
}

/// Counts every byte of the line, and copies the ones that fit.
struct Sink<'a> {
    out: &'a mut [u8],
    text_room: usize,
    written: usize,
}

impl Sink<'_> {
    fn push(&mut self, bytes: &[u8]) {
        let start = self.written;
        let fitting = self.text_room.saturating_sub(start).min(bytes.len());
        let end = start.saturating_add(fitting);
        if let Some(destination) = self.out.get_mut(start..end) {
            // `zip` rather than `copy_from_slice`, whose length check is a panic path.
            for (slot, &byte) in destination.iter_mut().zip(bytes) {
                *slot = byte;
            }
        }
        self.written = start.saturating_add(bytes.len());
    }
}

/// Formats `code` in decimal into the tail of `digits`, with a leading '-'
/// when negative; `i32::MIN` needs all 11 bytes.
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

//! `annotate`: copies a log unchanged, byte for byte, and adds one line after
//! each line that carries a Keyless error code, saying what the code means.
//!
//! # What counts as a code
//! A run of 1 to 10 ASCII digits (at most 2147483647; never signed) in one of
//! two places:
//! - a **code key**: right after the word `code`, or `errorCode`, `error_code`,
//!   `error-code`, `error code` (any case; a whole word, so not `requestCode`,
//!   `statusCode`, `exit-code` or `barcode`), the key optionally quoted, then
//!   `=` or `:` (spaces are enough after the `error` forms), the value
//!   optionally quoted: `code=30004`, `Code=30004` (NSError), `code: 30004`,
//!   `"code":30004`, `errorCode 30004`, `KeylessSdkError(code=30004, …)`;
//!   not `exit code 1`;
//! - an **error word**: right after `error`, `failed` or `failure` (any case,
//!   also ending a longer word such as `KeylessSdkError`) and up to four of
//!   ` :=#([` and quotes: `Keyless error 30004`, `enrollment failed: 30004`.
//!
//! The digits must stand alone: not followed by a letter, `_` or `%`, nor by
//! `.`, `:`, `-`, `/` or `,` and a digit. So a version (`5.2.1`), a time
//! (`12:34:56`), a date (`2024-05-01`), an address (`10.0.0.1:443`) or a
//! duration (`340ms`) never counts.
//!
//! A line is a **Keyless line** when it contains `Keyless`, `keyless` or
//! `KEYLESS` anywhere: the SDK's error types (`KeylessSdkError`,
//! `KeylessSDKError`), its log tags and its package names all do.
//! - A code key counts when its code is documented, or on a Keyless line
//!   (so an HTTP client's `code=200` is left alone).
//! - An error word counts only on a Keyless line, and only for a documented
//!   code or an undocumented one from 10000 up (the SDK's own blocks), so
//!   `Keyless: HTTP error 404` is left alone too.
//! - Any other number (a timestamp, a PID or TID, a port, a year, a count)
//!   never counts.
//!
//! # Output
//! Text: the input, and after each line with a code one annotation line:
//! the fixed prefix [`PREFIX`], then `CODE NAME (category, ACTION): advice`
//! for each distinct code of the line, joined by ` | `. The annotation ends
//! like the line it follows (CRLF after a CRLF line). When the input's last
//! line has no line end, the annotation goes on a line of its own without a
//! line end either. Lines that already start with the prefix are copied and
//! never scanned. To get the input back:
//! delete every line that starts with the prefix, with its line end; a last
//! such line without a line end takes the line end before it instead.
//!
//! JSON (`--json`): one object per finding, with its file, line and column,
//! instead of the log.
//!
//! # Streaming
//! Memory is constant (one buffer of [`CHUNK`] bytes) whatever the line
//! lengths. The input is scanned for the trigger words with one SIMD
//! multi-pattern search (aho-corasick's Teddy); only the few bytes around a
//! trigger are looked at further. Complete lines are written out as soon as
//! they have been read, so `adb logcat | keyless-errors annotate` works live.

use std::collections::HashMap;
use std::io::{self, ErrorKind, Read, Write};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

use crate::codes::Code;
use crate::json::Json;

/// Every annotation line starts with this, so that it can be told apart
/// from the log and removed again.
pub const PREFIX: &[u8] = b"[keyless-errors] ";
/// Bytes read at a time; the only buffer, so the memory bound.
pub const CHUNK: usize = 1 << 20;
/// Bytes kept before the scan position when the buffer moves on: the left
/// context of a trigger (`error_` before `code`), and a line's prefix.
const KEEP_LEFT: usize = 32;
/// Bytes a match may reach past its trigger: the longest key, quotes,
/// spaces, separator, ten digits and the two bytes that follow them.
const KEEP_RIGHT: usize = 64;
/// Findings kept per line; more on one line are counted, not reported.
pub const MAX_FINDINGS_PER_LINE: usize = 1000;
/// Distinct codes named in one annotation line; more are counted.
const MAX_CODES_PER_ANNOTATION: usize = 8;
/// Undocumented codes after an error word count from here (the SDK's blocks).
const FIRST_SDK_BLOCK: i32 = 10_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Trigger {
    Keyless,
    Code,
    Error,
    Fail,
}

/// The trigger words, in the three spellings logs use (a case-insensitive
/// search would lose the SIMD prefilter).
const TRIGGERS: [(&str, Trigger); 12] = [
    ("Keyless", Trigger::Keyless),
    ("keyless", Trigger::Keyless),
    ("KEYLESS", Trigger::Keyless),
    ("code", Trigger::Code),
    ("Code", Trigger::Code),
    ("CODE", Trigger::Code),
    ("error", Trigger::Error),
    ("Error", Trigger::Error),
    ("ERROR", Trigger::Error),
    ("fail", Trigger::Fail),
    ("Fail", Trigger::Fail),
    ("FAIL", Trigger::Fail),
];

fn searcher() -> &'static AhoCorasick {
    static SEARCHER: OnceLock<AhoCorasick> = OnceLock::new();
    SEARCHER.get_or_init(|| {
        // Leftmost-first semantics let the search skip ahead with its SIMD
        // prefilter (Teddy); with the standard semantics it walks the
        // automaton byte by byte, about six times slower here. The trigger
        // words never overlap, so both find the same matches.
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::DFA))
            .build(TRIGGERS.map(|(word, _)| word))
            .expect("valid trigger words")
    })
}

/// Where a code was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    CodeKey,
    ErrorWord,
}

impl Place {
    fn label(self) -> &'static str {
        match self {
            Place::CodeKey => "code_key",
            Place::ErrorWord => "error_word",
        }
    }
}

/// A code found in the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub code: i32,
    pub place: Place,
    /// 1-based line number (counted in JSON mode only; 0 otherwise).
    pub line: u64,
    /// 1-based byte column of the code's first digit.
    pub column: u64,
    /// The matched text, from the key or error word to the last digit (JSON mode only).
    pub text: String,
}

impl Finding {
    fn counts(&self, keyless_line: bool) -> bool {
        let documented = Code::of(self.code).documented;
        match self.place {
            Place::CodeKey => documented || keyless_line,
            Place::ErrorWord => keyless_line && (documented || self.code >= FIRST_SDK_BLOCK),
        }
    }
}

/// How to annotate one input.
#[derive(Clone, Debug)]
pub struct Options {
    /// One JSON object per finding instead of the annotated log.
    pub json: bool,
    /// Colour the annotation lines (after their prefix).
    pub colour: bool,
    /// The input's name in JSON findings.
    pub file: String,
    /// False when another input follows, so that an annotation at the very
    /// end still gets a line end and the next input starts on its own line.
    pub last_input: bool,
}

/// What one input contained.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub findings: u64,
    pub annotated_lines: u64,
    /// Findings past [`MAX_FINDINGS_PER_LINE`] on a line, not reported.
    pub not_reported: u64,
}

/// Annotates `input` into `output`.
pub fn annotate(input: &mut dyn Read, output: &mut dyn Write, options: &Options) -> io::Result<Summary> {
    annotate_in_chunks(input, output, options, CHUNK)
}

/// [`annotate`] with a buffer that reads `chunk` bytes at a time (at least
/// 1): the tests use small ones, so that lines, matches and line ends fall
/// across buffer boundaries everywhere. The output does not depend on it.
pub fn annotate_in_chunks(input: &mut dyn Read, output: &mut dyn Write, options: &Options, chunk: usize) -> io::Result<Summary> {
    let mut buf = vec![0u8; chunk.max(1) + KEEP_LEFT + KEEP_RIGHT];
    let mut state = State {
        options,
        out: output,
        base: 0,
        emitted: 0,
        pos: 0,
        line: Line::starting_at(0, 1),
        newlines: 0,
        counted: 0,
        summary: Summary::default(),
        annotations: HashMap::new(),
    };
    let mut len = 0;
    let mut scan_from = 0;
    loop {
        // A buffer can stay full when its only line end came early (nothing
        // could be dropped before it): then go on without reading, since a
        // read into no room would look like the end of the input.
        let eof = if len < buf.len() { read_some(input, &mut buf, &mut len)? } else { false };
        // Complete lines only, unless a line is longer than the buffer.
        let commit = if eof {
            len
        } else if let Some(newline) = memchr::memrchr(b'\n', &buf[scan_from..len]) {
            scan_from + newline + 1
        } else if len == buf.len() {
            len - KEEP_RIGHT
        } else {
            continue;
        };
        let bytes = &buf[..len];
        for found in searcher().find_iter(Input::new(bytes).span(scan_from..len)) {
            let at = found.start();
            if at >= commit {
                break;
            }
            state.advance_to(bytes, at, eof)?;
            if state.line.annotation == Some(true) {
                continue;
            }
            let (_, trigger) = TRIGGERS[found.pattern().as_usize()];
            match trigger {
                Trigger::Keyless => state.line.keyless = true,
                Trigger::Code => {
                    if let Some(found) = code_key(bytes, at) {
                        state.record(bytes, found, Place::CodeKey);
                    }
                }
                Trigger::Error | Trigger::Fail => {
                    if let Some(found) = error_word(bytes, at, trigger) {
                        state.record(bytes, found, Place::ErrorWord);
                    }
                }
            }
        }
        state.advance_to(bytes, commit, eof)?;
        state.pass_through(bytes, commit)?;
        if eof {
            state.finish_input(bytes)?;
            state.out.flush()?;
            return Ok(state.summary);
        }
        // What a live log has so far is shown now, not a buffer later.
        state.out.flush()?;
        let keep_from = commit.saturating_sub(KEEP_LEFT);
        buf.copy_within(keep_from..len, 0);
        len -= keep_from;
        state.base += keep_from as u64;
        state.pos -= keep_from;
        scan_from = commit - keep_from;
    }
}

/// One `read` into the free part of the buffer; true at the end of the input.
fn read_some(input: &mut dyn Read, buf: &mut [u8], len: &mut usize) -> io::Result<bool> {
    loop {
        match input.read(&mut buf[*len..]) {
            Ok(0) => return Ok(true),
            Ok(read) => {
                *len += read;
                return Ok(false);
            }
            Err(error) if error.kind() == ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        }
    }
}

/// A match: where its text starts, where its digits start and end, and the code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Match {
    start: usize,
    digits: usize,
    end: usize,
    code: i32,
}

fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

fn is_quote(byte: u8) -> bool {
    byte == b'"' || byte == b'\''
}

fn is_blank(byte: u8) -> bool {
    byte == b' ' || byte == b'\t'
}

/// The number at `at`, if it is one that stands alone (see the module docs).
fn standalone_number(bytes: &[u8], at: usize) -> Option<(usize, i32)> {
    let digits = bytes[at.min(bytes.len())..].iter().take(11).take_while(|byte| byte.is_ascii_digit()).count();
    if digits == 0 || digits > 10 {
        return None;
    }
    let end = at + digits;
    let value: u64 = std::str::from_utf8(&bytes[at..end]).ok()?.parse().ok()?;
    let code = i32::try_from(value).ok()?;
    if let Some(&next) = bytes.get(end) {
        let digit_follows = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if is_word(next) || next == b'%' || (matches!(next, b'.' | b':' | b'-' | b'/' | b',') && digit_follows) {
            return None;
        }
    }
    Some((end, code))
}

/// A code key at the trigger `code` found at `at`.
fn code_key(bytes: &[u8], at: usize) -> Option<Match> {
    // `errorCode`, `error_code`, `error-code`, `error code`: the key starts at `error`.
    let joint = at >= 1 && matches!(bytes[at - 1], b'_' | b'-' | b' ');
    let error_start = at.checked_sub(5 + usize::from(joint));
    let error_prefixed = error_start.is_some_and(|start| {
        bytes[start..start + 5].eq_ignore_ascii_case(b"error") && (start == 0 || !is_word(bytes[start - 1]))
    });
    let start = match error_start {
        Some(start) if error_prefixed => start,
        // `status_code`, `exit-code`: another key ending in code.
        _ if joint && bytes[at - 1] != b' ' => return None,
        _ if at > 0 && is_word(bytes[at - 1]) => return None,
        _ => at,
    };
    let mut p = at + 4;
    if bytes.get(p).copied().is_some_and(is_quote) {
        p += 1;
    }
    let blanks_before = bytes[p.min(bytes.len())..].iter().take(8).take_while(|&&byte| is_blank(byte)).count();
    p += blanks_before;
    if bytes.get(p).is_some_and(|&byte| byte == b'=' || byte == b':') {
        p += 1;
        p += bytes[p.min(bytes.len())..].iter().take(8).take_while(|&&byte| is_blank(byte)).count();
    } else if blanks_before == 0 || !error_prefixed {
        // Only `errorCode 30004` may do without `=` or `:` (not `exit code 1`).
        return None;
    }
    if bytes.get(p).copied().is_some_and(is_quote) {
        p += 1;
    }
    let (end, code) = standalone_number(bytes, p)?;
    Some(Match { start, digits: p, end, code })
}

/// An error word at the trigger found at `at`.
fn error_word(bytes: &[u8], at: usize, trigger: Trigger) -> Option<Match> {
    let mut p = match trigger {
        Trigger::Error => at + 5,
        _ => {
            let after = at + 4;
            let rest = &bytes[after.min(bytes.len())..];
            if rest.len() >= 3 && rest[..3].eq_ignore_ascii_case(b"ure") {
                after + 3
            } else if rest.len() >= 2 && rest[..2].eq_ignore_ascii_case(b"ed") {
                after + 2
            } else {
                after
            }
        }
    };
    if bytes.get(p).copied().is_some_and(|byte| byte.is_ascii_alphanumeric()) {
        return None;
    }
    let separators = bytes[p.min(bytes.len())..]
        .iter()
        .take(4)
        .take_while(|&&byte| matches!(byte, b' ' | b'\t' | b':' | b'=' | b'#' | b'(' | b'[') || is_quote(byte))
        .count();
    if separators == 0 {
        return None;
    }
    p += separators;
    let (end, code) = standalone_number(bytes, p)?;
    Some(Match { start: at, digits: p, end, code })
}

/// What is known about the line being scanned.
struct Line {
    /// Absolute offset of its first byte.
    start: u64,
    /// 1-based; counted in JSON mode only.
    number: u64,
    /// Whether it starts with the annotation prefix; `None` until enough of it has been read.
    annotation: Option<bool>,
    keyless: bool,
    findings: Vec<Finding>,
    not_reported: u64,
}

impl Line {
    fn starting_at(start: u64, number: u64) -> Line {
        Line { start, number, annotation: None, keyless: false, findings: Vec::new(), not_reported: 0 }
    }

    fn is_plain(&self) -> bool {
        !self.keyless && self.findings.is_empty() && self.not_reported == 0
    }
}

struct State<'a> {
    options: &'a Options,
    out: &'a mut dyn Write,
    /// Absolute offset of the buffer's first byte.
    base: u64,
    /// Absolute offset up to which the input has been written out.
    emitted: u64,
    /// Buffer index up to which the line boundaries are known.
    pos: usize,
    line: Line,
    /// JSON mode: newlines counted before the absolute offset `counted`.
    newlines: u64,
    counted: u64,
    summary: Summary,
    /// The text each code contributes to an annotation line.
    annotations: HashMap<i32, String>,
}

impl State<'_> {
    fn index(&self, absolute: u64) -> usize {
        (absolute - self.base) as usize
    }

    /// Settles the lines that end between the last position and `to`.
    fn advance_to(&mut self, bytes: &[u8], to: usize, eof: bool) -> io::Result<()> {
        let from = self.pos;
        if from < to {
            if self.line.is_plain() {
                // Nothing to report for the current line: only where the
                // line holding `to` starts matters.
                if let Some(last) = memchr::memrchr(b'\n', &bytes[from..to]) {
                    self.begin_line(bytes, from + last + 1);
                }
            } else if let Some(first) = memchr::memchr(b'\n', &bytes[from..to]) {
                let newline = from + first;
                self.finish_line(bytes, newline)?;
                let last = memchr::memrchr(b'\n', &bytes[newline..to]).map_or(newline, |last| newline + last);
                self.begin_line(bytes, last + 1);
            }
            self.pos = to;
        }
        if self.line.annotation.is_none() {
            let start = self.index(self.line.start);
            self.line.annotation = prefix_state(&bytes[start..], eof);
        }
        Ok(())
    }

    fn begin_line(&mut self, bytes: &[u8], start_index: usize) {
        let start = self.base + start_index as u64;
        if self.options.json {
            let from = self.counted.max(self.base);
            let from_index = self.index(from);
            self.newlines += count_newlines(&bytes[from_index..start_index]);
            self.counted = start;
        }
        self.line = Line::starting_at(start, self.newlines + 1);
    }

    fn record(&mut self, bytes: &[u8], found: Match, place: Place) {
        if self.line.findings.len() >= MAX_FINDINGS_PER_LINE {
            self.line.not_reported += 1;
            return;
        }
        let column = self.base + found.digits as u64 - self.line.start + 1;
        let text = if self.options.json { String::from_utf8_lossy(&bytes[found.start..found.end]).into_owned() } else { String::new() };
        self.line.findings.push(Finding { code: found.code, place, line: self.line.number, column, text });
    }

    /// Writes the input up to the buffer index `to` (text mode).
    fn pass_through(&mut self, bytes: &[u8], to: usize) -> io::Result<()> {
        if self.options.json {
            return Ok(());
        }
        let from = self.index(self.emitted);
        if from < to {
            self.out.write_all(&bytes[from..to])?;
            self.emitted = self.base + to as u64;
        }
        Ok(())
    }

    /// The line ended with the newline at buffer index `newline`.
    fn finish_line(&mut self, bytes: &[u8], newline: usize) -> io::Result<()> {
        let crlf = newline > 0 && bytes[newline - 1] == b'\r';
        let terminator: &[u8] = if crlf { b"\r\n" } else { b"\n" };
        self.report(bytes, newline + 1, terminator, b"")
    }

    /// The end of the input: the last line, if it has no line end.
    fn finish_input(&mut self, bytes: &[u8]) -> io::Result<()> {
        let terminator: &[u8] = if self.options.last_input { b"" } else { b"\n" };
        let end = bytes.len();
        self.report(bytes, end, terminator, b"\n")
    }

    /// Reports the current line's findings: in text mode, the input up to
    /// `line_end`, then `before`, the annotation and `terminator`.
    fn report(&mut self, bytes: &[u8], line_end: usize, terminator: &[u8], before: &[u8]) -> io::Result<()> {
        let keyless = self.line.keyless;
        let line = std::mem::replace(&mut self.line, Line::starting_at(0, 0));
        let findings: Vec<&Finding> = line.findings.iter().filter(|finding| finding.counts(keyless)).collect();
        if findings.is_empty() {
            return Ok(());
        }
        self.summary.findings += findings.len() as u64;
        self.summary.annotated_lines += 1;
        self.summary.not_reported += line.not_reported;
        if self.options.json {
            for finding in findings {
                writeln!(self.out, "{}", finding_json(finding, &self.options.file).compact())?;
            }
            return Ok(());
        }
        self.pass_through(bytes, line_end)?;
        let mut distinct: Vec<i32> = Vec::new();
        for finding in &findings {
            if !distinct.contains(&finding.code) {
                distinct.push(finding.code);
            }
        }
        let mut body = String::new();
        for (index, code) in distinct.iter().take(MAX_CODES_PER_ANNOTATION).enumerate() {
            if index > 0 {
                body.push_str(" | ");
            }
            body.push_str(self.annotations.entry(*code).or_insert_with(|| annotation_text(*code)));
        }
        if distinct.len() > MAX_CODES_PER_ANNOTATION {
            body.push_str(&format!(" | +{} more", distinct.len() - MAX_CODES_PER_ANNOTATION));
        }
        if line.not_reported > 0 {
            body.push_str(&format!(" | +{} findings not reported", line.not_reported));
        }
        self.out.write_all(before)?;
        self.out.write_all(PREFIX)?;
        if self.options.colour {
            write!(self.out, "\x1b[36m{body}\x1b[0m")?;
        } else {
            self.out.write_all(body.as_bytes())?;
        }
        self.out.write_all(terminator)
    }
}

/// Whether `line` starts with the prefix: `None` while too little of it is known.
fn prefix_state(line: &[u8], eof: bool) -> Option<bool> {
    let known = line.len().min(PREFIX.len());
    if line[..known] != PREFIX[..known] {
        Some(false)
    } else if known == PREFIX.len() {
        Some(true)
    } else if eof {
        Some(false)
    } else {
        None
    }
}

fn count_newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&byte| byte == b'\n').count() as u64
}

/// `30004 FACE_NOT_MATCHING (user, VERIFY_ACCOUNT): Offer a retry, …`
pub fn annotation_text(code: i32) -> String {
    let code = Code::of(code);
    let undocumented = if code.documented { "" } else { ", undocumented" };
    format!(
        "{} {} ({}, {}{undocumented}): {}",
        code.code,
        code.entry.name.as_str(),
        code.category_label(),
        code.action_name(),
        code.short_advice()
    )
}

/// The finding object of `annotate --json`.
fn finding_json(finding: &Finding, file: &str) -> Json {
    let code = Code::of(finding.code);
    Json::object()
        .with("file", file)
        .with("line", finding.line)
        .with("column", finding.column)
        .with("match", finding.text.as_str())
        .with("place", finding.place.label())
        .with("code", code.code)
        .with("documented", code.documented)
        .with("name", code.entry.name.as_str())
        .with("category", code.category_label())
        .with("title", code.entry.title.as_str())
        .with("action", code.action_name())
        .with("retryable", code.retryable())
        .with("advice", code.entry.advice.as_str())
        .with("reference", code.reference())
}

/// Removes the annotation lines from `annotated`: the inverse of text-mode
/// `annotate` (see the module documentation for the rule).
pub fn strip(annotated: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(annotated.len());
    let mut rest = annotated;
    while !rest.is_empty() {
        let (line, next) = match memchr::memchr(b'\n', rest) {
            Some(newline) => rest.split_at(newline + 1),
            None => (rest, &rest[rest.len()..]),
        };
        if line.starts_with(PREFIX) {
            let unterminated_last = next.is_empty() && !line.ends_with(b"\n");
            if unterminated_last && out.ends_with(b"\n") {
                out.pop();
            }
        } else {
            out.extend_from_slice(line);
        }
        rest = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(input: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let options = Options { json: false, colour: false, file: "-".into(), last_input: true };
        annotate(&mut &input[..], &mut out, &options).unwrap();
        out
    }

    fn findings(line: &str) -> Vec<i32> {
        let mut out = Vec::new();
        let options = Options { json: true, colour: false, file: "-".into(), last_input: true };
        annotate(&mut line.as_bytes(), &mut out, &options).unwrap();
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["code"].as_i64().unwrap() as i32)
            .collect()
    }

    #[test]
    fn documented_patterns() {
        for line in [
            "KeylessSdkError(code=30004, message=Face not matching)",
            "KeylessSDKError(code: 30004, message: \"Face not matching\")",
            "Error Domain=KeylessSDK.KeylessSDKError Code=30004 \"Face not matching\"",
            "code=30004",
            "code: 30004",
            "errorCode 30004",
            "error_code=30004",
            "{\"level\":\"error\",\"code\":30004}",
            "{\"code\": \"30004\"}",
            "E KeylessSDK: Keyless error 30004",
            "Keyless enrollment failed: 30004",
            "Keyless authentication failure (30004)",
            "CODE=30004;",
            "error code 30004",
            "Error-Code: 30004",
            "myerror code=30004",
        ] {
            assert_eq!(findings(line), vec![30004], "{line}");
        }
    }

    #[test]
    fn undocumented_codes_need_a_keyless_line() {
        assert_eq!(findings("Response{protocol=h2, code=200, message=OK}"), Vec::<i32>::new());
        assert_eq!(findings("KeylessSdkError(code=30011, message=new)"), vec![30011]);
        assert_eq!(findings("Keyless: HTTP error 404"), Vec::<i32>::new());
        assert_eq!(findings("Keyless: error 30011"), vec![30011]);
        assert_eq!(findings("error 30004 without the context word"), Vec::<i32>::new());
        // The context word may come after the code.
        assert_eq!(findings("code=42 from io.keyless.sdk"), vec![42]);
    }

    #[test]
    fn bare_numbers_never_count() {
        for line in [
            "05-01 12:34:56.789  1234  5678 E KeylessSDK: started in 30004 ms",
            "2024-05-01T12:34:56.789Z Keyless pid 30004 tid 30005",
            "Keyless connecting to 10.0.0.1:30004",
            "Keyless port 30004",
            "Keyless SDK 30004.1.2",
            "Keyless (c) 2024",
            "requestCode=30004 resultCode=30005 statusCode=30006 barcode=30007",
            "Keyless error 30004ms",
            "Keyless error: 2024-05-01",
            "Keyless failed 3 times",
            "Keyless errors: 30004",
            "Keyless failing 30004",
            "code=-1 Keyless",
            "code=0x7534 Keyless",
            "code=99999999999 Keyless",
            "code=30004_1 code=30004% code=30004/2 code=30004,5 code=30004:1 code=30004-2 code=30004.5",
            "errorcode30004 Keyless",
            "status_code=30004 Keyless",
            "decode: 30004 Keyless",
            "exit code 534 from worker 88695",
            "status-code=30004 Keyless",
            "Keyless code 30004",
        ] {
            assert_eq!(findings(line), Vec::<i32>::new(), "{line}");
        }
    }

    #[test]
    fn annotation_follows_the_line() {
        let out = text(b"a\nKeylessSdkError(code=30004, message=x)\nb\n");
        let expected = format!("a\nKeylessSdkError(code=30004, message=x)\n[keyless-errors] {}\nb\n", annotation_text(30004));
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    #[test]
    fn crlf_and_missing_final_newline() {
        let out = text(b"code=30004\r\ncode=30005");
        let expected =
            format!("code=30004\r\n[keyless-errors] {}\r\ncode=30005\n[keyless-errors] {}", annotation_text(30004), annotation_text(30005));
        assert_eq!(String::from_utf8(out.clone()).unwrap(), expected);
        assert_eq!(strip(&out), b"code=30004\r\ncode=30005");
    }

    #[test]
    fn several_codes_on_a_line_make_one_annotation() {
        let out = String::from_utf8(text(b"code=30004 code=30005 code=30004\n")).unwrap();
        assert_eq!(out.lines().count(), 2);
        assert!(out.contains(" | 30005 "));
        assert_eq!(out.matches("30004 FACE_NOT_MATCHING").count(), 1);
    }

    #[test]
    fn annotation_lines_are_never_scanned() {
        let input = b"Keyless error 30004\n[keyless-errors] KeylessSdkError(code=30005)\n";
        let once = text(input);
        assert_eq!(String::from_utf8(once.clone()).unwrap().matches("[keyless-errors] ").count(), 2);
        let twice = text(&once);
        assert_eq!(strip(&twice), b"Keyless error 30004\n");
    }

    #[test]
    fn prefix_states() {
        assert_eq!(prefix_state(b"[keyless-errors] x", false), Some(true));
        assert_eq!(prefix_state(b"[keyless", false), None);
        assert_eq!(prefix_state(b"[keyless", true), Some(false));
        assert_eq!(prefix_state(b"[key\n", false), Some(false));
        assert_eq!(prefix_state(b"", false), None);
    }

    #[test]
    fn columns_and_lines() {
        let mut out = Vec::new();
        let options = Options { json: true, colour: false, file: "app.log".into(), last_input: true };
        annotate(&mut &b"first\nsecond\n  x code=30004\n"[..], &mut out, &options).unwrap();
        let finding: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(finding["file"], "app.log");
        assert_eq!(finding["line"], 3);
        assert_eq!(finding["column"], 10);
        assert_eq!(finding["match"], "code=30004");
        assert_eq!(finding["place"], "code_key");
    }
}

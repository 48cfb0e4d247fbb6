//! What `explain` accepts: a decimal or hexadecimal code, or a name in any case.

use crate::codes::{self, Code};

/// The answer to one argument of `explain`.
#[derive(Clone, Debug)]
pub enum Lookup {
    /// A documented code, given by number or name.
    Documented(Code),
    /// A number nobody documented: the library still answers with its
    /// category's guidance, but the lookup did not match.
    Undocumented(Code),
    /// Neither a number nor a documented name; with the closest name, if any is close.
    Unknown { argument: String, suggestion: Option<&'static str> },
}

impl Lookup {
    pub fn matched(&self) -> bool {
        matches!(self, Lookup::Documented(_))
    }
}

/// A number as `explain` reads it: decimal with an optional sign, or hex with
/// `0x` (0x80000000 to 0xffffffff are the negative codes with those bits, as
/// Windows' err.exe reads HRESULTs). `Ok(None)` when it is not a number at
/// all; `Err` when it is one but does not fit in 32 bits.
pub fn parse_number(argument: &str) -> Result<Option<i32>, String> {
    let text = argument.trim();
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if let Some(hex) = unsigned.strip_prefix("0x").or_else(|| unsigned.strip_prefix("0X")) {
        if hex.is_empty() || !hex.bytes().all(|byte| byte.is_ascii_hexdigit()) {
            return Err(format!("{argument} is not a hexadecimal number"));
        }
        let significant = hex.trim_start_matches('0');
        if significant.len() > 8 {
            return Err(format!("{argument} does not fit in 32 bits"));
        }
        let value = if significant.is_empty() { 0 } else { u64::from_str_radix(significant, 16).expect("at most 8 hex digits") };
        return match (negative, value) {
            (false, value) if value <= u64::from(u32::MAX) => Ok(Some(value as u32 as i32)),
            (true, value) if value <= 1 << 31 => Ok(Some((-(value as i64)) as i32)),
            _ => Err(format!("{argument} does not fit in 32 bits")),
        };
    }
    if unsigned.is_empty() || !unsigned.bytes().all(|byte| byte.is_ascii_digit()) {
        return Ok(None);
    }
    let digits = unsigned.trim_start_matches('0');
    if digits.len() > 10 {
        return Err(format!("{argument} does not fit in 32 bits"));
    }
    let magnitude: i64 = if digits.is_empty() { 0 } else { digits.parse().expect("at most 10 ASCII digits") };
    let value = if negative { -magnitude } else { magnitude };
    i32::try_from(value).map(Some).map_err(|_| format!("{argument} does not fit in 32 bits"))
}

/// Looks up one argument of `explain`.
pub fn lookup(argument: &str) -> Result<Lookup, String> {
    if let Some(code) = parse_number(argument)? {
        let code = Code::of(code);
        return Ok(if code.documented { Lookup::Documented(code) } else { Lookup::Undocumented(code) });
    }
    if let Some(code) = codes::by_name(argument) {
        return Ok(Lookup::Documented(Code::of(code)));
    }
    Ok(Lookup::Unknown { argument: argument.to_string(), suggestion: closest_name(argument) })
}

/// The documented name closest to `argument`, when it is a likely typo
/// (at most a third of its letters off).
pub fn closest_name(argument: &str) -> Option<&'static str> {
    let wanted = codes::normalise_name(argument);
    codes::documented()
        .map(|code| code.entry.name.as_str())
        .map(|name| (edit_distance(&wanted, name), name))
        .filter(|&(distance, name)| distance * 3 <= name.len())
        .min()
        .map(|(_, name)| name)
}

/// Levenshtein distance over bytes (names are ASCII).
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, &x) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, &y) in b.iter().enumerate() {
            current[j + 1] = (previous[j] + usize::from(x != y)).min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_decimal_and_hex() {
        assert_eq!(parse_number("30004"), Ok(Some(30004)));
        assert_eq!(parse_number(" 0x7534 "), Ok(Some(30004)));
        assert_eq!(parse_number("0X7534"), Ok(Some(30004)));
        assert_eq!(parse_number("-1"), Ok(Some(-1)));
        assert_eq!(parse_number("+7"), Ok(Some(7)));
        assert_eq!(parse_number("0xffffffff"), Ok(Some(-1)));
        assert_eq!(parse_number("0x80000000"), Ok(Some(i32::MIN)));
        assert_eq!(parse_number("-0x80000000"), Ok(Some(i32::MIN)));
        assert_eq!(parse_number("0x0000000000007534"), Ok(Some(30004)));
        assert_eq!(parse_number("0x0"), Ok(Some(0)));
        assert_eq!(parse_number("2147483647"), Ok(Some(i32::MAX)));
        assert_eq!(parse_number("-2147483648"), Ok(Some(i32::MIN)));
        assert_eq!(parse_number("000030004"), Ok(Some(30004)));
        assert!(parse_number("2147483648").is_err());
        assert!(parse_number("99999999999999999999").is_err());
        assert!(parse_number("0x100000000").is_err());
        assert!(parse_number("-0x80000001").is_err());
        assert!(parse_number("0x").is_err());
        assert!(parse_number("0xZZ").is_err());
        assert_eq!(parse_number("FACE_NOT_MATCHING"), Ok(None));
        assert_eq!(parse_number("-"), Ok(None));
        assert_eq!(parse_number("12a"), Ok(None));
    }

    #[test]
    fn lookups() {
        assert!(matches!(lookup("face_not_matching"), Ok(Lookup::Documented(code)) if code.code == 30004));
        assert!(matches!(lookup("99999"), Ok(Lookup::Undocumented(code)) if code.code == 99999));
        assert!(matches!(lookup("FACE_NOT_MATCHNG"), Ok(Lookup::Unknown { suggestion: Some("FACE_NOT_MATCHING"), .. })));
        assert!(matches!(lookup("banana"), Ok(Lookup::Unknown { suggestion: None, .. })));
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }
}

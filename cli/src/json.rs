//! A small JSON value with ordered keys, written compactly (one object per
//! line, for `--json`) or indented (for `export --format json`). The command
//! only ever writes JSON, never reads it, and its values are strings,
//! integers, booleans, arrays and objects: this is all it needs.

use std::fmt::Write;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i64),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn object() -> Json {
        Json::Object(Vec::new())
    }

    /// Adds `key: value` to an object (builder style).
    pub fn with(mut self, key: &str, value: impl Into<Json>) -> Json {
        self.push(key, value);
        self
    }

    pub fn push(&mut self, key: &str, value: impl Into<Json>) {
        match self {
            Json::Object(members) => members.push((key.to_string(), value.into())),
            _ => panic!("push on a JSON value that is not an object"),
        }
    }

    /// One line, no spaces.
    pub fn compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None, 0);
        out
    }

    /// Two-space indentation, one member per line.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(2), 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>, depth: usize) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Int(value) => write!(out, "{value}").unwrap(),
            Json::Str(value) => write_string(out, value),
            Json::Array(items) => {
                write_sequence(out, indent, depth, '[', ']', items.iter(), |out, item, depth| item.write(out, indent, depth))
            }
            Json::Object(members) => write_sequence(out, indent, depth, '{', '}', members.iter(), |out, (key, value), depth| {
                write_string(out, key);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                value.write(out, indent, depth);
            }),
        }
    }
}

fn write_sequence<T>(
    out: &mut String,
    indent: Option<usize>,
    depth: usize,
    open: char,
    close: char,
    items: impl ExactSizeIterator<Item = T>,
    mut write_item: impl FnMut(&mut String, T, usize),
) {
    out.push(open);
    let empty = items.len() == 0;
    for (index, item) in items.enumerate() {
        if index > 0 {
            out.push(',');
        }
        if let Some(width) = indent {
            out.push('\n');
            out.push_str(&" ".repeat(width * (depth + 1)));
        }
        write_item(out, item, depth + 1);
    }
    if let (Some(width), false) = (indent, empty) {
        out.push('\n');
        out.push_str(&" ".repeat(width * depth));
    }
    out.push(close);
}

/// A JSON string literal: quotes, backslashes and control characters
/// escaped, everything else (UTF-8 included) as it is.
fn write_string(out: &mut String, value: &str) {
    out.push('"');
    for character in value.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            control if (control as u32) < 0x20 || control == '\u{7f}' => {
                write!(out, "\\u{:04x}", control as u32).unwrap()
            }
            other => out.push(other),
        }
    }
    out.push('"');
}

impl From<bool> for Json {
    fn from(value: bool) -> Json {
        Json::Bool(value)
    }
}

impl From<i32> for Json {
    fn from(value: i32) -> Json {
        Json::Int(value.into())
    }
}

impl From<u64> for Json {
    fn from(value: u64) -> Json {
        // Line numbers and byte offsets: far below i64::MAX in practice;
        // saturate rather than wrap if one were not.
        Json::Int(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<usize> for Json {
    fn from(value: usize) -> Json {
        Json::from(value as u64)
    }
}

impl From<&str> for Json {
    fn from(value: &str) -> Json {
        Json::Str(value.to_string())
    }
}

impl From<String> for Json {
    fn from(value: String) -> Json {
        Json::Str(value)
    }
}

impl<T: Into<Json>> From<Option<T>> for Json {
    fn from(value: Option<T>) -> Json {
        value.map_or(Json::Null, Into::into)
    }
}

impl<T: Into<Json>> From<Vec<T>> for Json {
    fn from(items: Vec<T>) -> Json {
        Json::Array(items.into_iter().map(Into::into).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_json_requires() {
        let value = Json::object().with("text", "a \"b\" \\ c\n\u{1}\u{7f} é 日本");
        assert_eq!(value.compact(), r#"{"text":"a \"b\" \\ c\n\u0001\u007f é 日本"}"#);
        let parsed: serde_json::Value = serde_json::from_str(&value.compact()).unwrap();
        assert_eq!(parsed["text"], "a \"b\" \\ c\n\u{1}\u{7f} é 日本");
    }

    #[test]
    fn compact_and_pretty_agree() {
        let value = Json::object()
            .with("code", 30004)
            .with("none", None::<i32>)
            .with("list", vec!["en", "it"])
            .with("empty", Vec::<i32>::new())
            .with("nested", Json::object().with("ok", true));
        let compact: serde_json::Value = serde_json::from_str(&value.compact()).unwrap();
        let pretty: serde_json::Value = serde_json::from_str(&value.pretty()).unwrap();
        assert_eq!(compact, pretty);
        assert_eq!(value.compact(), r#"{"code":30004,"none":null,"list":["en","it"],"empty":[],"nested":{"ok":true}}"#);
        assert!(value.pretty().contains("\n  \"code\": 30004,\n"));
    }
}

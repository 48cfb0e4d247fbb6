//! How a code is shown: a readable block (`explain`), a table row (`list`,
//! `search`) and a JSON object (every `--json`). The JSON fields are the
//! "code object" of docs/export-schema.md.

use crate::codes::{Code, Locale};
use crate::json::Json;
use crate::style::Style;

/// Width the text blocks are wrapped to: fixed, so output is the same in a
/// terminal, a pipe and a golden file.
pub const WIDTH: usize = 80;
const LABEL_WIDTH: usize = 14;

/// The code object: every field of a code, with the user message in `locale`.
pub fn code_json(code: &Code, locale: Locale) -> Json {
    Json::object()
        .with("code", code.code)
        .with("hex", code.hex())
        .with("documented", code.documented)
        .with("name", code.entry.name.as_str())
        .with("category", code.category_label())
        .with("title", code.entry.title.as_str())
        .with("description", code.entry.description.as_str())
        .with("advice", code.entry.advice.as_str())
        .with("user_message", locale.user_message(code.code))
        .with("locale", locale.tag)
        .with("action", code.action_name())
        .with("retryable", code.retryable())
        .with("deprecated", code.entry.deprecated)
        .with("replaced_by", code.entry.replaced_by)
        .with("note", code.note())
        .with("shared_code", code.entry.shared_code)
        .with("shared_name", code.entry.shared_name.as_str())
        .with("source", code.source())
        .with("reference", code.reference())
}

/// The `explain` block: a heading line, then one labelled field per line,
/// long values wrapped under their label.
pub fn code_block(code: &Code, locale: Locale, style: Style) -> String {
    let mut out = String::new();
    let undocumented = if code.documented { "" } else { " (undocumented)" };
    let heading = format!("{} ({})  {}{undocumented}", code.code, code.hex(), code.entry.name.as_str());
    out.push_str(&style.bold(&heading));
    out.push('\n');
    let action = if code.retryable() {
        format!("{} (retryable)", code.action_name())
    } else {
        format!("{} (not retryable)", code.action_name())
    };
    let status = code.status();
    let status = if code.entry.deprecated { style.yellow(&status) } else { status };
    let mut fields: Vec<(String, String)> = vec![
        ("title".into(), code.entry.title.as_str().into()),
        ("category".into(), code.category_label().into()),
        ("meaning".into(), code.entry.description.as_str().into()),
        ("advice".into(), code.entry.advice.as_str().into()),
        (format!("user message ({})", locale.tag), locale.user_message(code.code).into()),
        ("action".into(), action),
        ("status".into(), status),
    ];
    if let Some(note) = code.note() {
        fields.push(("note".into(), note.into()));
    }
    fields.push(("shared code".into(), format!("{} {}", code.entry.shared_code, code.entry.shared_name.as_str())));
    fields.push((
        "source".into(),
        code.source().map_or_else(|| "none: the general guidance of its category".to_string(), str::to_string),
    ));
    fields.push(("reference".into(), code.reference()));

    let label_width = fields.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0).max(LABEL_WIDTH);
    for (label, value) in fields {
        let pad = " ".repeat(label_width - label.chars().count());
        let lines = wrap(&value, WIDTH - 2 - label_width - 2);
        for (index, line) in lines.iter().enumerate() {
            if index == 0 {
                out.push_str(&format!("  {}{pad}  {line}\n", style.dim(&label)));
            } else {
                out.push_str(&format!("  {}  {line}\n", " ".repeat(label_width)));
            }
        }
    }
    out
}

/// A table: the first row is the header; columns padded to the widest cell,
/// the first column (codes) right-aligned.
pub fn table(rows: &[Vec<String>], style: Style) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> =
        (0..columns).map(|column| rows.iter().filter_map(|row| row.get(column)).map(|cell| cell.chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for (index, row) in rows.iter().enumerate() {
        let mut line = String::new();
        for (column, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[column] - cell.chars().count());
            let last = column + 1 == row.len();
            if column == 0 {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                if !last {
                    line.push_str(&pad);
                }
            }
            if !last {
                line.push_str("  ");
            }
        }
        if index == 0 {
            out.push_str(&style.bold(&line));
        } else {
            out.push_str(&line);
        }
        out.push('\n');
    }
    out
}

/// The columns `list` and `search` show for a code.
pub fn row(code: &Code) -> Vec<String> {
    let title = if code.entry.deprecated {
        format!("{} (deprecated)", code.entry.title.as_str())
    } else {
        code.entry.title.as_str().to_string()
    };
    vec![code.code.to_string(), code.entry.name.as_str().into(), code.category_label().into(), code.action_name(), title]
}

pub fn header_row() -> Vec<String> {
    ["code", "name", "category", "action", "title"].map(String::from).to_vec()
}

/// Greedy word wrap by characters; a word longer than `width` keeps a line
/// of its own (text without spaces, such as Chinese, is not cut).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_chars = 0;
    for word in text.split_whitespace() {
        let word_chars = word.chars().count();
        if line_chars > 0 && line_chars + 1 + word_chars > width {
            lines.push(std::mem::take(&mut line));
            line_chars = 0;
        }
        if line_chars > 0 {
            line.push(' ');
            line_chars += 1;
        }
        line.push_str(word);
        line_chars += word_chars;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_whole() {
        assert_eq!(wrap("a bb ccc dddd", 6), vec!["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("", 10), vec![""]);
        assert_eq!(wrap("verylongword x", 4), vec!["verylongword", "x"]);
        assert_eq!(wrap("éé éé", 5), vec!["éé éé"], "counts characters, not bytes");
    }

    #[test]
    fn blocks_fit_the_width() {
        for code in crate::codes::documented() {
            let block = code_block(&code, Locale::ENGLISH, Style::PLAIN);
            for line in block.lines() {
                // A single word longer than the column may exceed it; the catalog has none.
                assert!(line.chars().count() <= WIDTH, "{line}");
            }
        }
    }

    #[test]
    fn tables_align() {
        let out = table(&[vec!["code".into(), "name".into()], vec!["7".into(), "SEVEN".into()]], Style::PLAIN);
        assert_eq!(out, "code  name\n   7  SEVEN\n");
    }
}

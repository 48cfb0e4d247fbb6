//! Reads the gettext PO files of this folder and the `LINGUAS` list.
//!
//! One reader for everything that reads them: `build.rs` (the library's
//! translation tables) and `tests/codegen` (the template, the merge, the
//! Android and Apple exports, the docs) include this file with `#[path]`.
//! std only, so that the build needs no crate.
//!
//! The files use the subset of PO that translators' tools write: header
//! comments, the header entry, then one entry per message with translator
//! (`# `), extracted (`#.`), reference (`#:`), flag (`#,`) and previous
//! (`#|`) comments, `msgctxt`, `msgid` and `msgstr`, each string possibly
//! continued on the following lines. Plural entries, which these messages
//! never need, are refused, and so is anything else this reader does not
//! understand: a clear error beats a silently dropped message.
#![allow(dead_code)] // each includer uses its own part

/// One message of a PO file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PoEntry {
    /// `# ` lines: the translator's own notes, kept as written.
    pub translator_comments: Vec<String>,
    /// `#.` lines: the notes for translators that the template carries.
    pub extracted_comments: Vec<String>,
    /// `#,` flags, such as `fuzzy`.
    pub flags: Vec<String>,
    /// `#| msgid`: the English source a fuzzy translation was made for.
    pub previous_msgid: Option<String>,
    /// The key: a documented code (`"30004"`) or `"category:<label>"`.
    pub msgctxt: Option<String>,
    /// The English source.
    pub msgid: String,
    /// The translation; empty when there is none yet.
    pub msgstr: String,
    /// The line of the entry's first keyword, for error messages.
    pub line: usize,
}

impl PoEntry {
    /// True when the translator's tool (or the merge) marked the translation
    /// as needing review: it is not used until the mark is removed.
    pub fn is_fuzzy(&self) -> bool {
        self.flags.iter().any(|flag| flag == "fuzzy")
    }
}

/// A whole PO file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PoFile {
    /// The `#` comment lines before the header entry, without their `# `.
    pub header_comments: Vec<String>,
    /// The header entry's msgstr (`Language: de\n...`).
    pub header: String,
    /// The messages, in file order.
    pub entries: Vec<PoEntry>,
}

impl PoFile {
    /// The value of a header field such as `Language`.
    pub fn header_field(&self, name: &str) -> Option<&str> {
        self.header.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            (key.trim() == name).then(|| value.trim())
        })
    }

    /// The entry with this key.
    pub fn entry(&self, key: &str) -> Option<&PoEntry> {
        self.entries.iter().find(|entry| entry.msgctxt.as_deref() == Some(key))
    }
}

/// The tags of `LINGUAS`, in order: index = `KeylessErrorLocale` number.
pub fn read_linguas(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .flat_map(|line| line.split_whitespace())
        .map(str::to_string)
        .collect()
}

/// Which keyword a string continuation line belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    None,
    Context,
    Id,
    Str,
    PreviousId,
}

/// Parses a PO file; the error names the line and what is wrong with it.
pub fn parse_po(text: &str) -> Result<PoFile, String> {
    let mut file = PoFile::default();
    let mut entry = PoEntry::default();
    let mut field = Field::None;
    let mut seen_keyword = false; // the current entry has a msgctxt/msgid already
    let mut in_header_comments = true;
    let mut finished: Vec<PoEntry> = Vec::new();

    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim_end_matches('\r').trim();
        let fail = |what: &str| Err(format!("line {number}: {what}: {line}"));
        if line.is_empty() {
            if seen_keyword {
                finished.push(std::mem::take(&mut entry));
                seen_keyword = false;
                field = Field::None;
            }
            continue;
        }
        if line.starts_with('"') {
            let value = unquote(line).map_err(|error| format!("line {number}: {error}"))?;
            match field {
                Field::Context => push_to(&mut entry.msgctxt, &value),
                Field::Id => entry.msgid.push_str(&value),
                Field::Str => entry.msgstr.push_str(&value),
                Field::PreviousId => push_to(&mut entry.previous_msgid, &value),
                Field::None => return fail("a string outside any msgctxt, msgid or msgstr"),
            }
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            // A comment after a complete entry starts the next one.
            if seen_keyword && field == Field::Str {
                finished.push(std::mem::take(&mut entry));
                seen_keyword = false;
            }
            field = Field::None;
            if let Some(previous) = comment.strip_prefix('|') {
                let previous = previous.trim();
                if let Some(rest) = previous.strip_prefix("msgid ") {
                    entry.previous_msgid = Some(unquote(rest).map_err(|error| format!("line {number}: {error}"))?);
                    field = Field::PreviousId;
                } else if previous.starts_with('"') {
                    let value = unquote(previous).map_err(|error| format!("line {number}: {error}"))?;
                    push_to(&mut entry.previous_msgid, &value);
                    field = Field::PreviousId;
                }
                // `#| msgctxt` (a previous key) is dropped: keys never change.
            } else if let Some(flags) = comment.strip_prefix(',') {
                entry.flags.extend(flags.split(',').map(|flag| flag.trim().to_string()).filter(|flag| !flag.is_empty()));
            } else if let Some(extracted) = comment.strip_prefix('.') {
                entry.extracted_comments.push(extracted.strip_prefix(' ').unwrap_or(extracted).to_string());
            } else if comment.starts_with(':') {
                // References are regenerated; nothing to keep.
            } else if comment.starts_with('~') {
                // Obsolete entries are dropped by the merge.
            } else {
                let comment = comment.strip_prefix(' ').unwrap_or(comment).to_string();
                if in_header_comments && finished.is_empty() && !seen_keyword {
                    file.header_comments.push(comment);
                } else {
                    entry.translator_comments.push(comment);
                }
            }
            continue;
        }
        let (keyword, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let value = unquote(rest.trim()).map_err(|error| format!("line {number}: {error}"));
        match keyword {
            "msgctxt" => {
                if seen_keyword {
                    finished.push(std::mem::take(&mut entry));
                }
                entry.msgctxt = Some(value?);
                entry.line = number;
                field = Field::Context;
                seen_keyword = true;
            }
            "msgid" => {
                if seen_keyword && field != Field::Context {
                    finished.push(std::mem::take(&mut entry));
                }
                if entry.line == 0 {
                    entry.line = number;
                }
                entry.msgid = value?;
                field = Field::Id;
                seen_keyword = true;
            }
            "msgstr" => {
                if !seen_keyword {
                    return fail("msgstr without msgid");
                }
                entry.msgstr = value?;
                field = Field::Str;
            }
            "msgid_plural" | "msgstr[0]" => return fail("plural forms are not used by these messages"),
            _ => return fail("not a PO keyword"),
        }
        in_header_comments = false;
    }
    if seen_keyword {
        finished.push(entry);
    }

    let mut entries = finished.into_iter();
    match entries.next() {
        Some(header) if header.msgid.is_empty() && header.msgctxt.is_none() => {
            file.header = header.msgstr;
            if file.header_comments.is_empty() {
                file.header_comments = header.translator_comments;
            }
        }
        Some(first) => return Err(format!("line {}: the file has no header entry (msgid \"\") first", first.line)),
        None => return Err("the file is empty".to_string()),
    }
    file.entries = entries.collect();

    let mut keys = std::collections::BTreeSet::new();
    for entry in &file.entries {
        let Some(key) = &entry.msgctxt else {
            return Err(format!("line {}: an entry without msgctxt (every message is keyed by its code)", entry.line));
        };
        if !keys.insert(key.clone()) {
            return Err(format!("line {}: the key {key:?} appears twice", entry.line));
        }
    }
    Ok(file)
}

fn push_to(target: &mut Option<String>, value: &str) {
    target.get_or_insert_with(String::new).push_str(value);
}

/// The value of one quoted PO string, escapes resolved.
fn unquote(quoted: &str) -> Result<String, String> {
    let inner = quoted
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .ok_or_else(|| format!("expected a quoted string, found {quoted}"))?;
    let mut out = String::with_capacity(inner.len());
    let mut characters = inner.chars();
    while let Some(character) = characters.next() {
        match character {
            '\\' => match characters.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                other => return Err(format!("unknown escape \\{} in {quoted}", other.map(String::from).unwrap_or_default())),
            },
            '"' => return Err(format!("an unescaped quote inside {quoted}")),
            other => out.push(other),
        }
    }
    Ok(out)
}

/// `text` as one PO string literal, quotes included.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            other => out.push(other),
        }
    }
    out.push('"');
    out
}

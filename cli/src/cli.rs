//! The command line: subcommands, their help, and the exit statuses
//! (0 every lookup matched, 1 a code or name is unknown or an input cannot be
//! read, 2 a usage error).

use std::fs::File;
use std::io::{self, BufWriter, ErrorKind, Write};
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use keyless_errors::KeylessErrorCategory;

use crate::annotate;
use crate::codes::{self, Code, Locale};
use crate::export;
use crate::query::{self, Lookup};
use crate::render;
use crate::search;
use crate::style::Style;

pub const EXIT_OK: u8 = 0;
pub const EXIT_NOT_FOUND: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

const TOP_EXAMPLES: &str = "\
Examples:
  keyless-errors explain 30004                  every field of a code, and its source
  keyless-errors explain 0x7534 face_not_matching --json
  keyless-errors explain --shared 3004          the native codes behind a shared code
  keyless-errors explain 30004 --locale 'it-IT,it;q=0.9,en;q=0.5'
  keyless-errors list --category user
  keyless-errors search camera permission
  adb logcat | keyless-errors annotate          explain the codes in a live log
  keyless-errors annotate app.log --json        one JSON object per code found
  keyless-errors export --format csv > keyless-errors.csv

Exit status: 0 when every lookup matched; 1 when a code or name is unknown, or an
input cannot be read; 2 for a usage error.
Colour only on a terminal, and never when NO_COLOR is set.";

const EXPLAIN_EXAMPLES: &str = "\
Examples:
  keyless-errors explain 30004
  keyless-errors explain 30004 0x7534 FACE_NOT_MATCHING face-not-matching
  keyless-errors explain 99999                  an undocumented code: its category's guidance (exit 1)
  keyless-errors explain --shared 3004          native codes that map to shared 3004
  keyless-errors explain --shared CORE_FACE_NOT_MATCHING
  keyless-errors explain 30009 --locale pt-BR --json";

const LIST_EXAMPLES: &str = "\
Examples:
  keyless-errors list
  keyless-errors list --category integration
  keyless-errors list --json | jq -r 'select(.retryable) | .name'";

const SEARCH_EXAMPLES: &str = "\
Examples:
  keyless-errors search lockout                 names first, then titles, then other fields
  keyless-errors search camera permission       every word must match, in any field
  keyless-errors search configFile.tak --json";

const ANNOTATE_EXAMPLES: &str = "\
What counts as a code: digits right after a code key (code=30004, Code=30004,
code: 30004, \"code\":30004, errorCode 30004, error_code=30004), or right after an
error word (error, failed, failure) on a line that mentions Keyless
(\"Keyless error 30004\", \"enrollment failed: 30004\"). A code key counts for a
documented code anywhere, and for any code on a line that contains
Keyless/keyless/KEYLESS (KeylessSdkError, KeylessSDKError, log tags). Digits that
do not stand alone (12:34:56, 2024-05-01, 5.2.1, 10.0.0.1:443, 340ms) and numbers
anywhere else (timestamps, PIDs, ports, years) never count.

Output: the input unchanged, byte for byte, and after each line with a code one
line starting with \"[keyless-errors] \": each distinct code's name, category,
action and advice. Remove them with: grep -v '^\\[keyless-errors\\] '
(exact, except that grep adds a line end the input's last line may not have had).

Examples:
  adb logcat -v threadtime | keyless-errors annotate
  xcrun simctl spawn booted log stream | keyless-errors annotate
  keyless-errors annotate app.log > app.annotated.log
  keyless-errors annotate --json a.log b.log | jq -r '\"\\(.file):\\(.line) \\(.name)\"'";

const EXPORT_EXAMPLES: &str = "\
Examples:
  keyless-errors export --format json > keyless-errors.json     schema: docs/export-schema.md
  keyless-errors export --format csv --locales en,fr > codes.csv
  keyless-errors export --format md > docs/error-codes.md        the committed reference";

/// The whole command line.
pub fn command() -> Command {
    let locales = codes::locales();
    let version: &'static str = format!("{} (catalog {})", env!("CARGO_PKG_VERSION"), codes::catalog_version()).leak();
    let long_version: &'static str = format!(
        "{version}\n{} documented codes; user messages in {} language{}: {}",
        codes::documented().count(),
        locales.len(),
        if locales.len() == 1 { "" } else { "s" },
        locales.iter().map(|locale| locale.tag).collect::<Vec<_>>().join(" ")
    )
    .leak();
    let json = || Arg::new("json").long("json").action(ArgAction::SetTrue);
    Command::new("keyless-errors")
        .version(version)
        .long_version(long_version)
        .about("What the Keyless SDK's error codes mean: explain, list, search and export them, and annotate logs that carry them.")
        .after_help(TOP_EXAMPLES)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("explain")
                .about("Every field of a code and its source document, by decimal or hex code or by name (any case)")
                .arg(
                    Arg::new("code")
                        .value_name("CODE|NAME")
                        .required(true)
                        .num_args(1..)
                        .allow_negative_numbers(true)
                        .help("30004, 0x7534 or FACE_NOT_MATCHING; with --shared, a shared code or name"),
                )
                .arg(json().help("One JSON object per code, one per line (the code object of docs/export-schema.md)"))
                .arg(
                    Arg::new("locale")
                        .long("locale")
                        .value_name("PREFERENCES")
                        .help("Language of the user message: a tag (it, pt-BR), a POSIX locale (it_IT.UTF-8) or an Accept-Language list; English when none is carried"),
                )
                .arg(
                    Arg::new("shared")
                        .long("shared")
                        .action(ArgAction::SetTrue)
                        .help("Read the arguments as shared cross-platform codes or names and explain the native codes that map to them"),
                )
                .after_help(EXPLAIN_EXAMPLES),
        )
        .subcommand(
            Command::new("list")
                .about("A table of every documented code")
                .arg(
                    Arg::new("category")
                        .long("category")
                        .value_name("CATEGORY")
                        .value_parser(KeylessErrorCategory::all().map(|category| category.label().as_str()))
                        .help("Only the codes of this category"),
                )
                .arg(json().help("One JSON object per code, one per line"))
                .after_help(LIST_EXAMPLES),
        )
        .subcommand(
            Command::new("search")
                .about("The codes whose fields, or user messages in any language, contain every word (names first)")
                .arg(Arg::new("words").value_name("WORD").required(true).num_args(1..).help("Words to find, in any case"))
                .arg(json().help("One JSON object per code, one per line, with the fields that matched"))
                .after_help(SEARCH_EXAMPLES),
        )
        .subcommand(
            Command::new("annotate")
                .about("Copy a log unchanged and add, after each line with a Keyless code, a line saying what it means")
                .arg(
                    Arg::new("files")
                        .value_name("FILE")
                        .num_args(0..)
                        .allow_hyphen_values(true)
                        .help("Logs to read; standard input when none is given, or for -"),
                )
                .arg(json().help("One JSON object per code found (file, line, column and the code's fields) instead of the log"))
                .after_help(ANNOTATE_EXAMPLES),
        )
        .subcommand(
            Command::new("export")
                .about("The whole catalog as JSON (versioned schema), CSV or Markdown")
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_name("FORMAT")
                        .required(true)
                        .value_parser(["json", "csv", "md"])
                        .help("json: docs/export-schema.md; csv: RFC 4180; md: docs/error-codes.md"),
                )
                .arg(
                    Arg::new("locales")
                        .long("locales")
                        .value_name("TAGS")
                        .help("json and csv: the languages of the user messages, comma-separated tags the library carries [default: all]"),
                )
                .after_help(EXPORT_EXAMPLES),
        )
}

/// Runs the command with the process's arguments.
pub fn main() -> ExitCode {
    let matches = match command().try_get_matches() {
        Ok(matches) => matches,
        Err(error) => {
            // --help and --version print and exit 0; usage errors exit 2.
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { EXIT_USAGE } else { EXIT_OK });
        }
    };
    let style = Style::for_stdout();
    let result = match matches.subcommand() {
        Some(("explain", arguments)) => explain(arguments, style),
        Some(("list", arguments)) => list(arguments, style),
        Some(("search", arguments)) => search(arguments, style),
        Some(("annotate", arguments)) => annotate(arguments, style),
        Some(("export", arguments)) => export(arguments),
        _ => unreachable!("a subcommand is required"),
    };
    match result {
        Ok(status) => ExitCode::from(status),
        // Whoever reads our output stopped (`| head`): not an error of ours.
        Err(error) if error.kind() == ErrorKind::BrokenPipe => ExitCode::from(EXIT_OK),
        Err(error) => {
            eprintln!("keyless-errors: {error}");
            ExitCode::from(EXIT_NOT_FOUND)
        }
    }
}

fn print(text: &str) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()
}

fn flag(arguments: &ArgMatches, name: &str) -> bool {
    arguments.get_flag(name)
}

fn values(arguments: &ArgMatches, name: &str) -> Vec<String> {
    arguments.get_many::<String>(name).map(|values| values.cloned().collect()).unwrap_or_default()
}

fn explain(arguments: &ArgMatches, style: Style) -> io::Result<u8> {
    let json = flag(arguments, "json");
    let locale = arguments.get_one::<String>("locale").map_or(Locale::ENGLISH, |preferences| codes::resolve_locale(preferences));
    let mut status = EXIT_OK;
    let mut blocks: Vec<String> = Vec::new();
    let show = |code: &Code, blocks: &mut Vec<String>| {
        blocks.push(if json { render::code_json(code, locale).compact() + "\n" } else { render::code_block(code, locale, style) });
    };
    for argument in values(arguments, "code") {
        if flag(arguments, "shared") {
            match shared_lookup(&argument) {
                Ok((shared, name, natives)) => {
                    if !json {
                        let also = if codes::is_fallback_shared(shared) { ", and every code without a row in the shared model" } else { "" };
                        let list = natives.iter().map(i32::to_string).collect::<Vec<_>>().join(", ");
                        blocks.push(format!("{}\n", style.bold(&format!("shared {shared} {name}: native {list}{also}"))));
                    }
                    for native in natives {
                        show(&Code::of(native), &mut blocks);
                    }
                }
                Err(message) => {
                    eprintln!("keyless-errors: {message}");
                    status = EXIT_NOT_FOUND;
                }
            }
            continue;
        }
        match query::lookup(&argument) {
            Ok(Lookup::Documented(code)) => {
                show(&code, &mut blocks);
                if !json {
                    if let Some(note) = shared_overlap_note(&argument, code.code) {
                        blocks.last_mut().expect("just pushed").push_str(&note);
                    }
                }
            }
            Ok(Lookup::Undocumented(code)) => {
                show(&code, &mut blocks);
                eprintln!(
                    "keyless-errors: {} is not a documented code; shown: the guidance for every undocumented {} code",
                    code.code,
                    code.category_label()
                );
                status = EXIT_NOT_FOUND;
            }
            Ok(Lookup::Unknown { argument, suggestion }) => {
                match suggestion {
                    Some(name) => eprintln!("keyless-errors: no code is named {argument}; did you mean {name}?"),
                    None => eprintln!("keyless-errors: no code is named {argument}; try: keyless-errors search {argument}"),
                }
                status = EXIT_NOT_FOUND;
            }
            Err(message) => {
                eprintln!("keyless-errors: {message}");
                status = EXIT_NOT_FOUND;
            }
        }
    }
    let separator = if json { "" } else { "\n" };
    print(&blocks.join(separator))?;
    Ok(status)
}

/// A shared code or name, its name, and the documented native codes behind it.
fn shared_lookup(argument: &str) -> Result<(i32, &'static str, Vec<i32>), String> {
    let shared = match query::parse_number(argument)? {
        Some(number) => number,
        None => codes::shared_by_name(argument).ok_or_else(|| format!("no shared code is named {argument}"))?,
    };
    let natives = codes::natives_of_shared(shared);
    match (codes::shared_name(shared), natives.is_empty()) {
        (Some(name), false) => Ok((shared, name, natives)),
        _ => Err(format!("no native code maps to shared code {shared} (the shared model's web-only codes have none)")),
    }
}

/// The numberings overlap: when a number given as native is also a shared
/// code, say so, since mixing them up is the classic mistake.
fn shared_overlap_note(argument: &str, code: i32) -> Option<String> {
    query::parse_number(argument).ok().flatten()?;
    let name = codes::shared_name(code)?;
    let natives = codes::natives_of_shared(code);
    if natives == [code] {
        return None;
    }
    Some(format!(
        "  note: {code} is also the shared code {name} (native {}); see: keyless-errors explain --shared {code}\n",
        natives.iter().map(i32::to_string).collect::<Vec<_>>().join(", ")
    ))
}

fn list(arguments: &ArgMatches, style: Style) -> io::Result<u8> {
    let category = arguments.get_one::<String>("category");
    let selected: Vec<Code> = codes::documented().filter(|code| category.is_none_or(|wanted| code.category_label() == wanted)).collect();
    if flag(arguments, "json") {
        let lines: String = selected.iter().map(|code| render::code_json(code, Locale::ENGLISH).compact() + "\n").collect();
        print(&lines)?;
    } else {
        let mut rows = vec![render::header_row()];
        rows.extend(selected.iter().map(render::row));
        print(&render::table(&rows, style))?;
    }
    Ok(EXIT_OK)
}

fn search(arguments: &ArgMatches, style: Style) -> io::Result<u8> {
    let words = values(arguments, "words");
    let hits = search::search(&words, &codes::locales());
    if hits.is_empty() {
        eprintln!("keyless-errors: no documented code matches {}", words.join(" "));
        return Ok(EXIT_NOT_FOUND);
    }
    if flag(arguments, "json") {
        let lines: String = hits
            .iter()
            .map(|hit| render::code_json(&hit.code, Locale::ENGLISH).with("matched_in", hit.matched_in.clone()).compact() + "\n")
            .collect();
        print(&lines)?;
    } else {
        let mut header = render::header_row();
        header.push("matched in".into());
        let mut rows = vec![header];
        for hit in &hits {
            let mut row = render::row(&hit.code);
            row.push(matched_in_text(&hit.matched_in));
            rows.push(row);
        }
        print(&render::table(&rows, style))?;
    }
    Ok(EXIT_OK)
}

/// `name, advice, user message (en fr)`: the user messages grouped.
fn matched_in_text(fields: &[String]) -> String {
    let mut parts: Vec<String> = fields.iter().filter(|field| !field.starts_with("user_message:")).cloned().collect();
    let tags: Vec<&str> = fields.iter().filter_map(|field| field.strip_prefix("user_message:")).collect();
    if !tags.is_empty() {
        parts.push(format!("user message ({})", tags.join(" ")));
    }
    parts.join(", ")
}

fn annotate(arguments: &ArgMatches, style: Style) -> io::Result<u8> {
    let json = flag(arguments, "json");
    let mut files = values(arguments, "files");
    if files.is_empty() {
        files.push("-".into());
    }
    let mut out = BufWriter::with_capacity(1 << 18, raw_stdout()?);
    let mut status = EXIT_OK;
    let mut not_reported = 0;
    let count = files.len();
    for (index, file) in files.iter().enumerate() {
        let options = annotate::Options { json, colour: style.colour && !json, file: file.clone(), last_input: index + 1 == count };
        let mut input: Box<dyn io::Read> = if file == "-" {
            raw_stdin()?
        } else {
            match File::open(file) {
                Ok(input) => Box::new(input),
                Err(error) => {
                    out.flush()?;
                    eprintln!("keyless-errors: cannot read {file}: {error}");
                    status = EXIT_NOT_FOUND;
                    continue;
                }
            }
        };
        match annotate::annotate(&mut input, &mut out, &options) {
            Ok(summary) => not_reported += summary.not_reported,
            Err(error) if error.kind() == ErrorKind::BrokenPipe => return Err(error),
            Err(error) => {
                out.flush()?;
                eprintln!("keyless-errors: cannot read {file}: {error}");
                status = EXIT_NOT_FOUND;
            }
        }
    }
    out.flush()?;
    if not_reported > 0 {
        eprintln!(
            "keyless-errors: {not_reported} more codes were found on lines with over {} codes each and not reported",
            annotate::MAX_FINDINGS_PER_LINE
        );
    }
    Ok(status)
}

/// Standard output without std's line buffering, which would look for line
/// ends in every write; `annotate` writes large blocks.
fn raw_stdout() -> io::Result<Box<dyn Write>> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        Ok(Box::new(File::from(io::stdout().as_fd().try_clone_to_owned()?)))
    }
    #[cfg(not(unix))]
    {
        Ok(Box::new(io::stdout()))
    }
}

/// Standard input without std's 8 KiB buffer in front of our 1 MiB one.
fn raw_stdin() -> io::Result<Box<dyn io::Read>> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        Ok(Box::new(File::from(io::stdin().as_fd().try_clone_to_owned()?)))
    }
    #[cfg(not(unix))]
    {
        Ok(Box::new(io::stdin()))
    }
}

fn export(arguments: &ArgMatches) -> io::Result<u8> {
    let format = arguments.get_one::<String>("format").expect("required").as_str();
    let carried = codes::locales();
    let locales = match arguments.get_one::<String>("locales") {
        None => carried.clone(),
        Some(_) if format == "md" => {
            eprintln!("keyless-errors: --locales applies to --format json and csv; the Markdown reference is in English");
            return Ok(EXIT_USAGE);
        }
        Some(list) if list == "all" => carried.clone(),
        Some(list) => {
            let mut chosen = Vec::new();
            for tag in list.split(',').map(str::trim).filter(|tag| !tag.is_empty()) {
                match carried.iter().find(|locale| locale.tag.eq_ignore_ascii_case(tag)) {
                    Some(locale) => chosen.push(*locale),
                    None => {
                        let known = carried.iter().map(|locale| locale.tag).collect::<Vec<_>>().join(" ");
                        eprintln!("keyless-errors: this library carries no {tag} messages; it carries: {known}");
                        return Ok(EXIT_USAGE);
                    }
                }
            }
            chosen
        }
    };
    let text = match format {
        "json" => export::json(&locales),
        "csv" => export::csv(&locales),
        _ => export::markdown(),
    };
    print(&text)?;
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_is_well_formed() {
        command().debug_assert();
    }

    #[test]
    fn matched_fields_group_the_languages() {
        let fields = ["name", "user_message:en", "advice", "user_message:fr"].map(String::from);
        assert_eq!(matched_in_text(&fields), "name, advice, user message (en fr)");
    }

    #[test]
    fn overlap_notes_only_for_numbers_that_are_other_codes_shared_codes() {
        assert!(shared_overlap_note("1004", 1004).unwrap().contains("SDK_STORAGE_FAILED (native 10005)"));
        assert!(shared_overlap_note("NET_CONNECTION_FAILED", 1004).is_none());
        assert!(shared_overlap_note("30004", 30004).is_none());
    }
}

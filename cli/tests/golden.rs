//! Golden tests: every subcommand and output format, run as a user would,
//! compared byte for byte with the committed expected output in
//! tests/golden/<case>.txt (the command line, the exit status, standard
//! error, then standard output exactly as printed).
//!
//! After an intended change of output, rewrite them on purpose with
//!
//!     make update-cli-golden
//!
//! (`KEYLESS_UPDATE_GOLDEN=1 cargo test -p keyless-errors-cli --test golden`)
//! and review the diff before committing it. `make regenerate` runs it too,
//! since a change of the catalog changes these outputs.
//!
//! The cases that print user messages ask for English or restrict the
//! languages (`--locales en`), so that they hold whatever translations the
//! library carries; tests/l10n.rs covers every language.

mod common;

use std::path::PathBuf;

/// (case name, arguments, file fed to standard input)
const CASES: &[(&str, &[&str], Option<&str>)] = &[
    ("help", &["--help"], None),
    ("version-short", &["-V"], None),
    ("no-arguments", &[], None),
    ("unknown-subcommand", &["explian", "30004"], None),
    ("explain-help", &["explain", "--help"], None),
    ("explain-30004", &["explain", "30004"], None),
    ("explain-hex-and-names", &["explain", "0x7534", "face_not_matching", "Face-Not-Matching"], None),
    ("explain-deprecated", &["explain", "20005", "30001"], None),
    ("explain-overlap-note", &["explain", "1004"], None),
    ("explain-json", &["explain", "--json", "30004", "20005", "99999"], None),
    ("explain-undocumented", &["explain", "99999", "-1", "45000"], None),
    ("explain-unknown-name", &["explain", "FACE_NOT_MATCHNG", "banana", "30004"], None),
    ("explain-out-of-range", &["explain", "2147483648", "0x1ffffffff"], None),
    ("explain-locale-english", &["explain", "30009", "--locale", "en-US,en;q=0.9"], None),
    ("explain-missing-argument", &["explain"], None),
    ("explain-shared", &["explain", "--shared", "3004", "CORE_USER_NOT_ENROLLED"], None),
    ("explain-shared-fallback", &["explain", "--shared", "1000"], None),
    ("explain-shared-json", &["explain", "--shared", "--json", "1004"], None),
    ("explain-shared-unknown", &["explain", "--shared", "5000", "NOT_A_SHARED_NAME"], None),
    ("list-help", &["list", "--help"], None),
    ("list", &["list"], None),
    ("list-category", &["list", "--category", "integration"], None),
    ("list-json", &["list", "--json", "--category", "anti_inject"], None),
    ("list-bad-category", &["list", "--category", "bogus"], None),
    ("search-help", &["search", "--help"], None),
    ("search-lockout", &["search", "lockout"], None),
    ("search-two-words", &["search", "ConfigFile.TAK", "license"], None),
    ("search-json", &["search", "--json", "getRateLimitInfo"], None),
    ("search-nothing", &["search", "zebra"], None),
    ("annotate-help", &["annotate", "--help"], None),
    ("annotate-logcat", &["annotate", "tests/data/logcat-threadtime.log"], None),
    ("annotate-xcode", &["annotate", "tests/data/xcode-console.log"], None),
    ("annotate-jsonl", &["annotate", "tests/data/app.jsonl"], None),
    ("annotate-crlf", &["annotate", "tests/data/crlf.log"], None),
    ("annotate-no-final-newline", &["annotate", "tests/data/no-final-newline.log"], None),
    ("annotate-invalid-utf8", &["annotate", "tests/data/invalid-utf8.log"], None),
    ("annotate-false-positives", &["annotate", "tests/data/false-positives.log"], None),
    ("annotate-stdin", &["annotate"], Some("tests/data/xcode-console.log")),
    ("annotate-dash", &["annotate", "-", "tests/data/no-final-newline.log", "tests/data/crlf.log"], Some("tests/data/app.jsonl")),
    ("annotate-json", &["annotate", "--json", "tests/data/logcat-threadtime.log", "tests/data/xcode-console.log"], None),
    ("annotate-json-invalid-utf8", &["annotate", "--json", "tests/data/invalid-utf8.log"], None),
    ("annotate-missing-file", &["annotate", "tests/data/no-such-file.log", "tests/data/crlf.log"], None),
    ("export-help", &["export", "--help"], None),
    ("export-json", &["export", "--format", "json", "--locales", "en"], None),
    ("export-csv", &["export", "--format", "csv", "--locales", "en"], None),
    ("export-md", &["export", "--format", "md"], None),
    ("export-no-format", &["export"], None),
    ("export-md-locales", &["export", "--format", "md", "--locales", "en"], None),
];

fn golden_path(case: &str) -> PathBuf {
    common::cli_dir().join("tests/golden").join(format!("{case}.txt"))
}

/// The golden text of one run.
fn render(arguments: &[&str], stdin_file: Option<&str>, status: Option<i32>, stderr: &[u8], stdout: &[u8]) -> Vec<u8> {
    let mut text = format!("$ keyless-errors {}", arguments.join(" "));
    if let Some(file) = stdin_file {
        text.push_str(&format!(" < {file}"));
    }
    text.push_str(&format!("\nexit status: {}\n--- stderr\n", status.map_or("signal".to_string(), |code| code.to_string())));
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(stderr);
    bytes.extend_from_slice(b"--- stdout\n");
    bytes.extend_from_slice(stdout);
    bytes
}

#[test]
fn every_case_matches_its_golden_file() {
    let update = std::env::var_os("KEYLESS_UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for &(case, arguments, stdin_file) in CASES {
        let stdin = stdin_file.map_or_else(Vec::new, |file| std::fs::read(common::cli_dir().join(file)).expect("read the stdin file"));
        let output = common::run(arguments, &stdin);
        let actual = render(arguments, stdin_file, output.status.code(), &output.stderr, &output.stdout);
        let path = golden_path(case);
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read(&path).unwrap_or_default();
        if expected != actual {
            failures.push(format!("{case}: {}", common::first_difference(&expected, &actual)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} golden cases differ:\n{}\n\nIf the change is intended, rewrite them with `make update-cli-golden` and review the diff.",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn every_golden_file_has_a_case() {
    let directory = common::cli_dir().join("tests/golden");
    for entry in std::fs::read_dir(&directory).expect("tests/golden exists") {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let case = name.strip_suffix(".txt").unwrap_or(&name);
        assert!(CASES.iter().any(|(known, _, _)| *known == case), "tests/golden/{name} belongs to no case: delete it");
    }
}

#[test]
fn every_subcommand_and_format_has_a_case() {
    for subcommand in ["explain", "list", "search", "annotate", "export"] {
        for json in [false, true] {
            if subcommand == "export" {
                continue;
            }
            assert!(
                CASES.iter().any(|(_, arguments, _)| arguments.first() == Some(&subcommand) && arguments.contains(&"--json") == json),
                "no golden case for {subcommand}{}",
                if json { " --json" } else { "" }
            );
        }
    }
    for format in ["json", "csv", "md"] {
        assert!(CASES.iter().any(|(_, arguments, _)| arguments.starts_with(&["export", "--format", format])), "no case for export {format}");
    }
}

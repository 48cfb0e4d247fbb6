//! `annotate` as a user runs it: long lines, standard input, several files,
//! a live stream, a reader that goes away, and the realistic logs of
//! tests/data (whose exact output the golden tests hold).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use keyless_errors_cli::annotate::{PREFIX, annotation_text, strip};

const MB: usize = 1 << 20;

/// The annotation line of `codes`, as annotate writes it after a line.
fn annotation(codes: &[i32], terminator: &str) -> Vec<u8> {
    let body: Vec<String> = codes.iter().map(|&code| annotation_text(code)).collect();
    [PREFIX, body.join(" | ").as_bytes(), terminator.as_bytes()].concat()
}

#[test]
fn ten_megabyte_lines() {
    let filler = |size: usize, seed: u8| -> Vec<u8> {
        // Bytes of every kind but line ends, and none of the trigger words.
        (0..size).map(|index| match (index as u8).wrapping_mul(31).wrapping_add(seed) {
            b'\n' => b'.',
            byte if byte.is_ascii_alphabetic() => b'x',
            byte => byte,
        }).collect()
    };
    // The context word at the start and the code 10 MB later, on one line.
    let first = [b"Keyless ".as_slice(), &filler(10 * MB, 1), b" error 30011\n"].concat();
    // The code first, then 10 MB, with CRLF.
    let second = [b"code=30004 ".as_slice(), &filler(10 * MB, 2), b"\r\n"].concat();
    // The code in the middle of 10 MB, a line of its own after it, no final line end.
    let third = [filler(5 * MB, 3), b" \"code\":30007 ".to_vec(), filler(5 * MB, 4)].concat();
    let plain = [filler(10 * MB, 5), b"\n".to_vec()].concat();
    let input = [first.clone(), plain.clone(), second.clone(), third.clone()].concat();

    let output = common::run(&["annotate"], &input);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let expected = [
        first,
        annotation(&[30011], "\n"),
        plain,
        second,
        annotation(&[30004], "\r\n"),
        third,
        [b"\n".as_slice(), &annotation(&[30007], "")].concat(),
    ]
    .concat();
    assert!(output.stdout == expected, "{}", common::first_difference(&expected, &output.stdout));
    assert_eq!(strip(&output.stdout), input);

    let findings = common::run(&["annotate", "--json"], &input);
    let findings: Vec<serde_json::Value> =
        String::from_utf8(findings.stdout).unwrap().lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    let places: Vec<(i64, i64, i64)> = findings
        .iter()
        .map(|finding| (finding["code"].as_i64().unwrap(), finding["line"].as_i64().unwrap(), finding["column"].as_i64().unwrap()))
        .collect();
    let first_column = 8 + 10 * MB as i64 + 7 + 1;
    let third_column = 5 * MB as i64 + 9;
    assert_eq!(places, vec![(30011, 1, first_column), (30004, 3, 6), (30007, 4, third_column)]);
}

#[test]
fn standard_input_and_files_agree() {
    let file = std::fs::read(common::cli_dir().join("tests/data/logcat-threadtime.log")).unwrap();
    let from_file = common::run(&["annotate", "tests/data/logcat-threadtime.log"], b"");
    let from_stdin = common::run(&["annotate"], &file);
    let from_dash = common::run(&["annotate", "-"], &file);
    assert!(from_file.status.success());
    assert_eq!(from_file.stdout, from_stdin.stdout);
    assert_eq!(from_file.stdout, from_dash.stdout);
    assert_eq!(strip(&from_file.stdout), file);
}

#[test]
fn several_files_follow_each_other() {
    // The first file ends without a line end, after a code: its annotation
    // is still closed, so the second file starts on a line of its own.
    let output = common::run(&["annotate", "tests/data/no-final-newline.log", "tests/data/crlf.log"], b"");
    let text = output.stdout;
    let first = std::fs::read(common::cli_dir().join("tests/data/no-final-newline.log")).unwrap();
    let second = std::fs::read(common::cli_dir().join("tests/data/crlf.log")).unwrap();
    let expected_start = [first, b"\n".to_vec(), annotation(&[30008], "\n")].concat();
    assert!(text.starts_with(&expected_start), "{}", String::from_utf8_lossy(&text));
    assert_eq!(strip(&text[expected_start.len()..]), second);
}

#[test]
fn realistic_logs_round_trip_and_annotate_the_lines_with_codes() {
    // (file, line numbers that carry a code)
    let cases: &[(&str, &[usize])] = &[
        ("logcat-threadtime.log", &[7, 8, 10, 11, 12, 15, 19]),
        ("xcode-console.log", &[3, 4, 8, 10]),
        ("app.jsonl", &[1, 3, 4, 6]),
        ("crlf.log", &[1, 3]),
        ("no-final-newline.log", &[2]),
        ("invalid-utf8.log", &[1, 2]),
        ("false-positives.log", &[]),
    ];
    for (file, lines) in cases {
        let path = format!("tests/data/{file}");
        let input = std::fs::read(common::cli_dir().join(&path)).unwrap();
        let output = common::run(&["annotate", &path], b"");
        assert!(output.status.success());
        assert_eq!(strip(&output.stdout), input, "{file}: the input does not come back");
        let findings = common::run(&["annotate", "--json", &path], b"");
        let mut found: Vec<usize> = String::from_utf8(findings.stdout)
            .unwrap()
            .lines()
            .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["line"].as_u64().unwrap() as usize)
            .collect();
        found.dedup();
        assert_eq!(&found, lines, "{file}: the lines with codes");
        // One annotation line after each of those lines, right after it.
        let annotated: Vec<usize> = output
            .stdout
            .split(|&byte| byte == b'\n')
            .enumerate()
            .filter(|(_, line)| line.starts_with(PREFIX))
            .map(|(index, _)| index)
            .collect();
        let expected: Vec<usize> = lines.iter().enumerate().map(|(before, line)| line + before).collect();
        assert_eq!(annotated, expected, "{file}: where the annotation lines are");
    }
}

#[test]
fn invalid_utf8_passes_through_untouched() {
    let input = std::fs::read(common::cli_dir().join("tests/data/invalid-utf8.log")).unwrap();
    assert!(std::str::from_utf8(&input).is_err(), "the fixture must hold invalid UTF-8");
    let output = common::run(&["annotate"], &input);
    assert_eq!(strip(&output.stdout), input);
    // The invalid bytes are in the output as they were, not replaced by U+FFFD.
    assert!(output.stdout.windows(4).any(|window| window == b"\xff\xfe K"));
    assert!(output.stdout.windows(11).any(|window| window == b"caf\xe9 \xc3\x28 \xe2\x82)"));
}

#[test]
fn a_live_log_is_annotated_line_by_line() {
    // Like `adb logcat | keyless-errors annotate`: the annotation of a line
    // comes out while the input is still open.
    let mut child = Command::new(env!("CARGO_BIN_EXE_keyless-errors"))
        .arg("annotate")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (lines, received) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if lines.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    stdin.write_all(b"12-04 19:14:40.789  4321  4321 E KeylessSDK: KeylessSdkError(code=30004, message=x)\n").unwrap();
    stdin.flush().unwrap();
    let wait = Duration::from_secs(20);
    assert!(received.recv_timeout(wait).unwrap().contains("code=30004"));
    assert!(received.recv_timeout(wait).expect("the annotation before the input ends").starts_with("[keyless-errors] 30004 "));
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    // `keyless-errors annotate big.log | head -n 1`
    let mut child = Command::new(env!("CARGO_BIN_EXE_keyless-errors"))
        .arg("annotate")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let line = b"Keyless error 30004, and a line long enough to fill the pipe quickly\n".repeat(1000);
        for _ in 0..200 {
            if stdin.write_all(&line).is_err() {
                break;
            }
        }
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
}

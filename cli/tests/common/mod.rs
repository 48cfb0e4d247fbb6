//! Running the built `keyless-errors` binary from the tests.

#![allow(dead_code)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// The crate's directory (cli/): the tests run the command from here, so
/// that input paths such as `tests/data/crlf.log` appear as written.
pub fn cli_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn repository_root() -> PathBuf {
    cli_dir().parent().expect("cli/ is inside the repository").to_path_buf()
}

/// Runs the command with `arguments`, `stdin` on its standard input, in
/// cli/, with a clean colour environment.
pub fn run(arguments: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_keyless-errors"))
        .args(arguments)
        .current_dir(cli_dir())
        .env_remove("NO_COLOR")
        .env_remove("TERM")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run keyless-errors");
    let mut input = child.stdin.take().expect("stdin is piped");
    let stdin = stdin.to_vec();
    // Written from a thread, so that a large input cannot dead-lock
    // against a large output.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("wait for keyless-errors");
    writer.join().expect("stdin writer");
    output
}

/// Standard output as text, after checking the exit status.
pub fn stdout_of(arguments: &[&str], expected_status: i32) -> String {
    let output = run(arguments, b"");
    assert_eq!(output.status.code(), Some(expected_status), "{arguments:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// The line that differs first, for readable failures of large comparisons.
pub fn first_difference(expected: &[u8], actual: &[u8]) -> String {
    let expected_lines: Vec<&[u8]> = expected.split(|&byte| byte == b'\n').collect();
    let actual_lines: Vec<&[u8]> = actual.split(|&byte| byte == b'\n').collect();
    for (index, (old, new)) in expected_lines.iter().zip(&actual_lines).enumerate() {
        if old != new {
            return format!(
                "first difference at line {}:\n  expected: {}\n  actual:   {}",
                index + 1,
                String::from_utf8_lossy(old),
                String::from_utf8_lossy(new)
            );
        }
    }
    format!("one is a prefix of the other ({} and {} lines)", expected_lines.len(), actual_lines.len())
}

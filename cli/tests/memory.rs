//! `annotate` reads in constant memory, whatever the length of a line: a
//! 64 MB line through standard input, and the peak resident memory of the
//! process stays that of one buffer. (Its own test binary, because the
//! figure is the maximum over every child process the test process waited
//! for, and other tests start children too.)

#![cfg(target_os = "linux")]

use std::io::{Read, Write};
use std::process::{Command, Stdio};

/// `struct rusage` of Linux (x86_64 and aarch64 alike: two timevals, then longs).
#[repr(C)]
#[derive(Default)]
struct ResourceUsage {
    user_time: [i64; 2],
    system_time: [i64; 2],
    max_resident_kilobytes: i64,
    rest: [i64; 13],
}

unsafe extern "C" {
    fn getrusage(who: i32, usage: *mut ResourceUsage) -> i32;
}
const RUSAGE_CHILDREN: i32 = -1;

const LINE_MEGABYTES: usize = 64;
/// One 1 MiB buffer, the program and its libraries: measured at about 6 MB
/// for this debug build. With a 64 MiB buffer instead, the peak was 70 MB and
/// this test failed, as it should.
const LIMIT_KILOBYTES: i64 = 16 * 1024;

#[test]
fn a_64_megabyte_line_in_constant_memory() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_keyless-errors"))
        .arg("annotate")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run keyless-errors");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        stdin.write_all(b"Keyless ").unwrap();
        let block = vec![b'x'; 1 << 20];
        for _ in 0..LINE_MEGABYTES {
            stdin.write_all(&block).unwrap();
        }
        stdin.write_all(b" failed: 30004\n").unwrap();
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut total = 0usize;
    let mut tail = Vec::new();
    let mut buffer = vec![0u8; 1 << 16];
    loop {
        let read = stdout.read(&mut buffer).unwrap();
        if read == 0 {
            break;
        }
        total += read;
        tail.extend_from_slice(&buffer[..read]);
        if tail.len() > 4096 {
            tail.drain(..tail.len() - 4096);
        }
    }
    writer.join().unwrap();
    assert!(child.wait().unwrap().success());
    let tail = String::from_utf8_lossy(&tail);
    assert!(tail.contains(" failed: 30004\n[keyless-errors] 30004 FACE_NOT_MATCHING"), "{tail}");
    assert!(total > LINE_MEGABYTES << 20);

    let mut usage = ResourceUsage::default();
    // SAFETY: a valid pointer to a struct of the kernel's layout.
    assert_eq!(unsafe { getrusage(RUSAGE_CHILDREN, &mut usage) }, 0);
    let peak = usage.max_resident_kilobytes;
    println!("peak resident memory of annotate on a {LINE_MEGABYTES} MB line: {peak} KB");
    assert!(peak < LIMIT_KILOBYTES, "annotate used {peak} KB for one {LINE_MEGABYTES} MB line (limit {LIMIT_KILOBYTES} KB)");
}

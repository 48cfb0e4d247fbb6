//! Properties of `annotate` over generated logs (proptest):
//! - stripping the annotation lines from the output gives back the input,
//!   byte for byte, whatever the bytes (CR, NUL, invalid UTF-8, no final
//!   line end);
//! - the output does not depend on how the input is cut: read sizes of one
//!   byte and up, buffers of one byte and up, against one read of the whole;
//! - the JSON findings agree the same way.

use std::io::{self, Read};

use keyless_errors_cli::annotate::{self, Options, PREFIX};
use proptest::prelude::*;

/// Lines a device log has, with and without codes.
const LINES: &[&[u8]] = &[
    b"12-04 19:14:40.789  4321  4321 E KeylessSDK: KeylessSdkError(code=30004, message=Face not matching)",
    b"2024-12-04 19:14:40.789012+0100 MyBank[1234:56789] Error Domain=KeylessSDK.KeylessSDKError Code=30005 \"x\"",
    b"{\"level\":\"error\",\"code\":30009}",
    b"Keyless error 30011",
    b"enrollment failed with errorCode 523",
    b"Response{protocol=h2, code=200, message=OK}",
    b"12-04 19:14:37.123  30004 30005 I KeylessSDK: started on port 30004 in 30004ms",
    b"requestCode=30004 resultCode=-1",
    b"code=30004 code=30005 code=30004 error 40002 Keyless",
    b"",
    b"\xff\xfe\xc3\x28 code=30007 \xe2\x82",
];

/// A log: lines from the pool or random bytes, joined by LF or CRLF.
fn log() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        3 => prop::sample::select(LINES).prop_map(<[u8]>::to_vec),
        1 => prop::collection::vec(any::<u8>(), 0..120),
        1 => prop::collection::vec(prop::sample::select(b"code=30004 KeylessError: 1\r\n\t\"'".to_vec()), 0..60),
    ];
    let ending = prop::sample::select(vec![&b"\n"[..], &b"\r\n"[..], &b""[..]]);
    prop::collection::vec((piece, ending), 0..40).prop_map(|pieces| {
        let mut out = Vec::new();
        for (piece, ending) in pieces {
            out.extend_from_slice(&piece);
            out.extend_from_slice(ending);
        }
        out
    })
}

/// Hands out the input in the given read sizes, cycling, like a pipe.
struct Dribble<'a> {
    data: &'a [u8],
    sizes: Vec<usize>,
    next: usize,
}

impl Read for Dribble<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let size = self.sizes[self.next % self.sizes.len()].min(buf.len()).min(self.data.len());
        self.next += 1;
        buf[..size].copy_from_slice(&self.data[..size]);
        self.data = &self.data[size..];
        Ok(size)
    }
}

fn run(input: &[u8], json: bool, chunk: usize, sizes: Vec<usize>) -> Vec<u8> {
    let options = Options { json, colour: false, file: "log".into(), last_input: true };
    let mut reader = Dribble { data: input, sizes, next: 0 };
    let mut out = Vec::new();
    annotate::annotate_in_chunks(&mut reader, &mut out, &options, chunk).expect("in-memory annotate");
    out
}

fn starts_a_line_with_the_prefix(input: &[u8]) -> bool {
    input.starts_with(PREFIX) || input.windows(PREFIX.len() + 1).any(|window| window[0] == b'\n' && &window[1..] == PREFIX)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn stripping_the_annotations_gives_the_input_back(
        input in log(),
        chunk in 1usize..300,
        sizes in prop::collection::vec(1usize..400, 1..8),
    ) {
        // The one kind of input the strip rule cannot tell apart: a line
        // that already is an annotation (annotate passes it through).
        prop_assume!(!starts_a_line_with_the_prefix(&input));
        let whole = run(&input, false, annotate::CHUNK, vec![usize::MAX]);
        prop_assert_eq!(annotate::strip(&whole), input.clone());
        let cut = run(&input, false, chunk, sizes.clone());
        prop_assert_eq!(&cut, &whole, "the output depends on how the input was cut");
        prop_assert_eq!(run(&input, true, chunk, sizes), run(&input, true, annotate::CHUNK, vec![usize::MAX]));
    }
}

#[test]
fn a_property_test_that_can_fail() {
    // The property above fails for an annotator that drops a byte: strip
    // gives back something else. Shown here on a log with a CRLF line.
    let input = b"code=30004\r\nplain\n";
    let mut output = run(input, false, annotate::CHUNK, vec![usize::MAX]);
    assert_eq!(annotate::strip(&output), input);
    let carriage_return = output.iter().position(|&byte| byte == b'\r').unwrap();
    output.remove(carriage_return);
    assert_ne!(annotate::strip(&output), input);
}

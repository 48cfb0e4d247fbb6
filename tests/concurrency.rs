//! Lookups from many threads at once agree with a single-threaded pass.
//! There is no shared mutable state to race on; this checks it stays so.

mod common;

use std::sync::Barrier;
use std::thread;

use common::{STRING_FUNCTIONS, formatted, listed_codes};
use keyless_errors::ffi::*;

/// Everything the ABI says about one code, as plain data.
fn snapshot(code: i32) -> (Vec<usize>, u32, u32, bool, bool, bool, i32, String) {
    (
        STRING_FUNCTIONS.iter().map(|(_, function)| function(code) as usize).collect(),
        keyless_error_category_id(code) as u32,
        keyless_error_action(code) as u32,
        keyless_error_is_known(code),
        keyless_error_is_retryable(code),
        keyless_error_is_deprecated(code),
        keyless_error_replaced_by(code),
        formatted(code),
    )
}

#[test]
fn concurrent_lookups_agree_with_a_sequential_pass() {
    let mut codes = listed_codes();
    codes.extend([i32::MIN, -1, 0, 19_999, 20_000, 29_999, 30_000, 39_999, 40_000, 40_003, 49_999, 50_000, i32::MAX]);
    let expected: Vec<_> = codes.iter().map(|&code| snapshot(code)).collect();

    const THREADS: usize = 16;
    const ROUNDS: usize = 200;
    let start_together = Barrier::new(THREADS);
    thread::scope(|scope| {
        for thread_index in 0..THREADS {
            let (codes, expected, start_together) = (&codes, &expected, &start_together);
            scope.spawn(move || {
                start_together.wait();
                for round in 0..ROUNDS {
                    // Each thread walks the codes from a different offset, so
                    // different codes are looked up at the same moment.
                    for step in 0..codes.len() {
                        let index = (step + thread_index * 7 + round) % codes.len();
                        assert_eq!(snapshot(codes[index]), expected[index], "code {}", codes[index]);
                    }
                }
            });
        }
    });
}

// Nanoseconds per lookup through the Swift API: `make -C bindings/swift bench`.
//
// This is a measurement, not a test: it prints numbers and never fails on them. Build it in release
// mode (the Makefile does), or the numbers mean little.
//
// The first lookup is timed once, as the very first use of KeylessError in this process, because
// that is when the cache is built: it can only be measured in a fresh process. It also pays the
// process's own first-time costs (the allocator's first pages, the Swift runtime's first metadata),
// which any first work in a process would pay. With `--first-lookup-only` the benchmark stops after
// it, so the Makefile can repeat it in several fresh processes.

import Dispatch
import Foundation
import KeylessErrors

/// Nanoseconds since an arbitrary point, from the monotonic clock.
@inline(__always)
func now() -> UInt64 {
    DispatchTime.now().uptimeNanoseconds
}

/// Keeps the optimiser from dropping work whose result is otherwise unused.
@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// Nanoseconds per call of `body`, the best of `rounds` runs of `iterations` calls each (the
/// minimum is the least disturbed by other work on the machine).
func nanosecondsPerCall(iterations: Int = 1_000_000, rounds: Int = 5, _ body: (Int) -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
        let start = now()
        for iteration in 0..<iterations {
            body(iteration)
        }
        best = min(best, Double(now() - start) / Double(iterations))
    }
    return best
}

func report(_ label: String, _ nanoseconds: Double) {
    let rounded = (nanoseconds * 10).rounded() / 10
    print("\(label.padding(toLength: 58, withPad: " ", startingAt: 0)) \(rounded) ns")
}

// 1. The very first lookup: builds the cache of all documented codes (reads them through C once).
let firstStart = now()
let first = KeylessError(code: 30004).userMessage
let firstNanoseconds = Double(now() - firstStart)
consume(first)

// The first undocumented code: builds the per-category cache of the undocumented codes.
let firstUnknownStart = now()
let firstUnknown = KeylessError(code: 424_242).userMessage
let firstUnknownNanoseconds = Double(now() - firstUnknownStart)
consume(firstUnknown)

if CommandLine.arguments.contains("--first-lookup-only") {
    report("first lookup, builds the cache (one run, fresh process)", firstNanoseconds)
    report("first undocumented lookup, builds its cache (one run)", firstUnknownNanoseconds)
    exit(0)
}

// 2. Cached lookups. Codes vary with the iteration, so the work cannot be hoisted out of the loop.
let known: [Int32] = KeylessError.allKnown.map(\.code.rawValue)
let unknown: [Int32] = [-1, 0, 20_000, 30_010, 40_003, 50_000, 99_999, Int32.max]

// What the loop itself costs (indexing, the modulo, the call that keeps the result alive), to
// subtract from the lines below.
let loopOverhead = nanosecondsPerCall { iteration in
    consume(known[iteration % known.count])
}
let cachedKnown = nanosecondsPerCall { iteration in
    consume(KeylessError(code: known[iteration % known.count]).userMessage)
}
let cachedUnknown = nanosecondsPerCall { iteration in
    consume(KeylessError(code: unknown[iteration % unknown.count]).userMessage)
}
let existing = KeylessError.allKnown
let propertyOnly = nanosecondsPerCall { iteration in
    consume(existing[iteration % existing.count].userMessage)
}
let knownLine = nanosecondsPerCall { iteration in
    consume(existing[iteration % existing.count].description)
}
let unknownLine = nanosecondsPerCall(iterations: 200_000) { iteration in
    consume(KeylessError(code: unknown[iteration % unknown.count]).description)
}

print("KeylessErrors Swift benchmark (release build; best of 5 rounds of 1,000,000 calls)")
report("first lookup, builds the cache (one run, fresh process)", firstNanoseconds)
report("first undocumented lookup, builds its cache (one run)", firstUnknownNanoseconds)
report("loop overhead alone (included in every line below)", loopOverhead)
report("cached lookup: KeylessError(code:).userMessage, known", cachedKnown)
report("cached lookup: KeylessError(code:).userMessage, unknown", cachedUnknown)
report("property of an existing KeylessError: .userMessage", propertyOnly)
report("description of a known code (cached line)", knownLine)
report("description of an unknown code (formatted through C)", unknownLine)

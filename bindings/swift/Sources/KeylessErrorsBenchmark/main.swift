// Nanoseconds per lookup through the Swift API: `make -C bindings/swift bench`; with `--peers`
// (`make -C bindings/swift bench-peers`), every property against the hand-written `switch` of
// Peer.swift, one line per measure (`--instructions` runs the probes of Instructions.swift, for
// callgrind):
//
//     PEER swift <measure> lib_ns=<float> peer_ns=<float> ratio=<float>
//
// This is a measurement, not a test: it prints numbers and never fails on them. Build it in release
// mode (the Makefile does), or the numbers mean little. Each number is the best of several rounds
// (the minimum is the least disturbed by other work on the machine), and includes the loop's own
// cost (about 2 ns), which is the same on both sides.

import Dispatch
import Foundation
import KeylessErrors

/// Nanoseconds since an arbitrary point, from the monotonic clock.
@inline(__always)
func now() -> UInt64 {
    DispatchTime.now().uptimeNanoseconds
}

/// Where every measured answer goes, so that the optimiser cannot drop the work that made it.
nonisolated(unsafe) var sink: UInt = 0

// One non-generic sink per result type: each folds the value into `sink` without a copy, a retain
// or a call through type metadata. `@inline(never)` keeps a caller from folding a literal's length
// into the caller.
@inline(never) func consume(_ value: String) { sink &+= UInt(bitPattern: value.utf8.count) }
@inline(never) func consume(_ value: Bool) { sink &+= value ? 1 : 0 }
@inline(never) func consume(_ value: Int32) { sink &+= UInt(bitPattern: Int(value)) }
@inline(never) func consume(_ value: Int32?) { sink &+= UInt(bitPattern: Int(value ?? -1)) }
@inline(never) func consume(_ value: KeylessError.Category) { sink &+= UInt(value.rawValue) }
@inline(never) func consume(_ value: KeylessError.Action) { sink &+= UInt(value.rawValue) }

/// 1024 codes, cycling through `codes` in a scrambled order, so that the branch predictor cannot
/// learn one fixed sequence of a few codes, and indexing needs no modulo.
func workload(_ codes: [Int32]) -> [Int32] {
    (0..<1024).map { codes[($0 &* 7919) % codes.count] }
}

/// Nanoseconds per call of `body` over `codes`, for one round of `iterations` calls.
/// Many short rounds: on a machine shared with other work, the best of many is a steadier estimate
/// of the undisturbed cost than the best of a few long ones.
@inline(__always)
func round(_ codes: [Int32], iterations: Int, _ body: (Int32) -> Void) -> Double {
    let start = now()
    codes.withUnsafeBufferPointer { buffer in
        for iteration in 0..<iterations {
            body(buffer[iteration & 1023])
        }
    }
    return Double(now() - start) / Double(iterations)
}

/// The best of `rounds` rounds of `body` alone.
@inline(__always)
func nanosecondsPerCall(_ codes: [Int32], iterations: Int = 100_000, rounds: Int = 40,
                        _ body: (Int32) -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
        best = min(best, round(codes, iterations: iterations, body))
    }
    return best
}

/// The library against the peer: rounds alternate between them, so both see the same machine.
@inline(__always)
func comparePeer(_ measure: String, _ codes: [Int32], iterations: Int = 100_000,
                 library: (Int32) -> Void, peer: (Int32) -> Void) {
    var libraryBest = Double.infinity
    var peerBest = Double.infinity
    for _ in 0..<40 {
        libraryBest = min(libraryBest, round(codes, iterations: iterations, library))
        peerBest = min(peerBest, round(codes, iterations: iterations, peer))
    }
    let line = String(format: "PEER swift %@ lib_ns=%.2f peer_ns=%.2f ratio=%.3f",
                      measure, libraryBest, peerBest, libraryBest / peerBest)
    print(line)
}

func report(_ label: String, _ nanoseconds: Double) {
    let rounded = (nanoseconds * 10).rounded() / 10
    print("\(label.padding(toLength: 58, withPad: " ", startingAt: 0)) \(rounded) ns")
}


if CommandLine.arguments.contains("--instructions") {
    // The first lookup builds the tables: it must come before anything else touches the library.
    probeLibraryFirstUse(KeylessError.Code.faceNotMatching.rawValue)
    measureInstructions(documented: KeylessError.allKnown.map(\.code.rawValue), undocumented: instructionUndocumentedCodes)
    exit(0)
}

// The first string lookup of a process builds the table, the first `userMessage` the table of the
// app's language, and the first `userMessage(for:)` in a language that language's table; timed
// here, before anything else touches the library (one sample each: a fresh process is the only
// way to see them again).
func firstTime(_ body: () -> Void) -> Double {
    let start = now()
    body()
    return Double(now() - start)
}
let firstUse = firstTime { consume(KeylessError(code: KeylessError.Code.faceNotMatching.rawValue).name) }
let firstAppMessage = firstTime { consume(KeylessError(code: KeylessError.Code.faceNotMatching.rawValue).userMessage) }
let firstGermanMessage = firstTime {
    consume(KeylessError(code: KeylessError.Code.faceNotMatching.rawValue).userMessage(for: Locale(identifier: "de")))
}

let documented = workload(KeylessError.allKnown.map(\.code.rawValue))
let undocumented = workload([-1, 0, 10_002, 20_003, 30_011, 40_003, 50_000, 99_999, Int32.max])

if CommandLine.arguments.contains("--peers") {
    // Every property, on documented codes and on undocumented ones. `KeylessError(code:)` is part of
    // each library measure: it is what an app writes.
    for (kind, codes) in [("documented", documented), ("undocumented", undocumented)] {
        comparePeer("category.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).category) }, peer: { consume(peerCategory($0)) })
        comparePeer("name.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).name) }, peer: { consume(peerName($0)) })
        comparePeer("title.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).title) }, peer: { consume(peerTitle($0)) })
        comparePeer("meaning.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).meaning) }, peer: { consume(peerMeaning($0)) })
        comparePeer("advice.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).advice) }, peer: { consume(peerAdvice($0)) })
        comparePeer("userMessage.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).userMessage) }, peer: { consume(peerUserMessage($0)) })
        comparePeer("note.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).note) }, peer: { consume(peerNote($0)) })
        comparePeer("action.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).action) }, peer: { consume(peerAction($0)) })
        comparePeer("isKnown.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).isKnown) }, peer: { consume(peerIsKnown($0)) })
        comparePeer("isRetryable.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).isRetryable) }, peer: { consume(peerIsRetryable($0)) })
        comparePeer("isDeprecated.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).isDeprecated) },
                    peer: { consume(peerIsDeprecated($0)) })
        comparePeer("replacedBy.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).replacedBy?.code.rawValue) },
                    peer: { consume(peerReplacedBy($0)) })
        comparePeer("sharedCode.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).sharedCode) }, peer: { consume(peerSharedCode($0)) })
        comparePeer("sharedName.\(kind)", codes,
                    library: { consume(KeylessError(code: $0).sharedName) }, peer: { consume(peerSharedName($0)) })
        comparePeer("description.\(kind)", codes, iterations: kind == "documented" ? 100_000 : 20_000,
                    library: { consume(KeylessError(code: $0).description) }, peer: { consume(peerDescription($0)) })
    }
    exit(0)
}

// What the loop itself costs (indexing, the call that keeps the result alive), to subtract from
// the lines below.
let loopOverhead = nanosecondsPerCall(documented) { consume($0) }
let documentedLookup = nanosecondsPerCall(documented) { consume(KeylessError(code: $0).userMessage) }
let undocumentedLookup = nanosecondsPerCall(undocumented) { consume(KeylessError(code: $0).userMessage) }
let german = Locale(identifier: "de")
let germanLookup = nanosecondsPerCall(documented) { consume(KeylessError(code: $0).userMessage(for: german)) }
let knownLine = nanosecondsPerCall(documented) { consume(KeylessError(code: $0).description) }
let unknownLine = nanosecondsPerCall(undocumented, iterations: 20_000) { consume(KeylessError(code: $0).description) }

print("KeylessErrors Swift benchmark (release build; best of 40 rounds of 100,000 calls)")
report("first string lookup of a process (builds the table)", firstUse)
report("first userMessage (builds the app language's table)", firstAppMessage)
report("first userMessage(for:) in German (builds its table)", firstGermanMessage)
report("loop overhead alone (included in every line below)", loopOverhead)
report("KeylessError(code:).userMessage, documented code", documentedLookup)
report("KeylessError(code:).userMessage, undocumented code", undocumentedLookup)
report("KeylessError(code:).userMessage(for: German), documented", germanLookup)
report("description of a documented code", knownLine)
report("description of an undocumented code (formatted through C)", unknownLine)

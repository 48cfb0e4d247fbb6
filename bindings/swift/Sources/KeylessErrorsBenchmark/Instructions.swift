// Exact instruction counts per lookup, for callgrind: `make -C bindings/swift check-instructions`
// runs `KeylessErrorsBenchmark --instructions` under `valgrind --tool=callgrind`, and
// scripts/callgrind-peers.py reads the counts back (see that script for the arithmetic).
//
// Every measured lookup is its own function, a probe, with a fixed symbol name
// (`probe_library_<measure>` or `probe_peer_<measure>`), so that callgrind names it. A probe makes one
// lookup and hands the result to `keep`, which stores it in a global, releasing the value stored
// before: the result escapes, as it does when an app keeps a message or puts it in a label, so a
// probe pays every retain and release a real caller pays. Both sides pay the same `keep`.
//
// `run_documented` and `run_undocumented` call each probe once per code of their set, cycling
// through it; callgrind's inclusive cost of the call edge from a run function to a probe, divided by
// the number of calls on that edge, is the exact number of instructions of one lookup. The run
// functions get the probes as function values from an array, so the optimiser cannot specialise a
// run function for one probe and fold the lookups into its loop.
//
// Before measuring, every probe runs once (the first use of the library's tables is measured on its
// own, by `probe_library_first_use`, which runs before anything else touches the library).

import Foundation
import KeylessErrors

/// The last kept result of each type; `keep` replaces it, releasing the previous one.
nonisolated(unsafe) var keptString = ""
nonisolated(unsafe) var keptScalar: UInt = 0

// `@inline(never)`: the probe must hand its result over as any out-of-line callee would get it,
// owned (+1), and the release of the previous value is part of the cost, on both sides alike.
@inline(never) func keep(_ value: __owned String) { keptString = value }
@inline(never) func keep(_ value: Bool) { keptScalar = value ? 1 : 0 }
@inline(never) func keep(_ value: Int32) { keptScalar = UInt(bitPattern: Int(value)) }
@inline(never) func keep(_ value: Int32?) { keptScalar = UInt(bitPattern: Int(value ?? -1)) }
@inline(never) func keep(_ value: KeylessError.Category) { keptScalar = UInt(value.rawValue) }
@inline(never) func keep(_ value: KeylessError.Action) { keptScalar = UInt(value.rawValue) }

// The probes. The library's include `KeylessError(code:)`, which is what an app writes.

// What a probe costs besides its lookup: its own call and return, and keeping a result of each
// type, here a constant. callgrind-peers.py subtracts these from the probes of the same type to
// give the lookup alone. (Each keeps a different constant, so that no two are merged.)
@inline(never) @_silgen_name("probe_baseline_String")
func probeBaselineString(_ code: Int32) { keep("") }
@inline(never) @_silgen_name("probe_baseline_Bool")
func probeBaselineBool(_ code: Int32) { keep(true) }
@inline(never) @_silgen_name("probe_baseline_Int32")
func probeBaselineInt32(_ code: Int32) { keep(Int32(7)) }
@inline(never) @_silgen_name("probe_baseline_OptionalInt32")
func probeBaselineOptionalInt32(_ code: Int32) { keep(Int32?.none) }
@inline(never) @_silgen_name("probe_baseline_Category")
func probeBaselineCategory(_ code: Int32) { keep(KeylessError.Category.user) }
@inline(never) @_silgen_name("probe_baseline_Action")
func probeBaselineAction(_ code: Int32) { keep(KeylessError.Action.retry) }

/// The first string lookup of the process, which builds the table. Not optimised, so that the
/// optimiser cannot merge it with `probe_library_name`, whose body would be the same.
@inline(never) @_optimize(none) @_silgen_name("probe_library_first_use")
func probeLibraryFirstUse(_ code: Int32) { keep(KeylessError(code: code).name) }

/// The first `userMessage(for:)` in German (the first use of the German table, which builds it).
/// Not optimised, for the same reason as `probe_library_first_use`.
@inline(never) @_optimize(none) @_silgen_name("probe_library_first_locale_use")
func probeLibraryFirstLocaleUse(_ code: Int32) { keep(KeylessError(code: code).userMessage(for: probeLocale)) }

/// The language of the `userMessageForLocale` probes (English, should the library carry no German).
let probeLocale = Locale(identifier: "de")

// `userMessage` is the message in the language the process runs in (here, English: the benchmark
// has no localizations); `userMessage(for:)` resolves a `Locale` on every call, and the peer
// resolves its identifier with a `switch` over the tags the library carries.
@inline(never) @_silgen_name("probe_library_userMessageForLocale")
func probeLibraryUserMessageForLocale(_ code: Int32) { keep(KeylessError(code: code).userMessage(for: probeLocale)) }
@inline(never) @_silgen_name("probe_peer_userMessageForLocale")
func probePeerUserMessageForLocale(_ code: Int32) {
    keep(peerUserMessage(code, locale: peerLocale(probeLocale.identifier)))
}

@inline(never) @_silgen_name("probe_library_category")
func probeLibraryCategory(_ code: Int32) { keep(KeylessError(code: code).category) }
@inline(never) @_silgen_name("probe_peer_category")
func probePeerCategory(_ code: Int32) { keep(peerCategory(code)) }

@inline(never) @_silgen_name("probe_library_name")
func probeLibraryName(_ code: Int32) { keep(KeylessError(code: code).name) }
@inline(never) @_silgen_name("probe_peer_name")
func probePeerName(_ code: Int32) { keep(peerName(code)) }

@inline(never) @_silgen_name("probe_library_title")
func probeLibraryTitle(_ code: Int32) { keep(KeylessError(code: code).title) }
@inline(never) @_silgen_name("probe_peer_title")
func probePeerTitle(_ code: Int32) { keep(peerTitle(code)) }

@inline(never) @_silgen_name("probe_library_meaning")
func probeLibraryMeaning(_ code: Int32) { keep(KeylessError(code: code).meaning) }
@inline(never) @_silgen_name("probe_peer_meaning")
func probePeerMeaning(_ code: Int32) { keep(peerMeaning(code)) }

@inline(never) @_silgen_name("probe_library_advice")
func probeLibraryAdvice(_ code: Int32) { keep(KeylessError(code: code).advice) }
@inline(never) @_silgen_name("probe_peer_advice")
func probePeerAdvice(_ code: Int32) { keep(peerAdvice(code)) }

@inline(never) @_silgen_name("probe_library_userMessage")
func probeLibraryUserMessage(_ code: Int32) { keep(KeylessError(code: code).userMessage) }
@inline(never) @_silgen_name("probe_peer_userMessage")
func probePeerUserMessage(_ code: Int32) { keep(peerUserMessage(code)) }

@inline(never) @_silgen_name("probe_library_note")
func probeLibraryNote(_ code: Int32) { keep(KeylessError(code: code).note) }
@inline(never) @_silgen_name("probe_peer_note")
func probePeerNote(_ code: Int32) { keep(peerNote(code)) }

@inline(never) @_silgen_name("probe_library_action")
func probeLibraryAction(_ code: Int32) { keep(KeylessError(code: code).action) }
@inline(never) @_silgen_name("probe_peer_action")
func probePeerAction(_ code: Int32) { keep(peerAction(code)) }

@inline(never) @_silgen_name("probe_library_isKnown")
func probeLibraryIsKnown(_ code: Int32) { keep(KeylessError(code: code).isKnown) }
@inline(never) @_silgen_name("probe_peer_isKnown")
func probePeerIsKnown(_ code: Int32) { keep(peerIsKnown(code)) }

@inline(never) @_silgen_name("probe_library_isRetryable")
func probeLibraryIsRetryable(_ code: Int32) { keep(KeylessError(code: code).isRetryable) }
@inline(never) @_silgen_name("probe_peer_isRetryable")
func probePeerIsRetryable(_ code: Int32) { keep(peerIsRetryable(code)) }

@inline(never) @_silgen_name("probe_library_isDeprecated")
func probeLibraryIsDeprecated(_ code: Int32) { keep(KeylessError(code: code).isDeprecated) }
@inline(never) @_silgen_name("probe_peer_isDeprecated")
func probePeerIsDeprecated(_ code: Int32) { keep(peerIsDeprecated(code)) }

@inline(never) @_silgen_name("probe_library_replacedBy")
func probeLibraryReplacedBy(_ code: Int32) { keep(KeylessError(code: code).replacedBy?.code.rawValue) }
@inline(never) @_silgen_name("probe_peer_replacedBy")
func probePeerReplacedBy(_ code: Int32) { keep(peerReplacedBy(code)) }

@inline(never) @_silgen_name("probe_library_sharedCode")
func probeLibrarySharedCode(_ code: Int32) { keep(KeylessError(code: code).sharedCode) }
@inline(never) @_silgen_name("probe_peer_sharedCode")
func probePeerSharedCode(_ code: Int32) { keep(peerSharedCode(code)) }

@inline(never) @_silgen_name("probe_library_sharedName")
func probeLibrarySharedName(_ code: Int32) { keep(KeylessError(code: code).sharedName) }
@inline(never) @_silgen_name("probe_peer_sharedName")
func probePeerSharedName(_ code: Int32) { keep(peerSharedName(code)) }

@inline(never) @_silgen_name("probe_library_description")
func probeLibraryDescription(_ code: Int32) { keep(KeylessError(code: code).description) }
@inline(never) @_silgen_name("probe_peer_description")
func probePeerDescription(_ code: Int32) { keep(peerDescription(code)) }

/// A probe as a value. Wrapped in a struct, the function keeps its own calling convention in the
/// array; an array of bare closures would call each probe through a reabstraction thunk.
struct Probe {
    let call: (Int32) -> Void
    init(_ call: @escaping (Int32) -> Void) { self.call = call }
}

/// Every probe but the first-use one: the baselines, then library and peer side by side.
func allProbes() -> [Probe] { [
    Probe(probeBaselineString), Probe(probeBaselineBool), Probe(probeBaselineInt32),
    Probe(probeBaselineOptionalInt32), Probe(probeBaselineCategory), Probe(probeBaselineAction),
    Probe(probeLibraryCategory), Probe(probePeerCategory),
    Probe(probeLibraryName), Probe(probePeerName),
    Probe(probeLibraryTitle), Probe(probePeerTitle),
    Probe(probeLibraryMeaning), Probe(probePeerMeaning),
    Probe(probeLibraryAdvice), Probe(probePeerAdvice),
    Probe(probeLibraryUserMessage), Probe(probePeerUserMessage),
    Probe(probeLibraryUserMessageForLocale), Probe(probePeerUserMessageForLocale),
    Probe(probeLibraryNote), Probe(probePeerNote),
    Probe(probeLibraryAction), Probe(probePeerAction),
    Probe(probeLibraryIsKnown), Probe(probePeerIsKnown),
    Probe(probeLibraryIsRetryable), Probe(probePeerIsRetryable),
    Probe(probeLibraryIsDeprecated), Probe(probePeerIsDeprecated),
    Probe(probeLibraryReplacedBy), Probe(probePeerReplacedBy),
    Probe(probeLibrarySharedCode), Probe(probePeerSharedCode),
    Probe(probeLibrarySharedName), Probe(probePeerSharedName),
    Probe(probeLibraryDescription), Probe(probePeerDescription),
] }

/// Calls per probe and code set, as in the C driver (benches/peers/callgrind_driver.c).
let callsPerProbe = 2880

@inline(never) @_silgen_name("run_documented")
func runDocumented(_ probe: Probe, _ codes: UnsafeBufferPointer<Int32>) {
    for call in 0..<callsPerProbe {
        probe.call(codes[call % codes.count])
    }
}

/// The same as `runDocumented`, but cycling backwards through its codes: with the same body, the
/// optimiser would merge the two functions into one, and callgrind could not tell the sets apart.
@inline(never) @_silgen_name("run_undocumented")
func runUndocumented(_ probe: Probe, _ codes: UnsafeBufferPointer<Int32>) {
    for call in 0..<callsPerProbe {
        probe.call(codes[codes.count - 1 - call % codes.count])
    }
}

/// Runs every probe over both code sets; the counts are read from callgrind's output.
func measureInstructions(documented: [Int32], undocumented: [Int32]) {
    probeLibraryFirstLocaleUse(documented[0])
    let probes = allProbes()

    for probe in probes {
        probe.call(documented[0])
        probe.call(undocumented[0])
    }
    documented.withUnsafeBufferPointer { codes in
        for probe in probes { runDocumented(probe, codes) }
    }
    undocumented.withUnsafeBufferPointer { codes in
        for probe in probes { runUndocumented(probe, codes) }
    }
    print("ran \(probes.count) probes \(callsPerProbe) times over each code set")
}

/// The undocumented codes of the C driver (benches/peers/callgrind_driver.c): every category, and
/// both ends of `Int32`.
let instructionUndocumentedCodes: [Int32] = [
    Int32.min, -1_000_000, -7, -1, 0, 3, 777, 9999, 15_000, 19_999, 21_000, 27_777, 29_999, 31_000, 36_000,
    39_999, 40_500, 47_000, 49_999, 50_000, 123_456, 2_000_000, 1_000_000_000, Int32.max,
]

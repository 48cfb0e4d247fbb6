import CKeylessErrors
import Dispatch
import Foundation
import Testing
@testable import KeylessErrors

/// What a task saw for one code: enough of every property to notice a torn or mixed-up answer.
private struct Observation: Equatable, Sendable {
    let code: Int32
    let line: String
    let texts: [String]
    let action: KeylessError.Action
    let flags: [Bool]

    init(_ error: KeylessError) {
        code = error.code.rawValue
        line = error.description
        texts = [error.name, error.title, error.meaning, error.advice, error.userMessage, error.note,
                 error.category.name]
        action = error.action
        flags = [error.isKnown, error.isRetryable, error.isDeprecated]
    }
}

/// Documented codes and undocumented ones of every category.
private let mixedCodes: [Int32] = CReference.documentedCodes() + undocumentedCodes

/// What C says, computed once on one thread, before any concurrent reader.
private let expected: [Int32: Observation] = Dictionary(
    uniqueKeysWithValues: mixedCodes.map { code in
        (code, Observation(reading: code))
    }
)

private extension Observation {
    /// The same observation, built from the C API alone.
    init(reading code: Int32) {
        self.code = code
        line = CReference.formattedLine(code)
        texts = [
            CReference.string(keyless_error_name, code),
            CReference.string(keyless_error_title, code),
            CReference.string(keyless_error_description, code),
            CReference.string(keyless_error_advice, code),
            CReference.appMessage(code),
            CReference.string(keyless_error_note, code),
            CReference.string(keyless_error_category, code),
        ]
        action = KeylessError.Action(keyless_error_action(code))
        flags = [keyless_error_is_known(code), keyless_error_is_retryable(code), keyless_error_is_deprecated(code)]
    }
}

@Suite("Concurrent lookups")
struct ConcurrencyTests {
    /// 1000 child tasks each make errors for every code, in a rotated order, and send them back
    /// across the task boundary (which `Sendable` allows); every one must read exactly as C says.
    @Test("1000 tasks looking up every code agree with C")
    func manyTasks() async {
        let taskCount = 1000
        let mismatches = await withTaskGroup(of: [Int32].self) { group in
            for task in 0..<taskCount {
                group.addTask {
                    let rotation = task % mixedCodes.count
                    let order = Array(mixedCodes[rotation...] + mixedCodes[..<rotation])
                    let errors = order.map { KeylessError(code: $0) }
                    return errors.filter { Observation($0) != expected[$0.code.rawValue] }.map(\.code.rawValue)
                }
            }
            var all: [Int32] = []
            for await taskMismatches in group {
                all += taskMismatches
            }
            return all
        }
        #expect(mismatches == [])
    }

    /// The same from plain threads, which run truly in parallel on every core, outside the
    /// cooperative pool.
    @Test("64 parallel threads looking up every code agree with C")
    func parallelThreads() {
        let mismatchCount = Counter()
        DispatchQueue.concurrentPerform(iterations: 64) { iteration in
            for round in 0..<50 {
                let code = mixedCodes[(iteration + round) % mixedCodes.count]
                if Observation(KeylessError(code: code)) != expected[code] {
                    mismatchCount.increment()
                }
            }
        }
        #expect(mismatchCount.value == 0)
    }
}

/// A thread-safe counter for the test above; a lock is fine in a test.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.lock()
        defer { lock.unlock() }
        count += 1
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}

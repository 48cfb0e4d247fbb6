internal import CKeylessErrors
internal import CKeylessErrorsPublished
import Foundation

// End-user messages in the app's language, in any language the C library carries, and in the
// app's own words.
//
// - The language: the C library chooses (`keyless_error_locale`, RFC 4647 lookup with CLDR's
//   fallbacks), from the localizations the app runs in (`Bundle.main.preferredLocalizations`, once
//   per process) for `userMessage`, and from `Locale.identifier` (once per identifier) for
//   `userMessage(for:)`.
// - The messages of one language are a table like the code table (Catalog.swift): the same
//   perfect hash and rows, one column of messages, the C library's own static strings. It is built
//   at that language's first use, in one pass over the library, and never changes afterwards.
// - The app's own wording comes first, FirebaseUI's way: the app's strings table `KeylessErrors`
//   (`KeylessErrors.strings`, or a `KeylessErrors.xcstrings` that Xcode compiles to it) in its main
//   bundle, keyed `keyless_error_<code>_user_message`, or
//   `keyless_error_undocumented_<category>_user_message` for a category's undocumented codes, the
//   keys of the library's Apple export (dist/l10n/apple). It is read once, when the language's
//   table is built, and folded into it: no lookup reads a bundle.
// - The app's table is published like the code table (one acquire load per lookup). The tables of
//   other languages hang in an array of slots, one per language the library lists, each published
//   once under a lock and read without one.

/// The end-user messages of one language, indexed as the code table's columns are (``SlotHash``).
/// Built once, then only read; every field is a number or the address of memory that is never
/// freed or changed.
@usableFromInline
struct MessageTable {
    @usableFromInline let hash: SlotHash
    /// True when every category row holds the same message, so an undocumented code needs no
    /// category.
    @usableFromInline let uniform: Bool
    @usableFromInline let messages: UnsafeMutablePointer<StoredString>
    /// The C library's locale of the messages (`KeylessErrorLocale`).
    let locale: UInt32

    /// The message for `code`: the same lookup as `KeylessError.userMessage`, out of line.
    func message(_ code: Int32) -> String {
        if let slot = hash.documentedSlot(code) {
            return messages[slot].string
        }
        return messages[uniform ? SlotHash.uniformRow : SlotHash.categoryRow(code: code)].string
    }

    /// One pass over the C library: the message of every documented code and of one undocumented
    /// code per category in `locale`, each replaced by the app's own wording where `overrides` (the
    /// app's strings table) has a non-empty string for its key.
    static func build(locale: UInt32, overrides: [String: String]) -> UnsafePointer<MessageTable> {
        let hash = Catalog.current.pointee.hash
        let messages = hash.column { code in
            if let own = overrides[OverrideKeys.key(for: code)], !own.isEmpty {
                return StoredString.copied(own)
            }
            return StoredString.fromC(keyless_error_user_message_localized(code, locale))
        }
        let table = UnsafeMutablePointer<MessageTable>.allocate(capacity: 1)
        table.initialize(to: MessageTable(hash: hash, uniform: hash.isUniform(messages), messages: messages, locale: locale))
        return UnsafePointer(table)
    }

    /// The table of `locale` for an app whose bundle is `bundle`: the library's messages, and the
    /// app's own wording from the localization of `bundle` that serves `locale`.
    static func forLocale(
        _ locale: UInt32, bundle: Bundle, localizations: [String]? = nil
    ) -> UnsafePointer<MessageTable> {
        let localization = OverrideKeys.localization(in: localizations ?? bundle.localizations, serving: locale)
        return build(locale: locale, overrides: OverrideKeys.strings(in: bundle, localization: localization))
    }

    /// The table of the language an app runs in, given its bundle and the localizations it runs in,
    /// best first (`Bundle.preferredLocalizations`): the library's messages in the first of them it
    /// carries (or in what CLDR's fallbacks lead to, else English), and the app's own wording from
    /// its strings table in the first of them.
    static func forApp(bundle: Bundle, preferredLocalizations: [String]) -> UnsafePointer<MessageTable> {
        build(
            locale: appLocale(preferredLocalizations: preferredLocalizations),
            overrides: OverrideKeys.strings(in: bundle, localization: preferredLocalizations.first)
        )
    }

    /// The C library's locale for an app that runs in `preferredLocalizations`, best first: the
    /// list as an `Accept-Language` value, in which equal weights keep their order.
    static func appLocale(preferredLocalizations: [String]) -> UInt32 {
        preferredLocalizations.joined(separator: ", ").withCString { keyless_error_locale($0) }
    }

    /// The table of the language the app runs in, built by the first thread that needs it while any
    /// other waits: `Bundle.main.preferredLocalizations`, read once per process.
    fileprivate static let app = Published(
        forApp(bundle: .main, preferredLocalizations: Bundle.main.preferredLocalizations)
    )
}

/// The app's own wording: the keys of its strings table, and where in its bundle they are.
enum OverrideKeys {
    /// The name of the app's strings table: `KeylessErrors.strings` (or `KeylessErrors.xcstrings`).
    static let table = "KeylessErrors"

    /// The key of the message of `code`: `keyless_error_30004_user_message` for a documented code,
    /// `keyless_error_undocumented_user_user_message` for an undocumented code of the category `user`
    /// (the category's name as `keyless_error_category` gives it).
    static func key(for code: Int32) -> String {
        if keyless_error_is_known(code) {
            return "keyless_error_\(code)_user_message"
        }
        return "keyless_error_undocumented_\(String(cString: keyless_error_category(code)))_user_message"
    }

    /// The strings of the table in `bundle`: `<localization>.lproj/KeylessErrors.strings`, else a
    /// `KeylessErrors.strings` outside any `.lproj`, which serves every language; empty when there is
    /// none, or when it cannot be read.
    static func strings(in bundle: Bundle, localization: String?) -> [String: String] {
        let url = localization.flatMap {
            bundle.url(forResource: table, withExtension: "strings", subdirectory: nil, localization: $0)
        } ?? bundle.resourceURL.map { $0.appendingPathComponent("\(table).strings") }
        // A .strings file is a property list: text (as written) or binary (as Xcode compiles it).
        guard let url, let data = try? Data(contentsOf: url),
            let dictionary = try? PropertyListSerialization.propertyList(from: data, format: nil) as? [String: Any]
        else {
            return [:]
        }
        return dictionary.compactMapValues { $0 as? String }
    }

    /// The localization (`.lproj` name), among a bundle's `localizations`, that serves `locale`: one
    /// that the C library resolves to `locale`, preferring the one spelled as the locale's tag. For
    /// English, only an English localization: the library also answers English for a language it
    /// does not carry, and a Serbian `.lproj` must not give English messages Serbian words.
    static func localization(in localizations: [String], serving locale: UInt32) -> String? {
        let tag = String(cString: keyless_error_locale_tag(locale)).lowercased()
        let candidates = localizations.filter { name in
            guard name.withCString({ keyless_error_locale($0) }) == locale else {
                return false
            }
            if locale != UInt32(KEYLESS_ERROR_LOCALE_EN) {
                return true
            }
            let language = name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first
            return language == "en" || language == "english"
        }
        return candidates.first { $0.lowercased().replacingOccurrences(of: "_", with: "-") == tag }
            ?? candidates.sorted().first
    }
}

/// The message tables of the languages asked for by `KeylessError.userMessage(for:)`.
enum LocaleTables {
    /// One slot per locale value up to the largest the library lists; each holds its table once
    /// built, published with release ordering.
    struct Slots: @unchecked Sendable {
        let slots: UnsafeMutablePointer<UnsafeRawPointer?>
        let count: Int
    }

    static let slots: Slots = {
        let locales = cLocales()
        let count = Int(locales.max() ?? 0) + 1
        let slots = UnsafeMutablePointer<UnsafeRawPointer?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
        return Slots(slots: slots, count: count)
    }()

    /// Serialises the building of tables, so that each language's is built once.
    static let building = NSLock()

    /// The main bundle's localizations, listed once (Foundation reads them from the bundle).
    static let mainLocalizations = Bundle.main.localizations

    /// The C library's locale for `locale`, from its identifier (such as `pt_BR` or `zh-Hant-TW`),
    /// through `keyless_error_locale` once per identifier (``ResolvedIdentifiers``).
    static func resolve(_ locale: Locale) -> UInt32 {
        ResolvedIdentifiers.locale(for: locale.identifier)
    }

    /// The table of `locale`, built at its first use (the library's messages and the main bundle's
    /// own wording), then read without a lock. A value the library does not list behaves as English.
    static func table(for locale: UInt32) -> UnsafePointer<MessageTable> {
        let known = Int(locale) < slots.count ? locale : UInt32(KEYLESS_ERROR_LOCALE_EN)
        let slot = slots.slots + Int(known)
        if let table = keyless_errors_published_at(slot) {
            return table.assumingMemoryBound(to: MessageTable.self)
        }
        building.lock()
        defer { building.unlock() }
        if let table = keyless_errors_published_at(slot) {
            return table.assumingMemoryBound(to: MessageTable.self)
        }
        let table = MessageTable.forLocale(known, bundle: .main, localizations: mainLocalizations)
        keyless_errors_publish_at(slot, table)
        return table
    }

    /// The locales the library lists, from `keyless_error_locales`.
    static func cLocales() -> [UInt32] {
        cList(keyless_error_locales)
    }

    /// `KeylessError.supportedLocales`: each locale the library lists, by its canonical tag.
    static let supported: [Locale] = cLocales().map { Locale(identifier: String(cString: keyless_error_locale_tag($0))) }
}

/// The C library's locale of the locale identifiers `userMessage(for:)` has seen, so that each is
/// resolved through `keyless_error_locale` once: its RFC 4647 lookup along CLDR's fallbacks costs
/// hundreds of instructions (794 for `de`), a look in here a few dozen.
///
/// A fixed array of slots, each empty or holding one identifier's entry for good, published with
/// release ordering and read with acquire ordering, so reading takes no lock. An identifier whose
/// slot holds another one is resolved through the library every time; the memory is bounded (an
/// entry is only written into a slot seen empty, and a thread that lost a race for a slot wastes one
/// small entry).
enum ResolvedIdentifiers {
    /// One resolution: the identifier's UTF-8 (copied, never freed) and its locale.
    struct Entry {
        let bytes: UnsafeMutableRawPointer
        let count: Int
        let locale: UInt32
    }

    struct Slots: @unchecked Sendable {
        let slots: UnsafeMutablePointer<UnsafeRawPointer?>
    }

    /// The number of slots: a power of two, more than an app has languages to show.
    static let capacity = 64

    static let slots: Slots = {
        let slots = UnsafeMutablePointer<UnsafeRawPointer?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return Slots(slots: slots)
    }()

    /// The C library's locale for `identifier`.
    static func locale(for identifier: String) -> UInt32 {
        let found: UInt32?? = identifier.utf8.withContiguousStorageIfAvailable { utf8 in
            let slot = slots.slots + slotIndex(utf8)
            if let published = keyless_errors_published_at(slot) {
                let entry = published.assumingMemoryBound(to: Entry.self).pointee
                let same = entry.count == utf8.count
                    && (utf8.isEmpty || memcmp(entry.bytes, utf8.baseAddress!, utf8.count) == 0)
                return same ? entry.locale : nil
            }
            let locale = identifier.withCString { keyless_error_locale($0) }
            let bytes = UnsafeMutableRawPointer.allocate(byteCount: max(utf8.count, 1), alignment: 1)
            if let source = utf8.baseAddress {
                bytes.copyMemory(from: source, byteCount: utf8.count)
            }
            let entry = UnsafeMutablePointer<Entry>.allocate(capacity: 1)
            entry.initialize(to: Entry(bytes: bytes, count: utf8.count, locale: locale))
            keyless_errors_publish_at(slot, entry)
            return locale
        }
        // Not contiguous UTF-8 (a bridged string), or its slot holds another identifier.
        return (found ?? nil) ?? identifier.withCString { keyless_error_locale($0) }
    }

    /// The slot of an identifier: its FNV-1a hash, folded to the number of slots.
    static func slotIndex(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return Int((hash ^ (hash &>> 16)) & UInt32(capacity - 1))
    }
}

/// The app's table, built (once per process) and published by the first `userMessage`.
@usableFromInline @inline(never)
func publishAppMessages() -> UnsafePointer<MessageTable> {
    let table = MessageTable.app.table
    keyless_errors_publish(KEYLESS_ERRORS_PUBLISHED_APP_MESSAGES, table)
    return table
}

/// The first `userMessage` of a process: builds the app's table, then answers.
@usableFromInline @inline(never)
func appMessageFirstUse(_ code: Int32) -> String {
    publishAppMessages().pointee.message(code)
}

extension KeylessError {
    /// The end-user message in the language of `locale`, or its nearest that the library carries by
    /// CLDR's fallbacks (`es-MX` gives the `es-419` message, `zh-TW` the `zh-Hant` one), else
    /// English; the app's own wording where its `KeylessErrors` strings table has one for that
    /// language.
    ///
    /// The locale is resolved from its identifier by `keyless_error_locale`, once per identifier;
    /// the messages of a language are read from the library once, at that language's first use.
    public func userMessage(for locale: Locale) -> String {
        LocaleTables.table(for: LocaleTables.resolve(locale)).pointee.message(code.rawValue)
    }

    /// The languages the end-user messages come in: every locale the C library carries, by its
    /// canonical BCP-47 tag (`en` first, then `en-GB`, `ar`, … `zh-HK`). A build of the library may
    /// carry fewer languages than the project has (`KEYLESS_ERRORS_LOCALES`).
    public static var supportedLocales: [Locale] {
        LocaleTables.supported
    }
}

import CKeylessErrors
import Dispatch
import Foundation
import Testing
@testable import KeylessErrors

/// The locales the C library carries, from `keyless_error_locales`: whatever it lists, so that the
/// tests hold for a library with all its languages, with a subset, or with English alone.
private let cLocales = CReference.locales()

private func tag(_ locale: UInt32) -> String {
    String(cString: keyless_error_locale_tag(locale))
}

private func cMessage(_ code: Int32, _ locale: UInt32) -> String {
    String(cString: keyless_error_user_message_localized(code, locale))
}

private func cLocale(_ preferences: String) -> UInt32 {
    preferences.withCString { keyless_error_locale($0) }
}

/// An app bundle with its own `KeylessErrors.strings` in `de`, `en`, `sr` (which the library does
/// not carry), `pt_BR`, `fr-CA` and `Base`, as Resources/Overrides holds them.
private let appBundle: Bundle = {
    guard let url = Bundle.module.url(forResource: "Overrides", withExtension: nil), let bundle = Bundle(url: url) else {
        fatalError("the test resources have no Overrides folder")
    }
    return bundle
}()

/// Codes of every kind: documented, undocumented, boundaries.
private let someCodes: [Int32] = CReference.documentedCodes() + undocumentedCodes

@Suite("End-user messages in the app's language and in any other")
struct LocalizationTests {
    @Test("userMessage(for:) gives the C library's message, for every code in every locale it lists")
    func everyLocaleAgrees() {
        #expect(cLocales.first == UInt32(KEYLESS_ERROR_LOCALE_EN))
        var differing: [String] = []
        for locale in cLocales {
            let swiftLocale = Locale(identifier: tag(locale))
            #expect(LocaleTables.resolve(swiftLocale) == locale, "\(tag(locale))")
            #expect(LocaleTables.table(for: locale).pointee.locale == locale)
            for code in someCodes where KeylessError(code: code).userMessage(for: swiftLocale) != cMessage(code, locale) {
                differing.append("\(tag(locale)) \(code)")
            }
        }
        #expect(differing == [])
    }

    @Test("A locale resolves as the C library resolves its identifier", arguments: [
        "es-MX", "es_419", "pt", "pt-AO", "pt_BR", "zh-TW", "zh-MO", "zh-SG", "zh_Hant_HK", "zh-Hans-CN", "iw", "in",
        "tl", "no", "nb-NO", "sr-Latn", "bs", "de-AT", "de_CH", "fr_CA", "en-GB", "en_AU", "it_IT.UTF-8@euro",
        "ar-EG", "he-IL", "", "C", "POSIX", "und", "x-garbage",
    ])
    func resolution(identifier: String) {
        let locale = Locale(identifier: identifier)
        let resolved = LocaleTables.resolve(locale)
        #expect(resolved == cLocale(locale.identifier))
        #expect(cLocales.contains(resolved))
        for code: Int32 in [30004, 20_000, 424_242, -1] {
            #expect(KeylessError(code: code).userMessage(for: locale) == cMessage(code, resolved))
        }
    }

    @Test("Identifiers resolve through the library once each, and as it resolves them, past any collision")
    func resolvedIdentifiers() {
        // More identifiers than the cache has slots, so that some share one; each asked twice.
        let identifiers = cLocales.map(tag) + cLocales.map { tag($0).replacingOccurrences(of: "-", with: "_") }
            + ["", "de_AT", "es-MX", "zh-TW", "pt-AO", "sr-Latn", "x-unknown", "C", "en-US-POSIX", "fr-CH, de;q=0.5"]
        #expect(identifiers.count > ResolvedIdentifiers.capacity)
        for _ in 0..<2 {
            for identifier in identifiers {
                #expect(ResolvedIdentifiers.locale(for: identifier) == cLocale(identifier), "\(identifier)")
            }
        }
        // A bridged or otherwise non-contiguous string is resolved too.
        let spelled = String(decoding: Array("pt-BR".utf16), as: UTF16.self)
        #expect(ResolvedIdentifiers.locale(for: spelled) == cLocale("pt-BR"))
    }

    @Test("supportedLocales are the C library's locales, in its order, by their tags")
    func supportedLocales() {
        let supported = KeylessError.supportedLocales
        #expect(supported.map(\.identifier) == cLocales.map(tag))
        #expect(supported.map(LocaleTables.resolve) == cLocales)
    }

    @Test("userMessage, errorDescription and the bridged NSError speak the app's language",
          arguments: [30004, 507, 20_005, 40_002, 424_242, 20_003, -1] as [Int32])
    func appLanguage(code: Int32) {
        let appLocale = MessageTable.appLocale(preferredLocalizations: Bundle.main.preferredLocalizations)
        let error = KeylessError(code: code)
        #expect(error.userMessage == cMessage(code, appLocale))
        #expect(error.errorDescription == error.userMessage)
        #expect((error as any Error).localizedDescription == error.userMessage)
        let bridged = error as NSError
        #expect(bridged.localizedDescription == error.userMessage)
        #expect(error.errorUserInfo[NSLocalizedDescriptionKey] as? String == error.userMessage)
        // The first message of the process takes another path (it builds the table).
        #expect(appMessageFirstUse(code) == error.userMessage)
    }

    @Test("The app's language is the first of its localizations that the library serves")
    func appLocale() {
        #expect(MessageTable.appLocale(preferredLocalizations: ["de"]) == cLocale("de"))
        #expect(MessageTable.appLocale(preferredLocalizations: ["Base", "sr", "pt_BR", "de"]) == cLocale("pt-BR"))
        #expect(MessageTable.appLocale(preferredLocalizations: []) == UInt32(KEYLESS_ERROR_LOCALE_EN))
        // An app in German gives German messages, the localised errorDescription included.
        // (The test resources' own bundle has no strings table at its top, so no override.)
        let german = MessageTable.forApp(bundle: Bundle.module, preferredLocalizations: ["de"])
        for code in someCodes {
            #expect(german.pointee.message(code) == cMessage(code, cLocale("de")))
        }
    }

    @Test("An app in German: its own words first, then the library's German")
    func overridesInTheAppLanguage() {
        let german = cLocale("de")
        let table = MessageTable.forApp(bundle: appBundle, preferredLocalizations: ["de", "en"])
        #expect(table.pointee.locale == german)
        #expect(table.pointee.message(30004) == "Eigene Worte der App: Bitte prüfen Sie Ihr \"Konto\".")
        // Every undocumented user code, and only those, take the category override; an empty
        // override (30000's) overrides nothing; every other message is the library's.
        for code in someCodes + [30_011, 39_999, 50_000, 424_242, Int32.max] {
            let expected = if code == 30004 {
                "Eigene Worte der App: Bitte prüfen Sie Ihr \"Konto\"."
            } else if !keyless_error_is_known(code) && KeylessError(code: code).category == .user {
                "Eigene Worte der App für Nutzerfehler."
            } else {
                cMessage(code, german)
            }
            #expect(table.pointee.message(code) == expected, "\(code)")
        }
    }

    @Test("An app in a language the library lacks: its own words, else English")
    func overridesInAnUncarriedLanguage() {
        let table = MessageTable.forApp(bundle: appBundle, preferredLocalizations: ["sr"])
        #expect(table.pointee.locale == UInt32(KEYLESS_ERROR_LOCALE_EN))
        #expect(table.pointee.message(30004) == "Сопствене речи апликације.")
        #expect(table.pointee.message(30000) == cMessage(30000, UInt32(KEYLESS_ERROR_LOCALE_EN)))
    }

    @Test("userMessage(for:) takes the app's words from the localization that serves the locale")
    func overridesForALocale() {
        let english = MessageTable.forLocale(UInt32(KEYLESS_ERROR_LOCALE_EN), bundle: appBundle)
        // en.lproj, never Base.lproj or sr.lproj, though the library answers English for both.
        #expect(OverrideKeys.localization(in: appBundle.localizations, serving: UInt32(KEYLESS_ERROR_LOCALE_EN)) == "en")
        #expect(english.pointee.message(30004) == "The app's own English words.")
        // The languages below only where the library carries them (it may carry English alone).
        let german = cLocale("de-AT")
        if german != UInt32(KEYLESS_ERROR_LOCALE_EN) {
            let table = MessageTable.forLocale(german, bundle: appBundle)
            #expect(table.pointee.message(30004) == "Eigene Worte der App: Bitte prüfen Sie Ihr \"Konto\".")
            #expect(table.pointee.message(30000) == cMessage(30000, cLocale("de")))
        }
        let brazilian = cLocale("pt-BR")
        if brazilian != UInt32(KEYLESS_ERROR_LOCALE_EN) {
            #expect(OverrideKeys.localization(in: appBundle.localizations, serving: brazilian) == "pt_BR")
            #expect(MessageTable.forLocale(brazilian, bundle: appBundle).pointee.message(30004) == "Palavras do próprio app.")
        }
        let canadian = cLocale("fr-CA")
        if canadian != UInt32(KEYLESS_ERROR_LOCALE_EN) {
            let table = MessageTable.forLocale(canadian, bundle: appBundle)
            #expect(table.pointee.message(20_003) == "Les mots de l'app, en français canadien.")
            #expect(table.pointee.message(20_000) == cMessage(20_000, canadian))
        }
        // No localization serves Italian: the library's Italian, untouched.
        let italian = cLocale("it")
        #expect(OverrideKeys.localization(in: appBundle.localizations, serving: italian) == nil || italian == UInt32(KEYLESS_ERROR_LOCALE_EN))
        for code in someCodes where italian != UInt32(KEYLESS_ERROR_LOCALE_EN) {
            #expect(MessageTable.forLocale(italian, bundle: appBundle).pointee.message(code) == cMessage(code, italian))
        }
    }

    @Test("The keys of the app's strings table, as the Apple export spells them")
    func keys() {
        #expect(OverrideKeys.key(for: 30004) == "keyless_error_30004_user_message")
        #expect(OverrideKeys.key(for: 507) == "keyless_error_507_user_message")
        #expect(OverrideKeys.key(for: -1) == "keyless_error_undocumented_unknown_user_message")
        #expect(OverrideKeys.key(for: 0) == "keyless_error_undocumented_internal_user_message")
        #expect(OverrideKeys.key(for: 20_003) == "keyless_error_undocumented_integration_user_message")
        #expect(OverrideKeys.key(for: 50_000) == "keyless_error_undocumented_user_user_message")
        #expect(OverrideKeys.key(for: 40_003) == "keyless_error_undocumented_anti_inject_user_message")
    }

    /// The l10n tooling's export (`make` writes dist/l10n/apple): an app copies a file of it into its
    /// bundle and edits it, so every key in it must be one the binding looks up, and the other way.
    @Test("Every key of the Apple export is a key the binding looks up",
          .enabled(if: FileManager.default.fileExists(atPath: appleExport.appendingPathComponent("en.lproj").path)))
    func appleExportKeys() throws {
        let exported = try #require(Bundle(url: appleExport))
        let keys = Set(OverrideKeys.strings(in: exported, localization: "en").keys)
        let hash = Catalog.current.pointee.hash
        let lookedUp = Set(UnsafeBufferPointer(start: hash.sources, count: hash.sourceCount).map { OverrideKeys.key(for: $0.code) })
        #expect(keys == lookedUp)
    }

    @Test("64 threads asking for every language at once agree with C")
    func concurrentFirstUse() {
        let mismatches = Mismatches()
        DispatchQueue.concurrentPerform(iterations: 64) { iteration in
            for round in 0..<cLocales.count {
                let locale = cLocales[(iteration + round) % cLocales.count]
                let code = someCodes[(iteration * 7 + round) % someCodes.count]
                if KeylessError(code: code).userMessage(for: Locale(identifier: tag(locale))) != cMessage(code, locale) {
                    mismatches.add()
                }
            }
        }
        #expect(mismatches.count == 0)
    }
}

/// dist/l10n/apple at the repository root, found from this file's path.
private let appleExport = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("dist/l10n/apple")

/// A thread-safe counter; a lock is fine in a test.
private final class Mismatches: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func add() {
        lock.lock()
        value += 1
        lock.unlock()
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}

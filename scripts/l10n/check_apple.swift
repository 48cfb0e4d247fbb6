// Reads dist/l10n/apple back with Foundation and compares every string with the C library's.
//
//   check_apple <apple dir> <manifest.json>
//
// The manifest (written by check_apple.py from the library) maps each message key's resource
// name to a code that stands for it, and each locale tag to its .lproj name. For every locale
// the library lists: the <lproj>.lproj bundle's KeylessErrors table, read with
// Bundle.localizedString(forKey:value:table:) as an app reads it, and the String Catalog read
// with JSONSerialization, must give keyless_error_user_message_localized's exact string, with
// the same keys and nothing else.
import Foundation

var problems: [String] = []
@MainActor func problem(_ text: String) { problems.append(text) }

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: check_apple <apple dir> <manifest.json>\n".utf8))
    exit(2)
}
let appleDirectory = URL(fileURLWithPath: arguments[1])
let manifestData = try Data(contentsOf: URL(fileURLWithPath: arguments[2]))
guard let manifest = try JSONSerialization.jsonObject(with: manifestData) as? [String: Any],
      let codes = manifest["codes"] as? [String: Int],
      let lprojNames = manifest["lproj"] as? [String: String],
      let table = manifest["table"] as? String
else {
    FileHandle.standardError.write(Data("check_apple: unreadable manifest\n".utf8))
    exit(2)
}

// The library's answers.
let count = keyless_error_locales(nil, 0)
var locales = [KeylessErrorLocale](repeating: 0, count: count)
_ = locales.withUnsafeMutableBufferPointer { keyless_error_locales($0.baseAddress, count) }
func libraryString(_ code: Int, _ locale: KeylessErrorLocale) -> String {
    String(cString: keyless_error_user_message_localized(Int32(code), locale))
}
let missingMarker = "\u{1}missing\u{1}"

var checked = 0
var expectedLocalizations: Set<String> = []
for locale in locales {
    let tag = String(cString: keyless_error_locale_tag(locale))
    guard let lproj = lprojNames[tag] else {
        problem("\(tag): the manifest has no .lproj name for it")
        continue
    }
    expectedLocalizations.insert(lproj)
    let path = appleDirectory.appendingPathComponent("\(lproj).lproj").path
    guard let bundle = Bundle(path: path) else {
        problem("\(lproj).lproj: Foundation cannot open it as a bundle")
        continue
    }
    for (name, code) in codes.sorted(by: { $0.key < $1.key }) {
        let value = bundle.localizedString(forKey: name, value: missingMarker, table: table)
        let expected = libraryString(code, locale)
        if value == missingMarker {
            problem("\(lproj).lproj \(name): missing")
        } else if value != expected {
            problem("\(lproj).lproj \(name): Foundation reads \(value.debugDescription), the library says \(expected.debugDescription)")
        }
        checked += 1
    }
    // Nothing but the catalog's keys.
    let stringsFile = URL(fileURLWithPath: path).appendingPathComponent("\(table).strings")
    // A .strings file is an old-style property list: the same parser as Bundle's.
    if let data = try? Data(contentsOf: stringsFile),
       let all = try? PropertyListSerialization.propertyList(from: data, format: nil) as? [String: String] {
        for extra in Set(all.keys).subtracting(codes.keys) {
            problem("\(lproj).lproj \(extra): not one of the library's messages")
        }
    } else {
        problem("\(lproj).lproj: \(table).strings is not a readable strings file")
    }
}

// The String Catalog.
let catalogURL = appleDirectory.appendingPathComponent("\(table).xcstrings")
if let data = try? Data(contentsOf: catalogURL),
   let catalog = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
    if catalog["sourceLanguage"] as? String != "en" { problem("xcstrings: sourceLanguage is not en") }
    let strings = catalog["strings"] as? [String: Any] ?? [:]
    for extra in Set(strings.keys).subtracting(codes.keys) {
        problem("xcstrings \(extra): not one of the library's messages")
    }
    let tagOf = Dictionary(uniqueKeysWithValues: locales.map { (lprojNames[String(cString: keyless_error_locale_tag($0))] ?? "?", $0) })
    for (name, code) in codes.sorted(by: { $0.key < $1.key }) {
        guard let entry = strings[name] as? [String: Any],
              let localizations = entry["localizations"] as? [String: Any]
        else {
            problem("xcstrings \(name): missing")
            continue
        }
        if Set(localizations.keys) != expectedLocalizations {
            problem("xcstrings \(name): localizations \(localizations.keys.sorted()) differ from the library's \(expectedLocalizations.sorted())")
        }
        for (language, localization) in localizations {
            guard let locale = tagOf[language] else { continue }
            let unit = (localization as? [String: Any])?["stringUnit"] as? [String: Any]
            if unit?["state"] as? String != "translated" {
                problem("xcstrings \(name) \(language): stringUnit state is not translated")
            }
            let expected = libraryString(code, locale)
            if unit?["value"] as? String != expected {
                problem("xcstrings \(name) \(language): \(String(describing: unit?["value"])) is not the library's \(expected.debugDescription)")
            }
            checked += 1
        }
    }
} else {
    problem("\(table).xcstrings: missing or not JSON")
}

for line in problems.prefix(50) { print(line) }
if problems.count > 50 { print("... and \(problems.count - 50) more") }
if !problems.isEmpty {
    FileHandle.standardError.write(Data("check-apple: \(problems.count) problems\n".utf8))
    exit(1)
}
print("check-apple: \(checked) strings in \(locales.count) .lproj bundles and the String Catalog, read back by Foundation, equal the library's")

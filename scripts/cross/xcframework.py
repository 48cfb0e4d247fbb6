#!/usr/bin/env python3
"""Assembles KeylessErrors.xcframework on any OS, without xcodebuild, and zips it reproducibly.

    xcframework.py OUTPUT_DIR HEADER IDENTIFIER=ARCHIVE...

IDENTIFIER is one of the library folders below; ARCHIVE is its static library (fat, for the
simulator and macOS). The result follows Apple's documented XCFramework layout, as
`xcodebuild -create-xcframework` writes it:

    KeylessErrors.xcframework/
      Info.plist                                  AvailableLibraries, XFWK, format 1.0
      <identifier>/libkeyless_errors.a
      <identifier>/Headers/CKeylessErrors/keyless_errors.h
      <identifier>/Headers/CKeylessErrors/module.modulemap

The header and module map sit in a folder named after the module: Xcode copies the Headers of
every static XCFramework of an app into one include folder, where two top-level module.modulemap
files would collide; clang finds <include>/CKeylessErrors/module.modulemap when Swift imports
CKeylessErrors (bindings/swift/build-xcframework.sh, the macOS way with xcodebuild, does the same).

KeylessErrors.xcframework.zip is written next to it with fixed timestamps, permissions and entry
order, so the same libraries give the same bytes and the same SwiftPM checksum.
"""
import os
import plistlib
import shutil
import sys
import zipfile

NAME = "KeylessErrors.xcframework"
MODULE = "CKeylessErrors"
LIBRARY_FILE = "libkeyless_errors.a"
HEADER_FILE = "keyless_errors.h"
# identifier -> (platform, variant or None, architectures): iOS devices (arm64), the iOS simulator
# on Apple silicon and Intel Macs (arm64, x86_64), and macOS on both (arm64, x86_64).
LIBRARIES = {
    "ios-arm64": ("ios", None, ["arm64"]),
    "ios-arm64_x86_64-simulator": ("ios", "simulator", ["arm64", "x86_64"]),
    "macos-arm64_x86_64": ("macos", None, ["arm64", "x86_64"]),
}
MODULE_MAP = f"""module {MODULE} {{
    header "{HEADER_FILE}"
    export *
}}
"""
# 1980-01-01, the earliest time a zip entry can hold.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def write_framework(output_dir, header, archives):
    root = os.path.join(output_dir, NAME)
    shutil.rmtree(root, ignore_errors=True)
    available = []
    for identifier, archive in sorted(archives.items()):
        platform, variant, architectures = LIBRARIES[identifier]
        headers = os.path.join(root, identifier, "Headers", MODULE)
        os.makedirs(headers)
        shutil.copyfile(archive, os.path.join(root, identifier, LIBRARY_FILE))
        shutil.copyfile(header, os.path.join(headers, HEADER_FILE))
        with open(os.path.join(headers, "module.modulemap"), "w") as module_map:
            module_map.write(MODULE_MAP)
        library = {
            "BinaryPath": LIBRARY_FILE,
            "HeadersPath": "Headers",
            "LibraryIdentifier": identifier,
            "LibraryPath": LIBRARY_FILE,
            "SupportedArchitectures": architectures,
            "SupportedPlatform": platform,
        }
        if variant:
            library["SupportedPlatformVariant"] = variant
        available.append(library)
    info = {
        "AvailableLibraries": available,
        "CFBundlePackageType": "XFWK",
        "XCFrameworkFormatVersion": "1.0",
    }
    with open(os.path.join(root, "Info.plist"), "wb") as plist:
        plistlib.dump(info, plist, fmt=plistlib.FMT_XML, sort_keys=True)
    return root


def write_zip(root, zip_path):
    parent = os.path.dirname(root)
    entries = []
    for directory, subdirectories, files in os.walk(root):
        subdirectories.sort()
        relative = os.path.relpath(directory, parent)
        entries.append((relative + "/", None))
        entries.extend((os.path.join(relative, name), os.path.join(directory, name)) for name in sorted(files))
    with zipfile.ZipFile(zip_path, "w") as archive:
        for name, path in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.create_system = 3  # Unix, so that the permissions below are honoured
            if path is None:
                info.external_attr = (0o40755 << 16) | 0x10  # directory
                archive.writestr(info, b"")
            else:
                info.external_attr = 0o100644 << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(path, "rb") as source:
                    archive.writestr(info, source.read(), compresslevel=9)


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    output_dir, header = argv[1], argv[2]
    archives = {}
    for argument in argv[3:]:
        identifier, _, archive = argument.partition("=")
        if identifier not in LIBRARIES or not os.path.isfile(archive):
            sys.exit(f"xcframework.py: bad library {argument!r} (identifiers: {', '.join(LIBRARIES)})")
        archives[identifier] = archive
    root = write_framework(output_dir, header, archives)
    write_zip(root, os.path.join(output_dir, NAME + ".zip"))


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/env python3
"""Checks dist/KeylessErrors.xcframework, its zip and checksum, as Xcode and SwiftPM would use them.

    check-xcframework.py [DIST_DIR]      (default dist; run by make: mk/dist.mk, test-dist-apple)

- Info.plist: an XFWK bundle of format 1.0 whose AvailableLibraries match the library folders that
  actually exist, each entry complete (LibraryIdentifier, LibraryPath, HeadersPath,
  SupportedArchitectures, SupportedPlatform, SupportedPlatformVariant for the simulator), its
  identifier spelled from platform, architectures and variant as xcodebuild spells it; the three
  libraries are there (iOS device, iOS simulator, macOS).
- Headers: the committed header, unchanged, and a module map declaring module CKeylessErrors.
- Each static library, read with macholib, per architecture: exactly the architectures the plist
  claims; LC_BUILD_VERSION with the right platform and the minimum OS of mk/config.mk; exactly the
  header's functions exported (tests/abi/exported-functions.txt); no other global symbol (so it
  cannot clash with another Rust library's compiler_builtins); nothing imported but
  $APPLE_ALLOWED_IMPORTS, libSystem's memory functions.
- The zip: exactly the framework's files, its .sha256 equal to the zip's SHA-256 (SwiftPM's
  checksum), and byte-for-byte what scripts/cross/xcframework.py writes again from the same
  libraries (a reproducible checksum, and a zip that is not stale).
"""
import hashlib
import os
import plistlib
import re
import subprocess
import sys
import tempfile
import zipfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from artifacts import PLATFORMS, REPO, archive_objects, config, exported_functions, expected_minimum_os  # noqa: E402

HEADER = os.path.join(REPO, "include", "keyless_errors.h")
MODULE = "CKeylessErrors"
LIBRARY_FILE = "libkeyless_errors.a"
EXPECTED_LIBRARIES = {"ios-arm64", "ios-arm64_x86_64-simulator", "macos-arm64_x86_64"}

failures = []


def check(condition, message):
    if condition:
        print(f"ok: {message}")
    else:
        print(f"FAIL: {message}")
        failures.append(message)
    return condition


def check_plist(root):
    with open(os.path.join(root, "Info.plist"), "rb") as plist_file:
        info = plistlib.load(plist_file)
    check(info.get("CFBundlePackageType") == "XFWK", "Info.plist: CFBundlePackageType is XFWK")
    check(info.get("XCFrameworkFormatVersion") == "1.0", "Info.plist: XCFrameworkFormatVersion is 1.0")
    libraries = info.get("AvailableLibraries") or []
    folders = {name for name in os.listdir(root) if os.path.isdir(os.path.join(root, name))}
    identifiers = {library.get("LibraryIdentifier") for library in libraries}
    check(identifiers == folders, f"Info.plist lists exactly the library folders: {sorted(folders)}")
    check(identifiers == EXPECTED_LIBRARIES, f"the libraries are {sorted(EXPECTED_LIBRARIES)}")
    for library in libraries:
        identifier = library.get("LibraryIdentifier", "?")
        for key in ("LibraryIdentifier", "LibraryPath", "HeadersPath", "SupportedArchitectures", "SupportedPlatform"):
            check(key in library, f"{identifier}: has {key}")
        architectures = library.get("SupportedArchitectures", [])
        variant = library.get("SupportedPlatformVariant")
        spelled = f"{library.get('SupportedPlatform')}-{'_'.join(sorted(architectures))}" + (f"-{variant}" if variant else "")
        check(identifier == spelled, f"{identifier}: identifier matches platform, architectures and variant ({spelled})")
        check(variant in (None, "simulator"), f"{identifier}: platform variant {variant}")
        binary = os.path.join(root, identifier, library.get("LibraryPath", ""))
        check(os.path.isfile(binary), f"{identifier}: LibraryPath {library.get('LibraryPath')} exists")
        headers = os.path.join(root, identifier, library.get("HeadersPath", ""), MODULE)
        check_headers(identifier, headers)
        if os.path.isfile(binary):
            check_archive(identifier, binary, library.get("SupportedPlatform"), variant, architectures)


def check_headers(identifier, headers):
    header_copy = os.path.join(headers, "keyless_errors.h")
    with open(HEADER, "rb") as original:
        expected = original.read()
    check(os.path.isfile(header_copy) and open(header_copy, "rb").read() == expected,
          f"{identifier}: Headers/{MODULE}/keyless_errors.h is the committed header")
    module_map = os.path.join(headers, "module.modulemap")
    text = open(module_map).read() if os.path.isfile(module_map) else ""
    check(re.search(r'^module CKeylessErrors \{\s*header "keyless_errors\.h"', text, re.M) is not None,
          f"{identifier}: module.modulemap declares module {MODULE} over keyless_errors.h")


def check_archive(identifier, archive, platform, variant, architectures):
    with open(archive, "rb") as library:
        slices = archive_objects(library.read())
    actual = sorted(architecture for architecture, _ in slices)
    check(actual == sorted(architectures), f"{identifier}: architectures {actual}")
    load_platform = "iossimulator" if variant == "simulator" else platform
    functions = {"_" + name for name in exported_functions()}
    allowed = set(config("APPLE_ALLOWED_IMPORTS").split())
    for architecture, objects in slices:
        where = f"{identifier} {architecture}"
        versions = {version for item in objects for version in item.build_versions}
        want = (PLATFORMS[load_platform], expected_minimum_os(load_platform, architecture))
        check(versions == {want}, f"{where}: LC_BUILD_VERSION platform {load_platform}, minimum OS {want[1]}"
              + ("" if versions == {want} else f"; found (platform, minos) {sorted(versions)}"))
        defined = set().union(*(item.defined for item in objects))
        undefined = set().union(*(item.undefined for item in objects)) - defined
        check(functions <= defined, f"{where}: exports the header's {len(functions)} functions"
              + ("" if functions <= defined else f"; lacks {sorted(functions - defined)}"))
        others = sorted(defined - functions)
        check(not others, f"{where}: {len(others)} other global symbols {others[:5]}")
        unexpected = sorted(undefined - allowed)
        check(not unexpected, f"{where}: imports only {sorted(undefined & allowed)}"
              + (f", not {len(unexpected)} more: {unexpected[:5]}" if unexpected else ""))


def check_zip(dist, root):
    zip_path = os.path.join(dist, "KeylessErrors.xcframework.zip")
    if not check(os.path.isfile(zip_path), "the zip exists"):
        return
    with open(zip_path, "rb") as zip_file:
        data = zip_file.read()
    checksum_path = zip_path + ".sha256"
    recorded = open(checksum_path).read().strip() if os.path.isfile(checksum_path) else ""
    check(recorded == hashlib.sha256(data).hexdigest(), f"the .sha256 file holds the zip's SwiftPM checksum ({recorded[:16]}...)")
    parent = os.path.dirname(root)
    on_disk = set()
    for directory, _, files in os.walk(root):
        on_disk.update(os.path.relpath(os.path.join(directory, name), parent) for name in files)
    with zipfile.ZipFile(zip_path) as archive:
        zipped = {name for name in archive.namelist() if not name.endswith("/")}
    check(zipped == on_disk, f"the zip holds exactly the framework's {len(on_disk)} files")
    libraries = [f"{identifier}={os.path.join(root, identifier, LIBRARY_FILE)}" for identifier in sorted(EXPECTED_LIBRARIES)]
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run([sys.executable, os.path.join(REPO, "scripts", "cross", "xcframework.py"), scratch, HEADER, *libraries],
                       check=True)
        with open(os.path.join(scratch, "KeylessErrors.xcframework.zip"), "rb") as again:
            check(again.read() == data, "the zip is reproducible: rebuilt from the same libraries, it has the same bytes")


def main():
    dist = sys.argv[1] if len(sys.argv) > 1 else "dist"
    root = os.path.join(dist, "KeylessErrors.xcframework")
    if not check(os.path.isfile(os.path.join(root, "Info.plist")), f"{root}/Info.plist exists"):
        sys.exit(1)
    check_plist(root)
    check_zip(dist, root)
    print(f"check-xcframework: {'all checks pass' if not failures else f'{len(failures)} checks FAILED'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

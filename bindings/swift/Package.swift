// swift-tools-version:6.0
// Tools version 6.0 builds every target in the Swift 6 language mode, with
// complete strict-concurrency checking.

import PackageDescription

/// The Rust staticlib that `cargo build --release` writes at the repository
/// root. Only the test and benchmark targets link it by path: the library
/// product stays free of `unsafeFlags`, so other packages can depend on it,
/// and an app links the library from the XCFramework instead (see README.md).
///
/// The path is absolute because SwiftPM does not promise the linker's
/// working directory. Naming the `.a` file, rather than `-lkeyless_errors`,
/// makes the linker take the static library even though the shared one sits
/// in the same folder, so the tests need no `LD_LIBRARY_PATH`.
let rustStaticLibrary = Context.packageDirectory + "/../../target/release/libkeyless_errors.a"
let linkRustStaticLibrary: [LinkerSetting] = [.unsafeFlags([rustStaticLibrary])]

let package = Package(
    name: "KeylessErrors",
    platforms: [.iOS(.v13), .macOS(.v10_15)],
    products: [
        .library(name: "KeylessErrors", targets: ["KeylessErrors"]),
    ],
    targets: [
        // The C module: a module map over the committed header
        // include/keyless_errors.h, by relative path, so there is no copy to drift.
        .systemLibrary(name: "CKeylessErrors", path: "Sources/CKeylessErrors"),
        .target(name: "KeylessErrors", dependencies: ["CKeylessErrors"]),
        .testTarget(
            name: "KeylessErrorsTests",
            dependencies: ["KeylessErrors", "CKeylessErrors"],
            linkerSettings: linkRustStaticLibrary
        ),
        // `make bench`: nanoseconds per lookup. Not a product, so its linker
        // flag never reaches a package that depends on this one.
        .executableTarget(
            name: "KeylessErrorsBenchmark",
            dependencies: ["KeylessErrors"],
            linkerSettings: linkRustStaticLibrary
        ),
    ]
)

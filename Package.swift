// swift-tools-version:6.0
// Tools version 6.0 builds every target in the Swift 6 language mode, with complete
// strict-concurrency checking.

import PackageDescription

// The Swift binding of keyless-errors. Its sources live in bindings/swift, next to its Makefile,
// README and tests; this manifest at the repository root is the only one, so that a consumer can
// depend on the repository itself:
//
//     .package(url: "https://github.com/<org>/keyless-errors", from: "0.3.0")
//     .product(name: "KeylessErrors", package: "keyless-errors")
//
// See bindings/swift/README.md, "Add it to your project".

/// The C library, as the module `CKeylessErrors`.
///
/// - Apple platforms (Xcode and SwiftPM evaluate manifests on macOS for every Apple target): the
///   XCFramework of the static library, with its own module map. In the repository it is the one
///   `make dist` builds; a release tag switches to the hosted zip, by URL and checksum
///   (`binaryTarget(name:url:checksum:)`, see the README, "Releasing").
/// - Everywhere else (Linux): the installed library, found through pkg-config (`make install`
///   writes keyless-errors.pc). The module map's `link "keyless_errors"` links it, so consumers
///   need no linker flag, and nothing here uses `unsafeFlags`, which would make SwiftPM refuse
///   this package as a dependency.
#if os(macOS)
let cLibrary: Target = .binaryTarget(name: "CKeylessErrors", path: "dist/KeylessErrors.xcframework")
#else
let cLibrary: Target = .systemLibrary(
    name: "CKeylessErrors",
    path: "bindings/swift/Sources/CKeylessErrors",
    pkgConfig: "keyless-errors"
)
#endif

let package = Package(
    name: "keyless-errors",
    platforms: [.iOS(.v13), .macOS(.v10_15)],
    products: [
        .library(name: "KeylessErrors", targets: ["KeylessErrors"]),
    ],
    targets: [
        cLibrary,
        // Three C functions that publish the binding's tables for lock-free reading (see its header).
        .target(name: "CKeylessErrorsPublished", path: "bindings/swift/Sources/CKeylessErrorsPublished"),
        .target(
            name: "KeylessErrors",
            dependencies: ["CKeylessErrors", "CKeylessErrorsPublished"],
            path: "bindings/swift/Sources/KeylessErrors"
        ),
        // The binding's own tests and benchmark (`make -C bindings/swift test`, `bench`,
        // `bench-peers`). They are not products, so a consumer never builds them; they link the C
        // library exactly as a consumer does, through the same target.
        .testTarget(
            name: "KeylessErrorsTests",
            dependencies: ["KeylessErrors", "CKeylessErrors"],
            path: "bindings/swift/Tests/KeylessErrorsTests",
            // An app bundle's strings tables, copied as they are, for the tests of the overrides.
            resources: [.copy("Resources/Overrides")]
        ),
        .executableTarget(
            name: "KeylessErrorsBenchmark",
            dependencies: ["KeylessErrors"],
            path: "bindings/swift/Sources/KeylessErrorsBenchmark"
        ),
    ]
)

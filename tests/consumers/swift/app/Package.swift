// swift-tools-version:6.0
// A new app that uses keyless-errors exactly as bindings/swift/README.md ("Add it to your project")
// tells it to. run.sh builds it from a copy in a temporary folder, next to a `keyless-errors`
// checkout (a link to this repository), against a `make install` made in the same run.
import PackageDescription

let package = Package(
    name: "App",
    dependencies: [
        .package(path: "../keyless-errors"),
    ],
    targets: [
        .executableTarget(
            name: "App",
            dependencies: [.product(name: "KeylessErrors", package: "keyless-errors")]
        ),
        .testTarget(
            name: "AppTests",
            dependencies: [.product(name: "KeylessErrors", package: "keyless-errors")]
        ),
    ]
)

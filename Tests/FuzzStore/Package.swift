// swift-tools-version: 6.1
// libFuzzer target over the two decoders of Progress/ (state.json and reviews.jsonl). A separate package so that
// `swift build`/`swift test` never see it (it has no main). The ontap modules are compiled from the root package's
// sources through the symlinks in Sources/. Build and run: see README.md beside this file.
import PackageDescription

let package = Package(
    name: "FuzzStore",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        .target(name: "FileFormats"),
        .target(name: "Timeline", dependencies: ["FileFormats", .product(name: "Yams", package: "Yams")]),
        .target(name: "Scheduling"),
        .target(name: "Cards", dependencies: ["Timeline", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Store", dependencies: ["FileFormats", "Cards", "Scheduling"], exclude: ["README-merge-driver.md"]),
        .executableTarget(name: "FuzzStoreDecoders", dependencies: ["Store", "Scheduling"]),
    ],
    swiftLanguageModes: [.v6]
)

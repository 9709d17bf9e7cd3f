// swift-tools-version: 6.1
import PackageDescription

/// Throughput and memory benchmark of the Timeline extractor, kept out of the root package's build and tests.
/// `Sources/Timeline` and `Sources/FileFormats` are symbolic links to the root package's sources (the root package exports no library
/// product a path dependency could use).
let package = Package(
    name: "ExtractorBench",
    platforms: [.macOS(.v15)],
    dependencies: [.package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2")],
    targets: [
        .target(name: "FileFormats"),
        .target(name: "Timeline", dependencies: ["FileFormats", .product(name: "Yams", package: "Yams")]),
        .executableTarget(name: "ExtractorBench", dependencies: ["Timeline"]),
    ],
    swiftLanguageModes: [.v6]
)

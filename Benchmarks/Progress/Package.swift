// swift-tools-version: 6.1
// Benchmark of Progress/ at scale (issue 5): not part of the root package, so `swift build`/`swift test` never see it.
// The ontap modules are compiled from the root package's sources through the symlinks in Sources/ (the root package
// has no library products to depend on).
import PackageDescription

let package = Package(
    name: "ProgressBenchmark",
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
        .target(name: "Study", dependencies: ["Cards", "Scheduling", "Store"]),
        .executableTarget(name: "ProgressBench", dependencies: ["Store", "Study", "Cards", "Scheduling"]),
    ],
    swiftLanguageModes: [.v6]
)

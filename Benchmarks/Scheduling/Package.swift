// swift-tools-version: 6.1
// Benchmarks for the Scheduling module, kept out of the root package (run: see README.md).
// `Sources/Scheduling` and `Sources/FileFormats` are symlinks to the root package's sources, and `Sources/Exporters`
// holds links to the review readers only (not the Anki writers), so this package builds alone and fast.
import PackageDescription

let package = Package(
    name: "SchedulingBenchmarks",
    targets: [
        .target(name: "FileFormats"),
        .target(name: "Scheduling"),
        .target(name: "Exporters", dependencies: ["FileFormats", "Scheduling"]),
        .executableTarget(name: "SchedulingBench", dependencies: ["Scheduling", "Exporters"]),
    ],
    swiftLanguageModes: [.v6]
)

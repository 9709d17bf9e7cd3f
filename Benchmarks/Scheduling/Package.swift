// swift-tools-version: 6.1
// Benchmarks for the Scheduling module, kept out of the root package (run: see README.md).
// `Sources/Scheduling` is a symlink to the root package's sources, so this package builds alone and fast.
import PackageDescription

let package = Package(
    name: "SchedulingBenchmarks",
    targets: [
        .target(name: "Scheduling"),
        .executableTarget(name: "SchedulingBench", dependencies: ["Scheduling"]),
    ],
    swiftLanguageModes: [.v6]
)

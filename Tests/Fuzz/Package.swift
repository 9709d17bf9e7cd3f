// swift-tools-version: 6.1
// libFuzzer targets for the Timeline module, in their own package so that the root package's
// `swift build` / `swift test` never see them (they have no main; libFuzzer supplies one).
// `Sources/Timeline` and `Sources/FileFormats` are symbolic links to the root package's sources: the root package exports no
// library product a path dependency could use.
//
//   swift build --package-path Tests/Fuzz --scratch-path Tests/Fuzz/.build -c debug \
//       --sanitize=fuzzer --sanitize=address \
//       -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
// (without the -sanitize-coverage flag this toolchain instruments nothing and libFuzzer runs blind;
// `-c release` with the same flags runs about 10 times more inputs per second than `-c debug`)
//   mkdir -p fuzz-corpus && cp Tests/Fuzz/Seeds/* fuzz-corpus/
//   Tests/Fuzz/.build/debug/FuzzExtractor fuzz-corpus -max_total_time=600 -max_len=4096
import PackageDescription

let package = Package(
    name: "Fuzz",
    dependencies: [.package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2")],
    targets: [
        .target(name: "FileFormats"),
        .target(name: "Timeline", dependencies: ["FileFormats", .product(name: "Yams", package: "Yams")]),
        .executableTarget(name: "FuzzExtractor", dependencies: ["Timeline"]),
        .executableTarget(name: "FuzzTimelineFile", dependencies: ["Timeline"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.1
import PackageDescription

/// ontap: history text → question cards → spaced repetition in a readline REPL.
/// Module arrows (see ../shared/DESIGN.md): Timeline ← Cards ← Store ← Study ← Terminal ← ontap;
/// Scheduling stands alone; FileFormats (atomic writes, mapped reads, JSON, ISO times) is the leaf under Store and
/// Exporters; Exporters read Cards and Store, and other programs' formats.
let package = Package(
    name: "ontap",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ontap", targets: ["ontap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/onevcat/Rainbow.git", from: "4.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .systemLibrary(
            name: "CZstd",
            providers: [.apt(["libzstd-dev"]), .brew(["zstd"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .target(name: "FileFormats"),
        .target(name: "Timeline", dependencies: ["FileFormats", .product(name: "Yams", package: "Yams")]),
        .target(name: "Scheduling", dependencies: ["FileFormats"]),
        .target(name: "Cards", dependencies: ["Timeline", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Store", dependencies: ["FileFormats", "Cards", "Scheduling"]),
        .target(name: "Study", dependencies: ["Cards", "FileFormats", "Scheduling", "Store"]),
        .target(name: "Exporters", dependencies: ["FileFormats", "Cards", "Scheduling", "Store", "CSQLite", "CZlib", "CZstd", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "Terminal", dependencies: ["Study", "CReadline", .product(name: "Rainbow", package: "Rainbow")]),
        .executableTarget(
            name: "ontap",
            dependencies: [
                "FileFormats", "Timeline", "Cards", "Scheduling", "Store", "Study", "Exporters", "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Test-only C helper: posix_openpt + posix_spawn for real pseudo-terminals.
        .target(name: "CPTY", path: "Tests/CPTY"),
        .testTarget(name: "FileFormatsTests", dependencies: ["FileFormats"]),
        .testTarget(name: "TimelineTests", dependencies: ["Timeline", "FileFormats", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "SchedulingTests", dependencies: ["Scheduling", "Exporters", "FileFormats", .product(name: "PropertyBased", package: "swift-property-based")],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "CardsTests", dependencies: ["Cards", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "FileFormats", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "StudyTests", dependencies: ["Study"]),
        .testTarget(name: "ExportersTests", dependencies: ["Exporters", "FileFormats", "Store", "CZstd"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        // Runs the built `ontap` binary (pipes and real ptys); depends on it so `swift test` builds it first.
        .testTarget(name: "OntapTests", dependencies: ["ontap", "CPTY"], exclude: ["anki_deck.py"]),
    ],
    swiftLanguageModes: [.v6]
)

import Foundation
import Testing

/// Exports imported into a real Anki collection (PyPI `anki`), through the shared harness.
@Suite(.enabled(if: AnkiHarness.python != nil, "set ONTAP_ANKI_PYTHON to a Python with the `anki` package (.ci/run does)"))
struct AnkiImportTests {
    @Test func tsvExportImportsIntoEnglishAndVietnameseAnkiWithClozeNotesAndOneNotePerCard() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let deckData = try Data(contentsOf: runner.decks.appendingPathComponent("nato-russia.json"))
        let cards = try #require((try JSONSerialization.jsonObject(with: deckData) as? [String: Any])?["cards"] as? [[String: Any]])
        let clozeCount = cards.filter { $0["kind"] as? String == "cloze" }.count
        #expect(clozeCount > 0)
        for (lang, cloze) in [("en", "Cloze"), ("vi", "Điền chỗ trống")] {
            let file = runner.root.appendingPathComponent("nato-russia.\(lang).tsv")
            let export = try runner.run(["export", "nato-russia", "--format", "tsv", "--anki-lang", lang, "-o", file.path]
                                        + runner.folderArguments)
            #expect(export.status == 0, "\(export.stderr)")
            let report = try AnkiHarness.validateText(file, arguments: ["--strict", "--twice", "--expect-notes", "\(cards.count)",
                                                                        "--expect-cards", "\(cards.count)", "--lang", lang])
            #expect(report.status == 0, "Anki (\(lang) profile) said: \(report.output)")
            let json = (try? JSONSerialization.jsonObject(with: Data(report.output.utf8))) as? [String: Any] ?? [:]
            let types = (json["imported"] as? [String: Any])?["note_types"] as? [[String: Any]] ?? []
            #expect(types.first { $0["name"] as? String == cloze }?["notes"] as? Int == clozeCount, "\(types)")
            let second = json["second_import_log"] as? [String: Any]
            #expect(second?["new"] as? Int == 0, "importing the file again must add nothing: \(second ?? [:])")
        }
    }
}

extension AnkiImportTests {
    /// Imports the files in order into one fresh collection with the real Anki and prints the number of notes.
    static let importAll = """
    import os, sys, tempfile
    from anki.collection import Collection, ImportAnkiPackageRequest, ImportAnkiPackageOptions, ImportCsvRequest
    col = Collection(os.path.join(tempfile.mkdtemp(), "c.anki2"))
    for path in map(os.path.abspath, sys.argv[1:]):
        if path.endswith(".apkg"):
            col.import_anki_package(ImportAnkiPackageRequest(package_path=path, options=ImportAnkiPackageOptions(with_scheduling=True)))
        else:
            col.import_csv(ImportCsvRequest(path=path, metadata=col.get_csv_metadata(path, None)))
    print(col.note_count())
    """

    @Test func apkgAndTextExportsOfOneDeckAreTheSameNotesInAnki() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let tsv = runner.root.appendingPathComponent("deck.tsv"), apkg = runner.root.appendingPathComponent("deck.apkg")
        for (format, file) in [("tsv", tsv), ("apkg", apkg)] {
            let export = try runner.run(["export", "nato-russia", "--format", format, "--anki-lang", "en", "-o", file.path]
                                        + runner.folderArguments)
            #expect(export.status == 0, "\(export.stderr)")
        }
        let count = try ApkgImportTests.cardCount(runner)
        for order in [[tsv, apkg], [apkg, tsv]] {
            let result = try AnkiHarness.runPython(["-c", Self.importAll] + order.map(\.path))
            #expect(result.status == 0 && result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "\(count)",
                    "importing \(order.map(\.lastPathComponent)) gave: \(result.output)")
        }
    }
}

/// Runs `../shared/anki/validate_*.py` with the Python that has `anki`.
enum AnkiHarness {
    static let python = ProcessInfo.processInfo.environment["ONTAP_ANKI_PYTHON"]
    static let folder = OntapRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/anki")

    static func validateText(_ file: URL, arguments: [String]) throws -> (status: Int32, output: String) {
        try run("validate_text.py", [file.path] + arguments)
    }

    static func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try runPython([folder.appendingPathComponent(script).path] + arguments)
    }

    /// Runs the Python that has `anki` with `arguments`; its exit code and its output and errors together.
    static func runPython(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python ?? "/usr/bin/false")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

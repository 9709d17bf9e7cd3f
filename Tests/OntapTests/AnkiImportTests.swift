import Foundation
import Testing

/// Exports imported into a real Anki collection (PyPI `anki`), through the shared harness.
@Suite(.enabled(if: AnkiHarness.python != nil, "set ONTAP_ANKI_PYTHON to a Python with the `anki` package (.ci/run does)"))
struct AnkiImportTests {
    @Test func tsvExportImportsIntoAnkiWithEveryCard() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let file = runner.root.appendingPathComponent("nato-russia.tsv")
        let export = try runner.run(["export", "nato-russia", "--format", "tsv", "-o", file.path] + runner.folderArguments)
        #expect(export.status == 0, "\(export.stderr)")
        let deckData = try Data(contentsOf: runner.decks.appendingPathComponent("nato-russia.json"))
        let cards = try #require((try JSONSerialization.jsonObject(with: deckData) as? [String: Any])?["cards"] as? [Any])
        for lang in ["en", "vi"] {
            let report = try AnkiHarness.validateText(file, arguments: ["--strict", "--expect-notes", "\(cards.count)", "--lang", lang])
            #expect(report.status == 0, "Anki (\(lang) profile) said: \(report.output)")
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python ?? "/usr/bin/false")
        process.arguments = [folder.appendingPathComponent(script).path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

import Foundation
import Testing

/// `.apkg` exports imported into a real Anki collection (PyPI `anki`) by `shared/anki/validate_apkg.py`.
@Suite(.enabled(if: AnkiHarness.python != nil, "set ONTAP_ANKI_PYTHON to a Python with the `anki` package (.ci/run does)"))
struct ApkgImportTests {
    /// The number of cards in the generated seed deck.
    static func cardCount(_ runner: OntapRunner) throws -> Int {
        let deckData = try Data(contentsOf: runner.decks.appendingPathComponent("nato-russia.json"))
        return try #require((try JSONSerialization.jsonObject(with: deckData) as? [String: Any])?["cards"] as? [Any]).count
    }

    /// The number of cards of `kind` in the generated seed deck.
    static func cardCount(_ runner: OntapRunner, kind: String) throws -> Int {
        let deckData = try Data(contentsOf: runner.decks.appendingPathComponent("nato-russia.json"))
        let cards = try #require((try JSONSerialization.jsonObject(with: deckData) as? [String: Any])?["cards"] as? [[String: Any]])
        return cards.filter { $0["kind"] as? String == kind }.count
    }

    /// Runs the validator and returns its exit code and parsed JSON report.
    static func validate(_ file: URL, _ arguments: [String]) throws -> (status: Int32, report: [String: Any], output: String) {
        let result = try AnkiHarness.run("validate_apkg.py", [file.path] + arguments)
        let json = (try? JSONSerialization.jsonObject(with: Data(result.output.utf8))) as? [String: Any] ?? [:]
        return (result.status, json, result.output)
    }

    @Test func deckWithoutProgressImportsAsNewCardsInEnglishAndVietnameseProfiles() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let file = runner.root.appendingPathComponent("nato-russia.apkg")
        let export = try runner.run(["export", "nato-russia", "--format", "apkg", "-o", file.path] + runner.folderArguments)
        #expect(export.status == 0, "\(export.stderr)")
        let count = try Self.cardCount(runner)
        for extra in [["--lang", "en"], ["--lang", "vi"], ["--twice"]] {
            let result = try Self.validate(file, ["--strict", "--expect-notes", "\(count)", "--expect-cards", "\(count)",
                                                 "--expect-revlog", "0"] + extra)
            #expect(result.status == 0, "Anki (\(extra)) said: \(result.output)")
            let types = (result.report["imported"] as? [String: Any])?["note_types"] as? [[String: Any]] ?? []
            #expect(types.first { $0["kind"] as? String == "cloze" }?["notes"] as? Int == (try Self.cardCount(runner, kind: "cloze")),
                    "cloze cards must arrive as Cloze notes: \(types)")
        }
        #expect(!FileManager.default.fileExists(atPath: runner.progress.appendingPathComponent("nato-russia").path),
                "exporting must not create progress")
    }

    @Test func progressFromStudyImportsWithSchedulingAndRevlog() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let session = try runner.run(["study", "nato-russia", "--lang", "en"] + runner.folderArguments,
                                     input: "1991\n4\n\n\n1997\n3\n:quit\n")
        #expect(session.status == 0, "\(session.stderr)")
        let log = try String(contentsOf: runner.progress.appendingPathComponent("nato-russia/reviews.jsonl"), encoding: .utf8)
        let reviews = log.split(separator: "\n").filter { $0.contains("\"rating\"") }.count
        #expect(reviews >= 2)
        let file = runner.root.appendingPathComponent("progress.apkg")
        let export = try runner.run(["export", "nato-russia", "--format", "apkg", "-o", file.path] + runner.folderArguments)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("\(reviews) reviews"), "\(export.stderr)")
        let count = try Self.cardCount(runner)
        let expectations = ["--strict", "--expect-notes", "\(count)", "--expect-cards", "\(count)", "--expect-revlog", "\(reviews)"]
        for extra in [["--lang", "vi"], ["--twice"]] {
            let result = try Self.validate(file, expectations + extra)
            #expect(result.status == 0, "Anki (\(extra)) said: \(result.output)")
            let imported = result.report["imported"] as? [String: Any]
            let byType = imported?["cards_by_type"] as? [String: Any] ?? [:]
            #expect((byType["new"] as? Int ?? 0) < count, "studied cards must not arrive as new: \(byType)")
        }
        let shared = try Self.validate(file, ["--strict", "--no-scheduling", "--expect-notes", "\(count)", "--expect-revlog", "0"])
        #expect(shared.status == 0, "Anki without scheduling said: \(shared.output)")

        let plain = runner.root.appendingPathComponent("plain.apkg")
        let without = try runner.run(["export", "nato-russia", "--format", "apkg", "--without-progress", "-o", plain.path] + runner.folderArguments)
        #expect(without.status == 0, "\(without.stderr)")
        let result = try Self.validate(plain, ["--strict", "--expect-notes", "\(count)", "--first", file.path])
        #expect(result.status == 0, "re-export over the first import: \(result.output)")
        let update = result.report["import_log"] as? [String: Any]
        #expect(update?["new"] as? Int == 0 && update?["updated"] as? Int == count, "a re-export updates the same notes: \(update ?? [:])")
    }
}

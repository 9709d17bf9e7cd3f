import Foundation
import Testing

/// The binary's commands through pipes: the happy path and every kind of bad input.
@Suite struct CommandLineTests {
    @Test func generateWritesADeckAndEventsPrintsTheContract() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let deckData = try Data(contentsOf: runner.decks.appendingPathComponent("nato-russia.json"))
        let deck = try #require(try JSONSerialization.jsonObject(with: deckData) as? [String: Any])
        #expect(deck["format"] as? String == "ontap-deck")
        #expect(deck["version"] as? Int == 1)
        #expect((deck["cards"] as? [Any])?.isEmpty == false)

        let events = try runner.run(["events", runner.decks.appendingPathComponent("nato-russia.vi.txt").path, "--json"])
        #expect(events.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [String: Any])
        #expect(json["language"] as? String == "vi")
        let timexes = try #require(json["timexes"] as? [[String: Any]])
        #expect(timexes.contains { $0["value"] as? String == "2014-04-01" && $0["surface"] as? String == "ngày 1 tháng 4 năm 2014" })
        #expect((json["events"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func scriptedStudyRecordsReviewsAndDecksCountsThem() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let before = try runner.run(["decks"] + runner.folderArguments)
        let session = try runner.run(["study", "nato-russia", "--lang", "en"] + runner.folderArguments,
                                     input: "1991\n4\n\n\n:quit\n")
        #expect(session.status == 0, "\(session.stderr)")
        #expect(session.stdout.contains("Progress saved (2 cards"))
        let after = try runner.run(["decks"] + runner.folderArguments)
        #expect(before.stdout != after.stdout)
        #expect(after.stdout.contains("\t2\n"))   // two cards studied
    }

    @Test func exportTSVHasAnkiHeadersAndOneRowPerCard() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let result = try runner.run(["export", "nato-russia", "--format", "tsv"] + runner.folderArguments)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "#separator:tab")
        let deckData = try Data(contentsOf: runner.decks.appendingPathComponent("nato-russia.json"))
        let cards = try #require((try JSONSerialization.jsonObject(with: deckData) as? [String: Any])?["cards"] as? [Any])
        #expect(lines.filter { !$0.hasPrefix("#") }.count == cards.count)
    }

    /// Each bad input: non-zero exit, a message naming what and where, nothing written.
    @Test(arguments: [
        ("missing", Data(), "no such file"),
        ("empty.txt", Data(), "empty"),
        ("blank.txt", Data("  \n\n ".utf8), "empty"),
        ("latin1.txt", Data("Năm 1994\nabc ".utf8) + Data([0xE9, 0x20]), "line 2, column 5"),
        ("binary.bin", Data([0x41, 0x00, 0x42]), "binary"),
        ("nodates.txt", Data("Lịch sử là môn học thú vị.\n".utf8), "no dated events"),
    ])
    func badSourcesFailClearly(name: String, content: Data, message: String) throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let path = runner.root.appendingPathComponent(name)
        if name != "missing" { try content.write(to: path) }
        let result = try runner.run(["generate", path.path, "--lang", "en"] + runner.folderArguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.decks.appendingPathComponent(
            name.split(separator: ".").first.map(String.init)! + ".json").path))
    }

    @Test func unknownDeckNamesTheDecksThatExist() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let result = try runner.run(["study", "no-such-deck"] + runner.folderArguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no deck named 'no-such-deck'"))
        #expect(result.stderr.contains("nato-russia"))
        let traversal = try runner.run(["study", "../etc"] + runner.folderArguments)
        #expect(traversal.status != 0)
        #expect(traversal.stderr.contains("not a valid deck name"))
    }

    @Test func damagedStateIsReportedAndNeverOverwritten() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let folder = runner.progress.appendingPathComponent("nato-russia")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let damaged = Data("{\"format\":\"ontap-state\",\"version\":1,\n  \"cards\": {oops".utf8)
        let state = folder.appendingPathComponent("state.json")
        try damaged.write(to: state)
        let result = try runner.run(["study", "nato-russia"] + runner.folderArguments, input: "1991\n3\n:quit\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("state.json:"))
        #expect(try Data(contentsOf: state) == damaged)
    }

    @Test func controlCharactersFromADeckNeverReachTheTerminal() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let path = runner.root.appendingPathComponent("evil.txt")
        try Data("Năm 1994, NATO \u{1B}[31mký\u{07} hiệp ước với Nga.\n".utf8).write(to: path)
        let generated = try runner.run(["generate", path.path] + runner.folderArguments)
        #expect(generated.status == 0, "\(generated.stderr)")
        let session = try runner.run(["study", "evil", "--lang", "en"] + runner.folderArguments, input: "\n1\n:quit\n")
        #expect(session.status == 0)
        #expect(!session.stdout.contains("\u{1B}"))
        #expect(!session.stdout.contains("\u{07}"))
    }
}

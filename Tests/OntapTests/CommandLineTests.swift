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

/// A teacher's hand-written timeline becomes a deck; a bad row is named by line and field.
@Suite struct TimelineFileCommandTests {
    @Test func csvTimelineBecomesADeck() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let file = runner.root.appendingPathComponent("cach-mang.csv")
        try Data("""
            date,event,tags
            1945-08-19,Khởi nghĩa giành chính quyền ở Hà Nội,cách mạng
            2/9/1945,Chủ tịch Hồ Chí Minh đọc Tuyên ngôn Độc lập tại Quảng trường Ba Đình,độc lập
            1946-12-19,Toàn quốc kháng chiến bùng nổ,

            """.utf8).write(to: file)
        let result = try runner.run(["generate", file.path, "--lang", "en"] + runner.folderArguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("3 events"))
        let deck = try String(contentsOf: runner.decks.appendingPathComponent("cach-mang.json"), encoding: .utf8)
        #expect(deck.contains("ngày 2 tháng 9 năm 1945"))
    }

    @Test func aBadDateIsNamedWithItsLine() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        let file = runner.root.appendingPathComponent("bad.yaml")
        try Data("- date: 1954-05-07\n  event: Chiến thắng Điện Biên Phủ\n- date: hôm qua\n  event: Sai\n".utf8).write(to: file)
        let result = try runner.run(["generate", file.path] + runner.folderArguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.yaml:3:"))
        #expect(result.stderr.contains("'date'"))
        #expect(!FileManager.default.fileExists(atPath: runner.decks.appendingPathComponent("bad.json").path))
    }
}

/// Regenerating a deck whose text changed keeps every unchanged card's progress and reports the others.
@Suite struct RegenerateTests {
    @Test func changedCardsAreReportedAndTheirHistoryKept() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let session = try runner.run(["study", "nato-russia", "--lang", "en"] + runner.folderArguments, input: "1991\n4\n\n4\n:quit\n")
        #expect(session.status == 0)
        let source = runner.decks.appendingPathComponent("nato-russia.vi.txt")
        let text = try String(contentsOf: source, encoding: .utf8)
        // Rewritten beyond a small edit: the old card cannot be matched (a typo fix would keep it; see CheckCommandTests).
        let edited = text.replacingOccurrences(of: "Quan hệ NATO–Nga, mối quan hệ giữa liên minh quân sự NATO và Liên bang Nga được thiết lập",
                                               with: "Khối NATO và nước Nga mở kênh đối thoại chính thức đầu tiên")
        #expect(edited != text)
        try Data(edited.utf8).write(to: source)
        let result = try runner.run(["generate", source.path, "--lang", "en"] + runner.folderArguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 card keeps its progress"))
        #expect(result.stdout.contains("1 studied card is no longer in the deck"))
        let log = try String(contentsOf: runner.progress.appendingPathComponent("nato-russia/reviews.jsonl"), encoding: .utf8)
        #expect(log.split(separator: "\n").filter { $0.contains("\"card\"") }.count == 2)
    }
}

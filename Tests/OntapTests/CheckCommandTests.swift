import Foundation
import Testing

/// `ontap check`: a generated deck passes; a hand-damaged card is flagged with its id and reason, exit status 1.
@Suite struct CheckCommandTests {
    @Test func generatedDeckPassesAndDamagedCardsAreFlagged() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let clean = try runner.run(["check", "nato-russia", "--lang", "en"] + runner.folderArguments)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.contains("0 of"))

        // Damage one card by hand: markup in the prompt and a pronoun for a subject.
        let url = runner.decks.appendingPathComponent("nato-russia.json")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains("\"kind\":\"date\"") })
        let damaged = try #require(lines[index].range(of: "\"prompt\":\""))
        lines[index].replaceSubrange(damaged, with: "\"prompt\":\"[[Ông]] ký ")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)

        let flagged = try runner.run(["check", "nato-russia", "--json"] + runner.folderArguments)
        #expect(flagged.status == 1)
        let rows = flagged.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(rows.count == 1)
        #expect((rows.first?["defects"] as? [String])?.contains("markup") == true)
    }
}

/// `ontap check` on a deck made before each event kept one face of its cards: a date card and a reverse card of one
/// event answer each other, and one of them is flagged `sibling`.
@Suite struct CheckSiblingsTests {
    @Test func cardsOfOneEventThatAnswerEachOtherAreFlagged() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        let url = runner.decks.appendingPathComponent("nato-russia.json")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains("\"kind\":\"date\"") })
        var reverse = lines[index].replacingOccurrences(of: "\"kind\":\"date\"", with: "\"kind\":\"reverse\"")
        let id = try #require(reverse.range(of: #""id":"c[0-9a-f]+""#, options: .regularExpression))
        reverse.replaceSubrange(id, with: "\"id\":\"c0123456789ab\"")
        let trailing = reverse.hasSuffix(",") ? "" : ","
        lines.insert(reverse + trailing, at: index)
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let flagged = try runner.run(["check", "nato-russia", "--json"] + runner.folderArguments)
        #expect(flagged.status == 1, "\(flagged.stdout)\(flagged.stderr)")
        let rows = flagged.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(rows.contains { ($0["defects"] as? [String])?.contains("sibling") == true })
    }
}

/// Fixing a word in the source must not orphan the cards already studied.
@Suite struct RegenerateAfterEditTests {
    @Test func anEditedSentenceKeepsItsCardsProgress() throws {
        let runner = try OntapRunner()
        defer { runner.remove() }
        try runner.generateSeedDeck()
        // Answer every card that comes, so the edited sentence's cards are among the studied ones.
        let answers = String(repeating: "\n3\n", count: 40) + ":quit\n"
        let study = try runner.run(["study", "nato-russia", "--lang", "en"] + runner.folderArguments, input: answers)
        #expect(study.status == 0, "\(study.stderr)")
        let source = runner.decks.appendingPathComponent("nato-russia.vi.txt")
        let text = try String(contentsOf: source, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "Liên bang Nga được thiết lập", with: "Liên bang Nga đã được thiết lập")
        #expect(edited != text)
        try edited.write(to: source, atomically: true, encoding: .utf8)
        let again = try runner.run(["generate", source.path, "--lang", "en"] + runner.folderArguments)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("1 edited event keeps its card ids"))
        #expect(!again.stdout.contains("no longer in the deck"), "\(again.stdout)")
    }
}

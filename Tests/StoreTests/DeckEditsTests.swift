import Cards
import Foundation
import Testing
import Timeline
@testable import Store

/// A learner's edits live in the deck file, are read card by card and whole, and survive regeneration.
@Suite struct DeckEditsTests {
    func deck() -> Deck {
        let events = (0..<4).map { i in
            Event(date: String(1950 + i), start: 0, end: 1, sentenceStart: 0, sentenceEnd: 1,
                  sentence: "Năm \(1950 + i), Hội đồng Bảo an họp tại Genève lần \(i).",
                  statement: "Hội đồng Bảo an họp tại Genève lần \(i)", actors: ["Hội đồng Bảo an"], dateSurface: "năm \(1950 + i)")
        }
        return DeckGenerator().makeDeck(name: "sua", events: events, language: .vi, source: DeckSource(file: "t.txt", sha256: "00"))
    }

    @Test func anEditIsKeptAndReadBothWays() throws {
        let folder = TemporaryFolder()
        let store = DeckStore(directory: folder.url)
        let original = deck()
        try store.save(original)
        let target = original.cards[2]
        let edited = try #require(try store.saveEdit(CardEdit(prompt: "Câu hỏi mới?", accepted: ["đáp án khác"]), of: target.id, inDeck: "sua"))
        #expect(edited.prompt == "Câu hỏi mới?")
        try store.saveEdit(CardEdit(accepted: ["thêm nữa"]), of: target.id, inDeck: "sua")

        let whole = try store.load("sua")
        #expect(whole.edits[target.id] == CardEdit(prompt: "Câu hỏi mới?", accepted: ["đáp án khác", "thêm nữa"]))
        let card = try #require(whole.cards.first { $0.id == target.id })
        #expect(card.prompt == "Câu hỏi mới?" && card.accepted.suffix(2) == ["đáp án khác", "thêm nữa"])

        let lazy = try store.openForStudy("sua")
        #expect(lazy is DeckFileIndex)
        #expect(lazy.card(at: 2) == card)
        #expect(lazy.card(at: 1) == original.cards[1])
    }

    @Test func regeneratingKeepsTheEditsOfCardsStillThere() throws {
        var previous = deck()
        previous.edits = [previous.cards[0].id: CardEdit(accepted: ["x"]), "gone": CardEdit(prompt: "p")]
        var regenerated = deck()
        regenerated.carryEdits(from: previous)
        #expect(regenerated.edits.keys.sorted() == [previous.cards[0].id])
        #expect(regenerated.cards[0].accepted.contains("x"))
    }
}

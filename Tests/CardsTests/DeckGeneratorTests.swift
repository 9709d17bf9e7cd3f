import Testing
import Timeline
@testable import Cards

@Suite struct DeckGeneratorTests {
    let source = DeckSource(file: "t.txt", sha256: "00")

    @Test(arguments: [Language.vi, .en])
    func makesEveryKind(language: Language) {
        let events = language == .vi ? TestEvents.vietnamese : TestEvents.english
        let deck = DeckGenerator().makeDeck(name: "t", events: events, language: language, source: source)
        // (each kind made alone; the whole deck keeps one face of each event's cards, so it holds some of them)
        for kind in CardKind.allCases {
            let alone = DeckGenerator(kinds: [kind]).makeDeck(name: "t", events: events, language: language, source: source)
            #expect(alone.cards.contains { $0.kind == kind }, "\(kind)")
        }
        #expect(Set(deck.cards.map(\.kind)).count >= 3)
        #expect(Set(deck.cards.map(\.id)).count == deck.cards.count)
        let eventIDs = Set(deck.events.map(\.id))
        for card in deck.cards {
            #expect(eventIDs.contains(card.eventID))
            #expect(!card.sourceSentence.isEmpty)
            #expect(!card.sourceSentence.contains("[4]") && !card.sourceSentence.contains("[12]"))
        }
    }

    @Test func kindsChooseTheCards() {
        // (date cards: a chronology item never shows the event of a kept cloze or reverse card, which it would answer)
        let deck = DeckGenerator(kinds: [.dateRecall, .chronology]).makeDeck(name: "t", events: TestEvents.english,
                                                                            language: .en, source: source)
        #expect(Set(deck.cards.map(\.kind)) == [.dateRecall, .chronology])
    }

    @Test func duplicateEventsAreKeptOnce() {
        let events = TestEvents.english + TestEvents.english
        let deck = DeckGenerator(kinds: [.dateRecall]).makeDeck(name: "t", events: events, language: .en, source: source)
        #expect(deck.events.count == TestEvents.english.count)
    }

    @Test func languageOverrideChangesTheWording() {
        let text = "Ngày 27 tháng 5 năm 1997, NATO và Nga ký Đạo luật sáng lập."
        let generator = DeckGenerator(kinds: [.reverse])
        let vi = generator.generate(name: "t", text: text, sourceFile: "t.txt", sourceSHA256: "00")
        let en = generator.generate(name: "t", text: text, sourceFile: "t.txt", sourceSHA256: "00", language: .en)
        #expect(vi.language == .vi && en.language == .en)
        #expect(vi.cards.allSatisfy { $0.prompt.hasPrefix("Sự kiện nào") })
        #expect(en.cards.allSatisfy { $0.prompt.hasPrefix("What happened") })
    }

    /// Ids come from content: a deck made again, or from its events in another order, has the same cards.
    @Test func regeneratingGivesTheSameDeck() {
        let generator = DeckGenerator()
        let a = generator.makeDeck(name: "t", events: TestEvents.vietnamese, language: .vi, source: source)
        let b = generator.makeDeck(name: "t", events: TestEvents.vietnamese.reversed(), language: .vi, source: source)
        #expect(a == generator.makeDeck(name: "t", events: TestEvents.vietnamese, language: .vi, source: source))
        #expect(a.cards.sorted { $0.id < $1.id } == b.cards.sorted { $0.id < $1.id })
    }

    /// Pinned ids: a change here breaks every learner's progress, so it must be deliberate.
    @Test func idsArePinned() throws {
        let deckEvent = TestEvents.deckEvent(TestEvents.event("1997-05-27", "NATO và Nga ký Đạo luật sáng lập"))
        #expect(deckEvent.id == ContentID.make("e", "1997-05-27", "NATO và Nga ký Đạo luật sáng lập"))
        let card = try #require(DateRecallCardMaker(language: .vi).card(for: deckEvent))
        #expect(card.id == ContentID.make("c", deckEvent.id, "date"))
        #expect(card.id.hasPrefix("c") && card.id.count == 13)
        // The same values computed independently (Python hashlib over the NFC parts joined by U+001F).
        #expect(deckEvent.id == "e62f15a544572")
        #expect(card.id == "c5c1df4d939fa")
    }

    @Test func deckRoundTripsThroughJSON() throws {
        let deck = DeckGenerator().makeDeck(name: "t", events: TestEvents.english, language: .en, source: source)
        let data = try JSONEncoder().encode(deck)
        #expect(try JSONDecoder().decode(Deck.self, from: data) == deck)
    }
}

import Foundation

@Suite struct CardKindListTests {
    @Test(arguments: [("date,cloze", [CardKind.dateRecall, .cloze]), ("mc chronology", [.multipleChoice, .chronology]),
                      ("all", CardKind.allCases), ("Reverse,reverse", [.reverse])])
    func parses(text: String, kinds: [CardKind]) throws {
        #expect(try CardKind.list(from: text) == kinds)
    }

    @Test func unknownKindIsNamed() {
        #expect(throws: CardKindError.unknown("quiz")) { try CardKind.list(from: "date,quiz") }
        #expect(throws: CardKindError.empty) { try CardKind.list(from: " , ") }
    }
}

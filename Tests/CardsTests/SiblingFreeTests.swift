import Testing
import Timeline
@testable import Cards

/// `export --one-per-event`: one card per event (a date card first), chronology cards kept.
@Suite struct SiblingFreeTests {
    @Test func oneCardPerEventAndTheChronologies() {
        let deck = DeckGenerator().makeDeck(name: "t", events: TestEvents.vietnamese, language: .vi,
                                            source: DeckSource(file: "t", sha256: ""))
        let free = SiblingFree.deck(deck)
        let single = free.cards.filter { $0.kind != .chronology }
        #expect(Set(single.map(\.eventID)).count == single.count)
        #expect(free.cards.filter { $0.kind == .chronology }.count == deck.cards.filter { $0.kind == .chronology }.count)
        // every event that had a card still has one, and a date card where it had one
        for event in Set(deck.cards.filter { $0.kind != .chronology }.map(\.eventID)) {
            let kept = single.first { $0.eventID == event }
            #expect(kept != nil)
            if deck.cards.contains(where: { $0.eventID == event && $0.kind == .dateRecall }) { #expect(kept?.kind == .dateRecall) }
        }
        #expect(free.cards.count < deck.cards.count)
    }
}

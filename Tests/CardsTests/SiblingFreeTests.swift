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

/// `generate`: each event keeps cards of one face, so no card of the deck answers another card of its event.
@Suite struct SiblingFacesTests {
    static func made(_ kinds: [CardKind] = CardKind.allCases) -> (deck: Deck, report: GenerationReport) {
        DeckGenerator(kinds: kinds).makeDeckReporting(name: "t", events: TestEvents.vietnamese, language: .vi,
                                                      source: DeckSource(file: "t", sha256: ""))
    }

    @Test func noCardShowsTheAnswerOfAnotherCardOfItsEvent() {
        let (deck, report) = Self.made()
        // (the rule had work to do here: some cards were left out for it)
        #expect(report.drops.contains { $0.defect == .sibling })
        let byEvent = Dictionary(grouping: deck.cards.filter { $0.kind != .chronology }, by: \.eventID)
        for cards in byEvent.values {
            for card in cards {
                for other in cards where other.id != card.id {
                    let shown = TextNormalizer.answerKey(other.prompt)
                    #expect(!shown.contains(TextNormalizer.answerKey(card.answer)), "\(other.prompt) answers \(card.prompt)")
                }
            }
            #expect(Set(cards.compactMap(SiblingFree.Face.init(of:))).count == 1)
        }
    }

    @Test func anEventKeepsItsFaceWhateverTheRestOfTheDeck() {
        let cards = Self.made().deck.cards
        let kept = Set(SiblingFree.faces(cards).kept.map(\.id))
        // the same cards in another order, or one event's cards alone, keep the same cards of that event
        #expect(Set(SiblingFree.faces(cards.reversed()).kept.map(\.id)) == kept)
        for eventID in Set(cards.map(\.eventID)) {
            let own = cards.filter { $0.eventID == eventID }
            #expect(Set(SiblingFree.faces(own).kept.map(\.id)) == kept.intersection(own.map(\.id)))
        }
    }

    @Test func oneKindAskedLosesNothingToTheRule() {
        for kind in CardKind.allCases {
            #expect(!Self.made([kind]).report.drops.contains { $0.defect == .sibling })
        }
    }

    @Test func aReverseCardAndAClozeStayTogetherOnlyWhenTheyAskOneName() {
        func card(_ kind: CardKind, _ answer: String, event: String) -> Card {
            Card(id: "c-\(kind.rawValue)-\(answer)", kind: kind, prompt: "…", answer: answer, eventID: event, sourceSentence: "…")
        }
        // an event id whose face is "what" among the two faces offered (the date card and the name asked)
        let event = try? #require((0..<64).map { "e\($0)" }.first { id in
            SiblingFree.faces([card(.dateRecall, "năm 1960", event: id), card(.reverse, "Lê Duẩn", event: id)]).kept
                .contains { $0.kind == .reverse }
        })
        guard let event else { return }
        let same = SiblingFree.faces([card(.dateRecall, "năm 1960", event: event), card(.reverse, "Lê Duẩn", event: event),
                                      card(.cloze, "Lê Duẩn", event: event)])
        #expect(Set(same.kept.map(\.kind)) == [.reverse, .cloze])
        #expect(same.dropped.map(\.kind) == [.dateRecall])
        let different = SiblingFree.faces([card(.dateRecall, "năm 1960", event: event), card(.reverse, "Lê Duẩn", event: event),
                                           card(.cloze, "Hà Nội", event: event)])
        #expect(different.kept.count == 1)
        #expect(different.kept.first.map { [.reverse, .cloze].contains($0.kind) } == true)
    }
}

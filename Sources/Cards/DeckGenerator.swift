import Timeline

/// Turns a source text into a deck: extract dated events, then make cards of the chosen kinds.
public struct DeckGenerator: Sendable {
    public var kinds: [CardKind]
    public var extractor: EventExtractor

    public init(kinds: [CardKind] = CardKind.allCases, extractor: EventExtractor = EventExtractor()) {
        self.kinds = kinds
        self.extractor = extractor
    }

    /// A deck named `name` from `text` (the bytes of `sourceFile` hash to `sourceSHA256`).
    public func generate(name: String, text: String, sourceFile: String, sourceSHA256: String,
                         language: Language? = nil) -> Deck {
        let extraction = extractor.extract(text, language: language)
        return makeDeck(name: name, events: extraction.events, language: extraction.language,
                        source: DeckSource(file: sourceFile, sha256: sourceSHA256))
    }

    /// A deck from events already found (prose or a structured timeline file).
    public func makeDeck(name: String, events: [Event], language: Language, source: DeckSource) -> Deck {
        var seen = Set<String>()
        let deckEvents = events.compactMap { event -> DeckEvent? in
            let id = ContentID.make("e", event.date, event.statement)
            guard seen.insert(id).inserted else { return nil }
            return DeckEvent(id: id, event: event)
        }
        var cards: [Card] = []
        var cardIDs = Set<String>()
        for kind in kinds {
            for card in makeCards(kind, events: deckEvents, language: language) where cardIDs.insert(card.id).inserted {
                cards.append(card)
            }
        }
        return Deck(name: name, language: language, source: source, events: deckEvents, cards: cards)
    }

    func makeCards(_ kind: CardKind, events: [DeckEvent], language: Language) -> [Card] {
        switch kind {
        case .dateRecall: return events.compactMap { DateRecallCardMaker(language: language).card(for: $0) }
        case .reverse: return events.compactMap { ReverseCardMaker(language: language).card(for: $0) }
        case .cloze, .multipleChoice, .chronology: return []
        }
    }
}

import Timeline

/// Turns a source text into a deck: extract dated events, then make cards of the chosen kinds.
///
/// Deterministic: no random source; every choice (distractors, letter positions, shuffles, chronology groups) is
/// derived from content ids, so the same events give the same cards in any input order.
public struct DeckGenerator: Sendable {
    /// The kinds of card to make (`--kinds`), in this order.
    public var kinds: [CardKind]
    /// Finds the dated events in a text.
    public var extractor: EventExtractor

    /// A generator of `kinds` cards using `extractor`.
    public init(kinds: [CardKind] = CardKind.allCases, extractor: EventExtractor = EventExtractor()) {
        self.kinds = kinds
        self.extractor = extractor
    }

    /// A deck named `name` from `text` (the bytes of `sourceFile` hash to `sourceSHA256`); `language` overrides
    /// the detected language of the text and the cards.
    public func generate(name: String, text: String, sourceFile: String, sourceSHA256: String,
                         language: Language? = nil) -> Deck {
        let extraction = extractor.extract(text, language: language)
        return makeDeck(name: name, events: extraction.events, language: language ?? extraction.language,
                        source: DeckSource(file: sourceFile, sha256: sourceSHA256))
    }

    /// A deck from events already found (prose or a structured timeline file).
    public func makeDeck(name: String, events: [Event], language: Language, source: DeckSource) -> Deck {
        let deckEvents = DeckGenerator.deckEvents(from: events)
        var cards: [Card] = []
        var cardIDs = Set<String>()
        for kind in kinds {
            for card in makeCards(kind, events: deckEvents, language: language) where cardIDs.insert(card.id).inserted {
                cards.append(card)
            }
        }
        return Deck(name: name, language: language, source: source, events: deckEvents, cards: cards)
    }

    /// Events with content ids, in text order, each once (of duplicates, the one with the first sentence in
    /// alphabetical order is kept, so the result does not depend on the input order).
    public static func deckEvents(from events: [Event]) -> [DeckEvent] {
        var kept: [String: (index: Int, event: Event)] = [:]
        for (index, event) in events.enumerated() where !event.statement.isEmpty {
            let id = ContentID.make("e", event.date, TextNormalizer.nfc(event.statement))
            if let existing = kept[id], existing.event.sentence <= event.sentence { continue }
            kept[id] = (kept[id]?.index ?? index, event)
        }
        return kept.sorted { $0.value.index < $1.value.index }.map { DeckEvent(id: $0.key, event: $0.value.event) }
    }

    func makeCards(_ kind: CardKind, events: [DeckEvent], language: Language) -> [Card] {
        switch kind {
        case .dateRecall:
            return events.compactMap { DateRecallCardMaker(language: language).card(for: $0) }
        case .reverse:
            return reverseCards(events: events, language: language)
        case .cloze:
            return clozeCards(events: events, language: language)
        case .multipleChoice:
            let maker = MultipleChoiceCardMaker(language: language, deckEvents: events)
            return events.compactMap { maker.card(for: $0) }
        case .chronology:
            return ChronologyCardMaker(language: language).cards(for: events)
        }
    }

    /// Reverse cards; the events whose dates fall inside the asked date are accepted too (at most
    /// `ReverseCardMaker.maxAccepted`, the first by id), found through a list sorted by start.
    func reverseCards(events: [DeckEvent], language: Language) -> [Card] {
        let dated = events.compactMap { event in DateSpan(value: event.event.date).map { (event, $0) } }
            .sorted { ($0.1.first, $0.0.id) < ($1.1.first, $1.0.id) }
        let maker = ReverseCardMaker(language: language)
        return events.compactMap { event in
            guard let span = DateSpan(value: event.event.date) else { return maker.card(for: event, sameDate: []) }
            var low = 0, high = dated.count
            while low < high {
                let mid = (low + high) / 2
                if dated[mid].1.first < span.first { low = mid + 1 } else { high = mid }
            }
            var inside: [DeckEvent] = []
            var index = low
            while index < dated.count, dated[index].1.first <= span.last, index - low < ReverseCardMaker.maxScan {
                if dated[index].0.id != event.id, dated[index].1.last <= span.last { inside.append(dated[index].0) }
                index += 1
            }
            let others = inside.sorted { $0.id < $1.id }.prefix(ReverseCardMaker.maxAccepted)
            return maker.card(for: event, sameDate: Array(others))
        }
    }

    /// Cloze cards; two events of one sentence blank different names (decided in id order, not input order).
    func clozeCards(events: [DeckEvent], language: Language) -> [Card] {
        let maker = ClozeCardMaker(language: language)
        var taken: [String: Set<String>] = [:]
        var byEvent: [String: Card] = [:]
        for event in events.sorted(by: { $0.id < $1.id }) {
            let sentence = CitationMarks.removed(from: event.event.sentence)
            guard let card = maker.card(for: event, taken: taken[sentence] ?? []) else { continue }
            taken[sentence, default: []].insert(card.answer)
            byEvent[event.id] = card
        }
        return events.compactMap { byEvent[$0.id] }
    }
}

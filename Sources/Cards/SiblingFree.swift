/// A deck with at most one card per event (and its chronology cards), for places that cannot keep siblings apart:
/// an Anki export (Anki buries only cards of one note), a printed sheet. Cards of one event answer each other — the
/// date card names the people a cloze blanks, the cloze shows the year the date card asks — so a tool that shows them
/// on the same day teaches nothing with the second.
public enum SiblingFree {
    /// The kinds in the order one is kept: the date first (the question the exam asks most), then one name asked.
    static let preference: [CardKind] = [.dateRecall, .reverse, .multipleChoice, .cloze]

    /// `deck` keeping, for each event, its first card in `preference` order; chronology cards (several events,
    /// no date shown) and kinds outside the list stay.
    public static func deck(_ deck: Deck) -> Deck {
        var chosen: [String: Card] = [:]
        for card in deck.cards {
            guard let rank = preference.firstIndex(of: card.kind) else { continue }
            if let kept = chosen[card.eventID], let keptRank = preference.firstIndex(of: kept.kind), keptRank <= rank {
                continue
            }
            chosen[card.eventID] = card
        }
        let keep = Set(chosen.values.map(\.id))
        var result = deck
        result.cards = deck.cards.filter { !preference.contains($0.kind) || keep.contains($0.id) }
        return result
    }
}

import Cards

/// One option of a chronology or "which event" card with its date, to explain the answer item by item.
public struct DatedChoice: Equatable, Sendable {
    /// The option's letter on the card.
    public var letter: String
    /// The option as shown.
    public var text: String
    /// Its date as written on the card.
    public var date: String

    /// A card's options with their dates: a chronology in the right order, other cards in letter order; empty when
    /// the card carries no dates.
    public static func list(for card: Card) -> [DatedChoice] {
        guard card.choiceDates.count == card.choices.count, !card.choices.isEmpty else { return [] }
        let all = card.choices.indices.map {
            DatedChoice(letter: ChoiceLetters.letter($0), text: card.choices[$0], date: card.choiceDates[$0])
        }
        guard card.kind.behaviour.answerIsOrder,
              let order = ChoiceLetters.indices(in: card.answer, optionCount: card.choices.count),
              order.count == all.count else { return all }
        return order.map { all[$0] }
    }
}

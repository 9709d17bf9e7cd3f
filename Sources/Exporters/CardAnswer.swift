import Cards

/// The answer side of a card as plain-text lines, the same in every format: a multiple-choice answer names its
/// letter and option (`B. 1997`); a chronology answer gives the letters, then each event in order with its date.
enum CardAnswer {
    /// The answer's lines (one for most cards).
    static func lines(of card: Card) -> [String] {
        card.kind.behaviour.answerLines(of: card)
    }

    /// The answer on one line (`" / "` between lines), for formats without line breaks.
    static func singleLine(of card: Card) -> String { Escaping.singleLine(lines(of: card).joined(separator: "\n")) }
}

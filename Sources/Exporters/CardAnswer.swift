import Cards

/// The answer side of a card as plain-text lines, the same in every format: a multiple-choice answer names its
/// letter and option (`B. 1997`); a chronology answer gives the letters, then each event in order with its date.
enum CardAnswer {
    /// The answer's lines (one for most cards).
    static func lines(of card: Card) -> [String] {
        switch card.kind {
        case .multipleChoice:
            guard let letter = card.correctLetter else { return [card.answer] }
            return ["\(letter). \(card.answer)"]
        case .chronology:
            guard let order = ChoiceLetters.indices(in: card.answer, optionCount: card.choices.count),
                  order.count == card.choices.count else { return [card.answer] }
            let dated = card.choiceDates.count == card.choices.count
            return [order.map(ChoiceLetters.letter).joined(separator: " → ")] + order.map { index in
                "\(ChoiceLetters.letter(index)). \(card.choices[index])" + (dated ? " (\(card.choiceDates[index]))" : "")
            }
        case .dateRecall, .reverse, .cloze:
            return [card.answer]
        }
    }

    /// The answer on one line (`" / "` between lines), for formats without line breaks.
    static func singleLine(of card: Card) -> String { Escaping.singleLine(lines(of: card).joined(separator: "\n")) }
}

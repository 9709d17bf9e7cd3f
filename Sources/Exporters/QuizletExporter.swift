import Cards

/// Text for Quizlet's "Import" box: `term<TAB>definition`, one card a line (Quizlet's default separators).
///
/// Quizlet has no quoting, so a tab inside a field becomes a space and line breaks become ` / ` (the lettered
/// choices of a multiple-choice card follow the question on the same line). The definition is the answer as every
/// format writes it (`CardAnswer`: the letter and option; a chronology's order with dates). Quizlet keeps no ids,
/// so this is the one format without the card's guid.
public struct QuizletExporter: TextDeckExporter {
    /// The exporter (no options).
    public init() {}

    /// Plain text to paste.
    public var fileExtension: String { "txt" }

    /// One `term<TAB>definition` line per card.
    public func text(_ input: ExportInput) -> String {
        input.deck.cards.map { card in
            let term = Escaping.singleLine(card.displayText)
            return term + "\t" + CardAnswer.singleLine(of: card) + "\n"
        }.joined()
    }
}

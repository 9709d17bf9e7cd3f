/// An answer that cannot be judged because it does not answer in the card's form: asked again, never marked.
public enum AnswerRejection: Equatable, Sendable {
    /// A letter that labels none of the options (`E` when there are A–D).
    case notAnOption(typed: String, letters: [String])
    /// A chronology answer that is not each option's letter exactly once.
    case notAnOrder(letters: [String])
}

extension AnswerChecker {
    /// Why `input` cannot be judged for `card`, or nil when it can (an empty answer can: it shows the answer).
    public func rejection(of input: String, for card: Card) -> AnswerRejection? {
        let typed = TextNormalizer.answerKey(input)
        guard !typed.isEmpty else { return nil }
        return card.kind.behaviour.rejection(of: input, typed: typed, card: card)
    }
}

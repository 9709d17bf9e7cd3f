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
        let letters = card.choices.indices.map(ChoiceLetters.letter)
        switch card.kind {
        case .multipleChoice:
            let words = typed.split(separator: " ")
            guard let last = words.last, last.count == 1, last.first?.isLetter == true, last.first?.isASCII == true,
                  words.dropLast().allSatisfy({ Self.choiceWords.contains(String($0)) }),
                  ChoiceLetters.indices(in: String(last), optionCount: card.choices.count) == nil
            else { return nil }
            return .notAnOption(typed: last.uppercased(), letters: letters)
        case .chronology:
            guard let order = ChoiceLetters.indices(in: input, optionCount: card.choices.count),
                  order.count == card.choices.count, Set(order).count == order.count
            else { return .notAnOrder(letters: letters) }
            return nil
        case .dateRecall, .reverse, .cloze:
            return nil
        }
    }
}

import Cards
import Scheduling

/// A hint, more of the answer at each level: letters of the answer, options ruled out, the start of an order.
public enum Hint: Equatable, Sendable {
    /// The answer with letters hidden (`N___ H__ 19__`).
    case letters(String)
    /// Options ruled out (multiple choice).
    case ruledOut([String])
    /// The first letters of the right order (chronology).
    case startsWith([String])

    /// How many levels a card's hint has.
    public static let levels = 3

    /// The hint at `level` (1…3) for `card`, nil when the card has none.
    public static func make(for card: Card, level: Int) -> Hint? {
        let level = max(1, min(levels, level))
        switch card.kind.behaviour.hintStyle {
        case .ruleOutOptions:
            let right = card.correctLetter
            var wrong = card.choices.indices.map(ChoiceLetters.letter).filter { $0 != right }
            guard wrong.count >= 2 else { return nil }     // ruling out the last wrong option would give it away
            // Ruled out in an order fixed by the card, so asking again gives the same hint.
            var generator = SplitMix64(seed: ContentID.seed(of: card.id))
            wrong.shuffle(using: &generator)
            return .ruledOut(Array(wrong.prefix(min(level, wrong.count - 1))).sorted())
        case .orderStart:
            guard let order = ChoiceLetters.indices(in: card.answer, optionCount: card.choices.count), order.count >= 2
            else { return nil }
            return .startsWith(order.prefix(min(level, order.count - 1)).map(ChoiceLetters.letter))
        case .maskedAnswer:
            return .letters(masked(card.answer, level: level))
        }
    }

    /// Each word shows more letters at each level (never all); a number shows all but its last 3, 2, 1 digits.
    static func masked(_ answer: String, level: Int) -> String {
        answer.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let characters = Array(word)
            let isNumber = !characters.isEmpty && characters.allSatisfy(\.isNumber)
            let shown = isNumber ? max(0, characters.count - (Hint.levels + 1 - level))
                : min(max(0, characters.count - 1), max(1, (characters.count * level + 2) / 4))
            return characters.enumerated().map { index, character in
                index < shown || !(character.isLetter || character.isNumber) ? String(character) : "_"
            }.joined()
        }.joined(separator: " ")
    }
}

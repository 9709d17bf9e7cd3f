import Timeline

/// Judges a typed answer against a card, forgiving case, punctuation, Unicode form and the many ways to write a date.
public struct AnswerChecker: Sendable {
    /// A checker; it holds no state.
    public init() {}

    /// The verdict for `input` on `card`.
    public func check(_ input: String, for card: Card) -> AnswerVerdict {
        let typed = TextNormalizer.answerKey(input)
        guard !typed.isEmpty else { return .wrong }
        return card.kind.behaviour.verdict(input, typed: typed, card: card, checker: self)
    }

    /// Exact (after normalisation) is correct; the same without diacritics or with a small typo is almost.
    func checkText(_ typed: String, card: Card) -> AnswerVerdict {
        textVerdict(typed, candidates: [card.answer] + card.accepted)
    }

    /// Typo tolerance is for text only: a candidate whose numbers differ from the typed ones (1945 for 1954,
    /// 2020 for 2002) is never almost.
    func textVerdict(_ typed: String, candidates: [String]) -> AnswerVerdict {
        if candidates.contains(where: { TextNormalizer.answerKey($0) == typed }) { return .correct }
        let loose = TextNormalizer.looseKey(typed)
        let typedNumbers = Self.numbers(in: typed)
        for candidate in candidates where Self.numbers(in: candidate) == typedNumbers {
            let expected = TextNormalizer.looseKey(candidate)
            if expected == loose { return .almost }
            // One typo in every eight letters, at least one from four letters on ("NAT0"); none in "XX".
            let allowed = expected.count < 4 ? 0 : max(1, expected.count / 8)
            if EditDistance.between(expected, loose, limit: allowed) <= allowed { return .almost }
        }
        return .wrong
    }

    /// The numbers written in digits as words of `text`, in order, compared as numbers ("07" is 7); a digit inside
    /// a word ("NAT0") is a typo in text, not a number.
    static func numbers(in text: String) -> [Int] {
        TextNormalizer.answerKey(text).split(separator: " ").compactMap { word in
            word.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(word.suffix(18)) : nil
        }
    }

    /// The numbers written in digits as words of `text` (see `numbers(in:)`), for other modules.
    public static func numbersIn(_ text: String) -> [Int] { numbers(in: text) }

    static let choiceWords: Set<String> = ["đáp", "án", "câu", "chọn", "phương", "the", "answer", "option", "is"]
}

import Timeline

/// Judges a typed answer against a card, forgiving case, punctuation, Unicode form and the many ways to write a date.
public struct AnswerChecker: Sendable {
    /// A checker; it holds no state.
    public init() {}

    /// The verdict for `input` on `card`.
    public func check(_ input: String, for card: Card) -> AnswerVerdict {
        let typed = TextNormalizer.answerKey(input)
        guard !typed.isEmpty else { return .wrong }
        switch card.kind {
        case .multipleChoice: return checkChoice(input, typed: typed, card: card)
        case .chronology: return checkOrder(input, card: card)
        case .dateRecall: return checkDate(input, card: card) ?? checkText(typed, card: card)
        case .cloze: return checkCloze(typed, card: card)
        case .reverse: return checkStatement(input, typed: typed, card: card)
        }
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

    /// A date typed in any form against the card's date: nil when either is not a date.
    func checkDate(_ input: String, card: Card) -> AnswerVerdict? {
        if let expected = DateAnswerParser.parsePeriod(card.answer) {
            guard let typed = DateAnswerParser.parsePeriod(input) else {
                return DateAnswerParser.parse(input).map { [expected.0, expected.1].contains($0) ? .almost : .wrong }
            }
            let verdicts = [DateAnswerParser.verdict(typed: typed.0, expected: expected.0),
                            DateAnswerParser.verdict(typed: typed.1, expected: expected.1)]
            return verdicts.allSatisfy { $0 == .correct } ? .correct : verdicts.contains(.wrong) ? .wrong : .almost
        }
        guard var typed = DateAnswerParser.parse(input),
              let expected = ([card.answer] + card.accepted).lazy.compactMap(DateAnswerParser.parse).first
        else { return nil }
        if expected.precision == .century, typed.precision == .year, (1...30).contains(typed.year) {
            typed = DateValue(centuryStarting: (typed.year - 1) * 100)  // "18" for "thế kỷ XVIII"
        }
        return DateAnswerParser.verdict(typed: typed, expected: expected)
    }

    /// A letter (`b`, `B.`, `(b)`, `đáp án B`) or the text of an option.
    func checkChoice(_ input: String, typed: String, card: Card) -> AnswerVerdict {
        let answerKey = TextNormalizer.answerKey(card.answer)
        let words = typed.split(separator: " ")
        if let last = words.last, last.count == 1, words.dropLast().allSatisfy({ Self.choiceWords.contains(String($0)) }),
           let index = ChoiceLetters.indices(in: String(last), optionCount: card.choices.count)?.first,
           last.first?.isLetter == true {
            return TextNormalizer.answerKey(card.choices[index]) == answerKey ? .correct : .wrong
        }
        if typed == answerKey { return .correct }
        if card.choices.contains(where: { TextNormalizer.answerKey($0) == typed }) { return .wrong }
        if let date = DateAnswerParser.parse(input), let expected = DateAnswerParser.parse(card.answer) {
            if date == expected { return .correct }
            if card.choices.contains(where: { DateAnswerParser.parse($0) == date }) { return .wrong }
            return DateAnswerParser.verdict(typed: date, expected: expected)
        }
        return textVerdict(typed, candidates: [card.answer]) == .almost ? .almost : .wrong
    }

    /// Letters or numbers in order ("CADB", "c a d b", "C, A, D, B", "3142"); one neighbour swap is almost.
    func checkOrder(_ input: String, card: Card) -> AnswerVerdict {
        let count = card.choices.count
        guard let expected = ChoiceLetters.indices(in: card.answer, optionCount: count),
              let typed = ChoiceLetters.indices(in: input, optionCount: count) else { return .wrong }
        if typed == expected { return .correct }
        guard typed.count == expected.count, Set(typed).count == typed.count else { return .wrong }
        let differing = typed.indices.filter { typed[$0] != expected[$0] }
        if differing.count == 2, differing[1] == differing[0] + 1 { return .almost }
        return .wrong
    }

    /// The blanked name; part of a multi-word name ("Lavrov" for "Sergey Lavrov") is almost.
    func checkCloze(_ typed: String, card: Card) -> AnswerVerdict {
        let verdict = checkText(typed, card: card)
        guard verdict == .wrong else { return verdict }
        let parts = TextNormalizer.answerKey(card.answer).split(separator: " ").map(String.init)
            .filter { $0.count >= 3 && !FunctionWords.all.contains($0) }
        let typedParts = Set(typed.split(separator: " ").map(String.init))
        guard Self.numbers(in: typed) == Self.numbers(in: card.answer) else { return .wrong }
        return parts.count >= 2 && parts.contains(where: typedParts.contains) ? .almost : .wrong
    }

    /// A statement typed from memory: judged by how much of the key content (actors, content words) it covers.
    /// A number typed that the statement does not hold (a wrong year) makes it wrong, however much else matches.
    func checkStatement(_ input: String, typed: String, card: Card) -> AnswerVerdict {
        if textVerdict(typed, candidates: [card.answer] + card.accepted) == .correct { return .correct }
        let typedNumbers = Set(Self.numbers(in: typed))
        let candidates = ([card.answer] + card.accepted).filter { typedNumbers.isSubset(of: Self.numbers(in: $0)) }
        guard !candidates.isEmpty else { return .wrong }
        let verdicts = candidates.map { KeyContent.verdict(typed: input, expected: $0) }
        if verdicts.contains(.correct) { return .correct }
        if verdicts.contains(.almost) || checkText(typed, card: card) == .almost { return .almost }
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

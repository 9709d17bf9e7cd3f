import Timeline

extension Card {
    /// The card as the learner sees it in plain text: the prompt, then lettered choices (`A. 1991`), one a line.
    ///
    /// With `howToAnswer`, a last line in `language` says how to answer (letters, an order, the blanked words).
    public func displayText(language: Language, howToAnswer: Bool = false) -> String {
        var lines = [prompt]
        lines += letteredChoices
        if howToAnswer, let hint = Card.howToAnswer(kind: kind, choiceCount: choices.count, in: language) {
            lines.append(hint)
        }
        return lines.joined(separator: "\n")
    }

    /// The choices labelled "A. …", "B. …" (empty for kinds without choices).
    public var letteredChoices: [String] {
        choices.enumerated().map { "\(ChoiceLetters.letter($0.offset)). \($0.element)" }
    }

    /// The letter of the correct option of a multiple-choice card, if it has one.
    public var correctLetter: String? {
        guard kind == .multipleChoice else { return nil }
        let key = TextNormalizer.answerKey(answer)
        return choices.firstIndex { TextNormalizer.answerKey($0) == key }.map(ChoiceLetters.letter)
    }

    static func howToAnswer(kind: CardKind, choiceCount: Int, in language: Language) -> String? {
        let letters = (0..<choiceCount).map(ChoiceLetters.letter)
        switch (kind, language) {
        case (.multipleChoice, .vi): return "(Trả lời bằng một chữ cái: \(letters.joined(separator: ", ")))"
        case (.multipleChoice, .en): return "(Answer with one letter: \(letters.joined(separator: ", ")))"
        // No example order: any example could be the answer itself.
        case (.chronology, .vi): return "(Gõ \(letters.count) chữ cái \(letters.joined(separator: ", ")) theo thứ tự từ sớm nhất đến muộn nhất)"
        case (.chronology, .en): return "(Type the \(letters.count) letters \(letters.joined(separator: ", ")) from earliest to latest)"
        case (.cloze, .vi): return "(Điền vào chỗ trống [...])"
        case (.cloze, .en): return "(Fill in the blank [...])"
        case (.dateRecall, _), (.reverse, _): return nil
        }
    }
}

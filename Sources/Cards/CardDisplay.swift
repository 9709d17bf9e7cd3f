import Timeline

extension Card {
    /// The card as the learner sees it in plain text: the prompt, then lettered choices (`A. 1991`), one a line.
    ///
    /// With `howToAnswer`, a last line in `language` says how to answer (letters, an order, the blanked words).
    public func displayText(language: Language, howToAnswer: Bool = false) -> String {
        var lines = [prompt]
        lines += letteredChoices
        if howToAnswer, let instruction = kind.behaviour.answerInstruction(choiceCount: choices.count) {
            lines.append(Card.howToAnswer(instruction, in: language))
        }
        return lines.joined(separator: "\n")
    }

    /// The choices labelled "A. …", "B. …" (empty for kinds without choices).
    public var letteredChoices: [String] {
        choices.enumerated().map { "\(ChoiceLetters.letter($0.offset)). \($0.element)" }
    }

    /// The letter of the correct option of a multiple-choice card, if it has one.
    public var correctLetter: String? { kind.behaviour.correctLetter(of: self) }

    /// `instruction` in `language`.
    static func howToAnswer(_ instruction: AnswerInstruction, in language: Language) -> String {
        switch (instruction, language) {
        case (.oneLetter(let letters), .vi): return "(Trả lời bằng một chữ cái: \(letters.joined(separator: ", ")))"
        case (.oneLetter(let letters), .en): return "(Answer with one letter: \(letters.joined(separator: ", ")))"
        case (.order(let letters), .vi): return "(Gõ \(letters.count) chữ cái \(letters.joined(separator: ", ")) theo thứ tự từ sớm nhất đến muộn nhất)"
        case (.order(let letters), .en): return "(Type the \(letters.count) letters \(letters.joined(separator: ", ")) from earliest to latest)"
        case (.fillBlank, .vi): return "(Điền vào chỗ trống [...])"
        case (.fillBlank, .en): return "(Fill in the blank [...])"
        }
    }
}

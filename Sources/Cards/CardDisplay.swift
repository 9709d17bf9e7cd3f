extension Card {
    /// The card as the learner sees it in plain text: the prompt, then lettered choices (`A. 1991`), one a line.
    ///
    /// How to answer it (letters, an order, the blanked words) is the kind's `answerInstruction`, worded by the
    /// interface (`Messages.cardText`).
    public var displayText: String {
        ([prompt] + letteredChoices).joined(separator: "\n")
    }

    /// The choices labelled "A. …", "B. …" (empty for kinds without choices).
    public var letteredChoices: [String] {
        choices.enumerated().map { "\(ChoiceLetters.letter($0.offset)). \($0.element)" }
    }

    /// The letter of the correct option of a multiple-choice card, if it has one.
    public var correctLetter: String? { kind.behaviour.correctLetter(of: self) }
}

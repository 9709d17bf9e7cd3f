import Timeline

/// A–D, in the style of the Vietnamese national history exam (`CardKind.multipleChoice`): made by
/// `MultipleChoiceCardMaker` (four dates, or four events), answered by a letter or an option's text.
struct MultipleChoiceKind: CardKindBehaviour {
    var kind: CardKind { .multipleChoice }
    var nameKey: String { "multipleChoice" }
    var aliases: [String] { ["mc", "multiple-choice", "multiplechoice", "choices"] }

    func cards(for events: [DeckEvent], making: CardMaking) -> [Card] {
        var maker = MultipleChoiceCardMaker(language: making.language, deckEvents: making.options, sentenceEvents: making.usable)
        maker.commonWords = making.commonWords
        maker.sameHappening = making.sameHappening
        let fixedMaker = maker
        return ParallelMap.compactMap(events) { fixedMaker.card(for: $0) }
    }

    func defects(of card: Card, event: Event?, check: CardCheck) -> Set<CardDefect> {
        var found: Set<CardDefect> = []
        if check.hasOrphanBeforeQuestion(card) { found.insert(.leftover) }
        let keys = Set(card.choices.map(TextNormalizer.answerKey))
        if card.choices.count < 4 || keys.count < card.choices.count
            || !keys.contains(TextNormalizer.answerKey(card.answer)) { found.insert(.badOptions) }
        if let event, check.optionsRepeatSentenceDates(card, event: event) { found.insert(.badOptions) }
        if let event, event.when?.isPeriod != true, card.choiceDates.isEmpty,
           QuestionText.reveals(card.prompt, date: event.when) { found.insert(.leak) }
        return found
    }

    func answerInstruction(choiceCount: Int) -> AnswerInstruction? {
        .oneLetter((0..<choiceCount).map(ChoiceLetters.letter))
    }

    func correctLetter(of card: Card) -> String? {
        let key = TextNormalizer.answerKey(card.answer)
        return card.choices.firstIndex { TextNormalizer.answerKey($0) == key }.map(ChoiceLetters.letter)
    }

    /// The letter and the option (`B. 1997`).
    func answerLines(of card: Card) -> [String] {
        guard let letter = correctLetter(of: card) else { return [card.answer] }
        return ["\(letter). \(card.answer)"]
    }

    /// A "which event" card ("Sự kiện nào sau đây diễn ra vào năm 1471?", one prompt for many cards) is told apart
    /// by its answer, the event.
    func listingText(of card: Card) -> String {
        card.choiceDates.isEmpty ? card.prompt : card.answer + " — " + card.prompt
    }

    /// `B. 1997` → "1997" when B is one of the options.
    func answer(readFrom back: String, choices: [String]) -> (answer: String, choiceDates: [String])? {
        for index in 0..<min(choices.count, 26) where back.hasPrefix(ChoiceLetters.letter(index) + ". ") {
            return (String(back.dropFirst(3)), [])
        }
        return nil
    }

    var hasLetteredOptions: Bool { true }
    var sourceHidesAllNumbers: Bool { true }
    var hintStyle: HintStyle { .ruleOutOptions }
    var examForm: ExamForm? { .choice }

    /// A letter (`b`, `B.`, `(b)`, `đáp án B`) or the text of an option.
    func verdict(_ input: String, typed: String, card: Card, checker: AnswerChecker) -> AnswerVerdict {
        let answerKey = TextNormalizer.answerKey(card.answer)
        let words = typed.split(separator: " ")
        if let last = words.last, last.count == 1, words.dropLast().allSatisfy({ AnswerChecker.choiceWords.contains(String($0)) }),
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
        return checker.textVerdict(typed, candidates: [card.answer]) == .almost ? .almost : .wrong
    }

    /// A letter that labels none of the options (`E` when there are A–D).
    func rejection(of input: String, typed: String, card: Card) -> AnswerRejection? {
        let words = typed.split(separator: " ")
        guard let last = words.last, last.count == 1, last.first?.isLetter == true, last.first?.isASCII == true,
              words.dropLast().allSatisfy({ AnswerChecker.choiceWords.contains(String($0)) }),
              ChoiceLetters.indices(in: String(last), optionCount: card.choices.count) == nil
        else { return nil }
        return .notAnOption(typed: last.uppercased(), letters: card.choices.indices.map(ChoiceLetters.letter))
    }

    func explainsByWords(_ card: Card, typed: String) -> Bool { false }
}

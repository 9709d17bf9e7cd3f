import Timeline

/// 3–5 events to put in order (`CardKind.chronology`): made by `ChronologyCardMaker` from the events fit to be
/// options, answered by their letters in time order.
struct ChronologyKind: CardKindBehaviour {
    var kind: CardKind { .chronology }
    var nameKey: String { "chronology" }
    var aliases: [String] { ["order", "timeline"] }

    /// The events fit to be options: an item is read beside four others, out of its text.
    func events(in making: CardMaking) -> [DeckEvent] { making.options }

    func cards(for events: [DeckEvent], making: CardMaking) -> [Card] {
        ChronologyCardMaker(language: making.language).cards(for: events)
    }

    /// Every chronology card asks the same thing: its events tell it apart.
    var promptTellsCardsApart: Bool { false }

    func defects(of card: Card, event: Event?, check: CardCheck) -> Set<CardDefect> {
        let keys = Set(card.choices.map(TextNormalizer.answerKey))
        return card.choices.count < 4 || keys.count < card.choices.count ? [.badOptions] : []
    }

    // No example order: any example could be the answer itself.
    func answerInstruction(choiceCount: Int) -> AnswerInstruction? {
        .order((0..<choiceCount).map(ChoiceLetters.letter))
    }

    /// The letters in order, then each event in order with its date.
    func answerLines(of card: Card) -> [String] {
        guard let order = ChoiceLetters.indices(in: card.answer, optionCount: card.choices.count),
              order.count == card.choices.count else { return [card.answer] }
        let dated = card.choiceDates.count == card.choices.count
        return [order.map(ChoiceLetters.letter).joined(separator: " → ")] + order.map { index in
            "\(ChoiceLetters.letter(index)). \(card.choices[index])" + (dated ? " (\(card.choiceDates[index]))" : "")
        }
    }

    /// The letters from the first line of `back` (`C → A → D → B`), and each event's date from the lines after it
    /// when every line is `letter. event (date)`.
    func answer(readFrom back: String, choices: [String]) -> (answer: String, choiceDates: [String])? {
        let lines = back.components(separatedBy: "\n")
        guard let order = ChoiceLetters.indices(in: lines[0], optionCount: choices.count), order.count == choices.count
        else { return nil }
        var dates = [String](repeating: "", count: choices.count)
        var dated = lines.count == choices.count + 1
        for (k, index) in order.enumerated() where dated {
            let line = lines[k + 1]
            let head = ChoiceLetters.letter(index) + ". " + choices[index] + " ("
            if line.hasPrefix(head), line.hasSuffix(")") {
                dates[index] = String(line.dropFirst(head.count).dropLast())
            } else {
                dated = false
            }
        }
        return (order.map(ChoiceLetters.letter).joined(), dated ? dates : [])
    }

    /// Every chronology card asks the same thing: its events tell it apart.
    func listingText(of card: Card) -> String {
        card.choices.isEmpty ? card.prompt : card.choices.joined(separator: " · ")
    }

    var hasLetteredOptions: Bool { true }
    var answerIsOrder: Bool { true }
    var sourceHidesAllNumbers: Bool { true }
    var hintStyle: HintStyle { .orderStart }
    var examForm: ExamForm? { .order }

    /// Letters or numbers in order ("CADB", "c a d b", "C, A, D, B", "3142"); one neighbour swap is almost.
    func verdict(_ input: String, typed: String, card: Card, checker: AnswerChecker) -> AnswerVerdict {
        let count = card.choices.count
        guard let expected = ChoiceLetters.indices(in: card.answer, optionCount: count),
              let typed = ChoiceLetters.indices(in: input, optionCount: count) else { return .wrong }
        if typed == expected { return .correct }
        guard typed.count == expected.count, Set(typed).count == typed.count else { return .wrong }
        let differing = typed.indices.filter { typed[$0] != expected[$0] }
        if differing.count == 2, differing[1] == differing[0] + 1 { return .almost }
        return .wrong
    }

    /// An answer that is not each option's letter exactly once.
    func rejection(of input: String, typed: String, card: Card) -> AnswerRejection? {
        guard let order = ChoiceLetters.indices(in: input, optionCount: card.choices.count),
              order.count == card.choices.count, Set(order).count == order.count
        else { return .notAnOrder(letters: card.choices.indices.map(ChoiceLetters.letter)) }
        return nil
    }

    func explainsByWords(_ card: Card, typed: String) -> Bool { false }
}

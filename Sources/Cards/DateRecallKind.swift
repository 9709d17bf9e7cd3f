import Timeline

/// "… vào năm nào?" → the date (`CardKind.dateRecall`): made by `DateRecallCardMaker`, answered by a date typed in
/// any form.
struct DateRecallKind: CardKindBehaviour {
    var kind: CardKind { .dateRecall }
    var nameKey: String { "dateRecall" }
    var aliases: [String] { ["dates", "daterecall", "date-recall", "recall"] }

    func cards(for events: [DeckEvent], making: CardMaking) -> [Card] {
        var maker = DateRecallCardMaker(language: making.language)
        maker.commonWords = making.commonWords
        let fixedMaker = maker
        return ParallelMap.compactMap(events) { fixedMaker.card(for: $0) }
    }

    func defects(of card: Card, event: Event?, check: CardCheck) -> Set<CardDefect> {
        var found: Set<CardDefect> = []
        if check.hasOrphanBeforeQuestion(card) { found.insert(.leftover) }
        if let event, QuestionText.reveals(card.prompt, date: event.when) { found.insert(.leak) }
        return found
    }

    func verdict(_ input: String, typed: String, card: Card, checker: AnswerChecker) -> AnswerVerdict {
        Self.checkDate(input, card: card) ?? checker.checkText(typed, card: card)
    }

    func explainsByWords(_ card: Card, typed: String) -> Bool {
        DateAnswerParser.parse(typed) == nil || DateAnswerParser.parse(card.answer) == nil
    }

    /// A date typed in any form against the card's date: nil when either is not a date.
    static func checkDate(_ input: String, card: Card) -> AnswerVerdict? {
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
}

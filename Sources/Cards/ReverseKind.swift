import Timeline

/// "Năm 1010, Lý Thái Tổ dời đô về đâu?" → "Đại La" (`CardKind.reverse`): made by `ReverseCardMaker`, answered by
/// typing the name or statement, judged by its key content.
struct ReverseKind: CardKindBehaviour {
    var kind: CardKind { .reverse }
    var nameKey: String { "reverse" }

    func cards(for events: [DeckEvent], making: CardMaking) -> [Card] {
        var settingUp = ReverseCardMaker(language: making.language, obvious: making.obvious, people: making.people)
        settingUp.places = making.places
        settingUp.homeCountries = making.homeCountries
        let maker = settingUp
        return ParallelMap.compactMap(events) { maker.card(for: $0) }
    }

    func defects(of card: Card, event: Event?, check: CardCheck) -> Set<CardDefect> {
        var found: Set<CardDefect> = []
        if TextNormalizer.answerKey(card.prompt).contains(TextNormalizer.answerKey(card.answer)) { found.insert(.leak) }
        // "… triều đại mới ở đâu (làng Đồng Dương … ngày nay)?": the gloss after the question word answers it
        if [" đâu (", " nào (", "where (", "what (", "who ("].contains(where: card.prompt.contains) { found.insert(.leak) }
        // "In 1855, who appointed him colonel …?": with the answer asked for, the person "him" pointed back at is gone
        if check.language == .en {
            let words = StatementShape.words(card.prompt)
            if words.contains(where: { ["him", "his", "her", "them", "their"].contains($0) }),
               StatementShape.hasDanglingPronoun(words, language: .en, people: check.people, statement: card.prompt) {
                found.insert(.anaphor)
            }
        }
        return found
    }

    /// A statement typed from memory: judged by how much of the key content (actors, content words) it covers.
    /// A number typed that the statement does not hold (a wrong year) makes it wrong, however much else matches.
    func verdict(_ input: String, typed: String, card: Card, checker: AnswerChecker) -> AnswerVerdict {
        if checker.textVerdict(typed, candidates: [card.answer] + card.accepted) == .correct { return .correct }
        let typedNumbers = Set(AnswerChecker.numbers(in: typed))
        let candidates = ([card.answer] + card.accepted).filter { typedNumbers.isSubset(of: AnswerChecker.numbers(in: $0)) }
        guard !candidates.isEmpty else { return .wrong }
        let verdicts = candidates.map { KeyContent.verdict(typed: input, expected: $0) }
        if verdicts.contains(.correct) { return .correct }
        if verdicts.contains(.almost) || checker.checkText(typed, card: card) == .almost { return .almost }
        return .wrong
    }

    func explainsByWords(_ card: Card, typed: String) -> Bool { true }
}

import Timeline

/// A name blanked in the source sentence (`CardKind.cloze`): made by `ClozeCardMaker`, answered by typing the name.
struct ClozeKind: CardKindBehaviour {
    var kind: CardKind { .cloze }
    var nameKey: String { "cloze" }
    var aliases: [String] { ["blank"] }

    /// Usable events, even those whose date is not their own (the prompt shows the sentence with its date), but
    /// not: a resolved pronoun (still in the sentence the card shows); a sentence that gives several events
    /// different dates (its cloze would show the dates the others' cards ask); a relative date ("Buổi chiều hôm
    /// đó, …" would point at a day the card does not name); a year the sentence does not write ("9 tháng 3:
    /// [...] tổ chức đảo chính" under a heading year: the card would not say which year).
    func events(in making: CardMaking) -> [DeckEvent] {
        making.usable.filter { candidate in
            let event = candidate.event
            return !making.resolvedIDs.contains(candidate.id) && !making.sharedSentences.contains(event.sentence)
                && !StatementShape.isRelativeSurface(event.dateSurface, language: making.language)
                && QuestionText.years(of: event.when).allSatisfy { QuestionText.containsNumber($0, in: event.sentence) }
        }
    }

    /// Cloze cards; two events of one sentence blank different names (decided in id order, not input order).
    func cards(for events: [DeckEvent], making: CardMaking) -> [Card] {
        let maker = ClozeCardMaker(language: making.language, obvious: making.obvious,
                                   homeCountries: making.homeCountries)
        let ordered = events.sorted(by: { $0.id < $1.id })
        // Each sentence's events in id order, one after the other (each avoids the names blanked before it); the
        // sentences do not depend on each other, so they are worked on all cores.
        let sentences = ParallelMap.map(ordered) { CitationMarks.removed(from: $0.event.sentence) }
        var groups: [String: [Int]] = [:]
        for (index, sentence) in sentences.enumerated() { groups[sentence, default: []].append(index) }
        let made = ParallelMap.map(Array(groups.values)) { indices -> [(index: Int, card: Card)] in
            var taken = Set<String>()
            var cards: [(index: Int, card: Card)] = []
            for index in indices {
                guard let card = maker.card(for: ordered[index], taken: taken) else { continue }
                taken.insert(card.answer)
                cards.append((index, card))
            }
            return cards
        }
        var byEvent: [String: Card] = [:]
        for (index, card) in made.joined().sorted(by: { $0.index < $1.index }) { byEvent[ordered[index].id] = card }
        return events.compactMap { byEvent[$0.id] }
    }

    var asksTheEventDate: Bool { false }

    func defects(of card: Card, event: Event?, check: CardCheck) -> Set<CardDefect> {
        var found: Set<CardDefect> = []
        if !card.prompt.contains(ClozeCardMaker.blank) { found.insert(.leak) }
        if !StatementShape.isBalanced(card.prompt) || card.prompt.first.map({ $0.isLowercase || ")],;:".contains($0) }) == true {
            found.insert(.fragment)
        }
        // The card shows the whole sentence, where the event screen read one clause of it: "Cô bị quản thúc và [...]
        // trở về Bồ Đào Nha khi Rowling …" (the clause "Rowling đã ký …"), "Nhưng đến năm 2006 thì thỏa thuận …".
        // The sentence shown must not open by pointing back either.
        if event.map({ card.sourceSentence != $0.statement }) ?? true {
            let words = StatementShape.words(card.sourceSentence)
            // (its opening only: a pronoun later in it most often stands for the name it gives first — "Picasso
            // gặp … và bắt đầu đi lại bí mật với cô")
            if StatementShape.startsWithAnaphor(words, language: check.language, statement: card.sourceSentence)
                || BackReference.leansBack(words, language: check.language) {
                found.insert(.anaphor)
            }
        }
        return found
    }

    func answerInstruction(choiceCount: Int) -> AnswerInstruction? { .fillBlank }

    var promptBlanksAnswer: Bool { true }

    /// The blanked name; part of a multi-word name ("Lavrov" for "Sergey Lavrov") is almost.
    func verdict(_ input: String, typed: String, card: Card, checker: AnswerChecker) -> AnswerVerdict {
        let verdict = checker.checkText(typed, card: card)
        guard verdict == .wrong else { return verdict }
        let parts = TextNormalizer.answerKey(card.answer).split(separator: " ").map(String.init)
            .filter { $0.count >= 3 && !FunctionWords.all.contains($0) }
        let typedParts = Set(typed.split(separator: " ").map(String.init))
        guard AnswerChecker.numbers(in: typed) == AnswerChecker.numbers(in: card.answer) else { return .wrong }
        return parts.count >= 2 && parts.contains(where: typedParts.contains) ? .almost : .wrong
    }

    func explainsByWords(_ card: Card, typed: String) -> Bool { true }
}

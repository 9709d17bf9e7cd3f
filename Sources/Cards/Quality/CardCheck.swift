import Timeline

/// The mechanical part of the card rubric, applied to finished cards: what `generate` drops and `ontap check`
/// reports. Event-level reasons (the statement, the date) come from `EventScreen`; these are the card's own.
public struct CardCheck: Sendable {
    /// The deck's language.
    public let language: Language

    /// Relative day dates the deck's narrative anchors (`EventScreen.anchoredRelatives`).
    public var anchored: Set<String> = []
    /// Names the deck's text shows to be people's (`PronounResolver.people`).
    public var people: Set<String> = []
    /// The deck's text is about a person (`EventScreen.aboutPerson`).
    public var aboutPerson = false

    /// A checker for cards in `language`.
    public init(language: Language) { self.language = language }

    /// A checker for `deck`, knowing which of its relative dates its narrative anchors.
    public init(deck: Deck) {
        language = deck.language
        anchored = EventScreen.anchoredRelatives(deck.events.map(\.event), language: deck.language)
        let resolver = PronounResolver(events: deck.events, language: deck.language)
        people = resolver.people
        aboutPerson = resolver.mainPerson != nil
    }

    /// What `EventScreen` says of an event: worked out once and shared by the checks of all its cards.
    struct EventVerdict {
        /// `EventScreen.blocking`.
        var blocking: CardDefect?
        /// `EventScreen.dateDefect`.
        var date: CardDefect?

        init(_ event: Event, screen: EventScreen) {
            blocking = screen.blocking(event)
            date = screen.dateDefect(event)
        }

        init(blocking: CardDefect?, date: CardDefect?) {
            self.blocking = blocking
            self.date = date
        }
    }

    /// The most words a generated Vietnamese card's question may have.
    static let maxPromptWords = 36

    /// Every defect of `card` made from `event` (nil when the event is unknown), in rubric order.
    public func defects(of card: Card, event: Event?) -> [CardDefect] {
        var screen = EventScreen(language: language)
        screen.anchored = anchored
        screen.people = people
        screen.aboutPerson = aboutPerson
        return defects(of: card, event: event, verdict: event.map { EventVerdict($0, screen: screen) })
    }

    /// `defects(of:event:)` with the event's screening already done (`verdict`, given with `event`).
    func defects(of card: Card, event: Event?, verdict: EventVerdict?) -> [CardDefect] {
        let behaviour = card.kind.behaviour
        var found: Set<CardDefect> = []
        if event != nil, let verdict {
            if let defect = verdict.blocking { found.insert(defect) }
            if behaviour.asksTheEventDate, let defect = verdict.date { found.insert(defect) }
            // a made Vietnamese card's question of more than `maxPromptWords` words: judged on unseen texts, half of
            // them failed, against under a third of the shorter ones (sets M–S); English long questions did as well as
            // short ones (sets A–X), so they stay
            if language == .vi, StatementShape.words(card.prompt).count > Self.maxPromptWords { found.insert(.tooLong) }
        }
        let texts = [card.prompt, card.answer] + card.choices
        if texts.contains(where: StatementShape.hasMarkup) { found.insert(.markup) }
        if StatementShape.hasLeftovers(card.prompt, language: language) { found.insert(.leftover) }
        found.formUnion(behaviour.defects(of: card, event: event, check: self))
        return found.sorted()
    }

    /// Defects of the deck as a whole: prompts asked twice with different answers (each such card gets the defect).
    public func duplicatePrompts(_ cards: [Card]) -> Set<String> {
        // Cards asking the same thing: the first answer, whether another answer came, and the cards' ids.
        struct Asked {
            var answer: String
            var differs = false
            var ids: [String] = []
        }
        var asked: [String: Asked] = [:]
        // (each card's keys worked out on all cores)
        let keys = ParallelMap.map(cards) { card -> (key: String, answer: String)? in
            guard card.kind.behaviour.promptTellsCardsApart else { return nil }
            return (card.kind.rawValue + "|" + TextNormalizer.answerKey(card.prompt + " " + card.choices.joined(separator: " ")),
                    TextNormalizer.answerKey(card.answer))
        }
        for (card, keys) in zip(cards, keys) {
            guard let (key, answer) = keys else { continue }
            asked[key, default: Asked(answer: answer)].ids.append(card.id)
            if asked[key]!.answer != answer { asked[key]!.differs = true }
        }
        return Set(asked.values.filter(\.differs).flatMap(\.ids))
    }

    /// "… được thành lập từ vào năm nào?": a function word stranded before the question phrase (for the kinds
    /// whose prompt ends on one).
    func hasOrphanBeforeQuestion(_ card: Card) -> Bool {
        guard language == .vi,
              let range = card.prompt.range(of: " vào ", options: .backwards) ?? card.prompt.range(of: " trong khoảng", options: .backwards)
        else { return false }
        let before = StatementShape.words(String(card.prompt[..<range.lowerBound]))
        guard let last = before.last?.lowercased() else { return true }
        return StatementShape.danglingEnds(.vi).contains(last)
    }

    /// A date option that the source sentence itself names (a distractor the text makes true of something).
    func optionsRepeatSentenceDates(_ card: Card, event: Event) -> Bool {
        guard card.choiceDates.isEmpty else { return false }  // options are events, not dates
        let answerKey = TextNormalizer.answerKey(card.answer)
        for option in card.choices where TextNormalizer.answerKey(option) != answerKey {
            let years = StatementShape.words(option).compactMap { Int($0) }
            if years.contains(where: { year in QuestionText.containsNumber(year, in: event.sentence)
                && !QuestionText.years(of: event.when).contains(year) }) { return true }
        }
        return false
    }
}

import Cards
import Scheduling
import Store

/// A study session as a state machine: show a card, take an answer, take a grade, move on; undo the last grade.
///
/// No terminal and no clock: the caller passes `now` to every step. Everything the REPL shows is a typed value here.
public final class StudySession {
    /// Where the session stands.
    public enum Phase: Equatable, Sendable {
        /// Waiting for an answer to `current`.
        case asking
        /// Answered; waiting for a grade.
        case grading(AnswerOutcome)
        /// Nothing left to study.
        case finished
    }

    /// The deck's cards (decoded as they are shown when read from a large deck file).
    public let cards: any CardSource
    public let store: any ProgressRecording
    public let queue: StudyQueue
    public private(set) var phase: Phase = .finished
    public private(set) var reviewedCount = 0
    /// Hint levels used on the current card.
    public private(set) var hintLevel = 0
    /// Whether anything was recorded or taken back since opening (leaving without answering writes nothing).
    public private(set) var hasChanges = false
    /// Cards put away until tomorrow in this session because a sibling (same event) was answered.
    public private(set) var buriedSiblings: [Int32] = []
    /// How the answers so far were judged (for the summary).
    public private(set) var tally = SessionSummary()
    /// Indices into `cards` of the cards still to ask, from `head` on (a deck may have 100,000 due).
    private var queued: [Int32]
    private var head = 0
    private var shownAt: Timestamp = 0
    private var history: [(record: ReviewRecord, previous: CardSchedule?, index: Int32, requeued: Bool, buried: [Int32],
                           verdict: AnswerVerdict?)] = []
    private let checker = AnswerChecker()
    /// True for a day's session (its new cards fill the daily limit), false for a cram's fixed share.
    private var fillsNewLimit = false
    /// Events of the cards put aside in this session once shown: their siblings wait for tomorrow, as if answered
    /// (the student has seen the card, whose options or text may answer a sibling).
    private var asideEvents: Set<String> = []
    /// Cards suspended or buried in this session (also when the progress cannot record it).
    private var putAside: Set<String> = []

    /// A session over a deck in memory.
    public convenience init(deck: Deck, store: any ProgressRecording, queue: StudyQueue = StudyQueue(), now: Timestamp) {
        self.init(cards: LoadedDeck(deck), store: store, queue: queue, now: now)
    }

    /// A session over any card source (a deck file read card by card).
    public init(cards: any CardSource, store: any ProgressRecording, queue: StudyQueue = StudyQueue(), now: Timestamp) {
        self.cards = cards
        self.store = store
        self.queue = queue
        let today = StudyQueue.Today(reviews: store.reviews(since: queue.calendar.startOfDay(containing: now)),
                                     schedules: store.schedule(for:))
        let marking = store as? any CardMarking
        queued = queue.dueIndices(in: cards, schedules: store.schedule(for:), today: today,
                                  hidden: { marking?.isHidden($0, at: now) ?? false }, at: now)
        fillsNewLimit = true
        shownAt = now
        phase = queued.isEmpty ? .finished : .asking
    }

    /// A session over the cards `ids` in that order (a cram's share of the day), plus learning steps due.
    public init(cards: any CardSource, store: any ProgressRecording, queue: StudyQueue, ids: [String], now: Timestamp) {
        self.cards = cards
        self.store = store
        self.queue = queue
        var position: [String: Int32] = [:]
        for index in 0..<cards.cardCount { position[cards.cardID(at: index)] = Int32(index) }
        let marking = store as? any CardMarking
        queued = ids.compactMap { id in marking?.isHidden(id, at: now) == true ? nil : position[id] }
        shownAt = now
        phase = queued.isEmpty ? .finished : .asking
    }

    /// How many cards are still to ask (the current one included).
    public var pendingCount: Int { queued.count - head }

    /// The cards still to ask, in order (the current one first).
    public var pending: [Card] { queued[head...].map { cards.card(at: Int($0)) } }

    /// The card being asked or graded (with the learner's edits of this session).
    public var current: Card? {
        guard head < queued.count else { return nil }
        let card = cards.card(at: Int(queued[head]))
        return edits[card.id].map { $0.applied(to: card) } ?? card
    }

    /// Edits made in this session, by card id (also saved in the deck by the caller).
    public private(set) var edits: [String: CardEdit] = [:]
    /// Flags set in this session, by card id (what `:flag` showed), whether or not the store records them.
    public private(set) var flags: [String: Int] = [:]

    /// The cards left by phase (the current one included): what the progress line shows.
    public var counts: QueueCounts {
        var counts = QueueCounts()
        for index in queued[head...] {
            switch store.schedule(for: cards.cardID(at: Int(index)))?.phase ?? .new {
            case .new: counts.new += 1
            case .learning, .relearning: counts.learning += 1
            case .review: counts.review += 1
            }
        }
        return counts
    }

    /// Why `text` cannot be judged as the current card's answer (a letter that is no option), nil if it can.
    public func rejection(of text: String) -> AnswerRejection? {
        guard case .asking = phase, let card = current else { return nil }
        return checker.rejection(of: text, for: card)
    }

    /// Judges `text` as the answer to the current card; nil when there is none or `rejection(of:)` refuses it.
    @discardableResult
    public func answer(_ text: String, at now: Timestamp) -> AnswerOutcome? {
        guard case .asking = phase, let card = current, rejection(of: text) == nil else { return nil }
        var outcome = AnswerOutcome(verdict: nil, expected: card.answer, sourceSentence: card.sourceSentence, suggested: nil,
                                    datedChoices: DatedChoice.list(for: card), hintsUsed: hintLevel)
        if !TextNormalizer.answerKey(text).isEmpty {
            let verdict = checker.check(text, for: card)
            outcome.verdict = verdict
            outcome.suggested = AnswerOutcome.suggestedGrade(for: verdict, hints: hintLevel)
            if verdict != .correct, Self.explainsByWords(card, typed: text) {
                let diff = AnswerDiff(typed: text, expected: card.answer)
                outcome.differences = diff.isHelpful ? diff : nil
            }
        }
        phase = .grading(outcome)
        return outcome
    }

    /// Cards whose answer is text (not a letter, an order or a date typed as a date) are explained word by word.
    static func explainsByWords(_ card: Card, typed: String) -> Bool {
        card.kind.behaviour.explainsByWords(card, typed: typed)
    }

    /// Records `rating` for the current card, schedules it, and moves to the next.
    public func grade(_ rating: Rating, at now: Timestamp) throws(StoreError) {
        guard case let .grading(outcome) = phase, let card = current else { return }
        let record = ReviewRecord(cardID: card.id, rating: rating, time: now, durationMs: max(0, now - shownAt))
        let previous = store.schedule(for: card.id)
        let next = try store.record(record)
        let index = queued[head]
        head += 1
        let requeue = next.phase != .review && next.due <= now + StudyQueue.learnAhead
        if requeue { queued.append(index) }            // a learning step due again this session
        let buried = burySiblings(of: index)
        history.append((record, previous, index, requeue, buried, outcome.verdict))
        reviewedCount += 1
        hasChanges = true
        count(outcome.verdict, durationMs: record.durationMs, sign: 1)
        advance(at: now)
    }

    /// Puts the current card at the back of the queue without grading it.
    public func skip(at now: Timestamp) {
        guard head < queued.count else { return }
        queued.append(queued[head])
        head += 1
        advance(at: now)
    }

    /// Takes back the last grade: the card is asked again and its review leaves the log.
    @discardableResult
    public func undo(at now: Timestamp) throws(StoreError) -> Card? {
        guard let last = history.popLast() else { return nil }
        try store.undo(last.record, restoring: last.previous, at: max(now, last.record.time))
        reviewedCount -= 1
        hasChanges = true
        count(last.verdict, durationMs: last.record.durationMs, sign: -1)
        queued.append(contentsOf: last.buried)
        buriedSiblings.removeLast(last.buried.count)
        if last.requeued, let position = queued[head...].lastIndex(of: last.index) { queued.remove(at: position) }
        if head > 0 { head -= 1; queued[head] = last.index } else { queued.insert(last.index, at: 0) }
        advance(at: now)
        return cards.card(at: Int(last.index))
    }

    /// Suspends the current card: it leaves this session and, where the progress records it, every later one.
    @discardableResult
    public func suspendCurrent(at now: Timestamp) throws(StoreError) -> CardAside? {
        guard let card = current else { return nil }
        let aside = try mark { marking throws(StoreError) in try marking.setSuspended(card.id, true, at: now) }
        removeCurrent(at: now)
        return aside
    }

    /// Buries the current card until the next study day.
    @discardableResult
    public func buryCurrent(at now: Timestamp) throws(StoreError) -> CardAside? {
        guard let card = current else { return nil }
        let aside = try mark { marking throws(StoreError) in try marking.bury(card.id, at: now) }
        removeCurrent(at: now)
        return aside
    }

    /// Flags the current card (Anki's 1–7; 0 clears); it stays in the session.
    @discardableResult
    public func flagCurrent(_ flag: Int, at now: Timestamp) throws(StoreError) -> CardAside? {
        guard let card = current, (0...7).contains(flag) else { return nil }
        flags[card.id] = flag == 0 ? nil : flag
        return try mark { marking throws(StoreError) in try marking.setFlag(card.id, flag, at: now) }
    }

    /// Applies `edit` to the current card for the rest of the session (the caller keeps it in the deck).
    public func editCurrent(_ edit: CardEdit) {
        guard let card = current else { return }
        edits[card.id] = edits[card.id].map { $0.merged(with: edit) } ?? edit
    }

    private func mark(_ operation: (any CardMarking) throws(StoreError) -> Void) throws(StoreError) -> CardAside {
        guard store.canRecord, let marking = store as? any CardMarking else { return .sessionOnly }
        try operation(marking)
        hasChanges = true
        return .recorded
    }

    /// Takes the current card (and any later copy of it) out of this session without grading it.
    private func removeCurrent(at now: Timestamp) {
        let index = queued[head]
        queued.remove(at: head)
        while let position = queued[head...].firstIndex(of: index) { queued.remove(at: position) }
        let id = cards.cardID(at: Int(index))
        putAside.insert(id)
        asideEvents.insert(cards.eventID(at: Int(index)))
        if (store.schedule(for: id)?.phase ?? .new) == .new { fillNewLimit(at: now) }
        advance(at: now)
    }

    /// A new card put aside was never introduced, so another new card may take its place today (as in Anki; `decks`
    /// would otherwise count one more due than the session serves): one of an event not met today, not waiting here,
    /// and not the put-aside card's own (the student saw that card, which may answer its siblings).
    private func fillNewLimit(at now: Timestamp) {
        guard fillsNewLimit else { return }
        let isNew = { (index: Int32) in (self.store.schedule(for: self.cards.cardID(at: Int(index)))?.phase ?? .new) == .new }
        let today = StudyQueue.Today(reviews: store.reviews(since: queue.calendar.startOfDay(containing: now)),
                                     schedules: store.schedule(for:))
        // This session's first answers count too (a session that cannot record finds none of them in the store).
        let introduced = today.introduced.union(history.filter { ($0.previous?.phase ?? .new) == .new }.map(\.record.cardID))
        let waiting = queued[head...]
        let allowance = queue.limits.newCards - introduced.count - waiting.filter(isNew).count
        guard allowance > 0 else { return }
        let marking = store as? any CardMarking
        let present = Set(waiting)
        let waitingEvents = Set(waiting.map { cards.eventID(at: Int($0)) })
        // Enough candidates to pass over the events just excluded (those queued or put aside).
        var wider = queue
        wider.limits.newCards = queue.limits.newCards + queued.count + putAside.count
        let candidates = wider.dueIndices(in: cards, schedules: store.schedule(for:), today: today,
                                          hidden: { self.putAside.contains($0) || (marking?.isHidden($0, at: now) ?? false) },
                                          at: now)
            .filter {
                let event = cards.eventID(at: Int($0))
                return isNew($0) && !present.contains($0) && !waitingEvents.contains(event) && !asideEvents.contains(event)
            }
        queued.append(contentsOf: candidates.prefix(allowance))
    }

    /// The next hint for the current card (each call shows more and lowers the suggested grade); nil when the card
    /// has none.
    public func nextHint() -> Hint? {
        guard case .asking = phase, let card = current else { return nil }
        let level = min(Hint.levels, hintLevel + 1)
        guard let hint = Hint.make(for: card, level: level) else { return nil }
        hintLevel = level
        return hint
    }

    /// The current card's source sentence: with the answer hidden until it has been answered.
    public var source: String? {
        guard let card = current else { return nil }
        if case .grading = phase { return card.sourceSentence }
        return SourceMask.masked(for: card)
    }

    /// What the session did and what is due in the coming days, at `now`.
    public func summary(at now: Timestamp) -> SessionSummary {
        var summary = tally
        summary.answered = reviewedCount
        summary.leftToday = pendingCount
        let calendar = queue.calendar
        let today = calendar.day(of: now)
        for index in 0..<cards.cardCount {
            guard let schedule = store.schedule(for: cards.cardID(at: index)), schedule.phase != .new else { continue }
            let days = calendar.day(of: schedule.due) - today
            if days == 1 { summary.dueTomorrow += 1 }
            if (1...7).contains(days) { summary.dueThisWeek += 1 }
        }
        return summary
    }

    /// Saves the snapshot when something changed: call when leaving.
    public func finish() throws(StoreError) {
        guard hasChanges else { return }
        try store.saveSnapshot()
        hasChanges = false
    }

    private func count(_ verdict: AnswerVerdict?, durationMs: Int64, sign: Int) {
        switch verdict {
        case .correct: tally.right += sign
        case .almost: tally.almost += sign
        case .wrong: tally.wrong += sign
        case nil: tally.shown += sign
        }
        tally.studyMs += Int64(sign) * durationMs
    }

    /// Takes the queued cards of `index`'s event out of this session (Anki's bury siblings), except cards in their
    /// learning steps; returns them.
    private func burySiblings(of index: Int32) -> [Int32] {
        let event = cards.eventID(at: Int(index))
        var buried: [Int32] = []
        var position = head
        while position < queued.count {
            let other = queued[position]
            let phase = store.schedule(for: cards.cardID(at: Int(other)))?.phase ?? .new
            if other != index, phase == .new || phase == .review, cards.eventID(at: Int(other)) == event {
                buried.append(other)
                queued.remove(at: position)
            } else {
                position += 1
            }
        }
        buriedSiblings += buried
        return buried
    }

    private func advance(at now: Timestamp) {
        shownAt = now
        hintLevel = 0
        phase = head < queued.count ? .asking : .finished
    }
}

import Cards
import Scheduling
import Store

/// A study session as a state machine: show a card, take an answer, take a grade, move on; undo the last grade.
///
/// No terminal and no clock: the caller passes `now` to every step.
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
    /// Indices into `cards` of the cards still to ask, from `head` on (a deck may have 100,000 due).
    private var queued: [Int32]
    private var head = 0
    private var shownAt: Timestamp = 0
    private var history: [(record: ReviewRecord, previous: CardSchedule?, index: Int32, requeued: Bool, buried: [Int32])] = []
    private let checker = AnswerChecker()
    /// Whether anything was recorded or taken back since opening (leaving without answering writes nothing).
    public private(set) var hasChanges = false
    /// Cards put away until tomorrow in this session because a sibling (same event) was answered.
    public private(set) var buriedSiblings: [Int32] = []

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
        queued = queue.dueIndices(in: cards, schedules: store.schedule(for:), today: today, at: now)
        shownAt = now
        phase = queued.isEmpty ? .finished : .asking
    }

    /// How many cards are still to ask (the current one included).
    public var pendingCount: Int { queued.count - head }

    /// The cards still to ask, in order (the current one first).
    public var pending: [Card] { queued[head...].map { cards.card(at: Int($0)) } }

    /// The card being asked or graded.
    public var current: Card? { head < queued.count ? cards.card(at: Int(queued[head])) : nil }

    /// Judges `text` as the answer to the current card.
    @discardableResult
    public func answer(_ text: String, at now: Timestamp) -> AnswerOutcome? {
        guard case .asking = phase, let card = current else { return nil }
        guard !TextNormalizer.answerKey(text).isEmpty else {
            let outcome = AnswerOutcome(verdict: nil, expected: card.answer, sourceSentence: card.sourceSentence, suggested: nil)
            phase = .grading(outcome)
            return outcome
        }
        let verdict = checker.check(text, for: card)
        let suggested: Rating = switch verdict {
        case .correct: .good
        case .almost: .hard
        case .wrong: .again
        }
        let outcome = AnswerOutcome(verdict: verdict, expected: card.answer, sourceSentence: card.sourceSentence,
                                    suggested: suggested)
        phase = .grading(outcome)
        return outcome
    }

    /// Records `rating` for the current card, schedules it, and moves to the next.
    public func grade(_ rating: Rating, at now: Timestamp) throws(StoreError) {
        guard case .grading = phase, let card = current else { return }
        let record = ReviewRecord(cardID: card.id, rating: rating, time: now, durationMs: max(0, now - shownAt))
        let previous = store.schedule(for: card.id)
        let next = try store.record(record)
        let index = queued[head]
        head += 1
        let requeue = next.phase != .review && next.due <= now + StudyQueue.learnAhead
        if requeue { queued.append(index) }            // a learning step due again this session
        let buried = burySiblings(of: index)
        history.append((record, previous, index, requeue, buried))
        reviewedCount += 1
        hasChanges = true
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
        try store.undo(last.record, restoring: last.previous)
        reviewedCount -= 1
        hasChanges = true
        queued.append(contentsOf: last.buried)
        buriedSiblings.removeLast(last.buried.count)
        if last.requeued, let position = queued[head...].lastIndex(of: last.index) { queued.remove(at: position) }
        if head > 0 { head -= 1; queued[head] = last.index } else { queued.insert(last.index, at: 0) }
        advance(at: now)
        return cards.card(at: Int(last.index))
    }

    /// A hint for the current card: each word's first letter, a year's first two digits (`năm 19__`).
    public var hint: String? {
        guard let card = current, card.kind != .multipleChoice, card.kind != .chronology else { return nil }
        return card.answer.split(separator: " ").map { word -> String in
            if word.allSatisfy(\.isNumber) {
                let keep = word.count == 4 ? 2 : 0
                return String(word.prefix(keep)) + String(repeating: "_", count: word.count - keep)
            }
            return String(word.prefix(1)) + String(repeating: "_", count: max(0, word.count - 1))
        }.joined(separator: " ")
    }

    /// Saves the snapshot when something changed: call when leaving.
    public func finish() throws(StoreError) {
        guard hasChanges else { return }
        try store.saveSnapshot()
        hasChanges = false
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
        phase = head < queued.count ? .asking : .finished
    }
}

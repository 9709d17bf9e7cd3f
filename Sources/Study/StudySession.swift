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

    public let deck: Deck
    public let store: ProgressStore
    public let queue: StudyQueue
    public private(set) var phase: Phase = .finished
    public private(set) var pending: [Card]
    public private(set) var reviewedCount = 0
    private var shownAt: Timestamp = 0
    private var history: [(record: ReviewRecord, previous: CardSchedule?, card: Card)] = []
    private let checker = AnswerChecker()

    public init(deck: Deck, store: ProgressStore, queue: StudyQueue = StudyQueue(), now: Timestamp) {
        self.deck = deck
        self.store = store
        self.queue = queue
        pending = queue.dueCards(in: deck, schedules: store.schedule(for:), at: now)
        shownAt = now
        phase = pending.isEmpty ? .finished : .asking
    }

    /// The card being asked or graded.
    public var current: Card? { pending.first }

    /// Judges `text` as the answer to the current card.
    @discardableResult
    public func answer(_ text: String, at now: Timestamp) -> AnswerOutcome? {
        guard case .asking = phase, let card = current else { return nil }
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
        history.append((record, previous, card))
        reviewedCount += 1
        pending.removeFirst()
        if next.phase != .review, next.due <= now + StudyQueue.learnAhead {
            pending.append(card)                       // a learning step due again this session
        }
        advance(at: now)
    }

    /// Puts the current card at the back of the queue without grading it.
    public func skip(at now: Timestamp) {
        guard !pending.isEmpty else { return }
        pending.append(pending.removeFirst())
        advance(at: now)
    }

    /// Takes back the last grade: the card is asked again and its review leaves the log.
    @discardableResult
    public func undo(at now: Timestamp) throws(StoreError) -> Card? {
        guard let last = history.popLast() else { return nil }
        try store.undo(last.record, restoring: last.previous)
        reviewedCount -= 1
        if let index = pending.lastIndex(of: last.card), index != 0 || phase == .finished { pending.remove(at: index) }
        pending.insert(last.card, at: 0)
        advance(at: now)
        return last.card
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

    /// Saves the snapshot: call when leaving.
    public func finish() throws(StoreError) { try store.saveSnapshot() }

    private func advance(at now: Timestamp) {
        shownAt = now
        phase = pending.isEmpty ? .finished : .asking
    }
}

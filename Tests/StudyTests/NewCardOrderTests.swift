import Cards
import Foundation
import Scheduling
import Store
import Testing
@testable import Study

/// New cards interleave events and kinds, siblings wait for tomorrow, and the daily limits hold.
@Suite struct NewCardOrderTests {
    static let start: Timestamp = 1_780_000_000_000     // 2026-05-28T20:26:40Z; a study day starts at 04:00 UTC
    static let kinds: [CardKind] = [.dateRecall, .reverse, .cloze, .multipleChoice]

    /// `events` events, each with one card of every kind in `kinds`, grouped by kind as the generator writes them.
    func deck(events: Int, kinds: [CardKind] = kinds) -> Deck {
        let cards = kinds.flatMap { kind in
            (0..<events).map { e in
                Card(id: "\(kind.rawValue)-\(e)", kind: kind, prompt: "\(kind.rawValue) \(e)?", answer: "đáp án \(e)",
                     choices: kind == .multipleChoice ? ["đáp án \(e)", "khác"] : [], eventID: "e\(e)", sourceSentence: "")
            }
        }
        return Deck(name: "d", language: .vi, source: DeckSource(file: "d", sha256: ""), events: [], cards: cards)
    }

    func session(_ deck: Deck, _ progress: any ProgressRecording, at now: Timestamp = start,
                 limits: DailyLimits = DailyLimits(), kinds: Set<CardKind>? = nil) -> StudySession {
        StudySession(deck: deck, store: progress, queue: StudyQueue(limits: limits, kinds: kinds), now: now)
    }

    @Test func theFirstNewCardsTakeTurnsByKindAndEvent() {
        let session = session(deck(events: 12), MemoryProgress())
        let first = session.pending.prefix(8)
        #expect(first.map(\.kind) == Array(Self.kinds + Self.kinds))
        #expect(Set(first.map(\.eventID)).count == 8)
    }

    @Test func oneNewCardPerEventADay() {
        let session = session(deck(events: 5), MemoryProgress())
        #expect(session.pending.count == 5)
        #expect(Set(session.pending.map(\.eventID)).count == 5)
    }

    @Test func answeringACardBuriesItsQueuedSiblings() throws {
        // Two review cards of one event are due: answering one puts the other away until tomorrow.
        let day = Milliseconds.day
        let history = [ReviewRecord(cardID: "date-0", rating: .easy, time: Self.start - 30 * day, durationMs: 0),
                       ReviewRecord(cardID: "cloze-0", rating: .easy, time: Self.start - 30 * day, durationMs: 0)]
        let progress = MemoryProgress(history: history)
        let session = session(deck(events: 1, kinds: [.dateRecall, .cloze]), progress)
        #expect(session.pending.map(\.id) == ["date-0", "cloze-0"])
        session.answer("sai", at: Self.start)
        try session.grade(.again, at: Self.start)
        #expect(session.pending.map(\.id) == ["date-0"])       // itself again (a relearning step), not its sibling
        #expect(session.buriedSiblings.count == 1)
    }

    @Test func aSiblingOfACardAnsweredTodayWaitsForTomorrow() throws {
        let deck = deck(events: 3)
        let progress = MemoryProgress()
        do {
            let first = session(deck, progress)
            let card = try #require(first.current)
            first.answer(card.answer, at: Self.start)
            try first.grade(.easy, at: Self.start)
        }
        let later = session(deck, progress, at: Self.start + Milliseconds.hour)
        #expect(!later.pending.contains { $0.eventID == "e0" })
        let tomorrow = session(deck, progress, at: Self.start + Milliseconds.day)
        #expect(tomorrow.pending.contains { $0.eventID == "e0" && $0.id != "date-0" })
    }

    @Test func theNewCardLimitCountsCardsIntroducedToday() throws {
        // Each new card is failed once, then passes its steps: still three cards introduced, not one.
        let deck = deck(events: 10)
        let progress = MemoryProgress()
        let limits = DailyLimits(newCards: 3)
        var now = Self.start
        let first = session(deck, progress, limits: limits)
        #expect(first.pending.count == 3)
        while let card = first.current {
            first.answer("sai", at: now)
            let passed = (progress.schedule(for: card.id)?.reps ?? 0) >= 1
            try first.grade(passed ? .easy : .again, at: now)
            now += Milliseconds.minute
        }
        for (id, schedule) in progress.cards { #expect(schedule.reps >= 2, "\(id)") }
        let second = session(deck, progress, at: now + Milliseconds.hour, limits: limits)
        #expect(second.pending.isEmpty)
    }

    @Test func theReviewLimitHoldsBackReviewsButNotLearningSteps() {
        let day = Milliseconds.day
        let history = (0..<5).map { ReviewRecord(cardID: "date-\($0)", rating: .easy, time: Self.start - 60 * day, durationMs: 0) }
            + [ReviewRecord(cardID: "reverse-5", rating: .again, time: Self.start - 60_000, durationMs: 0)]
        let session = session(deck(events: 6), MemoryProgress(history: history), limits: DailyLimits(newCards: 0, reviews: 2))
        #expect(session.pending.count == 3)
        #expect(session.pending.contains { $0.id == "reverse-5" })
    }

    @Test func onlyTheChosenKinds() {
        let session = session(deck(events: 6), MemoryProgress(), kinds: [.cloze])
        #expect(session.pending.count == 6)
        #expect(session.pending.allSatisfy { $0.kind == .cloze })
    }

    @Test func aNewCardPutAsideLeavesItsPlaceToAnother() throws {
        let progress = MemoryProgress()
        let session = session(deck(events: 6, kinds: [.dateRecall]), progress, limits: DailyLimits(newCards: 3))
        #expect(session.pending.map(\.id) == ["date-0", "date-1", "date-2"])
        try session.suspendCurrent(at: Self.start)
        #expect(session.pending.map(\.id) == ["date-1", "date-2", "date-3"])   // the day still brings three new cards
        try session.buryCurrent(at: Self.start)
        #expect(session.pending.map(\.id) == ["date-2", "date-3", "date-4"])
        session.answer("x", at: Self.start)
        try session.grade(.easy, at: Self.start)
        #expect(session.pending.map(\.id) == ["date-3", "date-4"])              // an answered card is introduced: no more
        // A fresh session the same day agrees: two new cards left, none of those put aside.
        let again = self.session(deck(events: 6, kinds: [.dateRecall]), progress, limits: DailyLimits(newCards: 3))
        #expect(again.pending.map(\.id) == ["date-3", "date-4"])
    }

    @Test func withoutRecordingTheSessionsOwnAnswersStillCount() throws {
        // A real store that cannot record (another holds the deck): its log never holds this session's answers.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ontap-limit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let holder = try ProgressStore(root: root, deck: "d")
        try withExtendedLifetime(holder) {
            let progress = try ProgressStore(root: root, deck: "d")
            #expect(!progress.canRecord)
            let session = session(deck(events: 6, kinds: [.dateRecall]), progress, limits: DailyLimits(newCards: 3))
            session.answer("x", at: Self.start)
            try session.grade(.easy, at: Self.start)
            try session.suspendCurrent(at: Self.start)                          // kept by this session only
            #expect(session.pending.map(\.id) == ["date-2", "date-3"])         // 1 answered + 2 waiting = the limit
        }
    }
}

import Cards
import Foundation
import Scheduling
import Store
import Testing
import Timeline
@testable import Study

/// A deck of three events in a scratch Progress/ folder.
struct StudyFixture {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("ontap-study-\(UUID().uuidString)")
    let deck: Deck
    static let start: Timestamp = 1_780_000_000_000

    init() {
        let sentences = [("1991", "Liên Xô tan rã."), ("1994", "Nga tham gia chương trình Đối tác vì Hòa bình."),
                         ("1997-05-27", "NATO và Nga ký Đạo luật sáng lập.")]
        let events = sentences.map { date, statement in
            Event(date: date, start: 0, end: 10, sentenceStart: 0, sentenceEnd: 10, sentence: statement,
                  statement: statement, actors: [], dateSurface: date)
        }
        deck = DeckGenerator(kinds: [.dateRecall]).makeDeck(name: "demo", events: events, language: .vi,
                                                            source: DeckSource(file: "demo.txt", sha256: ""))
    }

    func store() throws -> ProgressStore { try ProgressStore(root: root, deck: "demo") }
    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite struct StudySessionTests {
    @Test func answeringAndGradingRecordsAndAdvances() throws {
        let fixture = StudyFixture()
        defer { fixture.remove() }
        let session = StudySession(deck: fixture.deck, store: try fixture.store(), now: StudyFixture.start)
        #expect(session.pending.count == 3)
        let first = try #require(session.current)
        let outcome = try #require(session.answer(first.answer, at: StudyFixture.start + 5_000))
        #expect(outcome.verdict == .correct)
        #expect(outcome.suggested == .good)
        try session.grade(.easy, at: StudyFixture.start + 6_000)
        #expect(session.current != first)
        #expect(session.reviewedCount == 1)
        #expect(session.store.schedule(for: first.id)?.lastReview == StudyFixture.start + 6_000)
    }

    @Test func wrongAnswersSuggestAgainAndComeBackThisSession() throws {
        let fixture = StudyFixture()
        defer { fixture.remove() }
        let session = StudySession(deck: fixture.deck, store: try fixture.store(), now: StudyFixture.start)
        let first = try #require(session.current)
        #expect(session.answer("1800", at: StudyFixture.start)?.suggested == .again)
        try session.grade(.again, at: StudyFixture.start)
        #expect(session.pending.last == first)
    }

    @Test func undoRestoresTheCardAndTheLog() throws {
        let fixture = StudyFixture()
        defer { fixture.remove() }
        let store = try fixture.store()
        let session = StudySession(deck: fixture.deck, store: store, now: StudyFixture.start)
        let first = try #require(session.current)
        session.answer(first.answer, at: StudyFixture.start)
        try session.grade(.good, at: StudyFixture.start + 1_000)
        #expect(try session.undo(at: StudyFixture.start + 2_000) == first)
        #expect(session.current == first)
        #expect(store.schedule(for: first.id) == nil)
        // the review stays in the log, taken back by an undo record after it
        #expect(store.snapshot.logCount == 2)
        #expect(store.snapshot.logLast?.operation?.kind == .undo(reviewTime: StudyFixture.start + 1_000))
    }

    @Test func aNewSessionResumesWithOnlyWhatIsDue() throws {
        let fixture = StudyFixture()
        defer { fixture.remove() }
        do {
            let session = StudySession(deck: fixture.deck, store: try fixture.store(), now: StudyFixture.start)
            let first = try #require(session.current)
            session.answer(first.answer, at: StudyFixture.start)
            try session.grade(.easy, at: StudyFixture.start)
            try session.finish()
        }
        let resumed = StudySession(deck: fixture.deck, store: try fixture.store(), now: StudyFixture.start + 60_000)
        #expect(resumed.pending.count == 2)
    }

    @Test func reviewCardsAreDueByLocalStudyDay() {
        let queue = StudyQueue(calendar: StudyClock(timeZone: TimeZone(secondsFromGMT: 7 * 3600)!, rolloverHour: 4))
        // 2026-03-01 20:00 UTC is 03:00 local on the 2nd: still the study day of the 1st (before 4 a.m.).
        let evening: Timestamp = 1_772_395_200_000
        let card = CardSchedule(phase: .review, due: evening + 2 * Milliseconds.hour)   // 05:00 local: the next study day
        #expect(!queue.isDue(card, at: evening))
        #expect(queue.isDue(card, at: evening + 2 * Milliseconds.hour))
    }
}

@Suite struct StudyQueueOrderTests {
    @Test func dueCardsComeByTimeThenDeckOrder() {
        let due: [(due: Timestamp, index: Int32)] = [(500, 0), (100, 1), (500, 2), (100, 3), (-5, 4)]
        #expect(StudyQueue.ordered(due) == [4, 1, 3, 0, 2])
    }

    @Test func aDeckLargerThanThePackedKeyIsStillOrdered() {
        let big = Int32(1 << 22)
        let due: [(due: Timestamp, index: Int32)] = [(300, 5), (100, big), (200, big + 1)]
        #expect(StudyQueue.ordered(due) == [big, big + 1, 5])
    }
}

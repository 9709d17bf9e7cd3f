import Cards
import Foundation
import Scheduling
import Store
import Testing
@testable import Study

/// Cramming: every card before the exam, weakest first, a share a day; answers to cards not due stay out of the log.
@Suite struct ExamPlanTests {
    static let now: Timestamp = 1_780_000_000_000 + 6 * Milliseconds.hour
    let deck = LoadedDeck(Deck(name: "d", language: .vi, source: DeckSource(file: "d", sha256: ""), events: [], cards: (0..<7).map {
        Card(id: "c\($0)", kind: .cloze, prompt: "câu \($0)", answer: "x", eventID: "e\($0)", sourceSentence: "")
    }))

    @Test func everyCardOnceBeforeTheExamWeakestFirst() {
        let history = [ReviewRecord(cardID: "c0", rating: .easy, time: Self.now - 20 * Milliseconds.day, durationMs: 0),
                       ReviewRecord(cardID: "c1", rating: .hard, time: Self.now - 20 * Milliseconds.day, durationMs: 0)]
        let progress = MemoryProgress(history: history)
        let plan = ExamPlan(cards: deck, schedules: progress.schedule(for:), today: 100, examDay: 103)
        #expect(Array(plan.order.suffix(2)) == ["c1", "c0"])           // studied cards last, the less stable first
        #expect(plan.days == 3)
        let shares = (100..<103).map { plan.share(on: Int64($0)) }
        #expect(shares.map(\.count) == [3, 3, 1])
        #expect(Set(shares.joined()) == Set(plan.order) && shares.joined().count == 7)
        #expect(plan.share(on: 103).isEmpty)
        #expect(plan.share(on: 120) == [])
    }

    @Test func crammingACardNotDueLeavesItsScheduleAlone() throws {
        let history = [ReviewRecord(cardID: "c0", rating: .easy, time: Self.now - Milliseconds.day, durationMs: 0)]
        let progress = MemoryProgress(history: history)
        let before = progress.schedule(for: "c0")
        let queue = StudyQueue()
        let cram = CramProgress(base: progress, isDue: { queue.isDue($0, at: Self.now) })
        let session = StudySession(cards: deck, store: cram, queue: queue, ids: ["c0", "c3"], now: Self.now)
        #expect(session.current?.id == "c0")
        session.answer("x", at: Self.now)
        try session.grade(.good, at: Self.now)
        #expect(progress.schedule(for: "c0") == before)                // the long-term schedule is untouched
        #expect(cram.unrecorded.map(\.cardID) == ["c0"])
        session.answer("x", at: Self.now)
        try session.grade(.good, at: Self.now)                          // a new card is learned for real
        #expect(progress.log.map(\.cardID) == ["c0", "c3"])
        try session.undo(at: Self.now)
        #expect(progress.log.map(\.cardID) == ["c0"])
    }

    @Test func suspendingWhileCrammingIsRecordedAndLeavesSchedulesAlone() throws {
        let history = [ReviewRecord(cardID: "c0", rating: .easy, time: Self.now - Milliseconds.day, durationMs: 0)]
        let progress = MemoryProgress(history: history)
        let before = progress.schedule(for: "c0")
        let queue = StudyQueue()
        let cram = CramProgress(base: progress, isDue: { queue.isDue($0, at: Self.now) })
        let session = StudySession(cards: deck, store: cram, queue: queue, ids: ["c0", "c3"], now: Self.now)
        #expect(session.current?.id == "c0")
        #expect(try session.suspendCurrent(at: Self.now) == .recorded)
        #expect(progress.suspended == ["c0"])                              // kept beyond this cram
        #expect(progress.schedule(for: "c0") == before)
        #expect(session.current?.id == "c3")
        let again = StudySession(cards: deck, store: CramProgress(base: progress, isDue: { queue.isDue($0, at: Self.now) }),
                                 queue: queue, ids: ["c0", "c3"], now: Self.now)
        #expect(again.current?.id == "c3")                                 // a suspended card is not crammed
    }
}

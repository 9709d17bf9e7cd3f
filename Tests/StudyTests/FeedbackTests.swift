import Cards
import Foundation
import Scheduling
import Store
import Testing
@testable import Study

/// What the session says after an answer, hints, the masked source, the counters and the summary.
@Suite struct FeedbackTests {
    static let start: Timestamp = 1_780_000_000_000

    static let chronology = Card(id: "chr", kind: .chronology, prompt: "Sắp xếp", answer: "CAB",
                                 choices: ["Hiệp định Genève", "Chiến dịch Hồ Chí Minh", "Cách mạng tháng Tám"],
                                 eventID: "e1", sourceSentence: "Năm 1945, Cách mạng tháng Tám thành công.",
                                 choiceDates: ["năm 1954", "năm 1975", "năm 1945"])
    static let choice = Card(id: "mc", kind: .multipleChoice, prompt: "Năm nào?", answer: "1954",
                             choices: ["1945", "1954", "1975", "1986"], eventID: "e2", sourceSentence: "Năm 1954, hội nghị họp.")
    static let cloze = Card(id: "cz", kind: .cloze, prompt: "[...] ký hiệp định", answer: "Hiệp định Genève",
                            eventID: "e3", sourceSentence: "Các bên ký Hiệp định Genève ngày 21 tháng 7 năm 1954.")
    static let date = Card(id: "dt", kind: .dateRecall, prompt: "Khi nào?", answer: "ngày 7 tháng 5 năm 1954",
                           accepted: ["7/5/1954"], eventID: "e4",
                           sourceSentence: "Ngày 7/5/1954, chiến dịch Điện Biên Phủ toàn thắng.")

    func session(_ cards: [Card], progress: MemoryProgress = MemoryProgress()) -> StudySession {
        let deck = Deck(name: "d", language: .vi, source: DeckSource(file: "d", sha256: ""), events: [], cards: cards)
        return StudySession(deck: deck, store: progress, now: Self.start)
    }

    @Test func aWrongChronologyListsEveryEventWithItsDateInOrder() throws {
        let session = session([Self.chronology])
        let outcome = try #require(session.answer("ABC", at: Self.start))
        #expect(outcome.verdict == .wrong)
        #expect(outcome.datedChoices.map(\.letter) == ["C", "A", "B"])
        #expect(outcome.datedChoices.map(\.date) == ["năm 1945", "năm 1954", "năm 1975"])
    }

    @Test func aLetterThatIsNoOptionIsAskedAgain() {
        let session = session([Self.choice])
        #expect(session.rejection(of: "E") == .notAnOption(typed: "E", letters: ["A", "B", "C", "D"]))
        #expect(session.rejection(of: "đáp án e") == .notAnOption(typed: "E", letters: ["A", "B", "C", "D"]))
        #expect(session.answer("E", at: Self.start) == nil)
        #expect(session.phase == .asking)
        #expect(session.rejection(of: "b") == nil)
        #expect(session.answer("b", at: Self.start)?.verdict == .correct)
    }

    @Test func aChronologyNeedsEachLetterOnce() {
        let session = session([Self.chronology])
        #expect(session.rejection(of: "AAB") == .notAnOrder(letters: ["A", "B", "C"]))
        #expect(session.rejection(of: "AB") == .notAnOrder(letters: ["A", "B", "C"]))
        #expect(session.rejection(of: "không biết") == .notAnOrder(letters: ["A", "B", "C"]))
        #expect(session.rejection(of: "c, a, b") == nil)
    }

    @Test func aWrongTypedAnswerShowsWhatDiffers() throws {
        let session = session([Self.cloze])
        let outcome = try #require(session.answer("Hiệp định Paris", at: Self.start))
        #expect(outcome.verdict != .correct)
        #expect(outcome.differences?.missing == ["Genève"] && outcome.differences?.extra == ["Paris"])
        #expect(AnswerDiff(typed: "Hiệp định Genev", expected: "Hiệp định Genève").fixes == [AnswerDiff.Fix(typed: "Genev", expected: "Genève")])
        let accents = AnswerDiff(typed: "Hiep dinh Geneve", expected: "Hiệp định Genève")
        #expect(accents.fixes.count == 3 && accents.missing.isEmpty && accents.extra.isEmpty)
        let other = AnswerDiff(typed: "2001", expected: "Afghanistan")
        #expect(other.fixes.isEmpty && other.missing == ["Afghanistan"] && other.extra == ["2001"] && !other.isHelpful)
        let missing = AnswerDiff(typed: "Genève", expected: "Hiệp định Genève")
        #expect(missing.missing == ["Hiệp", "định"])
    }

    @Test func hintsRevealMoreAndLowerTheSuggestedGrade() throws {
        let first = session([Self.cloze])
        #expect(first.nextHint() == .letters("H___ đ___ Ge____"))
        #expect(first.answer("Hiệp định Genève", at: Self.start)?.suggested == .hard)

        let second = session([Self.cloze])
        _ = second.nextHint()
        #expect(second.nextHint() == .letters("Hi__ đị__ Gen___"))
        #expect(second.answer("Hiệp định Genève", at: Self.start)?.suggested == .again)

        let choice = session([Self.choice])
        guard case let .ruledOut(letters) = choice.nextHint() else { Issue.record("no options ruled out"); return }
        #expect(letters.count == 1 && !letters.contains("B"))
        guard case let .ruledOut(more) = choice.nextHint() else { Issue.record("no options ruled out"); return }
        #expect(more.count == 2 && !more.contains("B") && more.contains(letters[0]))
        #expect(session([Self.chronology]).nextHint() == .startsWith(["C"]))
        #expect(Hint.masked("năm 1954", level: 1) == "n__ 1___")
        #expect(Hint.masked("năm 1954", level: 3) == "nă_ 195_")
    }

    @Test func theSourceHidesTheAnswerUntilItIsAnswered() throws {
        let session = session([Self.date])
        let masked = try #require(session.source)
        #expect(!masked.contains("1954") && !masked.contains("7/5"))
        #expect(masked.contains(SourceMask.placeholder))
        #expect(masked.contains("chiến dịch Điện Biên Phủ toàn thắng"))
        session.answer("", at: Self.start)
        #expect(session.source == Self.date.sourceSentence)
        #expect(SourceMask.masked(for: Self.cloze) == "Các bên ký [...] ngày 21 tháng 7 năm 1954.".replacingOccurrences(of: "[...]", with: SourceMask.placeholder))
    }

    @Test func countersFollowTheCardsPhases() throws {
        let cards = [Self.cloze, Self.date, Self.choice]
        let history = [ReviewRecord(cardID: "dt", rating: .easy, time: Self.start - 40 * Milliseconds.day, durationMs: 0)]
        let session = session(cards, progress: MemoryProgress(history: history))
        #expect(session.counts == QueueCounts(new: 2, learning: 0, review: 1))
        let card = try #require(session.current)
        #expect(card.id == "dt")
        session.answer("1800", at: Self.start)
        try session.grade(.again, at: Self.start)
        #expect(session.counts == QueueCounts(new: 2, learning: 1, review: 0))
        #expect(session.counts.total == session.pendingCount)
    }

    @Test func theSummaryCountsVerdictsTimeAndWhatIsDue() throws {
        let session = session([Self.cloze, Self.date])
        let first = try #require(session.current)
        session.answer(first.answer, at: Self.start)
        try session.grade(.easy, at: Self.start + 30_000)
        session.answer("", at: Self.start + 30_000)
        try session.grade(.again, at: Self.start + 40_000)
        let summary = session.summary(at: Self.start + 40_000)
        #expect(summary.answered == 2 && summary.right == 1 && summary.shown == 1 && summary.wrong == 0)
        #expect(summary.percentRight == 100)
        #expect(summary.studyMs == 40_000)
        let clock = StudyClock()
        let days = (0..<session.cards.cardCount).compactMap { session.store.schedule(for: session.cards.cardID(at: $0)) }
            .map { clock.day(of: $0.due) - clock.day(of: Self.start + 40_000) }
        #expect(days.count == 2)
        #expect(summary.dueTomorrow == days.count { $0 == 1 })
        #expect(summary.dueThisWeek == days.count { (1...7).contains($0) })
        #expect(days.contains { $0 >= 1 })   // the Easy card is due on a later day
        #expect(summary.leftToday == 1)      // the Again card comes back today
    }

    @Test func leavingWithoutAnsweringWritesNothing() throws {
        let progress = MemoryProgress()
        let session = session([Self.cloze], progress: progress)
        try session.finish()
        #expect(progress.saves == 0)
        session.answer("x", at: Self.start)
        try session.grade(.good, at: Self.start)
        try session.finish()
        #expect(progress.saves == 1)
    }
}

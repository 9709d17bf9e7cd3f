import Cards
import Foundation
import Scheduling
import Store
import Testing
@testable import Study

/// `:suspend`, `:bury`, `:flag` and `:edit` in a session, with progress that records them and with one that cannot.
@Suite struct PuttingAsideTests {
    static let start: Timestamp = 1_780_000_000_000

    let deck = Deck(name: "d", language: .vi, source: DeckSource(file: "d", sha256: ""), events: [], cards: (0..<3).map {
        Card(id: "c\($0)", kind: .cloze, prompt: "[...] \($0)", answer: "Genève", eventID: "e\($0)", sourceSentence: "")
    })

    @Test func aSuspendedCardNeverComesBack() throws {
        let progress = MemoryProgress()
        let session = StudySession(deck: deck, store: progress, now: Self.start)
        let first = try #require(session.current)
        #expect(try session.suspendCurrent(at: Self.start) == .recorded)
        #expect(!session.pending.contains(first))
        #expect(progress.suspended == [first.id])
        let later = StudySession(deck: deck, store: progress, now: Self.start + 30 * Milliseconds.day)
        #expect(!later.pending.contains(first))
        try progress.setSuspended(first.id, false, at: Self.start + 30 * Milliseconds.day)
        #expect(StudySession(deck: deck, store: progress, now: Self.start + 30 * Milliseconds.day).pending.contains(first))
    }

    /// A new card suspended before it is answered leaves its place to a new card of another event, never to a sibling
    /// (the student saw the suspended card, whose text or options may answer its siblings).
    @Test func aSuspendedNewCardsPlaceGoesToAnotherEvent() throws {
        let cards = (0..<4).map { n in
            Card(id: "c\(n)", kind: n % 2 == 0 ? .cloze : .dateRecall, prompt: "[...] \(n)", answer: "Genève", eventID: "e\(n / 2)",
                 sourceSentence: "")
        } + [Card(id: "c4", kind: .cloze, prompt: "[...] 4", answer: "Genève", eventID: "e2", sourceSentence: "")]
        let deck = Deck(name: "d", language: .vi, source: DeckSource(file: "d", sha256: ""), events: [], cards: cards)
        let progress = MemoryProgress()
        let session = StudySession(deck: deck, store: progress, queue: StudyQueue(limits: DailyLimits(newCards: 2)), now: Self.start)
        #expect(session.pending.map(\.eventID) == ["e0", "e1"])
        #expect(try session.suspendCurrent(at: Self.start) == .recorded)
        // e0's other card waits; the card of e2 takes the suspended card's place.
        #expect(session.pending.map(\.eventID) == ["e1", "e2"])
    }

    @Test func aBuriedCardComesBackTomorrow() throws {
        let progress = MemoryProgress()
        let session = StudySession(deck: deck, store: progress, now: Self.start)
        let first = try #require(session.current)
        session.answer("", at: Self.start)                      // buried after seeing the answer, without grading
        #expect(try session.buryCurrent(at: Self.start) == .recorded)
        #expect(progress.log.isEmpty)
        #expect(!StudySession(deck: deck, store: progress, now: Self.start + Milliseconds.hour).pending.contains(first))
        #expect(StudySession(deck: deck, store: progress, now: Self.start + Milliseconds.day).pending.contains(first))
    }

    @Test func flagsAreRecorded() throws {
        let progress = MemoryProgress()
        let session = StudySession(deck: deck, store: progress, now: Self.start)
        let first = try #require(session.current)
        #expect(try session.flagCurrent(3, at: Self.start) == .recorded)
        #expect(progress.flags == [first.id: 3])
        #expect(session.current == first)
        #expect(try session.flagCurrent(9, at: Self.start) == nil)
        #expect(try session.flagCurrent(0, at: Self.start) == .recorded)
        #expect(progress.flags.isEmpty)
    }

    @Test func theProgressStoreRecordsThemInItsLog() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ontap-aside-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let first: Card
        do {
            let session = StudySession(deck: deck, store: try ProgressStore(root: root, deck: "d"), now: Self.start)
            first = try #require(session.current)
            #expect(try session.suspendCurrent(at: Self.start) == .recorded)
            #expect(try session.flagCurrent(4, at: Self.start) == .recorded)
            try session.finish()
        }
        let log = try String(contentsOf: root.appendingPathComponent("d/reviews.jsonl"), encoding: .utf8)
        #expect(log.contains(#""op":"suspend""#) && log.contains(#""op":"flag""#))
        let reopened = try ProgressStore(root: root, deck: "d")
        #expect(reopened.suspended == [first.id])
        #expect(!StudySession(deck: deck, store: reopened, now: Self.start + Milliseconds.day).pending.contains(first))
    }

    @Test func progressThatCannotRecordKeepsThemForTheSession() throws {
        let progress = MemoryProgress(recordingBlock: .unwritable)
        let session = StudySession(deck: deck, store: progress, now: Self.start)
        let first = try #require(session.current)
        #expect(try session.suspendCurrent(at: Self.start) == .sessionOnly)
        #expect(!session.pending.contains(first))
        #expect(progress.suspended.isEmpty)
        #expect(session.hasChanges == false)
    }

    @Test func anEditChangesTheCardForTheSession() throws {
        let session = StudySession(deck: deck, store: MemoryProgress(), now: Self.start)
        session.editCurrent(CardEdit(accepted: ["Geneva"]))
        session.editCurrent(CardEdit(prompt: "Hội nghị năm 1954 họp ở [...]"))
        let card = try #require(session.current)
        #expect(card.prompt == "Hội nghị năm 1954 họp ở [...]")
        #expect(card.accepted.contains("Geneva"))
        #expect(session.answer("Geneva", at: Self.start)?.verdict == .correct)
    }
}

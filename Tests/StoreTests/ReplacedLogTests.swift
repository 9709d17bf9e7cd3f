import FileFormats
import Foundation
import Scheduling
import Testing
@testable import Store

/// A `git pull` during a session replaces `reviews.jsonl` under the open store: answers go to the new file, the
/// state is replayed from it, nothing the session recorded is lost, and the learner is told.
@Suite struct ReplacedLogTests {
    let folder = TemporaryFolder()
    var root: URL { folder.url.appendingPathComponent("Progress") }
    let reviews = sampleReviews(8)

    /// Replaces the log the way git does: a new file renamed over the path.
    func replaceLog(with entries: [ReviewRecord]) throws {
        let bytes = ReviewLogFile.encode(header: ReviewLogHeader(deck: "deck", id: "pulled"), records: entries)
        try AtomicFile.write(bytes, toPath: folder.file("Progress/deck/reviews.jsonl"))
    }

    func logReviews() throws -> [ReviewRecord] {
        try ReviewLogFile.read(path: folder.file("Progress/deck/reviews.jsonl"), deck: "deck")!.records
    }

    func replayed(_ records: [ReviewRecord]) -> [String: CardSchedule] {
        var cards: [String: CardSchedule] = [:]
        for r in records { Replay.apply(r, to: &cards, scheduler: SchedulerSettings().makeScheduler()) }
        return cards
    }

    @Test func anAnswerAfterAPullGoesToTheNewLog() throws {
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            _ = try store.record(reviews[0])
            _ = try store.record(reviews[1])
            // the other device's reviews merged in, ours kept
            try replaceLog(with: [reviews[0], reviews[1], reviews[2], reviews[3]])
            _ = try store.record(reviews[4])
            #expect(try logReviews() == Array(reviews[0...4]))
            #expect(store.snapshot.cards == replayed(Array(reviews[0...4])))
            #expect(store.notices.contains { $0.description.contains("was replaced while you studied") })
        }
        let reopened = try ProgressStore(root: root, deck: "deck")
        #expect(reopened.snapshot.cards == replayed(Array(reviews[0...4])))
        #expect(reopened.notices.isEmpty, "\(reopened.notices)")
    }

    @Test func answersTheNewLogLacksAreAddedBack() throws {
        let store = try ProgressStore(root: root, deck: "deck")
        _ = try store.record(reviews[0])
        _ = try store.record(reviews[1])
        try replaceLog(with: [reviews[5]])                   // a reset log that lacks this session's answers
        _ = try store.record(reviews[6])
        #expect(Set(try logReviews()) == Set([reviews[5], reviews[0], reviews[1], reviews[6]]))
        #expect(store.notices.contains { $0.description.contains("2 answer(s) of this session it lacked were added back") })
    }

    @Test func aDeletedLogIsStartedAgainWithTheSessionsAnswers() throws {
        let store = try ProgressStore(root: root, deck: "deck")
        _ = try store.record(reviews[0])
        try FileManager.default.removeItem(atPath: folder.file("Progress/deck/reviews.jsonl"))
        _ = try store.record(reviews[1])
        #expect(try logReviews() == [reviews[0], reviews[1]])
        #expect(folder.text("Progress/deck/reviews.jsonl")!.hasPrefix(#"{"format":"ontap-reviews""#))
    }
}

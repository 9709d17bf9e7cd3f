import Foundation
import Scheduling
import Testing
@testable import Store
#if canImport(Glibc)
import Glibc
#endif

@Suite struct ProgressStoreTests {
    let folder = TemporaryFolder()
    var root: URL { folder.url.appendingPathComponent("Progress") }

    /// The state a fresh replay of `reviews` gives.
    func replayed(_ reviews: [ReviewRecord]) -> [String: CardSchedule] {
        var cards: [String: CardSchedule] = [:]
        let scheduler = SchedulerSettings().makeScheduler()
        for review in reviews { Replay.apply(review, to: &cards, scheduler: scheduler) }
        return cards
    }

    @Test func recordsAndReopensToTheSameState() throws {
        let reviews = sampleReviews(40)
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            #expect(store.canRecord)
            for review in reviews { _ = try store.record(review) }
            #expect(store.snapshot.cards == replayed(reviews))
        }
        let log = folder.text("Progress/deck/reviews.jsonl")!
        #expect(log.hasPrefix(#"{"format":"ontap-reviews","version":1,"deck":"deck"}"# + "\n"))
        #expect(log.split(separator: "\n").count == 41)
        let reopened = try ProgressStore(root: root, deck: "deck")
        #expect(reopened.snapshot.cards == replayed(reviews))
        #expect(reopened.snapshot.logCount == 40)
        #expect(reopened.notices.isEmpty)
    }

    @Test func snapshotIsRewrittenEveryNAnswersAndOpenReplaysOnlyTheTail() throws {
        let reviews = sampleReviews(25)
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            store.snapshotInterval = 10
            for review in reviews { _ = try store.record(review) }
        }
        let state = try decodeState(folder.read("Progress/deck/state.json")!).snapshot
        #expect(state.logCount == 20)
        #expect(state.logLast == .review(reviews[19]))
        #expect(state.cards == replayed(Array(reviews.prefix(20))))
        let reopened = try ProgressStore(root: root, deck: "deck")
        #expect(reopened.snapshot.cards == replayed(reviews))
        #expect(reopened.notices.isEmpty)
    }

    @Test func undoAppendsAnUndoRecordAndTheReplayLeavesTheReviewOut() throws {
        let reviews = sampleReviews(6)
        let v1 = #"{"format":"ontap-reviews","version":1,"deck":"deck"}"#
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            store.snapshotInterval = 6
            for review in reviews { _ = try store.record(review) }
            #expect(folder.text("Progress/deck/reviews.jsonl")!.hasPrefix(v1))
            // the sixth answer triggered a snapshot; taking it back appends a line and never cuts the log
            #expect(try store.undoLast(at: reviews[5].time + 5_000) == reviews[5])
            #expect(store.snapshot.cards == replayed(Array(reviews.prefix(5))))
            #expect(try store.undoLast(at: reviews[5].time + 6_000) == reviews[4])
            #expect(store.snapshot.cards == replayed(Array(reviews.prefix(4))))
            #expect(store.notices.contains { $0.description.contains("version 2") })
        }
        let lines = folder.text("Progress/deck/reviews.jsonl")!.split(separator: "\n")
        #expect(lines.count == 9)
        #expect(lines[0] == #"{"format":"ontap-reviews","version":2,"deck":"deck"}"#)
        #expect(lines[7] == #"{"op":"undo","card":"\#(reviews[5].cardID)","review_time":\#(reviews[5].time),"time":\#(reviews[5].time + 5_000)}"#)
        #expect(folder.text("Progress/deck/reviews.jsonl.bak")!.hasPrefix(v1))
        let reopened = try ProgressStore(root: root, deck: "deck")
        #expect(reopened.snapshot.cards == replayed(Array(reviews.prefix(4))))
        #expect(reopened.snapshot.logCount == 8)
        #expect(reopened.notices.isEmpty, "\(reopened.notices)")
    }

    @Test func aStaleSnapshotBeforeAnUndoIsReplayedWhole() throws {
        let reviews = sampleReviews(6)
        let lines: [String]
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            for review in reviews { _ = try store.record(review) }
            try store.saveSnapshot()
            lines = folder.text("Progress/deck/reviews.jsonl")!.split(separator: "\n").map(String.init)
            try store.undoLast(at: reviews[5].time + 1)
        }
        // state.json as it was before the undo (the crash came between the undo line and the next snapshot)
        let stateBefore: [UInt8]
        do {
            var settings = SchedulerSettings()
            settings.timeZone = TimeZone.current.identifier  // fixed at first use, as the store does
            var snapshot = ProgressSnapshot(deck: "deck", settings: settings, logCount: 6,
                                            cards: replayed(reviews), logBytes: 0, logLast: .review(reviews[5]))
            // the header grew to version 2 (same length): the position is the end of the sixth review
            snapshot.logBytes = lines.map { $0.utf8.count + 1 }.reduce(0, +)
            stateBefore = SnapshotCodec.encode(snapshot)
        }
        folder.write("Progress/deck/state.json", stateBefore)
        let reopened = try ProgressStore(root: root, deck: "deck")
        #expect(reopened.notices.isEmpty, "\(reopened.notices)")
        #expect(reopened.snapshot.cards == replayed(Array(reviews.prefix(5))))
        #expect(reopened.snapshot.logCount == 7)
        // a new session has nothing of its own to take back; after an answer, undoLast() takes it back
        #expect(try reopened.undoLast() == nil)
        _ = try reopened.record(reviews[5])
        #expect(try reopened.undoLast() == reviews[5])
        #expect(reopened.snapshot.cards == replayed(Array(reviews.prefix(5))))
    }

    @Test func tornLastLineIsSetAsideNotLost() throws {
        let reviews = sampleReviews(3)
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            for review in reviews { _ = try store.record(review) }
            try store.saveSnapshot()
        }
        let intact = folder.read("Progress/deck/reviews.jsonl")!
        let torn = Array(#"{"card":"c1","rat"#.utf8)
        folder.write("Progress/deck/reviews.jsonl", intact + torn)
        let store = try ProgressStore(root: root, deck: "deck")
        #expect(store.snapshot.cards == replayed(reviews))
        #expect(store.notices.count == 1)
        #expect(store.notices.first?.description.contains("set aside") == true)
        #expect(folder.read("Progress/deck/reviews.jsonl") == intact)
        let side = folder.list("Progress/deck").filter { $0.hasPrefix("reviews.jsonl.torn-") }
        #expect(side.count == 1)
        #expect(folder.read("Progress/deck/" + side[0]) == torn)
        _ = try store.record(sampleReviews(1, seed: 9)[0])
        #expect(folder.text("Progress/deck/reviews.jsonl")!.split(separator: "\n").count == 5)
    }

    @Test func lastLineWithoutLineFeedButWholeIsKept() throws {
        let reviews = sampleReviews(2)
        var log = ReviewLogHeader(deck: "deck").encoded
        for review in reviews { log += ReviewLine.encode(review) }
        log.removeLast()
        folder.write("Progress/deck/reviews.jsonl", log)
        let store = try ProgressStore(root: root, deck: "deck")
        #expect(store.snapshot.cards == replayed(reviews))
        _ = try store.record(sampleReviews(1, seed: 5)[0])
        #expect(folder.text("Progress/deck/reviews.jsonl")!.split(separator: "\n").count == 4)
    }

    @Test func secondWriterIsToldWhoHoldsTheDeck() throws {
        let first = try ProgressStore(root: root, deck: "deck")
        #expect(first.canRecord)
        let second = try ProgressStore(root: root, deck: "deck")
        #expect(!second.canRecord)
        #expect(second.lockHolder?.pid == getpid())
        #expect(second.notices.first?.description.contains("pid \(getpid())") == true)
        let before = folder.read("Progress/deck/reviews.jsonl")
        _ = try second.record(sampleReviews(1)[0])          // quizzing without recording
        #expect(folder.read("Progress/deck/reviews.jsonl") == before)
        _ = consume first
        let third = try ProgressStore(root: root, deck: "deck")
        #expect(third.canRecord)
    }

    @Test func replacedLogIsNotTrustedToTheSnapshot() throws {
        let reviews = sampleReviews(8)
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            for review in reviews.prefix(4) { _ = try store.record(review) }
            try store.saveSnapshot()
        }
        var other = ReviewLogHeader(deck: "deck", id: "merged").encoded
        for review in reviews.suffix(4) { other += ReviewLine.encode(review) }
        folder.write("Progress/deck/reviews.jsonl", other)
        let store = try ProgressStore(root: root, deck: "deck")
        #expect(store.snapshot.cards == replayed(Array(reviews.suffix(4))))
        #expect(store.notices.first?.description.contains("rebuilt") == true)
    }

    @Test func version0LogAndVersion1StateAreMigratedWithBackups() throws {
        let reviews = sampleReviews(5)
        var log: [UInt8] = []
        for review in reviews { log += ReviewLine.encode(review) }
        folder.write("Progress/deck/reviews.jsonl", log)
        let v1 = #"{"cards":{},"deck":"deck","format":"ontap-state","log_count":0,"settings":{"day_rollover_hour":4,"desired_retention":0.85,"enable_fuzz":true,"kind":"fsrs","learning_steps":[60,600],"maximum_interval":36500,"relearning_steps":[600],"weights":[0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542]},"version":1}"#
        folder.write("Progress/deck/state.json", v1)
        let store = try ProgressStore(root: root, deck: "deck")
        #expect(store.snapshot.cards == replayed(reviews))
        #expect(store.snapshot.settings.desiredRetention == 0.85)
        #expect(folder.read("Progress/deck/reviews.jsonl.bak") == log)
        #expect(folder.text("Progress/deck/state.json.bak") == v1)
        #expect(folder.text("Progress/deck/reviews.jsonl")!.hasPrefix(#"{"format":"ontap-reviews""#))
        #expect(try decodeState(folder.read("Progress/deck/state.json")!).version == ProgressSnapshot.currentVersion)
        #expect(store.notices.count == 2)
    }

    @Test(arguments: ["..", ".", "../x", "/etc/passwd", "a/b", "a\u{0}b", "bell\u{7}", "", ".hidden", "tab\tname",
                      String(repeating: "ầ", count: 100)])
    func namesNeverLeaveTheFolder(name: String) {
        #expect(throws: StoreError.self) { _ = try DeckName(name) }
        #expect(throws: StoreError.self) { _ = try ProgressStore(root: root, deck: name) }
    }

    @Test(arguments: ["lịch-sử", "WW2_1945", "a.b", "Hà_Nội"])
    func ordinaryNamesAreAccepted(name: String) throws {
        #expect(try DeckName(name).rawValue == name)
    }
}

import FileFormats
import Foundation
import Scheduling
import Testing
@testable import Store

/// Suspend, unsuspend, bury and flag: appended to the log, replayed into the snapshot, kept in state.json, merged
/// and checked by doctor.
@Suite struct CardMarkTests {
    let folder = TemporaryFolder()
    var root: URL { folder.url.appendingPathComponent("Progress") }
    let t: Timestamp = 1_790_000_000_000

    /// Marks a few cards of a deck with some answers, as a session would.
    func markCards() throws -> ProgressStore {
        let store = try ProgressStore(root: root, deck: "deck")
        for review in sampleReviews(5, start: t) { _ = try store.record(review) }
        try store.setSuspended("c1", true, at: t + 1)
        try store.setSuspended("c5", true, at: t + 2)
        try store.setSuspended("c5", false, at: t + 3)
        try store.bury("c2", at: t + 4)
        try store.setFlag("c3", 4, at: t + 5)
        try store.setFlag("c4", 2, at: t + 6)
        try store.setFlag("c4", 0, at: t + 7)
        return store
    }

    var expectedBury: Timestamp {
        StudyClock(timeZone: .current, rolloverHour: SchedulerSettings().dayRolloverHour).startOfNextDay(after: t + 4)
    }

    func expectMarks(_ snapshot: ProgressSnapshot, _ comment: Comment) {
        #expect(snapshot.suspended == ["c1"], comment)
        #expect(snapshot.buriedUntil == ["c2": expectedBury], comment)
        #expect(snapshot.flags == ["c3": 4], comment)
    }

    @Test func marksAreLoggedReplayedAndKept() throws {
        let cards: [String: CardSchedule]
        do {
            let store = try markCards()
            expectMarks(store.snapshot, "in the session")
            #expect(store.snapshot.buriedUntil["c2"]! > t + 4)
            cards = store.snapshot.cards
            try store.saveSnapshot()
        }
        let lines = folder.text("Progress/deck/reviews.jsonl")!.split(separator: "\n")
        #expect(lines.count == 1 + 5 + 7)
        #expect(lines[0].contains(#""version":2"#))
        #expect(lines[6] == #"{"op":"suspend","card":"c1","time":1790000000001}"#)
        #expect(lines[12] == #"{"op":"flag","card":"c4","flag":0,"time":1790000000007}"#)
        let state = try decodeState(folder.read("Progress/deck/state.json")!).snapshot
        expectMarks(state, "state.json")
        #expect(folder.text("Progress/deck/state.json")!.contains("\"suspended\":[\"c1\"]"))
        let reopened = try ProgressStore(root: root, deck: "deck")
        expectMarks(reopened.snapshot, "reopened")
        #expect(reopened.snapshot.cards == cards)
        #expect(reopened.notices.isEmpty)
    }

    @Test func aSnapshotRebuiltFromTheLogHasTheSameMarks() throws {
        do { _ = try markCards() }
        try FileManager.default.removeItem(atPath: folder.file("Progress/deck/state.json"))
        let rebuilt = try ProgressStore(root: root, deck: "deck")
        expectMarks(rebuilt.snapshot, "rebuilt")
    }

    @Test func doctorChecksTheMarksAgainstTheLog() throws {
        do { try markCards().saveSnapshot() }
        #expect(ProgressDoctor.check(root: root, deck: "deck", knownCardIDs: nil).findings.allSatisfy { $0.severity == .note })
        var text = folder.text("Progress/deck/state.json")!
        text = text.replacingOccurrences(of: "\"flags\":{\"c3\":4}", with: "\"flags\":{\"c3\":5}")
        folder.write("Progress/deck/state.json", text)
        let report = ProgressDoctor.check(root: root, deck: "deck", knownCardIDs: nil)
        #expect(report.findings.contains { $0.severity == .error && $0.message.contains("flagged") }, "\(report.findings)")
    }

    @Test func doctorWarnsOfAnUndoThatMatchesNoReview() throws {
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            let review = sampleReviews(1, start: t)[0]
            _ = try store.record(review)
            try store.undo(review, restoring: nil, at: t + 10)
            var stray = review
            stray.time += 1
            try store.undo(stray, restoring: nil, at: t + 20)   // a review that never was
            try store.saveSnapshot()
        }
        let report = ProgressDoctor.check(root: root, deck: "deck", knownCardIDs: nil)
        #expect(report.findings.filter { $0.severity == .warning }.map(\.line) == [4], "\(report.findings)")
        #expect(report.reviewCount == 0)
    }

    @Test func mergeKeepsTheOtherDevicesMarks() throws {
        let other = folder.url.appendingPathComponent("Other")
        do {
            let theirs = try ProgressStore(root: other, deck: "deck")
            for review in sampleReviews(5, start: t) { _ = try theirs.record(review) }
            try theirs.setFlag("c9", 7, at: t + 100)
            try theirs.bury("c2", at: t + 4)
        }
        let ours = try markCards()
        let summary = try ours.merge(otherLogAt: other.appendingPathComponent("deck/reviews.jsonl").path)
        #expect(summary.added == 1)          // the flag; the answers and the bury were the same lines
        #expect(ours.snapshot.flags == ["c3": 4, "c9": 7])
        #expect(ours.snapshot.suspended == ["c1"])
        #expect(ours.snapshot.buriedUntil == ["c2": expectedBury])
    }

    @Test(arguments: [
        (#"{"op":"star","card":"c1","time":5}"#, 7, FileProblem.unknownOperation("star")),
        (#"{"op":"flag","card":"c1","flag":8,"time":5}"#, 33, .outOfRange(field: "flag", lower: 0, upper: 7, value: 8)),
        (#"{"op":"undo","card":"c1","time":5}"#, 1, .missingField("review_time", place: nil)),
        (#"{"op":"bury","card":"c1"}"#, 1, .missingField("time", place: nil)),
    ])
    func badOperationLinesAreRefusedWithTheirPlace(line: String, column: Int, problem: FileProblem) throws {
        let log = #"{"format":"ontap-reviews","version":2,"deck":"deck"}"# + "\n" + line + "\n"
        folder.write("Progress/deck/reviews.jsonl", log)
        #expect(throws: StoreError.damaged(path: folder.file("Progress/deck/reviews.jsonl"), line: 2, column: column, problem: problem)) {
            _ = try ProgressStore(root: root, deck: "deck")
        }
        #expect(folder.text("Progress/deck/reviews.jsonl") == log)
    }
}

import Foundation
import Scheduling
import Testing
@testable import Store

@Suite struct DoctorTests {
    let folder = TemporaryFolder()
    var root: URL { folder.url.appendingPathComponent("Progress") }

    func makeProgress(_ reviews: [ReviewRecord], save: Bool = true) throws {
        let store = try ProgressStore(root: root, deck: "deck")
        for review in reviews { _ = try store.record(review) }
        if save { try store.saveSnapshot() }
    }

    @Test func healthyProgressHasNoFindings() throws {
        let reviews = sampleReviews(30)
        try makeProgress(reviews)
        let report = ProgressDoctor.check(root: root, deck: "deck", knownCardIDs: Set(reviews.map(\.cardID)))
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.reviewCount == 30 && report.isHealthy)
        #expect(ProgressDoctor.deckNames(in: root) == ["deck"])
    }

    @Test func findsOrphansUnknownCardsAndTimesOutOfOrder() throws {
        var reviews = sampleReviews(10)
        reviews[6].time = reviews[2].time - 1
        try makeProgress(reviews)
        let known = Set(reviews.map(\.cardID)).subtracting([reviews[0].cardID])
        let report = ProgressDoctor.check(root: root, deck: "deck", knownCardIDs: known)
        #expect(report.orphanedCardIDs == [reviews[0].cardID])
        #expect(report.findings.contains { $0.severity == .warning && $0.line == 8 && $0.message.contains("earlier") })
        #expect(report.isHealthy)
    }

    @Test func stateThatDiffersFromTheReplayIsAnErrorAndRepairFixesIt() throws {
        let reviews = sampleReviews(12)
        try makeProgress(reviews)
        var text = folder.text("Progress/deck/state.json")!
        let range = text.range(of: "\"reps\":")!
        text.replaceSubrange(range, with: "\"reps\":9")
        folder.write("Progress/deck/state.json", text)
        let before = ProgressDoctor.check(root: root, deck: "deck", knownCardIDs: nil)
        #expect(!before.isHealthy)
        #expect(before.findings.contains { $0.message.contains("differs from a replay") })
        let after = try ProgressDoctor.repair(root: root, deck: "deck", knownCardIDs: nil)
        #expect(after.isHealthy, "\(after.findings)")
        #expect(after.repairs.contains { $0.description.contains("state.json.bak-") })
        let backups = folder.list("Progress/deck").filter { $0.hasPrefix("state.json.bak-") }
        #expect(backups.count == 1 && folder.text("Progress/deck/" + backups[0]) == text)
    }

    @Test func repairRebuildsAnUnreadableStateKeepingItsSettings() throws {
        try makeProgress(sampleReviews(5))
        var text = folder.text("Progress/deck/state.json")!
        text = text.replacingOccurrences(of: "\"desired_retention\":0.9", with: "\"desired_retention\":0.8")
        text.removeLast(40)                                   // cut short
        folder.write("Progress/deck/state.json", text)
        let before = ProgressDoctor.check(root: root, deck: "deck", knownCardIDs: nil)
        #expect(before.findings.contains { $0.severity == .error && $0.line != nil && $0.column != nil })
        let after = try ProgressDoctor.repair(root: root, deck: "deck", knownCardIDs: nil)
        #expect(after.isHealthy, "\(after.findings)")
        let store = try ProgressStore(root: root, deck: "deck")
        #expect(store.snapshot.settings.desiredRetention == 0.8)
        #expect(store.snapshot.logCount == 5)
    }

    @Test func repairRefusesWhileAnotherOntapHoldsTheDeck() throws {
        let holder = try ProgressStore(root: root, deck: "deck")
        #expect(throws: StoreError.self) { _ = try ProgressDoctor.repair(root: root, deck: "deck", knownCardIDs: nil) }
        withExtendedLifetime(holder) {}
    }

    @Test func regeneratedDeckKeepsProgressOfUnchangedCards() throws {
        let reviews = sampleReviews(20, cards: 5)
        try makeProgress(reviews)
        let store = try ProgressStore(root: root, deck: "deck")
        let ids = Set(reviews.map(\.cardID)).sorted()
        let kept = Set(ids.dropFirst(2))
        #expect(store.snapshot.orphanedCardIDs(knownIDs: kept.union(["cNEW"])) == Array(ids.prefix(2)))
        for id in kept { #expect(store.schedule(for: id) != nil) }
    }
}

@Suite struct MergeTests {
    let folder = TemporaryFolder()

    /// Splits `all` between two devices that share the first `shared` reviews.
    func twoDevices(_ all: [ReviewRecord], shared: Int) throws -> (URL, URL) {
        let a = folder.url.appendingPathComponent("A/Progress"), b = folder.url.appendingPathComponent("B/Progress")
        let storeA = try ProgressStore(root: a, deck: "deck"), storeB = try ProgressStore(root: b, deck: "deck")
        for (i, review) in all.enumerated() {
            if i < shared || i % 3 != 0 { _ = try storeA.record(review) }
            if i < shared || i % 3 == 0 { _ = try storeB.record(review) }
        }
        try storeA.saveSnapshot()
        try storeB.saveSnapshot()
        return (a, b)
    }

    @Test func mergeEqualsOneDeviceThatSawEverything() throws {
        let all = sampleReviews(90, cards: 11)
        let (a, b) = try twoDevices(all, shared: 20)
        let summary = try ProgressStore(root: a, deck: "deck").merge(otherLogAt: b.appendingPathComponent("deck/reviews.jsonl").path)
        #expect(summary.total == 90)
        let one = folder.url.appendingPathComponent("One/Progress")
        do {
            let store = try ProgressStore(root: one, deck: "deck")
            for review in all { _ = try store.record(review) }
        }
        do {
            let merged = try ProgressStore(root: a, deck: "deck")
            let single = try ProgressStore(root: one, deck: "deck")
            #expect(merged.snapshot.cards == single.snapshot.cards)
            #expect(merged.notices.isEmpty, "\(merged.notices)")
        }
        #expect(ProgressDoctor.check(root: a, deck: "deck", knownCardIDs: nil).isHealthy)
        // the other device merging back gets the same file
        _ = try ProgressStore(root: b, deck: "deck").merge(otherLogAt: a.appendingPathComponent("deck/reviews.jsonl").path)
        #expect(FileManager.default.contents(atPath: a.appendingPathComponent("deck/reviews.jsonl").path)
                == FileManager.default.contents(atPath: b.appendingPathComponent("deck/reviews.jsonl").path))
        // merging again adds nothing
        #expect(try ProgressStore(root: a, deck: "deck").merge(otherLogAt: b.appendingPathComponent("deck/reviews.jsonl").path).added == 0)
    }

    @Test func threeWayNeverDropsAReviewWithoutAnUndoRecord() {
        let r = sampleReviews(6).map(ReviewLogEntry.review)
        let base = Array(r[0..<3])
        let ours = Array(r[0..<1]) + [r[3]]          // a reset or truncated log lost r[1] and r[2], then added r[3]
        let theirs = Array(r[0..<3]) + [r[4], r[3]]  // added r[3] (same review, synced earlier) and r[4]
        #expect(ReviewLogMerge.threeWay(base: base, ours: ours, theirs: theirs) == Array(r[0..<5]))
        // only an undo record takes a review back, from either side
        let undo = ReviewLogEntry.operation(ReviewOperation(.undo(reviewTime: r[2].time), cardID: r[2].cardID, time: r[2].time + 1))
        let merged = ReviewLogMerge.threeWay(base: base, ours: ours + [undo], theirs: theirs)
        #expect(merged == Array(r[0..<3]) + [undo, r[3], r[4]])
        #expect(Replay.effectiveReviews(merged) == [r[0], r[1], r[3], r[4]].compactMap(\.review))
        #expect(ReviewLogMerge.union(ours, theirs) == Array(r[0..<5]))
    }

    @Test func anUndoSortsAfterItsReviewEvenWhenTheClocksDisagree() {
        let r = sampleReviews(3).map(ReviewLogEntry.review)
        // the undo was done on a device whose clock is a minute behind the one that recorded the review
        let undo = ReviewLogEntry.operation(ReviewOperation(.undo(reviewTime: r[1].time), cardID: r[1].cardID, time: r[1].time - 60_000))
        let merged = ReviewLogMerge.union([undo], r)
        #expect(merged.firstIndex(of: undo)! > merged.firstIndex(of: r[1])!)
        #expect(Replay.effectiveReviews(merged) == [r[0], r[2]].compactMap(\.review))
    }

    @Test func gitDriverWritesTheMergeOverOursAndKeepsOursAside() throws {
        let r = sampleReviews(8)
        func file(_ name: String, _ records: [ReviewRecord]) -> String {
            folder.write(name, ReviewLogFile.encode(header: ReviewLogHeader(deck: "deck"), records: records))
            return folder.file(name)
        }
        let o = file("O", Array(r[0..<4])), a = file("A", Array(r[0..<6])), b = file("B", Array(r[0..<4]) + [r[7], r[6]])
        let before = folder.read("A")
        try FileManager.default.createDirectory(atPath: folder.file("P"), withIntermediateDirectories: true)
        let result = try GitMergeDriver.run(base: o, ours: a, theirs: b, path: folder.file("P/reviews.jsonl"),  // git runs the driver from the top of the work tree
                                            now: 1_790_000_000_000)
        #expect(result.lines == 8)
        let merged = try ReviewLogFile.read(path: a, deck: "deck")!
        #expect(merged.records == r)
        #expect(merged.header.id == ReviewLogMerge.contentID(r.map(ReviewLogEntry.review)))
        #expect(merged.header.version == 1)
        #expect(!folder.text("A")!.contains("<<<<<<<"))
        #expect(result.backup == folder.file("P/reviews.jsonl.bak-20260921T141320Z"))
        #expect(folder.read("P/reviews.jsonl.bak-20260921T141320Z") == before)
    }

    @Test func gitDriverRefusesADamagedSideAndLeavesOursAlone() throws {
        let r = sampleReviews(4)
        folder.write("O", ReviewLogFile.encode(header: ReviewLogHeader(deck: "deck"), records: Array(r[0..<2])))
        folder.write("A", ReviewLogFile.encode(header: ReviewLogHeader(deck: "deck"), records: Array(r[0..<3])))
        folder.write("B", ReviewLogFile.encode(header: ReviewLogHeader(deck: "deck"), records: Array(r[0..<2]))
                     + Array(#"{"card":"c1","rating":3,"time":9223372036854775807,"duration_ms":1}"#.utf8) + [0x0A])
        let before = folder.read("A")
        #expect(throws: StoreError.self) {
            try GitMergeDriver.run(base: folder.file("O"), ours: folder.file("A"), theirs: folder.file("B"), now: 0)
        }
        #expect(folder.read("A") == before)
    }
}

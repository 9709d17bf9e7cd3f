import Foundation
import Scheduling
import Testing
@testable import Store

/// Today's reviews are read from the end of the log, and a taken-back review is not among them.
@Suite struct RecentReviewsTests {
    @Test func readsOnlyTheReviewsSinceATime() throws {
        let folder = TemporaryFolder()
        let root = folder.url.appendingPathComponent("Progress")
        let t: Timestamp = 1_780_000_000_000
        let reviews = (0..<5).map { ReviewRecord(cardID: "c\($0)", rating: .good, time: t + Int64($0) * 1_000, durationMs: 10) }
        do {
            let store = try ProgressStore(root: root, deck: "deck")
            for review in reviews { _ = try store.record(review) }
            #expect(store.reviews(since: t + 3_000) == Array(reviews[3...]))
            try store.undo(reviews[4], restoring: nil)
            #expect(store.reviews(since: t + 3_000) == [reviews[3]])
            #expect(store.reviews(since: t + 10_000).isEmpty)
        }
        let reopened = try ProgressStore(root: root, deck: "deck")
        #expect(reopened.reviews(since: t) == Array(reviews[..<4]))
    }
}

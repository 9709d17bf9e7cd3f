import Cards
import Scheduling

/// Folding reviews into card states: the one way the snapshot is ever computed, so a replay equals a session.
enum Replay {
    /// Applies `review` to its card in `cards` and returns the card's new state.
    @discardableResult
    static func apply(_ review: ReviewRecord, to cards: inout [String: CardSchedule], scheduler: any Scheduler) -> CardSchedule {
        let current = cards[review.cardID] ?? .new(at: review.time)
        let next = scheduler.review(current, rating: review.rating, at: review.time, cardID: ContentID.seed(of: review.cardID))
        cards[review.cardID] = next
        return next
    }

    /// What replaying a whole log gives.
    struct Result {
        var snapshot: ProgressSnapshot
        var header: ReviewLogHeader
        var outcome: ReviewLogReader.Outcome
    }

    /// Replays the whole log in `bytes` (the file at `path`) from an empty state under `settings`.
    static func rebuild(log bytes: UnsafeBufferPointer<UInt8>, path: String, deck: String,
                        settings: SchedulerSettings) throws(StoreError) -> Result {
        let reader = ReviewLogReader(bytes: bytes, path: path)
        let (header, start) = try reader.header(defaultDeck: deck)
        let scheduler = settings.makeScheduler()
        var snapshot = ProgressSnapshot(deck: deck, settings: settings, logBytes: start, logID: header.id)
        let outcome = try reader.read(from: start) { review, end in
            apply(review, to: &snapshot.cards, scheduler: scheduler)
            snapshot.logCount += 1
            snapshot.logBytes = end
            snapshot.logLast = review
        }
        return Result(snapshot: snapshot, header: header, outcome: outcome)
    }
}

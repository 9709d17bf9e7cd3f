import Cards
import Scheduling

/// Folding log lines into card states: the one way the snapshot is ever computed, so a replay equals a session.
///
/// Lines are replayed in file order. An undo takes back the latest earlier review of its card given at its
/// `review_time`; the card's state is then that of its other reviews (the state before the review, for the
/// session's own last answer). An undo that matches no review changes nothing.
enum Replay {
    /// Applies `review` to its card in `cards` and returns the card's new state.
    @discardableResult
    static func apply(_ review: ReviewRecord, to cards: inout [String: CardSchedule], scheduler: any Scheduler) -> CardSchedule {
        let current = cards[review.cardID] ?? .new(at: review.time)
        let next = scheduler.review(current, rating: review.rating, at: review.time, cardID: ContentID.seed(of: review.cardID))
        cards[review.cardID] = next
        return next
    }

    /// Applies a suspend, unsuspend, bury or flag to `snapshot` (an undo is left to `fold`: it needs the history).
    static func apply(_ operation: ReviewOperation, to snapshot: inout ProgressSnapshot, clock: StudyClock) {
        let id = operation.cardID
        switch operation.kind {
        case .undo: break
        case .suspend: snapshot.suspended.insert(id)
        case .unsuspend: snapshot.suspended.remove(id)
        case .bury: snapshot.buriedUntil[id] = clock.startOfNextDay(after: operation.time)
        case let .flag(flag): snapshot.flags[id] = flag == 0 ? nil : flag
        }
    }

    /// Applies one line after those already in `snapshot`; false for an undo, which needs the whole log (`fold`).
    static func apply(_ entry: ReviewLogEntry, to snapshot: inout ProgressSnapshot, scheduler: any Scheduler,
                      clock: StudyClock) -> Bool {
        switch entry {
        case let .review(review):
            apply(review, to: &snapshot.cards, scheduler: scheduler)
        case let .operation(operation):
            if case .undo = operation.kind { return false }
            apply(operation, to: &snapshot, clock: clock)
        }
        return true
    }

    /// The positions (in `lines`' order) of the reviews that undos take back. `lines` calls its argument with every
    /// line of the log in file order; it is called twice when the log holds an undo, once otherwise.
    static func undone(_ lines: ((ReviewLogEntry) -> Void) -> Void) -> Set<Int> {
        struct Key: Hashable { var card: String; var time: Timestamp }
        var wanted = Set<Key>()
        lines { entry in
            if case let .operation(o) = entry, case let .undo(reviewTime) = o.kind { wanted.insert(Key(card: o.cardID, time: reviewTime)) }
        }
        guard !wanted.isEmpty else { return [] }
        var pending: [Key: [Int]] = [:]
        var taken = Set<Int>()
        var index = 0
        lines { entry in
            defer { index += 1 }
            switch entry {
            case let .review(r):
                let key = Key(card: r.cardID, time: r.time)
                if wanted.contains(key) { pending[key, default: []].append(index) }
            case let .operation(o):
                guard case let .undo(reviewTime) = o.kind else { return }
                if let last = pending[Key(card: o.cardID, time: reviewTime)]?.popLast() { taken.insert(last) }
            }
        }
        return taken
    }

    /// Replays every line that `lines` gives (a whole log, from nothing) into the cards and marks of `snapshot`.
    static func fold(_ lines: ((ReviewLogEntry) -> Void) -> Void, into snapshot: inout ProgressSnapshot,
                     scheduler: any Scheduler, clock: StudyClock) {
        let taken = undone(lines)
        snapshot.cards = [:]
        snapshot.suspended = []
        snapshot.buriedUntil = [:]
        snapshot.flags = [:]
        var index = 0
        lines { entry in
            defer { index += 1 }
            switch entry {
            case let .review(review):
                if !taken.contains(index) { apply(review, to: &snapshot.cards, scheduler: scheduler) }
            case let .operation(operation):
                apply(operation, to: &snapshot, clock: clock)
            }
        }
    }

    /// `fold` over lines held in memory.
    static func fold(_ entries: [ReviewLogEntry], into snapshot: inout ProgressSnapshot, scheduler: any Scheduler,
                     clock: StudyClock) {
        fold({ body in entries.forEach(body) }, into: &snapshot, scheduler: scheduler, clock: clock)
    }

    /// The answers that count, in file order: every review no undo took back.
    static func effectiveReviews(_ entries: [ReviewLogEntry]) -> [ReviewRecord] {
        let taken = undone { body in entries.forEach(body) }
        return entries.indices.compactMap { taken.contains($0) ? nil : entries[$0].review }
    }
}

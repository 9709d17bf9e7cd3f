/// A spaced-repetition algorithm: given a card's state, a grade and the time, the next state.
public protocol Scheduler: Sendable {
    /// The card's state after it is graded `rating` at `now`. `cardID` seeds the (optional) fuzz.
    func review(_ card: CardSchedule, rating: Rating, at now: Timestamp, cardID: UInt64) -> CardSchedule
    /// Probability of recall at `now` (0 for a card never reviewed).
    func retrievability(of card: CardSchedule, at now: Timestamp) -> Double
}

/// Which algorithm a deck uses.
public enum SchedulerKind: String, Codable, Sendable, CaseIterable {
    case fsrs
    case sm2
}

/// The scheduler's memory of one card: compact (≤ 64 bytes) so 100,000 cards stay small.
///
/// FSRS uses `stability` and `difficulty`; SM-2 uses `ease` and `intervalDays`.
public struct CardSchedule: Equatable, Hashable, Sendable {
    /// New, learning, review or relearning.
    public var phase: CardPhase
    /// Index into the learning or relearning steps, or nil outside them.
    public var step: UInt8?
    /// FSRS stability in days (interval at 90 % recall); 0 before the first review.
    public var stability: Double
    /// FSRS difficulty, 1 (easy) to 10 (hard); 0 before the first review.
    public var difficulty: Double
    /// When the card is next due.
    public var due: Timestamp
    /// When it was last reviewed, nil if never.
    public var lastReview: Timestamp?
    /// SM-2 ease factor in permille (2500 = 250 %).
    public var ease: UInt16
    /// SM-2 current interval in days.
    public var intervalDays: Int32
    /// Reviews so far (also seeds the fuzz).
    public var reps: UInt16
    /// Times the card was forgotten in review (Again on a review card).
    public var lapses: UInt16

    /// A card state with the given fields (defaults: new, SM-2 ease 250 %).
    public init(phase: CardPhase = .new, step: UInt8? = nil, stability: Double = 0, difficulty: Double = 0,
                due: Timestamp, lastReview: Timestamp? = nil, ease: UInt16 = 2500, intervalDays: Int32 = 0,
                reps: UInt16 = 0, lapses: UInt16 = 0) {
        self.phase = phase
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.ease = ease
        self.intervalDays = intervalDays
        self.reps = reps
        self.lapses = lapses
    }

    /// A card never studied, due at `now`.
    public static func new(at now: Timestamp) -> CardSchedule { CardSchedule(due: now) }
}

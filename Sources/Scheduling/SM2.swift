/// Anki's SM-2 (placeholder until the scheduling issue lands).
public struct SM2: Scheduler {
    public let settings: SchedulerSettings
    public init(settings: SchedulerSettings = SchedulerSettings(kind: .sm2)) { self.settings = settings }

    public func review(_ card: CardSchedule, rating: Rating, at now: Timestamp, cardID: UInt64) -> CardSchedule {
        var next = card
        next.lastReview = now
        next.intervalDays = max(1, card.intervalDays * 2)
        next.due = now + Int64(next.intervalDays) * Milliseconds.day
        return next
    }

    public func retrievability(of card: CardSchedule, at now: Timestamp) -> Double { 0 }
}

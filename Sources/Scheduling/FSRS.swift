import Foundation

/// FSRS-6 as py-fsrs 6.3.2 implements it (placeholder until the scheduling issue lands).
public struct FSRS: Scheduler {
    public let settings: SchedulerSettings
    public init(settings: SchedulerSettings = SchedulerSettings()) { self.settings = settings }

    public func review(_ card: CardSchedule, rating: Rating, at now: Timestamp, cardID: UInt64) -> CardSchedule {
        var next = card
        next.lastReview = now
        next.reps &+= 1
        next.phase = rating == .again ? .learning : .review
        next.stability = settings.weights[rating.rawValue - 1]
        next.due = rating == .again ? now + Int64(settings.learningSteps.first ?? 60) * Milliseconds.second
            : now + Int64(max(next.stability, 0.001) * Double(Milliseconds.day))
        return next
    }

    public func retrievability(of card: CardSchedule, at now: Timestamp) -> Double {
        guard let last = card.lastReview, card.stability > 0 else { return 0 }
        let decay = -settings.weights[20]
        let factor = pow(0.9, 1 / decay) - 1
        let days = Double(max(0, (now - last) / Milliseconds.day))
        return pow(1 + factor * days / card.stability, decay)
    }
}

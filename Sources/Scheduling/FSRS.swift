import Foundation

/// FSRS-6 as py-fsrs 6.3.2 implements it: learning steps, the 21-weight memory model, intervals and fuzz.
///
/// Elapsed time is counted as `settings.dayCounting` says: by default in the learner's calendar days (`clock`,
/// as Anki and the optimizer count them), or in whole 24-hour periods from `lastReview` (as py-fsrs does, for
/// conformance replays). A review on the same day as the previous one (zero days) uses the short-term formula.
public struct FSRS: Scheduler {
    /// The settings this scheduler was made from.
    public let settings: SchedulerSettings
    /// The formulas for `settings.weights` (sanitised if they were out of bounds).
    public let model: FSRSModel
    @usableFromInline let intervalFactor: Double
    @usableFromInline let learningStepsMs: [Int64]
    @usableFromInline let relearningStepsMs: [Int64]
    /// The learner's calendar, used when days are counted on it.
    public let clock: StudyClock
    @usableFromInline let countsCalendarDays: Bool

    /// A scheduler for `settings`; weights outside the bounds are clamped (validate user input first).
    /// `clock` defaults to the settings' own (`settings.clock`).
    public init(settings: SchedulerSettings = SchedulerSettings(), clock: StudyClock? = nil) {
        self.settings = settings
        self.clock = clock ?? settings.clock
        countsCalendarDays = settings.dayCounting == .calendar
        model = FSRSModel(weights: FSRSParameters.sanitized(settings.weights))
        intervalFactor = pow(settings.desiredRetention, 1 / model.decay) - 1
        learningStepsMs = settings.learningSteps.map { Int64($0) * Milliseconds.second }
        relearningStepsMs = settings.relearningSteps.map { Int64($0) * Milliseconds.second }
    }

    /// Whole 24-hour periods from `from` to `to` (floored, as Python's `timedelta.days`).
    @inlinable public static func elapsedDays(from: Timestamp, to: Timestamp) -> Int64 {
        // A literal divisor (not `Milliseconds.day`, a lazily initialised global across modules) lets the
        // compiler replace the slow 64-bit division by a multiplication.
        let diff = to - from
        return diff >= 0 ? diff / 86_400_000 : -((-diff + 86_399_999) / 86_400_000)
    }

    /// Days from `from` to `to` in this scheduler's convention (calendar days or 24-hour periods).
    @inlinable public func days(from: Timestamp, to: Timestamp) -> Int64 {
        countsCalendarDays ? clock.reviewDaysBetween(from, to) : Self.elapsedDays(from: from, to: to)
    }

    @inlinable
    public func retrievability(of card: CardSchedule, at now: Timestamp) -> Double {
        guard card.phase != .new, let last = card.lastReview, card.stability > 0 else { return 0 }
        let days = max(0, days(from: last, to: now))
        return model.retrievability(elapsedDays: Double(days), stability: card.stability)
    }

    /// The whole-day interval for `stability` at the desired retention, before fuzz.
    @inlinable public func intervalDays(stability: Double) -> Int {
        FSRSModel.wholeDays(stability / model.factor * intervalFactor, maximumDays: settings.maximumIntervalDays)
    }

    @inlinable
    public func review(_ card: CardSchedule, rating: Rating, at now: Timestamp, cardID: UInt64) -> CardSchedule {
        var next = card
        let isFirst = card.phase == .new || card.lastReview == nil
        if isFirst {
            next.stability = model.initialStability(rating)
            next.difficulty = model.initialDifficulty(rating)
        } else {
            let days = days(from: card.lastReview!, to: now)
            if days < 1 {
                next.stability = model.shortTermStability(card.stability, rating: rating)
            } else {
                next.stability = model.longTermStability(d: card.difficulty, s: card.stability,
                                                         elapsedDays: Double(days), rating: rating)
            }
            next.difficulty = model.nextDifficulty(card.difficulty, rating: rating)
        }
        next.reps &+= 1
        next.lastReview = now

        let phase: CardPhase = card.phase == .new ? .learning : card.phase
        switch phase {
        case .new, .learning:
            stepAnswer(&next, steps: learningStepsMs, phase: .learning, step: isFirst ? 0 : card.step ?? 0,
                       rating: rating, now: now, cardID: cardID)
        case .relearning:
            stepAnswer(&next, steps: relearningStepsMs, phase: .relearning, step: card.step ?? 0,
                       rating: rating, now: now, cardID: cardID)
        case .review:
            if rating == .again {
                next.lapses &+= 1
                if relearningStepsMs.isEmpty {
                    graduate(&next, now: now, cardID: cardID)
                } else {
                    next.phase = .relearning
                    next.step = 0
                    next.due = now + relearningStepsMs[0]
                }
            } else {
                graduate(&next, now: now, cardID: cardID)
            }
        }
        return next
    }

    /// An answer on (re)learning step `step` with waits `steps` (ms).
    @inlinable @inline(__always) func stepAnswer(_ next: inout CardSchedule, steps: [Int64], phase: CardPhase, step: UInt8,
                               rating: Rating, now: Timestamp, cardID: UInt64) {
        let i = Int(step)
        if steps.isEmpty || (i >= steps.count && rating != .again) {
            graduate(&next, now: now, cardID: cardID)
            return
        }
        next.phase = phase
        switch rating {
        case .again:
            next.step = 0
            next.due = now + steps[0]
        case .hard:
            next.step = step
            let wait: Int64
            if i == 0 && steps.count == 1 {
                wait = steps[0] * 3 / 2
            } else if i == 0 {
                wait = (steps[0] + steps[1]) / 2
            } else {
                wait = steps[i]
            }
            next.due = now + wait
        case .good:
            if i + 1 == steps.count {
                graduate(&next, now: now, cardID: cardID)
            } else {
                next.step = step + 1
                next.due = now + steps[i + 1]
            }
        case .easy:
            graduate(&next, now: now, cardID: cardID)
        }
    }

    /// Moves the card to Review with the interval for its new stability (fuzzed if enabled).
    @inlinable @inline(__always) func graduate(_ next: inout CardSchedule, now: Timestamp, cardID: UInt64) {
        var days = intervalDays(stability: next.stability)
        if settings.enableFuzz {
            days = Fuzz.fsrsInterval(days, maximumDays: settings.maximumIntervalDays,
                                     fraction: Fuzz.fraction(cardID: cardID, reps: next.reps))
        }
        next.phase = .review
        next.step = nil
        next.intervalDays = Int32(clamping: days)
        next.due = now + Int64(days) * 86_400_000
    }
}

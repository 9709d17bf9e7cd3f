import Foundation

/// Anki's SM-2 (v3 scheduler, FSRS off) as sm2_spec.md describes it: learning steps, ease, late bonus, hard and
/// easy multipliers, lapses and relearning, with days counted on the learner's calendar (`StudyClock`).
///
/// State lives in `CardSchedule`: `phase`, `step`, `ease` (permille), `intervalDays` (while relearning: the
/// interval the card will return to), `reps`, `lapses`. `stability` and `difficulty` are left untouched.
public struct SM2: Scheduler {
    /// The settings this scheduler was made from.
    public let settings: SchedulerSettings
    /// Where the learner's study days begin.
    public let clock: StudyClock
    /// Lowest ease in permille (130 %).
    public static let minimumEase: UInt16 = 1300

    /// A scheduler for `settings`, counting days with `clock` (the settings' own calendar if omitted).
    public init(settings: SchedulerSettings = SchedulerSettings(kind: .sm2), clock: StudyClock? = nil) {
        self.settings = settings
        self.clock = clock ?? settings.clock
    }

    private var p: SM2Parameters { settings.sm2 }

    /// An estimate only: SM-2 has no recall model, so this assumes each interval targets 90 % recall.
    public func retrievability(of card: CardSchedule, at now: Timestamp) -> Double {
        guard card.phase != .new, let last = card.lastReview else { return 0 }
        let days = max(0, Double(now - last) / Double(Milliseconds.day))
        return pow(0.9, days / Double(max(card.intervalDays, 1)))
    }

    public func review(_ card: CardSchedule, rating: Rating, at now: Timestamp, cardID: UInt64) -> CardSchedule {
        var next = card
        next.reps &+= 1
        next.lastReview = now
        let fraction = settings.enableFuzz ? Fuzz.fraction(cardID: cardID, reps: next.reps) : nil
        switch card.phase {
        case .new, .learning:
            learningAnswer(&next, step: card.phase == .new ? 0 : Int(card.step ?? 0), rating: rating, now: now,
                           fraction: fraction)
        case .relearning:
            relearningAnswer(&next, step: Int(card.step ?? 0), rating: rating, now: now)
        case .review:
            reviewAnswer(&next, previous: card.lastReview, rating: rating, now: now, fraction: fraction)
        }
        return next
    }

    // MARK: learning

    private func learningAnswer(_ next: inout CardSchedule, step: Int, rating: Rating, now: Timestamp, fraction: Double?) {
        let steps = settings.learningSteps
        if rating == .easy { return graduate(&next, days: p.easyIntervalDays, now: now, fraction: fraction) }
        if steps.isEmpty { return graduate(&next, days: p.graduatingIntervalDays, now: now, fraction: fraction) }
        let i = min(step, steps.count - 1)
        switch rating {
        case .again: toStep(&next, phase: .learning, step: 0, wait: seconds(steps[0]), now: now)
        case .hard: toStep(&next, phase: .learning, step: i, wait: hardDelay(steps, i), now: now)
        case .good:
            if i + 1 >= steps.count { graduate(&next, days: p.graduatingIntervalDays, now: now, fraction: fraction) } else {
                toStep(&next, phase: .learning, step: i + 1, wait: seconds(steps[i + 1]), now: now)
            }
        case .easy: break
        }
    }

    private func graduate(_ next: inout CardSchedule, days: Int, now: Timestamp, fraction: Double?) {
        next.ease = Self.permille(p.startingEase)
        let ivl = Fuzz.ankiInterval(Double(days), minimum: 1, maximum: settings.maximumIntervalDays, fraction: fraction)
        toReview(&next, days: ivl, now: now)
    }

    private func relearningAnswer(_ next: inout CardSchedule, step: Int, rating: Rating, now: Timestamp) {
        let steps = settings.relearningSteps
        let lapseInterval = Int(max(next.intervalDays, 1))
        if rating == .easy { return toReview(&next, days: min(lapseInterval + 1, settings.maximumIntervalDays), now: now) }
        if steps.isEmpty { return toReview(&next, days: lapseInterval, now: now) }
        let i = min(step, steps.count - 1)
        switch rating {
        case .again:
            next.intervalDays = Int32(clamping: failingInterval(lapseInterval))
            toStep(&next, phase: .relearning, step: 0, wait: seconds(steps[0]), now: now)
        case .hard: toStep(&next, phase: .relearning, step: i, wait: hardDelay(steps, i), now: now)
        case .good:
            if i + 1 >= steps.count { toReview(&next, days: lapseInterval, now: now) } else {
                toStep(&next, phase: .relearning, step: i + 1, wait: seconds(steps[i + 1]), now: now)
            }
        case .easy: break
        }
    }

    /// Wait for Hard on step `i`: the mean of the first two steps, or 1.5 × a single step (at most one day
    /// more); later steps repeat. Waits over a day are rounded to whole days.
    private func hardDelay(_ steps: [Int], _ i: Int) -> Int64 {
        var secs: Double
        if i == 0 {
            let first = Double(steps[0])
            secs = steps.count >= 2 ? (first + Double(steps[1])) / 2 : min(first * 1.5, first + 86_400)
        } else {
            secs = Double(steps[i])
        }
        if secs > 86_400 { secs = (secs / 86_400).rounded() * 86_400 }
        return Int64((secs * 1000).rounded())
    }

    // MARK: review

    private func failingInterval(_ interval: Int) -> Int {
        let scaled = Int((Double(interval) * p.lapseMultiplier).rounded(.towardZero))
        return min(max(scaled, p.minimumLapseIntervalDays, 1), settings.maximumIntervalDays)
    }

    private func reviewAnswer(_ next: inout CardSchedule, previous: Timestamp?, rating: Rating, now: Timestamp,
                              fraction: Double?) {
        let interval = Int(max(next.intervalDays, 1))
        let ease = Double(next.ease) / 1000
        let last = previous ?? (next.due - Int64(interval) * Milliseconds.day)
        let daysLate = Int(clock.daysBetween(last, now)) - interval
        switch rating {
        case .again:
            next.lapses &+= 1
            next.ease = Self.lowered(next.ease, by: 200)
            let lapse = failingInterval(interval)
            next.intervalDays = Int32(clamping: lapse)
            if settings.relearningSteps.isEmpty {
                toReview(&next, days: lapse, now: now)
            } else {
                toStep(&next, phase: .relearning, step: 0, wait: seconds(settings.relearningSteps[0]), now: now)
            }
            return
        case .hard: next.ease = Self.lowered(next.ease, by: 150)
        case .good: break
        case .easy: next.ease = next.ease > UInt16.max - 150 ? UInt16.max : next.ease + 150
        }
        let days = daysLate >= 0
            ? passingInterval(interval, ease: ease, daysLate: Double(daysLate), rating: rating, fraction: fraction)
            : earlyInterval(interval, ease: ease, daysLate: Double(daysLate), rating: rating)
        toReview(&next, days: days, now: now)
    }

    /// Hard, Good and Easy on time or late: each at least a day more than the one below it.
    private func passingInterval(_ i: Int, ease: Double, daysLate late: Double, rating: Rating, fraction: Double?) -> Int {
        let ivl = Double(i), m = p.intervalModifier, hm = p.hardMultiplier, maxDays = settings.maximumIntervalDays
        let hardMin = hm > 1 ? i + 1 : 0
        let hard = Fuzz.ankiInterval(ivl * hm * m, minimum: max(hardMin, 1), maximum: maxDays,
                                     fraction: fraction)
        if rating == .hard { return hard }
        let goodMin = hm > 1 ? hard + 1 : i + 1
        let good = Fuzz.ankiInterval((ivl + late / 2) * ease * m, minimum: max(goodMin, 1), maximum: maxDays,
                                     fraction: fraction)
        if rating == .good { return good }
        return Fuzz.ankiInterval((ivl + late) * ease * p.easyBonus * m, minimum: max(good + 1, 1), maximum: maxDays,
                                 fraction: fraction)
    }

    /// Reviews before the due day (filtered decks): Anki's gentler formula, no fuzz.
    private func earlyInterval(_ i: Int, ease: Double, daysLate: Double, rating: Rating) -> Int {
        let ivl = Double(i), m = p.intervalModifier, hm = p.hardMultiplier
        let elapsed = ivl + daysLate
        let raw: Double
        switch rating {
        case .hard: raw = max(elapsed * hm, ivl * hm / 2)
        case .easy: raw = max(elapsed * ease, ivl) * (p.easyBonus - (p.easyBonus - 1) / 2)
        default: raw = max(elapsed * ease, ivl)
        }
        return min(max(Int((raw * m).rounded()), 1), settings.maximumIntervalDays)
    }

    // MARK: helpers

    private static func lowered(_ ease: UInt16, by amount: UInt16) -> UInt16 {
        ease > minimumEase + amount ? ease - amount : minimumEase
    }

    static func permille(_ ease: Double) -> UInt16 { UInt16(clamping: Int((ease * 1000).rounded())) }

    private func seconds(_ s: Int) -> Int64 { Int64(s) * Milliseconds.second }

    private func toStep(_ next: inout CardSchedule, phase: CardPhase, step: Int, wait: Int64, now: Timestamp) {
        next.phase = phase
        next.step = UInt8(clamping: step)
        next.due = now + wait
    }

    private func toReview(_ next: inout CardSchedule, days: Int, now: Timestamp) {
        next.phase = .review
        next.step = nil
        next.intervalDays = Int32(clamping: days)
        next.due = now + Int64(days) * Milliseconds.day
    }
}

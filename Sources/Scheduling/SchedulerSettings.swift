import Foundation

/// A deck's scheduling choices: the algorithm, its parameters, and the learner's targets.
///
/// Decoding fills any missing key with its default, so older settings files keep working.
public struct SchedulerSettings: Codable, Equatable, Sendable {
    /// Which algorithm the deck uses.
    public var kind: SchedulerKind
    /// The 21 FSRS-6 weights (the defaults until the optimizer fits the learner's own).
    public var weights: [Double]
    /// FSRS: the recall probability intervals aim for.
    public var desiredRetention: Double
    /// (Re)learning steps in seconds.
    public var learningSteps: [Int]
    /// Steps after a lapse, in seconds.
    public var relearningSteps: [Int]
    /// Longest interval in days.
    public var maximumIntervalDays: Int
    /// Whether review intervals are spread by a deterministic per-card fuzz.
    public var enableFuzz: Bool
    /// Hour of local time when a new study day starts (Anki: 4 a.m.).
    public var dayRolloverHour: Int
    /// The learner's time zone (an IANA id such as `Asia/Ho_Chi_Minh`), fixed when the deck's progress is first
    /// made so that moving the computer's clock does not move the days; nil means UTC.
    public var timeZone: String?
    /// How days between reviews are counted: the learner's calendar days (default) or 24-hour periods.
    public var dayCounting: DayCounting
    /// SM-2 options (ignored by FSRS).
    public var sm2: SM2Parameters
    /// New cards and reviews per study day.
    public var limits: DailyLimits

    /// Settings with Anki/py-fsrs defaults unless given.
    public init(kind: SchedulerKind = .fsrs, weights: [Double] = FSRSParameters.defaultWeights,
                desiredRetention: Double = 0.9, learningSteps: [Int] = [60, 600], relearningSteps: [Int] = [600],
                maximumIntervalDays: Int = 36500, enableFuzz: Bool = true, dayRolloverHour: Int = 4,
                timeZone: String? = nil, dayCounting: DayCounting = .calendar, sm2: SM2Parameters = SM2Parameters(),
                limits: DailyLimits = DailyLimits()) {
        self.kind = kind
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumIntervalDays = maximumIntervalDays
        self.enableFuzz = enableFuzz
        self.dayRolloverHour = dayRolloverHour
        self.timeZone = timeZone
        self.dayCounting = dayCounting
        self.sm2 = sm2
        self.limits = limits
    }

    enum CodingKeys: String, CodingKey {
        case kind, weights, sm2, limits
        case desiredRetention = "desired_retention"
        case learningSteps = "learning_steps"
        case relearningSteps = "relearning_steps"
        case maximumIntervalDays = "maximum_interval"
        case enableFuzz = "enable_fuzz"
        case dayRolloverHour = "day_rollover_hour"
        case timeZone = "time_zone"
        case dayCounting = "day_counting"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = SchedulerSettings()
        kind = try c.decodeIfPresent(SchedulerKind.self, forKey: .kind) ?? d.kind
        weights = try c.decodeIfPresent([Double].self, forKey: .weights) ?? d.weights
        desiredRetention = try c.decodeIfPresent(Double.self, forKey: .desiredRetention) ?? d.desiredRetention
        learningSteps = try c.decodeIfPresent([Int].self, forKey: .learningSteps) ?? d.learningSteps
        relearningSteps = try c.decodeIfPresent([Int].self, forKey: .relearningSteps) ?? d.relearningSteps
        maximumIntervalDays = try c.decodeIfPresent(Int.self, forKey: .maximumIntervalDays) ?? d.maximumIntervalDays
        enableFuzz = try c.decodeIfPresent(Bool.self, forKey: .enableFuzz) ?? d.enableFuzz
        dayRolloverHour = try c.decodeIfPresent(Int.self, forKey: .dayRolloverHour) ?? d.dayRolloverHour
        timeZone = try c.decodeIfPresent(String.self, forKey: .timeZone)
        dayCounting = try c.decodeIfPresent(DayCounting.self, forKey: .dayCounting) ?? d.dayCounting
        sm2 = try c.decodeIfPresent(SM2Parameters.self, forKey: .sm2) ?? d.sm2
        limits = try c.decodeIfPresent(DailyLimits.self, forKey: .limits) ?? d.limits
    }

    /// The longest interval a setting may ask for (Anki's limit: 100 years).
    public static let longestIntervalDays = 36500
    /// The longest learning step, in seconds (a year).
    public static let longestStepSeconds = 31_536_000
    /// The largest SM-2 multiplier.
    public static let largestFactor = 100.0

    /// Checks every value a scheduler relies on, with bounds that keep every later sum of times within range.
    /// - Throws: `SchedulingError.invalidWeights` or `.invalidSetting` naming the bad value.
    public func validate() throws(SchedulingError) {
        if kind == .fsrs { try FSRSParameters.validate(weights) }
        guard desiredRetention > 0 && desiredRetention < 1 else {
            throw .invalidSetting(.retention(desiredRetention))
        }
        guard (1...Self.longestIntervalDays).contains(maximumIntervalDays) else {
            throw .invalidSetting(.maximumInterval(days: maximumIntervalDays, limit: Self.longestIntervalDays))
        }
        for s in learningSteps + relearningSteps where !(1...Self.longestStepSeconds).contains(s) {
            throw .invalidSetting(.step(seconds: s, limit: Self.longestStepSeconds))
        }
        guard learningSteps.count < 255 && relearningSteps.count < 255 else { throw .invalidSetting(.tooManySteps) }
        guard limits.newCards >= 0 && limits.reviews >= 0 else {
            throw .invalidSetting(.negativeLimits(newCards: limits.newCards, reviews: limits.reviews))
        }
        guard (0..<24).contains(dayRolloverHour) else { throw .invalidSetting(.rolloverHour(dayRolloverHour)) }
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw .invalidSetting(.unknownTimeZone(timeZone))
        }
        if kind == .sm2 {
            guard sm2.startingEase >= 1.3 && sm2.startingEase <= 65 else { throw .invalidSetting(.startingEase) }
            let days = 1...Self.longestIntervalDays
            guard days.contains(sm2.graduatingIntervalDays) && days.contains(sm2.easyIntervalDays)
                    && days.contains(sm2.minimumLapseIntervalDays) else {
                throw .invalidSetting(.sm2Intervals(limit: Self.longestIntervalDays))
            }
            let factors = [sm2.easyBonus, sm2.intervalModifier, sm2.hardMultiplier]
            guard factors.allSatisfy({ $0 > 0 && $0 <= Self.largestFactor }) && sm2.lapseMultiplier >= 0
                    && sm2.lapseMultiplier <= Self.largestFactor else {
                throw .invalidSetting(.sm2Multipliers(limit: Self.largestFactor))
            }
        }
    }

    /// The learner's calendar: days start at `dayRolloverHour` in `timeZone` (UTC when unset or unknown).
    public var clock: StudyClock {
        StudyClock(timeZone: timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!,
                   rolloverHour: dayRolloverHour)
    }

    /// The scheduler these settings describe, counting days on the learner's calendar (`clock`).
    public func makeScheduler() -> any Scheduler {
        makeScheduler(clock: clock)
    }

    /// The scheduler these settings describe, with `clock` deciding where the learner's days begin.
    public func makeScheduler(clock: StudyClock) -> any Scheduler {
        switch kind {
        case .fsrs: return FSRS(settings: self, clock: clock)
        case .sm2: return SM2(settings: self, clock: clock)
        }
    }
}

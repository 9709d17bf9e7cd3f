/// A deck's scheduling choices: the algorithm, its parameters, and the learner's targets.
public struct SchedulerSettings: Codable, Equatable, Sendable {
    public var kind: SchedulerKind
    /// The 21 FSRS-6 weights (the defaults until the optimizer fits the learner's own).
    public var weights: [Double]
    public var desiredRetention: Double
    /// (Re)learning steps in seconds.
    public var learningSteps: [Int]
    public var relearningSteps: [Int]
    public var maximumIntervalDays: Int
    public var enableFuzz: Bool
    /// Hour of local time when a new study day starts (Anki: 4 a.m.).
    public var dayRolloverHour: Int

    public init(kind: SchedulerKind = .fsrs, weights: [Double] = FSRSParameters.defaultWeights,
                desiredRetention: Double = 0.9, learningSteps: [Int] = [60, 600], relearningSteps: [Int] = [600],
                maximumIntervalDays: Int = 36500, enableFuzz: Bool = true, dayRolloverHour: Int = 4) {
        self.kind = kind
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumIntervalDays = maximumIntervalDays
        self.enableFuzz = enableFuzz
        self.dayRolloverHour = dayRolloverHour
    }

    enum CodingKeys: String, CodingKey {
        case kind, weights
        case desiredRetention = "desired_retention"
        case learningSteps = "learning_steps"
        case relearningSteps = "relearning_steps"
        case maximumIntervalDays = "maximum_interval"
        case enableFuzz = "enable_fuzz"
        case dayRolloverHour = "day_rollover_hour"
    }

    /// The scheduler these settings describe.
    public func makeScheduler() -> any Scheduler {
        switch kind {
        case .fsrs: return FSRS(settings: self)
        case .sm2: return SM2(settings: self)
        }
    }
}

import Scheduling

/// `Progress/NAME/state.json`: every card's scheduler state and how far into the log it reaches.
public struct ProgressSnapshot: Equatable, Sendable {
    public static let formatName = "ontap-state"
    public static let currentVersion = 1

    public var deck: String
    public var settings: SchedulerSettings
    /// Number of review lines of `reviews.jsonl` already folded into `cards`.
    public var logCount: Int
    public var cards: [String: CardSchedule]

    public init(deck: String, settings: SchedulerSettings, logCount: Int = 0, cards: [String: CardSchedule] = [:]) {
        self.deck = deck
        self.settings = settings
        self.logCount = logCount
        self.cards = cards
    }
}

extension ProgressSnapshot: Codable {
    enum CodingKeys: String, CodingKey { case format, version, deck, settings, cards
        case logCount = "log_count" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        deck = try c.decode(String.self, forKey: .deck)
        settings = try c.decode(SchedulerSettings.self, forKey: .settings)
        logCount = try c.decode(Int.self, forKey: .logCount)
        cards = try c.decode([String: StoredSchedule].self, forKey: .cards).mapValues(\.schedule)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.formatName, forKey: .format)
        try c.encode(Self.currentVersion, forKey: .version)
        try c.encode(deck, forKey: .deck)
        try c.encode(settings, forKey: .settings)
        try c.encode(logCount, forKey: .logCount)
        try c.encode(cards.mapValues(StoredSchedule.init), forKey: .cards)
    }
}

/// The JSON shape of one card's schedule.
struct StoredSchedule: Codable {
    var phase: UInt8
    var step: UInt8?
    var stability: Double
    var difficulty: Double
    var due: Int64
    var lastReview: Int64?
    var ease: UInt16
    var interval: Int32
    var reps: UInt16
    var lapses: UInt16

    enum CodingKeys: String, CodingKey {
        case phase, step, stability, difficulty, due, ease, interval, reps, lapses
        case lastReview = "last_review"
    }

    init(_ s: CardSchedule) {
        phase = s.phase.rawValue; step = s.step; stability = s.stability; difficulty = s.difficulty
        due = s.due; lastReview = s.lastReview; ease = s.ease; interval = s.intervalDays; reps = s.reps; lapses = s.lapses
    }

    var schedule: CardSchedule {
        CardSchedule(phase: CardPhase(rawValue: phase) ?? .new, step: step, stability: stability, difficulty: difficulty,
                     due: due, lastReview: lastReview, ease: ease, intervalDays: interval, reps: reps, lapses: lapses)
    }
}

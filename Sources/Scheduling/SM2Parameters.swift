/// Anki's SM-2 deck options (defaults as in Anki): the numbers SM-2 needs beyond the shared steps and maximum.
public struct SM2Parameters: Codable, Equatable, Hashable, Sendable {
    /// Interval after Good on the last learning step.
    public var graduatingIntervalDays: Int
    /// Interval after Easy while learning.
    public var easyIntervalDays: Int
    /// Ease given at graduation (2.5 = 250 %).
    public var startingEase: Double
    /// Extra multiplier for Easy.
    public var easyBonus: Double
    /// Multiplies every passing review interval.
    public var intervalModifier: Double
    /// Multiplier for Hard.
    public var hardMultiplier: Double
    /// Post-lapse interval as a fraction of the old one ("new interval" in Anki).
    public var lapseMultiplier: Double
    /// Floor of the post-lapse interval.
    public var minimumLapseIntervalDays: Int

    /// Anki's defaults unless given.
    public init(graduatingIntervalDays: Int = 1, easyIntervalDays: Int = 4, startingEase: Double = 2.5,
                easyBonus: Double = 1.3, intervalModifier: Double = 1.0, hardMultiplier: Double = 1.2,
                lapseMultiplier: Double = 0.0, minimumLapseIntervalDays: Int = 1) {
        self.graduatingIntervalDays = graduatingIntervalDays
        self.easyIntervalDays = easyIntervalDays
        self.startingEase = startingEase
        self.easyBonus = easyBonus
        self.intervalModifier = intervalModifier
        self.hardMultiplier = hardMultiplier
        self.lapseMultiplier = lapseMultiplier
        self.minimumLapseIntervalDays = minimumLapseIntervalDays
    }

    enum CodingKeys: String, CodingKey {
        case graduatingIntervalDays = "graduating_interval"
        case easyIntervalDays = "easy_interval"
        case startingEase = "starting_ease"
        case easyBonus = "easy_bonus"
        case intervalModifier = "interval_modifier"
        case hardMultiplier = "hard_interval"
        case lapseMultiplier = "new_interval"
        case minimumLapseIntervalDays = "minimum_interval"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = SM2Parameters()
        graduatingIntervalDays = try c.decodeIfPresent(Int.self, forKey: .graduatingIntervalDays) ?? d.graduatingIntervalDays
        easyIntervalDays = try c.decodeIfPresent(Int.self, forKey: .easyIntervalDays) ?? d.easyIntervalDays
        startingEase = try c.decodeIfPresent(Double.self, forKey: .startingEase) ?? d.startingEase
        easyBonus = try c.decodeIfPresent(Double.self, forKey: .easyBonus) ?? d.easyBonus
        intervalModifier = try c.decodeIfPresent(Double.self, forKey: .intervalModifier) ?? d.intervalModifier
        hardMultiplier = try c.decodeIfPresent(Double.self, forKey: .hardMultiplier) ?? d.hardMultiplier
        lapseMultiplier = try c.decodeIfPresent(Double.self, forKey: .lapseMultiplier) ?? d.lapseMultiplier
        minimumLapseIntervalDays = try c.decodeIfPresent(Int.self, forKey: .minimumLapseIntervalDays) ?? d.minimumLapseIntervalDays
    }
}

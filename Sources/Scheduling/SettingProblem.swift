/// Which scheduler setting is unusable, and why, as a value the interface renders in the learner's language
/// (`description`: English, for logs and tests).
public enum SettingProblem: Equatable, Sendable, CustomStringConvertible {
    case retention(Double)
    case maximumInterval(days: Int, limit: Int)
    case step(seconds: Int, limit: Int)
    case tooManySteps
    case negativeLimits(newCards: Int, reviews: Int)
    case rolloverHour(Int)
    case unknownTimeZone(String)
    case startingEase
    case sm2Intervals(limit: Int)
    case sm2Multipliers(limit: Double)
    /// The FSRS weights are not as many as FSRS-6 needs.
    case weightCount(expected: Int, got: Int)
    /// One FSRS weight outside its bounds.
    case weightOutOfBounds(index: Int, value: Double, lower: Double, upper: Double)

    public var description: String {
        switch self {
        case let .retention(value): "desired retention \(value) must be between 0 and 1"
        case let .maximumInterval(days, limit): "maximum interval of \(days) days must be between 1 and \(limit)"
        case let .step(seconds, limit): "step of \(seconds) s must be between 1 s and \(limit) s (a year)"
        case .tooManySteps: "too many steps"
        case let .negativeLimits(newCards, reviews): "daily limits must be 0 or more (new cards \(newCards), reviews \(reviews))"
        case let .rolloverHour(hour): "day rollover hour \(hour) must be 0-23"
        case let .unknownTimeZone(zone): "time zone '\(zone)' is unknown; use an IANA name such as Asia/Ho_Chi_Minh or UTC"
        case .startingEase: "starting ease must be at least 1.3"
        case let .sm2Intervals(limit): "SM-2 intervals must be between 1 and \(limit) days"
        case let .sm2Multipliers(limit): "SM-2 multipliers must be positive and at most \(limit)"
        case let .weightCount(expected, got): "expected \(expected) weights, got \(got)"
        case let .weightOutOfBounds(index, value, lower, upper): "weight w\(index) = \(value) is outside [\(lower), \(upper)]"
        }
    }
}

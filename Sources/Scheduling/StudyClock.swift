import Foundation

/// The learner's calendar: study days start at `rolloverHour` local time (Anki: 4 a.m.), so a review card
/// is due for the whole day its due time falls in.
public struct StudyClock: Sendable, Equatable {
    /// The learner's time zone (UTC unless given).
    public var timeZone: TimeZone
    /// Hour of local time when a new study day starts.
    public var rolloverHour: Int

    /// The UTC offset in ms when the zone has no daylight-saving changes (a fast path), else nil.
    private var fixedOffset: Int64?

    /// A clock for `timeZone` with days starting at `rolloverHour`.
    public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!, rolloverHour: Int = 4) {
        self.timeZone = timeZone
        self.rolloverHour = rolloverHour
        let fixed = timeZone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: -2_208_988_800)) == nil
        fixedOffset = fixed ? Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: 0))) * 1000 : nil
    }

    /// The study-day number of `t` (days since 1970-01-01 in local time, shifted by the rollover).
    public func day(of t: Timestamp) -> Int64 {
        let offset = fixedOffset
            ?? Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t) / 1000))) * 1000
        let shifted = t + offset - Int64(rolloverHour) * Milliseconds.hour
        return shifted >= 0 ? shifted / Milliseconds.day : -((-shifted + Milliseconds.day - 1) / Milliseconds.day)
    }

    /// Whole study days from `from` to `to` (calendar days after the rollover, as Anki counts them).
    public func daysBetween(_ from: Timestamp, _ to: Timestamp) -> Int64 { day(of: to) - day(of: from) }

    /// The study day of a review at `t` exactly as Anki numbers review days when it recomputes memory states: in
    /// whole seconds, with the rollover second itself still in the day it ends (Anki counts days back from the
    /// next rollover: `(next_day_at - secs) / 86400`).
    public func reviewDay(of t: Timestamp) -> Int64 {
        let seconds = t >= 0 ? t / 1000 : -((-t + 999) / 1000)
        return day(of: seconds * 1000 - 1)
    }

    /// Study days between two reviews, as Anki counts them (`reviewDay`).
    public func reviewDaysBetween(_ from: Timestamp, _ to: Timestamp) -> Int64 { reviewDay(of: to) - reviewDay(of: from) }

    /// Whether `card` should be shown at `now`: new cards always, (re)learning cards once their due time has
    /// passed, review cards from the start of the study day that holds their due time.
    public func isDue(_ card: CardSchedule, at now: Timestamp) -> Bool {
        switch card.phase {
        case .new: return true
        case .learning, .relearning: return card.due <= now
        case .review: return day(of: card.due) <= day(of: now)
        }
    }
}

extension StudyClock {
    /// When the study day holding `t` began (a time zone change inside the day is allowed for).
    public func startOfDay(containing t: Timestamp) -> Timestamp {
        let today = day(of: t)
        let offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t) / 1000))) * 1000
        let shift = offset - Int64(rolloverHour) * Milliseconds.hour
        var start = (today * Milliseconds.day) - shift
        // A daylight-saving change between the boundary and `t` moves the boundary by the change: step to it.
        while day(of: start) == today { start -= Milliseconds.hour }
        while day(of: start) != today { start += Milliseconds.hour / 4 }
        return start
    }

    /// When the study day after the one holding `t` begins.
    public func startOfNextDay(after t: Timestamp) -> Timestamp {
        startOfDay(containing: startOfDay(containing: t) + Milliseconds.day + 3 * Milliseconds.hour)
    }
}

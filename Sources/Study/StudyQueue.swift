import Cards
import Scheduling

/// Which cards are due: learning cards by the minute, review cards by local study day, new cards up to a limit.
public struct StudyQueue: Sendable {
    /// How far ahead learning cards may be shown (Anki's learn-ahead limit).
    public static let learnAhead: Int64 = 20 * Milliseconds.minute

    /// The packed sort key: the due time (ms, below 2^42 until the year 2109) above the card's index (below 2^21).
    static let indexBits: Int64 = 21
    static let indexMask: Int64 = (1 << indexBits) - 1
    static let latestKeyTime: Int64 = (1 << (63 - indexBits)) - 1

    public var newCardsPerDay: Int
    /// The learner's calendar (time zone and day rollover).
    public var calendar: StudyClock

    public init(newCardsPerDay: Int = 20, calendar: StudyClock = StudyClock()) {
        self.newCardsPerDay = newCardsPerDay
        self.calendar = calendar
    }

    /// Is `schedule` due at `now`? Review cards count as due for the whole study day they fall in;
    /// learning cards a little ahead of time, as Anki's learn-ahead limit allows.
    public func isDue(_ schedule: CardSchedule, at now: Timestamp) -> Bool {
        switch schedule.phase {
        case .learning, .relearning: return schedule.due <= now + Self.learnAhead
        case .new, .review: return calendar.isDue(schedule, at: now)
        }
    }

    /// The cards to ask from `source`, as indices: due cards first (earliest due first), then new cards in deck
    /// order up to today's allowance.
    public func dueIndices(in source: any CardSource, schedules: (String) -> CardSchedule?, at now: Timestamp) -> [Int32] {
        // Sorted by `ordered` as one integer per card: a deck may hold 100,000 of them.
        var dueByTime: [(due: Timestamp, index: Int32)] = []
        var fresh: [Int32] = []
        var newSeenToday = 0
        // One time-zone look-up per queue, not per card: review cards are due before the next study day starts.
        let todayStart = calendar.startOfDay(containing: now)
        let tomorrowStart = calendar.startOfNextDay(after: now)
        let learnAheadLimit = now + Self.learnAhead
        for index in 0..<source.cardCount {
            guard let schedule = schedules(source.cardID(at: index)), schedule.phase != .new else {
                if fresh.count < newCardsPerDay { fresh.append(Int32(index)) }
                continue
            }
            if schedule.reps == 1, let last = schedule.lastReview, last >= todayStart { newSeenToday += 1 }
            let isDue = schedule.phase == .review ? schedule.due < tomorrowStart : schedule.due <= learnAheadLimit
            if isDue { dueByTime.append((schedule.due, Int32(index))) }
        }
        let allowance = max(0, newCardsPerDay - newSeenToday)
        return Self.ordered(dueByTime) + fresh.prefix(allowance)
    }

    /// Indices (appended in increasing order) ordered by due time, then deck order.
    static func ordered(_ due: [(due: Timestamp, index: Int32)]) -> [Int32] {
        guard Int64(due.last?.index ?? 0) <= indexMask else {   // a deck larger than the packed key holds
            return due.sorted { $0.due != $1.due ? $0.due < $1.due : $0.index < $1.index }.map(\.index)
        }
        var keys = due.map { max(0, min($0.due, latestKeyTime)) << indexBits | Int64($0.index) }
        keys.sort()
        return keys.map { Int32(truncatingIfNeeded: $0 & indexMask) }
    }
}

import Cards
import Scheduling
import Store

/// What `ontap stats` and `:stats` show about a deck: what is coming, what was done, how well it is remembered.
public struct DeckStatistics: Codable, Equatable, Sendable {
    /// Cards due on each of the next 30 study days (day 0 is today, overdue cards included).
    public var forecast: [Int]
    /// Reviews on each of the last `heatmapDays` study days, oldest first, today last.
    public var heatmap: [Int]
    /// The study-day number of the heatmap's first day (days since 1970-01-01, local, after the rollover).
    public var heatmapFirstDay: Int64
    /// True retention by week (reviews of cards already learned on an earlier day: passed out of all), oldest first.
    public var retention: [WeekRetention]
    /// The deck's desired retention, to compare against.
    public var desiredRetention: Double
    /// Cards by state.
    public var counts: StateCounts
    /// The cards forgotten most often, most first (at most 10).
    public var hardest: [HardCard]
    /// Time spent answering: all of it, and today.
    public var studyMs: Int64
    public var studyMsToday: Int64
    /// Reviews in the log read.
    public var reviews: Int
    /// Study days in a row with at least one review, up to today (or yesterday, if nothing yet today).
    public var streak: Int

    /// How many study days the heatmap covers (about six months).
    public static let heatmapDays = 182
    /// How many weeks of retention are shown.
    public static let retentionWeeks = 12

    /// One week of true retention.
    public struct WeekRetention: Codable, Equatable, Sendable {
        /// The study-day number the week starts on.
        public var firstDay: Int64
        public var passed: Int
        public var total: Int
        /// Passed out of total, nil without reviews.
        public var rate: Double? { total == 0 ? nil : Double(passed) / Double(total) }
    }

    /// Cards by where they are in their life.
    public struct StateCounts: Codable, Equatable, Sendable {
        public var new = 0
        public var learning = 0
        public var review = 0
        public var suspended = 0
    }

    /// A card that was forgotten often.
    public struct HardCard: Codable, Equatable, Sendable {
        public var id: String
        public var prompt: String
        public var lapses: Int
    }

    /// Statistics for `cards` under `store` at `now`, with study days from `calendar`.
    public init(cards: any CardSource, store: any ProgressRecording, calendar: StudyClock, at now: Timestamp) {
        let today = calendar.day(of: now)
        let marking = store as? any CardMarking
        forecast = Array(repeating: 0, count: 30)
        counts = StateCounts()
        var lapses: [(index: Int, lapses: Int)] = []
        for index in 0..<cards.cardCount {
            let id = cards.cardID(at: index)
            if marking?.suspended.contains(id) == true { counts.suspended += 1; continue }
            guard let schedule = store.schedule(for: id), schedule.phase != .new else { counts.new += 1; continue }
            if schedule.phase == .review { counts.review += 1 } else { counts.learning += 1 }
            let offset = max(0, calendar.day(of: schedule.due) - today)
            if offset < 30 { forecast[Int(offset)] += 1 }
            if schedule.lapses > 0 { lapses.append((index, Int(schedule.lapses))) }
        }
        hardest = lapses.sorted { $0.lapses != $1.lapses ? $0.lapses > $1.lapses : $0.index < $1.index }.prefix(10).map {
            HardCard(id: cards.cardID(at: $0.index), prompt: cards.card(at: $0.index).prompt, lapses: $0.lapses)
        }
        desiredRetention = store.settings.desiredRetention

        let firstDay = today - Int64(Self.heatmapDays) + 1
        heatmapFirstDay = firstDay
        heatmap = Array(repeating: 0, count: Self.heatmapDays)
        let weeksStart = today - Int64(Self.retentionWeeks * 7) + 1
        retention = (0..<Self.retentionWeeks).map { WeekRetention(firstDay: weeksStart + Int64($0 * 7), passed: 0, total: 0) }
        studyMs = 0
        studyMsToday = 0
        // Every review, to know each card's previous study day (retention counts cards learned before that day).
        let all = store.reviews(since: Timestamp.min)
        reviews = all.count
        var lastDay: [String: Int64] = [:]
        var activeDays: Set<Int64> = []
        for review in all {
            let day = calendar.day(of: review.time)
            studyMs += review.durationMs
            if day == today { studyMsToday += review.durationMs }
            activeDays.insert(day)
            if day >= firstDay, day <= today { heatmap[Int(day - firstDay)] += 1 }
            if let previous = lastDay[review.cardID], previous < day, day >= weeksStart, day <= today {
                let week = Int((day - weeksStart) / 7)
                retention[week].total += 1
                if review.rating != .again { retention[week].passed += 1 }
            }
            lastDay[review.cardID] = day
        }
        var day = activeDays.contains(today) ? today : today - 1
        var streak = 0
        while activeDays.contains(day) { streak += 1; day -= 1 }
        self.streak = streak
    }
}

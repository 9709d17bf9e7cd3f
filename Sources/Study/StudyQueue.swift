import Cards
import Scheduling
import Store

/// Which cards are due: learning cards by the minute, review cards by local study day up to the day's review
/// limit, new cards up to the day's new-card limit, one per event, interleaving kinds.
public struct StudyQueue: Sendable {
    /// How far ahead learning cards may be shown (Anki's learn-ahead limit).
    public static let learnAhead: Int64 = 20 * Milliseconds.minute

    /// The packed sort key: the due time (ms, below 2^42 until the year 2109) above the card's index (below 2^21).
    static let indexBits: Int64 = 21
    static let indexMask: Int64 = (1 << indexBits) - 1
    static let latestKeyTime: Int64 = (1 << (63 - indexBits)) - 1

    /// New cards and reviews per study day.
    public var limits: DailyLimits
    /// Only cards of these kinds (nil: every kind).
    public var kinds: Set<CardKind>?
    /// The learner's calendar (time zone and day rollover).
    public var calendar: StudyClock

    public init(limits: DailyLimits = DailyLimits(), kinds: Set<CardKind>? = nil, calendar: StudyClock = StudyClock()) {
        self.limits = limits
        self.kinds = kinds
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

    /// What today's log says: how many new cards were introduced, how many reviews shown, which events were met.
    public struct Today: Sendable, Equatable {
        /// Cards whose first review ever is today (however many steps followed).
        public var introduced: Set<String> = []
        /// Cards reviewed today that were not new today.
        public var reviewed: Set<String> = []
        /// Every card answered today.
        public var answered: Set<String> = []

        public init() {}

        /// Reads `reviews` (today's, oldest first) against the cards' current schedules: a card is new today when
        /// all of its reviews are today's.
        public init(reviews: [ReviewRecord], schedules: (String) -> CardSchedule?) {
            var counts: [String: Int] = [:]
            for review in reviews { counts[review.cardID, default: 0] += 1 }
            for (id, count) in counts {
                answered.insert(id)
                if let schedule = schedules(id), Int(schedule.reps) <= count { introduced.insert(id) } else { reviewed.insert(id) }
            }
        }
    }

    /// The cards to ask from `source`, as indices: due learning and review cards first (earliest due first), then
    /// new cards. A card whose event was met today (its sibling answered) waits for tomorrow, unless it is in its
    /// learning steps; new cards come one per event, the kinds taking turns.
    public func dueIndices(in source: any CardSource, schedules: (String) -> CardSchedule?, today: Today = Today(),
                           hidden: (String) -> Bool = { _ in false }, at now: Timestamp) -> [Int32] {
        var learning: [(due: Timestamp, index: Int32)] = []
        var reviews: [(due: Timestamp, index: Int32)] = []
        // One time-zone look-up per queue, not per card: review cards are due before the next study day starts.
        let tomorrowStart = calendar.startOfNextDay(after: now)
        let learnAheadLimit = now + Self.learnAhead
        // Events in deck order of first appearance, and each event's new cards.
        var eventOrder: [String: Int32] = [:]
        var freshByEvent: [Int32: [Int32]] = [:]
        var metEvents: Set<Int32> = []
        let checkSiblings = !today.answered.isEmpty
        for index in 0..<source.cardCount {
            let id = source.cardID(at: index)
            let eventID = source.eventID(at: index)
            let event: Int32
            if let known = eventOrder[eventID] { event = known } else {
                event = Int32(eventOrder.count)
                eventOrder[eventID] = event
            }
            if checkSiblings, today.answered.contains(id) { metEvents.insert(event) }
            if let kinds, !kinds.contains(source.kind(at: index)) { continue }
            if hidden(id) { continue }
            guard let schedule = schedules(id), schedule.phase != .new else {
                freshByEvent[event, default: []].append(Int32(index))
                continue
            }
            switch schedule.phase {
            case .learning, .relearning:
                if schedule.due <= learnAheadLimit { learning.append((schedule.due, Int32(index))) }
            case .review, .new:
                if schedule.due < tomorrowStart { reviews.append((schedule.due, Int32(index))) }
            }
        }
        // Review siblings of an event met today wait; the rest up to the day's review limit.
        reviews = reviews.filter { !metEvents.contains(eventOrder[source.eventID(at: Int($0.index))] ?? -1) }
        let reviewAllowance = max(0, limits.reviews - today.reviewed.count)
        let dueReviews = Array(Self.ordered(reviews).prefix(reviewAllowance))
        var queuedEvents = Set(dueReviews.map { eventOrder[source.eventID(at: Int($0))] ?? -1 })
        queuedEvents.formUnion(learning.map { eventOrder[source.eventID(at: Int($0.index))] ?? -1 })

        let newAllowance = max(0, limits.newCards - today.introduced.count)
        var fresh: [Int32] = []
        let kindOrder = CardKind.allCases
        var preferred = 0
        for event in freshByEvent.keys.sorted() where fresh.count < newAllowance {
            guard !metEvents.contains(event), !queuedEvents.contains(event), let candidates = freshByEvent[event] else { continue }
            // The kinds take turns: each new card prefers the kind after the previous one's, else the next the event has.
            let pick = candidates.min { a, b in
                let ka = (kindOrder.firstIndex(of: source.kind(at: Int(a)))! - preferred + kindOrder.count) % kindOrder.count
                let kb = (kindOrder.firstIndex(of: source.kind(at: Int(b)))! - preferred + kindOrder.count) % kindOrder.count
                return ka != kb ? ka < kb : a < b
            }!
            fresh.append(pick)
            preferred = (kindOrder.firstIndex(of: source.kind(at: Int(pick)))! + 1) % kindOrder.count
        }
        let allowed = Set(dueReviews)
        return Self.ordered(learning + reviews.filter { allowed.contains($0.index) }) + fresh
    }

    /// Indices (appended in increasing order) ordered by due time, then deck order.
    static func ordered(_ due: [(due: Timestamp, index: Int32)]) -> [Int32] {
        guard Int64(due.map(\.index).max() ?? 0) <= indexMask else {   // a deck larger than the packed key holds
            return due.sorted { $0.due != $1.due ? $0.due < $1.due : $0.index < $1.index }.map(\.index)
        }
        var keys = due.map { max(0, min($0.due, latestKeyTime)) << indexBits | Int64($0.index) }
        keys.sort()
        return keys.map { Int32(truncatingIfNeeded: $0 & indexMask) }
    }
}

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
        // Event ids are read only where needed (new cards, cards answered today, due reviews): a large deck that is
        // mostly studied builds its queue from ids and schedules alone.
        var freshEvents: [String] = []                // in deck order of their first new card
        var freshByEvent: [String: [Int32]] = [:]
        var metEvents: Set<String> = []
        let checkSiblings = !today.answered.isEmpty
        for index in 0..<source.cardCount {
            let id = source.cardID(at: index)
            if checkSiblings, today.answered.contains(id) { metEvents.insert(source.eventID(at: index)) }
            if let kinds, !kinds.contains(source.kind(at: index)) { continue }
            if hidden(id) { continue }
            guard let schedule = schedules(id), schedule.phase != .new else {
                let event = source.eventID(at: index)
                if freshByEvent[event] == nil { freshEvents.append(event) }
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
        if !metEvents.isEmpty { reviews = reviews.filter { !metEvents.contains(source.eventID(at: Int($0.index))) } }
        let reviewAllowance = max(0, limits.reviews - today.reviewed.count)
        let dueReviews = Array(Self.ordered(reviews).prefix(reviewAllowance))
        let newAllowance = max(0, limits.newCards - today.introduced.count)
        var fresh: [Int32] = []
        if newAllowance > 0, !freshEvents.isEmpty {
            // A new card waits while a card of its event is due today (answering that one would bury it).
            var queuedEvents = Set(dueReviews.map { source.eventID(at: Int($0)) })
            queuedEvents.formUnion(learning.map { source.eventID(at: Int($0.index)) })
            let kindOrder = CardKind.allCases
            // Per kind, the events that have a new card of it (their first such card), in deck order: the kinds take
            // turns across the whole deck, so an event with only a date card never makes two date cards in a row
            // while a cloze or a choice card waits further on.
            var byKind = Array(repeating: [(event: String, index: Int32, position: Int)](), count: kindOrder.count)
            for (position, event) in freshEvents.enumerated() where !metEvents.contains(event) && !queuedEvents.contains(event) {
                var seen = Array(repeating: false, count: kindOrder.count)
                for index in freshByEvent[event] ?? [] {
                    let kind = kindOrder.firstIndex(of: source.kind(at: Int(index)))!
                    if !seen[kind] { seen[kind] = true; byKind[kind].append((event, index, position)) }
                }
            }
            var heads = Array(repeating: 0, count: kindOrder.count)
            var used = Array(repeating: 0, count: kindOrder.count)
            var taken = Set<String>()
            var previous = -1
            while fresh.count < newAllowance {
                // The kind met least so far today, never the previous card's when another will do, and among those
                // the one whose next event comes first in the deck.
                var best: (kind: Int, rank: (Int, Int, Int))?
                for kind in kindOrder.indices {
                    while heads[kind] < byKind[kind].count, taken.contains(byKind[kind][heads[kind]].event) { heads[kind] += 1 }
                    guard heads[kind] < byKind[kind].count else { continue }
                    let rank = (used[kind], kind == previous ? 1 : 0, byKind[kind][heads[kind]].position)
                    if best == nil || rank < best!.rank { best = (kind, rank) }
                }
                guard let kind = best?.kind else { break }
                let (event, index, _) = byKind[kind][heads[kind]]
                taken.insert(event)
                fresh.append(index)
                used[kind] += 1
                previous = kind
            }
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

import Cards
import Scheduling

/// Which cards are due: learning cards by the minute, review cards by local study day, new cards up to a limit.
public struct StudyQueue: Sendable {
    /// How far ahead learning cards may be shown (Anki's learn-ahead limit).
    public static let learnAhead: Int64 = 20 * Milliseconds.minute

    public var newCardsPerDay: Int
    /// Seconds east of UTC of the learner's clock, for the day boundary.
    public var utcOffsetSeconds: Int
    public var rolloverHour: Int

    public init(newCardsPerDay: Int = 20, utcOffsetSeconds: Int = 0, rolloverHour: Int = 4) {
        self.newCardsPerDay = newCardsPerDay
        self.utcOffsetSeconds = utcOffsetSeconds
        self.rolloverHour = rolloverHour
    }

    /// The start of the study day containing `time` (ms, UTC), given the rollover hour.
    public func dayStart(of time: Timestamp) -> Timestamp {
        let shift = Int64(utcOffsetSeconds) * Milliseconds.second - Int64(rolloverHour) * Milliseconds.hour
        let local = time + shift
        let floored = local - ((local % Milliseconds.day) + Milliseconds.day) % Milliseconds.day
        return floored - shift
    }

    /// Is `schedule` due at `now`? Review cards count as due for the whole study day they fall in.
    public func isDue(_ schedule: CardSchedule, at now: Timestamp) -> Bool {
        switch schedule.phase {
        case .new: return true
        case .learning, .relearning: return schedule.due <= now + Self.learnAhead
        case .review: return schedule.due < dayStart(of: now) + Milliseconds.day
        }
    }

    /// Due cards first (earliest due first), then new cards in deck order up to today's allowance.
    public func dueCards(in deck: Deck, schedules: (String) -> CardSchedule?, at now: Timestamp) -> [Card] {
        var due: [(Timestamp, Card)] = []
        var fresh: [Card] = []
        var newSeenToday = 0
        let today = dayStart(of: now)
        for card in deck.cards {
            guard let schedule = schedules(card.id), schedule.phase != .new else { fresh.append(card); continue }
            if schedule.reps == 1, let last = schedule.lastReview, last >= today { newSeenToday += 1 }
            if isDue(schedule, at: now) { due.append((schedule.due, card)) }
        }
        let allowance = max(0, newCardsPerDay - newSeenToday)
        return due.sorted { $0.0 < $1.0 }.map(\.1) + fresh.prefix(allowance)
    }

    /// How many cards are due now (for `ontap decks`).
    public func dueCount(in deck: Deck, schedules: (String) -> CardSchedule?, at now: Timestamp) -> Int {
        dueCards(in: deck, schedules: schedules, at: now).count
    }
}

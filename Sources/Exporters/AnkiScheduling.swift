import Cards
import Foundation
import Scheduling
import Store

/// ontap's scheduler state and review log in Anki's terms (`cards` columns, `revlog` rows), FORMAT.md A.6–A.7.
///
/// Review and day-learning dues are day numbers counted from the collection's `crt`; intraday learning dues are
/// unix seconds; FSRS memory state goes into `cards.data` so Anki with FSRS on carries on where ontap left off.
struct AnkiScheduling {
    static let dayMs: Int64 = 86_400_000

    /// The collection's creation time (unix s): a UTC midnight at least one day before every date we encode.
    let crt: Int64
    /// The scheduler settings the progress was made with (steps, retention, FSRS decay).
    let settings: SchedulerSettings

    /// Timing for an export at `now` of progress whose earliest time is `earliest` (ms).
    init(now: Timestamp, earliest: Timestamp?, settings: SchedulerSettings) {
        let first = min(now, earliest ?? now)
        crt = (first / AnkiScheduling.dayMs - 1) * 86_400
        self.settings = settings
    }

    /// Anki's day number of the time `ms`.
    func day(_ ms: Timestamp) -> Int64 { (ms / 1000 - crt) / 86_400 }

    /// The `cards` scheduling columns of one card.
    struct CardState: Equatable {
        var type: Int64
        var queue: Int64
        var due: Int64
        var ivl: Int64
        var factor: Int64
        var reps: Int64
        var lapses: Int64
        var left: Int64
        var data: String
    }

    /// A card never studied: new, at position `position` (1-based) in the new-card order.
    static func newCard(position: Int) -> CardState {
        CardState(type: 0, queue: 0, due: Int64(position), ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "")
    }

    /// The columns for a card with state `schedule` (`position` is kept for a card still new).
    func state(of schedule: CardSchedule, position: Int) -> CardState {
        let factor = Int64(max(1300, Int(schedule.ease)))
        let reps = Int64(schedule.reps), lapses = Int64(schedule.lapses)
        let data = memoryState(schedule)
        switch schedule.phase {
        case .new:
            return AnkiScheduling.newCard(position: position)
        case .review:
            return CardState(type: 2, queue: 2, due: day(schedule.due), ivl: intervalDays(schedule), factor: factor,
                             reps: reps, lapses: lapses, left: 0, data: data)
        case .learning, .relearning:
            let steps = schedule.phase == .learning ? settings.learningSteps : settings.relearningSteps
            let remaining = Int64(max(1, steps.count - Int(schedule.step ?? 0)))
            let intraday = schedule.due - (schedule.lastReview ?? schedule.due) < AnkiScheduling.dayMs
            return CardState(type: schedule.phase == .learning ? 1 : 3, queue: intraday ? 1 : 3,
                             due: intraday ? schedule.due / 1000 : day(schedule.due),
                             ivl: schedule.phase == .learning ? 0 : intervalDays(schedule), factor: factor,
                             reps: reps, lapses: lapses, left: remaining * 1000 + remaining, data: data)
        }
    }

    /// The review interval in days (at least 1): SM-2's, or the gap from the last review to the due date.
    func intervalDays(_ schedule: CardSchedule) -> Int64 {
        if schedule.intervalDays > 0 { return Int64(schedule.intervalDays) }
        guard let last = schedule.lastReview else { return 1 }
        return max(1, Int64((Double(schedule.due - last) / Double(AnkiScheduling.dayMs)).rounded()))
    }

    /// The key of ontap's custom data in `cards.data` (`"cd"`, a JSON object in a string, which Anki keeps on import
    /// and export, unlike `notes.data`): the card's ontap id and place in the deck, `ID/POSITION`.
    static let customDataKey = "ontap"

    /// `data` (as `memoryState` gives it) with ontap's custom data `mark` added; unchanged when the mark would pass
    /// Anki's 100-byte limit on custom data or is not plain text.
    static func withCustomMark(_ data: String, _ mark: String) -> String {
        // {"ontap":"MARK"} is at most 100 bytes; the mark needs no escaping (ontap's ids are plain).
        guard customDataKey.utf8.count + mark.utf8.count + 7 <= 100,
              mark.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) else { return data }
        let field = "\"cd\":\"{\\\"" + customDataKey + "\\\":\\\"" + mark + "\\\"}\""
        return data.isEmpty ? "{" + field + "}" : String(data.dropLast()) + "," + field + "}"
    }

    /// `cards.data`: FSRS stability/difficulty/retention/decay and the last review (unix s), or "" for none.
    func memoryState(_ schedule: CardSchedule) -> String {
        var fields: [String] = []
        if schedule.stability > 0, (1...10).contains(schedule.difficulty) {
            fields.append("\"s\":\(significant(schedule.stability))")
            fields.append("\"d\":\(rounded(schedule.difficulty))")
            fields.append("\"dr\":\(rounded(settings.desiredRetention))")
            if settings.weights.count >= 21 { fields.append("\"decay\":\(rounded(settings.weights[20]))") }
        }
        if let last = schedule.lastReview { fields.append("\"lrt\":\(last / 1000)") }
        return fields.isEmpty ? "" : "{" + fields.joined(separator: ",") + "}"
    }

    /// Six significant digits: a stability of a few hundredths of a day (after lapses) keeps its relative
    /// precision, so Anki's recomputation from the review log is compared with ontap's value, not a rounding of it.
    private func significant(_ value: Double) -> String {
        guard value > 0, value.isFinite else { return "0" }
        let decimals = min(12, max(4, 5 - Int(log10(value).rounded(.down))))
        var text = String(format: "%.\(decimals)f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private func rounded(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        return scaled == scaled.rounded() ? String(Int64(scaled)) : String(scaled)
    }

    /// One `revlog` row.
    struct ReviewRow: Equatable {
        var id: Int64
        var cardID: String
        var ease: Int64
        var ivl: Int64
        var lastIvl: Int64
        var factor: Int64
        var time: Int64
        var type: Int64
    }

    /// Calls `body` with the revlog row of each review of a card in `known` (with the card's Anki id), in log
    /// order, replaying under `settings` to get each row's type and intervals; `id` is the review time.
    func forEachReviewRow(_ reviews: [ReviewRecord], known: [String: Int64], _ body: (ReviewRow, Int64) -> Void) {
        let scheduler = settings.makeScheduler()
        // One dictionary lookup per review: card id → slot in the arrays below.
        var slots: [String: Int] = [:]
        slots.reserveCapacity(known.count)
        var states: [CardSchedule?] = [], lastIntervals: [Int64] = [], ankiIDs: [Int64] = [], seeds: [UInt64] = []
        for review in reviews {
            let slot: Int
            if let known = slots[review.cardID] {
                slot = known
            } else {
                guard let ankiID = known[review.cardID] else { continue }
                slot = states.count
                slots[review.cardID] = slot
                states.append(nil)
                lastIntervals.append(0)
                ankiIDs.append(ankiID)
                seeds.append(ContentID.seed(of: review.cardID))
            }
            let before = states[slot] ?? .new(at: review.time)
            let after = scheduler.review(before, rating: review.rating, at: review.time, cardID: seeds[slot])
            states[slot] = after
            let interval: Int64 = after.phase == .review
                ? max(1, Int64((Double(after.due - review.time) / Double(AnkiScheduling.dayMs)).rounded()))
                : -max(1, (after.due - review.time) / 1000)
            let type: Int64
            switch before.phase {
            case .new, .learning: type = 0
            case .review: type = 1
            case .relearning: type = 2
            }
            body(ReviewRow(id: review.time, cardID: review.cardID, ease: Int64(review.rating.rawValue), ivl: interval,
                           lastIvl: lastIntervals[slot], factor: Int64(after.ease),
                           time: min(60_000, max(0, review.durationMs)), type: type), ankiIDs[slot])
            lastIntervals[slot] = interval
        }
    }
}

import Cards
import Scheduling
import Store

/// Cramming for an exam (`study --exam DATE`): every card shown once before the exam, spread over the days left,
/// weakest first; the order is fixed when the plan is made so each day takes the next share.
public struct ExamPlan: Codable, Equatable, Sendable {
    /// The exam's study day (days since 1970-01-01, local, after the rollover).
    public var examDay: Int64
    /// The study day the plan was made.
    public var startDay: Int64
    /// Every card id, weakest first.
    public var order: [String]

    /// A plan made on `today` for the cards of `cards`: never-studied cards first, then the least stable (the
    /// shortest memory), most forgotten first among equals.
    public init(cards: any CardSource, schedules: (String) -> CardSchedule?, today: Int64, examDay: Int64) {
        self.examDay = examDay
        startDay = today
        let keyed = (0..<cards.cardCount).map { index -> (id: String, stability: Double, lapses: Int, index: Int) in
            let id = cards.cardID(at: index)
            guard let schedule = schedules(id), schedule.phase != .new else { return (id, -1, 0, index) }
            let stability = schedule.stability > 0 ? schedule.stability : Double(schedule.intervalDays)
            return (id, stability, Int(schedule.lapses), index)
        }
        order = keyed.sorted {
            if $0.stability != $1.stability { return $0.stability < $1.stability }
            if $0.lapses != $1.lapses { return $0.lapses > $1.lapses }
            return $0.index < $1.index
        }.map(\.id)
    }

    /// Study days from the plan's start to the exam (at least 1).
    public var days: Int { Int(max(1, examDay - startDay)) }

    /// The ids for `today`: the day's share of the order (the last day before the exam takes whatever is left).
    public func share(on today: Int64) -> [String] {
        guard today < examDay else { return [] }
        let size = (order.count + days - 1) / days
        let day = Int(max(0, min(Int64(days - 1), today - startDay)))
        let start = min(order.count, day * size)
        return Array(order[start..<min(order.count, start + size)])
    }
}

/// Progress seen through a cram: answers to cards due anyway (and new cards) are recorded as usual; answers to
/// cards not due are kept in this session only, so cramming never disturbs the long-term schedule.
public final class CramProgress: ProgressRecording {
    public let base: any ProgressRecording
    private let isDue: (CardSchedule) -> Bool
    private let scheduler: any Scheduler
    private var overlay: [String: CardSchedule] = [:]
    /// Reviews kept in this session only (the card was not due).
    public private(set) var unrecorded: [ReviewRecord] = []

    public init(base: any ProgressRecording, isDue: @escaping (CardSchedule) -> Bool) {
        self.base = base
        self.isDue = isDue
        scheduler = base.settings.makeScheduler()
    }

    public var canRecord: Bool { base.canRecord }
    public var recordingBlock: RecordingBlock? { base.recordingBlock }
    public var openingNotices: [ProgressNotice] { base.openingNotices }
    public var settings: SchedulerSettings { base.settings }
    public func schedule(for cardID: String) -> CardSchedule? { overlay[cardID] ?? base.schedule(for: cardID) }
    public func reviews(since time: Timestamp) -> [ReviewRecord] { base.reviews(since: time) }
    public func saveSnapshot() throws(StoreError) { try base.saveSnapshot() }

    /// Whether an answer to `cardID` now goes to the real progress.
    public func records(_ cardID: String) -> Bool {
        overlay[cardID] == nil && (base.schedule(for: cardID).map(isDue) ?? true)
    }

    public func record(_ review: ReviewRecord) throws(StoreError) -> CardSchedule {
        if records(review.cardID) { return try base.record(review) }
        let current = schedule(for: review.cardID) ?? .new(at: review.time)
        let next = scheduler.review(current, rating: review.rating, at: review.time, cardID: ContentID.seed(of: review.cardID))
        overlay[review.cardID] = next
        unrecorded.append(review)
        return next
    }

    public func undo(_ review: ReviewRecord, restoring previous: CardSchedule?, at time: Timestamp?) throws(StoreError) {
        if let index = unrecorded.lastIndex(of: review) {
            unrecorded.remove(at: index)
            if previous == base.schedule(for: review.cardID) { overlay[review.cardID] = nil } else { overlay[review.cardID] = previous }
        } else {
            try base.undo(review, restoring: previous, at: time)
        }
    }
}

/// Putting a card aside while cramming is recorded as in a normal session: a suspension, burial or flag is a line of
/// its own in the log and changes no card's schedule, so the long-term schedule stays untouched.
extension CramProgress: CardMarking {
    private var marking: (any CardMarking)? { base as? any CardMarking }
    public var suspended: Set<String> { marking?.suspended ?? [] }
    public var buriedUntil: [String: Timestamp] { marking?.buriedUntil ?? [:] }
    public var flags: [String: Int] { marking?.flags ?? [:] }

    public func setSuspended(_ cardID: String, _ suspended: Bool, at time: Timestamp) throws(StoreError) {
        try marking?.setSuspended(cardID, suspended, at: time)
    }

    public func bury(_ cardID: String, at time: Timestamp) throws(StoreError) {
        try marking?.bury(cardID, at: time)
    }

    public func setFlag(_ cardID: String, _ flag: Int, at time: Timestamp) throws(StoreError) {
        try marking?.setFlag(cardID, flag, at: time)
    }
}

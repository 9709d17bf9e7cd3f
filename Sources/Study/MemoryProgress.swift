import Cards
import Scheduling
import Store

/// Progress kept in memory only, with the same scheduling as `ProgressStore`: for tests and for trying a deck.
public final class MemoryProgress: ProgressRecording {
    public var canRecord: Bool { recordingBlock == nil }
    public var recordingBlock: RecordingBlock?
    public var openingNotices: [ProgressNotice] = []
    public var settings: SchedulerSettings
    /// Every review recorded, in order (undo removes the last).
    public private(set) var log: [ReviewRecord] = []
    public private(set) var cards: [String: CardSchedule] = [:]
    /// How many times `saveSnapshot` was called.
    public private(set) var saves = 0
    public private(set) var suspended: Set<String> = []
    public private(set) var buriedUntil: [String: Timestamp] = [:]
    public private(set) var flags: [String: Int] = [:]
    private let scheduler: any Scheduler

    /// Empty progress under `settings`; `history` is replayed as if recorded before.
    public init(settings: SchedulerSettings = SchedulerSettings(), recordingBlock: RecordingBlock? = nil,
                history: [ReviewRecord] = []) {
        self.settings = settings
        self.recordingBlock = recordingBlock
        scheduler = settings.makeScheduler()
        for review in history { _ = try? record(review) }
    }

    public func schedule(for cardID: String) -> CardSchedule? { cards[cardID] }

    public func record(_ review: ReviewRecord) throws(StoreError) -> CardSchedule {
        let current = cards[review.cardID] ?? .new(at: review.time)
        let next = scheduler.review(current, rating: review.rating, at: review.time, cardID: ContentID.seed(of: review.cardID))
        cards[review.cardID] = next
        log.append(review)
        return next
    }

    public func undo(_ review: ReviewRecord, restoring previous: CardSchedule?, at time: Timestamp?) throws(StoreError) {
        if let index = log.lastIndex(of: review) { log.remove(at: index) }
        cards[review.cardID] = previous
    }

    public func reviews(since time: Timestamp) -> [ReviewRecord] { log.filter { $0.time >= time } }

    public func saveSnapshot() throws(StoreError) { saves += 1 }
}

extension MemoryProgress: CardMarking {
    public func setSuspended(_ cardID: String, _ suspended: Bool, at time: Timestamp) throws(StoreError) {
        if suspended { self.suspended.insert(cardID) } else { self.suspended.remove(cardID) }
    }

    public func bury(_ cardID: String, at time: Timestamp) throws(StoreError) {
        buriedUntil[cardID] = settings.clock.startOfNextDay(after: time)
    }

    public func setFlag(_ cardID: String, _ flag: Int, at time: Timestamp) throws(StoreError) {
        flags[cardID] = flag == 0 ? nil : flag
    }
}

import Cards
import Scheduling
import Store

/// What a study session needs from a deck's progress: read schedules, record and take back answers, today's
/// reviews, save. `ProgressStore` adopts it; tests use `MemoryProgress`.
public protocol ProgressRecording: AnyObject {
    /// False when answers cannot be kept (the deck is held elsewhere, the folder is read-only).
    var canRecord: Bool { get }
    /// Things the learner should know about, from opening the progress.
    var notices: [String] { get }
    /// The deck's scheduler and daily limits.
    var settings: SchedulerSettings { get }
    /// The scheduler state of `cardID`, nil for a card never studied.
    func schedule(for cardID: String) -> CardSchedule?
    /// Records one answer and returns the card's new state.
    func record(_ review: ReviewRecord) throws(StoreError) -> CardSchedule
    /// Takes back `review`, the last one recorded, restoring `previous`.
    func undo(_ review: ReviewRecord, restoring previous: CardSchedule?) throws(StoreError)
    /// The reviews recorded at or after `time`, oldest first (today's counts and buried siblings).
    func reviews(since time: Timestamp) -> [ReviewRecord]
    /// Writes what changed so the next opening is fast.
    func saveSnapshot() throws(StoreError)
}

extension ProgressStore: ProgressRecording {
    public var settings: SchedulerSettings { snapshot.settings }
}

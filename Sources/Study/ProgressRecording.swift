import Cards
import Scheduling
import Store

/// What a study session needs from a deck's progress: read schedules, record and take back answers, today's
/// reviews, save. `ProgressStore` adopts it; tests use `MemoryProgress`.
public protocol ProgressRecording: AnyObject {
    /// False when answers cannot be kept (the deck is held elsewhere, the folder is read-only).
    var canRecord: Bool { get }
    /// Why answers cannot be kept, nil when they can.
    var recordingBlock: RecordingBlock? { get }
    /// Other things the learner should know about, from opening the progress (not why it cannot record).
    var openingNotices: [ProgressNotice] { get }
    /// The deck's scheduler and daily limits.
    var settings: SchedulerSettings { get }
    /// The scheduler state of `cardID`, nil for a card never studied.
    func schedule(for cardID: String) -> CardSchedule?
    /// Records one answer and returns the card's new state.
    func record(_ review: ReviewRecord) throws(StoreError) -> CardSchedule
    /// Takes back `review`, the last one recorded, restoring `previous`; `time` is when (nil: the review's own time).
    func undo(_ review: ReviewRecord, restoring previous: CardSchedule?, at time: Timestamp?) throws(StoreError)
    /// The reviews recorded at or after `time`, oldest first (today's counts and buried siblings).
    func reviews(since time: Timestamp) -> [ReviewRecord]
    /// Writes what changed so the next opening is fast.
    func saveSnapshot() throws(StoreError)
}

/// Why a session cannot record its answers.
public enum RecordingBlock: Equatable, Sendable {
    /// Another ontap holds the deck's progress (its process id and host, when known).
    case held(pid: Int32?, host: String?)
    /// The progress folder cannot be written (read-only, no permission).
    case unwritable
}

extension ProgressStore: ProgressRecording {
    public var settings: SchedulerSettings { snapshot.settings }

    public var recordingBlock: RecordingBlock? {
        guard !canRecord else { return nil }
        if let lockHolder { return .held(pid: lockHolder.pid, host: lockHolder.host) }
        return .unwritable
    }

    /// The store's notices without the ones saying why it cannot record (the session says that itself, typed).
    public var openingNotices: [ProgressNotice] {
        notices.filter {
            switch $0 {
            case .held, .unwritable: return false
            default: return true
            }
        }
    }
}


extension ProgressStore: CardMarking {
    public var suspended: Set<String> { snapshot.suspended }
    public var buriedUntil: [String: Timestamp] { snapshot.buriedUntil }
    public var flags: [String: Int] { snapshot.flags }
}

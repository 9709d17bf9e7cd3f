import Scheduling

/// `Progress/NAME/state.json`: every card's scheduler state and how far into the log it reaches.
public struct ProgressSnapshot: Equatable, Sendable {
    public static let formatName = "ontap-state"
    /// Version 3 adds the cards' marks (`suspended`, `buried`, `flags`); version 2 added the log position (`log`) and
    /// is read as it is (it has no marks); version 1 (only `log_count`) is migrated by a replay of the log.
    public static let currentVersion = 3
    /// The oldest version whose log position is trusted without a replay.
    static let positionVersion = 2

    public var deck: String
    public var settings: SchedulerSettings
    /// Number of lines of `reviews.jsonl` (answers and operations) already folded into the state.
    public var logCount: Int
    /// Byte offset in `reviews.jsonl` just after the last folded line: open replays only what follows.
    public var logBytes: Int
    /// The last folded line, checked against the log on open so a replaced log is never trusted blindly.
    public var logLast: ReviewLogEntry?
    /// The `id` of the log's header when the snapshot was taken (nil for a log never rewritten).
    public var logID: String?
    public var cards: [String: CardSchedule]
    /// Cards the learner suspended: never shown until unsuspended.
    public var suspended: Set<String> = []
    /// Cards the learner buried, and when each comes back (the start of the next study day after the bury).
    public var buriedUntil: [String: Timestamp] = [:]
    /// The cards' flags (Anki's numbers 1–7); a card without one is absent.
    public var flags: [String: Int] = [:]

    public init(deck: String, settings: SchedulerSettings, logCount: Int = 0, cards: [String: CardSchedule] = [:],
                logBytes: Int = 0, logLast: ReviewLogEntry? = nil, logID: String? = nil) {
        self.deck = deck
        self.settings = settings
        self.logCount = logCount
        self.cards = cards
        self.logBytes = logBytes
        self.logLast = logLast
        self.logID = logID
    }

    /// Card ids with progress that `deckCardIDs` no longer has (their text changed or they were removed), sorted.
    ///
    /// Their history stays in the log and their state in the snapshot: they are reported, never deleted.
    public func orphanedCardIDs(knownIDs deckCardIDs: Set<String>) -> [String] {
        cards.keys.filter { !deckCardIDs.contains($0) }.sorted()
    }
}

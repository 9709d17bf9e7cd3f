import Scheduling
import Store

/// Putting cards aside in the progress log (`suspend`, `bury`, `flag` lines of `reviews.jsonl` version 2), so
/// merge and doctor know them. A store that adopts it keeps them across sessions; without it a session keeps
/// them for itself only (and says so).
public protocol CardMarking: AnyObject {
    /// Cards never shown until unsuspended.
    var suspended: Set<String> { get }
    /// Cards hidden until the given time (the start of the next study day when they were buried).
    var buriedUntil: [String: Timestamp] { get }
    /// Anki's flag numbers (1–7) by card.
    var flags: [String: Int] { get }
    func setSuspended(_ cardID: String, _ suspended: Bool, at time: Timestamp) throws(StoreError)
    func bury(_ cardID: String, at time: Timestamp) throws(StoreError)
    func setFlag(_ cardID: String, _ flag: Int, at time: Timestamp) throws(StoreError)
}

extension CardMarking {
    /// Whether `cardID` is put aside at `now` (suspended, or buried until later).
    public func isHidden(_ cardID: String, at now: Timestamp) -> Bool {
        suspended.contains(cardID) || (buriedUntil[cardID].map { $0 > now } ?? false)
    }
}

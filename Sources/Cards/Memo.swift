import Synchronization

/// A thread-safe table of a pure function's results, for what the card makers work out again and again (one
/// statement without its date is a prompt, an answer and an option of several cards). It forgets everything once it
/// holds `limit` results, so a long-running process never grows without bound.
final class Memo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let table = Mutex<[Key: Value]>([:])
    /// How many results are kept at most.
    let limit: Int

    /// An empty table keeping at most `limit` results.
    init(limit: Int = 200_000) { self.limit = limit }

    /// The result for `key`, made by `make` the first time.
    func value(for key: Key, _ make: (Key) -> Value) -> Value {
        if let known = table.withLock({ $0[key] }) { return known }
        let value = make(key)
        table.withLock { table in
            if table.count >= limit { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
        return value
    }

    /// Forgets every result.
    func removeAll() { table.withLock { $0.removeAll() } }
}

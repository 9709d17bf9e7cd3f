import FileFormats

/// Unions of review logs: two devices' logs, or git's three versions of one.
///
/// A line is its whole record (an answer, or an operation such as an undo); the same line in several logs is kept
/// once (as many times as the log that holds it most). Nothing is ever inferred from a line's absence: a log that was
/// reset, truncated or rewritten by an older ontap loses nothing in a merge, and only an undo record takes a review
/// back. The result is in time order (an undo after the review it takes back), so replaying it equals one device
/// that saw every line in time order.
public enum ReviewLogMerge {
    /// Every line of `logs`, each once, in time order.
    public static func union(_ logs: [ReviewLogEntry]...) -> [ReviewLogEntry] {
        union(logs)
    }

    /// Every line of `logs`, each once (as often as in the log holding it most), in time order.
    public static func union(_ logs: [[ReviewLogEntry]]) -> [ReviewLogEntry] {
        var most: [ReviewLogEntry: Int] = [:]
        most.reserveCapacity(logs.map(\.count).max() ?? 0)
        for log in logs {
            var counts: [ReviewLogEntry: Int] = [:]
            counts.reserveCapacity(log.count)
            for entry in log { counts[entry, default: 0] += 1 }
            for (entry, n) in counts where n > most[entry] ?? 0 { most[entry] = n }
        }
        var result: [ReviewLogEntry] = []
        result.reserveCapacity(most.values.reduce(0, +))
        for (entry, n) in most { result.append(contentsOf: repeatElement(entry, count: n)) }
        result.sort(by: ReviewLogEntry.mergeOrder)
        return result
    }

    /// Git's merge of a log: the union of the base and both sides. A review missing from one side is kept (that
    /// side may have been reset or truncated); a review is taken back only by an undo record on either side.
    public static func threeWay(base: [ReviewLogEntry], ours: [ReviewLogEntry], theirs: [ReviewLogEntry]) -> [ReviewLogEntry] {
        union([base, ours, theirs])
    }

    /// A content hash of `entries` (FNV-1a, 16 hex digits): the `id` of a rewritten log's header.
    static func contentID(_ entries: [ReviewLogEntry]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        var out = JSONOutput(capacity: 128)
        for entry in entries {
            out.bytes.removeAll(keepingCapacity: true)
            ReviewLine.append(entry, to: &out)
            for b in out.bytes { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

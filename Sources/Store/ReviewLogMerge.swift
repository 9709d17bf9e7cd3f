import FileFormats


/// Unions of review logs: two devices' logs (a set union), or git's three versions (a three-way merge).
///
/// A review is its whole record (card, rating, time, duration); the same review in both logs is kept once. The
/// result is sorted by time, so replaying it equals one device that saw every review in time order.
public enum ReviewLogMerge {
    /// Every review of `ours` and `theirs`, each once, in time order.
    public static func union(_ ours: [ReviewRecord], _ theirs: [ReviewRecord]) -> [ReviewRecord] {
        threeWay(base: [], ours: ours, theirs: theirs)
    }

    /// Git's merge of a log: additions from either side are kept, a review either side removed (an undo) is removed.
    public static func threeWay(base: [ReviewRecord], ours: [ReviewRecord], theirs: [ReviewRecord]) -> [ReviewRecord] {
        func counts(_ records: [ReviewRecord]) -> [ReviewRecord: Int] {
            var c: [ReviewRecord: Int] = [:]
            c.reserveCapacity(records.count)
            for r in records { c[r, default: 0] += 1 }
            return c
        }
        let o = counts(base), a = counts(ours), b = counts(theirs)
        var result: [ReviewRecord] = []
        result.reserveCapacity(max(ours.count, theirs.count))
        for record in Set(a.keys).union(b.keys).union(o.keys) {
            let no = o[record] ?? 0
            let da = (a[record] ?? 0) - no, db = (b[record] ?? 0) - no
            let n: Int = if da >= 0 && db >= 0 { no + max(da, db) } else if da <= 0 && db <= 0 { no + min(da, db) } else { no + da + db }
            if n > 0 { result.append(contentsOf: repeatElement(record, count: n)) }
        }
        result.sort(by: ReviewRecord.timeOrder)
        return result
    }

    /// A content hash of `records` (FNV-1a, 16 hex digits): the `id` of a rewritten log's header.
    static func contentID(_ records: [ReviewRecord]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        var out = JSONOutput(capacity: 128)
        for record in records {
            out.bytes.removeAll(keepingCapacity: true)
            ReviewLine.append(record, to: &out)
            for b in out.bytes { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

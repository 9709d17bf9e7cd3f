import FileFormats


/// `ontap merge --git-driver %O %A %B`: git's merge driver for `reviews.jsonl`, so a `Progress/` kept in git never
/// gets conflict markers in its log.
public enum GitMergeDriver {
    /// Merges the three versions git hands over and writes the result over `ours` (as git expects).
    /// - Returns: the number of reviews in the result.
    @discardableResult
    public static func run(base: String, ours: String, theirs: String) throws(StoreError) -> Int {
        let a = try ReviewLogFile.read(path: ours, deck: "")
        let b = try ReviewLogFile.read(path: theirs, deck: "")
        let o = try? ReviewLogFile.read(path: base, deck: "")   // an unreadable base only loses deletions
        let deck = [a?.header.deck, b?.header.deck, o?.header.deck].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let merged = ReviewLogMerge.threeWay(base: o?.records ?? [], ours: a?.records ?? [], theirs: b?.records ?? [])
        let header = ReviewLogHeader(deck: deck, id: ReviewLogMerge.contentID(merged))
        try AtomicFile.save(ReviewLogFile.encode(header: header, records: merged), toPath: ours)
        return merged.count
    }
}

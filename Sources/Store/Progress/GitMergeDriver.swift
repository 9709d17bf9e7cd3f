import FileFormats
import Scheduling
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `ontap merge --git-driver %O %A %B %P`: git's merge driver for `reviews.jsonl`, so a `Progress/` kept in git never
/// gets conflict markers in its log.
public enum GitMergeDriver {
    /// Merges the three versions git hands over and writes the result over `ours` (as git expects); the old `ours`
    /// is kept first as `PATH.bak-TIME` beside `path` (the file being merged, git's `%P`; beside `ours` without it).
    ///
    /// The result is the union of the three logs (see `ReviewLogMerge`): no review is dropped unless an undo record
    /// takes it back. A damaged line in any version is an error and `ours` is left as it was, so git reports a
    /// conflict instead of taking the line in.
    /// - Returns: the number of lines in the result and where the old `ours` was kept (nil when nothing changed).
    @discardableResult
    public static func run(base: String, ours: String, theirs: String, path: String? = nil,
                           now: Timestamp) throws(StoreError) -> (lines: Int, backup: String?) {
        let a = try ReviewLogFile.read(path: ours, deck: "")
        let b = try ReviewLogFile.read(path: theirs, deck: "")
        let o = try ReviewLogFile.read(path: base, deck: "")
        let deck = [a?.header.deck, b?.header.deck, o?.header.deck].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let merged = ReviewLogMerge.threeWay(base: o?.entries ?? [], ours: a?.entries ?? [], theirs: b?.entries ?? [])
        let header = ReviewLogHeader(version: ReviewLogHeader.version(for: merged), deck: deck,
                                     id: ReviewLogMerge.contentID(merged))
        let bytes = ReviewLogFile.encode(header: header, entries: merged)
        guard let old = try MappedFile.open(ours), old.bytes.count > 0 else {
            try AtomicFile.save(bytes, toPath: ours)
            return (merged.count, nil)
        }
        if old.bytes.elementsEqual(bytes) { return (merged.count, nil) }
        var beside = ours
        if let path {
            var info = stat()
            let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
            if stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { beside = path }
        }
        let stem = beside + ".bak-" + ProgressStore.stamp(Int(now / 1000))
        var backup = stem
        var n = 2
        while access(backup, F_OK) == 0 {
            backup = stem + "-\(n)"
            n += 1
        }
        try AtomicFile.save(UnsafeRawBufferPointer(old.bytes), toPath: backup)
        try AtomicFile.save(bytes, toPath: ours)
        return (merged.count, backup)
    }
}

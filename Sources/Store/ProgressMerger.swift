import FileFormats
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `ontap merge` did to one deck.
public struct MergeSummary: Equatable, Sendable {
    public var deck: String
    public var ours: Int
    public var theirs: Int
    /// Reviews that were only in the other log.
    public var added: Int
    public var total: Int
}

extension ProgressStore {
    /// Unions another device's log of this deck into this one and rebuilds the state by replay.
    ///
    /// The old log is kept as `reviews.jsonl.bak`. The merged log carries a content `id`, so both devices merging the
    /// same two logs get the same file.
    public func merge(otherLogAt otherPath: String) throws(StoreError) -> MergeSummary {
        guard canRecord else { throw .locked(path: directory.path, holder: lockHolder?.description ?? "another ontap") }
        guard let theirs = try ReviewLogFile.read(path: otherPath, deck: deck) else {
            throw .unreadable(path: otherPath, reason: "there is no review log there")
        }
        if theirs.header.version >= 1, theirs.header.deck != deck {
            throw .damaged(path: otherPath, line: 1, column: 1,
                           reason: "this is the log of the deck '\(theirs.header.deck)', not '\(deck)'")
        }
        let ours = try ReviewLogFile.read(path: logPath, deck: deck)?.records ?? []
        let merged = ReviewLogMerge.union(ours, theirs.records)
        var summary = MergeSummary(deck: deck, ours: ours.count, theirs: theirs.records.count,
                                   added: merged.count - ours.count, total: merged.count)
        if merged == ours { summary.added = 0; return summary }
        try replaceLog(with: merged)
        return summary
    }

    /// Writes `records` as the whole log (the old one kept as `.bak`) and rebuilds the snapshot from them.
    func replaceLog(with records: [ReviewRecord]) throws(StoreError) {
        let header = ReviewLogHeader(deck: deck, id: ReviewLogMerge.contentID(records))
        let bytes = ReviewLogFile.encode(header: header, records: records)
        try backUp(logPath)
        try AtomicFile.save(bytes, toPath: logPath)
        if logFD >= 0 { close(logFD) }
        logFD = open(logPath, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard logFD >= 0 else { throw .writeFailed(path: logPath, reason: String(cString: strerror(errno))) }
        logSize = bytes.count
        written = []
        rebuild(from: records, header: header)
        try saveSnapshot()
    }

    /// Replays `records` from nothing under the snapshot's settings.
    func rebuild(from records: [ReviewRecord], header: ReviewLogHeader) {
        var cards: [String: CardSchedule] = [:]
        for record in records { Replay.apply(record, to: &cards, scheduler: scheduler) }
        snapshot.cards = cards
        snapshot.logCount = records.count
        snapshot.logBytes = logSize
        snapshot.logLast = records.last
        snapshot.logID = header.id
    }

    /// Replays the whole log again and rewrites `state.json` (what `ontap doctor --repair` does).
    public func rebuildFromLog() throws(StoreError) {
        guard canRecord else { throw .locked(path: directory.path, holder: lockHolder?.description ?? "another ontap") }
        let log = try ReviewLogFile.read(path: logPath, deck: deck)
        rebuild(from: log?.records ?? [], header: log?.header ?? ReviewLogHeader(deck: deck))
        try saveSnapshot()
    }
}

import Scheduling

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
    /// Lines (answers and operations) that were only in the other log.
    public var added: Int
    public var total: Int
}

extension ProgressStore {
    /// Unions another device's log of this deck into this one and rebuilds the state by replay. Nothing is taken
    /// from either log but through an undo record in one of them; a damaged line in the other log is an error and
    /// this log is left as it was.
    ///
    /// The old log is kept as `reviews.jsonl.bak`. The merged log carries a content `id`, so both devices merging the
    /// same two logs get the same file.
    public func merge(otherLogAt otherPath: String) throws(StoreError) -> MergeSummary {
        try requireRecording()
        guard let theirs = try ReviewLogFile.read(path: otherPath, deck: deck) else {
            throw .unreadable(path: otherPath, problem: .noReviewLog)
        }
        if theirs.header.version >= 1, theirs.header.deck != deck {
            throw .damaged(path: otherPath, line: 1, column: 1,
                           problem: .logOfOtherDeck(theirs: theirs.header.deck, ours: deck))
        }
        let ours = try ReviewLogFile.read(path: logPath, deck: deck)?.entries ?? []
        let merged = ReviewLogMerge.union(ours, theirs.entries)
        var summary = MergeSummary(deck: deck, ours: ours.count, theirs: theirs.entries.count,
                                   added: merged.count - ours.count, total: merged.count)
        if merged == ours { summary.added = 0; return summary }
        try replaceLog(with: merged)
        return summary
    }

    /// Unions reviews (and suspensions, flags) read from another program (an Anki package) into this log, as `merge` unions
    /// another device's: a review already in the log (same card, rating, time and duration) is kept once, so
    /// importing the same package twice adds nothing; the state is rebuilt by replay. Nothing is written when
    /// nothing is new.
    public func importReviews(_ reviews: [ReviewRecord], operations: [ReviewOperation] = []) throws(StoreError) -> MergeSummary {
        try requireRecording()
        let ours = try ReviewLogFile.read(path: logPath, deck: deck)?.entries ?? []
        let theirs = reviews.map(ReviewLogEntry.review) + operations.map(ReviewLogEntry.operation)
        // Into an empty log the reviews go as they are, in time order (no table of 2 million lines to unite).
        let merged = ours.isEmpty ? theirs.sorted(by: ReviewLogEntry.mergeOrder) : ReviewLogMerge.union(ours, theirs)
        var summary = MergeSummary(deck: deck, ours: ours.count, theirs: theirs.count, added: merged.count - ours.count,
                                   total: merged.count)
        if merged == ours { summary.added = 0; return summary }
        try replaceLog(with: merged)
        return summary
    }

    /// Writes `entries` as the whole log (the old one kept as `.bak`) and rebuilds the snapshot from them.
    func replaceLog(with entries: [ReviewLogEntry]) throws(StoreError) {
        let header = ReviewLogHeader(version: ReviewLogHeader.version(for: entries), deck: deck,
                                     id: ReviewLogMerge.contentID(entries))
        let bytes = ReviewLogFile.encode(header: header, entries: entries)
        try backUp(logPath)
        try AtomicFile.save(bytes, toPath: logPath)
        if logFD >= 0 { close(logFD) }
        logFD = -1
        logFD = try openLog(creating: false)
        logSize = bytes.count
        logVersion = header.version
        written = []
        rebuild(from: entries, header: header)
        try saveSnapshot()
    }

    /// Replays `entries` (a whole log) from nothing under the snapshot's settings.
    func rebuild(from entries: [ReviewLogEntry], header: ReviewLogHeader) {
        Replay.fold(entries, into: &snapshot, scheduler: scheduler, clock: clock)
        snapshot.logCount = entries.count
        snapshot.logBytes = logSize
        snapshot.logLast = entries.last
        snapshot.logID = header.id
    }

    /// Replays the whole log again and rewrites `state.json` (what `ontap doctor --repair` does).
    public func rebuildFromLog() throws(StoreError) {
        try requireRecording()
        let log = try ReviewLogFile.read(path: logPath, deck: deck)
        rebuild(from: log?.entries ?? [], header: log?.header ?? ReviewLogHeader(deck: deck))
        try saveSnapshot()
    }
}

import Scheduling

import FileFormats
import Foundation
import Scheduling

/// A whole `reviews.jsonl` read into memory (for merging and checking; opening a store reads only the tail).
struct ReviewLogFile {
    var header: ReviewLogHeader
    /// Every line after the header, in file order: answers and operations.
    var entries: [ReviewLogEntry]
    /// 1-based line number of each entry (for findings).
    var lines: [Int]
    /// A torn last line, left as it is.
    var torn: Range<Int>?

    /// The answers that count (no undo took them back), in file order.
    var records: [ReviewRecord] { Replay.effectiveReviews(entries) }

    /// Reads the log at `path`; nil when there is none.
    static func read(path: String, deck: String) throws(StoreError) -> ReviewLogFile? {
        guard let file = try MappedFile.open(path, copy: true) else { return nil }   // another ontap may be writing it
        let reader = ReviewLogReader(bytes: file.bytes, path: path)
        let (header, start) = try reader.header(defaultDeck: deck)
        var entries: [ReviewLogEntry] = []
        var lines: [Int] = []
        var line = 1 + file.bytes[0..<start].count(where: { $0 == 0x0A })
        var lastEnd = start
        let outcome = try reader.read(from: start) { entry, end in
            line += file.bytes[lastEnd..<end].count(where: { $0 == 0x0A }) - (file.bytes[end - 1] == 0x0A ? 1 : 0)
            entries.append(entry)
            lines.append(line)
            line += file.bytes[end - 1] == 0x0A ? 1 : 0
            lastEnd = end
        }
        return ReviewLogFile(header: header, entries: entries, lines: lines, torn: outcome.torn)
    }

    /// The log's bytes: header line then one line an entry.
    static func encode(header: ReviewLogHeader, entries: [ReviewLogEntry]) -> [UInt8] {
        var out = JSONOutput(capacity: 96 + entries.count * 80)
        out.bytes.append(contentsOf: header.encoded)
        for entry in entries { ReviewLine.append(entry, to: &out) }
        return out.bytes
    }

    /// The log's bytes: header line then one line a review.
    static func encode(header: ReviewLogHeader, records: [ReviewRecord]) -> [UInt8] {
        encode(header: header, entries: records.map(ReviewLogEntry.review))
    }
}

/// The lines of a `reviews.jsonl` read from memory: for importers, exporters and the fuzz target.
public struct ReviewLogContents: Equatable, Sendable {
    public var header: ReviewLogHeader
    /// Every line after the header, in file order: answers and operations.
    public var entries: [ReviewLogEntry]
    /// The bytes of a torn last line (a crash mid-write), which a store sets aside.
    public var tornLine: [UInt8]?

    /// The answers that count (no undo took them back), in file order.
    public var records: [ReviewRecord] { Replay.effectiveReviews(entries) }

    /// Reads the bytes of a review log (`path` names it in errors; `deck` is assumed for a log without a header).
    public init(data: Data, path: String, deck: String) throws(StoreError) {
        let result = data.withUnsafeBytes { raw -> Result<ReviewLogContents, StoreError> in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(StoreError) {
                let reader = ReviewLogReader(bytes: bytes, path: path)
                let (header, start) = try reader.header(defaultDeck: deck)
                var entries: [ReviewLogEntry] = []
                let outcome = try reader.read(from: start) { entry, _ in entries.append(entry) }
                return .success(ReviewLogContents(header: header, entries: entries, tornLine: outcome.torn.map { Array(bytes[$0]) }))
            } catch { return .failure(error) }
        }
        self = try result.get()
    }

    /// A log of `entries` (answers, and operations on cards).
    public init(header: ReviewLogHeader, entries: [ReviewLogEntry], tornLine: [UInt8]? = nil) {
        self.header = header
        self.entries = entries
        self.tornLine = tornLine
    }

    /// A log of answers only.
    public init(header: ReviewLogHeader, records: [ReviewRecord], tornLine: [UInt8]? = nil) {
        self.init(header: header, entries: records.map(ReviewLogEntry.review), tornLine: tornLine)
    }

    /// The log's bytes: header line (version 1 for answers only, 2 with operations), then one line an entry.
    public func encoded() -> [UInt8] {
        var current = header
        current.version = ReviewLogHeader.version(for: entries)
        return ReviewLogFile.encode(header: current, entries: entries)
    }
}

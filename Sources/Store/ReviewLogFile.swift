import FileFormats

/// A whole `reviews.jsonl` read into memory (for merging and checking; opening a store reads only the tail).
struct ReviewLogFile {
    var header: ReviewLogHeader
    var records: [ReviewRecord]
    /// 1-based line number of each record (for findings).
    var lines: [Int]
    /// A torn last line, left as it is.
    var torn: Range<Int>?

    /// Reads the log at `path`; nil when there is none.
    static func read(path: String, deck: String) throws(StoreError) -> ReviewLogFile? {
        guard let file = try MappedFile.open(path, copy: true) else { return nil }   // another ontap may be writing it
        let reader = ReviewLogReader(bytes: file.bytes, path: path)
        let (header, start) = try reader.header(defaultDeck: deck)
        var records: [ReviewRecord] = []
        var lines: [Int] = []
        var line = 1 + file.bytes[0..<start].count(where: { $0 == 0x0A })
        var lastEnd = start
        let outcome = try reader.read(from: start) { review, end in
            line += file.bytes[lastEnd..<end].count(where: { $0 == 0x0A }) - (file.bytes[end - 1] == 0x0A ? 1 : 0)
            records.append(review)
            lines.append(line)
            line += file.bytes[end - 1] == 0x0A ? 1 : 0
            lastEnd = end
        }
        return ReviewLogFile(header: header, records: records, lines: lines, torn: outcome.torn)
    }

    /// The log's bytes: header line then one line a review.
    static func encode(header: ReviewLogHeader, records: [ReviewRecord]) -> [UInt8] {
        var out = JSONOutput(capacity: 96 + records.count * 80)
        out.bytes.append(contentsOf: header.encoded)
        for record in records { ReviewLine.append(record, to: &out) }
        return out.bytes
    }
}

extension ReviewRecord {
    /// Time order, ties broken by every other field, so two devices sort a union the same way.
    static func timeOrder(_ a: ReviewRecord, _ b: ReviewRecord) -> Bool {
        if a.time != b.time { return a.time < b.time }
        if a.cardID != b.cardID { return a.cardID < b.cardID }
        if a.rating != b.rating { return a.rating < b.rating }
        return a.durationMs < b.durationMs
    }
}

/// The reviews of a `reviews.jsonl` read from memory: for importers, exporters and the fuzz target.
public struct ReviewLogContents: Equatable, Sendable {
    public var header: ReviewLogHeader
    public var records: [ReviewRecord]
    /// The bytes of a torn last line (a crash mid-write), which a store sets aside.
    public var tornLine: [UInt8]?

    /// Reads the bytes of a review log (`path` names it in errors; `deck` is assumed for a log without a header).
    public init(data: Data, path: String, deck: String) throws(StoreError) {
        let result = data.withUnsafeBytes { raw -> Result<ReviewLogContents, StoreError> in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(StoreError) {
                let reader = ReviewLogReader(bytes: bytes, path: path)
                let (header, start) = try reader.header(defaultDeck: deck)
                var records: [ReviewRecord] = []
                let outcome = try reader.read(from: start) { review, _ in records.append(review) }
                return .success(ReviewLogContents(header: header, records: records, tornLine: outcome.torn.map { Array(bytes[$0]) }))
            } catch { return .failure(error) }
        }
        self = try result.get()
    }

    init(header: ReviewLogHeader, records: [ReviewRecord], tornLine: [UInt8]?) {
        self.header = header
        self.records = records
        self.tornLine = tornLine
    }

    /// The log's bytes in the current version: header line, then one line a review.
    public func encoded() -> [UInt8] {
        var current = header
        current.version = ReviewLogHeader.currentVersion
        return ReviewLogFile.encode(header: current, records: records)
    }
}

import Foundation

import FileFormats

/// Reads `reviews.jsonl` in place: the header, then each review with the byte offset where its line ends.
///
/// A last line without its line feed is a write cut short by a crash: if it does not parse it is reported as
/// `torn` (never fatal); any other damaged line is an error with its line and column.
struct ReviewLogReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let path: String

    /// What `read` found besides the records.
    struct Outcome: Equatable {
        /// Where the records end (after the last good line, its line feed included when it has one).
        var end: Int
        /// The bytes of a torn last line, if any.
        var torn: Range<Int>?
        /// The last line parsed but has no line feed (a hand edit): append one before writing.
        var missingNewline: Bool
        var count: Int
    }

    /// The header and the offset where the records start. An empty file is a fresh log.
    func header(defaultDeck: String) throws(StoreError) -> (header: ReviewLogHeader, end: Int) {
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09 { start += 1 }
        if start == bytes.count { return (ReviewLogHeader(deck: defaultDeck), bytes.count) }
        let lineEnd = (start..<bytes.count).first { bytes[$0] == 0x0A } ?? bytes.count
        var scanner = JSONScanner(bytes, from: start, to: lineEnd)
        do {
            try scanner.expect(UInt8(ascii: "{"), .character("{"))
            var format: String?
            var version: Int64?
            var deck: String?
            var id: String?
            var first = true
            var legacy = false
            while let key = try scanner.nextKey(first: &first) {
                switch key {
                case "format": format = try scanner.readString()
                case "version": version = try scanner.readInt()
                case "deck": deck = try scanner.readString()
                case "id": id = try scanner.consumeNull() ? nil : scanner.readString()
                case "card", "rating", "time": legacy = true; try scanner.skipValue()
                default: try scanner.skipValue()
                }
            }
            if scanner.peek() != nil { throw scanner.fail(.textAfterEnd) }
            if format == nil, legacy {
                return (ReviewLogHeader(version: 0, deck: defaultDeck), 0)  // version 0: no header line
            }
            guard let format else { throw JSONFailure(offset: start, problem: .missingField("format", place: nil)) }
            guard format == ReviewLogHeader.formatName else {
                throw JSONFailure(offset: start, problem: .wrongFormat(found: format, expected: ReviewLogHeader.formatName))
            }
            guard let version else { throw JSONFailure(offset: start, problem: .missingField("version", place: nil)) }
            guard version <= ReviewLogHeader.currentVersion, version >= 1 else {
                throw StoreError.unsupportedVersion(path: path, format: format, version: Int(version))
            }
            return (ReviewLogHeader(version: Int(version), deck: deck ?? defaultDeck, id: id), min(lineEnd + 1, bytes.count))
        } catch let failure as JSONFailure {
            if lineEnd == bytes.count, !(start..<lineEnd).isEmpty, bytes.count - start < 4096 {
                // A header cut short by a crash while the log was being created: nothing was recorded yet.
                return (ReviewLogHeader(deck: defaultDeck), start)
            }
            throw StoreError.damaged(failure, in: bytes, path: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unreadable(path: path, problem: .from(error))
        }
    }

    /// Calls `body` with each line (an answer or an operation) from `start` and the offset where its line ends.
    func read(from start: Int, _ body: (ReviewLogEntry, Int) throws(StoreError) -> Void) throws(StoreError) -> Outcome {
        var outcome = Outcome(end: start, torn: nil, missingNewline: false, count: 0)
        var lineStart = start
        let count = bytes.count
        guard let base = bytes.baseAddress else { return outcome }
        while lineStart < count {
            let remaining = count - lineStart
            let found = memchr(base + lineStart, 0x0A, remaining)
            let lineEnd = found.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - base } ?? count
            let hasNewline = found != nil
            var scanner = JSONScanner(bytes, from: lineStart, to: lineEnd)
            if scanner.peek() == nil {          // a blank line
                lineStart = lineEnd + 1
                if hasNewline { outcome.end = lineStart }
                continue
            }
            do {
                let entry = try ReviewLine.decodeEntry(&scanner)
                if scanner.peek() != nil { throw scanner.fail(.textAfterEnd) }
                let end = hasNewline ? lineEnd + 1 : lineEnd
                try body(entry, end)
                outcome.count += 1
                outcome.end = end
                outcome.missingNewline = !hasNewline
            } catch let failure as JSONFailure {
                if !hasNewline {
                    outcome.torn = lineStart..<count
                    return outcome
                }
                throw StoreError.damaged(failure, in: bytes, path: path)
            } catch let error as StoreError {
                throw error
            } catch {
                throw .unreadable(path: path, problem: .from(error))
            }
            lineStart = lineEnd + 1
        }
        return outcome
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

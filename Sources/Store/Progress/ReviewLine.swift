import FileFormats
import Scheduling

/// One line of `reviews.jsonl` after the header: an answer `{"card":…,"rating":1-4,"time":ms,"duration_ms":…}` or an
/// operation `{"op":…,"card":…,…,"time":ms}` (see `ReviewOperation`): the fast codec.
///
/// Every number is bounded when it is read, so no later arithmetic on a time can overflow: times lie between the
/// epoch and the end of year 9999, card ids are 1 to 256 bytes without control characters.
enum ReviewLine {
    /// The times a log may hold: from 1970 to the last millisecond of 9999 (UTC).
    static let timeRange: ClosedRange<Int64> = 0...253_402_300_799_999
    /// The longest card id, in UTF-8 bytes (ontap's ids are 13).
    static let maximumIDBytes = 256

    /// Appends `review` and its line feed.
    static func append(_ review: ReviewRecord, to out: inout JSONOutput) {
        out.raw("{\"card\":")
        out.string(review.cardID)
        out.raw(",\"rating\":")
        out.int(review.rating.rawValue)
        out.raw(",\"time\":")
        out.int(review.time)
        out.raw(",\"duration_ms\":")
        out.int(review.durationMs)
        out.raw("}\n")
    }

    /// Appends `operation` and its line feed.
    static func append(_ operation: ReviewOperation, to out: inout JSONOutput) {
        out.raw("{\"op\":")
        out.string(operation.word)
        out.raw(",\"card\":")
        out.string(operation.cardID)
        switch operation.kind {
        case let .undo(reviewTime):
            out.raw(",\"review_time\":")
            out.int(reviewTime)
        case let .flag(flag):
            out.raw(",\"flag\":")
            out.int(flag)
        case .suspend, .unsuspend, .bury: break
        }
        out.raw(",\"time\":")
        out.int(operation.time)
        out.raw("}\n")
    }

    /// Appends `entry` and its line feed.
    static func append(_ entry: ReviewLogEntry, to out: inout JSONOutput) {
        switch entry {
        case let .review(r): append(r, to: &out)
        case let .operation(o): append(o, to: &out)
        }
    }

    /// The bytes of the line for `review`, line feed included.
    static func encode(_ review: ReviewRecord) -> [UInt8] {
        var out = JSONOutput(capacity: 96)
        append(review, to: &out)
        return out.bytes
    }

    /// The bytes of the line for `entry`, line feed included.
    static func encode(_ entry: ReviewLogEntry) -> [UInt8] {
        var out = JSONOutput(capacity: 96)
        append(entry, to: &out)
        return out.bytes
    }

    /// Reads one review object at the scanner (the whole line must be that object); an operation line is an error.
    static func decode(_ scanner: inout JSONScanner) throws(JSONFailure) -> ReviewRecord {
        let start = scanner.index
        guard case let .review(review) = try decodeEntry(&scanner) else {
            throw scanner.fail(.operationWhereAnswerExpected, at: start)
        }
        return review
    }

    /// Reads a card id: a string of 1 to `maximumIDBytes` bytes without control characters.
    static func readCardID(_ scanner: inout JSONScanner) throws(JSONFailure) -> String {
        scanner.skipSpace()
        let at = scanner.index
        let id = try scanner.readString()
        try check(cardID: id, at: at, scanner)
        return id
    }

    /// Fails at `at` unless `id` is a card id that may be written to a terminal and a file name.
    static func check(cardID id: String, at: Int, _ scanner: JSONScanner) throws(JSONFailure) {
        guard !id.isEmpty else { throw scanner.fail(.emptyCardID, at: at) }
        guard id.utf8.count <= maximumIDBytes else {
            throw scanner.fail(.cardIDTooLong(bytes: id.utf8.count, limit: maximumIDBytes), at: at)
        }
        guard !id.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            throw scanner.fail(.cardIDControlCharacter, at: at)
        }
    }

    /// Reads one line's object at the scanner: an answer or an operation.
    static func decodeEntry(_ scanner: inout JSONScanner) throws(JSONFailure) -> ReviewLogEntry {
        try scanner.expect(UInt8(ascii: "{"), .character("{"))
        let objectStart = scanner.index - 1
        var card: String?
        var rating: Rating?
        var time: Int64?
        var duration: Int64?
        var op: String?
        var opAt = 0
        var reviewTime: Int64?
        var flag: Int64?
        var first = true
        func once<T>(_ value: T?, _ name: StaticString, _ key: Range<Int>, _ scanner: JSONScanner) throws(JSONFailure) {
            if value != nil { throw scanner.fail(.duplicateField("\(name)"), at: key.lowerBound - 1) }
        }
        while true {
            guard let key = try scanner.nextKeyRange(first: &first) else { break }
            if scanner.equals(key, "card") {
                try once(card, "card", key, scanner)
                card = try readCardID(&scanner)
            } else if scanner.equals(key, "rating") {
                try once(rating, "rating", key, scanner)
                rating = Rating(rawValue: Int(try scanner.readInt(in: 1...4, "rating")))
            } else if scanner.equals(key, "time") {
                try once(time, "time", key, scanner)
                time = try scanner.readInt(in: timeRange, "time")
            } else if scanner.equals(key, "duration_ms") {
                try once(duration, "duration_ms", key, scanner)
                duration = try scanner.readInt(in: timeRange, "duration_ms")
            } else if scanner.equals(key, "op") {
                try once(op, "op", key, scanner)
                scanner.skipSpace()
                opAt = scanner.index
                op = try scanner.readString()
            } else if scanner.equals(key, "review_time") {
                try once(reviewTime, "review_time", key, scanner)
                reviewTime = try scanner.readInt(in: timeRange, "review_time")
            } else if scanner.equals(key, "flag") {
                try once(flag, "flag", key, scanner)
                flag = try scanner.readInt(in: 0...Int64(ReviewOperation.highestFlag), "flag")
            } else {
                try scanner.skipValue()
            }
        }
        guard let card else { throw scanner.fail(.missingField("card", place: nil), at: objectStart) }
        guard let time else { throw scanner.fail(.missingField("time", place: nil), at: objectStart) }
        guard let op else {
            guard let rating else { throw scanner.fail(.missingField("rating", place: nil), at: objectStart) }
            return .review(ReviewRecord(cardID: card, rating: rating, time: time, durationMs: duration ?? 0))
        }
        let kind: ReviewOperation.Kind
        switch op {
        case "undo":
            guard let reviewTime else { throw scanner.fail(.missingField("review_time", place: nil), at: objectStart) }
            kind = .undo(reviewTime: reviewTime)
        case "suspend": kind = .suspend
        case "unsuspend": kind = .unsuspend
        case "bury": kind = .bury
        case "flag":
            guard let flag else { throw scanner.fail(.missingField("flag", place: nil), at: objectStart) }
            kind = .flag(Int(flag))
        default:
            throw scanner.fail(.unknownOperation(op), at: opAt)
        }
        return .operation(ReviewOperation(kind, cardID: card, time: time))
    }
}

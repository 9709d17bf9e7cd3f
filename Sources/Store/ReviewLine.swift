import FileFormats
import Scheduling

/// One line of `reviews.jsonl`, `{"card":…,"rating":1-4,"time":ms,"duration_ms":…}`: the fast codec.
enum ReviewLine {
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

    /// The bytes of the line for `review`, line feed included.
    static func encode(_ review: ReviewRecord) -> [UInt8] {
        var out = JSONOutput(capacity: 96)
        append(review, to: &out)
        return out.bytes
    }

    /// Reads one review object at the scanner (the whole line must be that object).
    static func decode(_ scanner: inout JSONScanner) throws(JSONFailure) -> ReviewRecord {
        try scanner.expect(UInt8(ascii: "{"), "'{' (a review record)")
        let objectStart = scanner.index - 1
        var card: String?
        var rating: Rating?
        var time: Int64?
        var duration: Int64?
        var first = true
        while true {
            guard let key = try scanner.nextKeyRange(first: &first) else { break }
            if scanner.equals(key, "card") {
                guard card == nil else { throw scanner.fail("the field 'card' appears twice", at: key.lowerBound - 1) }
                scanner.skipSpace()
                let at = scanner.index
                let id = try scanner.readString()
                guard !id.isEmpty else { throw scanner.fail("an empty card id", at: at) }
                card = id
            } else if scanner.equals(key, "rating") {
                guard rating == nil else { throw scanner.fail("the field 'rating' appears twice", at: key.lowerBound - 1) }
                rating = Rating(rawValue: Int(try scanner.readInt(in: 1...4, "rating")))
            } else if scanner.equals(key, "time") {
                guard time == nil else { throw scanner.fail("the field 'time' appears twice", at: key.lowerBound - 1) }
                time = try scanner.readInt(in: 0...Int64.max, "time")
            } else if scanner.equals(key, "duration_ms") {
                guard duration == nil else { throw scanner.fail("the field 'duration_ms' appears twice", at: key.lowerBound - 1) }
                duration = try scanner.readInt(in: 0...Int64.max, "duration_ms")
            } else {
                try scanner.skipValue()
            }
        }
        guard let card else { throw scanner.fail("a review without its 'card' field", at: objectStart) }
        guard let rating else { throw scanner.fail("a review without its 'rating' field", at: objectStart) }
        guard let time else { throw scanner.fail("a review without its 'time' field", at: objectStart) }
        return ReviewRecord(cardID: card, rating: rating, time: time, durationMs: duration ?? 0)
    }
}

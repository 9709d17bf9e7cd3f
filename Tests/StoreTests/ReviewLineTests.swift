import FileFormats
import Foundation
import PropertyBased
import Scheduling
import Testing
@testable import Store

@Suite struct ReviewLineTests {
    @Test func writesTheDocumentedLine() {
        let review = ReviewRecord(cardID: "c0123456789ab", rating: .good, time: 1_780_000_000_123, durationMs: 5300)
        #expect(String(decoding: ReviewLine.encode(review), as: UTF8.self)
                == #"{"card":"c0123456789ab","rating":3,"time":1780000000123,"duration_ms":5300}"# + "\n")
    }

    @Test func fastCodecAgreesWithFoundation() async {
        let id = Gen<Character?>.element(of: Array("abcdef0123456789\"\\/\u{1}éỹ Hà Nội")).map { $0! }.string(of: 1...20)
        await propertyCheck(count: 300, input: id, Gen.int(in: 1...4), Gen.int(in: 0...Int(Int32.max)), Gen.int(in: 0...100_000)) {
            card, rating, time, duration in
            let review = ReviewRecord(cardID: card, rating: Rating(rawValue: rating)!, time: Timestamp(time) * 1000, durationMs: Int64(duration))
            let line = ReviewLine.encode(review)
            #expect(try JSONDecoder().decode(ReviewRecord.self, from: Data(line)) == review)
            #expect(try decodeLine(String(decoding: line, as: UTF8.self)) == review)
            let foundation = String(decoding: try JSONEncoder().encode(review), as: UTF8.self)
            #expect(try decodeLine(foundation) == review)
        }
    }

    @Test(arguments: [
        (#"{"card":"a","rating":5,"time":1}"#, "'rating' must be between 1 and 4, not 5"),
        (#"{"card":"a","rating":3}"#, "missing field 'time'"),
        (#"{"card":"a","card":"b","rating":3,"time":1}"#, "the field 'card' appears twice"),
        (#"{"card":"","rating":3,"time":1}"#, "an empty card id"),
        (#"{"card":"a","rating":3.5,"time":1}"#, "expected a whole number"),
        (#"{"card":"a","rating":3,"time":1,}"#, "expected a field name in double quotes but found '}'"),
        (#"{"card":"a","rating":3,"time":1} x"#, "text after the end of the JSON value"),
        (#"{"card":"a\q","rating":3,"time":1}"#, "an unknown escape '\\q'"),
        (#"{"card":"a","rating":03,"time":1}"#, "a number with a leading zero"),
        // every number and id is bounded where it is read: nothing absurd reaches the scheduler's arithmetic
        (#"{"card":"a","rating":3,"time":9223372036854775807}"#, "'time' must be between 0 and 253402300799999, not 9223372036854775807"),
        (#"{"card":"a","rating":3,"time":253402300800000}"#, "'time' must be between 0 and 253402300799999, not 253402300800000"),
        (#"{"card":"a","rating":3,"time":-1}"#, "'time' must be between 0 and 253402300799999, not -1"),
        (#"{"card":"a","rating":3,"time":1,"duration_ms":9223372036854775807}"#, "'duration_ms' must be between 0 and 253402300799999, not 9223372036854775807"),
        (#"{"card":"a","rating":3,"time":99999999999999999999}"#, "a number too large"),
        (#"{"card":""# + String(repeating: "c", count: 257) + #"","rating":3,"time":1}"#, "a card id of 257 bytes (at most 256)"),
        (#"{"op":"undo","card":"a","review_time":9223372036854775807,"time":1}"#, "'review_time' must be between 0 and 253402300799999, not 9223372036854775807"),
    ])
    func refusesBadLines(line: String, reason: String) {
        #expect(throws: JSONFailure.self) { try decodeLine(line) }
        do { _ = try decodeLine(line); Issue.record("accepted \(line)") } catch let failure as JSONFailure {
            #expect(failure.problem.description.hasPrefix(reason), "\(failure.problem)")
        } catch { Issue.record("\(error)") }
    }

    @Test func readsEscapesAndSurrogatePairs() throws {
        let review = try decodeLine(#"{"card":"\u0041\u00e9\ud83d\ude00\/","rating":1,"time":0,"duration_ms":0}"#)
        #expect(review.cardID == "Aé😀/")
        // an escaped control character would reach the terminal in every message naming the card: refused
        #expect(throws: JSONFailure.self) { try decodeLine(#"{"card":"a\u001b]52;c;eA==\u0007","rating":1,"time":0,"duration_ms":0}"#) }
    }

    @Test func refusesBytesThatAreNotUTF8() {
        var bytes = Array(#"{"card":"ab","rating":1,"time":0}"#.utf8)
        bytes.insert(0xC3, at: 10)   // a lead byte with no continuation
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            #expect(throws: JSONFailure(offset: 10, problem: .notUTF8)) { _ = try ReviewLine.decode(&scanner) }
        }
    }
}

import Foundation
import Testing
@testable import Exporters
import FileFormats
@testable import Scheduling

@Suite struct ReviewCSVTests {
    @Test func readsTheColumnsOfTheExampleData() throws {
        let csv = "card_id,review_rating,review_time,review_duration\n"
            + "1711684180217,1,2024-03-29T20:32:32.250000+00:00,25060\n"
            + "1711684180217,3,2024-03-30T20:32:39.497000+00:00,7241\r\n"
        let items = try ReviewCSV.parse(Data(csv.utf8))
        #expect(items == [
            ReviewItem(cardID: "1711684180217", rating: .again, time: 1_711_744_352_250),
            ReviewItem(cardID: "1711684180217", rating: .good, time: 1_711_830_759_497),
        ])
    }

    @Test func columnsMayComeInAnyOrderAndDurationIsOptional() throws {
        let csv = "review_time,card_id,review_rating\n\"2024-01-01T00:00:00Z\",\"a,b\",4\n"
        #expect(try ReviewCSV.parse(Data(csv.utf8)) == [ReviewItem(cardID: "a,b", rating: .easy, time: 1_704_067_200_000)])
    }

    /// The same RFC 4180 reader as every other CSV of ontap: a quoted line break stays in its field, and the lines
    /// after it keep their numbers.
    @Test func aQuotedLineBreakIsPartOfItsField() throws {
        let csv = "card_id,review_rating,review_time\n\"c\nd\",3,2024-01-01T00:00:00Z\n1,9,2024-01-02T00:00:00Z\n"
        #expect(throws: SchedulingError.badInput(file: "", line: 4, problem: .unknownRating("9"))) {
            try ReviewCSV.parse(Data(csv.utf8))
        }
        let good = "card_id,review_rating,review_time\n\"c\nd\",3,2024-01-01T00:00:00Z\n"
        #expect(try ReviewCSV.parse(Data(good.utf8)) == [ReviewItem(cardID: "c\nd", rating: .good, time: 1_704_067_200_000)])
    }

    static let bad: [(String, Int, String)] = [
        ("card_id,review_time,review_duration\n1,2024-01-01T00:00:00Z,5\n", 1, "missing column \"review_rating\""),
        ("card_id,review_rating,review_time\n1,3,2024-01-01T00:00:00Z\n1,5,2024-01-02T00:00:00Z\n", 3, "unknown rating \"5\""),
        ("card_id,review_rating,review_time\n1,3,2024-01-02T00:00:00Z\n2,3,2024-01-01T00:00:00Z\n1,3,2024-01-01T00:00:00Z\n", 4, "earlier than its previous review"),
        ("card_id,review_rating,review_time,review_duration\n1,3,2024-01-01T00:00:00Z,NaN\n", 2, "review_duration \"NaN\""),
        ("card_id,review_rating,review_time\n1,NaN,2024-01-01T00:00:00Z\n", 2, "unknown rating \"NaN\""),
        ("card_id,review_rating,review_time\nNaN,3,2024-01-01T00:00:00Z\n", 2, "card_id is NaN"),
        ("card_id,review_rating,review_time\n1,3,2024-01-01T00:00:00Z\n\n1,3\n", 4, "expected 3 fields"),
        ("card_id,review_rating,review_time\n1,3,01/02/2024\n", 2, "not an ISO 8601 time"),
        ("", 1, "empty"),
    ]

    @Test(arguments: 0..<bad.count)
    func badInputNamesTheLine(index: Int) {
        let (csv, line, fragment) = Self.bad[index]
        do {
            _ = try ReviewCSV.parse(Data(csv.utf8), file: "log.csv")
            Issue.record("accepted bad CSV \(index)")
        } catch {
            guard case let .badInput(file, got, message) = error else { Issue.record("wrong error \(error)"); return }
            #expect(file == "log.csv" && got == line, "\(message)")
            #expect(message.description.contains(fragment), "\(message)")
        }
    }
}

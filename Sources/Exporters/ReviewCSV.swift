import FileFormats
import Foundation
import Scheduling

/// Reads a review log CSV with the columns of py-fsrs's example data:
/// `card_id, review_rating, review_time, review_duration` (any order; `review_duration` may be absent).
///
/// Rejects, naming the line: a missing column, a row with too few fields, a rating other than 1–4, a time that
/// is not ISO 8601 with an offset, a NaN, and a card whose reviews go back in time.
public enum ReviewCSV {
    /// The columns that must be present.
    public static let requiredColumns = ["card_id", "review_rating", "review_time"]

    /// Parses CSV bytes into reviews in file order.
    /// - Throws: `SchedulingError.badInput` with the 1-based line and, if given, `file`.
    public static func parse(_ data: Data, file: String = "") throws(SchedulingError) -> [ReviewItem] {
        let text = String(decoding: data, as: UTF8.self)
        func bad(_ line: Int, _ problem: InputProblem) -> SchedulingError { .badInput(file: file, line: line, problem: problem) }
        // FileFormats' CSV, as every reader of ontap: quoted fields may hold commas and line breaks.
        let records: [CSV.Record]
        do { records = try CSV.records(text, separator: ",") } catch {
            throw bad(error.line, .syntax(column: error.column, error.problem))
        }
        guard let headerRecord = records.first else { throw bad(1, .empty) }
        let header = headerRecord.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
        for column in requiredColumns where index[column] == nil {
            throw bad(headerRecord.line, .missingColumn(column, required: requiredColumns))
        }
        let cardCol = index["card_id"]!, ratingCol = index["review_rating"]!, timeCol = index["review_time"]!
        let durationCol = index["review_duration"]
        let needed = ([cardCol, ratingCol, timeCol] + (durationCol.map { [$0] } ?? [])).max()! + 1
        var out: [ReviewItem] = []
        out.reserveCapacity(records.count)
        var lastTime: [String: Timestamp] = [:]
        for record in records.dropFirst() {
            let lineNo = record.line
            let f = record.fields
            if f.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard f.count >= needed else {
                throw bad(lineNo, .fieldCount(expected: header.count, found: f.count))
            }
            let card = f[cardCol].trimmingCharacters(in: .whitespaces)
            guard !card.isEmpty else { throw bad(lineNo, .emptyCardID) }
            guard card.lowercased() != "nan" else { throw bad(lineNo, .nanCardID) }
            let ratingText = f[ratingCol].trimmingCharacters(in: .whitespaces)
            guard let rv = Double(ratingText), rv == rv.rounded(), let rating = Rating(rawValue: Int(rv)) else {
                throw bad(lineNo, .unknownRating(ratingText))
            }
            let timeText = f[timeCol].trimmingCharacters(in: .whitespaces)
            guard let time = ISO8601.parse(timeText) else {
                throw bad(lineNo, .badTime(timeText))
            }
            if let d = durationCol {
                let text = f[d].trimmingCharacters(in: .whitespaces)
                if !text.isEmpty {
                    guard let v = Double(text), v.isFinite else { throw bad(lineNo, .badDuration(text)) }
                }
            }
            if let previous = lastTime[card], time < previous {
                throw bad(lineNo, .outOfOrder(card: card, time: timeText, previous: ISO8601.format(previous)))
            }
            lastTime[card] = time
            out.append(ReviewItem(cardID: card, rating: rating, time: time))
        }
        return out
    }
}

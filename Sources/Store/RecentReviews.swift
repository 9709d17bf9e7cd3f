import FileFormats
import Scheduling

extension ProgressStore {
    /// The reviews logged at or after `time`, oldest first, read backwards from the end of `reviews.jsonl`
    /// (the log is in time order), so the cost is today's reviews, not the whole history.
    ///
    /// Lines that are not reviews (a header, a damaged or future line) are passed over: counting is best effort,
    /// opening already reported any damage.
    public func reviews(since time: Timestamp) -> [ReviewRecord] {
        guard let file = try? MappedFile(path: logPath, copy: !canRecord) else { return [] }
        let bytes = file.bytes
        var found: [ReviewRecord] = []
        // Undo lines (version 2) take back a review of their card at `review_time`: read before that review (the
        // scan goes backwards), so the review is left out when it is reached.
        var undone: Set<ReviewOperation> = []
        var undoneReviews: [String: [Timestamp]] = [:]
        var lineEnd = min(bytes.count, logSize > 0 ? logSize : bytes.count)
        scan: while lineEnd > 0 {
            var end = lineEnd
            if bytes[end - 1] == 0x0A { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
            if end > start {
                var scanner = JSONScanner(bytes, from: start, to: end)
                switch try? ReviewLine.decodeEntry(&scanner) {
                case let .review(review)?:
                    if review.time < time, undoneReviews.isEmpty { break scan }
                    if let index = undoneReviews[review.cardID]?.firstIndex(of: review.time) {
                        undoneReviews[review.cardID]!.remove(at: index)
                        if undoneReviews[review.cardID]!.isEmpty { undoneReviews[review.cardID] = nil }
                    } else if review.time >= time {
                        found.append(review)
                    }
                case let .operation(operation)?:
                    if case let .undo(reviewTime) = operation.kind, undone.insert(operation).inserted {
                        undoneReviews[operation.cardID, default: []].append(reviewTime)
                    }
                case nil:
                    break
                }
            }
            lineEnd = start
        }
        return found.reversed()
    }
}

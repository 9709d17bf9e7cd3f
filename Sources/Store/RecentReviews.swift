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
        var lineEnd = min(bytes.count, logSize > 0 ? logSize : bytes.count)
        while lineEnd > 0 {
            var end = lineEnd
            if bytes[end - 1] == 0x0A { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
            if end > start {
                var scanner = JSONScanner(bytes, from: start, to: end)
                if let review = try? ReviewLine.decode(&scanner) {
                    if review.time < time { break }
                    found.append(review)
                }
            }
            lineEnd = start
        }
        return found.reversed()
    }
}

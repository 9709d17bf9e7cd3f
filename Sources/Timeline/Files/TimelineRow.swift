/// One row of a timeline file before its date is read: the raw fields and the line they start on.
struct TimelineRow: Sendable {
    var line: Int
    var date: String?
    var event: String?
    var tags: [String] = []
    var notes: String?

    /// Field names accepted for each column (English and Vietnamese).
    static func field(_ name: String) -> Field? {
        switch name.trimmingSpaces.lowercased() {
        case "date", "when", "time", "ngày", "ngay", "thời gian", "thoi gian", "năm", "nam": return .date
        case "event", "events", "what", "text", "title", "statement", "sự kiện", "su kien", "su_kien": return .event
        case "tags", "tag", "labels", "thẻ", "the", "nhãn": return .tags
        case "notes", "note", "comment", "comments", "ghi chú", "ghi chu", "ghi_chu": return .notes
        default: return nil
        }
    }

    enum Field: String { case date, event, tags, notes }

    /// Tags written as one string: split on `;`, `|` or `,`.
    static func splitTags(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "|" || $0 == "," })
            .map { String($0).trimmingSpaces }
            .filter { !$0.isEmpty }
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}

/// Reads the date of a timeline row: ISO (`1945-09-02`, `1945-08`, `198X`, `1944-10/1945-05`) or a phrase
/// in Vietnamese or English (`ngày 2 tháng 9 năm 1945`, `2/9/1945`, `late March 2017`, `1946–1991`).
public enum DatePhrase {
    /// The normalised value and qualifier of `text`, or nil when it is no full date (it needs at least a year).
    public static func parse(_ text: String) -> (value: String, qualifier: Qualifier?)? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty, trimmed.unicodeScalars.count <= 200 else { return nil }
        if isISO(trimmed) { return (trimmed, nil) }
        if let slash = trimmed.firstIndex(of: "/"), isISO(String(trimmed[..<slash])),
           isISO(String(trimmed[trimmed.index(after: slash)...])) {
            return (trimmed, nil)
        }
        let length = trimmed.unicodeScalars.count
        for language in [Language.detect(in: trimmed), Language.detect(in: trimmed) == .vi ? .en : .vi] {
            let extraction = EventExtractor().extract(trimmed, language: language)
            if let interval = extraction.intervals.first, interval.end - interval.start >= length / 2,
               !interval.value.contains("X") {
                return (interval.value, nil)
            }
            let dates = extraction.timexes.filter {
                ($0.type == .date || $0.type == .time) && $0.timexClass != .name && $0.timexClass != .deictic
            }
            if let timex = dates.first, timex.end - timex.start >= length / 2, !timex.value.hasPrefix("XXXX"),
               timex.value.first?.isNumber == true {
                return (timex.value, timex.qualifier)
            }
        }
        return nil
    }

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (optionally `THH:MM`), `YYYX`, `YYXX`, with valid months and days.
    static func isISO(_ text: String) -> Bool {
        let s = Array(text.utf8)
        func digit(_ i: Int) -> Int? { i < s.count && s[i] >= 0x30 && s[i] <= 0x39 ? Int(s[i] - 0x30) : nil }
        guard s.count >= 4 else { return false }
        if s.count == 4 {
            if (0..<4).allSatisfy({ digit($0) != nil }) { return true }
            if digit(0) != nil, digit(1) != nil, digit(2) != nil, s[3] == 0x58 { return true }
            return digit(0) != nil && digit(1) != nil && s[2] == 0x58 && s[3] == 0x58
        }
        guard (0..<4).allSatisfy({ digit($0) != nil }), s.count >= 7, s[4] == 0x2D, let m1 = digit(5), let m2 = digit(6)
        else { return false }
        let month = m1 * 10 + m2
        guard (1...12).contains(month) else { return false }
        if s.count == 7 { return true }
        guard s.count >= 10, s[7] == 0x2D, let d1 = digit(8), let d2 = digit(9) else { return false }
        let year = (0..<4).reduce(0) { $0 * 10 + digit($1)! }
        guard DateParts.isValid(day: d1 * 10 + d2, month: month, year: year) else { return false }
        if s.count == 10 { return true }
        guard s.count == 16, s[10] == 0x54, let h1 = digit(11), let h2 = digit(12), s[13] == 0x3A, let n1 = digit(14),
              let n2 = digit(15) else { return false }
        return h1 * 10 + h2 < 24 && n1 * 10 + n2 < 60
    }
}

import Foundation
import Timeline

/// Reads a date a learner typed (`1/4/2014`, `ngày 1 tháng 4 năm 2014`, `April 1, 2014`, `tháng 3/2017`, `1994`,
/// `thập niên 1990`, `the 1990s`, `thế kỷ XX`, `20th century`) and judges it against the expected date.
public enum DateAnswerParser {
    /// The date typed in `input`, at the precision typed; nil when it holds no date.
    public static func parse(_ input: String) -> DateValue? {
        if let (rest, _) = beforeChrist(input) {
            // "221 TCN", "221 BC", "-221": the same date read without its era, then put before Christ.
            guard var date = parse(rest), date.year > 0, date.precision >= .year else { return nil }
            date.year = -date.year
            return date
        }
        let trimmed = TextNormalizer.nfc(input).trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count >= 4, trimmed.first?.isNumber == true, trimmed.allSatisfy({ $0.isNumber || $0 == "-" }),
           let iso = DateValue(iso: trimmed), iso.iso == trimmed {
            return iso
        }
        let key = TextNormalizer.answerKey(trimmed)
        let loose = TextNormalizer.looseKey(trimmed)
        let words = key.split(separator: " ").map(String.init)
        if loose.contains("the ky") || loose.contains("the ki") || loose.contains("century") {
            return century(in: words)
        }
        var numbers: [Int] = []
        var englishMonth: Int?
        for (index, word) in words.enumerated() {
            if index > 0, words[index - 1] == "tháng", let month = MonthName.vietnameseWords[word] {
                let next = index + 1 < words.count ? words[index + 1] : ""
                let eleventhOrTwelfth = word == "mười" && (next == "một" || next == "hai")
                numbers.append(eleventhOrTwelfth ? (next == "một" ? 11 : 12) : month)  // tháng Tám, tháng Mười Một
            } else if let number = Int(word) {
                guard number < 10_000 else { return nil }
                numbers.append(number)
            } else if word.count >= 3, let month = MonthName.english.firstIndex(where: { $0.lowercased().hasPrefix(word) }) {
                englishMonth = month + 1
            } else if word.hasSuffix("s"), let decade = Int(word.dropLast()), decade % 10 == 0, decade < 10_000 {
                return DateValue(decadeStarting: decade < 100 ? 1900 + decade : decade)
            }
        }
        if loose.contains("thap nien") || loose.contains("nhung nam") || loose.contains("decade") {
            guard let year = numbers.last else { return nil }
            return DateValue(decadeStarting: year < 100 ? 1900 + year : year)
        }
        if let month = englishMonth {
            guard let year = numbers.first(where: { $0 > 31 }) else { return nil }
            let day = numbers.first { (1...31).contains($0) }
            return DateValue(year: year, month: month, day: day)
        }
        return fromNumbers(numbers)
    }

    /// `input` without its before-Christ marker ("TCN", "trước Công nguyên", "BC", "BCE", "B.C.", a leading minus).
    static func beforeChrist(_ input: String) -> (String, Bool)? {
        let text = TextNormalizer.nfc(input).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("-"), text.dropFirst().first?.isNumber == true { return (String(text.dropFirst()), true) }
        let lower = text.lowercased()
        for marker in ["trước công nguyên", "tcn", "b.c.e.", "b.c.", "bce", "bc"] where lower.hasSuffix(marker) {
            let rest = text.dropLast(marker.count)
            guard rest.last == " " || rest.last?.isNumber == true else { continue }
            return (String(rest).trimmingCharacters(in: .whitespaces), true)
        }
        return nil
    }

    /// A period typed as two dates (`1946–1954`, `từ năm 1946 đến năm 1954`, `from 1946 to 1954`); nil otherwise.
    public static func parsePeriod(_ input: String) -> (DateValue, DateValue)? {
        let text = TextNormalizer.nfc(input).trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = text.components(separatedBy: periodSeparator)
        guard parts.count == 2 else { return nil }
        let from = parts[0].replacingOccurrences(of: #"^\s*(?:từ|from)\s+"#, with: "", options: [.regularExpression, .caseInsensitive])
        guard let start = parse(from), let end = parse(parts[1]), start < end else { return nil }
        return (start, end)
    }

    static let periodSeparator = try! NSRegularExpression(
        pattern: #"\s+(?:đến|tới|to|until)\s+|\s*[–—]\s*|(?<=\d)\s*-\s*(?=\D*\d{3})"#)

    /// Correct for the same date (or a more precise one inside it); almost for the right year with the wrong
    /// day or month, a less precise answer, or a year inside the expected decade or century. Any other year is
    /// wrong: in history a different year is a different event, so digits are never forgiven as typos.
    public static func verdict(typed: DateValue, expected: DateValue) -> AnswerVerdict {
        if typed == expected { return .correct }
        let typedSpan = DateSpan(typed), expectedSpan = DateSpan(expected)
        if typed.precision > expected.precision, expectedSpan.first <= typedSpan.first,
           typedSpan.last <= expectedSpan.last { return .correct }
        if typedSpan.overlaps(expectedSpan) { return .almost }  // a year for a day, a decade for a year
        if typed.precision >= .year, expected.precision >= .year, typed.year == expected.year {
            return .almost  // right year, wrong month or day
        }
        return .wrong
    }

    static func fromNumbers(_ numbers: [Int]) -> DateValue? {
        func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool { y >= 1 && (1...12).contains(m) && (1...31).contains(d) }
        switch numbers.count {
        case 1 where numbers[0] >= 1: return DateValue(year: numbers[0])
        case 2 where (1...12).contains(numbers[0]) && numbers[1] > 31: return DateValue(year: numbers[1], month: numbers[0])
        case 2 where numbers[0] > 31 && (1...12).contains(numbers[1]): return DateValue(year: numbers[0], month: numbers[1])
        case 3 where numbers[0] > 31 && valid(numbers[0], numbers[1], numbers[2]):
            return DateValue(year: numbers[0], month: numbers[1], day: numbers[2])
        case 3 where valid(numbers[2], numbers[1], numbers[0]):  // day first, as Vietnamese writes it
            return DateValue(year: numbers[2], month: numbers[1], day: numbers[0])
        case 3 where valid(numbers[2], numbers[0], numbers[1]):  // month first: 5/27/1997
            return DateValue(year: numbers[2], month: numbers[0], day: numbers[1])
        default: return nil
        }
    }

    static func century(in words: [String]) -> DateValue? {
        for word in words {
            let digits = word.prefix { $0.isNumber }
            if let number = Int(digits), (1...100).contains(number), digits.count == word.count || ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))) {
                return DateValue(centuryStarting: (number - 1) * 100)
            }
            if let number = roman(word.uppercased()), (1...100).contains(number) { return DateValue(centuryStarting: (number - 1) * 100) }
        }
        return nil
    }

    static func roman(_ text: String) -> Int? { RomanNumeral.canonicalValue(text) }
}

extension String {
    /// Splits at every match of `regex`.
    func components(separatedBy regex: NSRegularExpression) -> [String] {
        let ns = self as NSString
        var parts: [String] = []
        var location = 0
        for match in regex.matches(in: self, range: NSRange(location: 0, length: ns.length)) {
            parts.append(ns.substring(with: NSRange(location: location, length: match.range.location - location)))
            location = match.range.location + match.range.length
        }
        parts.append(ns.substring(from: location))
        return parts
    }
}

import Timeline

/// Reads a date a learner typed (`1/4/2014`, `ngày 1 tháng 4 năm 2014`, `April 1, 2014`, `1994`).
public enum DateAnswerParser {
    /// The date typed in `input`, at the precision typed; nil when it holds no date.
    public static func parse(_ input: String) -> DateValue? {
        let key = TextNormalizer.answerKey(input)
        if let iso = DateValue(iso: input.trimmingCharacters(in: .whitespaces)), input.contains("-") || input.count == 4 {
            return iso
        }
        var numbers: [Int] = []
        var englishMonth: Int?
        for word in key.split(separator: " ") {
            if let number = Int(word) {
                numbers.append(number)
            } else if let month = DateText.englishMonths.firstIndex(where: { $0.lowercased().hasPrefix(word) && word.count >= 3 }) {
                englishMonth = month + 1
            } else if word.hasSuffix("s"), let decade = Int(word.dropLast()), decade % 10 == 0 {
                return DateValue(decadeStarting: decade)
            }
        }
        if key.contains("thập niên"), let year = numbers.last { return DateValue(decadeStarting: year) }
        if let month = englishMonth {
            let year = numbers.first { $0 > 31 }
            let day = numbers.first { $0 <= 31 }
            guard let year else { return nil }
            return DateValue(year: year, month: month, day: day)
        }
        switch numbers.count {
        case 1: return DateValue(year: numbers[0])
        case 2 where (1...12).contains(numbers[0]): return DateValue(year: numbers[1], month: numbers[0])
        case 3 where numbers[0] > 31 && (1...12).contains(numbers[1]):
            return DateValue(year: numbers[0], month: numbers[1], day: numbers[2])
        case 3 where (1...31).contains(numbers[0]) && (1...12).contains(numbers[1]):
            return DateValue(year: numbers[2], month: numbers[1], day: numbers[0])
        default: return nil
        }
    }
}

import Foundation

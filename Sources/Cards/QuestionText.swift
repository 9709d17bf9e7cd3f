import Timeline

/// Shared wording rules for questions.
enum QuestionText {
    /// The Vietnamese question phrase for a date at `value`'s precision, placed at the end for the past.
    static func vietnameseDateQuestion(for value: String) -> String {
        if value.contains("/") { return "trong khoảng thời gian nào" }
        switch DateValue(iso: value)?.precision {
        case .day: return "vào ngày tháng năm nào"
        case .month: return "vào tháng năm nào"
        case .decade: return "vào thập niên nào"
        case .century: return "vào thế kỷ nào"
        case .year, nil: return "vào năm nào"
        }
    }

    static func englishDateQuestion(for value: String) -> String {
        if value.contains("/") { return "During which period:" }
        switch DateValue(iso: value)?.precision {
        case .day: return "On what date:"
        case .month: return "In what month and year:"
        case .decade: return "In which decade:"
        case .century: return "In which century:"
        case .year, nil: return "In what year:"
        }
    }

    /// The statement without its closing full stop.
    static func trimmedStatement(_ statement: String) -> String {
        var text = statement.trimmingCharacters(in: .whitespaces)
        while let last = text.last, ".;,:".contains(last) { text.removeLast() }
        return text
    }

    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        // Keep proper names and acronyms: lower-case only a plain capitalised word.
        let firstWord = text.prefix { !$0.isWhitespace }
        if firstWord.count > 1, firstWord.dropFirst().contains(where: { $0.isUppercase }) { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// True when the prompt gives its own answer away (the year appears in it).
    static func prompt(_ prompt: String, reveals value: String) -> Bool {
        guard let date = DateValue(iso: value.split(separator: "/").first ?? "") , date.precision >= .year else { return false }
        return prompt.contains(String(date.year))
    }
}

import Foundation

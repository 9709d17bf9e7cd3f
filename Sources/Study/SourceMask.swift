import Cards
import Foundation

/// The source sentence with the answer hidden, for `:source` before answering.
public enum SourceMask {
    /// The placeholder that stands for a hidden part.
    public static let placeholder = "[…]"

    /// `card.sourceSentence` with the answer, its accepted forms and every number the answer holds replaced by
    /// `[…]`; a chronology or multiple-choice card hides every number (the dates give the order away).
    public static func masked(for card: Card) -> String {
        var text = TextNormalizer.nfc(card.sourceSentence)
        let forms = ([card.answer] + card.accepted).map(TextNormalizer.nfc)
            .filter { TextNormalizer.answerKey($0).count >= 2 }
            .sorted { $0.count > $1.count }
        for form in forms {
            text = text.replacingOccurrences(of: form, with: placeholder, options: [.caseInsensitive])
        }
        let hideAllNumbers = card.kind.behaviour.sourceHidesAllNumbers
        let numbers = Set(AnswerChecker.numbersIn(card.answer))
        let pattern = try! NSRegularExpression(pattern: #"\d+"#)
        let ns = text as NSString
        var result = ""
        var last = 0
        for match in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let digits = ns.substring(with: match.range)
            guard hideAllNumbers || Int(digits.suffix(18)).map(numbers.contains) == true else { continue }
            result += ns.substring(with: NSRange(location: last, length: match.range.location - last)) + placeholder
            last = match.range.location + match.range.length
        }
        result += ns.substring(from: last)
        // Neighbouring placeholders ("[…]/[…]/[…]" for a date) read as one.
        return result.replacingOccurrences(of: #"\[…\](?:[\s/.\-–,]*(?:tháng|năm|ngày)?\s*\[…\])+"#, with: placeholder,
                                           options: [.regularExpression, .caseInsensitive])
    }
}

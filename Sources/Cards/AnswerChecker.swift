import Timeline

/// Judges a typed answer against a card, forgiving case, punctuation and Unicode form.
public struct AnswerChecker: Sendable {
    public init() {}

    /// The verdict for `input` on `card`.
    public func check(_ input: String, for card: Card) -> AnswerVerdict {
        let typed = TextNormalizer.answerKey(input)
        guard !typed.isEmpty else { return .wrong }
        switch card.kind {
        case .multipleChoice:
            return checkChoice(typed, card: card)
        case .chronology:
            return checkOrder(typed, card: card)
        case .dateRecall:
            if let verdict = checkDate(input, card: card) { return verdict }
            return checkText(typed, card: card)
        case .reverse, .cloze:
            return checkText(typed, card: card)
        }
    }

    func checkText(_ typed: String, card: Card) -> AnswerVerdict {
        let candidates = [card.answer] + card.accepted
        if candidates.contains(where: { TextNormalizer.answerKey($0) == typed }) { return .correct }
        let loose = TextNormalizer.looseKey(typed)
        for candidate in candidates {
            let expected = TextNormalizer.looseKey(candidate)
            if expected == loose { return .almost }
            let allowed = max(1, expected.count / 8)
            if EditDistance.between(expected, loose, limit: allowed) <= allowed { return .almost }
        }
        return .wrong
    }

    func checkDate(_ input: String, card: Card) -> AnswerVerdict? {
        guard let typed = DateAnswerParser.parse(input) else { return nil }
        let expected = ([card.answer] + card.accepted).lazy.compactMap(DateAnswerParser.parse).first
        guard let expected else { return nil }
        if typed == expected { return .correct }
        if typed.year == expected.year, typed.precision != expected.precision || typed.month == expected.month {
            return .almost
        }
        if typed.year == expected.year { return .almost }
        return .wrong
    }

    func checkChoice(_ typed: String, card: Card) -> AnswerVerdict {
        let letters = ["a", "b", "c", "d", "e"]
        if let index = letters.firstIndex(of: typed), index < card.choices.count {
            return TextNormalizer.answerKey(card.choices[index]) == TextNormalizer.answerKey(card.answer) ? .correct : .wrong
        }
        return checkText(typed, card: card)
    }

    func checkOrder(_ typed: String, card: Card) -> AnswerVerdict {
        let compact = typed.replacingOccurrences(of: " ", with: "")
        let expected = TextNormalizer.answerKey(card.answer).replacingOccurrences(of: " ", with: "")
        if compact == expected { return .correct }
        let digits = compact.compactMap { $0.wholeNumberValue }.map { String(UnicodeScalar(UInt8(96 + $0))) }.joined()
        if digits == expected { return .correct }
        return .wrong
    }
}

import Foundation

import Cards
import Scheduling

/// An exam: N questions drawn from a deck, a score at the end, no scheduling and nothing recorded.
public struct QuizSession: Sendable {
    public private(set) var questions: [Card]
    public private(set) var results: [AnswerVerdict] = []
    private let checker = AnswerChecker()

    /// Draws `count` questions (of `kinds`, if given) with the seeded generator.
    public init(deck: Deck, count: Int, kinds: Set<CardKind>? = nil, seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let pool = deck.cards.filter { kinds?.contains($0.kind) ?? true }
        questions = Array(pool.shuffled(using: &generator).prefix(max(0, count)))
    }

    /// The question being asked, nil when the quiz is over.
    public var current: Card? { results.count < questions.count ? questions[results.count] : nil }

    /// Judges `text` for the current question and moves on.
    @discardableResult
    public mutating func answer(_ text: String) -> AnswerVerdict? {
        guard let card = current else { return nil }
        let verdict = checker.check(text, for: card)
        results.append(verdict)
        return verdict
    }

    /// Why `text` cannot be judged for the current question (a letter that is no option), nil if it can.
    public func rejection(of text: String) -> AnswerRejection? {
        current.flatMap { checker.rejection(of: text, for: $0) }
    }

    /// The questions answered other than right, with their verdicts and places in the quiz (from 0), in the order asked.
    public var missed: [(card: Card, verdict: AnswerVerdict, place: Int)] {
        zip(questions, results).enumerated().filter { $0.element.1 != .correct }.map { ($0.element.0, $0.element.1, $0.offset) }
    }

    /// Points: 1 for right, ½ for almost, out of the number of questions.
    public var score: Double {
        results.reduce(0) { $0 + ($1 == .correct ? 1 : $1 == .almost ? 0.5 : 0) }
    }
}

import Cards
import Scheduling

/// What the session tells the learner after an answer: the verdict, the expected answer, the grade it suggests,
/// and what explains it (the options with their dates, what differs from what was typed).
///
/// An empty answer is a request to see the answer: no verdict and no suggested grade (the learner grades).
public struct AnswerOutcome: Equatable, Sendable {
    /// How the typed answer compares; nil when the learner only asked to see the answer.
    public var verdict: AnswerVerdict?
    public var expected: String
    public var sourceSentence: String
    /// The grade Enter takes; nil when the learner must choose (the answer was only shown).
    public var suggested: Rating?
    /// Chronology: every event with its date in the right order; "which event" cards: each option's date.
    public var datedChoices: [DatedChoice]
    /// For a typed answer that was not right: the words that differ.
    public var differences: AnswerDiff?
    /// How many hint levels were used before answering.
    public var hintsUsed: Int

    public init(verdict: AnswerVerdict?, expected: String, sourceSentence: String, suggested: Rating?,
                datedChoices: [DatedChoice] = [], differences: AnswerDiff? = nil, hintsUsed: Int = 0) {
        self.verdict = verdict
        self.expected = expected
        self.sourceSentence = sourceSentence
        self.suggested = suggested
        self.datedChoices = datedChoices
        self.differences = differences
        self.hintsUsed = hintsUsed
    }

    /// Whether the learner only asked to see the answer (an empty line).
    public var isReveal: Bool { verdict == nil }

    /// The grade to suggest for `verdict` after `hints` hint levels: a hint costs a grade (Good → Hard), two or more
    /// make it Again.
    public static func suggestedGrade(for verdict: AnswerVerdict, hints: Int) -> Rating {
        switch (verdict, hints) {
        case (.correct, 0): .good
        case (.correct, 1), (.almost, 0): .hard
        default: .again
        }
    }
}

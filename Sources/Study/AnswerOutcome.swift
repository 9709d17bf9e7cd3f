import Cards
import Scheduling

/// What the session tells the learner after an answer: the verdict, the expected answer, the grade it suggests.
///
/// An empty answer is a request to see the answer: no verdict and no suggested grade (the learner grades).
public struct AnswerOutcome: Equatable, Sendable {
    /// How the typed answer compares; nil when the learner only asked to see the answer.
    public var verdict: AnswerVerdict?
    public var expected: String
    public var sourceSentence: String
    /// The grade Enter takes; nil when the learner must choose (the answer was only shown).
    public var suggested: Rating?

    public init(verdict: AnswerVerdict?, expected: String, sourceSentence: String, suggested: Rating?) {
        self.verdict = verdict
        self.expected = expected
        self.sourceSentence = sourceSentence
        self.suggested = suggested
    }

    /// Whether the learner only asked to see the answer (an empty line).
    public var isReveal: Bool { verdict == nil }
}

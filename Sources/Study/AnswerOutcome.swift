import Cards
import Scheduling

/// What the session tells the learner after an answer: the verdict, the expected answer, the grade it suggests.
public struct AnswerOutcome: Equatable, Sendable {
    public var verdict: AnswerVerdict
    public var expected: String
    public var sourceSentence: String
    public var suggested: Rating

    public init(verdict: AnswerVerdict, expected: String, sourceSentence: String, suggested: Rating) {
        self.verdict = verdict
        self.expected = expected
        self.sourceSentence = sourceSentence
        self.suggested = suggested
    }
}

/// How close a typed answer came to the expected one.
public enum AnswerVerdict: String, Codable, Sendable {
    /// The answer, in any accepted form.
    case correct
    /// Right idea, not quite: missing diacritics, a typo, the right year but the wrong day.
    case almost
    /// Not the answer.
    case wrong
}

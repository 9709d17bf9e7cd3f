/// How close a typed answer came to the expected one.
public enum AnswerVerdict: String, Codable, Sendable {
    case correct
    /// Right idea, not quite: missing diacritics, a typo, the right year but the wrong day.
    case almost
    case wrong
}

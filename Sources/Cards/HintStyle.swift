/// The form a card's hints take (see `CardKindBehaviour.hintStyle`).
public enum HintStyle: Equatable, Sendable {
    /// The answer with letters hidden, fewer at each level.
    case maskedAnswer
    /// Wrong options ruled out, more at each level.
    case ruleOutOptions
    /// The first letters of the right order, more at each level.
    case orderStart
}

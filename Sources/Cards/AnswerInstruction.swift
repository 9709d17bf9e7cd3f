/// How to answer a card, for the interface to word in the learner's language (see `CardKindBehaviour`).
public enum AnswerInstruction: Equatable, Sendable {
    /// Type one of these letters.
    case oneLetter([String])
    /// Type these letters in time order, earliest first.
    case order([String])
    /// Type the words the blank `[...]` stands for.
    case fillBlank
}

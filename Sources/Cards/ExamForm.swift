/// How the printable exam asks a card (see `CardKindBehaviour.examForm`).
public enum ExamForm: Equatable, Sendable {
    /// The card's own options, A–D.
    case choice
    /// Numbered events and four orders of them to choose from, as the national exam asks a chronology.
    case order
}

/// What became of a card put aside (`:suspend`, `:bury`, `:flag`): recorded in the progress log, or kept by this
/// session only because the progress cannot record it (a store without the log's version 2 operations, or one
/// that cannot write).
public enum CardAside: Equatable, Sendable {
    case recorded
    case sessionOnly
}

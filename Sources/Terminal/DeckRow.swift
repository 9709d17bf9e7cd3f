import Study

/// One deck on the home screen and in `decks`: its size, how much is studied, what is due now.
public struct DeckRow: Equatable, Sendable {
    public var name: String
    public var cards: Int
    public var studied: Int
    public var due: QueueCounts
    /// Why the deck (or its progress) cannot be opened, already in the interface language; nil when it opens.
    public var error: String?

    public init(name: String, cards: Int, studied: Int, due: QueueCounts, error: String? = nil) {
        self.name = name
        self.cards = cards
        self.studied = studied
        self.due = due
        self.error = error
    }
}

import Timeline

/// A deck file (`Decks/NAME.json`): the events found in a source and the cards made from them.
public struct Deck: Codable, Equatable, Sendable {
    public static let formatName = "ontap-deck"
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    public var name: String
    public var language: Language
    public var source: DeckSource
    public var events: [DeckEvent]
    public var cards: [Card]

    public init(name: String, language: Language, source: DeckSource, events: [DeckEvent], cards: [Card]) {
        self.format = Deck.formatName
        self.version = Deck.currentVersion
        self.name = name
        self.language = language
        self.source = source
        self.events = events
        self.cards = cards
    }

    /// The card with `id`, if the deck has it.
    public func card(id: String) -> Card? { cards.first { $0.id == id } }
}

/// Where a deck came from: the source file's name and the SHA-256 of its bytes.
public struct DeckSource: Codable, Equatable, Sendable {
    public var file: String
    public var sha256: String

    public init(file: String, sha256: String) {
        self.file = file
        self.sha256 = sha256
    }
}
